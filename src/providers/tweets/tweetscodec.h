#pragma once
// The tweet stream's wire format (seeds/tweet-stream-websocket.txt) as pure functions:
// bytes in, typed values out. No sockets, no Qt event loop; safe on any input.

#include "tweet.h"

#include <QByteArray>
#include <QString>

namespace TweetsCodec {

/// Close and error codes the protocol documents.
enum : int {
    InvalidKeyCode = 4001,      ///< invalid or missing API key: never retry
    ConnectionLimitCode = 4003, ///< the key's 5 connections are in use
};
/// Concurrent connections one API key may hold.
inline constexpr int MaxConnectionsPerKey = 5;

/// What one frame was.
enum class Type {
    Connected,  ///< {"type":"connected","connection_id","api_key_id"}
    NewTweet,   ///< {"type":"new_tweet","source":"monitor"|"filter_rule",…}
    Error,      ///< {"type":"error","code","message"}
    Unknown,    ///< valid JSON with a type this client does not know (typeName says which)
    Malformed,  ///< not JSON, not an object, no type, or a field of the wrong shape (problem says why)
};

struct Connected {
    QString connectionId;
    QString apiKeyId;
};

struct ServerError {
    int code = 0;
    QString message;
};

/// A decoded frame. Only the member that matches type is filled.
struct Message {
    Type type = Type::Malformed;
    Connected connected;
    Tweet tweet;
    ServerError error;
    QString typeName;   ///< the "type" as sent (for Unknown)
    QString problem;    ///< a sentence saying what is wrong (for Malformed)
};

/// Decodes one text frame. Never throws or asserts; bad input gives Type::Malformed.
/// For new_tweet, tweet.raw shares the input bytes; receivedAtMs is left at -1.
Message decode(const QByteArray &utf8);

/// Parses an ISO 8601 time ("2026-03-04T12:00:00Z", with optional fraction and offset)
/// into Unix ms; -1 when it is not one.
qint64 parseIsoTimeMs(QStringView text);
/// Unix ms as "2026-03-04T12:00:00.123Z" (milliseconds only when not zero).
QString formatIsoTime(qint64 ms);

/// Encoders (the simulator and tests speak the same format).
QByteArray encodeConnected(const Connected &connected);
QByteArray encodeError(int code, const QString &message);
/// Encodes a tweet as new_tweet with the source's documented fields.
QByteArray encodeTweet(const Tweet &tweet);

} // namespace TweetsCodec
