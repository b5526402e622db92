#include "alliumjsonscan.h"

#include <QAnyStringView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace AlliumJsonScan {

namespace {

constexpr int MaxDepth = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("AlliumJsonScan", text);
}

bool fail(QString &error, const char *what, qsizetype pos)
{
    error = tr("not valid JSON at offset %1: %2").arg(pos).arg(tr(what));
    return false;
}

bool scanString(QByteArrayView t, qsizetype &pos, bool &escaped, QString &error)
{
    // pos at the opening quote
    ++pos;
    escaped = false;
    while (pos < t.size()) {
        const char c = t[pos];
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
    return true;
}

bool scanValue(QByteArrayView t, qsizetype &pos, char &type, bool &escaped, int depth, QString &error);

bool scanContainer(QByteArrayView t, qsizetype &pos, bool object, int depth, Fields *fields, QString &error)
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
        if (object) {
            if (pos >= t.size() || t[pos] != '"')
                return fail(error, "expected a key", pos);
            const qsizetype keyStart = pos + 1;
            bool keyEscaped = false;
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
        if (!scanValue(t, pos, type, escaped, depth + 1, error))
            return false;
        if (fields) {
            QByteArrayView value = t.sliced(valueStart, pos - valueStart);
            if (type == 's')
                value = value.sliced(1, value.size() - 2);
            fields->append({key, value, type, escaped});
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
    if (!field.escaped)
        return QString::fromUtf8(field.value);
    // Rare: let Qt decode the escapes.
    QByteArray wrapped = "[\"" + field.value.toByteArray() + "\"]";
    return QJsonDocument::fromJson(wrapped).array().at(0).toString();
}

} // namespace AlliumJsonScan
