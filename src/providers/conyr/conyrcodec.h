#pragma once
// The Conyr channel protocol as pure functions: client ops, server messages, channel names,
// trade and candle payloads, the REST candle response, and tier limits. No sockets, so
// every function can be unit-tested, fuzzed and benchmarked on bytes alone.

#include "conyrtypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

namespace Conyr {

// ---- channel names ---------------------------------------------------------------------

/// Parses a channel name: `token:<mint>:trades`, `token:<mint>:ohlcv:<variant>:<interval>`;
/// everything else (and malformed variants of those) becomes a Generic descriptor.
ChannelDescriptor parseChannel(const QString &name);
QString tradesChannel(const QString &mint);
QString ohlcvChannel(const QString &mint, const QString &variant, const QString &interval);

/// "1s", "30s", "1m", "5m", "15m", "1h", "4h", "1d" → milliseconds; 0 if not an interval.
qint64 intervalMs(QStringView interval);
/// The shortest name for an interval in ms ("1m", "4h"); empty if ms <= 0.
QString intervalName(qint64 ms);
/// Intervals the Conyr stream carries as ohlcv channels; other intervals are built
/// locally from trades with CandleAggregator.
const QStringList &streamedIntervals();
/// The candle variants the catalogue lists ("filtered" drops outlier and dust trades, "raw" keeps all).
const QStringList &candleVariants();
/// A plausible Solana mint (base58, 32–44 characters).
bool isPlausibleMint(QStringView mint);

// ---- client → server ---------------------------------------------------------------------

QByteArray encodeSubscribe(const QStringList &channels);
QByteArray encodeUnsubscribe(const QStringList &channels);
QByteArray encodePing();

// ---- server → client ---------------------------------------------------------------------

/// One server message, decoded.
struct ServerMessage {
    enum class Type {
        Data,          ///< {channel, data}
        Subscribed,    ///< {op:"subscribed", channels}
        Unsubscribed,  ///< {op:"unsubscribed", channels}
        Pong,          ///< {op:"pong"}
        Error,         ///< {op:"error", message}: informational, the socket stays open
        UnknownOp,     ///< an op this client does not know (op is set)
        Invalid,       ///< not JSON, not an object, or a field of the wrong type; see problem
    };
    Type type = Type::Invalid;
    QString channel;          ///< Data
    QJsonValue data;          ///< Data: the payload as sent
    QStringList channels;     ///< Subscribed, Unsubscribed; Error when the server names them
    QString message;          ///< Error
    QString op;               ///< UnknownOp
    QString problem;          ///< Invalid: what is wrong, a sentence
};
ServerMessage decodeServerMessage(const QByteArray &utf8);

/// A trade payload; returns false and sets problem when a required field is missing or
/// of the wrong type (id/signature, ts, price, size). Numbers may arrive as strings.
bool decodeTrade(const QJsonValue &data, Trade &out, QString *problem = nullptr);
/// A candle payload (ts, o, h, l, c required; v, trades, closed optional). Rejects bars
/// whose high/low do not contain open and close.
bool decodeCandle(const QJsonValue &data, Candle &out, QString *problem = nullptr);
Side sideFromString(QStringView side);
QString sideToString(Side side);

// Server-side encoders (the simulator, tests and the benchmark speak the same bytes).
QByteArray encodeTradeEvent(const QString &channel, const Trade &trade);
QByteArray encodeCandleEvent(const QString &channel, const Candle &candle);
QJsonObject tradeToJson(const Trade &trade);
QJsonObject candleToJson(const Candle &candle);
QByteArray encodeAck(const QString &op, const QStringList &channels);
QByteArray encodeError(const QString &message, const QStringList &channels = {});
QByteArray encodePong();

// ---- REST candles -------------------------------------------------------------------------

/// The REST base for a WebSocket endpoint: wss://api.conyr.ai/ws → https://api.conyr.ai.
QUrl restBaseFromWs(const QUrl &wsUrl);
/// GET <base>/v1/tokens/<mint>/ohlcv?variant=…&interval=…[&from=<ms>][&to=<ms>][&limit=<n>]
/// (from/to/limit are left out when <= 0; without to the server's now is the end, and
/// limit keeps the newest n bars). The server's clock decides "now", not ours.
QUrl candleRequestUrl(const QUrl &restBase, const QString &mint, const QString &variant,
                      const QString &interval, qint64 fromMs, qint64 toMs, int limit = 0);
/// The REST path prefix the simulator answers.
inline constexpr char RestCandlePathPrefix[] = "/v1/tokens/";
/// {"mint","variant","interval","candles":[…]} → candles sorted by ts (bad bars skipped and
/// counted in skipped); false with problem when the document itself is unusable.
bool decodeCandleResponse(const QByteArray &body, QList<Candle> &out, QString *problem = nullptr,
                          int *skipped = nullptr);
QByteArray encodeCandleResponse(const QString &mint, const QString &variant, const QString &interval,
                                const QList<Candle> &candles);

// ---- tiers --------------------------------------------------------------------------------

/// Limits of a tier id ("free", "layer1", "layer2", "layer3", "enterprise"; case and
/// spaces ignored, "Layer 1" works). Unknown tiers get Layer 1's limits.
TierLimits tierLimits(const QString &tier);
QStringList tierIds();
QString tierLabel(const QString &tier);
/// The sentence the simulator (and, we assume, Conyr) sends when a subscribe exceeds the cap.
QString subscriptionCapMessage(const TierLimits &limits);

} // namespace Conyr
