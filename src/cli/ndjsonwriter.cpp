#include "ndjsonwriter.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_UNIX
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace Ndjson {

namespace {

constexpr char Hex[] = "0123456789abcdef";

/// 1 for the bytes a JSON string may not hold as they are: controls, '"' and '\\'.
struct EscapeTable {
    bool needs[256] = {};
    constexpr EscapeTable()
    {
        for (int c = 0; c < 0x20; ++c)
            needs[c] = true;
        needs[int('"')] = true;
        needs[int('\\')] = true;
    }
};
constexpr EscapeTable Escapes;

void appendEscape(QByteArray &out, unsigned char c)
{
    switch (c) {
    case '"': out.append("\\\"", 2); return;
    case '\\': out.append("\\\\", 2); return;
    case '\n': out.append("\\n", 2); return;
    case '\r': out.append("\\r", 2); return;
    case '\t': out.append("\\t", 2); return;
    case '\b': out.append("\\b", 2); return;
    case '\f': out.append("\\f", 2); return;
    default: {
        const char u[6] = {'\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xf]};
        out.append(u, 6);
    }
    }
}

// A small validating scanner: syntax only, no values kept.
class Validator
{
public:
    explicit Validator(QByteArrayView text)
        : p(text.data())
        , end(text.data() + text.size())
    {
    }
    bool container()
    {
        space();
        if (p == end || (*p != '{' && *p != '['))
            return false;
        if (!value(0))
            return false;
        space();
        return p == end;
    }

private:
    void space()
    {
        while (p != end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    }
    bool literal(const char *word, int n)
    {
        if (end - p < n || std::memcmp(p, word, size_t(n)) != 0)
            return false;
        p += n;
        return true;
    }
    bool digits()
    {
        const char *s = p;
        while (p != end && *p >= '0' && *p <= '9')
            ++p;
        return p != s;
    }
    bool number()
    {
        if (p != end && *p == '-')
            ++p;
        if (p != end && *p == '0')
            ++p;
        else if (!digits())
            return false;
        if (p != end && *p == '.') {
            ++p;
            if (!digits())
                return false;
        }
        if (p != end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p != end && (*p == '+' || *p == '-'))
                ++p;
            if (!digits())
                return false;
        }
        return true;
    }
    bool string()
    {
        ++p; // the opening quote
        while (p != end) {
            const auto c = static_cast<unsigned char>(*p);
            if (!Escapes.needs[c]) {
                ++p;
                continue;
            }
            if (c == '"') {
                ++p;
                return true;
            }
            if (c != '\\' || end - p < 2)
                return false; // a control character, or a backslash at the end
            const char e = p[1];
            if (e == 'u') {
                if (end - p < 6)
                    return false;
                for (int i = 2; i < 6; ++i) {
                    if (!std::isxdigit(static_cast<unsigned char>(p[i])))
                        return false;
                }
                p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                p += 2;
            } else {
                return false;
            }
        }
        return false;
    }
    bool value(int depth)
    {
        if (p == end)
            return false;
        switch (*p) {
        case '{':
        case '[': {
            if (depth >= MaxDepth)
                return false;
            const bool object = *p == '{';
            const char close = object ? '}' : ']';
            ++p;
            space();
            if (p != end && *p == close) {
                ++p;
                return true;
            }
            while (true) {
                if (object) {
                    if (p == end || *p != '"' || !string())
                        return false;
                    space();
                    if (p == end || *p != ':')
                        return false;
                    ++p;
                    space();
                }
                if (!value(depth + 1))
                    return false;
                space();
                if (p == end)
                    return false;
                if (*p == ',') {
                    ++p;
                    space();
                    continue;
                }
                if (*p != close)
                    return false;
                ++p;
                return true;
            }
        }
        case '"': return string();
        case 't': return literal("true", 4);
        case 'f': return literal("false", 5);
        case 'n': return literal("null", 4);
        default: return number();
        }
    }

    static constexpr int MaxDepth = 128;
    const char *p;
    const char *end;
};

} // namespace

void appendString(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    const char *s = utf8.data();
    const char *const end = s + utf8.size();
    while (s != end) {
        const char *run = s;
        while (s != end && !Escapes.needs[static_cast<unsigned char>(*s)])
            ++s;
        if (s != run)
            out.append(run, s - run);
        if (s != end)
            appendEscape(out, static_cast<unsigned char>(*s++));
    }
    out.append('"');
}

void appendString(QByteArray &out, QStringView text)
{
    // Written through a pointer into room for the worst case (6 bytes per unit, \u00XX),
    // then cut to what was written: no per-character append.
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6 + 2);
    char *d = out.data() + start;
    *d++ = '"';
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    while (s != end) {
        const char16_t c = *s++;
        if (c < 0x80) {
            if (!Escapes.needs[c]) {
                *d++ = char(c);
                continue;
            }
            *d++ = '\\';
            switch (c) {
            case '"': *d++ = '"'; break;
            case '\\': *d++ = '\\'; break;
            case '\n': *d++ = 'n'; break;
            case '\r': *d++ = 'r'; break;
            case '\t': *d++ = 't'; break;
            case '\b': *d++ = 'b'; break;
            case '\f': *d++ = 'f'; break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = Hex[c >> 4];
                *d++ = Hex[c & 0xf];
            }
        } else if (c < 0x800) {
            *d++ = char(0xc0 | (c >> 6));
            *d++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isHighSurrogate(c) && s != end && QChar::isLowSurrogate(*s)) {
            const char32_t u = QChar::surrogateToUcs4(c, *s++);
            *d++ = char(0xf0 | (u >> 18));
            *d++ = char(0x80 | ((u >> 12) & 0x3f));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        } else {
            const char16_t v = QChar::isSurrogate(c) ? char16_t(0xfffd) : c;
            *d++ = char(0xe0 | (v >> 12));
            *d++ = char(0x80 | ((v >> 6) & 0x3f));
            *d++ = char(0x80 | (v & 0x3f));
        }
    }
    *d++ = '"';
    out.truncate(d - out.constData());
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined: out.append("null", 4); return;
    case QJsonValue::Bool: value.toBool() ? out.append("true", 4) : out.append("false", 5); return;
    case QJsonValue::String: appendString(out, value.toString()); return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (!std::isfinite(d))
            out.append("null", 4);
        else if (d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            out.append(QByteArray::number(qint64(d)));
        else
            out.append(QByteArray::number(d, 'g', QLocale::FloatingPointShortest));
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendValue(out, array.at(i));
        }
        out.append(']');
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        out.append('{');
        bool first = true;
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!first)
                out.append(',');
            first = false;
            appendString(out, it.key());
            out.append(':');
            appendValue(out, it.value());
        }
        out.append('}');
        return;
    }
    }
}

bool isContainer(QByteArrayView text)
{
    return Validator(text).container();
}

} // namespace Ndjson

namespace {
constexpr qsizetype BulkBytes = 64 * 1024;
constexpr int BulkDelayMs = 250;
} // namespace

NdjsonWriter::Flush NdjsonWriter::flushModeFor(int fd)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::isatty(fd))
        return Flush::WhenIdle;
    if (::fstat(fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)))
        return Flush::WhenIdle;
    return Flush::InBulk;
#else
    Q_UNUSED(fd);
    return Flush::WhenIdle;
#endif
}

NdjsonWriter::NdjsonWriter(int fd, QObject *parent)
    : NdjsonWriter(fd, flushModeFor(fd), parent)
{
}

NdjsonWriter::NdjsonWriter(int fd, Flush mode, QObject *parent)
    : QObject(parent)
    , m_fd(fd)
    , m_mode(mode)
{
    m_buffer.reserve(2 * BulkBytes);
    m_bulkTimer.setSingleShot(true);
    m_bulkTimer.setInterval(BulkDelayMs);
    connect(&m_bulkTimer, &QTimer::timeout, this, &NdjsonWriter::flush);
    if (m_mode == Flush::WhenIdle) {
        // Once per turn of the event loop, after the events of one wake-up were handled.
        if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance())
            connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &NdjsonWriter::onAboutToBlock);
    }
}

NdjsonWriter::~NdjsonWriter()
{
    flush();
}

void NdjsonWriter::lineDone()
{
    if (m_buffer.size() >= BulkBytes) {
        flush();
        return;
    }
    if (m_mode == Flush::InBulk && !m_bulkTimer.isActive())
        m_bulkTimer.start();
}

void NdjsonWriter::onAboutToBlock()
{
    if (!m_buffer.isEmpty())
        flush();
}

bool NdjsonWriter::flush()
{
    m_bulkTimer.stop();
    if (m_buffer.isEmpty())
        return !m_readerGone;
    if (m_readerGone) {
        m_buffer.truncate(0);
        return false;
    }
#ifdef Q_OS_UNIX
    const char *p = m_buffer.constData();
    qsizetype left = m_buffer.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n > 0) {
            p += n;
            left -= n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // Someone made the descriptor non-blocking: wait until the reader catches up.
            pollfd pfd{m_fd, POLLOUT, 0};
            ::poll(&pfd, 1, -1);
            continue;
        }
        // EPIPE (the reader has gone) or another error that writing again will not fix.
        m_readerGone = true;
        break;
    }
#else
    if (std::fwrite(m_buffer.constData(), 1, size_t(m_buffer.size()), stdout) != size_t(m_buffer.size())
        || std::fflush(stdout) != 0)
        m_readerGone = true;
#endif
    m_buffer.truncate(0);
    if (m_readerGone) {
        Q_EMIT readerClosed();
        return false;
    }
    return true;
}
