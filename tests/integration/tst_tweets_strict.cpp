// The tweet stream client against the strict simulator (reference/tweets.md): the JSON
// keepalive answered, the idle close (1001) when it is not, only the documented auth ways,
// all three tweet shapes and every wire variant, the server's ids as session info, and two
// clients sharing a key showing each tweet once.

#include "providers/tweets/tweetsclient.h"
#include "providers/tweets/tweetscodec.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetssim.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <memory>

namespace {

const QString GoodKey = QStringLiteral("tweets-strict-key-1");
const QString OtherKey = QStringLiteral("tweets-strict-key-2");

qint64 totalTweets(const QSignalSpy &spy)
{
    qint64 n = 0;
    for (const QList<QVariant> &args : spy)
        n += args.at(0).value<TweetBatch>().size();
    return n;
}

TweetBatch allTweets(const QSignalSpy &spy)
{
    TweetBatch all;
    for (const QList<QVariant> &args : spy)
        all += args.at(0).value<TweetBatch>();
    return all;
}

} // namespace

class TestTweetsStrict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void answersJsonPingsAndStaysOpen();
    void silentClientIsClosedWith1001AndReconnects();
    void bearerTokenIsNotADocumentedAuth();
    void headerAndQueryAreAccepted();
    void everyShapeReachesTheClient();
    void everyVariantDecodes_data();
    void everyVariantDecodes();
    void serverIdsAreTheSessionInfo();
    void twoClientsSharingAKeyShowEachTweetOnce();
    void clientsOfDifferentKeysEachShowEveryTweet();

private:
    void startServer(const QVariantMap &options);
    std::unique_ptr<TweetsClient> makeClient(const QString &key, Auth::Method auth = Auth::Method::LowerApiKeyHeader,
                                             TweetsClientOptions options = TweetsClientOptions());

    SimServer *m_server = nullptr;
    TweetsSimHandler *m_sim = nullptr;
};

void TestTweetsStrict::initTestCase()
{
    qRegisterMetaType<TweetBatch>();
}

void TestTweetsStrict::cleanup()
{
    delete m_server;
    m_server = nullptr;
    m_sim = nullptr;
}

void TestTweetsStrict::startServer(const QVariantMap &options)
{
    SimConfig config;
    config.acceptedKeys = {GoodKey, OtherKey};
    config.options.insert(QStringLiteral("tweets.rate"), 0); // tests drive the stream themselves
    for (auto it = options.begin(); it != options.end(); ++it)
        config.options.insert(it.key(), it.value());
    m_server = new SimServer(config, this);
    m_sim = new TweetsSimHandler(m_server);
    m_server->addHandler(m_sim);
    QVERIFY(m_server->listen());
}

std::unique_ptr<TweetsClient> TestTweetsStrict::makeClient(const QString &key, Auth::Method auth,
                                                           TweetsClientOptions options)
{
    ConnectionConfig c;
    c.name = QStringLiteral("tweets-strict");
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/v1/twitter/stream"));
    c.url = url;
    c.auth = auth;
    c.key = key;
    c.reconnect.initialMs = 50;
    c.reconnect.maxMs = 400;
    c.connectTimeoutMs = 3000;
    auto *connection = new Connection(c);
    auto client = std::make_unique<TweetsClient>(connection, options);
    connection->setParent(client.get());
    return client;
}

void TestTweetsStrict::answersJsonPingsAndStaysOpen()
{
    startServer({{QStringLiteral("tweets.pingMs"), 60}});
    auto client = makeClient(GoodKey);
    client->connection()->setFrameTapEnabled(true);
    QSignalSpy frames(client->connection(), &Connection::frameObserved);
    QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
    client->open();
    QVERIFY(session.wait(5000));
    // Several ping rounds: each would close a connection that left the previous ping unanswered.
    QTRY_VERIFY_WITH_TIMEOUT(m_sim->pongsReceived() >= 5, 5000);
    QCOMPARE(m_sim->pongTimeouts(), 0);
    QCOMPARE(client->connection()->state(), Connection::State::Open);
    QCOMPARE(client->connection()->stats().reconnects, 0);
    QVERIFY(client->pingsAnswered() >= 5);
    QCOMPARE(client->malformedCount() + client->unknownCount(), 0); // a ping is not a problem
    bool pongSent = false;
    for (const QList<QVariant> &f : std::as_const(frames)) {
        if (f.at(0).value<Connection::Direction>() == Connection::Direction::Outgoing
            && f.at(1).toByteArray() == TweetsCodec::encodePong())
            pongSent = true;
    }
    QVERIFY(pongSent); // a JSON text frame, not a protocol-level pong
}

void TestTweetsStrict::silentClientIsClosedWith1001AndReconnects()
{
    startServer({{QStringLiteral("tweets.pingMs"), 60}});
    TweetsClientOptions options;
    options.answerPings = false;
    auto client = makeClient(GoodKey, Auth::Method::LowerApiKeyHeader, options);
    QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
    client->open();
    QVERIFY(session.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), Connection::State::Reconnecting, 5000);
    QVERIFY(m_sim->pongTimeouts() >= 1);
    QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Transient);
    const QString reason = client->connection()->reason();
    QVERIFY2(reason.contains(QLatin1String("1001")) && reason.contains(QLatin1String("pong")), qPrintable(reason));
    QVERIFY(session.wait(5000)); // retried: 1001 is not final
}

void TestTweetsStrict::bearerTokenIsNotADocumentedAuth()
{
    startServer({});
    auto client = makeClient(GoodKey, Auth::Method::Bearer);
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), Connection::State::Failed, 5000);
    QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Auth);
    QCOMPARE(m_sim->rejectedKeys(), 1);
}

void TestTweetsStrict::headerAndQueryAreAccepted()
{
    startServer({});
    for (Auth::Method auth : {Auth::Method::LowerApiKeyHeader, Auth::Method::QueryParameter}) {
        auto client = makeClient(GoodKey, auth);
        QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
        client->open();
        QVERIFY(session.wait(5000));
    }
    QCOMPARE(m_sim->rejectedKeys(), 0);
}

void TestTweetsStrict::everyShapeReachesTheClient()
{
    startServer({}); // "mixed": monitor tweets rotate through the three shapes
    m_sim->setRate(0);
    auto client = makeClient(GoodKey);
    QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
    QSignalSpy tweets(client.get(), &TweetsClient::tweetsReceived);
    client->open();
    QVERIFY(session.wait(5000));
    QStringList sent;
    // Most generated tweets come from filter rules: enough that each monitor sends several.
    for (int i = 0; i < 300; ++i)
        sent << m_sim->broadcastNext().tweetId;
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 300, 5000);
    QCOMPARE(client->malformedCount(), 0);
    QSet<int> shapes;
    QStringList received;
    for (const Tweet &t : allTweets(tweets)) {
        received << t.tweetId;
        shapes.insert(int(t.shape));
        QVERIFY(!t.author.isEmpty());
        // The nested shape names no monitor; the client labels it with the name the
        // monitor's earlier new_tweet gave.
        QVERIFY2(!t.sourceName.isEmpty(), qPrintable(t.sourceKey()));
        if (t.shape == TweetShape::Nested || t.shape == TweetShape::TweetDetected)
            QVERIFY(t.publishedAtMs > 0);
        if (t.shape != TweetShape::NewTweet)
            QCOMPARE(t.sourceKind, TweetSourceKind::Monitor); // only new_tweet documents rule fields
    }
    QCOMPARE(received, sent);
    QCOMPARE(shapes.size(), 3);
}

void TestTweetsStrict::everyVariantDecodes_data()
{
    QTest::addColumn<QString>("shape");
    QTest::addColumn<QString>("variant");
    for (const char *shape : {"new_tweet", "tweet.detected", "tweet"}) {
        for (const char *variant : {"documented", "numbers", "strings", "sparse"})
            QTest::addRow("%s %s", shape, variant) << QString::fromLatin1(shape) << QString::fromLatin1(variant);
    }
}

void TestTweetsStrict::everyVariantDecodes()
{
    QFETCH(QString, shape);
    QFETCH(QString, variant);
    startServer({{QStringLiteral("tweets.shape"), shape}, {QStringLiteral("tweets.variant"), variant}});
    auto client = makeClient(GoodKey);
    QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
    QSignalSpy tweets(client.get(), &TweetsClient::tweetsReceived);
    client->open();
    QVERIFY(session.wait(5000));
    QStringList sent;
    for (int i = 0; i < 20; ++i)
        sent << m_sim->broadcastNext().tweetId;
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 20, 5000);
    QCOMPARE(client->malformedCount(), 0);
    QStringList received;
    for (const Tweet &t : allTweets(tweets))
        received << t.tweetId;
    QCOMPARE(received, sent); // every digit, whether the id came as a string or a number
}

void TestTweetsStrict::serverIdsAreTheSessionInfo()
{
    startServer({});
    auto client = makeClient(GoodKey);
    QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
    client->open();
    QVERIFY(session.wait(5000));
    const QString text = client->sessionInfo();
    QVERIFY2(text.contains(client->connectionId()) && text.contains(client->apiKeyId()), qPrintable(text));
    QVERIFY(client->connectionId().startsWith(QLatin1String("conn-")));
    QVERIFY(client->apiKeyId().startsWith(QLatin1String("key-")));
    QVERIFY(!text.contains(GoodKey));
    // A new session shows the new ids.
    const QString first = client->connectionId();
    m_sim->dropAll(1001);
    QVERIFY(session.wait(5000));
    QVERIFY(client->connectionId() != first);
    QVERIFY(client->sessionInfo().contains(client->connectionId()));
    QVERIFY(!client->sessionInfo().contains(first));
}

void TestTweetsStrict::twoClientsSharingAKeyShowEachTweetOnce()
{
    startServer({});
    TweetDedupePool pool;
    TweetsClientOptions options;
    options.sharedDedupe = pool.windowFor(GoodKey);
    auto first = makeClient(GoodKey, Auth::Method::LowerApiKeyHeader, options);
    options.sharedDedupe = pool.windowFor(GoodKey);
    auto second = makeClient(GoodKey, Auth::Method::QueryParameter, options);
    QSignalSpy tweetsA(first.get(), &TweetsClient::tweetsReceived);
    QSignalSpy tweetsB(second.get(), &TweetsClient::tweetsReceived);
    QSignalSpy sessionA(first.get(), &TweetsClient::sessionStarted);
    QSignalSpy sessionB(second.get(), &TweetsClient::sessionStarted);
    first->open();
    second->open();
    QVERIFY(sessionA.size() == 1 || sessionA.wait(5000));
    QVERIFY(sessionB.size() == 1 || sessionB.wait(5000));
    QCOMPARE(m_sim->connectionsForKey(GoodKey), 2);
    for (int i = 0; i < 10; ++i)
        m_sim->broadcastNext();
    // Both connections received all ten; together they show ten.
    QTRY_COMPARE_WITH_TIMEOUT(first->duplicateCount() + second->duplicateCount(), 10, 5000);
    // Batches are delivered on the client's next flush, which may come after the counts.
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweetsA) + totalTweets(tweetsB), 10, 5000);
    QSet<QString> ids;
    for (const Tweet &t : allTweets(tweetsA) + allTweets(tweetsB))
        ids.insert(t.tweetId);
    QCOMPARE(ids.size(), 10);
}

void TestTweetsStrict::clientsOfDifferentKeysEachShowEveryTweet()
{
    startServer({});
    TweetDedupePool pool;
    TweetsClientOptions options;
    options.sharedDedupe = pool.windowFor(GoodKey);
    auto first = makeClient(GoodKey, Auth::Method::LowerApiKeyHeader, options);
    options.sharedDedupe = pool.windowFor(OtherKey);
    auto second = makeClient(OtherKey, Auth::Method::LowerApiKeyHeader, options);
    QSignalSpy tweetsA(first.get(), &TweetsClient::tweetsReceived);
    QSignalSpy tweetsB(second.get(), &TweetsClient::tweetsReceived);
    QSignalSpy sessionA(first.get(), &TweetsClient::sessionStarted);
    QSignalSpy sessionB(second.get(), &TweetsClient::sessionStarted);
    first->open();
    second->open();
    QVERIFY(sessionA.size() == 1 || sessionA.wait(5000));
    QVERIFY(sessionB.size() == 1 || sessionB.wait(5000));
    for (int i = 0; i < 10; ++i)
        m_sim->broadcastNext();
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweetsA), 10, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweetsB), 10, 5000);
    QCOMPARE(first->duplicateCount() + second->duplicateCount(), 0);
}

QTEST_GUILESS_MAIN(TestTweetsStrict)
#include "tst_tweets_strict.moc"
