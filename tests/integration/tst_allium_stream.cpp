// AlliumStreamClient against the simulator on loopback: start/stop, filters, restore after
// reconnect, gap and re-org detection, bad frames.

#include "providers/allium/alliumstreamclient.h"
#include "sim/allium/alliumstreamsim.h"
#include "sim/simserver.h"

#include <memory>
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

private:
    AlliumStreamClient *makeClient(const QString &topic, const QString &extraQuery = {}, const QString &path = {});
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

AlliumStreamClient *TestAlliumStream::makeClient(const QString &topic, const QString &extraQuery, const QString &path)
{
    ConnectionConfig config;
    QUrl url = m_server->baseUrl();
    url.setPath(path.isEmpty() ? QStringLiteral("/api/v1/developer/ws/stream") : path);
    url.setQuery(extraQuery);
    config.url = url;
    config.auth = Auth::Method::ApiKeyHeader;
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

QTEST_GUILESS_MAIN(TestAlliumStream)
#include "tst_allium_stream.moc"
