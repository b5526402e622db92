#include "connection.h"

#include "logging.h"

#include <QDateTime>
#include <QMetaEnum>
#include <QNetworkRequest>
#include <QPointer>
#include <QWebSocket>

namespace {

constexpr int StatsIntervalMs = 1000;
// The message rate is measured over the newest stretch that holds at least RateMinMessages
// messages and lasts RateMinWindowMs, at most RateMaxWindowMs: a busy stream's rate follows
// within seconds, a sparse one (a block every 12 s) reads as its true average, not as 0 or
// 1 per second by turns.
constexpr qint64 RateMinWindowMs = 5000;
constexpr qint64 RateMaxWindowMs = 60000;
constexpr qint64 RateMinMessages = 10;
// How long a failed attempt waits for the socket's error after disconnected() (see onDisconnected).
constexpr int ErrorWaitMs = 200;

double mebibytes(qint64 bytes)
{
    return double(bytes) / (1024.0 * 1024.0);
}

} // namespace

Connection::Connection(ConnectionConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_keyHold(m_config.key)
    , m_policy(m_config.reconnect)
{
    m_clock.start();
    m_connectTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        handleEnd({Failure::Kind::Transient,
                   tr("No answer from the server within %1 s").arg(m_config.connectTimeoutMs / 1000.0)});
    });
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        ++m_stats.reconnects;
        startAttempt();
    });
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &Connection::heartbeat);
    m_statsTimer.setInterval(StatsIntervalMs);
    connect(&m_statsTimer, &QTimer::timeout, this, &Connection::publishStats);
}

Connection::~Connection()
{
    teardownSocket();
}

QString Connection::displayUrl() const
{
    return Redact::url(m_config.url);
}

ConnectionStats Connection::stats() const
{
    return m_stats;
}

int Connection::nextRetryMs() const
{
    // An external transport retries on its own schedule, which this connection does not know.
    return m_state == State::Reconnecting && !m_config.external ? std::max(0, m_retryTimer.remainingTime()) : -1;
}

void Connection::setUrl(const QUrl &url)
{
    if (url == m_config.url)
        return;
    m_config.url = url;
    Q_EMIT urlChanged();
}

void Connection::setKey(const QString &key)
{
    m_config.key = key;
    m_keyHold.set(key);
}

bool Connection::sendText(const QByteArray &utf8)
{
    if (m_state != State::Open || !m_socket)
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(utf8));
    ++m_stats.messagesOut;
    m_stats.bytesOut += utf8.size();
    if (m_tap)
        Q_EMIT frameObserved(Direction::Outgoing, utf8, QDateTime::currentMSecsSinceEpoch(), false);
    return true;
}

void Connection::open()
{
    if (m_state == State::Connecting || m_state == State::Open)
        return;
    if (m_config.external) {
        Q_EMIT openRequested();
        return;
    }
    m_retryTimer.stop();
    m_policy.reset();
    m_lastFailure = Failure::Kind::None;
    startAttempt();
}

void Connection::close()
{
    if (m_config.external) {
        if (m_state != State::Closed)
            Q_EMIT closeRequested();
        return;
    }
    m_retryTimer.stop();
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    m_statsTimer.stop();
    teardownSocket();
    m_openedAtMs = -1;
    m_stats.uptimeMs = 0;
    if (m_state != State::Idle && m_state != State::Closed && m_state != State::Failed)
        qCInfo(lcConnection).noquote() << m_config.name << "closed by the user";
    setState(State::Closed, tr("Disconnected"));
    Q_EMIT statsChanged();
}

void Connection::fail(Failure::Kind kind, const QString &reason)
{
    if (m_state == State::Closed || m_state == State::Failed || m_state == State::Idle)
        return;
    if (m_config.external) {
        m_lastFailure = kind;
        setExternalState(Failure::isTerminal(kind) ? State::Failed : State::Reconnecting, reason);
        return;
    }
    handleEnd({kind, reason});
}

void Connection::finish(const QString &reason)
{
    if (m_state == State::Closed || m_state == State::Failed || m_state == State::Idle)
        return;
    if (m_config.external) {
        setExternalState(State::Closed, reason);
        return;
    }
    handleEnd({Failure::Kind::None, reason});
}

void Connection::setExternalState(State state, const QString &reason)
{
    if (!m_config.external) {
        qCWarning(lcConnection).noquote() << m_config.name << "is not external: its socket sets its state";
        return;
    }
    if (state == m_state && reason == m_reason)
        return;
    const State before = m_state;
    if (state == State::Open && before != State::Open) {
        // Uptime and "reconnects" on the row mean what they mean for a socket.
        if (before == State::Reconnecting)
            ++m_stats.reconnects;
        m_openedAtMs = m_clock.elapsed();
        m_rateSamples = {{m_openedAtMs, m_stats.messagesIn}};
        m_statsTimer.start();
    } else if (state != State::Open && before == State::Open) {
        m_statsTimer.stop();
        m_openedAtMs = -1;
        m_stats.uptimeMs = 0;
    }
    if (state == State::Open)
        m_lastFailure = Failure::Kind::None;
    const char *word = QMetaEnum::fromType<State>().valueToKey(int(state));
    if (reason.isEmpty())
        qCInfo(lcConnection).noquote() << m_config.name << "is" << word;
    else
        qCInfo(lcConnection).noquote() << m_config.name << "is" << word << QStringLiteral("(%1)").arg(Redact::text(reason));
    setState(state, reason);
    Q_EMIT statsChanged();
}

void Connection::startAttempt()
{
    teardownSocket();
    m_ending = false;
    m_waitedForError = false;

    QNetworkRequest request(m_config.url);
    Auth::apply(m_config.auth, m_config.key, request, m_config.queryKeyName);
    for (const auto &[name, value] : std::as_const(m_config.extraHeaders))
        request.setRawHeader(name, value);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingMessageSize(quint64(m_config.maxMessageSize));
    socket->setMaxAllowedIncomingFrameSize(quint64(m_config.maxMessageSize));
    // QWebSocket (Qt 6.4) reads a frame's payload only once all of it is in the socket's read
    // buffer, so a buffer smaller than the largest allowed frame stalls the connection on
    // such a frame until the stale watchdog cuts it (tst_hostile_sizes: a 16 MiB frame with a
    // 4 MiB buffer). The buffer is therefore never smaller than one allowed frame.
    constexpr qint64 MaxFrameHeader = 14;
    socket->setReadBufferSize(m_config.readBufferSize > 0
                                  ? std::max(m_config.readBufferSize, m_config.maxMessageSize + MaxFrameHeader)
                                  : 0);
    connect(socket, &QWebSocket::connected, this, &Connection::onConnected);
    connect(socket, &QWebSocket::disconnected, this, &Connection::onDisconnected);
    connect(socket, &QWebSocket::textMessageReceived, this, &Connection::onText);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &Connection::onBinary);
    connect(socket, &QWebSocket::pong, this, &Connection::onPong);
    // Qt 6.4 reports failures through error(); errorOccurred() only exists from 6.5 on.
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &Connection::onSocketError);
    m_socket = socket;

    setState(State::Connecting);
    qCInfo(lcConnection).noquote() << m_config.name << "connecting to" << displayUrl();
    if (m_config.connectTimeoutMs > 0)
        m_connectTimer.start(m_config.connectTimeoutMs);
    socket->open(request);
}

void Connection::teardownSocket()
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->close(QWebSocketProtocol::CloseCodeNormal);
    else
        socket->abort();
    socket->deleteLater();
}

void Connection::onConnected()
{
    m_connectTimer.stop();
    m_openedAtMs = m_clock.elapsed();
    m_lastActivityMs = m_openedAtMs;
    m_rateSamples = {{m_openedAtMs, m_stats.messagesIn}};
    if (m_config.pingIntervalMs > 0)
        m_heartbeatTimer.start(m_config.pingIntervalMs);
    m_statsTimer.start();
    setState(State::Open);
    qCInfo(lcConnection).noquote() << m_config.name << "open";
    Q_EMIT opened();
}

void Connection::onDisconnected()
{
    if (m_ending || !m_socket)
        return;
    const bool wasOpen = m_state == State::Open;
    const int code = int(m_socket->closeCode());
    const QString closeReason = m_socket->closeReason();
    const QString error = m_socket->errorString();

    const QAbstractSocket::SocketError socketError = m_socket->error();

    Failure::Verdict verdict;
    if (!wasOpen) {
        if (socketError == QAbstractSocket::UnknownSocketError && !m_waitedForError) {
            // Over TLS, Qt 6.4's QWebSocket reports disconnected() before error(): a wss://
            // host that is not found reads "Unknown error" here. The error follows within the
            // same few event-loop turns (onSocketError finishes then); this is the fallback.
            m_waitedForError = true;
            QPointer<QWebSocket> socket = m_socket;
            QTimer::singleShot(ErrorWaitMs, this, [this, socket] {
                if (socket && socket == m_socket && !m_ending)
                    onDisconnected();
            });
            return;
        }
        verdict = Failure::describeSocketError(socketError, error, m_config.url);
    } else if (code == QWebSocketProtocol::CloseCodeTooMuchData) {
        verdict = {Failure::Kind::Transient,
                   tr("An incoming message exceeded the %1 MiB limit").arg(mebibytes(m_config.maxMessageSize))};
    } else if (code == QWebSocketProtocol::CloseCodeWrongDatatype) {
        // 1007: text that is not UTF-8. Qt 6.4's QWebSocket decodes each frame on its own, so
        // it also closes with 1007 when a server splits one character across continuation
        // frames (valid WebSocket); nothing in QWebSocket's API can join them. The message is
        // lost; a new session usually gets the next ones, so this is transient.
        verdict = {Failure::Kind::Transient,
                   tr("The server sent text that is not valid UTF-8, or split a UTF-8 character across "
                      "frames, which Qt 6.4 cannot join (close code 1007); the message was dropped")};
    } else if (code == QWebSocketProtocol::CloseCodeAbnormalDisconnection
               && socketError != QAbstractSocket::UnknownSocketError) {
        verdict = Failure::describeSocketError(socketError, error, m_config.url);
    } else {
        std::optional<Failure::Verdict> custom;
        if (m_classifier)
            custom = m_classifier(code, closeReason);
        verdict = custom ? *custom : Failure::classifyClose(code, closeReason);
    }
    handleEnd(verdict);
}

void Connection::onSocketError()
{
    if (!m_socket)
        return;
    qCDebug(lcConnection).noquote() << m_config.name << "socket error:" << Redact::text(m_socket->errorString());
    // A failed handshake or a refused connection may not be followed by disconnected():
    // finish the attempt once the socket has settled. A refused upgrade (an HTTP status)
    // ends the attempt at once: a server that keeps the HTTP connection alive after its
    // 404 would otherwise leave the socket "connecting" until the connect timeout, which
    // then blames the server for not answering.
    QPointer<QWebSocket> socket = m_socket;
    QTimer::singleShot(0, this, [this, socket] {
        if (!socket || socket != m_socket || m_ending)
            return;
        if (socket->state() == QAbstractSocket::UnconnectedState
            || (m_state != State::Open && Failure::httpStatusFromError(socket->errorString()) > 0))
            onDisconnected();
    });
}

void Connection::noteIncoming(qsizetype bytes)
{
    ++m_stats.messagesIn;
    m_stats.bytesIn += bytes;
    m_lastMessageMs = m_lastActivityMs = m_clock.elapsed();
}

void Connection::onText(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    noteIncoming(utf8.size());
    if (m_tap)
        Q_EMIT frameObserved(Direction::Incoming, utf8, QDateTime::currentMSecsSinceEpoch(), false);
    Q_EMIT messageReceived(utf8);
}

void Connection::deliverForReplay(const QByteArray &payload)
{
    noteIncoming(payload.size());
    if (m_tap)
        Q_EMIT frameObserved(Direction::Incoming, payload, QDateTime::currentMSecsSinceEpoch(), false);
    Q_EMIT messageReceived(payload);
}

void Connection::onBinary(const QByteArray &data)
{
    noteIncoming(data.size());
    if (m_tap)
        Q_EMIT frameObserved(Direction::Incoming, data, QDateTime::currentMSecsSinceEpoch(), false);
    Q_EMIT messageReceived(data);
}

void Connection::onPong(quint64 elapsedMs)
{
    m_lastActivityMs = m_clock.elapsed();
    m_stats.pingRoundTripMs = int(elapsedMs);
    if (m_tap)
        Q_EMIT frameObserved(Direction::Incoming, QByteArrayLiteral("pong"), QDateTime::currentMSecsSinceEpoch(), true);
}

void Connection::heartbeat()
{
    if (m_state != State::Open || !m_socket)
        return;
    const qint64 silentMs = m_clock.elapsed() - m_lastActivityMs;
    if (m_config.staleTimeoutMs > 0 && silentMs > m_config.staleTimeoutMs) {
        handleEnd({Failure::Kind::Transient,
                   tr("No data and no pong for %1 s: the connection is stale").arg(silentMs / 1000.0, 0, 'f', 1)});
        return;
    }
    m_socket->ping();
    if (m_tap)
        Q_EMIT frameObserved(Direction::Outgoing, QByteArrayLiteral("ping"), QDateTime::currentMSecsSinceEpoch(), true);
}

void Connection::handleEnd(const Failure::Verdict &verdict)
{
    if (m_ending)
        return;
    m_ending = true;
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    m_statsTimer.stop();
    teardownSocket();
    m_openedAtMs = -1;
    m_stats.uptimeMs = 0;
    m_lastFailure = verdict.kind;
    Q_EMIT statsChanged();

    if (verdict.kind == Failure::Kind::None) {
        qCInfo(lcConnection).noquote() << m_config.name << "closed:" << Redact::text(verdict.reason);
        setState(State::Closed, verdict.reason);
        return;
    }
    if (Failure::isTerminal(verdict.kind) || !m_config.autoReconnect) {
        qCWarning(lcConnection).noquote() << m_config.name << "failed:" << Redact::text(verdict.reason);
        setState(State::Failed, verdict.reason);
        return;
    }
    qCInfo(lcConnection).noquote() << m_config.name << "will reconnect:" << Redact::text(verdict.reason);
    scheduleRetry(verdict.kind);
    setState(State::Reconnecting, verdict.reason);
}

void Connection::scheduleRetry(Failure::Kind kind)
{
    const int delay = kind == Failure::Kind::Limit ? m_policy.capDelayMs() : m_policy.nextDelayMs();
    m_retryTimer.start(delay);
}

void Connection::publishStats()
{
    const qint64 now = m_clock.elapsed();
    while (!m_rateSamples.empty() && now - m_rateSamples.front().first > RateMaxWindowMs)
        m_rateSamples.pop_front();
    if (!m_rateSamples.empty()) {
        const std::pair<qint64, qint64> *from = &m_rateSamples.front();
        for (auto it = m_rateSamples.crbegin(); it != m_rateSamples.crend(); ++it) {
            if (now - it->first >= RateMinWindowMs && m_stats.messagesIn - it->second >= RateMinMessages) {
                from = &*it;
                break;
            }
        }
        if (now > from->first)
            m_stats.messagesPerSecond = double(m_stats.messagesIn - from->second) * 1000.0 / double(now - from->first);
    }
    m_rateSamples.emplace_back(now, m_stats.messagesIn);
    m_stats.lastMessageAgeMs = m_lastMessageMs < 0 ? -1 : now - m_lastMessageMs;
    m_stats.uptimeMs = m_openedAtMs < 0 ? 0 : now - m_openedAtMs;
    if (m_openedAtMs >= 0 && m_stats.uptimeMs >= m_config.reconnect.stableMs && m_policy.attempt() > 0)
        m_policy.reset();
    Q_EMIT statsChanged();
}

void Connection::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state);
}
