#include "priceboardmodel.h"

#include <cmath>

PriceBoardModel::PriceBoardModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_monotonic.start();
    m_clock = [this] { return m_monotonic.elapsed(); };
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &PriceBoardModel::flush);
    m_ageTimer.setInterval(1000);
    connect(&m_ageTimer, &QTimer::timeout, this, &PriceBoardModel::refreshAges);
}

int PriceBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> PriceBoardModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {SymbolRole, "symbol"},
        {PriceRole, "price"},
        {HasPriceRole, "hasPrice"},
        {ChangeSinceSubscribeRole, "changeSinceSubscribe"},
        {ChangeHourRole, "changeHour"},
        {HourCoverageMinutesRole, "hourCoverageMinutes"},
        {SparklineRole, "sparkline"},
        {SourceRole, "source"},
        {LastUpdateRole, "lastUpdate"},
        {AgeMsRole, "ageMs"},
        {StaleRole, "stale"},
        {LiveRole, "live"},
        {UpdatesRole, "updates"},
    };
    return names;
}

QVariant PriceBoardModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row &r = m_rows.at(index.row());
    const bool has = !std::isnan(r.price);
    switch (role) {
    case SymbolRole: return r.symbol;
    case PriceRole: return r.price;
    case HasPriceRole: return has;
    case ChangeSinceSubscribeRole:
        return has && r.firstPrice > 0 ? (r.price - r.firstPrice) / r.firstPrice * 100.0 : 0.0;
    case ChangeHourRole: {
        if (!has || r.history.empty() || r.history.front().price <= 0)
            return 0.0;
        return (r.price - r.history.front().price) / r.history.front().price * 100.0;
    }
    case HourCoverageMinutesRole:
        return r.history.empty() ? 0 : int((r.history.back().t - r.history.front().t) / 60000);
    case SparklineRole: return QVariant::fromValue(r.spark);
    case SourceRole: return r.source;
    case LastUpdateRole: return r.lastUpdate;
    case AgeMsRole: return r.receivedAt < 0 ? qint64(-1) : now() - r.receivedAt;
    case StaleRole: return isStale(r);
    case LiveRole: return r.live;
    case UpdatesRole: return r.updates;
    default: return {};
    }
}

bool PriceBoardModel::isStale(const Row &row) const
{
    if (row.receivedAt < 0)
        return false;
    return now() - row.receivedAt > 2 * qint64(m_intervalMs);
}

void PriceBoardModel::setUpdateIntervalMs(int ms)
{
    ms = std::max(100, ms);
    if (ms == m_intervalMs)
        return;
    m_intervalMs = ms;
    Q_EMIT updateIntervalMsChanged();
    refreshAges();
}

void PriceBoardModel::reindex()
{
    m_index.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows.at(i).symbol, i);
}

void PriceBoardModel::addSymbols(const QStringList &symbols)
{
    QStringList fresh;
    for (const QString &s : Predikt::normalizeSymbols(symbols)) {
        if (!m_index.contains(s))
            fresh << s;
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (const QString &s : std::as_const(fresh)) {
        Row row;
        row.symbol = s;
        m_index.insert(s, int(m_rows.size()));
        m_rows.append(std::move(row));
    }
    endInsertRows();
    if (!m_ageTimer.isActive())
        m_ageTimer.start();
    Q_EMIT countChanged();
}

void PriceBoardModel::removeSymbols(const QStringList &symbols)
{
    bool removed = false;
    for (const QString &s : Predikt::normalizeSymbols(symbols)) {
        const int row = m_index.value(s, -1);
        if (row < 0)
            continue;
        flush(); // pending dirty ranges refer to rows that are about to move
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        reindex();
        endRemoveRows();
        removed = true;
    }
    if (!removed)
        return;
    if (m_rows.isEmpty())
        m_ageTimer.stop();
    Q_EMIT countChanged();
}

void PriceBoardModel::setSymbols(const QStringList &symbols)
{
    const QStringList wanted = Predikt::normalizeSymbols(symbols);
    QStringList gone;
    for (const Row &r : std::as_const(m_rows)) {
        if (!wanted.contains(r.symbol))
            gone << r.symbol;
    }
    removeSymbols(gone);
    addSymbols(wanted);
}

QStringList PriceBoardModel::symbols() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out << r.symbol;
    return out;
}

void PriceBoardModel::setLive(const QStringList &symbols)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const bool live = symbols.contains(m_rows.at(i).symbol);
        if (live != m_rows.at(i).live) {
            m_rows[i].live = live;
            const QModelIndex idx = index(i);
            Q_EMIT dataChanged(idx, idx, {LiveRole});
        }
    }
    Q_EMIT countChanged();
}

int PriceBoardModel::liveCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.live ? 1 : 0;
    return n;
}

void PriceBoardModel::applyTick(const Predikt::PriceTick &tick)
{
    const auto it = m_index.constFind(tick.symbol);
    if (it == m_index.cend())
        return;
    const int i = *it;
    Row &r = m_rows[i];
    r.price = tick.price;
    if (std::isnan(r.firstPrice))
        r.firstPrice = tick.price;
    if (r.source != tick.source)
        r.source = tick.source;
    r.lastUpdate = tick.timestampMs;
    r.receivedAt = now();
    ++r.updates;
    ++m_totalUpdates;

    // 1 h history on the server's clock; keep one point at or before the cutoff so the
    // change is measured against the price an hour ago.
    const qint64 t = tick.timestampMs >= 0 ? tick.timestampMs : (r.history.empty() ? 0 : r.history.back().t);
    r.history.push_back({t, tick.price});
    const qint64 cutoff = t - HourMs;
    while (r.history.size() > 1 && (r.history[1].t <= cutoff || r.history.size() > size_t(HistoryCap)))
        r.history.pop_front();

    if (r.spark.size() >= SparklinePoints)
        r.spark.removeFirst();
    r.spark.append(tick.price);
    markDirty(i);
}

void PriceBoardModel::applyTicks(const QList<Predikt::PriceTick> &ticks)
{
    for (const Predikt::PriceTick &t : ticks)
        applyTick(t);
}

void PriceBoardModel::markDirty(int row)
{
    if (m_dirtyFirst < 0) {
        m_dirtyFirst = m_dirtyLast = row;
        m_coalesce.start();
        return;
    }
    m_dirtyFirst = std::min(m_dirtyFirst, row);
    m_dirtyLast = std::max(m_dirtyLast, row);
}

void PriceBoardModel::flush()
{
    m_coalesce.stop();
    if (m_dirtyFirst < 0)
        return;
    const int first = m_dirtyFirst;
    const int last = std::min(m_dirtyLast, int(m_rows.size()) - 1);
    m_dirtyFirst = m_dirtyLast = -1;
    for (int i = first; i <= last; ++i)
        m_rows[i].stale = isStale(m_rows.at(i));
    if (first <= last) {
        static const QList<int> roles = {PriceRole, HasPriceRole, ChangeSinceSubscribeRole, ChangeHourRole,
                                         HourCoverageMinutesRole, SparklineRole, SourceRole, LastUpdateRole,
                                         AgeMsRole, StaleRole, UpdatesRole};
        Q_EMIT dataChanged(index(first), index(last), roles);
    }
    Q_EMIT totalUpdatesChanged();
}

void PriceBoardModel::refreshAges()
{
    if (m_rows.isEmpty())
        return;
    bool staleFlipped = false;
    for (Row &r : m_rows) {
        const bool stale = isStale(r);
        staleFlipped |= stale != r.stale;
        r.stale = stale;
    }
    QList<int> roles = {AgeMsRole};
    if (staleFlipped)
        roles << StaleRole;
    Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), roles);
}
