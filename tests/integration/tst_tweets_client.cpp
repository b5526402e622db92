// The tweet stream client against the simulator on loopback: auth both ways, 4001 final,
// 4003 at the backoff cap, the sixth connection refused, dedupe around a reconnect,
// malformed frames skipped, batching.

#include "providers/tweets/tweetsclient.h"
#include "providers/tweets/tweetscodec.h"
#include "sim/faultproxy.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetssim.h"

#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <memory>

namespace {

const QString GoodKey = QStringLiteral("tweets-test-key-1");

/// Sends a fixed list of frames on connect, then optionally closes with a code.
class ScriptedStream : public SimHandler
{
public:
    explicit ScriptedStream(SimServer *server)
        : SimHandler(server)
    {
    }
    bool acceptsPath(const QString &path) const override { return path == QLatin1String("/scripted/stream"); }
    void acceptSocket(QWebSocket *socket) override
    {
        ++accepted;
        for (const QByteArray &frame : std::as_const(frames))
            socket->sendTextMessage(QString::fromUtf8(frame));
        if (closeCode)
            socket->close(QWebSocketProtocol::CloseCode(closeCode), closeReason);
    }
    QList<QByteArray> frames;
    int closeCode = 0;
    QString closeReason;
    int accepted = 0;
};

qint64 totalTweets(const QSignalSpy &spy)
{
    qint64 n = 0;
    for (const QList<QVariant> &args : spy)
        n += args.at(0).value<TweetBatch>().size();
    return n;
}

QStringList tweetIds(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &args : spy) {
        for (const Tweet &t : args.at(0).value<TweetBatch>())
            ids << t.tweetId;
    }
    return ids;
}

} // namespace

class TestTweetsClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void documentedBackoff();
    void headerAuthDeliversTweets();
    void queryParameterAuth();
    void invalidKeyIsNotRetried();
    void closeCode4001AloneIsFinal();
    void sixthConnectionIsRefusedAndBacksOffAtTheCap();
    void limitBackoffRecoversWhenASlotFrees();
    void duplicatesAroundReconnectAreShownOnce();
    void duplicatesAroundANetworkCutAreShownOnce();
    void malformedAndUnknownFramesAreSkipped();
    void tweetsArriveInBatches();

private:
    std::unique_ptr<TweetsClient> makeClient(const QString &key, Auth::Method auth = Auth::Method::LowerApiKeyHeader,
                                             int maxBackoffMs = 400, const QString &path = QStringLiteral("/v1/twitter/stream"));

    SimServer *m_server = nullptr;
    TweetsSimHandler *m_sim = nullptr;
    ScriptedStream *m_scripted = nullptr;
};

void TestTweetsClient::initTestCase()
{
    qRegisterMetaType<TweetBatch>();
}

void TestTweetsClient::init()
{
    SimConfig config;
    config.acceptedKeys = {GoodKey};
    config.options.insert(QStringLiteral("tweets.rate"), 0); // tests drive the stream themselves
    m_server = new SimServer(config, this);
    m_sim = new TweetsSimHandler(m_server);
    m_server->addHandler(m_sim);
    m_scripted = new ScriptedStream(m_server);
    m_server->addHandler(m_scripted);
    QVERIFY(m_server->listen());
}

void TestTweetsClient::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

std::unique_ptr<TweetsClient> TestTweetsClient::makeClient(const QString &key, Auth::Method auth, int maxBackoffMs,
                                                           const QString &path)
{
    ConnectionConfig c;
    c.name = QStringLiteral("tweets-test");
    QUrl url = m_server->baseUrl();
    url.setPath(path);
    c.url = url;
    c.auth = auth;
    c.key = key;
    c.reconnect.initialMs = 50;
    c.reconnect.maxMs = maxBackoffMs;
    c.connectTimeoutMs = 3000;
    auto *connection = new Connection(c);
    auto client = std::make_unique<TweetsClient>(connection);
    connection->setParent(client.get());
    return client;
}

void TestTweetsClient::documentedBackoff()
{
    const ReconnectSettings s = TweetsClient::documentedBackoff();
    QCOMPARE(s.initialMs, 1000);
    QCOMPARE(s.multiplier, 2.0);
    QCOMPARE(s.maxMs, 30000);
    // 1 s, 2 s, 4 s … capped at 30 s (jitter only shortens).
    QCOMPARE(ReconnectPolicy::bounds(s, 0).second, 1000);
    QCOMPARE(ReconnectPolicy::bounds(s, 1).second, 2000);
    QCOMPARE(ReconnectPolicy::bounds(s, 10).second, 30000);
}

void TestTweetsClient::headerAuthDeliversTweets()
{
    auto client = makeClient(GoodKey);
    QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
    QSignalSpy tweets(client.get(), &TweetsClient::tweetsReceived);
    client->open();
    QVERIFY(session.wait(5000));
    QVERIFY(client->connectionId().startsWith(QLatin1String("conn-")));
    QVERIFY(client->apiKeyId().startsWith(QLatin1String("key-")));
    QVERIFY(!client->apiKeyId().contains(GoodKey));

    QStringList sent;
    for (int i = 0; i < 3; ++i)
        sent << m_sim->broadcastNext().tweetId;
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 3, 5000);
    QCOMPARE(tweetIds(tweets), sent);

    const Tweet first = tweets.constFirst().at(0).value<TweetBatch>().constFirst();
    QVERIFY(first.tweetId.size() >= 18); // snowflake ids are beyond 2^53
    QVERIFY(first.receivedAtMs > 0);
    QVERIFY(first.deliveryMs() >= 0);
    QVERIFY(first.latencyMs > 0);
    QVERIFY(!first.sourceName.isEmpty());

    const SourceLatency &latency = client->latencyBySource().value(first.sourceKey());
    QVERIFY(latency.tweets >= 1);
    QVERIFY(latency.providerAverageMs() > 0);
    QVERIFY(latency.deliveryAverageMs() >= 0);
    QCOMPARE(client->tweetCount(), 3);
}

void TestTweetsClient::queryParameterAuth()
{
    auto client = makeClient(GoodKey, Auth::Method::QueryParameter);
    QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
    client->open();
    QVERIFY(session.wait(5000));
    QCOMPARE(m_sim->connectionsForKey(GoodKey), 1);
    QVERIFY(!client->connection()->displayUrl().contains(GoodKey));
}

void TestTweetsClient::invalidKeyIsNotRetried()
{
    auto client = makeClient(QStringLiteral("not-the-key"));
    QSignalSpy errors(client.get(), &TweetsClient::serverError);
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), Connection::State::Failed, 5000);
    QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Auth);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().at(0).toInt(), 4001);
    const QString reason = client->connection()->reason();
    QVERIFY2(reason.contains(QLatin1String("4001")) && reason.contains(QLatin1String("not retrying")), qPrintable(reason));
    QTest::qWait(600); // several backoff periods (50 → 400 ms): a retry would have happened
    QCOMPARE(m_sim->rejectedKeys(), 1);
    QCOMPARE(client->connection()->state(), Connection::State::Failed);
}

void TestTweetsClient::closeCode4001AloneIsFinal()
{
    m_scripted->closeCode = 4001;
    m_scripted->closeReason = QStringLiteral("Invalid or missing API key");
    auto client = makeClient(GoodKey, Auth::Method::LowerApiKeyHeader, 400, QStringLiteral("/scripted/stream"));
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), Connection::State::Failed, 5000);
    QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Auth);
    QVERIFY(client->connection()->reason().contains(QLatin1String("Invalid or missing API key")));
    QTest::qWait(600);
    QCOMPARE(m_scripted->accepted, 1);
}

void TestTweetsClient::sixthConnectionIsRefusedAndBacksOffAtTheCap()
{
    std::vector<std::unique_ptr<TweetsClient>> held;
    for (int i = 0; i < 5; ++i) {
        held.push_back(makeClient(GoodKey));
        QSignalSpy session(held.back().get(), &TweetsClient::sessionStarted);
        held.back()->open();
        QVERIFY(session.wait(5000));
    }
    QCOMPARE(m_sim->connectionsForKey(GoodKey), 5);

    auto sixth = makeClient(GoodKey, Auth::Method::LowerApiKeyHeader, 3000);
    QSignalSpy errors(sixth.get(), &TweetsClient::serverError);
    sixth->open();
    QTRY_COMPARE_WITH_TIMEOUT(sixth->connection()->state(), Connection::State::Reconnecting, 5000);
    QCOMPARE(sixth->connection()->lastFailure(), Failure::Kind::Limit);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().at(0).toInt(), 4003);
    const QString reason = sixth->connection()->reason();
    QVERIFY2(reason.contains(QLatin1String("holds 5")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("4003")), qPrintable(reason));
    // Waits at the cap (jitter takes off at most 20 %), not at the initial 50 ms.
    QVERIFY2(sixth->connection()->nextRetryMs() >= 2000, qPrintable(QString::number(sixth->connection()->nextRetryMs())));
    QCOMPARE(m_sim->rejectedOverLimit(), 1);
    QCOMPARE(m_sim->connectionsForKey(GoodKey), 5);
}

void TestTweetsClient::limitBackoffRecoversWhenASlotFrees()
{
    std::vector<std::unique_ptr<TweetsClient>> held;
    for (int i = 0; i < 5; ++i) {
        held.push_back(makeClient(GoodKey));
        QSignalSpy session(held.back().get(), &TweetsClient::sessionStarted);
        held.back()->open();
        QVERIFY(session.wait(5000));
    }
    auto sixth = makeClient(GoodKey, Auth::Method::LowerApiKeyHeader, 600);
    QSignalSpy session(sixth.get(), &TweetsClient::sessionStarted);
    sixth->open();
    QTRY_COMPARE_WITH_TIMEOUT(sixth->connection()->state(), Connection::State::Reconnecting, 5000);
    held.back()->close();
    QVERIFY(session.wait(5000));
    QCOMPARE(sixth->connection()->state(), Connection::State::Open);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->connectionsForKey(GoodKey), 5, 3000);
}

void TestTweetsClient::duplicatesAroundReconnectAreShownOnce()
{
    m_sim->setResendOnConnect(10);
    auto client = makeClient(GoodKey);
    QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
    QSignalSpy tweets(client.get(), &TweetsClient::tweetsReceived);
    client->open();
    QVERIFY(session.wait(5000));
    QStringList sent;
    for (int i = 0; i < 5; ++i)
        sent << m_sim->broadcastNext().tweetId;
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 5, 5000);

    // Cut from the server side: the client reconnects and the server resends its recent five.
    m_sim->dropAll(1001);
    QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), Connection::State::Reconnecting, 5000);
    QVERIFY(session.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(client->duplicateCount(), 5, 5000);
    for (int i = 0; i < 2; ++i)
        sent << m_sim->broadcastNext().tweetId;
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 7, 5000);
    QCOMPARE(tweetIds(tweets), sent);
    QCOMPARE(client->tweetCount(), 7);
    QCOMPARE(client->connection()->stats().reconnects, 1);
}

void TestTweetsClient::duplicatesAroundANetworkCutAreShownOnce()
{
    // The network drops (the fault proxy cuts the TCP link, not the server): the client
    // reconnects through the proxy and the server's resend of recent tweets is hidden.
    m_sim->setResendOnConnect(10);
    FaultProxy proxy;
    proxy.setTarget(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(proxy.listen());
    ConnectionConfig c;
    c.name = QStringLiteral("tweets-proxy-test");
    c.url = QUrl(QStringLiteral("ws://127.0.0.1:%1/v1/twitter/stream").arg(proxy.port()));
    c.auth = Auth::Method::LowerApiKeyHeader;
    c.key = GoodKey;
    c.reconnect.initialMs = 50;
    c.reconnect.maxMs = 400;
    Connection connection(c);
    TweetsClient client(&connection);
    QSignalSpy session(&client, &TweetsClient::sessionStarted);
    QSignalSpy tweets(&client, &TweetsClient::tweetsReceived);
    client.open();
    QVERIFY(session.wait(5000));
    QStringList sent;
    for (int i = 0; i < 4; ++i)
        sent << m_sim->broadcastNext().tweetId;
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 4, 5000);

    proxy.cutAll();
    QTRY_COMPARE_WITH_TIMEOUT(client.connection()->state(), Connection::State::Reconnecting, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_sim->openConnections(), 0, 5000);
    sent << m_sim->broadcastNext().tweetId; // sent while the client is away: arrives with the resend
    QVERIFY(session.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 5, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(client.duplicateCount(), 4, 5000);
    sent << m_sim->broadcastNext().tweetId;
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 6, 5000);
    QCOMPARE(tweetIds(tweets), sent);
    QCOMPARE(client.duplicateCount(), 4);
    QVERIFY(proxy.linksCut() >= 1);
}

void TestTweetsClient::malformedAndUnknownFramesAreSkipped()
{
    Tweet t;
    t.sourceKind = TweetSourceKind::Monitor;
    t.sourceType = QStringLiteral("monitor");
    t.sourceId = QStringLiteral("mon-1");
    t.sourceName = QStringLiteral("Watch");
    t.tweetId = QStringLiteral("1234567890123456789");
    t.author = QStringLiteral("someone");
    t.text = QStringLiteral("after the garbage");
    const char *mystery = R"({"type":"mystery"})";
    const char *incomplete = R"({"type":"new_tweet","source":"monitor"})";
    m_scripted->frames = {QByteArrayLiteral("garbage {"), QByteArray(mystery), QByteArray(incomplete), TweetsCodec::encodeTweet(t)};
    auto client = makeClient(GoodKey, Auth::Method::LowerApiKeyHeader, 400, QStringLiteral("/scripted/stream"));
    QSignalSpy tweets(client.get(), &TweetsClient::tweetsReceived);
    QSignalSpy problems(client.get(), &TweetsClient::protocolProblem);
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 1, 5000);
    QCOMPARE(client->malformedCount(), 2);
    QCOMPARE(client->unknownCount(), 1);
    QCOMPARE(problems.size(), 3);
    QVERIFY(problems.at(1).at(0).toString().contains(QLatin1String("mystery")));
    QCOMPARE(client->connection()->state(), Connection::State::Open);
}

void TestTweetsClient::tweetsArriveInBatches()
{
    auto client = makeClient(GoodKey);
    QSignalSpy session(client.get(), &TweetsClient::sessionStarted);
    QSignalSpy tweets(client.get(), &TweetsClient::tweetsReceived);
    client->open();
    QVERIFY(session.wait(5000));
    for (int i = 0; i < 200; ++i)
        m_sim->broadcastNext();
    QTRY_COMPARE_WITH_TIMEOUT(totalTweets(tweets), 200, 5000);
    QVERIFY2(tweets.size() < 50, qPrintable(QString::number(tweets.size())));
}

QTEST_GUILESS_MAIN(TestTweetsClient)
#include "tst_tweets_client.moc"
