#pragma once
// Socket.IO v5 packets: pure encode/decode of the text form carried in Engine.IO messages.
//
//   <type>[<attachments>-][<namespace>,][<ack id>][<JSON payload>]
//
// e.g. 0/api/v1/ws,{"token":"…"}   2/api/v1/ws,["message",{…}]   3/api/v1/ws,12["ok"]
// Binary events and acks announce how many binary frames (attachments) follow; the JSON
// then holds {"_placeholder":true,"num":i} where each attachment belongs.

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonValue>
#include <QString>

namespace SocketIo {

/// The protocol revision this codec speaks.
inline constexpr int ProtocolVersion = 5;

enum class PacketType {
    Connect = 0,
    Disconnect = 1,
    Event = 2,
    Ack = 3,
    ConnectError = 4,
    BinaryEvent = 5,
    BinaryAck = 6,
};

/// Largest acknowledgement id accepted (JavaScript's safe integer range).
inline constexpr qint64 MaxAckId = (qint64(1) << 53) - 1;
/// Most attachments one binary packet may announce (the reference parser has no cap; a
/// cap keeps a hostile server from making us wait for an endless stream).
inline constexpr int MaxAttachments = 1000;

struct Packet {
    PacketType type = PacketType::Event;
    QString nsp = QStringLiteral("/");
    qint64 id = -1;             ///< ack id, -1 when absent
    int attachments = 0;        ///< binary frames that follow (binary types only)
    QJsonValue payload = QJsonValue::Undefined; ///< Undefined when the packet has none

    bool isEvent() const { return type == PacketType::Event || type == PacketType::BinaryEvent; }
    bool isAck() const { return type == PacketType::Ack || type == PacketType::BinaryAck; }
    /// For events: the event name (first array element), or empty.
    QString eventName() const;
    /// For events: the arguments after the name. For acks: the whole array.
    QJsonArray arguments() const;
};

/// The part of a packet before its JSON: enough to route it without parsing the payload.
struct Header {
    PacketType type = PacketType::Event;
    QByteArrayView nsp = "/";   ///< points into the decoded text
    qint64 id = -1;
    int attachments = 0;
    qsizetype payloadAt = 0;    ///< offset of the JSON payload (== size when there is none)
};

/// Decodes the header only (type, attachments, namespace, ack id). The view stays valid as
/// long as the text does.
bool decodeHeader(QByteArrayView text, Header &out, QString *error = nullptr);

/// Decodes one packet. Returns false with a reason for anything malformed: unknown type,
/// bad attachment count, overlong or malformed ack id, invalid JSON, or a payload that the
/// packet type does not allow (e.g. an event that is not a non-empty array with a name).
bool decode(QByteArrayView text, Packet &out, QString *error = nullptr);

/// Encodes a packet. The namespace is written only when it is not "/".
QByteArray encode(const Packet &packet);

/// Convenience builders.
Packet connectPacket(const QString &nsp, const QJsonValue &auth = QJsonValue::Undefined);
Packet disconnectPacket(const QString &nsp);
Packet eventPacket(const QString &nsp, const QString &name, const QJsonArray &args, qint64 ackId = -1);
Packet ackPacket(const QString &nsp, qint64 ackId, const QJsonArray &args);
Packet connectErrorPacket(const QString &nsp, const QString &message, const QJsonValue &data = QJsonValue::Undefined);

/// Replaces every {"_placeholder":true,"num":i} in value by {"_binary":i,"size":n}, so that
/// JSON consumers see which attachment belonged there (the bytes travel beside the JSON).
/// Returns false when a placeholder names an attachment that does not exist.
bool resolvePlaceholders(QJsonValue &value, const QList<QByteArray> &attachments);

} // namespace SocketIo
