// Profile → key → connection, the same for every provider workspace (issue 10 item 3), end to
// end against the simulator with a real keychain: a profile saved before its key shows a
// failed connection with the reason, connects once its key is written, and reconnects with
// a changed key. The simulator accepts only the newest key, so "connected" means the server
// received that key.

#include "app/allium/alliumconsole.h"
#include "app/allium/alliumstreams.h"
#include "app/conyr/conyrworkspace.h"
#include "app/genericworkspace.h"
#include "app/predikt/prediktworkspace.h"
#include "app/tweets/tweetssubscriptionscontroller.h"
#include "app/tweets/tweetsworkspace.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/profilesessions.h"
#include "core/profilestore.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/tweets/tweetsclient.h"
#include "sim/simserver.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace {

const QString KeyOne = QStringLiteral("tst-sessions-key-one-4f7a2c");
const QString KeyTwo = QStringLiteral("tst-sessions-key-two-9b1d6e");

// Runs the keychain job and waits for its answer.
KeyStore::Result waitFor(const std::function<void(KeyStore::Callback)> &job)
{
    auto result = std::make_shared<std::optional<KeyStore::Result>>();
    job([result](const KeyStore::Result &r) { *result = r; });
    QTest::qWaitFor([result] { return result->has_value(); }, 10000);
    return result->value_or(KeyStore::Result{KeyStore::Error::Other, {}, QStringLiteral("the keychain did not answer")});
}

} // namespace

class TestProfileSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void keyAfterProfileThenChangedKey_data();
    void keyAfterProfileThenChangedKey();
    void profileEditRestartsOnlyThatProfile();
    void prediktReconnectReadsTheKeyAgain();
    void tweetsRestFollowsItsProfilesKey();
    void sessionIdsOnTheConnectionsPage_data();
    void sessionIdsOnTheConnectionsPage();
    void chosenProfileMode();
    void pagesFollowTheChoice();

private:
    Profile profileOf(Provider::Kind kind, const QString &id) const;
    /// Builds the workspace for the kind; fills the probes the test reads it with.
    void startWorkspace(Provider::Kind kind, const QString &profileId);
    Connection *onlyConnection(const QString &profileId) const;
    QString registryReason(const Connection *connection) const;
    QString registryDetails(const Connection *connection) const;

    SimServer *m_server = nullptr;
    ProfileStore *m_profiles = nullptr;
    KeyStore *m_keys = nullptr;
    QObject *m_workspace = nullptr;
    std::function<QString()> m_problem;   // the workspace's problem text for the profile
    std::function<bool()> m_accepted;     // the server accepted the key and talks to us
};

void TestProfileSessions::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("tidewatch-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profile_sessions"));
}

void TestProfileSessions::init()
{
    SimConfig config;
    config.acceptedKeys = {KeyOne};
    m_server = new SimServer(config, this);
    m_server->installStandardHandlers();
    QVERIFY(m_server->listen());
    m_profiles = new ProfileStore(QStringLiteral("tst_profile_sessions"), this);
    m_keys = new KeyStore(QStringLiteral("tidewatch-tst-sessions"), this);
}

void TestProfileSessions::cleanup()
{
    delete m_workspace;
    m_workspace = nullptr;
    for (const Profile &p : m_profiles->profiles()) {
        waitFor([this, &p](KeyStore::Callback done) { m_keys->deleteKey(p.id, std::move(done)); });
        m_profiles->remove(p.id);
    }
    delete m_keys;
    delete m_profiles;
    delete m_server;
    m_problem = {};
    m_accepted = {};
}

Profile TestProfileSessions::profileOf(Provider::Kind kind, const QString &id) const
{
    Profile p;
    p.id = id;
    p.name = QStringLiteral("Session test %1").arg(Provider::toId(kind));
    p.kind = kind;
    p.url = m_server->baseUrl();
    switch (kind) {
    case Provider::Kind::Generic: {
        p.url.setPath(QStringLiteral("/demo/stream"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("key"), QStringLiteral("required"));
        query.addQueryItem(QStringLiteral("interval"), QStringLiteral("20"));
        p.url.setQuery(query);
        p.auth = Auth::Method::ApiKeyHeader;
        break;
    }
    case Provider::Kind::AlliumApi:
        p.url.setPath(QStringLiteral("/api/v1/developer/ws/api"));
        p.auth = Auth::Method::ApiKeyHeader;
        break;
    case Provider::Kind::AlliumStream:
        p.url.setPath(QStringLiteral("/api/v1/developer/ws/stream"));
        p.auth = Auth::Method::ApiKeyHeader;
        break;
    case Provider::Kind::Conyr:
        p.url.setPath(QStringLiteral("/ws"));
        p.auth = Auth::Method::Bearer;
        p.tier = QStringLiteral("layer1");
        p.subscriptions = {Conyr::tradesChannel(QStringLiteral("So11111111111111111111111111111111111111112"))};
        break;
    case Provider::Kind::Predikt:
        p.url.setPath(QStringLiteral("/api/v1/ws"));
        p.auth = Auth::Method::SocketIoToken;
        p.tier = QStringLiteral("PRO");
        p.subscriptions = {QStringLiteral("SOL")};
        break;
    case Provider::Kind::Tweets:
        p.url.setPath(QStringLiteral("/v1/twitter/stream"));
        p.auth = Auth::Method::LowerApiKeyHeader;
        break;
    }
    return p;
}

void TestProfileSessions::startWorkspace(Provider::Kind kind, const QString &id)
{
    auto open = [this, id] {
        const Connection *c = onlyConnection(id);
        return c && c->state() == Connection::State::Open;
    };
    switch (kind) {
    case Provider::Kind::Generic: {
        auto *w = new GenericWorkspace(m_profiles, m_keys, this);
        m_workspace = w;
        m_problem = [w] { return w->problem(); };
        // The demo stream closes a socket with a refused key at once; an accepted one gets records.
        m_accepted = [this, open, id] { return open() && onlyConnection(id)->stats().messagesIn > 0; };
        break;
    }
    case Provider::Kind::AlliumApi: {
        auto *w = new AlliumConsole(m_profiles, m_keys, this);
        w->start();
        m_workspace = w;
        m_problem = [w] { return w->problem(); };
        m_accepted = open; // the simulator refuses the upgrade of a wrong key
        break;
    }
    case Provider::Kind::AlliumStream: {
        auto *w = new AlliumStreams(m_profiles, m_keys, this);
        w->start();
        m_workspace = w;
        m_problem = [w] { return w->problem(); };
        m_accepted = open; // the simulator refuses the upgrade of a wrong key
        break;
    }
    case Provider::Kind::Conyr: {
        auto *w = new ConyrWorkspace(m_profiles, m_keys, this);
        w->start();
        m_workspace = w;
        m_problem = [w] { return w->problem(); };
        m_accepted = open; // the simulator refuses the upgrade of a wrong key
        break;
    }
    case Provider::Kind::Predikt: {
        auto *w = new PrediktWorkspace(m_profiles, m_keys, this);
        w->start();
        m_workspace = w;
        m_problem = [w, id] { return w->session(id) ? w->session(id)->problem() : QStringLiteral("no session"); };
        // The token is checked in the Socket.IO CONNECT: accepted once the server said who we are.
        m_accepted = [w, id, open] { return open() && w->session(id) && !w->session(id)->connectionId().isEmpty(); };
        break;
    }
    case Provider::Kind::Tweets: {
        auto *w = new TweetsWorkspace(m_profiles, m_keys, this);
        w->start();
        m_workspace = w;
        m_problem = [w] { return w->problem(); };
        // The key is checked after the upgrade: accepted once the session started.
        m_accepted = [w, id, open] { return open() && w->client(id) && !w->client(id)->connectionId().isEmpty(); };
        break;
    }
    }
}

Connection *TestProfileSessions::onlyConnection(const QString &profileId) const
{
    const QList<Connection *> all = ConnectionRegistry::instance()->connectionsOfProfile(profileId);
    return all.size() == 1 ? all.first() : nullptr;
}

QString TestProfileSessions::registryDetails(const Connection *connection) const
{
    const ConnectionRegistry *registry = ConnectionRegistry::instance();
    for (int row = 0; row < registry->rowCount(); ++row) {
        const QModelIndex index = registry->index(row);
        if (index.data(ConnectionRegistry::ConnectionRole).value<Connection *>() == connection)
            return index.data(ConnectionRegistry::SessionDetailsRole).toString();
    }
    return QStringLiteral("(not registered)");
}

QString TestProfileSessions::registryReason(const Connection *connection) const
{
    // What the Connections page shows: the registry's rows.
    const ConnectionRegistry *registry = ConnectionRegistry::instance();
    for (int row = 0; row < registry->rowCount(); ++row) {
        const QModelIndex index = registry->index(row);
        if (index.data(ConnectionRegistry::ConnectionRole).value<Connection *>() != connection)
            continue;
        if (index.data(ConnectionRegistry::StateRole).toInt() != int(Connection::State::Failed))
            return QStringLiteral("(not failed)");
        return index.data(ConnectionRegistry::ReasonRole).toString();
    }
    return QStringLiteral("(not registered)");
}

void TestProfileSessions::keyAfterProfileThenChangedKey_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("generic") << int(Provider::Kind::Generic);
    QTest::newRow("allium api") << int(Provider::Kind::AlliumApi);
    QTest::newRow("allium streams") << int(Provider::Kind::AlliumStream);
    QTest::newRow("conyr") << int(Provider::Kind::Conyr);
    QTest::newRow("predikt") << int(Provider::Kind::Predikt);
    QTest::newRow("tweets") << int(Provider::Kind::Tweets);
}

void TestProfileSessions::keyAfterProfileThenChangedKey()
{
    QFETCH(int, kind);
    const Provider::Kind k = Provider::Kind(kind);
    const Profile profile = profileOf(k, QStringLiteral("tst-sessions-%1").arg(Provider::toId(k)));
    const KeyStore::Result gone = waitFor([&](KeyStore::Callback done) { m_keys->deleteKey(profile.id, std::move(done)); });
    QVERIFY2(gone.ok(), qPrintable(gone.message));
    startWorkspace(k, profile.id);

    // 1. The editor saves the profile first: no key yet, so a failed connection says why.
    m_profiles->upsert(profile);
    const QString noKey = KeyStore::messageFor(KeyStore::Error::NotFound);
    QTRY_VERIFY_WITH_TIMEOUT(onlyConnection(profile.id) && onlyConnection(profile.id)->state() == Connection::State::Failed,
                             10000);
    QCOMPARE(onlyConnection(profile.id)->reason(), noKey);
    QCOMPARE(registryReason(onlyConnection(profile.id)), noKey);
    QTRY_VERIFY2(m_problem().contains(noKey), qPrintable(m_problem()));
    QVERIFY2(m_problem().contains(profile.name), qPrintable(m_problem()));

    // 2. ... then the key: the profile connects with it.
    m_keys->storeKey(profile.id, KeyOne);
    QTRY_VERIFY_WITH_TIMEOUT(m_accepted(), 10000);
    QCOMPARE(onlyConnection(profile.id)->config().key, KeyOne);
    QCOMPARE(m_problem(), QString());

    // 3. A changed key (the server now accepts only the new one): reconnected with it.
    m_server->config().acceptedKeys = {KeyTwo};
    Connection *before = onlyConnection(profile.id);
    QSignalSpy replaced(before, &QObject::destroyed);
    m_keys->storeKey(profile.id, KeyTwo);
    QVERIFY(replaced.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(onlyConnection(profile.id) && onlyConnection(profile.id)->config().key == KeyTwo, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_accepted(), 10000);
    QCOMPARE(m_problem(), QString());
}

void TestProfileSessions::profileEditRestartsOnlyThatProfile()
{
    // Two Tweets profiles with their keys: a changed URL restarts the edited profile's
    // connection only; a subscriptions edit restarts nothing.
    startWorkspace(Provider::Kind::Tweets, QStringLiteral("tst-sessions-edit-a"));
    Profile a = profileOf(Provider::Kind::Tweets, QStringLiteral("tst-sessions-edit-a"));
    Profile b = profileOf(Provider::Kind::Tweets, QStringLiteral("tst-sessions-edit-b"));
    b.name = QStringLiteral("Session test second");
    for (const Profile &p : {a, b}) {
        const KeyStore::Result stored = waitFor([&](KeyStore::Callback done) { m_keys->writeKey(p.id, KeyOne, std::move(done)); });
        QVERIFY2(stored.ok(), qPrintable(stored.message));
        m_profiles->upsert(p);
    }
    QTRY_VERIFY_WITH_TIMEOUT(onlyConnection(a.id) && onlyConnection(a.id)->state() == Connection::State::Open, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(onlyConnection(b.id) && onlyConnection(b.id)->state() == Connection::State::Open, 10000);
    Connection *firstA = onlyConnection(a.id);
    Connection *firstB = onlyConnection(b.id);
    QSignalSpy aGone(firstA, &QObject::destroyed);
    QSignalSpy bGone(firstB, &QObject::destroyed);

    a.subscriptions = {QStringLiteral("not a connection setting")};
    m_profiles->upsert(a);
    a.url.setQuery(QStringLiteral("edited=1"));
    m_profiles->upsert(a);
    QVERIFY(aGone.wait(10000));
    QTRY_VERIFY_WITH_TIMEOUT(onlyConnection(a.id) && onlyConnection(a.id)->state() == Connection::State::Open, 10000);
    QCOMPARE(onlyConnection(a.id)->config().url.query(), QStringLiteral("edited=1"));
    QCOMPARE(aGone.count(), 1); // the subscriptions edit did not restart it
    QCOMPARE(bGone.count(), 0);
    QCOMPARE(onlyConnection(b.id), firstB);
}

void TestProfileSessions::prediktReconnectReadsTheKeyAgain()
{
    // Reconnect after fixing a rejected key uses the key as stored now, not the one the
    // client was built with (the key is written here without the store's announcement).
    const Profile profile = profileOf(Provider::Kind::Predikt, QStringLiteral("tst-sessions-reconnect"));
    KeyStore::Result stored = waitFor([&](KeyStore::Callback done) { m_keys->writeKey(profile.id, KeyOne, std::move(done)); });
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    startWorkspace(Provider::Kind::Predikt, profile.id);
    m_profiles->upsert(profile);
    QTRY_VERIFY_WITH_TIMEOUT(m_accepted(), 10000);

    m_server->config().acceptedKeys = {KeyTwo};
    stored = waitFor([&](KeyStore::Callback done) { m_keys->writeKey(profile.id, KeyTwo, std::move(done)); });
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    auto *workspace = qobject_cast<PrediktWorkspace *>(m_workspace);
    QVERIFY(workspace && workspace->session(profile.id));
    workspace->session(profile.id)->reconnect();
    QTRY_VERIFY_WITH_TIMEOUT(onlyConnection(profile.id) && onlyConnection(profile.id)->config().key == KeyTwo, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_accepted(), 10000);
}

void TestProfileSessions::sessionIdsOnTheConnectionsPage_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("predikt") << int(Provider::Kind::Predikt);
    QTest::newRow("tweets") << int(Provider::Kind::Tweets);
}

void TestProfileSessions::sessionIdsOnTheConnectionsPage()
{
    // The server's ids of a session (Predikt's connectionId and account, the tweet stream's
    // connection_id and api_key_id) are on the connection's row of the Connections page.
    QFETCH(int, kind);
    const Provider::Kind k = Provider::Kind(kind);
    const Profile profile = profileOf(k, QStringLiteral("tst-sessions-ids-%1").arg(Provider::toId(k)));
    const KeyStore::Result stored = waitFor([&](KeyStore::Callback done) { m_keys->writeKey(profile.id, KeyOne, std::move(done)); });
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    startWorkspace(k, profile.id);
    m_profiles->upsert(profile);
    QTRY_VERIFY_WITH_TIMEOUT(m_accepted(), 10000);
    Connection *connection = onlyConnection(profile.id);
    QVERIFY(connection);

    QString connectionId;
    if (k == Provider::Kind::Predikt)
        connectionId = qobject_cast<PrediktWorkspace *>(m_workspace)->session(profile.id)->connectionId();
    else
        connectionId = qobject_cast<TweetsWorkspace *>(m_workspace)->client(profile.id)->connectionId();
    QVERIFY(!connectionId.isEmpty());
    QTRY_VERIFY2(registryDetails(connection).contains(connectionId), qPrintable(registryDetails(connection)));
    if (k == Provider::Kind::Tweets) {
        const QString keyId = qobject_cast<TweetsWorkspace *>(m_workspace)->client(profile.id)->apiKeyId();
        QVERIFY(!keyId.isEmpty());
        QVERIFY2(registryDetails(connection).contains(keyId), qPrintable(registryDetails(connection)));
    }
    QVERIFY2(!registryDetails(connection).contains(KeyOne), "the key itself is never shown");
}

void TestProfileSessions::tweetsRestFollowsItsProfilesKey()
{
    // The monitors/rules controller runs its profile through ProfileSessions too: saved
    // before its key it says why it has no lists (without a second failed connection on the
    // Connections page), loads once the key is written, and starts over with a changed key.
    const Profile profile = profileOf(Provider::Kind::Tweets, QStringLiteral("tst-sessions-rest"));
    const KeyStore::Result gone = waitFor([&](KeyStore::Callback done) { m_keys->deleteKey(profile.id, std::move(done)); });
    QVERIFY2(gone.ok(), qPrintable(gone.message));
    m_profiles->upsert(profile);
    auto *controller = new TweetsSubscriptionsController(m_profiles, m_keys, this);
    m_workspace = controller;
    controller->refresh();
    const QString noKey = KeyStore::messageFor(KeyStore::Error::NotFound);
    QTRY_VERIFY2_WITH_TIMEOUT(controller->problem().contains(noKey), qPrintable(controller->problem()), 10000);
    QVERIFY2(controller->problem().contains(profile.name), qPrintable(controller->problem()));
    QVERIFY(!controller->ready());
    QCOMPARE(ConnectionRegistry::instance()->connectionsOfProfile(profile.id).size(), 0);

    // The key arrives: the lists load with it (the simulator answers 401 to any other key).
    m_keys->storeKey(profile.id, KeyOne);
    QTRY_VERIFY_WITH_TIMEOUT(controller->loaded(), 10000);
    QCOMPARE(controller->problem(), QString());

    // A changed key: the old client goes, the new one loads with the new key.
    m_server->config().acceptedKeys = {KeyTwo};
    QPointer<TweetsRestClient> first = controller->client();
    QVERIFY(first);
    m_keys->storeKey(profile.id, KeyTwo);
    QTRY_VERIFY_WITH_TIMEOUT(first.isNull(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(controller->loaded(), 10000);
    QCOMPARE(controller->problem(), QString());

    // An edit that is not about the connection (subscriptions) keeps the client.
    QPointer<TweetsRestClient> second = controller->client();
    Profile edited = profile;
    edited.subscriptions = {QStringLiteral("not a connection setting")};
    m_profiles->upsert(edited);
    QTest::qWait(200);
    QCOMPARE(controller->client(), second.data());
}

void TestProfileSessions::chosenProfileMode()
{
    // One chosen profile runs (the Allium pages, the tweets REST controller): the choice
    // follows the store, keys follow the one policy.
    ProfileSessions sessions(Provider::Kind::AlliumApi, m_profiles, m_keys, nullptr);
    QStringList started;   // "id=key" per Start
    QStringList stopped;
    QStringList keyFailures;
    sessions.setHandlers(
        [&](const Profile &p, const QString &key) {
            started << p.id + QLatin1Char('=') + key;
            return ProfileSessions::Started();
        },
        [&](const QString &id) { stopped << id; });
    sessions.setKeyFailureHandler([&](const Profile &p, const KeyStore::Result &) { keyFailures << p.id; });
    QSignalSpy choices(&sessions, &ProfileSessions::choicesChanged);
    QSignalSpy chosen(&sessions, &ProfileSessions::chosenChanged);
    sessions.useChosenProfile();
    QCOMPARE(sessions.chosen(), QString()); // the kind has no profile
    QVERIFY(!sessions.chosenRunning());

    Profile a = profileOf(Provider::Kind::AlliumApi, QStringLiteral("tst-sessions-chosen-a"));
    a.name = QStringLiteral("Chosen A");
    Profile b = profileOf(Provider::Kind::AlliumApi, QStringLiteral("tst-sessions-chosen-b"));
    b.name = QStringLiteral("Chosen B");
    for (const Profile &p : {a, b}) {
        const KeyStore::Result gone = waitFor([&](KeyStore::Callback done) { m_keys->deleteKey(p.id, std::move(done)); });
        QVERIFY2(gone.ok(), qPrintable(gone.message));
    }

    // 1. The kind's first profile becomes chosen at once (before start(): nothing runs yet).
    m_profiles->upsert(a);
    QCOMPARE(sessions.chosen(), a.id);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(choices.count(), 1);
    QCOMPARE(sessions.choices().size(), 1);
    QCOMPARE(sessions.choices().first().toMap().value(QStringLiteral("name")).toString(), a.name);
    QVERIFY(!sessions.chosenRunning());
    QVERIFY(sessions.profile(a.id)); // readable before start()

    // 2. Started: no key yet, so the key failure is reported; the key written after the
    //    profile connects it.
    sessions.start();
    QVERIFY(sessions.chosenRunning());
    QTRY_COMPARE_WITH_TIMEOUT(keyFailures, QStringList{a.id}, 10000);
    QVERIFY(started.isEmpty());
    m_keys->storeKey(a.id, KeyOne);
    QTRY_COMPARE_WITH_TIMEOUT(started, QStringList{a.id + QLatin1Char('=') + KeyOne}, 10000);

    // 3. A second profile is a choice, not chosen and not run.
    const KeyStore::Result stored = waitFor([&](KeyStore::Callback done) { m_keys->writeKey(b.id, KeyOne, std::move(done)); });
    QVERIFY2(stored.ok(), qPrintable(stored.message));
    m_profiles->upsert(b);
    QCOMPARE(sessions.chosen(), a.id);
    QCOMPARE(sessions.choices().size(), 2);
    QCOMPARE(chosen.count(), 1);
    QVERIFY(!sessions.isRunning(b.id));

    // 4. Choosing b stops a and starts b with b's key; an id of no profile of the kind is ignored.
    started.clear();
    sessions.setChosen(b.id);
    QCOMPARE(chosen.count(), 2);
    QCOMPARE(stopped, QStringList{a.id});
    QVERIFY(!sessions.isRunning(a.id));
    QTRY_COMPARE_WITH_TIMEOUT(started, QStringList{b.id + QLatin1Char('=') + KeyOne}, 10000);
    sessions.setChosen(QStringLiteral("no-such-profile"));
    QCOMPARE(sessions.chosen(), b.id);

    // 5. A changed key restarts the chosen profile with it.
    started.clear();
    stopped.clear();
    m_keys->storeKey(b.id, KeyTwo);
    QTRY_COMPARE_WITH_TIMEOUT(started, QStringList{b.id + QLatin1Char('=') + KeyTwo}, 10000);
    QCOMPARE(stopped, QStringList{b.id});

    // 6. A rename changes the choices, not the choice (and restarts the profile: the name
    //    labels its connection).
    started.clear();
    const int choicesBefore = int(choices.count());
    b.name = QStringLiteral("Chosen B renamed");
    m_profiles->upsert(b);
    QCOMPARE(choices.count(), choicesBefore + 1);
    QCOMPARE(sessions.choices().at(1).toMap().value(QStringLiteral("name")).toString(), b.name);
    QCOMPARE(sessions.chosen(), b.id);
    QTRY_COMPARE_WITH_TIMEOUT(started, QStringList{b.id + QLatin1Char('=') + KeyTwo}, 10000);

    // 7. The chosen profile is removed: the first remaining one is chosen and runs.
    started.clear();
    stopped.clear();
    m_profiles->remove(b.id);
    QCOMPARE(sessions.chosen(), a.id);
    QCOMPARE(stopped, QStringList{b.id});
    QCOMPARE(sessions.choices().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(started, QStringList{a.id + QLatin1Char('=') + KeyOne}, 10000);

    // 8. The last one goes: nothing is chosen; a new first profile is chosen and runs.
    m_profiles->remove(a.id);
    QCOMPARE(sessions.chosen(), QString());
    QVERIFY(!sessions.chosenRunning());
    started.clear();
    b.id = QStringLiteral("tst-sessions-chosen-c");
    const KeyStore::Result third = waitFor([&](KeyStore::Callback done) { m_keys->writeKey(b.id, KeyTwo, std::move(done)); });
    QVERIFY2(third.ok(), qPrintable(third.message));
    m_profiles->upsert(b);
    QCOMPARE(sessions.chosen(), b.id);
    QTRY_COMPARE_WITH_TIMEOUT(started, QStringList{b.id + QLatin1Char('=') + KeyTwo}, 10000);
}

void TestProfileSessions::pagesFollowTheChoice()
{
    // The pages' controllers take their choice from ProfileSessions: filled before they
    // start (the tweets controller's before its first refresh), and a removed chosen profile
    // updates the Allium pages' status although no connection of theirs changed.
    Profile a = profileOf(Provider::Kind::AlliumApi, QStringLiteral("tst-sessions-page-api"));
    Profile s = profileOf(Provider::Kind::AlliumStream, QStringLiteral("tst-sessions-page-stream"));
    s.subscriptions = {QStringLiteral("base.dex_trades")};
    Profile t = profileOf(Provider::Kind::Tweets, QStringLiteral("tst-sessions-page-tweets"));
    for (const Profile &p : {a, s, t})
        m_profiles->upsert(p);
    AlliumConsole console(m_profiles, m_keys, nullptr);
    AlliumStreams streams(m_profiles, m_keys, nullptr);
    TweetsSubscriptionsController tweets(m_profiles, m_keys, nullptr);
    QCOMPARE(console.profileId(), a.id);
    QCOMPARE(streams.profileId(), s.id);
    QCOMPARE(streams.topic(), QStringLiteral("base.dex_trades")); // the chosen profile's first subscription
    QCOMPARE(tweets.profileId(), t.id);
    QCOMPARE(tweets.profileName(), t.name);
    QCOMPARE(tweets.profiles().size(), 1);

    QSignalSpy consoleStatus(&console, &AlliumConsole::statusChanged);
    QSignalSpy consoleProfile(&console, &AlliumConsole::profileChanged);
    QSignalSpy streamsStatus(&streams, &AlliumStreams::statusChanged);
    QSignalSpy tweetsState(&tweets, &TweetsSubscriptionsController::stateChanged);
    m_profiles->remove(a.id);
    m_profiles->remove(s.id);
    m_profiles->remove(t.id);
    QCOMPARE(console.profileId(), QString());
    QVERIFY(consoleProfile.count() >= 1);
    QVERIFY(consoleStatus.count() >= 1);
    QVERIFY2(console.status().contains(QStringLiteral("No Allium API profile")), qPrintable(console.status()));
    QVERIFY(streamsStatus.count() >= 1);
    QCOMPARE(streams.profileId(), QString());
    QCOMPARE(tweets.profileId(), QString());
    QVERIFY(tweetsState.count() >= 1);
    QCOMPARE(tweets.profiles().size(), 0);
}

QTEST_MAIN(TestProfileSessions)
#include "tst_profile_sessions.moc"
