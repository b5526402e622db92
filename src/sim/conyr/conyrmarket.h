#pragma once
// One simulated token market for the Conyr simulator: a seeded stream of trades on the
// simulated clock, and the candles built from exactly those trades.

#include "providers/conyr/candleaggregator.h"
#include "providers/conyr/conyrtypes.h"

#include <QHash>
#include <QRandomGenerator>
#include <deque>
#include <functional>
#include <memory>

/// Prices stay near the reference price all simulated providers share (sim/referencemarket.h).
/// Trades are a pure function of (seed, simulated time): advancing to a time generates
/// every trade up to it, whether anyone watches or not, so the REST endpoint and the live
/// channels always describe the same market. Trades are documented trade objects (trade_id
/// "{signature}:{event_index}", slot, decimal strings); a few are flash swaps or arbitrage
/// legs. Candles come from CandleAggregator over the stored trades: the "full" view counts
/// every trade, "filtered" only the organic ones. Each trade also has a tick order key
/// (slot × 10^9 + event index, written in decimal: beyond 2^53).
class ConyrMarket
{
public:
    /// History the market starts with, before the simulator's start time.
    static constexpr qint64 HistoryMs = 12LL * 3600 * 1000;

    /// From startMs on the market trades `activity` times as often, in trades `activity` times
    /// smaller (the same volume and price path per minute): a demo at real time that still
    /// looks busy. Its history before startMs is generated at activity 1.
    ConyrMarket(QString mint, quint32 seed, qint64 startMs, double startPrice, double activity = 1.0);

    const QString &mint() const { return m_mint; }
    qint64 cursorMs() const { return m_cursorMs; }

    /// Generates trades up to nowMs; each new trade is passed to onTrade (may be empty).
    void advanceTo(qint64 nowMs, const std::function<void(const Conyr::Trade &)> &onTrade = {});
    /// The aggregator of a variant and interval, built from the stored trades on first use.
    CandleAggregator &candles(const QString &variant, qint64 intervalMs);
    /// Aggregators that exist, keyed by "<variant>:<interval ms>".
    QHash<QString, std::shared_ptr<CandleAggregator>> &aggregators() { return m_aggregators; }
    static QString aggregatorKey(const QString &variant, qint64 intervalMs);

    /// A typical starting price for a known mint (or one derived from the seed).
    static double startPriceFor(const QString &mint, quint32 seed);
    static QString signatureFor(const QString &mint, qint64 seq);
    /// The tick of a trade (order key from its slot and event index).
    static Conyr::Tick tickFor(const Conyr::Trade &trade, qint64 intervalMs = 1000);

private:
    struct StoredTrade {
        qint64 ts;
        qint64 seq;     ///< the market's own counter (never sent: Conyr has no seq)
        qint64 slot;
        int eventIndex;
        double price;
        double size;
        bool buy;
        bool flash;     ///< a flash swap or arbitrage leg: not organic
    };
    static double valueOf(const StoredTrade &t); ///< usd_notional, to the cent
    Conyr::Trade toTrade(const StoredTrade &t) const;
    void feed(CandleAggregator &aggregator, bool filtered, const StoredTrade &t) const;

    QString m_mint;
    QRandomGenerator m_random;
    qint64 m_cursorMs;      ///< time of the next trade
    qint64 m_nowMs = 0;     ///< the time advanced to
    qint64 m_nextSeq = 1;
    qint64 m_slot = 312000000;
    int m_eventIndex = 0;
    double m_price;
    double m_basePrice;       ///< what the reference price swings around
    double m_deviation = 0;   ///< log distance of the last trade from the reference price
    QString m_referenceName;  ///< the symbol (or, unknown, the mint) the reference is read for
    bool m_stablecoin = false;
    double m_activity = 1.0;  ///< trades per unit of time from m_liveFromMs on, relative to 1
    qint64 m_liveFromMs = 0;
    double m_liveKeep;        ///< the walk's reversion per trade at m_activity
    double m_liveSpread;      ///< its step scale at m_activity (the same spread per minute)
    std::deque<StoredTrade> m_trades; ///< capped history
    QHash<QString, std::shared_ptr<CandleAggregator>> m_aggregators;
};
