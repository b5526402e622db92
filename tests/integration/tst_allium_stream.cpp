// AlliumStreamClient against the simulator on loopback: start/stop, filters, restore after
// reconnect, gap and re-org detection, bad frames.

#include "providers/allium/alliumstreamclient.h"
#include "sim/allium/alliumstreamsim.h"
#include "sim/simserver.h"

#include <memory>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

namespace {

/// Sends a fixed list of frames to every stream client once it starts.
class ScriptedStreamHandler : public SimHandler
{
public:
    ScriptedStreamHandler(SimServer *server, QList<QByteArray> frames)
        : SimHandler(server), m_frames(std::move(frames)) {}
    bool acceptsPath(const QString &path) const override { return path == QLatin1String("/scripted/ws/stream"); }
    void acceptSocket(QWebSocket *socket) override
    {
        connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &text) {
            if (!text.contains(QLatin1String("start")))
                return;
            for (const QByteArray &f : std::as_const(m_frames))
                socket->sendTextMessage(QString::fromUtf8(f));
        });
    }

private:
    QList<QByteArray> m_frames;
};

} // namespace

class TestAlliumStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void startDeliversBatchesOfTypedRecords();
    void filterIsSentBeforeStartAndHonoured();
    void stopReallyStopsAndStartResumes();
    void reconnectRestoresFilterAndStartedState();
    void reconnectRestoresStoppedState();
    void gapsAndReorgsAreDetected();
    void badFramesAreCountedNotFatal();
    void streamUrlAddsTheTopic();
    void filterChangeOnARunningStreamIsStopSetFilterStart();
    void recordsInFlightUnderTheOldFilterAreDropped();
    void stopStartReportsNoGapWhileTheChainAdvanced();
    void pausedStreamIsNotStale();
    void wrappedTopicIsUnwrappedAndFilteredThroughTheWrapper();
    void strictServerAcceptsOnlyTheApiKeyHeader_data();
    void strictServerAcceptsOnlyTheApiKeyHeader();
    void limitAtTheUpgradeIsALimit();
    void variantsAreUnderstood();

private:
    AlliumStreamClient *makeClient(const QString &topic, const QString &extraQuery = {}, const QString &path = {},
                                   Auth::Method auth = Auth::Method::ApiKeyHeader);
    QList<AlliumRecord> collect(AlliumStreamClient *client, int atLeast, int timeoutMs = 10000);

    SimServer *m_server = nullptr;
    AlliumStreamSimHandler *m_handler = nullptr;
    std::unique_ptr<Connection> m_connection;
    AlliumStreamClient *m_client = nullptr;
};

void TestAlliumStream::init()
{
    SimConfig config;
    config.clockFactor = 1000; // ethereum's 12 s blocks every 12 ms
    m_server = new SimServer(config);
    m_handler = new AlliumStreamSimHandler(m_server);
    m_server->addHandler(m_handler);
    QVERIFY(m_server->listen());
}

void TestAlliumStream::cleanup()
{
    delete m_client;
    m_client = nullptr;
    m_connection.reset();
    delete m_server;
    m_server = nullptr;
}

AlliumStreamClient *TestAlliumStream::makeClient(const QString &topic, const QString &extraQuery, const QString &path,
                                                 Auth::Method auth)
{
    ConnectionConfig config;
    QUrl url = m_server->baseUrl();
    url.setPath(path.isEmpty() ? QStringLiteral("/api/v1/developer/ws/stream") : path);
    url.setQuery(extraQuery);
    config.url = url;
    config.auth = auth;
    config.key = QStringLiteral("demo-key");
    config.reconnect.initialMs = 50;
    config.reconnect.maxMs = 200;
    const AlliumTopic parsed = *AlliumTopic::parse(topic);
    m_connection.reset(new Connection(AlliumStreamClient::connectionConfig(config, parsed)));
    m_client = new AlliumStreamClient(m_connection.get(), parsed);
    return m_client;
}

QList<AlliumRecord> TestAlliumStream::collect(AlliumStreamClient *client, int atLeast, int timeoutMs)
{
    QList<AlliumRecord> out;
    const auto c = connect(client, &AlliumStreamClient::recordsArrived, this, [&out](const QList<AlliumRecord> &batch) { out += batch; });
    QElapsedTimer timer;
    timer.start();
    while (out.size() < atLeast && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    disconnect(c);
    return out;
}

void TestAlliumStream::startDeliversBatchesOfTypedRecords()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"));
    client->start();
    client->open();
    const QList<AlliumRecord> records = collect(client, 8);
    QVERIFY(records.size() >= 8);
    for (int i = 1; i < records.size(); ++i) {
        QCOMPARE(records.at(i).blockNumber, records.at(i - 1).blockNumber + 1);
        QCOMPARE(records.at(i).parentHash, records.at(i - 1).hash);
        QVERIFY(records.at(i).sequence > records.at(i - 1).sequence);
        QVERIFY(records.at(i).note.isEmpty());
    }
    QCOMPARE(records.first().kind, AlliumTopic::Kind::Blocks);
    QVERIFY(records.first().timestampMs > 0);
    QVERIFY(records.first().object().contains(QStringLiteral("gas_used")));
    QCOMPARE(client->gaps(), 0);
    QCOMPARE(client->reorgs(), 0);
}

void TestAlliumStream::filterIsSentBeforeStartAndHonoured()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.transactions"));
    const AlliumFilter filter = *AlliumFilter::parseText(
        R"({"op":"AND","conditions":[{"field":"blockchain","operator":"=","value":"ethereum"},{"field":"value","operator":">","value":"1000000000000000000"}]})").filter;
    client->setFilter(filter);
    client->start();
    client->open();
    const QList<AlliumRecord> records = collect(client, 10);
    QVERIFY(records.size() >= 10);
    QCOMPARE(m_handler->lastFilter(), filter.toText());
    for (const AlliumRecord &r : records) {
        QVERIFY2(filter.matches(r.object()), qPrintable(r.object().value(QStringLiteral("value")).toString()));
        QVERIFY(r.object().value(QStringLiteral("value")).toString().size() >= 19); // ≥ 1 ETH in wei
    }
}

void TestAlliumStream::stopReallyStopsAndStartResumes()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"));
    QSignalSpy arrived(client, &AlliumStreamClient::recordsArrived);
    client->start();
    client->open();
    QVERIFY(arrived.wait(5000));
    client->stop();
    QTRY_VERIFY(!m_handler->anyStarted());
    const qint64 sentAtStop = m_handler->recordsSent();
    arrived.clear();
    // Ten cadences pass: the server sends nothing and the client shows nothing.
    QVERIFY(!arrived.wait(150));
    QCOMPARE(m_handler->recordsSent(), sentAtStop);
    QCOMPARE(arrived.count(), 0);
    QCOMPARE(client->connection()->state(), Connection::State::Open); // paused, not disconnected
    client->start();
    QVERIFY(arrived.wait(5000));
}

void TestAlliumStream::reconnectRestoresFilterAndStartedState()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.transactions"));
    const AlliumFilter filter = AlliumFilter::condition(QStringLiteral("to_address"), AlliumFilter::Operator::Exists, true);
    client->setFilter(filter);
    client->start();
    client->open();
    QVERIFY(!collect(client, 1).isEmpty());
    const qint64 controlsBefore = m_handler->controlMessages();
    m_handler->dropAll();
    QTRY_COMPARE(client->connection()->stats().reconnects, 1);
    QTRY_COMPARE(client->connection()->state(), Connection::State::Open);
    QTRY_COMPARE(m_handler->controlMessages(), controlsBefore + 2); // setFilter + start again
    QCOMPARE(m_handler->lastFilter(), filter.toText());
    QTRY_VERIFY(m_handler->anyStarted());
    const QList<AlliumRecord> after = collect(client, 5);
    QVERIFY(after.size() >= 5);
    for (const AlliumRecord &r : after)
        QVERIFY(filter.matches(r.object()));
}

void TestAlliumStream::reconnectRestoresStoppedState()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"));
    client->start();
    client->open();
    QVERIFY(!collect(client, 1).isEmpty());
    client->stop();
    QTRY_VERIFY(!m_handler->anyStarted());
    m_handler->dropAll();
    QTRY_COMPARE(client->connection()->stats().reconnects, 1);
    QTRY_COMPARE(client->connection()->state(), Connection::State::Open);
    QSignalSpy arrived(client, &AlliumStreamClient::recordsArrived);
    QVERIFY(!arrived.wait(150));
    QVERIFY(!m_handler->anyStarted());
}

void TestAlliumStream::gapsAndReorgsAreDetected()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"), QStringLiteral("gapEvery=4&reorgEvery=7"));
    client->start();
    client->open();
    const QList<AlliumRecord> records = collect(client, 30);
    QVERIFY(records.size() >= 30);
    int gaps = 0, reorgs = 0;
    for (const AlliumRecord &r : records) {
        if (r.gapBefore > 0) {
            ++gaps;
            QCOMPARE(r.gapBefore, 2);
            QVERIFY(r.note.contains(QStringLiteral("Gap")));
        }
        if (r.reorg) {
            ++reorgs;
            QVERIFY(r.note.contains(QStringLiteral("Re-org")));
        }
    }
    QVERIFY(gaps >= 3);
    QVERIFY(reorgs >= 2);
    QCOMPARE(client->gaps(), gaps);
}

void TestAlliumStream::badFramesAreCountedNotFatal()
{
    m_server->addHandler(new ScriptedStreamHandler(m_server, {
        "not json at all", "[1,2,3]", "42", QByteArray(200000, '{'),
        R"({"error":"topic access denied"})",
        R"({"number":"not a number","hash":7})",
        R"({"number":100,"hash":"0xa","parent_hash":"0x9"})"}));
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"), {}, QStringLiteral("/scripted/ws/stream"));
    QSignalSpy notices(client, &AlliumStreamClient::noticeReceived);
    client->start();
    client->open();
    const QList<AlliumRecord> records = collect(client, 2);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).blockNumber, -1); // wrong types become "unknown", not a crash
    QCOMPARE(records.at(1).blockNumber, 100);
    QCOMPARE(client->badFrames(), 4);
    QCOMPARE(notices.count(), 1);
    QCOMPARE(client->lastNotice(), QStringLiteral("topic access denied"));
    QCOMPARE(client->connection()->state(), Connection::State::Open);
}

void TestAlliumStream::streamUrlAddsTheTopic()
{
    const QUrl url = AlliumStreamClient::streamUrl(QUrl(QStringLiteral("wss://api.allium.so/api/v1/developer/ws/stream?topic=old&x=1")),
                                                   QStringLiteral("base.dex_trades"));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("topic")), QStringLiteral("base.dex_trades"));
    QCOMPARE(q.queryItemValue(QStringLiteral("x")), QStringLiteral("1"));
    QCOMPARE(q.allQueryItemValues(QStringLiteral("topic")).size(), 1);
}

void TestAlliumStream::filterChangeOnARunningStreamIsStopSetFilterStart()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.transactions"));
    client->start();
    client->open();
    QVERIFY(!collect(client, 1).isEmpty());
    QCOMPARE(m_handler->controlLog(), QStringList{QStringLiteral("start")});
    const AlliumFilter filter = AlliumFilter::condition(QStringLiteral("receipt_status"), AlliumFilter::Operator::Equal, 1);
    client->setFilter(filter);
    QTRY_COMPARE(m_handler->controlLog().size(), 4);
    QCOMPARE(m_handler->controlLog(), (QStringList{"start", "stop", "setFilter", "start"}));
    QCOMPARE(m_handler->lastFilter(), filter.toText());
    QVERIFY(client->isStarted()); // never shown as paused
    const QList<AlliumRecord> after = collect(client, 10);
    QVERIFY(after.size() >= 10);
    for (const AlliumRecord &r : after)
        QCOMPARE(r.object().value(QStringLiteral("receipt_status")).toInt(), 1);
    // Changing the filter of a stopped stream is just setFilter (start comes with start()).
    client->stop();
    client->setFilter(AlliumFilter::condition(QStringLiteral("nonce"), AlliumFilter::Operator::Exists, true));
    QTRY_COMPARE(m_handler->controlLog().size(), 6);
    QCOMPARE(m_handler->controlLog().mid(4), (QStringList{"stop", "setFilter"}));
}

void TestAlliumStream::recordsInFlightUnderTheOldFilterAreDropped()
{
    // A server that answers every start at once with a mixed batch, filter or not: after a
    // filter change the records that do not match the new filter are the old filter's.
    m_server->addHandler(new ScriptedStreamHandler(m_server, {
        R"({"number":1,"hash":"0x1","kind":"a"})", R"({"number":2,"hash":"0x2","kind":"b"})",
        R"({"number":3,"hash":"0x3","kind":"a"})"}));
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"), {}, QStringLiteral("/scripted/ws/stream"));
    client->start();
    client->open();
    QCOMPARE(collect(client, 3).size(), 3);
    client->setFilter(AlliumFilter::condition(QStringLiteral("kind"), AlliumFilter::Operator::Equal, QStringLiteral("a")));
    const QList<AlliumRecord> after = collect(client, 2);
    QCOMPARE(after.size(), 2);
    for (const AlliumRecord &r : after)
        QCOMPARE(r.object().value(QStringLiteral("kind")).toString(), QStringLiteral("a"));
    QVERIFY(after.first().resumed);
    QTRY_COMPARE(client->droppedOldFilter(), 1);
    QCOMPARE(client->recordsReceived(), 5);
}

void TestAlliumStream::stopStartReportsNoGapWhileTheChainAdvanced()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"));
    QSignalSpy paused(client, &AlliumStreamClient::pausedChanged);
    client->start();
    client->open();
    const QList<AlliumRecord> before = collect(client, 3);
    QVERIFY(before.size() >= 3);
    client->stop();
    QCOMPARE(paused.count(), 2); // false on start, true on stop
    QVERIFY(client->isPaused());
    QVERIFY(client->pausedSinceMs() > 0);
    QTRY_VERIFY(!m_handler->anyStarted());
    // The simulated chain goes on without us: wait for at least ten blocks of simulated time.
    const qint64 stoppedAt = m_server->clock().nowMs();
    QTRY_VERIFY(m_server->clock().nowMs() - stoppedAt > 10 * 12000);
    client->start();
    QVERIFY(!client->isPaused());
    QCOMPARE(client->pausedSinceMs(), -1);
    const QList<AlliumRecord> after = collect(client, 3);
    QVERIFY(after.size() >= 3);
    const AlliumRecord &first = after.first();
    const qint64 lastBefore = before.last().blockNumber;
    QVERIFY2(first.blockNumber > lastBefore + 9, qPrintable(QStringLiteral("%1 after %2").arg(first.blockNumber).arg(lastBefore)));
    QVERIFY(first.resumed);
    QCOMPARE(first.gapBefore, 0);
    QVERIFY(!first.reorg);
    QVERIFY2(first.note.contains(QStringLiteral("Resumed")), qPrintable(first.note));
    for (int i = 1; i < after.size(); ++i) {
        QVERIFY(!after.at(i).resumed);
        QCOMPARE(after.at(i).gapBefore, 0);
    }
    QCOMPARE(client->gaps(), 0);
    QCOMPARE(client->reorgs(), 0);
    // After the resume the chain links again block by block.
    QCOMPARE(after.last().parentHash, after.at(after.size() - 2).hash);
}

void TestAlliumStream::pausedStreamIsNotStale()
{
    ConnectionConfig config;
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/api/v1/developer/ws/stream"));
    config.url = url;
    config.auth = Auth::Method::ApiKeyHeader;
    config.key = QStringLiteral("demo-key");
    config.pingIntervalMs = 50;
    config.staleTimeoutMs = 200; // a paused stream sends nothing for far longer than this
    const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("bitcoin.blocks"));
    m_connection.reset(new Connection(AlliumStreamClient::connectionConfig(config, topic)));
    m_client = new AlliumStreamClient(m_connection.get(), topic);
    m_client->open();
    QTRY_COMPARE(m_connection->state(), Connection::State::Open);
    QVERIFY(m_client->isPaused());
    QSignalSpy states(m_connection.get(), &Connection::stateChanged);
    QVERIFY(!states.wait(1000)); // five stale timeouts without a single data frame
    QCOMPARE(m_connection->state(), Connection::State::Open);
    QCOMPARE(m_connection->stats().reconnects, 0);
}

void TestAlliumStream::wrappedTopicIsUnwrappedAndFilteredThroughTheWrapper()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("hyperliquid.fills"));
    const AlliumFilter filter = AlliumFilter::condition(QStringLiteral("coin"), AlliumFilter::Operator::In,
                                                        QJsonArray{QStringLiteral("BTC"), QStringLiteral("ETH")});
    client->setFilter(filter);
    client->start();
    client->open();
    const QList<AlliumRecord> records = collect(client, 6);
    QVERIFY(records.size() >= 6);
    // The server got the filter addressed through the wrapper; the user's filter is unchanged.
    QCOMPARE(m_handler->lastFilter(), filter.throughEnvelope().toText());
    QVERIFY(m_handler->lastFilter().contains("payload.coin"));
    QCOMPARE(client->filter()->field(), QStringLiteral("coin"));
    for (const AlliumRecord &r : records) {
        QVERIFY(r.wrapped);
        QCOMPARE(r.source, QStringLiteral("hyperliquidinternal"));
        const QString coin = r.object().value(QStringLiteral("coin")).toString();
        QVERIFY2(coin == QLatin1String("BTC") || coin == QLatin1String("ETH"), qPrintable(coin));
        QVERIFY(r.timestampMs > 0);
        QVERIFY(filter.matches(r.object()));
        QVERIFY(filter.matches(r.wireObject()));
        QVERIFY(r.wireObject().contains(QStringLiteral("payload")));
    }
}

void TestAlliumStream::strictServerAcceptsOnlyTheApiKeyHeader_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("X-API-KEY") << int(Auth::Method::ApiKeyHeader) << true;
    QTest::newRow("x-api-key") << int(Auth::Method::LowerApiKeyHeader) << true;
    QTest::newRow("bearer") << int(Auth::Method::Bearer) << false;
    QTest::newRow("query") << int(Auth::Method::QueryParameter) << false;
}

void TestAlliumStream::strictServerAcceptsOnlyTheApiKeyHeader()
{
    QFETCH(int, method);
    QFETCH(bool, accepted);
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"), {}, {}, Auth::Method(method));
    client->open();
    if (accepted) {
        QTRY_COMPARE(client->connection()->state(), Connection::State::Open);
        return;
    }
    QTRY_COMPARE(client->connection()->state(), Connection::State::Failed);
    QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Auth);
}

void TestAlliumStream::limitAtTheUpgradeIsALimit()
{
    m_server->config().options.insert(QStringLiteral("allium.refuseUpgrade"), 429);
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"));
    client->start();
    client->open();
    QTRY_COMPARE(client->connection()->state(), Connection::State::Reconnecting);
    QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Limit);
}

void TestAlliumStream::variantsAreUnderstood()
{
    m_server->config().options.insert(QStringLiteral("allium.variant"), QStringLiteral("strings,sparse"));
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"));
    client->start();
    client->open();
    const QList<AlliumRecord> records = collect(client, 5);
    QVERIFY(records.size() >= 5);
    for (int i = 1; i < records.size(); ++i)
        QCOMPARE(records.at(i).blockNumber, records.at(i - 1).blockNumber + 1);
    QVERIFY(records.first().object().value(QStringLiteral("number")).isString());
    QCOMPARE(client->gaps(), 0);
    QCOMPARE(client->reorgs(), 0);
    QCOMPARE(client->badFrames(), 0);
}

QTEST_GUILESS_MAIN(TestAlliumStream)
#include "tst_allium_stream.moc"
