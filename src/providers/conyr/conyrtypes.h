#pragma once
// Conyr's typed values: channel descriptors, trades, chart ticks, OHLCV candles and tier
// limits, as reference/conyr.md documents them. Plain value types without any Qt object
// machinery, so codec, client, models, simulator and benchmarks share them cheaply.
//
// Prices and amounts arrive as decimal strings; the *Text members keep them exactly as
// sent (for output and exact comparison), the double members are for charts and sums.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Conyr {

/// What a channel carries, as its name says.
enum class ChannelKind {
    Trades,   ///< token:<mint>:trades (the full trade object)
    Ticks,    ///< token:<mint>:ticks (compact chart ticks with an order key)
    Ohlcv,    ///< token:<mint>:ohlcv:<full|filtered>:<1s|1m|5m|15m|1h>
    Generic,  ///< any other name (wallet, security …): its payloads flow on untyped
};

/// A channel name parsed into its parts. Unknown shapes become Generic descriptors that
/// keep the name, so they can still be subscribed and shown.
struct ChannelDescriptor {
    QString name;             ///< the channel name exactly as subscribed
    ChannelKind kind = ChannelKind::Generic;
    QString mint;             ///< token mint address (Trades, Ticks, Ohlcv)
    QString variant;          ///< the candle view, "full" or "filtered" (Ohlcv)
    QString interval;         ///< the timeframe, e.g. "1m" (Ohlcv)
    qint64 intervalMs = 0;    ///< the timeframe in milliseconds (Ohlcv)

    bool isValid() const { return !name.isEmpty(); }
    bool operator==(const ChannelDescriptor &o) const
    {
        return name == o.name && kind == o.kind && mint == o.mint && variant == o.variant
            && interval == o.interval && intervalMs == o.intervalMs;
    }
};

/// A trade's direction: `buy`, `sell`, `swap`, `flash_swap` (trades) or s = 1/-1/0 (ticks).
enum class Side { Unknown, Buy, Sell, Swap, FlashSwap };

/// One executed swap, the documented trade object (reference §4.1). There is no sequence
/// number: trades are told apart by id (trade_id) and ordered by slot, then event index.
struct Trade {
    QString id;               ///< trade_id, "{signature}:{event_index}": the de-duplication key
    QString signature;
    qint64 eventIndex = -1;   ///< -1 if absent
    qint64 slot = -1;         ///< -1 if absent
    qint64 ts = 0;            ///< timestamp, Unix ms
    Side side = Side::Unknown;
    QString direction;        ///< as sent ("buy", "flash_swap", or something newer)
    QString mint;             ///< token_mint
    int tokenDecimals = -1;
    QString trader;           ///< wallet_address
    QString pool;             ///< pool_address
    QString dex;              ///< dex_name
    QString baseMint;         ///< the quote side (WSOL, USDC …)
    QString sizeText;         ///< token_amount, exact
    QString priceText;        ///< usd_price, exact
    QString valueUsdText;     ///< usd_notional, exact (empty if absent)
    QString baseAmountText;   ///< base_amount, exact (empty if absent)
    double price = 0;         ///< usd_price as a number
    double size = 0;          ///< token_amount as a number
    double valueUsd = 0;      ///< usd_notional as a number (0 if absent)
    bool arbitrage = false;   ///< is_arbitrage == 1
    QString bundleId;         ///< empty when none
    QStringList labels;

    /// Organic: not a flash swap and not an arbitrage leg. Only organic trades count in
    /// the `filtered` candle view (the document's f flag on ticks; inferred for trades).
    bool organic() const { return side != Side::FlashSwap && !arbitrage; }
};

/// One compact chart tick (`token:<mint>:ticks`, reference §4.2).
struct Tick {
    QString id;               ///< t, the trade id (de-duplication key)
    QString mint;             ///< m
    qint64 ts = 0;            ///< trade time, Unix ms
    qint64 bucketTs = 0;      ///< b, the candle bucket start, Unix ms (0 if absent)
    QString orderKey;         ///< o, a non-negative integer beyond 2^53, canonical digits
    QString priceText;        ///< p, exact
    QString volumeUsdText;    ///< vu, exact
    QString volumeTokenText;  ///< vt, exact
    double price = 0;
    double volumeUsd = 0;
    double volumeToken = 0;
    Side side = Side::Unknown; ///< s: 1 buy, -1 sell, 0 other
    bool organic = true;      ///< f; false = flash/arbitrage, counted only in the full view
};

/// One OHLCV bar. ts is the bucket start (inclusive), aligned to the interval.
struct Candle {
    qint64 ts = 0;            ///< bucket_start_ms
    double open = 0;
    double high = 0;
    double low = 0;
    double close = 0;
    double volume = 0;        ///< volume_token
    qint64 trades = 0;        ///< trades in the bar
    bool closed = false;      ///< is_final (stream); REST bars are final once their bucket ended
    qint64 endTs = 0;         ///< bucket_end_ms (exclusive); 0 if absent
    double volumeUsd = 0;
    double volumeBase = 0;    ///< REST only
    double buyVolumeToken = 0;
    double sellVolumeToken = 0;
    double buyVolumeUsd = 0;
    double sellVolumeUsd = 0;
    double vwap = 0;
    qint64 lastTradeTs = 0;   ///< last_trade_ts_ms; 0 if absent
    qint64 buyers = -1;       ///< num_buyers (approximate); -1 if absent
    qint64 sellers = -1;

    bool operator==(const Candle &o) const
    {
        return ts == o.ts && open == o.open && high == o.high && low == o.low && close == o.close
            && volume == o.volume && trades == o.trades && closed == o.closed && endTs == o.endTs
            && volumeUsd == o.volumeUsd && volumeBase == o.volumeBase && buyVolumeToken == o.buyVolumeToken
            && sellVolumeToken == o.sellVolumeToken && buyVolumeUsd == o.buyVolumeUsd
            && sellVolumeUsd == o.sellVolumeUsd && vwap == o.vwap && lastTradeTs == o.lastTradeTs
            && buyers == o.buyers && sellers == o.sellers;
    }
};

/// What a tier allows. -1 means unlimited.
struct TierLimits {
    QString id;                 ///< "free", "layer1", "layer2", "layer3", "enterprise"
    int maxConnections = 0;
    int maxSubscriptions = 0;   ///< per connection
    qint64 historyMs = -1;      ///< OHLCV history depth over REST; -1 = not documented
    bool unlimitedConnections() const { return maxConnections < 0; }
    bool unlimitedSubscriptions() const { return maxSubscriptions < 0; }
};

} // namespace Conyr

Q_DECLARE_METATYPE(Conyr::Trade)
Q_DECLARE_METATYPE(Conyr::Tick)
Q_DECLARE_METATYPE(Conyr::Candle)
