#include "tweetsworkspace.h"

#include "core/profilesessions.h"
#include "app/workspaces.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/profilestore.h"
#include "providers/tweets/tweetsclient.h"
#include "providers/tweets/tweetsobservations.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QJSEngine>
#include <QJsonDocument>
#include <QLocale>

namespace {
constexpr int CoalesceMs = 16; // at most one timeline update per frame
} // namespace

void startTweetsWorkspace()
{
    TweetsWorkspace::instance()->start();
}

TweetsWorkspace *TweetsWorkspace::instance()
{
    static TweetsWorkspace *workspace = new TweetsWorkspace(ProfileStore::instance(), KeyStore::instance(), qApp);
    return workspace;
}

TweetsWorkspace *TweetsWorkspace::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

TweetsWorkspace::TweetsWorkspace(ProfileStore *profiles, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_sessions(new ProfileSessions(Provider::Kind::Tweets, profiles, keys, this))
    , m_timeline(new TweetTimelineModel(this))
    , m_filter(new TweetFilterModel(m_timeline, this))
    , m_sources(new TweetSourceStatsModel(this))
    , m_latency(new TweetLatencyModel(TweetTimelineModel::DefaultCapacity, this))
{
    m_timeline->setCoalesceMs(CoalesceMs);
    connect(m_sources, &TweetSourceStatsModel::sourcesChanged, this, &TweetsWorkspace::sourceOptionsChanged);
    m_sessions->setHandlers([this](const Profile &p, const QString &key) { return startClient(p, key); },
                            [this](const QString &id) { stopClient(id); });
    connect(m_sessions, &ProfileSessions::changed, this, &TweetsWorkspace::statusChanged);
    connect(m_sessions, &ProfileSessions::removed, this, &TweetsWorkspace::statusChanged);
}

TweetsWorkspace::~TweetsWorkspace() = default;

void TweetsWorkspace::start()
{
    m_sessions->start();
}

ProfileSessions::Started TweetsWorkspace::startClient(const Profile &profile, const QString &key)
{
    ConnectionConfig config = profile.connectionConfig(key);
    // The provider documents its schedule: 1 s doubling to 30 s.
    config.reconnect = TweetsClient::documentedBackoff();
    // Profiles sharing a key receive the same tweets: one dedupe window per key.
    TweetsClientOptions options;
    options.sharedDedupe = m_dedupe.windowFor(key);
    auto *client = new TweetsClient(new Connection(config), options, this);
    client->connection()->setParent(client); // the connection goes with the client
    m_clients.insert(profile.id, client);
    connect(client, &TweetsClient::tweetsReceived, this, &TweetsWorkspace::onTweets);
    connect(client, &TweetsClient::countersChanged, this, &TweetsWorkspace::countersChanged);
    connect(client, &TweetsClient::sessionStarted, this, [this, client] {
        ConnectionRegistry::instance()->setSessionDetails(client->connection(), client->sessionInfo());
        Q_EMIT statusChanged();
    });
    client->open();
    return {client->connection(), TweetsObservations::attach(client)};
}

void TweetsWorkspace::stopClient(const QString &profileId)
{
    if (QPointer<TweetsClient> client = m_clients.take(profileId)) {
        client->close();
        client->deleteLater();
    }
    Q_EMIT countersChanged();
}

void TweetsWorkspace::attachExternalClient(const QString &id, TweetsClient *client)
{
    detachExternalClient(id);
    m_clients.insert(id, client);
    connect(client, &TweetsClient::tweetsReceived, this, &TweetsWorkspace::onTweets);
    connect(client, &TweetsClient::countersChanged, this, &TweetsWorkspace::countersChanged);
}

void TweetsWorkspace::detachExternalClient(const QString &id)
{
    if (QPointer<TweetsClient> client = m_clients.take(id))
        client->disconnect(this);
    Q_EMIT countersChanged();
}

void TweetsWorkspace::onTweets(const TweetBatch &batch)
{
    m_timeline->addBatch(batch);
    m_sources->addBatch(batch);
    m_latency->addBatch(batch);
    bool newType = false;
    for (const Tweet &t : batch) {
        if (!t.tweetType.isEmpty() && !m_seenTypes.contains(t.tweetType)) {
            m_seenTypes.insert(t.tweetType);
            newType = true;
        }
    }
    if (newType)
        Q_EMIT tweetTypesChanged();
}

QStringList TweetsWorkspace::tweetTypes() const
{
    QSet<QString> all = m_seenTypes;
    for (const char *usual : {"original", "reply", "retweet", "quote"})
        all.insert(QLatin1String(usual));
    QStringList list(all.cbegin(), all.cend());
    list.sort();
    return list;
}

TweetsClient *TweetsWorkspace::client(const QString &profileId) const
{
    return m_clients.value(profileId);
}

int TweetsWorkspace::profileCount() const
{
    return int(m_sessions->profiles().size());
}

int TweetsWorkspace::openCount() const
{
    int open = 0;
    for (const Profile &p : m_sessions->profiles()) {
        const Connection *c = m_sessions->connection(p.id);
        if (c && c->state() == Connection::State::Open)
            ++open;
    }
    return open;
}

QString TweetsWorkspace::problem() const
{
    return m_sessions->firstProblem();
}

QString TweetsWorkspace::statusText() const
{
    const QList<Profile> profiles = m_sessions->profiles();
    if (profiles.isEmpty())
        return tr("No tweet stream profile. Add one on the Connections page.");
    // The most serious problem first, named with its profile.
    if (const QString why = problem(); !why.isEmpty())
        return why;
    QString waiting;
    for (const Profile &p : profiles) {
        const Connection *c = m_sessions->connection(p.id);
        if (!c)
            waiting = tr("%1: reading the key…").arg(p.name);
        else if (c->state() == Connection::State::Reconnecting)
            waiting = tr("%1: %2 Reconnecting…").arg(p.name, c->reason());
    }
    if (!waiting.isEmpty())
        return waiting;
    return tr("Tweet stream connections open: %1 of %2").arg(openCount()).arg(profiles.size());
}

QVariantList TweetsWorkspace::connections() const
{
    QVariantList list;
    for (const Profile &p : m_sessions->profiles()) {
        const Connection *c = m_sessions->connection(p.id);
        const TweetsClient *client = m_clients.value(p.id);
        const int state = c ? int(c->state()) : int(Connection::State::Idle);
        list.append(QVariantMap{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("state"), state},
            {QStringLiteral("stateName"), ConnectionRegistry::stateName(state)},
            {QStringLiteral("connectionId"), client ? client->connectionId() : QString()},
            {QStringLiteral("apiKeyId"), client ? client->apiKeyId() : QString()},
            {QStringLiteral("reason"), c ? c->reason() : QString()},
        });
    }
    return list;
}

qint64 TweetsWorkspace::duplicatesDropped() const
{
    qint64 n = 0;
    for (const TweetsClient *client : m_clients)
        n += client ? client->duplicateCount() : 0;
    return n;
}

qint64 TweetsWorkspace::skippedFrames() const
{
    qint64 n = 0;
    for (const TweetsClient *client : m_clients)
        n += client ? client->malformedCount() + client->unknownCount() : 0;
    return n;
}

QVariantMap TweetsWorkspace::record(const QString &sourceKey, const QString &tweetId) const
{
    const int row = m_timeline->rowOf(sourceKey, tweetId);
    if (row < 0)
        return {};
    const Tweet &t = m_timeline->at(row);
    const QLocale locale;
    auto time = [&locale](qint64 ms) {
        return ms < 0 ? QString()
                      : locale.toString(QDateTime::fromMSecsSinceEpoch(ms), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t"));
    };
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(t.raw, &error);
    const QString json = error.error == QJsonParseError::NoError ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented))
                                                                 : QString::fromUtf8(t.raw);
    return {
        {QStringLiteral("tweetId"), t.tweetId},
        {QStringLiteral("author"), t.author},
        {QStringLiteral("text"), t.text},
        {QStringLiteral("tweetType"), t.tweetType},
        {QStringLiteral("sourceKind"), TweetSource::kindId(t.sourceKind)},
        {QStringLiteral("sourceId"), t.sourceId},
        {QStringLiteral("sourceName"), t.sourceLabel()},
        {QStringLiteral("sourceKey"), t.sourceKey()},
        {QStringLiteral("latencyMs"), t.latencyMs},
        {QStringLiteral("deliveryMs"), t.deliveryMs()},
        {QStringLiteral("detectedAt"), t.detectedAtText},
        {QStringLiteral("detectedAtLocal"), time(t.detectedAtMs)},
        {QStringLiteral("receivedAtLocal"), time(t.receivedAtMs)},
        {QStringLiteral("link"), t.link()},
        {QStringLiteral("json"), json},
    };
}

void TweetsWorkspace::copyToClipboard(const QString &text) const
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

void TweetsWorkspace::reconnectAll()
{
    // With the key read again: a key fixed since the last attempt is the one used.
    for (const Profile &p : m_sessions->profiles())
        m_sessions->restart(p.id);
}
