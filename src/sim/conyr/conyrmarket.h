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

/// Trades are a pure function of (seed, simulated time): advancing to a time generates
/// every trade up to it, whether anyone watches or not, so the REST endpoint and the live
/// channels always describe the same market. Candles come from CandleAggregator over the
/// stored trades; the "filtered" variant leaves out dust trades, "raw" keeps them.
class ConyrMarket
{
public:
    /// History the market starts with, before the simulator's start time.
    static constexpr qint64 HistoryMs = 12LL * 3600 * 1000;

    ConyrMarket(QString mint, quint32 seed, qint64 startMs, double startPrice);

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

private:
    struct StoredTrade {
        qint64 ts;
        qint64 seq;
        double price;
        double size;
        bool buy;
        bool dust;
    };
    Conyr::Trade toTrade(const StoredTrade &t) const;
    void feed(CandleAggregator &aggregator, bool filtered, const StoredTrade &t) const;

    QString m_mint;
    QRandomGenerator m_random;
    qint64 m_cursorMs;      ///< time of the next trade
    qint64 m_nowMs = 0;     ///< the time advanced to
    qint64 m_nextSeq = 1;
    double m_price;
    std::deque<StoredTrade> m_trades; ///< capped history
    QHash<QString, std::shared_ptr<CandleAggregator>> m_aggregators;
};
