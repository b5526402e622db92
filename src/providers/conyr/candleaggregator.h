#pragma once
// Builds OHLCV candles of one interval from trades. The client uses it for intervals the
// Conyr stream does not carry; the simulator uses the very same class for its live candle
// channels and its REST endpoint, so both always agree.

#include "conyrtypes.h"

#include <deque>
#include <vector>

/// Aggregates trades into bars aligned to the interval (ts = open time). Every interval
/// between the first and the last bar has a bar: an interval without trades gets a flat
/// bar at the previous close with zero volume, so a missing bar always means missing data.
/// Trades may arrive out of order: open and close follow the trades' timestamps, not
/// their arrival. Bars older than maxBars intervals are dropped.
class CandleAggregator
{
public:
    explicit CandleAggregator(qint64 intervalMs, int maxBars = 5000);

    qint64 intervalMs() const { return m_intervalMs; }
    qint64 align(qint64 ts) const { return ts - ((ts % m_intervalMs) + m_intervalMs) % m_intervalMs; }

    /// Adds a trade. Returns false (and changes nothing) for a trade before the retained
    /// window or with a non-positive price.
    bool addTrade(const Conyr::Trade &trade);
    /// Starts (or continues) the series with a bar known from elsewhere (e.g. REST), so
    /// that trades after it extend it. Ignored when the aggregator already has that bar
    /// or a later one (its own trades are then more complete).
    void seed(const Conyr::Candle &bar);
    /// Closes every bar whose interval has ended by nowMs and adds flat bars for empty
    /// intervals up to the one containing nowMs.
    void advanceTo(qint64 nowMs);

    int size() const { return int(m_bars.size()); }
    bool isEmpty() const { return m_bars.empty(); }
    /// The bar at index i (0 = oldest).
    const Conyr::Candle &at(int i) const { return m_bars[size_t(i)].candle; }
    const Conyr::Candle &last() const { return m_bars.back().candle; }
    /// Bars with open time in [fromMs, toMs], oldest first.
    QList<Conyr::Candle> candles(qint64 fromMs, qint64 toMs) const;
    /// Bars that changed since the last call, each once, oldest first.
    QList<Conyr::Candle> takeChanged();
    void clear();

private:
    struct Bar {
        Conyr::Candle candle;
        qint64 firstTradeTs = 0;
        qint64 lastTradeTs = 0;
        bool dirty = false;
    };
    void markDirty(Bar &bar);
    void appendFlatUntil(qint64 barTs);
    void trim();

    qint64 m_intervalMs;
    int m_maxBars;
    std::deque<Bar> m_bars;
    std::vector<qint64> m_changed;
};
