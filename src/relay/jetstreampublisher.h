#pragma once
// Asynchronous JetStream publishing with a bounded local buffer.

#include "natsbridge.h"
#include "natsclient.h"

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <deque>
#include <utility>

/// One message for the stream: its subject, payload, the id JetStream de-duplicates on
/// (Nats-Msg-Id), the source's timestamp (Tidewatch-Time header, Unix ms; -1: none) and the
/// id of the filter the upstream selected it by (Tidewatch-Filter header; empty: none).
struct RelayOutgoing {
    RelayOutgoing() = default;
    RelayOutgoing(QByteArray subject, QByteArray payload, QByteArray msgId, qint64 sourceTimeMs,
                  QByteArray upstreamFilter = {})
        : subject(std::move(subject))
        , payload(std::move(payload))
        , msgId(std::move(msgId))
        , sourceTimeMs(sourceTimeMs)
        , upstreamFilter(std::move(upstreamFilter))
    {
    }
    QByteArray subject;
    QByteArray payload;
    QByteArray msgId;
    qint64 sourceTimeMs = -1;
    QByteArray upstreamFilter;
};

/// Publishes to JetStream without blocking the caller's thread. Messages go out at once
/// while NATS is connected and fewer than maxInFlight await their acknowledgement;
/// otherwise they wait in a local buffer of at most bufferLimit messages — when it is
/// full the oldest are dropped and counted, and the loss is reported (lossReported) when
/// publishing resumes. A message whose acknowledgement fails or times out (e.g. the
/// server went away) goes back into the buffer and is sent again with the same id, so
/// JetStream stores it once.
class JetStreamPublisher : public QObject
{
    Q_OBJECT

public:
    struct Counters {
        qint64 submitted = 0;   ///< publish() calls
        qint64 acked = 0;       ///< stored (acknowledged) by JetStream, duplicates included
        qint64 duplicates = 0;  ///< acknowledged as duplicates (already stored)
        qint64 retried = 0;     ///< sent again after a failed or missing acknowledgement
        qint64 dropped = 0;     ///< dropped from a full buffer
        qint64 buffered = 0;    ///< waiting now
        qint64 inFlight = 0;    ///< sent, acknowledgement pending
    };

    explicit JetStreamPublisher(NatsClient *client, QObject *parent = nullptr);
    ~JetStreamPublisher() override;

    void setBufferLimit(qint64 messages) { m_bufferLimit = qMax<qint64>(1, messages); }
    qint64 bufferLimit() const { return m_bufferLimit; }
    void setMaxInFlight(int messages) { m_maxInFlight = qMax(1, messages); }
    /// How long an acknowledgement may take before the message is sent again.
    void setAckTimeoutMs(int ms) { m_ackTimeoutMs = ms; }

    /// Creates the publishing context. False with a sentence in *error when NATS is unusable.
    bool start(QString *error = nullptr);
    void publish(RelayOutgoing message);
    Counters counters() const;
    /// Blocks until every message is acknowledged or timeoutMs passed (for shutdown and
    /// benchmarks). True when nothing is left.
    bool waitAllAcked(int timeoutMs);
    /// Sends what the buffer holds, as far as the in-flight bound allows. Runs on its own
    /// (acknowledgements, reconnects, a 100 ms timer); public for the library's handler.
    void drain();

Q_SIGNALS:
    /// The buffer just overflowed: from now on the oldest messages are dropped.
    void overflowStarted(qint64 bufferLimit);
    /// Publishing resumed after messages were dropped: count is how many were lost.
    void lossReported(qint64 count);

public:
    struct Shared; ///< state shared with the library's acknowledgement handler

private:
    bool canSend() const;
    bool send(RelayOutgoing &message);
    void enqueue(RelayOutgoing message, bool front);

    NatsClient *m_client;
    std::shared_ptr<Shared> m_shared;
    __jsCtx *m_js = nullptr;
    std::deque<RelayOutgoing> m_buffer;
    qint64 m_bufferLimit = 100000;
    int m_maxInFlight = 20000;
    int m_ackTimeoutMs = 5000;
    qint64 m_submitted = 0;
    qint64 m_dropped = 0;
    qint64 m_retried = 0;
    qint64 m_unreportedDrops = 0;
    bool m_overflowing = false;
    QTimer m_drainTimer;
};
