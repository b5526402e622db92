#include "socketiopacket.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace SocketIo {

namespace {

bool fail(QString *error, const char *text)
{
    if (error)
        *error = QCoreApplication::translate("SocketIo", text);
    return false;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool payloadAllowed(PacketType type, const QJsonValue &payload, QString *error)
{
    const bool none = payload.isUndefined();
    switch (type) {
    case PacketType::Connect:
        return none || payload.isObject() ? true : fail(error, "a CONNECT payload must be an object");
    case PacketType::Disconnect:
        return none ? true : fail(error, "a DISCONNECT packet carries no payload");
    case PacketType::ConnectError:
        return payload.isObject() || payload.isString() ? true
                                                        : fail(error, "a CONNECT_ERROR payload must be an object or a string");
    case PacketType::Event:
    case PacketType::BinaryEvent: {
        if (!payload.isArray())
            return fail(error, "an EVENT payload must be an array");
        const QJsonArray array = payload.toArray();
        if (array.isEmpty() || !(array.at(0).isString() || array.at(0).isDouble()))
            return fail(error, "an EVENT payload must start with the event name");
        return true;
    }
    case PacketType::Ack:
    case PacketType::BinaryAck:
        return payload.isArray() ? true : fail(error, "an ACK payload must be an array");
    }
    return false;
}

} // namespace

QString Packet::eventName() const
{
    if (!isEvent() || !payload.isArray())
        return {};
    const QJsonValue first = payload.toArray().at(0);
    return first.isDouble() ? QString::number(first.toDouble()) : first.toString();
}

QJsonArray Packet::arguments() const
{
    QJsonArray array = payload.toArray();
    if (isEvent() && !array.isEmpty())
        array.removeFirst();
    return array;
}

bool decodeHeader(QByteArrayView text, Header &out, QString *error)
{
    const qsizetype n = text.size();
    if (n == 0)
        return fail(error, "empty Socket.IO packet");
    const char *s = text.data();
    if (s[0] < '0' || s[0] > '6')
        return fail(error, "unknown Socket.IO packet type");
    Header h;
    h.type = PacketType(s[0] - '0');
    qsizetype i = 1;

    if (h.type == PacketType::BinaryEvent || h.type == PacketType::BinaryAck) {
        const qsizetype start = i;
        qint64 count = 0;
        while (i < n && isDigit(s[i])) {
            count = count * 10 + (s[i] - '0');
            if (count > MaxAttachments)
                return fail(error, "too many attachments announced");
            ++i;
        }
        if (i == start || i >= n || s[i] != '-')
            return fail(error, "a binary packet needs an attachment count followed by '-'");
        h.attachments = int(count);
        ++i;
    }

    if (i < n && s[i] == '/') {
        const qsizetype start = i;
        while (i < n && s[i] != ',')
            ++i;
        h.nsp = QByteArrayView(s + start, i - start);
        if (i < n)
            ++i; // the comma
    }

    if (i < n && isDigit(s[i])) {
        const qsizetype start = i;
        qint64 id = 0;
        while (i < n && isDigit(s[i])) {
            if (i - start >= 16)
                return fail(error, "the ack id is too long");
            id = id * 10 + (s[i] - '0');
            ++i;
        }
        if (id > MaxAckId)
            return fail(error, "the ack id is out of range");
        h.id = id;
    }
    h.payloadAt = i;
    out = h;
    return true;
}

bool decode(QByteArrayView text, Packet &out, QString *error)
{
    Header h;
    if (!decodeHeader(text, h, error))
        return false;
    const qsizetype n = text.size();
    const char *s = text.data();
    Packet p;
    p.type = h.type;
    p.attachments = h.attachments;
    p.id = h.id;
    if (h.nsp != QByteArrayView("/"))
        p.nsp = QString::fromUtf8(h.nsp);
    const qsizetype i = h.payloadAt;

    if (i < n) {
        QJsonParseError parseError;
        // fromJson only takes documents (object or array) in Qt 6.4; a CONNECT_ERROR may be a
        // bare string, so wrap anything else in an array and unwrap it.
        const char first = s[i];
        if (first == '{' || first == '[') {
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(s + i, n - i), &parseError);
            if (parseError.error != QJsonParseError::NoError)
                return fail(error, "the Socket.IO payload is not valid JSON");
            p.payload = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        } else {
            const QByteArray wrapped = '[' + text.sliced(i).toByteArray() + ']';
            const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &parseError);
            if (parseError.error != QJsonParseError::NoError || doc.array().size() != 1)
                return fail(error, "the Socket.IO payload is not valid JSON");
            p.payload = doc.array().at(0);
        }
    }

    if (p.isAck() && p.id < 0)
        return fail(error, "an ACK packet needs an id");
    if (!payloadAllowed(p.type, p.payload, error))
        return false;
    out = std::move(p);
    return true;
}

QByteArray encode(const Packet &packet)
{
    QByteArray out;
    out += char('0' + int(packet.type));
    if (packet.type == PacketType::BinaryEvent || packet.type == PacketType::BinaryAck)
        out += QByteArray::number(packet.attachments) + '-';
    if (!packet.nsp.isEmpty() && packet.nsp != QLatin1String("/"))
        out += packet.nsp.toUtf8() + ',';
    if (packet.id >= 0)
        out += QByteArray::number(packet.id);
    if (packet.payload.isArray())
        out += QJsonDocument(packet.payload.toArray()).toJson(QJsonDocument::Compact);
    else if (packet.payload.isObject())
        out += QJsonDocument(packet.payload.toObject()).toJson(QJsonDocument::Compact);
    else if (!packet.payload.isUndefined()) {
        const QByteArray wrapped = QJsonDocument(QJsonArray{packet.payload}).toJson(QJsonDocument::Compact);
        out += wrapped.mid(1, wrapped.size() - 2);
    }
    return out;
}

Packet connectPacket(const QString &nsp, const QJsonValue &auth)
{
    Packet p;
    p.type = PacketType::Connect;
    p.nsp = nsp;
    p.payload = auth;
    return p;
}

Packet disconnectPacket(const QString &nsp)
{
    Packet p;
    p.type = PacketType::Disconnect;
    p.nsp = nsp;
    return p;
}

Packet eventPacket(const QString &nsp, const QString &name, const QJsonArray &args, qint64 ackId)
{
    Packet p;
    p.type = PacketType::Event;
    p.nsp = nsp;
    p.id = ackId;
    QJsonArray array{name};
    for (const QJsonValue &v : args)
        array.append(v);
    p.payload = array;
    return p;
}

Packet ackPacket(const QString &nsp, qint64 ackId, const QJsonArray &args)
{
    Packet p;
    p.type = PacketType::Ack;
    p.nsp = nsp;
    p.id = ackId;
    p.payload = args;
    return p;
}

Packet connectErrorPacket(const QString &nsp, const QString &message, const QJsonValue &data)
{
    Packet p;
    p.type = PacketType::ConnectError;
    p.nsp = nsp;
    QJsonObject o{{QStringLiteral("message"), message}};
    if (!data.isUndefined())
        o.insert(QStringLiteral("data"), data);
    p.payload = o;
    return p;
}

namespace {

bool resolveIn(QJsonValue &value, const QList<QByteArray> &attachments, int depth)
{
    if (depth > 64)
        return false;
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonValue item = array.at(i);
            if (!resolveIn(item, attachments, depth + 1))
                return false;
            array.replace(i, item);
        }
        value = array;
        return true;
    }
    if (!value.isObject())
        return true;
    QJsonObject object = value.toObject();
    if (object.value(QLatin1String("_placeholder")).toBool()) {
        const QJsonValue num = object.value(QLatin1String("num"));
        const int index = num.isDouble() ? num.toInt(-1) : -1;
        if (index < 0 || index >= attachments.size())
            return false;
        value = QJsonObject{{QStringLiteral("_binary"), index},
                            {QStringLiteral("size"), double(attachments.at(index).size())}};
        return true;
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        QJsonValue item = it.value();
        if (!resolveIn(item, attachments, depth + 1))
            return false;
        it.value() = item;
    }
    value = object;
    return true;
}

} // namespace

bool resolvePlaceholders(QJsonValue &value, const QList<QByteArray> &attachments)
{
    return resolveIn(value, attachments, 0);
}

} // namespace SocketIo
