#include "alliumstreamclient.h"

#include "alliumclose.h"
#include "core/jsonnumbers.h"

#include <QDateTime>
#include <QUrlQuery>

namespace {
constexpr int MaxBatch = 8192;
constexpr int RecentBlocks = 256;
} // namespace

ConnectionConfig AlliumStreamClient::connectionConfig(ConnectionConfig config, const AlliumTopic &topic)
{
    config.url = streamUrl(config.url, topic.name());
    if (config.name.isEmpty())
        config.name = topic.name();
    return config;
}

AlliumStreamClient::AlliumStreamClient(Connection *connection, const AlliumTopic &topic, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_topic(topic)
    , m_pausedSinceMs(QDateTime::currentMSecsSinceEpoch())
{
    Q_ASSERT(connection);
    connect(m_connection, &Connection::opened, this, &AlliumStreamClient::onOpened);
    connect(m_connection, &Connection::messageReceived, this, &AlliumStreamClient::onMessage);
    m_connection->setCloseClassifier(&AlliumClose::classify); // captures nothing: may outlive us
}

AlliumStreamClient::~AlliumStreamClient() = default;

QUrl AlliumStreamClient::streamUrl(const QUrl &endpoint, const QString &topic)
{
    QUrl url = endpoint;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("topic"));
    query.addQueryItem(QStringLiteral("topic"), topic);
    url.setQuery(query);
    return url;
}

std::optional<AlliumFilter> AlliumStreamClient::serverFilter() const
{
    if (!m_filter)
        return std::nullopt;
    return m_topic.wrapsRecords() ? m_filter->throughEnvelope() : *m_filter;
}

void AlliumStreamClient::open()
{
    if (m_connection)
        m_connection->open();
}

void AlliumStreamClient::close()
{
    flush();
    if (m_connection)
        m_connection->close();
}

bool AlliumStreamClient::isOpen() const
{
    return m_connection && m_connection->state() == Connection::State::Open;
}

void AlliumStreamClient::onOpened()
{
    // Restore what the user asked for: the filter first, so that start never delivers
    // unfiltered records.
    if (const std::optional<AlliumFilter> f = serverFilter())
        m_connection->sendText(AlliumCodec::encodeSetFilter(*f));
    if (m_started)
        m_connection->sendText(AlliumCodec::encodeStart());
}

void AlliumStreamClient::start()
{
    const bool changed = !m_started;
    m_started = true;
    if (changed)
        m_resumePending = true; // what the chain did while paused was not asked for
    if (isOpen())
        m_connection->sendText(AlliumCodec::encodeStart());
    if (changed) {
        Q_EMIT startedChanged(true);
        Q_EMIT pausedChanged(false);
    }
}

void AlliumStreamClient::stop()
{
    if (!m_started)
        return;
    m_started = false;
    m_pausedSinceMs = QDateTime::currentMSecsSinceEpoch();
    if (isOpen())
        m_connection->sendText(AlliumCodec::encodeStop());
    flush();
    Q_EMIT startedChanged(false);
    Q_EMIT pausedChanged(true);
}

void AlliumStreamClient::forgetChain()
{
    m_lastNumber = -1;
    m_lastHash.clear();
    m_recentHashes.clear();
}

void AlliumStreamClient::setFilter(const std::optional<AlliumFilter> &filter)
{
    const bool clearing = m_filter && !filter;
    m_filter = filter;
    // A filtered stream skips blocks on purpose: forget the chain so no false gap shows.
    forgetChain();
    m_resumePending = true;
    if (isOpen()) {
        if (const std::optional<AlliumFilter> f = serverFilter()) {
            // The documented way to change the filter of a running stream: stop, setFilter, start.
            if (m_started)
                m_connection->sendText(AlliumCodec::encodeStop());
            m_connection->sendText(AlliumCodec::encodeSetFilter(*f));
            if (m_started) {
                m_connection->sendText(AlliumCodec::encodeStart());
                m_settleClock.start(); // records sent before the server saw the stop may follow
            }
        } else if (clearing) {
            m_settleClock.invalidate();
            m_connection->close();
            m_connection->open(); // onOpened() restores the started state
        }
    }
    Q_EMIT filterChanged();
}

void AlliumStreamClient::setUpstreamFilter(const QByteArray &filterId)
{
    if (filterId == m_upstreamFilter)
        return;
    m_upstreamFilter = filterId;
    forgetChain(); // blocks seen under another selection say nothing about the next one
}

void AlliumStreamClient::onMessage(const QByteArray &payload)
{
    AlliumCodec::StreamFrame frame = AlliumCodec::decodeStreamFrame(payload, m_topic.kind);
    if (!frame.error.isEmpty()) {
        ++m_badFrames;
        Q_EMIT countsChanged();
        return;
    }
    if (!frame.notice.isEmpty()) {
        m_lastNotice = frame.notice;
        Q_EMIT noticeReceived(frame.notice);
        return;
    }
    if (!m_started) {
        m_droppedWhileStopped += frame.records.size();
        Q_EMIT countsChanged();
        return;
    }
    const bool settling = m_settleClock.isValid() && m_filter;
    if (settling && m_settleClock.elapsed() > FilterSettleMs)
        m_settleClock.invalidate();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 kept = 0;
    for (AlliumRecord &record : frame.records) {
        if (settling && m_settleClock.isValid() && !m_filter->matches(record.wireObject())) {
            ++m_droppedOldFilter; // sent under the old filter before the server saw the change
            continue;
        }
        record.sequence = ++m_sequence;
        record.receivedMs = now;
        if (m_resumePending) {
            record.resumed = true;
            m_resumePending = false;
        }
        if (m_topic.kind == AlliumTopic::Kind::Blocks && !m_filter && m_upstreamFilter.isEmpty())
            annotateBlock(record);
        m_batch.append(std::move(record));
        ++kept;
    }
    m_records += kept;
    if (kept < frame.records.size())
        Q_EMIT countsChanged();
    if (m_batch.size() >= MaxBatch) {
        flush();
    } else if (!m_batch.isEmpty() && !m_flushScheduled) {
        m_flushScheduled = true;
        QMetaObject::invokeMethod(this, &AlliumStreamClient::flush, Qt::QueuedConnection);
    }
}

void AlliumStreamClient::annotateBlock(AlliumRecord &record)
{
    const qint64 n = record.blockNumber;
    // The codec keeps block numbers within 2^53 (JsonNumbers), so m_lastNumber + 1 and the
    // differences below cannot overflow; a record built some other way is held to the same.
    if (n < 0 || n > JsonNumbers::MaxExactInteger)
        return;
    if (m_lastNumber >= 0 && record.resumed && n > m_lastNumber && n - m_lastNumber > 1) {
        // Resumed after a pause: the blocks produced meanwhile were not asked for.
        record.note = n - m_lastNumber - 1 == 1
            ? tr("Resumed after a pause (block #%1 was produced meanwhile)").arg(m_lastNumber + 1)
            : tr("Resumed after a pause (blocks #%1–#%2 were produced meanwhile)").arg(m_lastNumber + 1).arg(n - 1);
    } else if (m_lastNumber >= 0) {
        if (n == m_lastNumber + 1) {
            if (!record.parentHash.isEmpty() && !m_lastHash.isEmpty()
                && !AlliumCodec::sameHex(record.parentHash, m_lastHash)) {
                record.reorg = true;
                record.note = tr("Re-org: the parent of #%1 is not the block seen before it").arg(n);
            }
        } else if (n > m_lastNumber + 1) {
            record.gapBefore = n - m_lastNumber - 1;
            record.note = record.gapBefore == 1 ? tr("Gap: block #%1 is missing").arg(m_lastNumber + 1)
                                                : tr("Gap: %1 blocks missing (#%2–#%3)")
                                                      .arg(record.gapBefore).arg(m_lastNumber + 1).arg(n - 1);
        } else {
            const auto known = m_recentHashes.constFind(n);
            if (known != m_recentHashes.constEnd() && !AlliumCodec::sameHex(*known, record.hash)) {
                record.reorg = true;
                record.note = tr("Re-org: block #%1 replaced (was %2…)").arg(n).arg(known->left(12));
            } else if (known != m_recentHashes.constEnd()) {
                record.note = tr("Duplicate of block #%1").arg(n);
            } else {
                record.note = tr("Out of order: #%1 after #%2").arg(n).arg(m_lastNumber);
            }
        }
    }
    if (record.gapBefore > 0)
        ++m_gaps;
    if (record.reorg)
        ++m_reorgs;
    m_lastNumber = n;
    m_lastHash = record.hash;
    m_recentHashes.insert(n, record.hash);
    if (m_recentHashes.size() > RecentBlocks)
        m_recentHashes.remove(n - RecentBlocks);
    if (m_recentHashes.size() > RecentBlocks * 2)
        m_recentHashes.clear(); // numbers jumped around a lot; start over
}

void AlliumStreamClient::flush()
{
    m_flushScheduled = false;
    if (m_batch.isEmpty())
        return;
    QList<AlliumRecord> batch;
    batch.swap(m_batch);
    Q_EMIT recordsArrived(batch);
    Q_EMIT countsChanged();
}
