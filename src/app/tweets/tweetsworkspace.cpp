#include "tweetsworkspace.h"

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
    , m_profiles(profiles)
    , m_keys(keys)
    , m_timeline(new TweetTimelineModel(this))
    , m_filter(new TweetFilterModel(m_timeline, this))
    , m_sources(new TweetSourceStatsModel(this))
    , m_latency(new TweetLatencyModel(TweetTimelineModel::DefaultCapacity, this))
{
    m_timeline->setCoalesceMs(CoalesceMs);
    connect(m_sources, &TweetSourceStatsModel::sourcesChanged, this, &TweetsWorkspace::sourceOptionsChanged);
}

TweetsWorkspace::~TweetsWorkspace() = default;

void TweetsWorkspace::start()
{
    if (m_started)
        return;
    m_started = true;
    connect(m_profiles, &ProfileStore::profileAdded, this, &TweetsWorkspace::onProfileAdded);
    connect(m_profiles, &ProfileStore::profileChanged, this, &TweetsWorkspace::onProfileChanged);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &TweetsWorkspace::stopProfile);
    for (const Profile &p : m_profiles->profilesOfKind(Provider::Kind::Tweets))
        startProfile(p);
}

void TweetsWorkspace::onProfileAdded(const QString &id)
{
    const auto p = m_profiles->profile(id);
    if (p && p->kind == Provider::Kind::Tweets)
        startProfile(*p);
}

void TweetsWorkspace::onProfileChanged(const QString &id)
{
    // URL, auth or key may have changed: start over with the profile as it is now.
    stopProfile(id);
    onProfileAdded(id);
}

void TweetsWorkspace::startProfile(const Profile &profile)
{
    Session &session = m_sessions[profile.id];
    session.profile = profile;
    session.keyProblem.clear();
    const int generation = ++session.generation;
    Q_EMIT statusChanged();

    QPointer<TweetsWorkspace> self(this);
    m_keys->keyForProfile(profile, [self, id = profile.id, generation](const KeyStore::Result &result) {
        if (!self || !self->m_sessions.contains(id))
            return;
        Session &s = self->m_sessions[id];
        if (s.generation != generation)
            return; // the profile was edited or removed meanwhile
        if (!result.ok()) {
            s.keyProblem = tr("%1: %2").arg(s.profile.name, result.message);
            Q_EMIT self->statusChanged();
            return;
        }
        ConnectionConfig config = s.profile.connectionConfig(result.key);
        // The provider documents its schedule: 1 s doubling to 30 s.
        config.reconnect = TweetsClient::documentedBackoff();
        // Profiles sharing a key receive the same tweets: one dedupe window per key.
        TweetsClientOptions options;
        options.sharedDedupe = self->m_dedupe.windowFor(result.key);
        auto *client = new TweetsClient(new Connection(config, self), options, self);
        s.client = client;
        connect(client, &TweetsClient::tweetsReceived, self, &TweetsWorkspace::onTweets);
        connect(client, &TweetsClient::countersChanged, self, &TweetsWorkspace::countersChanged);
        connect(client->connection(), &Connection::stateChanged, self, &TweetsWorkspace::statusChanged);
        connect(client, &TweetsClient::sessionStarted, self, &TweetsWorkspace::statusChanged);
        ConnectionRegistry::instance()->add(client->connection(), Provider::toId(Provider::Kind::Tweets),
                                            TweetsObservations::attach(client));
        client->open();
        Q_EMIT self->statusChanged();
    });
}

void TweetsWorkspace::stopProfile(const QString &profileId)
{
    const auto it = m_sessions.find(profileId);
    if (it == m_sessions.end())
        return;
    if (it->client) {
        it->client->close();
        it->client->deleteLater();
    }
    m_sessions.erase(it);
    Q_EMIT statusChanged();
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
    return m_sessions.value(profileId).client;
}

int TweetsWorkspace::openCount() const
{
    int open = 0;
    for (const Session &s : m_sessions) {
        if (s.client && s.client->connection()->state() == Connection::State::Open)
            ++open;
    }
    return open;
}

bool TweetsWorkspace::hasProblem() const
{
    for (const Session &s : m_sessions) {
        if (!s.keyProblem.isEmpty())
            return true;
        if (!s.client)
            continue;
        const Connection *c = s.client->connection();
        if (c->state() == Connection::State::Failed
            || (c->state() == Connection::State::Reconnecting && c->lastFailure() == Failure::Kind::Limit))
            return true;
    }
    return false;
}

QString TweetsWorkspace::statusText() const
{
    if (m_sessions.isEmpty())
        return tr("No tweet stream profile. Add one on the Connections page.");
    // The most serious problem first, named with its profile.
    QString waiting;
    for (const Session &s : m_sessions) {
        if (!s.keyProblem.isEmpty())
            return s.keyProblem;
        if (!s.client) {
            waiting = tr("%1: reading the key…").arg(s.profile.name);
            continue;
        }
        const Connection *c = s.client->connection();
        if (c->state() == Connection::State::Failed)
            return tr("%1: %2").arg(s.profile.name, c->reason());
        if (c->state() == Connection::State::Reconnecting)
            waiting = tr("%1: %2 Reconnecting…").arg(s.profile.name, c->reason());
    }
    if (!waiting.isEmpty())
        return waiting;
    return tr("Tweet stream connections open: %1 of %2").arg(openCount()).arg(m_sessions.size());
}

QVariantList TweetsWorkspace::connections() const
{
    QVariantList list;
    for (const Session &s : m_sessions) {
        const Connection *c = s.client ? s.client->connection() : nullptr;
        const int state = c ? int(c->state()) : int(Connection::State::Idle);
        list.append(QVariantMap{
            {QStringLiteral("name"), s.profile.name},
            {QStringLiteral("state"), state},
            {QStringLiteral("stateName"), ConnectionRegistry::stateName(state)},
            {QStringLiteral("connectionId"), s.client ? s.client->connectionId() : QString()},
            {QStringLiteral("apiKeyId"), s.client ? s.client->apiKeyId() : QString()},
            {QStringLiteral("reason"), !s.keyProblem.isEmpty() ? s.keyProblem : c ? c->reason() : QString()},
        });
    }
    return list;
}

qint64 TweetsWorkspace::duplicatesDropped() const
{
    qint64 n = 0;
    for (const Session &s : m_sessions)
        n += s.client ? s.client->duplicateCount() : 0;
    return n;
}

qint64 TweetsWorkspace::skippedFrames() const
{
    qint64 n = 0;
    for (const Session &s : m_sessions)
        n += s.client ? s.client->malformedCount() + s.client->unknownCount() : 0;
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
    for (const Session &s : std::as_const(m_sessions)) {
        if (s.client) {
            s.client->close();
            s.client->open();
        }
    }
}
