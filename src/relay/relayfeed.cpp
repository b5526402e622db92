// RelayFeed: subject → client, control messages → gaps and upstream states.

#include "relayfeed.h"

#include "core/connection.h"
#include "core/jsonnumbers.h"
#include "providers/allium/alliumstreamclient.h"
#include "providers/conyr/conyrclient.h"
#include "providers/predikt/prediktclient.h"
#include "providers/tweets/tweetsclient.h"
#include "relaysubject.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace {

/// The configuration of a connection without a socket: frames arrive through
/// deliverForReplay(), and its state is set by the feed (external). The feed owns these
/// connections; the clients read from them.
ConnectionConfig detachedConfig(const QString &provider, const QString &source, const QString &label = {},
                                const QString &profileId = {})
{
    ConnectionConfig config;
    config.name = label.isEmpty() ? QStringLiteral("relay:%1/%2").arg(provider, source)
                                  : QStringLiteral("%1 · %2/%3").arg(label, provider, source);
    config.profileId = profileId;
    config.url = QUrl(QStringLiteral("nats://relay/%1/%2").arg(provider, source));
    config.autoReconnect = false;
    config.pingIntervalMs = 0;
    config.external = true;
    return config;
}

QString trackKey(const QString &provider, const QString &source)
{
    return provider + QLatin1Char('/') + source;
}

/// A relay's "state" control message (Connection::State's key, lower case) as a state.
Connection::State upstreamState(const QString &state)
{
    if (state == QLatin1String("open"))
        return Connection::State::Open;
    if (state == QLatin1String("failed"))
        return Connection::State::Failed;
    if (state == QLatin1String("closed") || state == QLatin1String("idle") || state == QLatin1String("stopped"))
        return Connection::State::Closed;
    if (state == QLatin1String("connecting"))
        return Connection::State::Connecting;
    return Connection::State::Reconnecting; // reconnecting, and what a newer relay may add
}

bool looksLikeJson(const QByteArray &payload)
{
    // Cheap structural check only: the client decodes (once) and rejects what is wrong inside.
    qsizetype b = 0;
    qsizetype e = payload.size() - 1;
    while (b <= e && std::isspace(uchar(payload.at(b))))
        ++b;
    while (e >= b && std::isspace(uchar(payload.at(e))))
        --e;
    if (b >= e)
        return false;
    return (payload.at(b) == '{' && payload.at(e) == '}') || (payload.at(b) == '[' && payload.at(e) == ']');
}

} // namespace

RelayFeed::RelayFeed(QObject *parent)
    : QObject(parent)
{
}

RelayFeed::~RelayFeed() = default;

void RelayFeed::setIdentity(const QString &label, const QString &profileId)
{
    m_label = label;
    m_profileId = profileId;
}

void RelayFeed::setSubjects(const QStringList &patterns)
{
    m_patterns.clear();
    for (const QString &p : patterns)
        m_patterns.append(p.toUtf8());
}

void RelayFeed::setLinkState(Connection::State state, const QString &reason)
{
    if (state == m_linkState && reason == m_linkReason)
        return;
    m_linkState = state;
    m_linkReason = reason;
    showStates();
}

Connection *RelayFeed::adopt(const QString &key, Connection *connection)
{
    m_connections.insert(key, connection);
    connect(connection, &Connection::openRequested, this, &RelayFeed::openRequested);
    connect(connection, &Connection::closeRequested, this, &RelayFeed::closeRequested);
    return connection;
}

void RelayFeed::showStates(const QString &key)
{
    if (!key.isEmpty()) {
        for (auto it = m_connections.constFind(key); it != m_connections.cend() && it.key() == key; ++it)
            show(key, it.value());
        return;
    }
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
        show(it.key(), it.value());
}

void RelayFeed::show(const QString &key, Connection *connection)
{
    if (m_linkState != Connection::State::Open) {
        connection->setExternalState(m_linkState, m_linkReason);
        return;
    }
    const auto track = m_tracks.constFind(key);
    if (track == m_tracks.cend())
        connection->setExternalState(Connection::State::Open);
    else
        connection->setExternalState(track->shown, track->reason);
}

void RelayFeed::reject(const RelayMessage &message, const QString &reason)
{
    ++m_malformed;
    Q_EMIT malformedMessage(QString::fromUtf8(message.subject), reason);
}

ConyrClient *RelayFeed::ensureConyr(const QString &source)
{
    if (ConyrClient *client = m_conyr.value(source))
        return client;
    ConyrClientOptions options;
    options.tier = QStringLiteral("enterprise"); // the relay host enforces the real tier
    options.appPingMs = 0;
    options.backfillBars = 0;
    const QString key = trackKey(QStringLiteral("conyr"), source);
    auto *connection = adopt(key, new Connection(detachedConfig(QStringLiteral("conyr"), source, m_label, m_profileId), this));
    auto *client = new ConyrClient(connection, options, this);
    m_conyr.insert(source, client);
    show(key, connection);
    Q_EMIT conyrClientCreated(source, client);
    return client;
}

TweetsClient *RelayFeed::ensureTweets(const QString &source)
{
    if (TweetsClient *client = m_tweets.value(source))
        return client;
    const QString key = trackKey(QStringLiteral("tweets"), source);
    auto *connection = adopt(key, new Connection(detachedConfig(QStringLiteral("tweets"), source, m_label, m_profileId), this));
    auto *client = new TweetsClient(connection, TweetsClientOptions(), this);
    connect(client, &TweetsClient::protocolProblem, this, [this](const QString &problem) {
        ++m_malformed;
        Q_EMIT malformedMessage(m_current ? QString::fromUtf8(m_current->subject) : QString(), problem);
    });
    m_tweets.insert(source, client);
    show(key, connection);
    Q_EMIT tweetsClientCreated(source, client);
    return client;
}

namespace {
// Predikt's client speaks Socket.IO: its detached session is opened with the Engine.IO
// handshake and the namespace's CONNECT answer, as a server would send them (ping deadlines
// of 22 h, the longest the client accepts, renewed by a ping every hour), each time its
// connection is shown open (a Socket.IO session ends when its connection leaves Open),
// after which each relayed event is framed for the namespace and decoded on the client's
// own path.
constexpr char PrediktNamespace[] = "/relay";
const QByteArray EngineOpen =
    R"(0{"sid":"relay","upgrades":[],"pingInterval":80000000,"pingTimeout":80000000,"maxPayload":16777216})";
} // namespace

PrediktClient *RelayFeed::ensurePredikt(const QString &source)
{
    if (PrediktClient *client = m_predikt.value(source))
        return client;
    ConnectionConfig config = detachedConfig(QStringLiteral("predikt"), source, m_label, m_profileId);
    config.url = QUrl(QStringLiteral("ws://relay") + QLatin1String(PrediktNamespace));
    PrediktClientOptions options;
    options.tier = Predikt::tierByName(QStringLiteral("ENTERPRISE")); // the relay host enforces the real tier
    // connectionConfig() fills options' namespace: called before options is copied.
    const QString key = trackKey(QStringLiteral("predikt"), source);
    auto *transport = adopt(key, new Connection(PrediktClient::connectionConfig(config, options), this));
    auto *client = new PrediktClient(transport, options, this);
    connect(client, &PrediktClient::malformedMessage, this, [this](const QString &problem) {
        ++m_malformed;
        Q_EMIT malformedMessage(m_current ? QString::fromUtf8(m_current->subject) : QString(), problem);
    });
    connect(client->socketIo(), &SocketIoClient::protocolError, this, [this](const QString &problem) {
        ++m_malformed;
        Q_EMIT malformedMessage(m_current ? QString::fromUtf8(m_current->subject) : QString(), problem);
    });
    connect(transport, &Connection::stateChanged, client, [transport](Connection::State state) {
        if (state != Connection::State::Open)
            return;
        transport->deliverForReplay(EngineOpen);
        transport->deliverForReplay(QByteArray("40") + PrediktNamespace + R"(,{"sid":"relay"})");
    });
    if (!m_enginePing) {
        m_enginePing = new QTimer(this);
        connect(m_enginePing, &QTimer::timeout, this, [this] {
            for (PrediktClient *c : std::as_const(m_predikt))
                c->connection()->deliverForReplay("2");
        });
        m_enginePing->start(3600 * 1000);
    }
    m_predikt.insert(source, client);
    show(key, transport);
    Q_EMIT prediktClientCreated(source, client);
    return client;
}

AlliumStreamClient *RelayFeed::alliumClient(const QString &source, const QString &topic) const
{
    return m_allium.value(source + QLatin1Char('/') + topic);
}

AlliumStreamClient *RelayFeed::ensureAllium(const QString &source, const QString &topicName)
{
    if (AlliumStreamClient *client = m_allium.value(source + QLatin1Char('/') + topicName))
        return client;
    const std::optional<AlliumTopic> topic = AlliumTopic::parse(topicName);
    if (!topic)
        return nullptr;
    // One client per topic however a subject spells it (AlliumTopic::parse lower-cases).
    const QString id = source + QLatin1Char('/') + topic->name();
    if (AlliumStreamClient *client = m_allium.value(id))
        return client;
    const QString key = trackKey(QStringLiteral("allium"), source);
    ConnectionConfig config = detachedConfig(QStringLiteral("allium"), source, m_label, m_profileId);
    config.name += QStringLiteral(" · ") + topic->name();
    auto *connection = adopt(key, new Connection(AlliumStreamClient::connectionConfig(config, *topic), this));
    auto *client = new AlliumStreamClient(connection, *topic, this);
    // The relay decides what flows (its filter, its start): here the stream just runs.
    client->start();
    m_allium.insert(id, client);
    show(key, connection);
    Q_EMIT alliumClientCreated(source, client);
    return client;
}

void RelayFeed::applyAllium(const RelayMessage &message, const RelaySubject::Parts &parts)
{
    if (parts.kind != QLatin1String("record")) {
        reject(message, tr("unknown Allium message kind %1").arg(parts.kind));
        return;
    }
    AlliumStreamClient *client = ensureAllium(parts.source, parts.subject);
    if (!client) {
        reject(message, tr("%1 is not an Allium topic").arg(parts.subject));
        return;
    }
    m_tracks[trackKey(parts.provider, parts.source)].lastDataMs = message.storedAtMs;
    // The client counts what its codec rejects; the feed counts it as a malformed message too.
    const qint64 badBefore = client->badFrames();
    client->setUpstreamFilter(message.upstreamFilter);
    client->connection()->deliverForReplay(message.payload);
    if (client->badFrames() > badBefore)
        reject(message, tr("not an Allium record"));
}

void RelayFeed::apply(const QList<RelayMessage> &batch)
{
    for (const RelayMessage &message : batch) {
        ++m_messages;
        if (!m_patterns.isEmpty()) {
            bool wanted = false;
            for (const QByteArray &p : std::as_const(m_patterns))
                wanted = wanted || RelaySubject::matches(message.subject, p);
            if (!wanted) {
                ++m_filtered;
                continue;
            }
        }
        const RelaySubject::Parts parts = RelaySubject::parse(message.subject);
        if (!parts.valid) {
            reject(message, tr("not a relay subject"));
            continue;
        }
        if (!looksLikeJson(message.payload)) {
            reject(message, tr("the payload is not JSON"));
            continue;
        }
        m_current = &message;
        if (parts.kind == QLatin1String(RelaySubject::ControlKind)) {
            control(message, parts.provider, parts.source, parts.subject);
        } else if (parts.provider == QLatin1String("conyr")) {
            m_tracks[trackKey(parts.provider, parts.source)].lastDataMs = message.storedAtMs;
            ConyrClient *client = ensureConyr(parts.source);
            if (!client->channels().contains(parts.subject))
                client->subscribe({parts.subject});
            client->connection()->deliverForReplay(message.payload);
        } else if (parts.provider == QLatin1String("tweets")) {
            m_tracks[trackKey(parts.provider, parts.source)].lastDataMs = message.storedAtMs;
            ensureTweets(parts.source)->connection()->deliverForReplay(message.payload);
        } else if (parts.provider == QLatin1String("predikt")) {
            m_tracks[trackKey(parts.provider, parts.source)].lastDataMs = message.storedAtMs;
            PrediktClient *client = ensurePredikt(parts.source);
            // The symbols seen become the client's list, as a relayed Conyr channel does.
            if (parts.kind == QLatin1String("price") && !client->symbols().contains(parts.subject))
                client->subscribe({parts.subject});
            client->connection()->deliverForReplay(QByteArray("42") + PrediktNamespace + ',' + message.payload);
        } else if (parts.provider == QLatin1String("allium")) {
            applyAllium(message, parts);
        } else {
            reject(message, tr("unknown provider %1").arg(parts.provider));
        }
        m_current = nullptr;
    }
    // Allium records go out in one batch per client, before the consumer acknowledges.
    for (AlliumStreamClient *client : std::as_const(m_allium))
        client->flush();
}

void RelayFeed::control(const RelayMessage &message, const QString &provider, const QString &source,
                        const QString &what)
{
    const QJsonObject body = QJsonDocument::fromJson(message.payload).object();
    if (body.isEmpty()) {
        reject(message, tr("a relay control message that is not a JSON object"));
        return;
    }
    Track &track = m_tracks[trackKey(provider, source)];
    JsonNumbers::IntegerRange timeRange = JsonNumbers::nonNegative();
    timeRange.allowFraction = true;
    const qint64 t = JsonNumbers::checkedInteger(body.value(QStringLiteral("t")), nullptr, timeRange).value_or(message.storedAtMs);
    auto report = [&](const QString &reason, qint64 from, qint64 to, qint64 missing) {
        ++m_gaps;
        Q_EMIT gapReported(RelayGap{provider, source, reason, from, to, missing});
    };
    if (what == QLatin1String("started")) {
        const QString instance = body.value(QStringLiteral("instance")).toString();
        if (track.lastDataMs >= 0 && instance != track.instance)
            report(tr("The relay restarted: what the provider sent while it was away is missing."), track.lastDataMs, t, -1);
        track.instance = instance;
        track.open = false;
        track.downSinceMs = -1;
    } else if (what == QLatin1String("state")) {
        const QString state = body.value(QStringLiteral("state")).toString();
        const QString reason = body.value(QStringLiteral("reason")).toString();
        if (state == QLatin1String("open")) {
            if (track.downSinceMs >= 0)
                report(tr("The relay's connection to the provider was down: data from that time is missing."),
                       track.downSinceMs, t, -1);
            track.open = true;
            track.downSinceMs = -1;
        } else if (track.open) {
            track.open = false;
            track.downSinceMs = t;
        }
        track.shown = upstreamState(state);
        track.reason = track.shown == Connection::State::Open
                           ? QString()
                           : reason.isEmpty() ? tr("The relay's connection to %1 is down").arg(provider)
                                              : tr("At the relay: %1").arg(reason);
        showStates(trackKey(provider, source));
        Q_EMIT upstreamStateChanged(provider, source, state, reason);
    } else if (what == QLatin1String("loss")) {
        const qint64 count = JsonNumbers::checkedInteger(body.value(QStringLiteral("count")), nullptr,
                                                         JsonNumbers::nonNegative(std::numeric_limits<int>::max()))
                                 .value_or(-1);
        report(tr("The relay dropped %n message(s) while NATS was unavailable.", nullptr, int(count)), -1, t, count);
    } else if (what == QLatin1String("stopped")) {
        track.shown = Connection::State::Closed;
        track.reason = tr("The relay stopped %1").arg(provider);
        showStates(trackKey(provider, source));
        Q_EMIT upstreamStateChanged(provider, source, QStringLiteral("stopped"), QString());
    }
    // Unknown control types are newer relays' business: ignored on purpose.
}
