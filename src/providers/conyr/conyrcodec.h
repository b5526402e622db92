#pragma once
// The Conyr channel protocol as pure functions: client ops, server messages, channel names
// and tier limits (payloads: conyrpayloads.h, REST backfill: conyrrest.h). No sockets, so
// every function can be unit-tested, fuzzed and benchmarked on bytes alone.

#include "conyrpayloads.h"
#include "conyrrest.h"
#include "conyrtypes.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUrl>

namespace Conyr {

// ---- channel names ---------------------------------------------------------------------

/// Parses a channel name: `token:<mint>:trades`, `token:<mint>:ticks`,
/// `token:<mint>:ohlcv:<full|filtered>:<1s|1m|5m|15m|1h>` (the documented names);
/// everything else (wallet, security, other views or timeframes) becomes Generic.
ChannelDescriptor parseChannel(const QString &name);
QString tradesChannel(const QString &mint);
QString ticksChannel(const QString &mint);
QString ohlcvChannel(const QString &mint, const QString &variant, const QString &interval);

/// "1s", "30s", "1m", "5m", "15m", "1h", "4h", "1d" → milliseconds; 0 if not an interval.
qint64 intervalMs(QStringView interval);
/// The shortest name for an interval in ms ("1m", "4h"); empty if ms <= 0.
QString intervalName(qint64 ms);
/// Intervals the Conyr stream carries as ohlcv channels; other intervals are built
/// locally from trades with CandleAggregator.
const QStringList &streamedIntervals();
/// The candle views the catalogue lists: "full" (every trade) and "filtered" (organic trades
/// only: no flash swaps or arbitrage).
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

// Server-side encoders (the simulator, tests and the benchmark speak the same bytes).
QByteArray encodeAck(const QString &op, const QStringList &channels);
/// {"op":"error","message":…}: the documented shape has no channel list.
QByteArray encodeError(const QString &message);
QByteArray encodePong();

// ---- tiers --------------------------------------------------------------------------------

/// Limits of a tier id ("free", "layer1", "layer2", "layer3", "enterprise"; case and
/// spaces ignored, "Layer 1" works). Unknown tiers get Layer 1's limits.
TierLimits tierLimits(const QString &tier);
QStringList tierIds();
QString tierLabel(const QString &tier);
/// The sentence the simulator sends when a subscribe exceeds the cap (the document's example).
QString subscriptionCapMessage(const TierLimits &limits);

} // namespace Conyr
