#include "tweetsourcestatsmodel.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>

namespace {

int kindOrder(TweetSourceKind kind)
{
    switch (kind) {
    case TweetSourceKind::Monitor: return 0;
    case TweetSourceKind::FilterRule: return 1;
    case TweetSourceKind::Other: break;
    }
    return 2;
}

} // namespace

TweetSourceStatsModel::TweetSourceStatsModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, [this] { refreshRates(QDateTime::currentMSecsSinceEpoch()); });
}

int TweetSourceStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TweetSourceStatsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case SourceKeyRole: return r.key;
    case KindRole: return TweetSource::kindId(r.kind);
    case SourceIdRole: return r.id;
    case CountRole: return r.latency.tweets;
    case PerMinuteRole: return r.perMinute;
    case ProviderLatencyRole: return r.latency.providerAverageMs();
    case DeliveryLatencyRole: return r.latency.deliveryAverageMs();
    case LastProviderLatencyRole: return r.latency.providerLastMs;
    case LastDeliveryLatencyRole: return r.latency.deliveryLastMs;
    default: return {};
    }
}

QHash<int, QByteArray> TweetSourceStatsModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {SourceKeyRole, "sourceKey"},
        {KindRole, "kind"},
        {SourceIdRole, "sourceId"},
        {NameRole, "name"},
        {CountRole, "tweets"},
        {PerMinuteRole, "perMinute"},
        {ProviderLatencyRole, "providerLatencyMs"},
        {DeliveryLatencyRole, "deliveryLatencyMs"},
        {LastProviderLatencyRole, "lastProviderLatencyMs"},
        {LastDeliveryLatencyRole, "lastDeliveryLatencyMs"},
    };
    return names;
}

int TweetSourceStatsModel::totalPerMinute() const
{
    int sum = 0;
    for (const Row &r : m_rows)
        sum += r.perMinute;
    return sum;
}

QVariantList TweetSourceStatsModel::sourceList() const
{
    QVariantList list;
    for (const Row &r : m_rows)
        list.append(QVariantMap{{QStringLiteral("key"), r.key},
                                {QStringLiteral("name"), r.name},
                                {QStringLiteral("kind"), TweetSource::kindId(r.kind)}});
    return list;
}

int TweetSourceStatsModel::ensureRow(const Tweet &tweet)
{
    QString key = tweet.sourceKey();
    const int existing = m_rowOfKey.value(key, -1);
    if (existing >= 0)
        return existing;

    Row row;
    row.key = key;
    row.kind = tweet.sourceKind;
    row.id = tweet.sourceId;
    row.name = tweet.sourceLabel();
    if (m_rows.size() >= MaxSources) {
        // A server inventing endless sources must not grow the model without bound.
        key = QStringLiteral("other:*");
        const int overflow = m_rowOfKey.value(key, -1);
        if (overflow >= 0)
            return overflow;
        row.key = key;
        row.kind = TweetSourceKind::Other;
        row.id = QStringLiteral("*");
        row.name = tr("Other sources");
    }
    const auto before = [&row](const Row &other) {
        const int a = kindOrder(row.kind);
        const int b = kindOrder(other.kind);
        return a != b ? a < b : QString::localeAwareCompare(row.name, other.name) < 0;
    };
    const int at = int(std::find_if(m_rows.cbegin(), m_rows.cend(), before) - m_rows.cbegin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, std::move(row));
    // Rows after the insertion point moved: look every row up by identity again.
    m_rowOfKey.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOfKey.insert(m_rows.at(i).key, i);
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT sourcesChanged();
    if (!m_rateTimer.isActive())
        m_rateTimer.start();
    return at;
}

void TweetSourceStatsModel::countAt(Row &row, qint64 second)
{
    if (second > row.newestSecond) {
        // Slots between the old and the new newest second belong to seconds with no tweets.
        const qint64 gap = std::min<qint64>(60, second - row.newestSecond);
        for (qint64 s = 1; s <= gap; ++s)
            row.perSecond[size_t((row.newestSecond + s) % 60)] = 0;
        row.newestSecond = second;
    }
    if (second > row.newestSecond - 60)
        ++row.perSecond[size_t(second % 60)];
}

int TweetSourceStatsModel::windowCount(Row &row, qint64 nowSecond)
{
    if (nowSecond > row.newestSecond) {
        const qint64 gap = std::min<qint64>(60, nowSecond - row.newestSecond);
        for (qint64 s = 1; s <= gap; ++s)
            row.perSecond[size_t((row.newestSecond + s) % 60)] = 0;
        row.newestSecond = nowSecond;
    }
    int sum = 0;
    for (int c : row.perSecond)
        sum += c;
    return sum;
}

void TweetSourceStatsModel::addBatch(const TweetBatch &batch)
{
    if (batch.isEmpty())
        return;
    QSet<QString> touched;
    qint64 newestMs = 0;
    for (const Tweet &t : batch) {
        const int r = ensureRow(t);
        Row &row = m_rows[r];
        row.latency.add(t);
        const qint64 receivedMs = t.receivedAtMs >= 0 ? t.receivedAtMs : QDateTime::currentMSecsSinceEpoch();
        countAt(row, receivedMs / 1000);
        newestMs = std::max(newestMs, receivedMs);
        touched.insert(row.key);
    }
    m_total += batch.size();
    QList<int> rows;
    for (const QString &key : std::as_const(touched)) {
        const int r = m_rowOfKey.value(key);
        m_rows[r].perMinute = windowCount(m_rows[r], newestMs / 1000);
        rows.append(r);
    }
    emitRowsChanged(rows, {CountRole, PerMinuteRole, ProviderLatencyRole, DeliveryLatencyRole,
                           LastProviderLatencyRole, LastDeliveryLatencyRole});
    Q_EMIT totalsChanged();
}

void TweetSourceStatsModel::refreshRates(qint64 nowMs)
{
    QList<int> changed;
    for (int r = 0; r < m_rows.size(); ++r) {
        const int perMinute = windowCount(m_rows[r], nowMs / 1000);
        if (perMinute != m_rows[r].perMinute) {
            m_rows[r].perMinute = perMinute;
            changed.append(r);
        }
    }
    if (changed.isEmpty())
        return;
    emitRowsChanged(changed, {PerMinuteRole});
    Q_EMIT totalsChanged();
}

void TweetSourceStatsModel::emitRowsChanged(const QList<int> &rows, const QList<int> &roles)
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    // One dataChanged per contiguous run of rows.
    for (qsizetype i = 0; i < sorted.size();) {
        qsizetype j = i;
        while (j + 1 < sorted.size() && sorted.at(j + 1) == sorted.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(sorted.at(i)), index(sorted.at(j)), roles);
        i = j + 1;
    }
}

void TweetSourceStatsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_rowOfKey.clear();
    m_total = 0;
    endResetModel();
    m_rateTimer.stop();
    Q_EMIT countChanged();
    Q_EMIT totalsChanged();
    Q_EMIT sourcesChanged();
}
