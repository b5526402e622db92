#include "jsonscan.h"

#include <QAnyStringView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace JsonScan {

namespace {

constexpr int MaxDepth = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonScan", text);
}

bool fail(QString &error, const char *what, qsizetype pos)
{
    error = tr("not valid JSON at offset %1: %2").arg(pos).arg(tr(what));
    return false;
}

/// The length of the well-formed UTF-8 sequence at pos (lead byte >= 0x80), or 0: no
/// overlong forms, no surrogates, nothing above U+10FFFF (what QJsonDocument refuses).
qsizetype utf8SequenceAt(QByteArrayView t, qsizetype pos)
{
    const auto at = [&](qsizetype i) { return pos + i < t.size() ? uchar(t[pos + i]) : uchar(0); };
    const auto cont = [](uchar c, uchar lo = 0x80, uchar hi = 0xBF) { return c >= lo && c <= hi; };
    const uchar c = at(0);
    if (c >= 0xC2 && c <= 0xDF)
        return cont(at(1)) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const uchar lo = c == 0xE0 ? 0xA0 : 0x80;
        const uchar hi = c == 0xED ? 0x9F : 0xBF;
        return cont(at(1), lo, hi) && cont(at(2)) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const uchar lo = c == 0xF0 ? 0x90 : 0x80;
        const uchar hi = c == 0xF4 ? 0x8F : 0xBF;
        return cont(at(1), lo, hi) && cont(at(2)) && cont(at(3)) ? 4 : 0;
    }
    return 0;
}

/// Bytes a string's plain run stops at: the closing quote, a backslash, control characters
/// and the lead bytes of multi-byte UTF-8.
struct StopBytes {
    bool stop[256] = {};
    constexpr StopBytes()
    {
        for (int c = 0; c < 0x20; ++c)
            stop[c] = true;
        for (int c = 0x80; c < 0x100; ++c)
            stop[c] = true;
        stop[int('"')] = true;
        stop[int('\\')] = true;
    }
};
constexpr StopBytes StringStops;

bool scanString(QByteArrayView t, qsizetype &pos, bool &escaped, QString &error)
{
    // pos at the opening quote
    ++pos;
    escaped = false;
    const char *data = t.data();
    const qsizetype size = t.size();
    while (pos < size) {
        qsizetype p = pos; // a local, so the plain run stays in a register
        while (p < size && !StringStops.stop[uchar(data[p])])
            ++p; // the plain run, one table look-up a byte
        pos = p;
        if (pos >= size)
            break;
        const char c = data[pos];
        if (c == '"') {
            ++pos;
            return true;
        }
        if (c == '\\') {
            escaped = true;
            if (pos + 1 >= t.size())
                break;
            const char e = t[pos + 1];
            if (e == 'u') {
                if (pos + 5 >= t.size())
                    return fail(error, "incomplete \\u escape", pos);
                for (int i = 2; i < 6; ++i) {
                    if (!isxdigit(static_cast<unsigned char>(t[pos + i])))
                        return fail(error, "bad \\u escape", pos);
                }
                pos += 6;
                continue;
            }
            if (!strchr("\"\\/bfnrt", e) || e == 0)
                return fail(error, "bad escape in a string", pos);
            pos += 2;
            continue;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail(error, "control character in a string", pos);
        if (static_cast<unsigned char>(c) >= 0x80) {
            const qsizetype n = utf8SequenceAt(t, pos);
            if (n == 0)
                return fail(error, "invalid UTF-8 in a string", pos);
            pos += n;
            continue;
        }
        ++pos;
    }
    return fail(error, "unterminated string", pos);
}

bool scanNumber(QByteArrayView t, qsizetype &pos, QString &error)
{
    const qsizetype start = pos;
    auto digits = [&] {
        const qsizetype s = pos;
        while (pos < t.size() && t[pos] >= '0' && t[pos] <= '9')
            ++pos;
        return pos - s;
    };
    if (pos < t.size() && t[pos] == '-')
        ++pos;
    if (pos < t.size() && t[pos] == '0')
        ++pos;
    else if (digits() == 0)
        return fail(error, "bad number", start);
    if (pos < t.size() && t[pos] == '.') {
        ++pos;
        if (digits() == 0)
            return fail(error, "bad number", start);
    }
    if (pos < t.size() && (t[pos] == 'e' || t[pos] == 'E')) {
        ++pos;
        if (pos < t.size() && (t[pos] == '+' || t[pos] == '-'))
            ++pos;
        if (digits() == 0)
            return fail(error, "bad number", start);
    }
    // QJsonDocument refuses numbers beyond double's range (1e400, 1e-400): so does this.
    double d = 0;
    const auto result = std::from_chars(t.data() + start, t.data() + pos, d);
    if (result.ec != std::errc())
        return fail(error, "number out of range", start);
    return true;
}

bool scanValue(QByteArrayView t, qsizetype &pos, char &type, bool &escaped, int depth, QString &error);

/// The fields of the object under one key, collected in the same pass (ObjectView::scan).
struct Nested {
    QByteArrayView key;
    Fields *fields = nullptr;
};

bool scanContainer(QByteArrayView t, qsizetype &pos, bool object, int depth, Fields *fields, QString &error,
                   const Nested &nested = {})
{
    if (depth > MaxDepth)
        return fail(error, "nested too deeply", pos);
    ++pos; // past { or [
    pos = skipSpace(t, pos);
    const char close = object ? '}' : ']';
    if (pos < t.size() && t[pos] == close) {
        ++pos;
        return true;
    }
    while (true) {
        QByteArrayView key;
        bool keyEscaped = false; // kept with the field: ObjectView declines such keys
        if (object) {
            if (pos >= t.size() || t[pos] != '"')
                return fail(error, "expected a key", pos);
            const qsizetype keyStart = pos + 1;
            if (!scanString(t, pos, keyEscaped, error))
                return false;
            key = t.sliced(keyStart, pos - 1 - keyStart);
            pos = skipSpace(t, pos);
            if (pos >= t.size() || t[pos] != ':')
                return fail(error, "expected ':'", pos);
            pos = skipSpace(t, pos + 1);
        }
        const qsizetype valueStart = pos;
        char type = 0;
        bool escaped = false;
        if (nested.fields && pos < t.size() && t[pos] == '{' && key == nested.key && !keyEscaped) {
            nested.fields->clear(); // a repeated key: the last one counts, as everywhere
            type = 'o';
            if (!scanContainer(t, pos, true, depth + 1, nested.fields, error))
                return false;
        } else if (!scanValue(t, pos, type, escaped, depth + 1, error)) {
            return false;
        }
        if (fields) {
            QByteArrayView value = t.sliced(valueStart, pos - valueStart);
            if (type == 's')
                value = value.sliced(1, value.size() - 2);
            fields->append({key, value, type, escaped, keyEscaped});
        }
        pos = skipSpace(t, pos);
        if (pos >= t.size())
            return fail(error, "unexpected end", pos);
        if (t[pos] == ',') {
            pos = skipSpace(t, pos + 1);
            continue;
        }
        if (t[pos] == close) {
            ++pos;
            return true;
        }
        return fail(error, object ? "expected ',' or '}'" : "expected ',' or ']'", pos);
    }
}

bool scanValue(QByteArrayView t, qsizetype &pos, char &type, bool &escaped, int depth, QString &error)
{
    if (pos >= t.size())
        return fail(error, "unexpected end", pos);
    const char c = t[pos];
    auto literal = [&](const char *word, char kind) {
        const qsizetype n = qsizetype(strlen(word));
        if (t.sliced(pos).startsWith(QByteArrayView(word, n))) {
            pos += n;
            type = kind;
            return true;
        }
        return fail(error, "unknown literal", pos);
    };
    switch (c) {
    case '{': type = 'o'; return scanContainer(t, pos, true, depth, nullptr, error);
    case '[': type = 'a'; return scanContainer(t, pos, false, depth, nullptr, error);
    case '"': type = 's'; return scanString(t, pos, escaped, error);
    case 't': return literal("true", 'b');
    case 'f': return literal("false", 'b');
    case 'n': return literal("null", 'z');
    default:
        if (c == '-' || (c >= '0' && c <= '9')) {
            type = 'n';
            return scanNumber(t, pos, error);
        }
        return fail(error, "unexpected character", pos);
    }
}

} // namespace

qsizetype skipSpace(QByteArrayView t, qsizetype pos)
{
    while (pos < t.size() && (t[pos] == ' ' || t[pos] == '\n' || t[pos] == '\r' || t[pos] == '\t'))
        ++pos;
    return pos;
}

bool scanObject(QByteArrayView text, qsizetype &pos, Fields &fields, QString &error)
{
    if (pos >= text.size() || text[pos] != '{')
        return fail(error, "expected an object", pos);
    return scanContainer(text, pos, true, 0, &fields, error);
}

const Field *find(const Fields &fields, QByteArrayView key)
{
    for (const Field &f : fields) {
        if (f.key == key)
            return &f;
    }
    return nullptr;
}

/// A UTF-8 key equals a UTF-16 one: byte for unit while both are ASCII (every key a rule
/// names), the general comparison once a non-ASCII byte appears. No conversion, no allocation.
bool keyEquals(QByteArrayView utf8, QStringView key)
{
    if (utf8.size() < key.size())
        return false; // UTF-8 never takes fewer bytes than UTF-16 takes units
    if (key.isEmpty())
        return utf8.isEmpty();
    const uchar first = uchar(utf8[0]);
    if (first < 0x80 && first != key[0].unicode())
        return false; // most keys differ in their first letter
    if (utf8.size() == key.size()) {
        for (qsizetype i = 0; i < utf8.size(); ++i) {
            const uchar c = uchar(utf8[i]);
            if (c >= 0x80)
                return QAnyStringView::equal(QUtf8StringView(utf8), key);
            if (c != key[i].unicode())
                return false;
        }
        return true;
    }
    // More bytes than units: equal only if some characters take several bytes.
    for (const char c : utf8) {
        if (uchar(c) >= 0x80)
            return QAnyStringView::equal(QUtf8StringView(utf8), key);
    }
    return false;
}

const Field *find(const Fields &fields, QStringView key)
{
    for (const Field &f : fields) {
        if (keyEquals(f.key, key))
            return &f;
    }
    return nullptr;
}

QString text(const Field &field)
{
    const QByteArrayView v = field.value;
    if (!field.escaped)
        return QString::fromUtf8(v);
    // The scan has checked every escape: \" \\ \/ \b \f \n \r \t and \uXXXX. A \u escape is
    // one UTF-16 unit, so a pair makes its character and a lone surrogate stays as it is, as
    // QJsonDocument keeps it.
    QString out;
    out.reserve(v.size());
    qsizetype run = 0;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] != '\\')
            continue;
        if (i > run)
            out += QString::fromUtf8(v.sliced(run, i - run));
        const char e = v[i + 1];
        switch (e) {
        case 'b': out += QChar(u'\b'); break;
        case 'f': out += QChar(u'\f'); break;
        case 'n': out += QChar(u'\n'); break;
        case 'r': out += QChar(u'\r'); break;
        case 't': out += QChar(u'\t'); break;
        case 'u': {
            char16_t unit = 0;
            for (int k = 2; k < 6; ++k) {
                const char h = v[i + k];
                unit = char16_t(unit * 16 + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10));
            }
            out += QChar(unit);
            i += 4;
            break;
        }
        default: out += QLatin1Char(e); break; // " \ /
        }
        ++i;
        run = i + 1;
    }
    if (run < v.size())
        out += QString::fromUtf8(v.sliced(run));
    return out;
}

QByteArray utf8(const Field &field)
{
    const QByteArrayView v = field.value;
    if (!field.escaped)
        return v.toByteArray();
    if (v.indexOf("\\u") >= 0)
        return text(field).toUtf8(); // a \u escape may make a pair or stand alone: as Qt has it
    QByteArray out(v.size(), Qt::Uninitialized); // never longer than the escaped text
    char *d = out.data();
    const char *s = v.data();
    const char *const end = s + v.size();
    while (s != end) {
        const char *slash = static_cast<const char *>(std::memchr(s, '\\', size_t(end - s)));
        const char *runEnd = slash ? slash : end;
        std::memcpy(d, s, size_t(runEnd - s));
        d += runEnd - s;
        if (!slash)
            break;
        switch (slash[1]) { // the scan has checked every escape
        case 'b': *d++ = '\b'; break;
        case 'f': *d++ = '\f'; break;
        case 'n': *d++ = '\n'; break;
        case 'r': *d++ = '\r'; break;
        case 't': *d++ = '\t'; break;
        default: *d++ = slash[1]; break; // " \ /
        }
        s = slash + 2;
    }
    out.truncate(d - out.constData());
    return out;
}

QJsonValue toValue(const Field &field)
{
    switch (field.type) {
    case 's':
        return text(field);
    case 'b':
        return field.value.front() == 't';
    case 'z':
        return QJsonValue::Null;
    case 'n': {
        const char *begin = field.value.data();
        const char *end = begin + field.value.size();
        if (std::find_if(begin, end, [](char c) { return c == '.' || c == 'e' || c == 'E'; }) == end) {
            qint64 n = 0;
            const auto result = std::from_chars(begin, end, n);
            if (result.ec == std::errc() && result.ptr == end)
                return n; // as QJsonDocument: an integer that fits stays one
        }
        double d = 0;
        std::from_chars(begin, end, d); // in range: scanNumber checked it
        // As QJsonDocument: a whole double within qint64 becomes an integer (-9223372036854775809
        // rounds to -2^63, which fits), and there is no negative zero.
        constexpr double TwoTo63 = 9223372036854775808.0;
        if (d == std::trunc(d) && d >= -TwoTo63 && d < TwoTo63)
            return qint64(d);
        return d;
    }
    case 'o':
        return QJsonDocument::fromJson(field.value.toByteArray()).object();
    case 'a':
        if (field.value == QByteArrayView("[]"))
            return QJsonArray(); // the common empty list, without a parse
        return QJsonDocument::fromJson(field.value.toByteArray()).array();
    }
    return QJsonValue::Undefined;
}

bool ObjectView::scan(QByteArrayView text)
{
    return scan(text, nullptr, nullptr);
}

bool ObjectView::scan(QByteArrayView text, QLatin1String key, ObjectView &nested)
{
    return scan(text, &key, &nested);
}

bool ObjectView::scan(QByteArrayView text, const QLatin1String *key, ObjectView *nested)
{
    m_fields.clear();
    Nested inner;
    if (nested) {
        nested->m_fields.clear();
        inner = {QByteArrayView(key->data(), key->size()), &nested->m_fields};
    }
    QString error;
    qsizetype pos = skipSpace(text, 0);
    if (pos >= text.size() || text[pos] != '{' || !scanContainer(text, pos, true, 0, &m_fields, error, inner)
        || skipSpace(text, pos) != text.size())
        return false;
    const auto escapedKey = [](const Field &f) { return f.keyEscaped; };
    if (std::any_of(m_fields.cbegin(), m_fields.cend(), escapedKey))
        return false;
    return !nested || std::none_of(nested->m_fields.cbegin(), nested->m_fields.cend(), escapedKey);
}

const Field *ObjectView::findLast(QLatin1String key) const
{
    const qsizetype n = key.size();
    for (auto it = m_fields.crbegin(); it != m_fields.crend(); ++it) {
        if (it->key.size() == n && std::memcmp(it->key.data(), key.data(), size_t(n)) == 0)
            return &*it;
    }
    return nullptr;
}

QJsonValue ObjectView::value(QLatin1String key) const
{
    const Field *f = findLast(key);
    return f ? toValue(*f) : QJsonValue(QJsonValue::Undefined);
}

} // namespace JsonScan
