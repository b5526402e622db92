#include "engineio.h"
#include "core/jsonnumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace EngineIo {

namespace {

void setError(QString *error, const QString &text)
{
    if (error)
        *error = text;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("EngineIo", text);
}

} // namespace

bool decode(const QByteArray &frame, bool binary, Packet &out, QString *error)
{
    if (binary) {
        out.type = PacketType::Message;
        out.data = frame;
        out.binary = true;
        return true;
    }
    if (frame.isEmpty()) {
        setError(error, tr("empty Engine.IO packet"));
        return false;
    }
    const char c = frame.at(0);
    if (c < '0' || c > '6') {
        setError(error, tr("unknown Engine.IO packet type '%1'").arg(QString::fromLatin1(frame.left(1).toHex())));
        return false;
    }
    out.type = PacketType(c - '0');
    out.data = frame.mid(1);
    out.binary = false;
    return true;
}

QByteArray encode(PacketType type, const QByteArray &data)
{
    QByteArray out;
    out.reserve(1 + data.size());
    out += char('0' + int(type));
    out += data;
    return out;
}

bool parseOpen(const QByteArray &json, OpenInfo &out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        setError(error, tr("the Engine.IO open packet is not a JSON object"));
        return false;
    }
    const QJsonObject o = doc.object();
    const QJsonValue sid = o.value(QLatin1String("sid"));
    if (!sid.isString() || sid.toString().isEmpty()) {
        setError(error, tr("the Engine.IO open packet has no sid"));
        return false;
    }
    const double interval = o.value(QLatin1String("pingInterval")).toDouble(-1);
    const double timeout = o.value(QLatin1String("pingTimeout")).toDouble(-1);
    // At least 1 ms: 0.5 passed "> 0" and became a ping interval of 0 (found by fuzz_socketio).
    if (!(interval >= 1 && interval < 24.0 * 3600 * 1000) || !(timeout >= 1 && timeout < 24.0 * 3600 * 1000)) {
        setError(error, tr("the Engine.IO open packet has no valid pingInterval/pingTimeout"));
        return false;
    }
    OpenInfo info;
    info.sid = sid.toString();
    info.pingIntervalMs = int(interval);
    info.pingTimeoutMs = int(timeout);
    // maxPayload is a hint about the largest packet the server takes; our own default
    // (OpenInfo::maxPayload) stays whenever the hint is missing or not a usable size. An
    // out-of-range value (1e300 became INT64_MIN on x86, and "> 0" then switched the size
    // check off) must never disable the limit; nor is it a reason to refuse a session whose
    // handshake is otherwise fine (sid and intervals are what the session depends on), so a
    // broken hint leaves the default cap in force.
    JsonNumbers::IntegerRange payloadRange = JsonNumbers::nonNegative();
    payloadRange.min = 1;
    payloadRange.allowFraction = true;
    payloadRange.allowString = false;
    if (const std::optional<qint64> maxPayload
        = JsonNumbers::checkedInteger(o.value(QLatin1String("maxPayload")), nullptr, payloadRange))
        info.maxPayload = *maxPayload;
    out = info;
    return true;
}

QByteArray encodeOpen(const OpenInfo &info)
{
    QJsonObject o{{QStringLiteral("sid"), info.sid},
                  {QStringLiteral("upgrades"), QJsonArray()},
                  {QStringLiteral("pingInterval"), info.pingIntervalMs},
                  {QStringLiteral("pingTimeout"), info.pingTimeoutMs},
                  {QStringLiteral("maxPayload"), double(info.maxPayload)}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace EngineIo
