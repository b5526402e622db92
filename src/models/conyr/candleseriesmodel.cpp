#include "candleseriesmodel.h"

#include <QVariantMap>
#include <algorithm>

using Conyr::Candle;

namespace {
constexpr int FrameMs = 16;
constexpr size_t MaxPending = 20000; // a flood between two frames cannot grow without bound
} // namespace

CandleSeriesModel::CandleSeriesModel(QObject *parent, int cap)
    : QAbstractListModel(parent)
    , m_cap(std::max(2, cap))
{
    m_frame.setSingleShot(true);
    m_frame.setInterval(FrameMs);
    connect(&m_frame, &QTimer::timeout, this, &CandleSeriesModel::flush);
}

int CandleSeriesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bars.size());
}

QVariant CandleSeriesModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (!index.isValid() || index.row() >= int(m_bars.size()))
        return {};
    const Candle &c = m_bars[size_t(index.row())];
    switch (role) {
    case TimestampRole: return c.ts;
    case OpenRole: return c.open;
    case HighRole: return c.high;
    case LowRole: return c.low;
    case CloseRole: return c.close;
    case VolumeRole: return c.volume;
    case TradesRole: return c.trades;
    case ClosedRole: return c.closed;
    case GapBeforeRole: return bool(m_gapBefore[size_t(index.row())]);
    default: return {};
    }
}

QHash<int, QByteArray> CandleSeriesModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {TimestampRole, "timestamp"}, {OpenRole, "open"},     {HighRole, "high"},
        {LowRole, "low"},             {CloseRole, "close"},   {VolumeRole, "volume"},
        {TradesRole, "trades"},       {ClosedRole, "closed"}, {GapBeforeRole, "gapBefore"},
    };
    return names;
}

QVariantList CandleSeriesModel::gapList() const
{
    QVariantList out;
    out.reserve(m_gaps.size());
    for (const Gap &g : m_gaps) {
        out.append(QVariantMap{{QStringLiteral("start"), double(g.startMs)},
                               {QStringLiteral("end"), double(g.endMs)},
                               {QStringLiteral("bars"), double(g.bars)}});
    }
    return out;
}

bool CandleSeriesModel::supersedes(const Candle &incoming, const Candle &existing)
{
    if (existing.closed && !incoming.closed)
        return false;
    if (incoming.closed && !existing.closed)
        return true;
    return incoming.trades >= existing.trades;
}

void CandleSeriesModel::reset(const QString &channel, qint64 intervalMs)
{
    m_frame.stop();
    beginResetModel();
    m_channel = channel;
    m_intervalMs = std::max<qint64>(1, intervalMs);
    m_bars.clear();
    m_gapBefore.clear();
    m_pending.clear();
    endResetModel();
    const bool hadGaps = !m_gaps.isEmpty();
    m_gaps.clear();
    Q_EMIT seriesChanged();
    Q_EMIT countChanged();
    if (hadGaps)
        Q_EMIT gapsChanged();
    Q_EMIT updated();
}

void CandleSeriesModel::schedule()
{
    if (m_pending.size() > MaxPending) {
        // Keep the newest bars; the oldest queued ones would be trimmed by the cap anyway.
        std::stable_sort(m_pending.begin(), m_pending.end(), [](const Candle &a, const Candle &b) { return a.ts < b.ts; });
        m_pending.erase(m_pending.begin(), m_pending.end() - qsizetype(MaxPending / 2));
    }
    if (!m_frame.isActive())
        m_frame.start();
}

void CandleSeriesModel::addLive(const Candle &candle)
{
    m_pending.push_back(candle);
    schedule();
}

void CandleSeriesModel::addBar(double ts, double open, double high, double low, double close, double volume,
                               bool closed)
{
    if (!(ts > 0) || !(low <= high) || open < low || open > high || close < low || close > high)
        return;
    addLive({qint64(ts), open, high, low, close, std::max(0.0, volume), 1, closed});
}

void CandleSeriesModel::addBackfill(const QList<Candle> &candles)
{
    m_pending.insert(m_pending.end(), candles.cbegin(), candles.cend());
    schedule();
}

void CandleSeriesModel::flush()
{
    m_frame.stop();
    if (m_pending.empty())
        return;
    std::vector<Candle> pending;
    pending.swap(m_pending);
    // Stable: of two updates to one bar, the later arrival is merged last.
    std::stable_sort(pending.begin(), pending.end(), [](const Candle &a, const Candle &b) { return a.ts < b.ts; });

    const int countBefore = int(m_bars.size());
    qint64 minChangedTs = std::numeric_limits<qint64>::max();
    qint64 maxChangedTs = std::numeric_limits<qint64>::min();
    size_t i = 0;
    while (i < pending.size()) {
        const Candle &c = pending[i];
        auto pos = std::lower_bound(m_bars.begin(), m_bars.end(), c.ts,
                                    [](const Candle &bar, qint64 ts) { return bar.ts < ts; });
        if (pos != m_bars.end() && pos->ts == c.ts) {
            if (supersedes(c, *pos) && !(*pos == c)) {
                *pos = c;
                minChangedTs = std::min(minChangedTs, c.ts);
                maxChangedTs = std::max(maxChangedTs, c.ts);
            }
            ++i;
            continue;
        }
        // A run of new bars that all go before the same existing bar: one insert.
        const qint64 limit = pos == m_bars.end() ? std::numeric_limits<qint64>::max() : pos->ts;
        std::vector<Candle> run;
        while (i < pending.size() && pending[i].ts < limit) {
            if (!run.empty() && run.back().ts == pending[i].ts) {
                if (supersedes(pending[i], run.back()))
                    run.back() = pending[i];
            } else {
                run.push_back(pending[i]);
            }
            ++i;
        }
        const int row = int(pos - m_bars.begin());
        beginInsertRows({}, row, row + int(run.size()) - 1);
        m_bars.insert(m_bars.begin() + row, run.begin(), run.end());
        m_gapBefore.insert(m_gapBefore.begin() + row, run.size(), false);
        endInsertRows();
    }
    if (minChangedTs <= maxChangedTs) {
        auto rowOf = [this](qint64 ts) {
            return int(std::lower_bound(m_bars.begin(), m_bars.end(), ts,
                                        [](const Candle &bar, qint64 t) { return bar.ts < t; })
                       - m_bars.begin());
        };
        static const QList<int> valueRoles = {OpenRole, HighRole, LowRole, CloseRole, VolumeRole, TradesRole, ClosedRole};
        Q_EMIT dataChanged(index(rowOf(minChangedTs)), index(rowOf(maxChangedTs)), valueRoles);
    }
    trimToCap();
    updateGaps();
    if (int(m_bars.size()) != countBefore)
        Q_EMIT countChanged();
    Q_EMIT updated();
}

void CandleSeriesModel::trimToCap()
{
    if (int(m_bars.size()) <= m_cap)
        return;
    const int excess = int(m_bars.size()) - m_cap;
    beginRemoveRows({}, 0, excess - 1);
    m_bars.erase(m_bars.begin(), m_bars.begin() + excess);
    m_gapBefore.erase(m_gapBefore.begin(), m_gapBefore.begin() + excess);
    endRemoveRows();
}

void CandleSeriesModel::updateGaps()
{
    QList<Gap> gaps;
    int firstChanged = -1;
    int lastChanged = -1;
    for (size_t row = 0; row < m_bars.size(); ++row) {
        bool gap = false;
        if (row > 0) {
            const qint64 step = m_bars[row].ts - m_bars[row - 1].ts;
            if (step > m_intervalMs) {
                gap = true;
                gaps.append({m_bars[row - 1].ts + m_intervalMs, m_bars[row].ts, step / m_intervalMs - 1});
            }
        }
        if (m_gapBefore[row] != gap) {
            m_gapBefore[row] = gap;
            if (firstChanged < 0)
                firstChanged = int(row);
            lastChanged = int(row);
        }
    }
    if (firstChanged >= 0)
        Q_EMIT dataChanged(index(firstChanged), index(lastChanged), {GapBeforeRole});
    const bool changed = gaps.size() != m_gaps.size()
        || !std::equal(gaps.cbegin(), gaps.cend(), m_gaps.cbegin(), [](const Gap &a, const Gap &b) {
               return a.startMs == b.startMs && a.endMs == b.endMs;
           });
    m_gaps = gaps;
    if (changed)
        Q_EMIT gapsChanged();
}

QVariantList CandleSeriesModel::lastBars(int count) const
{
    QVariantList out;
    const size_t n = std::min(m_bars.size(), size_t(std::max(0, count)));
    out.reserve(qsizetype(n));
    for (size_t i = m_bars.size() - n; i < m_bars.size(); ++i) {
        const Conyr::Candle &c = m_bars[i];
        out << QVariantMap{{QStringLiteral("t"), double(c.ts)}, {QStringLiteral("o"), c.open},
                           {QStringLiteral("h"), c.high},        {QStringLiteral("l"), c.low},
                           {QStringLiteral("c"), c.close},       {QStringLiteral("v"), c.volume}};
    }
    return out;
}
