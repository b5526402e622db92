#pragma once
// A durable JetStream consumer whose messages arrive in batches on the owner's thread.

#include "natsbridge.h"
#include "natsclient.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

struct __natsSubscription;
struct __jsCtx;

/// One stored message as a consumer sees it.
struct RelayMessage {
    QByteArray subject;
    QByteArray payload;
    QByteArray msgId;
    qint64 sourceTimeMs = -1;   ///< Tidewatch-Time header, -1 when absent
    QByteArray upstreamFilter;  ///< Tidewatch-Filter header: the upstream's filter id, empty when none
    qint64 storedAtMs = -1;     ///< when JetStream stored it (Unix ms)
    quint64 streamSeq = 0;      ///< position in the stream
    quint64 pending = 0;        ///< messages after this one not yet delivered to the consumer
    quint64 delivered = 1;      ///< delivery attempt (> 1: redelivered)
};

/// Which consumer to use. The durable name is the desktop's (or runner's) identity: the
/// server remembers its acknowledged position, so a restart resumes there.
struct RelayConsumerSpec {
    QString stream = QStringLiteral("TIDEWATCH");
    QString durable;                               ///< required
    QString filterSubject = QStringLiteral("tidewatch.>"); ///< one subject (nats-server 2.9)
    bool deliverNew = false;   ///< a new consumer starts at the end instead of the beginning
    int maxAckPending = 20000; ///< flow control: the server pauses when this many are unacknowledged
    int ackWaitMs = 30000;
    int maxBatch = 4096;       ///< messages per delivered batch at most
    int apiTimeoutMs = 5000;   ///< each JetStream API request of startInBackground()
    /// Resume right after the last applied position even when the previous run left
    /// messages unacknowledged or the filter changed (the consumer is made again from
    /// there); a missing consumer forgets setResumeAfter(). The desktop's relay uses this.
    bool resumeExactly = false;
};

/// A push consumer with explicit "ack all" acknowledgement. The library delivers on its
/// thread; messages are queued and handed over in batches through messagesReceived() on
/// the owner's thread. When the receivers have returned, the batch is acknowledged (one
/// ack for the batch's last message), so acknowledged means applied.
///
/// Redeliveries of messages at or before the resume position (e.g. applied before a crash
/// but not yet acknowledged) are skipped and counted: together with a position persisted
/// in batchApplied(), a restart neither repeats nor misses a message.
class JetStreamConsumer : public QObject
{
    Q_OBJECT

public:
    explicit JetStreamConsumer(NatsClient *client, QObject *parent = nullptr);
    ~JetStreamConsumer() override;

    /// Messages at or before this stream position are skipped (set from a persisted one).
    void setResumeAfter(quint64 streamSeq) { m_position = streamSeq; }
    /// Finds (or creates) the durable consumer and binds to it before it returns: several
    /// JetStream API round trips, each up to the JetStream timeout. For a headless command;
    /// a window uses startInBackground().
    bool start(const RelayConsumerSpec &spec, QString *error = nullptr);
    /// As start(), but the API requests run on a worker thread, so that a NATS server that
    /// is slow to answer them (or never does) cannot block this thread: returns at once,
    /// and startFinished() tells the outcome on this thread. A start(), stop() or
    /// startInBackground() meanwhile, or the consumer's end, drops the result; a dropped
    /// result closes its subscription itself (its messages stay unacknowledged).
    void startInBackground(const RelayConsumerSpec &spec);
    void stop();
    bool isRunning() const { return m_sub != nullptr; }
    /// True from startInBackground() until its startFinished().
    bool isStarting() const { return m_pendingShared != nullptr; }
    /// True when the last start() created the consumer (first run, or made again).
    bool createdConsumer() const { return m_created; }

    /// Stream position of the last applied message.
    quint64 position() const { return m_position; }
    /// Messages in the stream this consumer has not received yet (the lag).
    quint64 pending() const { return m_pending; }
    qint64 received() const { return m_received; }
    qint64 skippedRedeliveries() const { return m_skipped; }

Q_SIGNALS:
    /// startInBackground() has finished: bound (ok), or why not (error, a sentence).
    void startFinished(bool ok, const QString &error);
    void messagesReceived(const QList<RelayMessage> &batch);
    /// After a batch was handed over and before it is acknowledged: persist lastSeq here.
    void batchApplied(quint64 lastStreamSeq);
    void statsChanged();

public:
    struct Shared; ///< one subscription's queue, shared with the library's message handler

private:
    /// What binding to the consumer gave: the subscription (null on failure, with error).
    struct Bound {
        __natsSubscription *sub = nullptr;
        bool created = false;
        quint64 position = 0;
        QString error;
    };
    /// The API requests of start(): thread-safe, touches nothing of this object.
    static Bound bind(__jsCtx *js, const RelayConsumerSpec &spec, quint64 position, const std::shared_ptr<Shared> &shared);
    std::shared_ptr<Shared> makeShared() const;
    /// Takes a bound subscription (and the JetStream context it was made with, or null).
    void adopt(const Bound &bound, const std::shared_ptr<Shared> &shared, __jsCtx *js);
    /// Hands over the next batch of a subscription's queue: the current one's; a pending
    /// start's waits for its result; one given up is dropped.
    void drain(Shared *from);

    NatsClient *m_client;
    NatsBridgePtr m_bridge;
    std::shared_ptr<Shared> m_shared;        ///< the running subscription's
    std::shared_ptr<Shared> m_pendingShared; ///< startInBackground()'s, until its result
    __natsSubscription *m_sub = nullptr;
    __jsCtx *m_js = nullptr; ///< the context startInBackground() bound with (owned)
    /// Counts start(), startInBackground() and stop(): a late background result is dropped.
    quint64 m_generation = 0;
    RelayConsumerSpec m_spec;
    quint64 m_position = 0;
    quint64 m_pending = 0;
    qint64 m_received = 0;
    qint64 m_skipped = 0;
    bool m_created = false;
};
