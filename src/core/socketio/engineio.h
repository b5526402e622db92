#pragma once
// Engine.IO v4 packets over the WebSocket transport: pure encode/decode, no sockets.
//
// Over WebSocket every frame is one packet. A text frame starts with the packet type digit
// ("0" open, "1" close, "2" ping, "3" pong, "4" message, "5" upgrade, "6" noop) followed by
// the payload; a binary frame is a message whose payload is the raw bytes (no prefix).

#include <QByteArray>
#include <QString>

namespace EngineIo {

/// The protocol revision this codec speaks (the EIO query parameter).
inline constexpr int ProtocolVersion = 4;

enum class PacketType {
    Open = 0,
    Close = 1,
    Ping = 2,
    Pong = 3,
    Message = 4,
    Upgrade = 5,
    Noop = 6,
};

struct Packet {
    PacketType type = PacketType::Noop;
    QByteArray data;        ///< payload after the type digit (or the whole binary frame)
    bool binary = false;    ///< came as (or goes as) a binary frame
};

/// The handshake the server sends first ("0{...}").
struct OpenInfo {
    QString sid;
    int pingIntervalMs = 25000;
    int pingTimeoutMs = 20000;
    qint64 maxPayload = 1000000;
};

/// Decodes one WebSocket frame. Returns false (with a reason) for an empty frame or an
/// unknown type digit.
bool decode(const QByteArray &frame, bool binary, Packet &out, QString *error = nullptr);

/// Encodes a text packet: the type digit followed by data.
QByteArray encode(PacketType type, const QByteArray &data = {});

/// Parses the JSON of an open packet. Returns false (with a reason) when the sid is missing
/// or the intervals are not positive numbers. A maxPayload that is missing or not a usable
/// size (not a number, below 1, beyond 2^53) keeps the default cap; it never removes the limit.
bool parseOpen(const QByteArray &json, OpenInfo &out, QString *error = nullptr);

/// Encodes an open packet's JSON (the server side, used by the simulator).
QByteArray encodeOpen(const OpenInfo &info);

} // namespace EngineIo
