// The Tweets workspace end to end against the simulator: profile → client → models, pause
// and resume without losing a tweet, the full record, and a rejected key in the status.

#include "app/tweets/tweetsworkspace.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/profilestore.h"
#include "providers/tweets/tweetsclient.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetssim.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

class TestTweetsWorkspace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void demoProfileFeedsEveryModel();
    void pauseAndResumeLoseNothing();
    void fullRecordByIdentity();
    void rejectedKeyShowsInTheStatus();
    void removedProfileStopsItsClient();
    void twoProfilesWithOneKeyShowEachTweetOnce();

private:
    Profile demoProfile() const;

    SimServer *m_server = nullptr;
    TweetsSimHandler *m_sim = nullptr;
    ProfileStore *m_profiles = nullptr;
    KeyStore *m_keys = nullptr;
    TweetsWorkspace *m_workspace = nullptr;
};

void TestTweetsWorkspace::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("tidewatch-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_tweets_workspace"));
}

void TestTweetsWorkspace::init()
{
    SimConfig config;
    config.options.insert(QStringLiteral("tweets.rate"), 0);
    m_server = new SimServer(config, this);
    m_sim = new TweetsSimHandler(m_server);
    m_server->addHandler(m_sim);
    QVERIFY(m_server->listen());
    m_profiles = new ProfileStore(QStringLiteral("tst_tweets_workspace"), this);
    m_keys = new KeyStore(QStringLiteral("tidewatch-tst-tweets"), this);
    m_workspace = new TweetsWorkspace(m_profiles, m_keys, this);
}

void TestTweetsWorkspace::cleanup()
{
    delete m_workspace;
    delete m_keys;
    delete m_profiles;
    delete m_server;
}

Profile TestTweetsWorkspace::demoProfile() const
{
    Profile p;
    p.id = QStringLiteral("demo-tweets");
    p.name = QStringLiteral("Demo tweet stream");
    p.kind = Provider::Kind::Tweets;
    p.url = m_server->baseUrl();
    p.url.setPath(QStringLiteral("/v1/twitter/stream"));
    p.auth = Auth::Method::LowerApiKeyHeader;
    p.demo = true;
    return p;
}

void TestTweetsWorkspace::demoProfileFeedsEveryModel()
{
    m_profiles->setDemoProfiles({demoProfile()});
    m_workspace->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->openCount() == 1, 5000);
    TweetsClient *client = m_workspace->client(QStringLiteral("demo-tweets"));
    QVERIFY(client);
    QVERIFY(ConnectionRegistry::instance()->connections().contains(client->connection()));
    QCOMPARE(client->connection()->config().reconnect.initialMs, 1000);
    QCOMPARE(client->connection()->config().reconnect.maxMs, 30000);
    QTRY_VERIFY(!client->connectionId().isEmpty());

    for (int i = 0; i < 20; ++i)
        m_sim->broadcastNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->allTweets()->rowCount(), 20, 5000);
    QCOMPARE(m_workspace->sources()->totalTweets(), 20);
    QCOMPARE(m_workspace->latency()->samples(), 20);
    QVERIFY(!m_workspace->sourceOptions().isEmpty());
    QVERIFY(m_workspace->tweetTypes().contains(QStringLiteral("original")));
    QVERIFY(!m_workspace->hasProblem());
    QVERIFY2(m_workspace->statusText().contains(QLatin1String("1 of 1")), qPrintable(m_workspace->statusText()));
}

void TestTweetsWorkspace::pauseAndResumeLoseNothing()
{
    m_profiles->setDemoProfiles({demoProfile()});
    m_workspace->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->openCount() == 1, 5000);
    TweetsClient *client = m_workspace->client(QStringLiteral("demo-tweets"));
    QTRY_VERIFY(!client->connectionId().isEmpty());

    QStringList sent;
    for (int i = 0; i < 5; ++i)
        sent.prepend(m_sim->broadcastNext().tweetId);
    TweetTimelineModel *timeline = m_workspace->allTweets();
    QTRY_COMPARE_WITH_TIMEOUT(timeline->rowCount(), 5, 5000);

    timeline->pause();
    for (int i = 0; i < 12; ++i)
        sent.prepend(m_sim->broadcastNext().tweetId);
    QTRY_COMPARE_WITH_TIMEOUT(timeline->pendingCount(), 12, 5000);
    QCOMPARE(timeline->rowCount(), 5);
    QCOMPARE(m_workspace->sources()->totalTweets(), 17); // counters keep counting while paused

    timeline->resume();
    QCOMPARE(timeline->pendingCount(), 0);
    QCOMPARE(timeline->rowCount(), 17);
    QStringList shown;
    for (int row = 0; row < timeline->rowCount(); ++row)
        shown << timeline->at(row).tweetId;
    QCOMPARE(shown, sent);
}

void TestTweetsWorkspace::fullRecordByIdentity()
{
    m_profiles->setDemoProfiles({demoProfile()});
    m_workspace->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->openCount() == 1, 5000);
    QTRY_VERIFY(!m_workspace->client(QStringLiteral("demo-tweets"))->connectionId().isEmpty());
    const Tweet sent = m_sim->broadcastNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->allTweets()->rowCount(), 1, 5000);
    const QVariantMap record = m_workspace->record(sent.sourceKey(), sent.tweetId);
    QCOMPARE(record.value(QStringLiteral("tweetId")).toString(), sent.tweetId);
    QCOMPARE(record.value(QStringLiteral("text")).toString(), sent.text);
    QCOMPARE(record.value(QStringLiteral("link")).toString(), sent.link());
    QVERIFY(record.value(QStringLiteral("json")).toString().contains(sent.tweetId));
    QVERIFY(record.value(QStringLiteral("deliveryMs")).toLongLong() >= 0);
    QVERIFY(m_workspace->record(sent.sourceKey(), QStringLiteral("1")).isEmpty());
}

void TestTweetsWorkspace::rejectedKeyShowsInTheStatus()
{
    m_server->config().acceptedKeys = {QStringLiteral("another-key")};
    m_profiles->setDemoProfiles({demoProfile()});
    m_workspace->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->hasProblem(), 5000);
    TweetsClient *client = m_workspace->client(QStringLiteral("demo-tweets"));
    QCOMPARE(client->connection()->state(), Connection::State::Failed);
    QVERIFY2(m_workspace->statusText().contains(QLatin1String("4001")), qPrintable(m_workspace->statusText()));
    QVERIFY(m_workspace->statusText().startsWith(QLatin1String("Demo tweet stream")));
}

void TestTweetsWorkspace::removedProfileStopsItsClient()
{
    m_profiles->setDemoProfiles({demoProfile()});
    m_workspace->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->openCount() == 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->openConnections(), 1, 5000);
    m_profiles->setDemoProfiles({});
    QCOMPARE(m_workspace->profileCount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->openConnections(), 0, 5000);
    QVERIFY(m_workspace->statusText().contains(QLatin1String("No tweet stream profile")));
}

void TestTweetsWorkspace::twoProfilesWithOneKeyShowEachTweetOnce()
{
    // The server delivers every tweet of a key to each of its connections: two profiles with
    // the same key (both demo profiles use the demo key) must not show it twice.
    Profile second = demoProfile();
    second.id = QStringLiteral("demo-tweets-2");
    second.name = QStringLiteral("Second demo tweet stream");
    m_profiles->setDemoProfiles({demoProfile(), second});
    m_workspace->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_workspace->openCount() == 2, 5000);
    QTRY_VERIFY(!m_workspace->client(QStringLiteral("demo-tweets"))->connectionId().isEmpty());
    QTRY_VERIFY(!m_workspace->client(QStringLiteral("demo-tweets-2"))->connectionId().isEmpty());
    for (int i = 0; i < 20; ++i)
        m_sim->broadcastNext();
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->duplicatesDropped(), 20, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_workspace->allTweets()->rowCount(), 20, 5000); // rows are coalesced
    QCOMPARE(m_workspace->sources()->totalTweets(), 20);
}

QTEST_MAIN(TestTweetsWorkspace)
#include "tst_tweets_workspace.moc"
