#pragma once
// One Allium data stream (…/ws/stream?topic=<chain>.<type>): filter, start/stop, typed
// record batches, and block gap / re-org detection for *.blocks topics.

#include "alliumcodec.h"
#include "core/connection.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <optional>

/// Streams one topic over its own Connection. The wanted state (filter, started) lives
/// here and is restored after every reconnect: setFilter (when set) first, then start.
/// stop() pauses delivery without disconnecting; records the server had already sent
/// before it saw the stop are dropped and counted.
///
/// Records arrive in batches (one signal per event-loop turn, not per record). On *.blocks
/// topics without a filter, each record is checked against the previous ones: a jump in
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

    qint64 recordsReceived() const { return m_records; }
    qint64 badFrames() const { return m_badFrames; }
    qint64 droppedWhileStopped() const { return m_droppedWhileStopped; }
    qint64 gaps() const { return m_gaps; }
    qint64 reorgs() const { return m_reorgs; }
    QString lastNotice() const { return m_lastNotice; }

    /// Sets (or with nullopt clears) the server-side filter. When open it is sent at once;
    /// clearing a filter reopens the stream, since the protocol has no "clear" message.
    void setFilter(const std::optional<AlliumFilter> &filter);

public Q_SLOTS:
    void open();
    void close();
    void start();
    void stop();

Q_SIGNALS:
    void recordsArrived(const QList<AlliumRecord> &records);
    void startedChanged(bool started);
    void filterChanged();
    /// A server notice or error message (plain text).
    void noticeReceived(const QString &text);
    void countsChanged();

private:
    void onOpened();
    void onMessage(const QByteArray &payload);
    void annotateBlock(AlliumRecord &record);
    void flush();

    QPointer<Connection> m_connection;
    AlliumTopic m_topic;
    std::optional<AlliumFilter> m_filter;
    bool m_started = false;
    QList<AlliumRecord> m_batch;
    bool m_flushScheduled = false;
    qint64 m_sequence = 0;
    qint64 m_records = 0;
    qint64 m_badFrames = 0;
    qint64 m_droppedWhileStopped = 0;
    qint64 m_gaps = 0;
    qint64 m_reorgs = 0;
    QString m_lastNotice;
    // Block tracking
    qint64 m_lastNumber = -1;
    QString m_lastHash;
    QHash<qint64, QString> m_recentHashes;
};
