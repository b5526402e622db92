#include "candleaggregator.h"

#include <algorithm>

using Conyr::Candle;
using Conyr::Trade;

namespace {

/// A bar without trades at the previous close.
Candle flatBar(qint64 ts, qint64 intervalMs, double close, bool closed)
{
    Candle c{ts, close, close, close, close, 0, 0, closed};
    c.endTs = ts + intervalMs;
    c.vwap = close;
    return c;
}

/// The first trade of a bar.
void startBar(Candle &c, const Trade &trade)
{
    c.open = c.high = c.low = c.close = trade.price;
    c.volume = c.volumeUsd = c.buyVolumeToken = c.sellVolumeToken = c.buyVolumeUsd = c.sellVolumeUsd = 0;
    c.trades = 0;
    c.lastTradeTs = 0;
}

/// Volumes, splits, VWAP and the last trade time of one more trade.
void accumulate(Candle &c, const Trade &trade)
{
    const double usd = trade.valueUsd > 0 ? trade.valueUsd : trade.price * trade.size;
    const double before = c.volume;
    c.volume += trade.size;
    c.volumeUsd += usd;
    if (trade.side == Conyr::Side::Buy) {
        c.buyVolumeToken += trade.size;
        c.buyVolumeUsd += usd;
    } else if (trade.side == Conyr::Side::Sell) {
        c.sellVolumeToken += trade.size;
        c.sellVolumeUsd += usd;
    }
    c.vwap = c.volume > 0 ? (c.vwap * before + trade.price * trade.size) / c.volume : trade.price;
    c.lastTradeTs = std::max(c.lastTradeTs, trade.ts);
    ++c.trades;
}

} // namespace

CandleAggregator::CandleAggregator(qint64 intervalMs, int maxBars)
    : m_intervalMs(std::max<qint64>(1, intervalMs))
    , m_maxBars(std::max(2, maxBars))
{
}

void CandleAggregator::markDirty(Bar &bar)
{
    if (!bar.dirty) {
        bar.dirty = true;
        m_changed.push_back(bar.candle.ts);
    }
}

void CandleAggregator::appendFlatUntil(qint64 barTs)
{
    // A jump past the whole retained window: every old bar would be trimmed anyway.
    if (!m_bars.empty() && (barTs - m_bars.back().candle.ts) / m_intervalMs > m_maxBars) {
        const double close = m_bars.back().candle.close;
        m_bars.clear();
        Bar flat;
        flat.candle = flatBar(barTs - m_intervalMs, m_intervalMs, close, true);
        m_bars.push_back(flat);
    }
    // Flat bars for the empty intervals between the last bar and barTs (exclusive); the
    // previous bars are final now.
    while (!m_bars.empty() && m_bars.back().candle.ts + m_intervalMs < barTs) {
        Bar &prev = m_bars.back();
        if (!prev.candle.closed) {
            prev.candle.closed = true;
            markDirty(prev);
        }
        Bar flat;
        const double close = prev.candle.close;
        flat.candle = flatBar(prev.candle.ts + m_intervalMs, m_intervalMs, close, true);
        m_bars.push_back(flat);
        markDirty(m_bars.back());
        if (m_bars.size() > size_t(m_maxBars) * 2)
            trim();
    }
    if (!m_bars.empty() && m_bars.back().candle.ts < barTs && !m_bars.back().candle.closed) {
        m_bars.back().candle.closed = true;
        markDirty(m_bars.back());
    }
}

bool CandleAggregator::addTrade(const Trade &trade)
{
    if (!(trade.price > 0) || trade.size < 0)
        return false;
    const qint64 barTs = align(trade.ts);
    if (m_bars.empty() || barTs > m_bars.back().candle.ts) {
        appendFlatUntil(barTs);
        Bar bar;
        bar.candle = flatBar(barTs, m_intervalMs, trade.price, false);
        startBar(bar.candle, trade);
        accumulate(bar.candle, trade);
        bar.firstTradeTs = bar.lastTradeTs = trade.ts;
        m_bars.push_back(bar);
        markDirty(m_bars.back());
        trim();
        return true;
    }
    Bar *bar = nullptr;
    if (barTs == m_bars.back().candle.ts) {
        bar = &m_bars.back(); // the hot path: a trade in the current bar
    } else {
        const qint64 index = (barTs - m_bars.front().candle.ts) / m_intervalMs;
        if (index < 0) {
            // Before the first bar: extend the window backwards if there is room.
            if (qint64(m_bars.size()) - index > m_maxBars)
                return false;
            const double open = trade.price;
            for (qint64 ts = m_bars.front().candle.ts - m_intervalMs; ts > barTs; ts -= m_intervalMs) {
                Bar flat;
                flat.candle = flatBar(ts, m_intervalMs, open, true);
                m_bars.push_front(flat);
                markDirty(m_bars.front());
            }
            Bar first;
            first.candle = flatBar(barTs, m_intervalMs, trade.price, true);
            startBar(first.candle, trade);
            accumulate(first.candle, trade);
            first.firstTradeTs = first.lastTradeTs = trade.ts;
            m_bars.push_front(first);
            markDirty(m_bars.front());
            return true;
        }
        bar = &m_bars[size_t(index)];
    }
    Candle &c = bar->candle;
    if (c.trades == 0) {
        // A flat filler bar gets its first real trade.
        startBar(c, trade);
        accumulate(c, trade);
        bar->firstTradeTs = bar->lastTradeTs = trade.ts;
    } else {
        c.high = std::max(c.high, trade.price);
        c.low = std::min(c.low, trade.price);
        accumulate(c, trade);
        if (trade.ts >= bar->lastTradeTs) {
            c.close = trade.price;
            bar->lastTradeTs = trade.ts;
        }
        if (trade.ts < bar->firstTradeTs) {
            c.open = trade.price;
            bar->firstTradeTs = trade.ts;
        }
    }
    markDirty(*bar);
    return true;
}

void CandleAggregator::seed(const Candle &bar)
{
    const qint64 barTs = align(bar.ts);
    if (!m_bars.empty() && m_bars.back().candle.ts >= barTs)
        return;
    appendFlatUntil(barTs);
    Bar b;
    b.candle = bar;
    b.candle.ts = barTs;
    b.candle.endTs = barTs + m_intervalMs;
    // Later trades set the close; the open stays the seeded one.
    b.firstTradeTs = barTs;
    b.lastTradeTs = barTs;
    m_bars.push_back(b);
    trim();
}

void CandleAggregator::advanceTo(qint64 nowMs)
{
    if (m_bars.empty())
        return;
    const qint64 currentTs = align(nowMs);
    appendFlatUntil(currentTs);
    if (m_bars.back().candle.ts < currentTs) {
        const double close = m_bars.back().candle.close;
        Bar flat;
        flat.candle = flatBar(currentTs, m_intervalMs, close, false);
        m_bars.push_back(flat);
        markDirty(m_bars.back());
    }
    trim();
}

void CandleAggregator::trim()
{
    while (m_bars.size() > size_t(m_maxBars))
        m_bars.pop_front();
}

QList<Candle> CandleAggregator::candles(qint64 fromMs, qint64 toMs) const
{
    QList<Candle> out;
    if (m_bars.empty() || toMs < fromMs)
        return out;
    const qint64 first = m_bars.front().candle.ts;
    const qint64 begin = std::max<qint64>(0, (align(fromMs) - first + m_intervalMs - 1) / m_intervalMs);
    for (size_t i = size_t(std::max<qint64>(0, begin)); i < m_bars.size(); ++i) {
        const Candle &c = m_bars[i].candle;
        if (c.ts < fromMs)
            continue;
        if (c.ts > toMs)
            break;
        out.append(c);
    }
    return out;
}

QList<Candle> CandleAggregator::takeChanged()
{
    QList<Candle> out;
    if (m_changed.empty() || m_bars.empty())
        return m_changed.clear(), out;
    std::sort(m_changed.begin(), m_changed.end());
    const qint64 first = m_bars.front().candle.ts;
    out.reserve(qsizetype(m_changed.size()));
    for (qint64 ts : m_changed) {
        const qint64 index = (ts - first) / m_intervalMs;
        if (index < 0 || index >= qint64(m_bars.size()))
            continue; // trimmed meanwhile
        Bar &bar = m_bars[size_t(index)];
        if (!bar.dirty)
            continue;
        bar.dirty = false;
        out.append(bar.candle);
    }
    m_changed.clear();
    return out;
}

void CandleAggregator::clear()
{
    m_bars.clear();
    m_changed.clear();
}
