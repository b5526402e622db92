#pragma once
// Conyr's typed values: channel descriptors, trades, OHLCV candles and tier limits.
// Plain value types without any Qt object machinery, so codec, client, models, simulator
// and benchmarks share them cheaply.

#include <QList>
#include <QMetaType>
#include <QString>

namespace Conyr {

/// What a channel carries, as its name says.
enum class ChannelKind {
    Trades,   ///< token:<mint>:trades
    Ohlcv,    ///< token:<mint>:ohlcv:<variant>:<interval>
    Generic,  ///< any other name: its payloads flow to the generic view untouched
};

/// A channel name parsed into its parts. Unknown shapes become Generic descriptors that
/// keep the name, so they can still be subscribed and shown.
struct ChannelDescriptor {
    QString name;             ///< the channel name exactly as subscribed
    ChannelKind kind = ChannelKind::Generic;
    QString mint;             ///< token mint address (Trades, Ohlcv)
    QString variant;          ///< candle variant, e.g. "filtered" (Ohlcv)
    QString interval;         ///< interval name, e.g. "1m" (Ohlcv)
    qint64 intervalMs = 0;    ///< the interval in milliseconds (Ohlcv)

    bool isValid() const { return !name.isEmpty(); }
    bool operator==(const ChannelDescriptor &o) const
    {
        return name == o.name && kind == o.kind && mint == o.mint && variant == o.variant
            && interval == o.interval && intervalMs == o.intervalMs;
    }
};

enum class Side { Unknown, Buy, Sell };

/// One executed trade of a token.
struct Trade {
    QString id;            ///< transaction signature (unique per trade)
    qint64 seq = -1;       ///< per-token sequence number; consecutive trades differ by 1; -1 if absent
    qint64 ts = 0;         ///< execution time, Unix ms
    Side side = Side::Unknown;
    double price = 0;      ///< quote units per token
    double size = 0;       ///< tokens traded
    double valueUsd = 0;   ///< optional notional in USD (0 if absent)
    QString trader;        ///< optional wallet
};

/// One OHLCV bar. ts is the open time, aligned to the interval.
struct Candle {
    qint64 ts = 0;
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    double volume = 0;     ///< tokens traded in the bar
    qint64 trades = 0;     ///< number of trades in the bar
    bool closed = false;   ///< true once the bar's interval has ended (final values)

    bool operator==(const Candle &o) const
    {
        return ts == o.ts && open == o.open && high == o.high && low == o.low && close == o.close
            && volume == o.volume && trades == o.trades && closed == o.closed;
    }
};

/// What a tier allows. -1 means unlimited.
struct TierLimits {
    QString id;                 ///< "free", "layer1", "layer2", "layer3", "enterprise"
    int maxConnections = 0;
    int maxSubscriptions = 0;   ///< per connection
    bool unlimitedConnections() const { return maxConnections < 0; }
    bool unlimitedSubscriptions() const { return maxSubscriptions < 0; }
};

} // namespace Conyr

Q_DECLARE_METATYPE(Conyr::Trade)
Q_DECLARE_METATYPE(Conyr::Candle)
