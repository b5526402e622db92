#pragma once
// The tweet stream's wire format (seeds/tweet-stream-websocket.txt and reference/tweets.md)
// as pure functions: bytes in, typed values out. No sockets, no Qt event loop; safe on any input.

#include "tweet.h"

#include <QByteArray>
#include <QString>

namespace TweetsCodec {

/// Close and error codes the protocol documents.
enum : int {
    InvalidKeyCode = 4001,      ///< invalid or missing API key: never retry
    ConnectionLimitCode = 4003, ///< the key's 5 connections are in use
    PongTimeoutCode = 1001,     ///< the server closed because it saw no {"type":"pong"} (SDK)
};
/// Concurrent connections one API key may hold.
inline constexpr int MaxConnectionsPerKey = 5;

/// What one frame was.
enum class Type {
    Connected,  ///< {"type":"connected","connection_id","api_key_id"}
    NewTweet,   ///< a tweet in any of the three documented shapes (Tweet::shape says which)
    Ping,       ///< {"type":"ping","timestamp"}: the server's keepalive, answer with encodePong()
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
    QString pingTimestamp;  ///< the ping's "timestamp" as sent (for Ping)
    QString typeName;   ///< the "type" (or "event") as sent (for Unknown)
    QString problem;    ///< a sentence saying what is wrong (for Malformed)
};

/// Decodes one text frame. Never throws or asserts; bad input gives Type::Malformed.
/// The event is named by "type" or, for tweet.detected, by "event". A tweet without a
/// "source" is attributed by the ids it carries (monitor_id, rule_id).
/// For tweets, tweet.raw shares the input bytes; receivedAtMs is left at -1.
Message decode(const QByteArray &utf8);

/// Parses an ISO 8601 time ("2026-03-04T12:00:00Z", with optional fraction and offset)
/// into Unix ms; -1 when it is not one.
qint64 parseIsoTimeMs(QStringView text);
/// Unix ms as "2026-03-04T12:00:00.123Z" (milliseconds only when not zero).
QString formatIsoTime(qint64 ms);
/// Parses Twitter's created_at ("Mon Mar 03 09:59:57 +0000 2026") into Unix ms; -1 otherwise.
qint64 parseTwitterTimeMs(QStringView text);
/// Unix ms as Twitter writes created_at (UTC, English names).
QString formatTwitterTime(qint64 ms);

/// Tweet texts as Twitter's API sends them carry &amp; &lt; &gt; for & < >: the decoder
/// turns them back into the characters (the text stays plain text), the encoder writes them.
QString unescapeTwitterEntities(const QString &text);
QString escapeTwitterEntities(const QString &text);

/// How an encoder writes the optional and the number-or-string fields: the documented
/// form by default; the other forms let tests and the simulator exercise the decoder.
struct WireVariant {
    bool idsAsNumbers = false;      ///< tweet_id as a JSON number (digits beyond 2^53 kept)
    bool numbersAsStrings = false;  ///< latency_ms and counts as strings ("850")
    bool omitOptional = false;      ///< no names, tweet_type, latency, times, url, counts
};

/// Encoders (the simulator and tests speak the same format).
QByteArray encodeConnected(const Connected &connected);
QByteArray encodeError(int code, const QString &message);
/// {"type":"ping","timestamp":…} and the client's answer {"type":"pong"}.
QByteArray encodePing(const QString &timestamp);
QByteArray encodePong();
/// Encodes a tweet in its shape (tweet.shape) with the source's fields.
QByteArray encodeTweet(const Tweet &tweet);
QByteArray encodeTweet(const Tweet &tweet, TweetShape shape, const WireVariant &variant);

} // namespace TweetsCodec
