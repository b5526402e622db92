#pragma once
// The Predikt price feed's messages as typed values: pure functions over JSON, no sockets.
//
// Every server → client message arrives as a Socket.IO "message" event whose argument is an
// object with a "type" (connected, subscribed, unsubscribed, price_update, billing, pong,
// error, disconnecting). Client → server: "subscribe"/"unsubscribe" events (or "message"
// with an "action") with {channel:"price", symbols:[…]}, and "ping".

#include "core/exactdecimal.h"
#include "core/failure.h"

#include <QByteArrayView>
#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Predikt {

/// The channel every subscription names.
inline constexpr char PriceChannel[] = "price";
/// Server-side idle close: a connection without activity for this long may be closed.
inline constexpr int IdleCloseMs = 60000;
/// The documented cadence of price updates per symbol.
inline constexpr int UpdateIntervalMs = 5000;

enum class MessageType { Connected, Subscribed, Unsubscribed, PriceUpdate, Billing, Pong, Error, Disconnecting, Unknown };

/// The documented error codes.
enum class ErrorCode {
    InvalidApiKey,        ///< missing or invalid API key
    PermissionDenied,     ///< the key lacks websocket permission
    InsufficientBalance,  ///< not enough balance for a connection
    RateLimitExceeded,    ///< connection or symbol limit reached
    InvalidSymbol,        ///< no valid symbols provided
    AccountNotFound,      ///< the account does not exist
    Unknown,
};

/// A tier's limits.
struct Tier {
    QString name = QStringLiteral("STANDARD");
    int maxConnections = 2;
    int maxSymbols = 10;
};

struct ConnectedInfo {
    QString accountId;
    QString connectionId;
    qint64 timestampMs = -1;
};

struct SubscriptionChange {
    QString channel;
    QStringList symbols;
    qint64 timestampMs = -1;
};

struct PriceTick {
    QString symbol;
    double price = 0;
    QString source;         ///< "vwap" for the documented feed
    qint64 timestampMs = -1;
};

/// Money stays exact: the amounts as the server wrote them ("0.10" prints as "0.10").
struct BillingNotice {
    QString message;
    ExactDecimal amountUsd;
    ExactDecimal remainingBalanceUsd;
    qint64 timestampMs = -1;
};

struct ServerError {
    ErrorCode code = ErrorCode::Unknown;
    QString codeText;       ///< as sent (for unknown codes)
    QString message;
    qint64 timestampMs = -1;
};

struct DisconnectNotice {
    QString reason;         ///< the server's words (message or reason field)
    QString code;           ///< e.g. INSUFFICIENT_BALANCE when the server names one
    qint64 timestampMs = -1;
};

/// One decoded server message: type plus the member for that type.
struct Message {
    MessageType type = MessageType::Unknown;
    QString typeText;       ///< as sent
    ConnectedInfo connected;
    SubscriptionChange subscription;
    PriceTick tick;
    BillingNotice billing;
    ServerError error;
    DisconnectNotice disconnect;
    qint64 pongTimestampMs = -1;
};

/// Decodes a message object. Missing or ill-typed fields yield Unknown (with a reason)
/// rather than half-filled values; never throws, never crashes on hostile input.
bool decodeMessage(const QJsonObject &object, Message &out, QString *error = nullptr);
/// Decodes a Socket.IO event: "message" with the object, or an event named after the type.
bool decodeEvent(const QString &event, const QJsonArray &args, Message &out, QString *error = nullptr);

MessageType messageTypeFromText(QStringView text);
ErrorCode errorCodeFromText(QStringView text);
QString errorCodeText(ErrorCode code);
/// What an error means for the connection: Auth for key problems, Billing for balance,
/// Limit for rate limits, None for errors that only concern one request.
Failure::Kind failureKind(ErrorCode code);
/// A sentence for the user about an error code (what happened and what to do).
QString explain(ErrorCode code, const QString &serverMessage);

/// The limits of a tier by name (STANDARD 2×10, PRO 5×50, ENTERPRISE 20×200); unknown
/// names fall back to STANDARD.
Tier tierByName(const QString &name);
QStringList tierNames();

/// Upper-cases, trims and de-duplicates symbols; drops empty ones. Order is kept.
QStringList normalizeSymbols(const QStringList &symbols);

/// {channel:"price", symbols:[…]} and the "message" form {action, channel, symbols}.
QJsonObject subscriptionRequest(const QStringList &symbols);
QJsonObject messageRequest(const QString &action, const QStringList &symbols);

/// The hot path: scans the JSON of a Socket.IO event `["message",{"type":"price_update",…}]`
/// without building a JSON tree. Accepts only a flat object with plain (unescaped) strings
/// and numbers; returns false for anything else (another type, escapes, nesting, a missing
/// symbol or price), which the caller then decodes the normal way. Never reads past the view.
bool scanPriceUpdate(QByteArrayView json, PriceTick &out);

/// Parses an ISO 8601 UTC timestamp ("2026-01-17T12:00:05.000Z", offsets allowed) to Unix
/// milliseconds; -1 when malformed. Hand-written because QDateTime::fromString is slow on
/// the hot path.
qint64 parseTimestampMs(QStringView text);
qint64 parseTimestampMs(QByteArrayView text);
QString formatTimestamp(qint64 unixMs);

/// A price given as a JSON number (documented) or a numeric string; false when neither.
bool parseAmount(const QJsonValue &value, double &out);
/// A money amount given as a decimal string (documented: "0.10") or a JSON number, kept
/// exact; false when neither.
bool parseMoney(const QJsonValue &value, ExactDecimal &out);

/// What a RATE_LIMIT_EXCEEDED message says: the symbol cap it names ("Maximum symbols (10)
/// would be exceeded for STANDARD tier" → 10), or -1 when it names none.
int symbolCapIn(const QString &message);
/// True when a RATE_LIMIT_EXCEEDED message is about connections, not symbols.
bool namesConnectionLimit(const QString &message);

} // namespace Predikt

Q_DECLARE_METATYPE(Predikt::PriceTick)
Q_DECLARE_METATYPE(Predikt::BillingNotice)
Q_DECLARE_METATYPE(Predikt::ServerError)
Q_DECLARE_METATYPE(Predikt::DisconnectNotice)
Q_DECLARE_METATYPE(Predikt::ConnectedInfo)
