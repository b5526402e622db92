// Allium observations through the alert engine: a stream the user stops and starts again
// (against the simulator on loopback) raises no block-gap alert for the blocks made while
// it was stopped, and a stream-stale rule does not count paused time; wrapped Hyperliquid
// records ({"payload": {…}, "source": "…"}) reach metrics, texts and record filters as
// their payload.

#include "alerts/alertengine.h"
#include "providers/allium/alliumobservations.h"
#include "providers/allium/alliumstreamclient.h"
#include "sim/allium/alliumstreamsim.h"
#include "sim/simserver.h"

#include <memory>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

AlertRule rule(AlertRule::Kind kind)
{
    AlertRule r;
    r.id = AlertRule::newId();
    r.name = AlertRule::kindLabel(kind);
    r.kind = kind;
    r.cooldownSec = 0;
    r.hysteresisPct = 0;
    return r;
}

QList<Alert> alertsOf(const QSignalSpy &spy)
{
    QList<Alert> out;
    for (const auto &args : spy)
        out << args.at(0).value<Alert>();
    return out;
}

} // namespace

class TestAlliumPauseAlerts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Alert>(); }
    void init();
    void cleanup();
    void stopStartOverAdvancedBlocksRaisesNoGap();
    void staleRuleDoesNotCountPausedTime();
    void pausedStreamThroughTheClientIsNotStale();
    void wrappedRecordsAreObservedAsTheirPayload();

private:
    AlliumStreamClient *makeClient(const QString &topic);
    QList<AlliumRecord> collect(int atLeast, int timeoutMs = 10000);

    SimServer *m_server = nullptr;
    AlliumStreamSimHandler *m_handler = nullptr;
    std::unique_ptr<Connection> m_connection;
    AlliumStreamClient *m_client = nullptr;
    ObservationSource *m_source = nullptr;
    QList<Observation> m_observed; // everything the client's observation source published
};

void TestAlliumPauseAlerts::init()
{
    SimConfig config;
    config.clockFactor = 1000; // ethereum's 12 s blocks every 12 ms
    m_server = new SimServer(config);
    m_handler = new AlliumStreamSimHandler(m_server);
    m_server->addHandler(m_handler);
    QVERIFY(m_server->listen());
    m_observed.clear();
}

void TestAlliumPauseAlerts::cleanup()
{
    delete m_client; // owns m_source
    m_client = nullptr;
    m_source = nullptr;
    m_connection.reset();
    delete m_server;
    m_server = nullptr;
}

AlliumStreamClient *TestAlliumPauseAlerts::makeClient(const QString &topic)
{
    ConnectionConfig config;
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/api/v1/developer/ws/stream"));
    config.url = url;
    config.auth = Auth::Method::ApiKeyHeader;
    config.key = QStringLiteral("demo-key");
    config.name = QStringLiteral("allium-test");
    config.reconnect.initialMs = 50;
    config.reconnect.maxMs = 200;
    const AlliumTopic parsed = *AlliumTopic::parse(topic);
    m_connection.reset(new Connection(AlliumStreamClient::connectionConfig(config, parsed)));
    m_client = new AlliumStreamClient(m_connection.get(), parsed);
    m_source = AlliumObservations::attach(m_client);
    connect(m_source, &ObservationSource::observed, this, [this](const QList<Observation> &batch) { m_observed += batch; });
    return m_client;
}

QList<AlliumRecord> TestAlliumPauseAlerts::collect(int atLeast, int timeoutMs)
{
    QList<AlliumRecord> out;
    const auto c = connect(m_client, &AlliumStreamClient::recordsArrived, this,
                           [&out](const QList<AlliumRecord> &batch) { out += batch; });
    QElapsedTimer timer;
    timer.start();
    while (out.size() < atLeast && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    disconnect(c);
    return out;
}

void TestAlliumPauseAlerts::stopStartOverAdvancedBlocksRaisesNoGap()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"));
    client->start();
    client->open();
    const QList<AlliumRecord> before = collect(3);
    QVERIFY(before.size() >= 3);
    client->stop();
    QTRY_VERIFY(!m_handler->anyStarted());
    // The simulated chain goes on without us: at least ten blocks of simulated time.
    const qint64 stoppedAt = m_server->clock().nowMs();
    QTRY_VERIFY(m_server->clock().nowMs() - stoppedAt > 10 * 12000);
    client->start();
    const QList<AlliumRecord> after = collect(3);
    QVERIFY(after.size() >= 3);
    client->stop();
    QTest::qWait(50); // records in flight are delivered (or dropped) before we look
    QVERIFY2(after.first().blockNumber > before.last().blockNumber + 9,
             qPrintable(QStringLiteral("%1 after %2").arg(after.first().blockNumber).arg(before.last().blockNumber)));

    // The observations as published: "resumed" (started), blocks, "paused", "resumed",
    // blocks again, "paused".
    QStringList kinds;
    for (const Observation &o : std::as_const(m_observed)) {
        if (kinds.isEmpty() || kinds.constLast() != o.kind)
            kinds << o.kind;
    }
    QCOMPARE(kinds, (QStringList{"resumed", "block", "paused", "resumed", "block", "paused"}));
    for (const Observation &o : std::as_const(m_observed)) {
        QCOMPARE(o.provider, QStringLiteral("allium-stream"));
        QCOMPARE(o.subject, QStringLiteral("ethereum.blocks"));
        QCOMPARE(o.source, QStringLiteral("allium-test"));
    }

    AlertRule gap = rule(AlertRule::Kind::BlockGap);
    gap.threshold = 1;
    qint64 clock = 1'700'000'000'000;
    AlertEngine engine;
    engine.setClock([&clock] { return clock; });
    engine.setRules({gap});
    QSignalSpy spy(&engine, &AlertEngine::alertRaised);
    for (const Observation &o : std::as_const(m_observed)) {
        clock += 12;
        engine.observe(o);
    }
    QCOMPARE(spy.count(), 0);

    // The jump is real: the same blocks without the pause and resume do raise a gap.
    AlertEngine control;
    control.setClock([&clock] { return clock; });
    control.setRules({gap});
    QSignalSpy controlSpy(&control, &AlertEngine::alertRaised);
    for (AlliumRecord r : before + after) {
        r.resumed = false;
        clock += 12;
        control.observe(AlliumObservations::fromRecord(QStringLiteral("allium-test"), QStringLiteral("ethereum.blocks"), r));
    }
    QCOMPARE(controlSpy.count(), 1);
    QVERIFY(alertsOf(controlSpy).constFirst().values.value(QStringLiteral("gap")).toDouble() >= 9);

    // The "resumed" flag on the first record alone is enough (a filter change sends no
    // pause observations): the records of the client, resumed flag kept, raise no gap.
    AlertEngine recordsOnly;
    recordsOnly.setClock([&clock] { return clock; });
    recordsOnly.setRules({gap});
    QSignalSpy recordsSpy(&recordsOnly, &AlertEngine::alertRaised);
    for (const AlliumRecord &r : before + after) {
        clock += 12;
        recordsOnly.observe(AlliumObservations::fromRecord(QStringLiteral("allium-test"), QStringLiteral("ethereum.blocks"), r));
    }
    QCOMPARE(recordsSpy.count(), 0);
}

void TestAlliumPauseAlerts::staleRuleDoesNotCountPausedTime()
{
    const QString source = QStringLiteral("allium-test");
    const QString topic = QStringLiteral("ethereum.blocks");
    AlliumRecord block = AlliumCodec::recordFromObject(
        QJsonDocument::fromJson(R"({"number":100,"hash":"0x64","timestamp":1700000000})").object(), AlliumTopic::Kind::Blocks);

    AlertRule stale = rule(AlertRule::Kind::StreamStale);
    stale.windowSec = 30;
    qint64 clock = 1'700'000'000'000;
    AlertEngine engine;
    engine.setClock([&clock] { return clock; });
    engine.setRules({stale});
    QSignalSpy spy(&engine, &AlertEngine::alertRaised);

    engine.observe(AlliumObservations::fromRecord(source, topic, block));
    clock += 10'000;
    engine.observe(AlliumObservations::pauseObservation(source, topic, true));
    clock += 10 * 60'000; // ten minutes paused
    engine.tick();
    QCOMPARE(spy.count(), 0);
    engine.observe(AlliumObservations::pauseObservation(source, topic, false));
    engine.tick();
    QCOMPARE(spy.count(), 0); // the clock starts over at the resume: 10 s before the pause do not count
    clock += 29'000;
    engine.tick();
    QCOMPARE(spy.count(), 0);
    clock += 2'000;
    engine.tick();
    QCOMPARE(spy.count(), 1); // 31 s silent after the resume
    const Alert a = alertsOf(spy).constFirst();
    QCOMPARE(a.values.value(QStringLiteral("seconds")).toLongLong(), 31);
    QCOMPARE(a.subject, topic);

    // Without the pause the same silence is stale: the ten minutes would have fired.
    AlertEngine control;
    clock = 1'700'000'000'000;
    control.setClock([&clock] { return clock; });
    control.setRules({stale});
    QSignalSpy controlSpy(&control, &AlertEngine::alertRaised);
    control.observe(AlliumObservations::fromRecord(source, topic, block));
    clock += 10 * 60'000;
    control.tick();
    QCOMPARE(controlSpy.count(), 1);
}

void TestAlliumPauseAlerts::pausedStreamThroughTheClientIsNotStale()
{
    AlliumStreamClient *client = makeClient(QStringLiteral("ethereum.blocks"));
    AlertRule stale = rule(AlertRule::Kind::StreamStale);
    stale.windowSec = 30;
    qint64 clock = 1'700'000'000'000;
    AlertEngine engine;
    engine.setClock([&clock] { return clock; });
    engine.setRules({stale});
    QSignalSpy spy(&engine, &AlertEngine::alertRaised);
    connect(m_source, &ObservationSource::observed, &engine, [&engine](const QList<Observation> &batch) {
        for (const Observation &o : batch)
            engine.observe(o);
    });
    client->start();
    client->open();
    QVERIFY(collect(3).size() >= 3);
    client->stop(); // publishes "paused" at once
    QTRY_VERIFY(!m_handler->anyStarted());
    QTest::qWait(50);
    clock += 5 * 60'000;
    engine.tick();
    QCOMPARE(spy.count(), 0);
    client->start(); // publishes "resumed" at once
    engine.tick();
    QCOMPARE(spy.count(), 0);
    QVERIFY(collect(3).size() >= 3);
    client->stop();
    QTest::qWait(50);
    // Stopped again and not resumed: still not stale, however long.
    clock += 60 * 60'000;
    engine.tick();
    QCOMPARE(spy.count(), 0);
}

void TestAlliumPauseAlerts::wrappedRecordsAreObservedAsTheirPayload()
{
    // The documented wrapped record (reference/allium.md §5.1), as the codec reads it.
    const QJsonObject wire = QJsonDocument::fromJson(R"({"payload":{"time":1753284680334,"user":"0xabc",
        "action":{"type":"cancelByCloid","cancels":[{"asset":176,"cloid":"0x01"}]},
        "block":672483307,"hash":"0xdef","error":"Invalid nonce: duplicate nonce"},"source":"hyperliquidinternal"})").object();
    const AlliumRecord tx = AlliumCodec::recordFromObject(wire, AlliumTopic::Kind::Transactions);
    QVERIFY(tx.wrapped);
    const Observation o = AlliumObservations::fromRecord(QStringLiteral("hl"), QStringLiteral("hyperliquid.transactions"), tx);
    QCOMPARE(o.kind, QStringLiteral("record"));
    QCOMPARE(o.subject, QStringLiteral("hyperliquid.transactions"));
    QCOMPARE(o.metric(QStringLiteral("block"), -1), 672483307.0);
    QCOMPARE(o.text(QStringLiteral("user")), QStringLiteral("0xabc"));
    QCOMPARE(o.text(QStringLiteral("error")), QStringLiteral("Invalid nonce: duplicate nonce"));
    const QVariantMap record = o.recordMap();
    QVERIFY(!record.contains(QStringLiteral("payload"))); // the payload, not the wrapper
    QCOMPARE(record.value(QStringLiteral("user")).toString(), QStringLiteral("0xabc"));
    QCOMPARE(record.value(QStringLiteral("action")).toMap().value(QStringLiteral("type")).toString(),
             QStringLiteral("cancelByCloid"));

    // Fills from the simulator: a record rule written against the payload's fields fires on
    // the wrapped records, and one addressed through the wrapper (payload.coin, as the
    // server's filter is) fires on the same records, never more.
    AlliumStreamClient *client = makeClient(QStringLiteral("hyperliquid.fills"));
    client->start();
    client->open();
    const QList<AlliumRecord> fills = collect(60);
    QVERIFY(fills.size() >= 60);
    client->stop();
    QTest::qWait(50);
    for (const AlliumRecord &r : fills)
        QVERIFY(r.wrapped);
    int btc = 0;
    for (const AlliumRecord &r : fills)
        btc += r.object().value(QStringLiteral("coin")).toString() == QLatin1String("BTC") ? 1 : 0;
    QVERIFY2(btc > 0 && btc < fills.size(), qPrintable(QString::number(btc)));

    AlertRule byCoin = rule(AlertRule::Kind::RecordMatch);
    byCoin.filter = QJsonDocument::fromJson(R"({"field":"coin","operator":"=","value":"BTC"})").object();
    AlertRule byWrapper = rule(AlertRule::Kind::RecordMatch);
    byWrapper.filter = QJsonDocument::fromJson(R"({"field":"payload.coin","operator":"=","value":"BTC"})").object();
    AlertRule pxMetric = rule(AlertRule::Kind::PriceAbove);
    pxMetric.metric = QStringLiteral("oid"); // a number of the payload (px is a string)
    pxMetric.level = 0; // every fill has a positive order id: the first one fires (once, while above)
    AlertEngine engine;
    engine.setRules({byCoin, byWrapper, pxMetric});
    QSignalSpy spy(&engine, &AlertEngine::alertRaised);
    QSignalSpy errors(&engine, &AlertEngine::ruleError);
    int records = 0;
    for (const Observation &ob : std::as_const(m_observed)) {
        if (ob.kind != QLatin1String("record"))
            continue;
        ++records;
        QVERIFY(!ob.recordMap().contains(QStringLiteral("payload")));
        engine.observe(ob);
    }
    QCOMPARE(records, fills.size());
    QCOMPARE(errors.count(), 0);
    int coinAlerts = 0, wrapperAlerts = 0, pxAlerts = 0;
    for (const Alert &a : alertsOf(spy)) {
        coinAlerts += a.ruleId == byCoin.id ? 1 : 0;
        wrapperAlerts += a.ruleId == byWrapper.id ? 1 : 0;
        pxAlerts += a.ruleId == pxMetric.id ? 1 : 0;
    }
    QCOMPARE(coinAlerts, btc);
    QCOMPARE(wrapperAlerts, btc);
    QVERIFY(pxAlerts >= 1);
}

QTEST_GUILESS_MAIN(TestAlliumPauseAlerts)
#include "tst_alliumpause_alerts.moc"
