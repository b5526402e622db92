#include "alliumapiclient.h"

#include "alliumclose.h"

#include <QUuid>
#include <algorithm>

AlliumApiClient::AlliumApiClient(Connection *connection, QObject *parent, const AlliumApiClientSettings &settings)
    : QObject(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_effectiveLimit(std::max(1, settings.maxInFlight))
{
    m_clock.start();
    connect(m_connection, &Connection::messageReceived, this, &AlliumApiClient::onMessage);
    connect(m_connection, &Connection::stateChanged, this, &AlliumApiClient::onStateChanged);
    connect(m_connection, &Connection::opened, this, &AlliumApiClient::pump);
    m_connection->setCloseClassifier(&AlliumClose::classify); // captures nothing: may outlive us
    m_timeoutTimer.setInterval(100);
    connect(&m_timeoutTimer, &QTimer::timeout, this, &AlliumApiClient::checkTimeouts);
    m_limitRetry.setSingleShot(true);
    m_limitRetry.setInterval(50);
    connect(&m_limitRetry, &QTimer::timeout, this, &AlliumApiClient::pump);
}

AlliumApiClient::~AlliumApiClient() = default;

void AlliumApiClient::open()
{
    m_connection->open();
}

void AlliumApiClient::close()
{
    m_connection->close();
}

QString AlliumApiClient::send(const QString &method, const QString &path, const QJsonObject &body)
{
    AlliumApiRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    r.hasBody = !body.isEmpty();
    return send(r);
}

QString AlliumApiClient::send(AlliumApiRequest request)
{
    if (request.id.isEmpty() || m_inFlight.contains(request.id))
        request.id = QStringLiteral("tw-%1-%2").arg(m_nextId++).arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    Pending p;
    p.request = request;
    p.submittedMs = m_clock.elapsed();
    m_queue.push_back(std::move(p));
    if (!m_timeoutTimer.isActive())
        m_timeoutTimer.start();
    pump();
    noteCounts();
    return request.id;
}

void AlliumApiClient::pump()
{
    if (m_connection->state() != Connection::State::Open)
        return;
    const int limit = std::min(m_settings.maxInFlight, m_effectiveLimit);
    while (!m_queue.empty() && int(m_inFlight.size()) < limit) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        if (!m_connection->sendText(AlliumCodec::encodeRequest(p.request))) {
            m_queue.push_front(std::move(p));
            break;
        }
        p.sentMs = m_clock.elapsed();
        p.sendOrder = ++m_sendOrder;
        m_inFlight.insert(p.request.id, std::move(p));
    }
    m_maxObserved = std::max(m_maxObserved, int(m_inFlight.size()));
    noteCounts();
}

void AlliumApiClient::onMessage(const QByteArray &payload)
{
    QString error;
    const std::optional<AlliumApiResponse> decoded = AlliumCodec::decodeResponse(payload, &error);
    if (!decoded) {
        ++m_badFrames;
        Q_EMIT protocolProblem(tr("Unreadable reply (%1)").arg(error));
        noteCounts();
        return;
    }
    AlliumApiResponse response = *decoded;
    auto it = m_inFlight.find(response.id);
    if (it == m_inFlight.end()) {
        ++m_unknownIds;
        Q_EMIT protocolProblem(tr("Reply for an unknown request id \"%1\"").arg(response.id.left(80)));
        noteCounts();
        return;
    }
    Pending p = std::move(it.value());
    m_inFlight.erase(it);
    if (response.isMaxInflight()) {
        // The server counts differently (or other clients share the key's budget): back
        // off to what it accepted and try again once a reply frees a slot.
        ++m_limitRequeues;
        m_effectiveLimit = std::max(1, int(m_inFlight.size()));
        const QString id = p.request.id;
        m_queue.push_front(std::move(p));
        Q_EMIT requestRequeued(id, tr("The server's in-flight limit was reached; the request waits for a free slot."));
        if (m_inFlight.isEmpty())
            m_limitRetry.start();
        noteCounts();
        return;
    }
    if (m_effectiveLimit < m_settings.maxInFlight)
        ++m_effectiveLimit;
    response.roundTripMs = m_clock.elapsed() - p.sentMs;
    Q_EMIT responseReceived(response);
    pump();
}

void AlliumApiClient::onStateChanged(Connection::State state)
{
    if (state == Connection::State::Open) {
        m_wasOpen = true;
        return;
    }
    if (m_wasOpen && !m_inFlight.isEmpty()) {
        // Keep the original order: oldest first, at the head of the queue.
        QList<Pending> lost;
        lost.reserve(m_inFlight.size());
        for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it)
            lost.append(std::move(it.value()));
        m_inFlight.clear();
        std::sort(lost.begin(), lost.end(), [](const Pending &a, const Pending &b) { return a.sendOrder < b.sendOrder; });
        for (auto it = lost.rbegin(); it != lost.rend(); ++it) {
            const QString id = it->request.id;
            const QString method = it->request.method;
            if (m_settings.resendIdempotent && AlliumApiRequest::isIdempotent(method)) {
                ++m_resent;
                m_queue.push_front(std::move(*it));
                Q_EMIT requestRequeued(id, tr("The connection dropped; %1 is idempotent, so it is sent again after the reconnect.").arg(method));
            } else {
                Q_EMIT requestFailed(id, tr("The connection dropped before the reply; %1 is not idempotent, so it was not sent again.").arg(method));
            }
        }
    }
    m_wasOpen = false;
    m_effectiveLimit = m_settings.maxInFlight;
    if (state == Connection::State::Closed || state == Connection::State::Failed) {
        const QString reason = m_connection->reason().isEmpty() ? tr("The connection is closed.") : m_connection->reason();
        failAll(tr("Not sent: %1").arg(reason));
    }
    noteCounts();
}

void AlliumApiClient::failAll(const QString &reason)
{
    std::deque<Pending> queue;
    queue.swap(m_queue);
    for (const Pending &p : queue)
        Q_EMIT requestFailed(p.request.id, reason);
}

void AlliumApiClient::checkTimeouts()
{
    const qint64 now = m_clock.elapsed();
    const qint64 limit = m_settings.timeoutMs;
    QStringList expired;
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (now - it->submittedMs >= limit)
            expired.append(it.key());
    }
    for (const QString &id : std::as_const(expired)) {
        m_inFlight.remove(id);
        ++m_timeouts;
        Q_EMIT requestFailed(id, tr("No reply within %1 s.").arg(limit / 1000.0, 0, 'f', 1));
    }
    // Queued ones time out too: waiting for a slot or a connection counts.
    while (!m_queue.empty() && now - m_queue.front().submittedMs >= limit) {
        const QString id = m_queue.front().request.id;
        m_queue.pop_front();
        ++m_timeouts;
        Q_EMIT requestFailed(id, tr("Not sent within %1 s (waiting for a connection or a free slot).").arg(limit / 1000.0, 0, 'f', 1));
    }
    if (!expired.isEmpty())
        pump();
    if (m_inFlight.isEmpty() && m_queue.empty())
        m_timeoutTimer.stop();
    noteCounts();
}

void AlliumApiClient::noteCounts()
{
    // Coalesced: a burst of 5000 replies makes one notification per event-loop turn.
    if (m_countsScheduled)
        return;
    m_countsScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_countsScheduled = false;
        Q_EMIT countsChanged();
    }, Qt::QueuedConnection);
}
