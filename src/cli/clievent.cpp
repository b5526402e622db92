// CliEvent: an NDJSON event written field by field into the runner's output buffer.

#include "cli.h"
#include "core/logging.h"
#include "ndjsonwriter.h"

#include <QJsonObject>
#include <charconv>
#include <cmath>

CliEvent::CliEvent(CliEvent &&other) noexcept
    : m_context(other.m_context)
    , m_out(other.m_out)
    , m_counted(other.m_counted)
    , m_first(other.m_first)
{
    other.m_context = nullptr;
}

CliEvent::~CliEvent()
{
    if (!m_context)
        return;
    Ndjson::appendBytes(*m_out, "}\n", 2);
    m_context->eventDone(m_counted);
}

void CliEvent::name(QByteArrayView name)
{
    // ,"name": in one write (the most frequent append of all)
    const qsizetype at = m_out->size();
    m_out->resize(at + name.size() + (m_first ? 3 : 4));
    char *d = m_out->data() + at;
    if (!m_first)
        *d++ = ',';
    *d++ = '"';
    std::memcpy(d, name.data(), size_t(name.size()));
    d += name.size();
    *d++ = '"';
    *d = ':';
    m_first = false;
}

CliEvent &CliEvent::add(QByteArrayView field, QStringView value)
{
    name(field);
    Ndjson::appendString(*m_out, value);
    return *this;
}

CliEvent &CliEvent::add(QByteArrayView field, QLatin1StringView value)
{
    bool ascii = true;
    for (const char c : value)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (!ascii)
        return add(field, QString(value));
    name(field);
    Ndjson::appendString(*m_out, QByteArrayView(value.data(), value.size()));
    return *this;
}

CliEvent &CliEvent::add(QByteArrayView field, qint64 value)
{
    name(field);
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, value);
    Ndjson::appendBytes(*m_out, digits, result.ptr - digits);
    return *this;
}

CliEvent &CliEvent::add(QByteArrayView field, double value)
{
    name(field);
    if (!std::isfinite(value)) {
        Ndjson::appendBytes(*m_out, "null", 4);
    } else if (value == std::floor(value) && std::fabs(value) < 9007199254740992.0) {
        char digits[24];
        const auto result = std::to_chars(digits, digits + sizeof digits, qint64(value));
        Ndjson::appendBytes(*m_out, digits, result.ptr - digits);
    } else {
        char digits[32];
        const auto result = std::to_chars(digits, digits + sizeof digits, value);
        Ndjson::appendBytes(*m_out, digits, result.ptr - digits);
    }
    return *this;
}

CliEvent &CliEvent::add(QByteArrayView field, bool value)
{
    name(field);
    value ? Ndjson::appendBytes(*m_out, "true", 4) : Ndjson::appendBytes(*m_out, "false", 5);
    return *this;
}

CliEvent &CliEvent::add(QByteArrayView field, const QJsonValue &value)
{
    name(field);
    Ndjson::appendValue(*m_out, value);
    return *this;
}

CliEvent &CliEvent::add(QByteArrayView field, const QStringList &values)
{
    name(field);
    m_out->append('[');
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            m_out->append(',');
        Ndjson::appendString(*m_out, QStringView(values.at(i)));
    }
    m_out->append(']');
    return *this;
}

CliEvent &CliEvent::addUtf8(QByteArrayView field, QByteArrayView utf8)
{
    name(field);
    Ndjson::appendString(*m_out, utf8);
    return *this;
}

CliEvent &CliEvent::addJson(QByteArrayView field, QByteArrayView json)
{
    name(field);
    const qsizetype start = m_out->size();
    Ndjson::appendBytes(*m_out, json.data(), json.size());
    // Raw line breaks can only be whitespace in valid JSON (strings escape them).
    if (json.contains('\n') || json.contains('\r')) {
        for (char *p = m_out->data() + start, *end = m_out->data() + m_out->size(); p != end; ++p) {
            if (*p == '\n' || *p == '\r')
                *p = ' ';
        }
    }
    return *this;
}

CliEvent &CliEvent::addFields(const QJsonObject &fields)
{
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("t") || key == QLatin1String("source") || key == QLatin1String("kind"))
            continue;
        if (!m_first)
            m_out->append(',');
        m_first = false;
        Ndjson::appendString(*m_out, QStringView(key));
        m_out->append(':');
        Ndjson::appendValue(*m_out, it.value());
    }
    return *this;
}

CliEvent &CliEvent::beginObject(QByteArrayView field)
{
    name(field);
    m_out->append('{');
    m_first = true;
    return *this;
}

CliEvent &CliEvent::endObject()
{
    m_out->append('}');
    m_first = false;
    return *this;
}

void CliContext::emitEvent(const QString &kind, const QJsonObject &fields)
{
    const QByteArray k = kind.toUtf8();
    event(k).addFields(fields);
}

void CliContext::emitError(const QString &message, const QJsonObject &fields)
{
    QJsonObject rest = fields;
    rest.remove(QStringLiteral("message"));
    event("error").add("message", Redact::text(message)).addFields(rest);
}
