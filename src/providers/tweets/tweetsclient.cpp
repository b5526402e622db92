#include "tweetsclient.h"

#include "tweetscodec.h"

#include <QDateTime>
#include <QStringList>

namespace {

constexpr qsizetype MaxTrackedSources = 1000;

/// Every live client in the process (GUI thread only), to count connections per key.
QList<const TweetsClient *> &liveClients()
{
    static QList<const TweetsClient *> clients;
    return clients;
}

} // namespace

TweetsClient::TweetsClient(Connection *connection, TweetsClientOptions options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(options)
    , m_dedupe(options.sharedDedupe ? options.sharedDedupe : std::make_shared<TweetDedupeWindow>(options.dedupeWindow))
{
    liveClients().append(this);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    connect(&m_flushTimer, &QTimer::timeout, this, &TweetsClient::flush);
    connect(m_connection, &Connection::messageReceived, this, &TweetsClient::onMessage);
    connect(m_connection, &Connection::opened, this, [this] {
        m_connectionId.clear();
        m_apiKeyId.clear();
        m_sessionPings = 0;
        publishSessionInfo();
    });
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State) {
        // Deliver what arrived before the end, before anyone reacts to the end.
        flush();
    });
    // The server may close with the application code alone (no error event first).
    m_connection->setCloseClassifier([this](int code, const QString &reason) -> std::optional<Failure::Verdict> {
        if (code == TweetsCodec::InvalidKeyCode)
            return Failure::Verdict{Failure::Kind::Auth, authMessage(reason)};
        if (code == TweetsCodec::ConnectionLimitCode)
            return Failure::Verdict{Failure::Kind::Limit, limitMessage()};
        if (code == TweetsCodec::PongTimeoutCode)
            return Failure::Verdict{Failure::Kind::Transient, goingAwayMessage(reason)};
        return std::nullopt;
    });
}

TweetsClient::~TweetsClient()
{
    liveClients().removeOne(this);
    if (m_connection)
        m_connection->setCloseClassifier({}); // it captured this client
}

ReconnectSettings TweetsClient::documentedBackoff()
{
    ReconnectSettings s;
    s.initialMs = 1000;
    s.multiplier = 2.0;
    s.maxMs = 30000;
    return s;
}

int TweetsClient::connectionsHeldForKey(const QString &key, const TweetsClient *except)
{
    int held = 0;
    for (const TweetsClient *client : std::as_const(liveClients())) {
        if (client == except || client->m_connection->state() != Connection::State::Open)
            continue;
        if (client->m_connection->config().key == key)
            ++held;
    }
    return held;
}

void TweetsClient::open()
{
    m_connection->open();
}

void TweetsClient::close()
{
    m_connection->close();
}

QString TweetsClient::authMessage(const QString &serverMessage) const
{
    const QString detail = serverMessage.isEmpty() ? QString() : QStringLiteral(": %1").arg(serverMessage);
    return tr("The tweet stream rejected the API key (code 4001%1). Check the key; not retrying.").arg(detail);
}

QString TweetsClient::limitMessage() const
{
    const int held = connectionsHeldForKey(m_connection->config().key, this);
    const int retrySeconds = m_connection->config().reconnect.maxMs / 1000;
    if (held == 0)
        return tr("All %1 connections of this API key are in use (code 4003), none of them by this app: another "
                  "program or computer uses the key. Retrying every %2 s.")
            .arg(TweetsCodec::MaxConnectionsPerKey)
            .arg(retrySeconds);
    return tr("All %1 connections of this API key are in use (code 4003); this app holds %n of them. "
              "Close another connection that uses the key; retrying every %2 s.",
              nullptr, held)
        .arg(TweetsCodec::MaxConnectionsPerKey)
        .arg(retrySeconds);
}

QString TweetsClient::goingAwayMessage(const QString &closeReason) const
{
    // The SDK documents 1001 as "no pong seen"; the server may also close idle connections.
    const QString detail = closeReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(closeReason);
    if (m_sessionPings == 0)
        return tr("The tweet stream closed the connection with code 1001%1: it saw no pong, or closed an idle "
                  "connection. No keepalive ping had arrived in this session; reconnecting.")
            .arg(detail);
    return tr("The tweet stream closed the connection with code 1001%1 although this app answered %n keepalive "
              "ping(s) in this session; reconnecting.",
              nullptr, m_sessionPings)
        .arg(detail);
}

void TweetsClient::publishSessionInfo()
{
    if (!m_connection)
        return;
    QStringList parts;
    if (!m_connectionId.isEmpty())
        parts << tr("Connection ID %1").arg(m_connectionId);
    if (!m_apiKeyId.isEmpty())
        parts << tr("API key ID %1").arg(m_apiKeyId);
    m_sessionInfo = parts.join(QStringLiteral(" · "));
}

void TweetsClient::onMessage(const QByteArray &payload)
{
    TweetsCodec::Message message = TweetsCodec::decode(payload);
    switch (message.type) {
    case TweetsCodec::Type::NewTweet: {
        intern(message.tweet);
        if (m_dedupe->isDuplicate(message.tweet)) {
            ++m_duplicates;
            if (!m_flushTimer.isActive())
                m_flushTimer.start(); // counters are published with the next flush
            return;
        }
        Tweet &tweet = message.tweet;
        tweet.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        const QString sourceKey = tweet.sourceKey();
        // Bounded: a server inventing endless sources cannot grow this without limit.
        if (auto it = m_latency.find(sourceKey); it != m_latency.end())
            it->add(tweet);
        else if (m_latency.size() < MaxTrackedSources)
            m_latency[sourceKey].add(tweet);
        ++m_tweets;
        m_pending.append(std::move(tweet));
        if (m_pending.size() >= m_options.maxBatch)
            flush();
        else if (!m_flushTimer.isActive())
            m_flushTimer.start();
        return;
    }
    case TweetsCodec::Type::Connected:
        m_connectionId = message.connected.connectionId;
        m_apiKeyId = message.connected.apiKeyId;
        publishSessionInfo();
        Q_EMIT sessionStarted(m_connectionId, m_apiKeyId);
        return;
    case TweetsCodec::Type::Ping:
        // The server closes (1001) a connection that does not answer; a replayed ping is
        // not answered (sendText refuses while the connection is not open).
        if (m_options.answerPings && m_connection && m_connection->sendText(TweetsCodec::encodePong())) {
            ++m_pings;
            ++m_sessionPings;
        }
        return;
    case TweetsCodec::Type::Error: {
        flush();
        const int code = message.error.code;
        if (code == TweetsCodec::InvalidKeyCode) {
            const QString why = authMessage(message.error.message);
            Q_EMIT serverError(code, why);
            m_connection->fail(Failure::Kind::Auth, why);
        } else if (code == TweetsCodec::ConnectionLimitCode) {
            const QString why = limitMessage();
            Q_EMIT serverError(code, why);
            m_connection->fail(Failure::Kind::Limit, why);
        } else {
            // Undocumented code: report it; the server decides whether the session ends.
            Q_EMIT serverError(code, tr("The tweet stream reported error %1: %2").arg(code).arg(message.error.message));
        }
        return;
    }
    case TweetsCodec::Type::Unknown:
        ++m_unknown;
        Q_EMIT protocolProblem(tr("Skipped an event of unknown type \"%1\"").arg(message.typeName));
        Q_EMIT countersChanged();
        return;
    case TweetsCodec::Type::Malformed:
        ++m_malformed;
        Q_EMIT protocolProblem(tr("Skipped a malformed frame: %1").arg(message.problem));
        Q_EMIT countersChanged();
        return;
    }
}

void TweetsClient::intern(Tweet &tweet)
{
    const auto it = m_sources.constFind(tweet.sourceId);
    // The nested shape names no monitor: take the name another shape told for the same id.
    if (it != m_sources.cend() && tweet.sourceName.isEmpty() && it->sourceType == tweet.sourceType)
        tweet.sourceName = it->sourceName;
    if (it != m_sources.cend() && it->sourceType == tweet.sourceType && it->sourceName == tweet.sourceName) {
        tweet.sourceType = it->sourceType;
        tweet.sourceId = it->sourceId;
        tweet.sourceName = it->sourceName;
        tweet.cachedSourceKey = it->cachedSourceKey;
        return;
    }
    tweet.cachedSourceKey = tweet.sourceType + QLatin1Char(':') + tweet.sourceId;
    // Remember the source, and a name learnt later for one first seen without it.
    const bool learnsName = it != m_sources.cend() && it->sourceName.isEmpty() && it->sourceType == tweet.sourceType;
    if (learnsName || (it == m_sources.cend() && m_sources.size() < MaxTrackedSources)) {
        Tweet source;
        source.sourceType = tweet.sourceType;
        source.sourceId = tweet.sourceId;
        source.sourceName = tweet.sourceName;
        source.cachedSourceKey = tweet.cachedSourceKey;
        m_sources.insert(tweet.sourceId, source);
    }
}

void TweetsClient::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty()) {
        Q_EMIT countersChanged();
        return;
    }
    TweetBatch batch;
    batch.swap(m_pending);
    m_pending.reserve(std::max<qsizetype>(64, std::min<qsizetype>(batch.size(), m_options.maxBatch)));
    Q_EMIT tweetsReceived(batch);
    Q_EMIT countersChanged();
}
