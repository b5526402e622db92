#include "tweettimelinemodel.h"

#include <QDateTime>

TweetTimelineModel::TweetTimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_coalesceTimer.setSingleShot(true);
    connect(&m_coalesceTimer, &QTimer::timeout, this, &TweetTimelineModel::flushIncoming);
}

int TweetTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int TweetTimelineModel::ringIndex(int row) const
{
    // Row 0 is the newest: the last written slot.
    return (m_start + m_size - 1 - row) % m_capacity;
}

const Tweet &TweetTimelineModel::at(int row) const
{
    Q_ASSERT(row >= 0 && row < m_size);
    return m_ring[size_t(ringIndex(row))];
}

int TweetTimelineModel::rowOf(const QString &sourceKey, const QString &tweetId) const
{
    for (int row = 0; row < m_size; ++row) {
        const Tweet &t = at(row);
        if (t.tweetId == tweetId && t.sourceKey() == sourceKey)
            return row;
    }
    return -1;
}

QVariant TweetTimelineModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Tweet &t = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole: return t.text;
    case TweetIdRole: return t.tweetId;
    case AuthorRole: return t.author;
    case TweetTypeRole: return t.tweetType;
    case SourceKindRole: return TweetSource::kindId(t.sourceKind);
    case SourceIdRole: return t.sourceId;
    case SourceNameRole: return t.sourceLabel();
    case SourceKeyRole: return t.sourceKey();
    case LatencyRole: return t.latencyMs;
    case DeliveryRole: return t.deliveryMs();
    case DetectedAtRole: return double(t.detectedAtMs);
    case ReceivedAtRole: return double(t.receivedAtMs);
    case TimeTextRole: {
        const qint64 ms = t.detectedAtMs >= 0 ? t.detectedAtMs : t.receivedAtMs;
        return ms < 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms).time().toString(QStringLiteral("HH:mm:ss"));
    }
    case LinkRole: return t.link();
    default: return {};
    }
}

QHash<int, QByteArray> TweetTimelineModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {TweetIdRole, "tweetId"},       {AuthorRole, "author"},         {TextRole, "tweetText"},
        {TweetTypeRole, "tweetType"},   {SourceKindRole, "sourceKind"}, {SourceIdRole, "sourceId"},
        {SourceNameRole, "sourceName"}, {SourceKeyRole, "sourceKey"},   {LatencyRole, "latencyMs"},
        {DeliveryRole, "deliveryMs"},   {DetectedAtRole, "detectedAt"}, {ReceivedAtRole, "receivedAt"},
        {TimeTextRole, "timeText"},     {LinkRole, "link"},
    };
    return names;
}

void TweetTimelineModel::addBatch(const TweetBatch &batch)
{
    if (batch.isEmpty())
        return;
    m_totalReceived += batch.size();
    if (m_paused) {
        holdPending(batch);
        Q_EMIT countChanged(); // totalReceived
        return;
    }
    if (m_coalesceMs <= 0) {
        insertNewest(batch);
        return;
    }
    if (m_incoming.isEmpty())
        m_incoming = batch; // shared, not copied
    else
        m_incoming.append(batch);
    // Older coalesced tweets beyond the cap would be trimmed at once: drop them here.
    if (m_incoming.size() > m_capacity)
        m_incoming.remove(0, m_incoming.size() - m_capacity);
    if (!m_coalesceTimer.isActive())
        m_coalesceTimer.start(m_coalesceMs);
}

void TweetTimelineModel::flushIncoming()
{
    m_coalesceTimer.stop();
    if (m_incoming.isEmpty())
        return;
    TweetBatch batch;
    batch.swap(m_incoming);
    insertNewest(std::move(batch));
}

void TweetTimelineModel::holdPending(const TweetBatch &batch)
{
    m_pending.append(batch);
    // The timeline shows at most `capacity` rows: older held tweets would be trimmed on
    // resume anyway, so memory stays bounded however long the pause.
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    m_pendingCount += int(batch.size());
    Q_EMIT pendingCountChanged();
}

void TweetTimelineModel::insertNewest(TweetBatch batch)
{
    if (batch.size() > m_capacity)
        batch.remove(0, batch.size() - m_capacity);
    const int k = int(batch.size());
    if (k == 0)
        return;

    const int excess = m_size + k - m_capacity;
    if (excess > 0) {
        // The oldest rows are at the bottom.
        beginRemoveRows({}, m_size - excess, m_size - 1);
        m_start = (m_start + excess) % m_capacity;
        m_size -= excess;
        endRemoveRows();
    }

    beginInsertRows({}, 0, k - 1);
    for (Tweet &t : batch) {
        const size_t slot = size_t((m_start + m_size) % m_capacity);
        if (slot == m_ring.size())
            m_ring.push_back(std::move(t));
        else
            m_ring[slot] = std::move(t);
        ++m_size;
    }
    endInsertRows();
    Q_EMIT countChanged();
}

void TweetTimelineModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    if (paused)
        flushIncoming();
    m_paused = paused;
    Q_EMIT pausedChanged();
    if (!paused) {
        TweetBatch held;
        held.swap(m_pending);
        m_pendingCount = 0;
        Q_EMIT pendingCountChanged();
        insertNewest(std::move(held));
    }
}

void TweetTimelineModel::setCapacity(int capacity)
{
    capacity = std::max(1, capacity);
    if (capacity == m_capacity)
        return;
    flushIncoming();
    if (m_size > capacity) {
        beginRemoveRows({}, capacity, m_size - 1);
        m_start = (m_start + (m_size - capacity)) % m_capacity;
        m_size = capacity;
        endRemoveRows();
    }
    // Re-lay the ring out linearly (oldest first) for the new capacity.
    std::vector<Tweet> linear;
    linear.reserve(size_t(m_size));
    for (int row = m_size - 1; row >= 0; --row)
        linear.push_back(std::move(m_ring[size_t(ringIndex(row))]));
    m_ring = std::move(linear);
    m_start = 0;
    m_capacity = capacity;
    if (m_pending.size() > m_capacity)
        m_pending.remove(0, m_pending.size() - m_capacity);
    Q_EMIT capacityChanged();
    Q_EMIT countChanged();
}

void TweetTimelineModel::clear()
{
    beginResetModel();
    m_ring.clear();
    m_ring.shrink_to_fit();
    m_start = 0;
    m_size = 0;
    m_incoming.clear();
    m_pending.clear();
    m_pendingCount = 0;
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT pendingCountChanged();
}
