#pragma once
// One Allium data stream (…/ws/stream?topic=<chain>.<type>): filter, start/stop, typed
// record batches, and block gap / re-org detection for *.blocks topics.

#include "alliumcodec.h"
#include "core/connection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

/// Streams one topic over a Connection. The wanted state (filter, started) lives here and
/// is restored after every reconnect: setFilter (when set) first, then start. stop()
/// pauses delivery without disconnecting; records the server had already sent before it
/// saw the stop are dropped and counted. Changing the filter of a running stream sends
/// stop, setFilter, start (the documented order); records still in flight under the old
/// filter are told apart by evaluating the new filter locally for a moment after the
/// change, dropped and counted (droppedOldFilter()).
///
/// Pausing is not an outage: isPaused() says the user asked for no data (alert rules on
/// silence and the UI's staleness read it), and the first record after a resume or a
/// filter change carries AlliumRecord::resumed, so the blocks produced meanwhile are not
/// reported as a gap.
///
/// Wrapped records ({payload, source}, the Hyperliquid topics) are unwrapped by the codec;
/// for a topic that wraps its records (AlliumTopic::wrapsRecords()) the filter goes to the
/// server addressed through the wrapper (AlliumFilter::throughEnvelope()), so a filter is
/// written on the fields the table shows ("coin") and still matches on the server.
///
/// Records arrive in batches (one signal per event-loop turn, not per record). On *.blocks
/// topics without a filter (their own or an upstream's, setUpstreamFilter()), each record is checked against the previous ones: a jump in
/// the block number is a gap, a known number with another hash or a parent hash that
/// does not match the previous block is a re-org; the record carries the annotation.
class AlliumStreamClient : public QObject
{
    Q_OBJECT
public:
    /// The configuration of a topic's connection: config.url is the stream endpoint, the
    /// topic is added to its query; the connection is named after the topic unless named.
    static ConnectionConfig connectionConfig(ConnectionConfig config, const AlliumTopic &topic);

    /// Streams the topic over a connection the caller owns (see connectionConfig()): a live
    /// socket, or one that replays a recording or a relay.
    AlliumStreamClient(Connection *connection, const AlliumTopic &topic, QObject *parent = nullptr);
    ~AlliumStreamClient() override;

    /// The endpoint with ?topic=<topic> set (other query items kept).
    static QUrl streamUrl(const QUrl &endpoint, const QString &topic);

    Connection *connection() const { return m_connection; }
    AlliumTopic topic() const { return m_topic; }
    std::optional<AlliumFilter> filter() const { return m_filter; }
    bool isStarted() const { return m_started; }
    /// True while the user has the stream stopped (or never started it): no data is
    /// expected, so silence is not staleness.
    bool isPaused() const { return !m_started; }
    /// Unix ms since when the stream is paused; -1 while started.
    qint64 pausedSinceMs() const { return m_started ? -1 : m_pausedSinceMs; }
    /// The filter exactly as sent to the server (through the wrapper on wrapped topics).
    std::optional<AlliumFilter> serverFilter() const;

    qint64 recordsReceived() const { return m_records; }
    qint64 badFrames() const { return m_badFrames; }
    qint64 droppedWhileStopped() const { return m_droppedWhileStopped; }
    /// Records that arrived just after a filter change and did not match the new filter.
    qint64 droppedOldFilter() const { return m_droppedOldFilter; }
    qint64 gaps() const { return m_gaps; }
    qint64 reorgs() const { return m_reorgs; }
    QString lastNotice() const { return m_lastNotice; }

    /// Sets (or with nullopt clears) the server-side filter. When open it is sent at once,
    /// wrapped in stop … start if the stream is running; clearing a filter reopens the
    /// stream, since the protocol has no "clear" message.
    void setFilter(const std::optional<AlliumFilter> &filter);
    /// The id of a filter the records were selected by before they reached this client (a
    /// relay's, which this client does not apply itself); empty: none. Like a filter of its
    /// own, it turns gap and re-org detection off; another id forgets the blocks seen so far.
    void setUpstreamFilter(const QByteArray &filterId);
    QByteArray upstreamFilter() const { return m_upstreamFilter; }
    /// How long after a filter change records are checked against the new filter.
    static constexpr int FilterSettleMs = 2000;

public Q_SLOTS:
    void open();
    void close();
    void start();
    void stop();
    /// Emits the records batched so far now instead of on the next event-loop turn: a relay
    /// feed does before the batch it delivered is acknowledged, so that acknowledged means
    /// handed over.
    void flush();

Q_SIGNALS:
    void recordsArrived(const QList<AlliumRecord> &records);
    void startedChanged(bool started);
    /// isPaused() changed (always together with startedChanged).
    void pausedChanged(bool paused);
    void filterChanged();
    /// A server notice or error message (plain text).
    void noticeReceived(const QString &text);
    void countsChanged();

private:
    bool isOpen() const;
    void onOpened();
    void onMessage(const QByteArray &payload);
    void annotateBlock(AlliumRecord &record);
    void forgetChain();

    QPointer<Connection> m_connection;
    AlliumTopic m_topic;
    std::optional<AlliumFilter> m_filter;
    QByteArray m_upstreamFilter;
    bool m_started = false;
    QList<AlliumRecord> m_batch;
    bool m_flushScheduled = false;
    qint64 m_sequence = 0;
    qint64 m_records = 0;
    qint64 m_badFrames = 0;
    qint64 m_droppedWhileStopped = 0;
    qint64 m_droppedOldFilter = 0;
    qint64 m_pausedSinceMs = 0;
    bool m_resumePending = false;   // the next record is the first after a pause or filter change
    QElapsedTimer m_settleClock;    // valid while records are checked against a new filter
    qint64 m_gaps = 0;
    qint64 m_reorgs = 0;
    QString m_lastNotice;
    // Block tracking
    qint64 m_lastNumber = -1;
    QString m_lastHash;
    QHash<qint64, QString> m_recentHashes;
};
