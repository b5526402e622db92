#pragma once
// Allium APIs over one WebSocket: requests matched to responses by id, at most 1000 in
// flight, the rest queued, with timeouts and a defined behaviour on connection loss.

#include "alliumcodec.h"
#include "core/connection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <deque>

/// Tunables of an AlliumApiClient (namespace scope: GCC 12 cannot default-argument a nested
/// struct with member initialisers).
struct AlliumApiClientSettings {
    int maxInFlight = 1000;       ///< the documented per-connection limit
    int timeoutMs = 30000;        ///< from submission to reply
    bool resendIdempotent = true; ///< re-send GET/PUT/DELETE that were in flight when the connection dropped
};

/// Sends AlliumApiRequests over a Connection to …/ws/api. Never has more than
/// maxInFlight requests outstanding: the rest wait in a local queue and go out as replies
/// free slots. A "max inflight requests reached" error puts the request back at the head
/// of the queue (and lowers the pace until replies come back) instead of reporting it.
/// When the connection drops, requests in flight either fail with a reason or — for
/// idempotent methods when resendIdempotent is on — are sent again after the reconnect.
class AlliumApiClient : public QObject
{
    Q_OBJECT
public:
    /// Calls the API over a connection the caller owns (live, replayed or relayed).
    explicit AlliumApiClient(Connection *connection, QObject *parent = nullptr,
                             const AlliumApiClientSettings &settings = AlliumApiClientSettings());
    ~AlliumApiClient() override;

    Connection *connection() const { return m_connection; }
    const AlliumApiClientSettings &settings() const { return m_settings; }
    void setTimeoutMs(int ms) { m_settings.timeoutMs = ms; }

    /// Queues a request; an empty id is replaced by a fresh one. Returns the id.
    QString send(AlliumApiRequest request);
    QString send(const QString &method, const QString &path, const QJsonObject &body = {});

    int inFlight() const { return int(m_inFlight.size()); }
    int queued() const { return int(m_queue.size()); }
    int maxObservedInFlight() const { return m_maxObserved; }
    qint64 unknownIds() const { return m_unknownIds; }
    qint64 badFrames() const { return m_badFrames; }
    qint64 limitRequeues() const { return m_limitRequeues; }
    qint64 timeouts() const { return m_timeouts; }
    qint64 resentAfterReconnect() const { return m_resent; }

public Q_SLOTS:
    void open();
    void close();

Q_SIGNALS:
    /// A reply to one of our requests, with its round-trip time.
    void responseReceived(const AlliumApiResponse &response);
    /// A request ended without a reply (timeout, connection lost, not idempotent …).
    void requestFailed(const QString &id, const QString &reason);
    /// A request went back into the queue (limit answer, or to be re-sent after reconnect).
    void requestRequeued(const QString &id, const QString &reason);
    /// A frame that was not a readable response, or a response for an unknown id.
    void protocolProblem(const QString &description);
    /// inFlight, queued or a counter changed.
    void countsChanged();

private:
    struct Pending {
        AlliumApiRequest request;
        qint64 submittedMs = 0;  ///< on m_clock
        qint64 sentMs = -1;      ///< on m_clock, last send
        qint64 sendOrder = 0;
    };

    void pump();
    void onMessage(const QByteArray &payload);
    void onStateChanged(Connection::State state);
    void checkTimeouts();
    void failAll(const QString &reason);
    void noteCounts();

    QPointer<Connection> m_connection;
    AlliumApiClientSettings m_settings;
    QElapsedTimer m_clock;
    std::deque<Pending> m_queue;
    QHash<QString, Pending> m_inFlight;
    int m_effectiveLimit;
    int m_maxObserved = 0;
    qint64 m_nextId = 1;
    qint64 m_sendOrder = 0;
    qint64 m_unknownIds = 0;
    qint64 m_badFrames = 0;
    qint64 m_limitRequeues = 0;
    qint64 m_timeouts = 0;
    qint64 m_resent = 0;
    bool m_wasOpen = false;
    bool m_countsScheduled = false;
    QTimer m_timeoutTimer;
    QTimer m_limitRetry;
};
