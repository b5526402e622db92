// The relay end to end, with real processes: the simulator as the upstream (in this test),
// `tidewatch-cli relay` publishing into a real nats-server -js, and `tidewatch-cli relay
// --follow` consumers decoding through the same provider client.

#include "cliprocess.h"
#include "natsserver.h"
#include "relay/jetstreampublisher.h"
#include "relay/jetstreamstream.h"
#include "relay/kvbucket.h"
#include "relay/sharedrules.h"
#include "relay/natsclient.h"
#include "sim/allium/alliumsim.h"
#include "sim/conyr/conyrmarket.h"
#include "sim/conyr/conyrsim.h"
#include "sim/predikt/prediktsim.h"
#include "sim/simserver.h"
#include "providers/conyr/conyrcodec.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

namespace {
/// /status/<code> refuses the WebSocket upgrade with that HTTP status.
class RefusingHandler : public SimHandler
{
public:
    using SimHandler::SimHandler;
    bool acceptsPath(const QString &path) const override { return path.startsWith(QLatin1String("/status/")); }
    int upgradeStatus(const SimHttpRequest &request) override { return request.url.path().mid(8).toInt(); }
    void acceptSocket(QWebSocket *) override {}
};
} // namespace

class TestRelay : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<NatsServerProcess> m_nats;
    std::unique_ptr<SimServer> m_sim;
    QString m_channel;

    QStringList relayArgs(const QStringList &extra = {}) const
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(QStringLiteral("/ws"));
        return QStringList{QStringLiteral("relay"), QStringLiteral("--provider"), QStringLiteral("conyr"),
                           QStringLiteral("--url"), url.toString(), QStringLiteral("--channel"), m_channel,
                           QStringLiteral("--nats"), m_nats->url(), QStringLiteral("--relay-source"), QStringLiteral("team"),
                           QStringLiteral("--stats-interval"), QStringLiteral("1")}
            + extra;
    }
    /// Replaces the suite's server by one that wants user "team" with password "right", and
    /// puts the wrong password a run is given into env (TIDEWATCH_NATS_PASSWORD).
    void startNatsWantingAPassword(const QString &wrongPassword, QProcessEnvironment &env)
    {
        m_nats = std::make_unique<NatsServerProcess>();
        QVERIFY2(m_nats->start({QStringLiteral("--user"), QStringLiteral("team"), QStringLiteral("--pass"), QStringLiteral("right")}),
                 m_nats->log().constData());
        env.insert(QStringLiteral("TIDEWATCH_NATS_PASSWORD"), wrongPassword);
    }
    /// The relay of the simulator's ethereum.blocks (a block every 20 ms at the suite's clock).
    QStringList alliumRelayArgs(const QStringList &extra = {}) const
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(QStringLiteral("/api/v1/developer/ws/stream"));
        url.setQuery(QStringLiteral("intervalMs=400"));
        return QStringList{QStringLiteral("relay"), QStringLiteral("--provider"), QStringLiteral("allium"),
                           QStringLiteral("--url"), url.toString(), QStringLiteral("--topic"), QStringLiteral("ethereum.blocks"),
                           QStringLiteral("--nats"), m_nats->url(), QStringLiteral("--relay-source"), QStringLiteral("team"),
                           QStringLiteral("--stats-interval"), QStringLiteral("1")}
            + extra;
    }
    /// The block numbers of every Allium record a follower printed, in order.
    static QList<qint64> blocks(const CliProcess &p)
    {
        QList<qint64> out;
        for (const QJsonObject &e : p.events(QStringLiteral("data"))) {
            if (e.value(QStringLiteral("provider")).toString() == QLatin1String("allium"))
                out.append(qint64(e.value(QStringLiteral("data")).toObject().value(QStringLiteral("number")).toDouble(-1)));
        }
        return out;
    }
    /// Each block once, each the one after the one before: no gap, no repeat.
    static bool consecutive(const QList<qint64> &numbers)
    {
        for (qsizetype i = 1; i < numbers.size(); ++i) {
            if (numbers.at(i) != numbers.at(i - 1) + 1)
                return false;
        }
        return !numbers.isEmpty() && numbers.first() > 0;
    }
    QStringList followArgs(const QString &durable, const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("relay"), QStringLiteral("--follow"), QStringLiteral("--durable"), durable,
                           QStringLiteral("--nats"), m_nats->url()}
            + extra;
    }
    /// (stream position, trade id) of every trade a follower printed.
    static QList<QPair<qint64, QString>> trades(const CliProcess &p)
    {
        QList<QPair<qint64, QString>> out;
        for (const QJsonObject &e : p.events(QStringLiteral("data"))) {
            if (e.value(QStringLiteral("type")).toString() == QLatin1String("trade"))
                out.append({qint64(e.value(QStringLiteral("seq")).toDouble()),
                            e.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toString()});
        }
        return out;
    }
    /// The follower printed the relay's "stopped": it has read the stream to its end.
    static bool sawRelayStop(const CliProcess &p)
    {
        for (const QJsonObject &e : p.events(QStringLiteral("upstream"))) {
            if (e.value(QStringLiteral("state")).toString() == QLatin1String("stopped"))
                return true;
        }
        return false;
    }
    quint64 streamLastSeq()
    {
        NatsClient client;
        NatsSettings s;
        s.url = m_nats->url();
        if (!client.open(s))
            return 0;
        if (!QTest::qWaitFor([&] { return client.state() == NatsClient::State::Connected; }, 5000))
            return 0;
        return relayStreamInfo(client.jetStream(), QStringLiteral("TIDEWATCH")).lastSeq;
    }

    void startSimulator(const QVariantMap &options = {})
    {
        m_sim.reset();
        SimConfig config;
        config.clockFactor = 20; // plenty of trades per second
        config.options = options;
        config.options.insert(QStringLiteral("conyr.tickMs"), 20);
        m_sim = std::make_unique<SimServer>(config);
        installConyrSimulator(*m_sim);
        installPrediktSimulator(*m_sim);
        installAlliumSimulator(*m_sim);
        m_sim->addHandler(new RefusingHandler(m_sim.get()));
        QVERIFY(m_sim->listen());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (NatsServerProcess::program().isEmpty())
            QSKIP("nats-server is not installed (scripts/setup installs it)");
        QVERIFY(QFile::exists(QStringLiteral(TW_BINARY_DIR "/bin/tidewatch-cli")));
    }

    void init()
    {
        m_nats = std::make_unique<NatsServerProcess>();
        QVERIFY2(m_nats->start(), m_nats->log().constData());
        startSimulator();
        m_channel = Conyr::tradesChannel(ConyrMarket::signatureFor(QStringLiteral("mint"), 1).left(43));
    }
    void cleanup()
    {
        m_sim.reset();
        m_nats.reset();
    }

    void twoConsumersSeeTheSameEventsInTheSameOrder()
    {
        CliProcess relay;
        relay.start(relayArgs());
        CliProcess a, b;
        a.start(followArgs(QStringLiteral("desk-a")));
        b.start(followArgs(QStringLiteral("desk-b")));
        QTRY_VERIFY2_WITH_TIMEOUT(trades(a).size() >= 100 && trades(b).size() >= 100, QByteArray(relay.describe() + a.describe()).constData(), 30000);
        relay.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(relay.count(QStringLiteral("stopped")) == 1, 10000);
        // Both drain the stream to its end: the same trades in the same order.
        QTRY_VERIFY_WITH_TIMEOUT(sawRelayStop(a) && sawRelayStop(b), 15000);
        QCOMPARE(trades(a), trades(b));
        const QJsonObject stopped = relay.events(QStringLiteral("stopped")).first();
        QCOMPARE(stopped.value(QStringLiteral("dropped")).toDouble(), 0.0);
        QVERIFY(qint64(stopped.value(QStringLiteral("events")).toDouble()) >= trades(a).size());
    }

    void aConsumerKilledAndRestartedMissesNothingAndRepeatsNothing()
    {
        QTemporaryDir dir;
        const QString position = dir.filePath(QStringLiteral("desk.pos"));
        CliProcess relay;
        relay.start(relayArgs());
        auto first = std::make_unique<CliProcess>();
        first->start(followArgs(QStringLiteral("desk"), {QStringLiteral("--position-file"), position}));
        QTRY_VERIFY2_WITH_TIMEOUT(trades(*first).size() >= 50, first->describe().constData(), 30000);
        first->kill(); // SIGKILL: no chance to acknowledge what it printed last
        const auto before = trades(*first);
        CliProcess second;
        second.start(followArgs(QStringLiteral("desk"), {QStringLiteral("--position-file"), position}));
        QTRY_VERIFY_WITH_TIMEOUT(trades(second).size() >= 50, 30000);
        relay.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(relay.count(QStringLiteral("stopped")) == 1, 10000);
        CliProcess reference;
        reference.start(followArgs(QStringLiteral("reference")));
        QTRY_VERIFY_WITH_TIMEOUT(sawRelayStop(second) && sawRelayStop(reference), 20000);
        // What the two runs printed together is exactly the stream: no gap, no repeat.
        QCOMPARE(before + trades(second), trades(reference));
    }

    void aRelayRestartIsReportedAsAGapAndConsumersContinue()
    {
        CliProcess follower;
        follower.start(followArgs(QStringLiteral("desk")));
        {
            CliProcess relay;
            relay.start(relayArgs());
            QTRY_VERIFY_WITH_TIMEOUT(trades(follower).size() >= 20, 30000);
            relay.kill();
        }
        const int before = int(trades(follower).size());
        CliProcess relay;
        relay.start(relayArgs());
        QTRY_VERIFY2_WITH_TIMEOUT(follower.count(QStringLiteral("gap")) >= 1, follower.describe().constData(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(trades(follower).size() >= before + 20, 30000);
        bool restartReported = false;
        for (const QJsonObject &gap : follower.events(QStringLiteral("gap")))
            restartReported = restartReported || gap.value(QStringLiteral("reason")).toString().contains(QLatin1String("restarted"));
        QVERIFY(restartReported);
    }

    void aNatsOutageIsBufferedAndWhatWasDroppedIsReported()
    {
        CliProcess relay;
        relay.start(relayArgs({QStringLiteral("--buffer"), QStringLiteral("20")}));
        QTRY_VERIFY2_WITH_TIMEOUT(relay.count(QStringLiteral("stream")) == 1, relay.describe().constData(), 15000);
        m_nats->stop();
        auto droppedSoFar = [&] {
            const auto stats = relay.events(QStringLiteral("stats"));
            return stats.isEmpty() ? 0 : qint64(stats.last().value(QStringLiteral("dropped")).toDouble());
        };
        QTRY_VERIFY2_WITH_TIMEOUT(droppedSoFar() > 0, relay.describe().constData(), 30000);
        QVERIFY(m_nats->start());
        QTRY_VERIFY2_WITH_TIMEOUT(relay.count(QStringLiteral("loss")) == 1, relay.describe().constData(), 30000);
        QVERIFY(relay.events(QStringLiteral("loss")).first().value(QStringLiteral("count")).toDouble() > 0);
        // A consumer sees the loss as a gap with the count.
        CliProcess follower;
        follower.start(followArgs(QStringLiteral("desk")));
        QTRY_VERIFY2_WITH_TIMEOUT(follower.count(QStringLiteral("gap")) >= 1, follower.describe().constData(), 20000);
        bool counted = false;
        for (const QJsonObject &gap : follower.events(QStringLiteral("gap")))
            counted = counted || gap.value(QStringLiteral("missing")).toDouble() > 0;
        QVERIFY(counted);
    }

    void aRuleEditedInTheBucketReachesARunningHeadlessRunner()
    {
        CliProcess relay;
        relay.start(relayArgs());
        CliProcess runner;
        runner.start({QStringLiteral("alerts"), QStringLiteral("--relay"), QStringLiteral("--nats"), m_nats->url(),
                      QStringLiteral("--durable"), QStringLiteral("alerts"), QStringLiteral("--deliver"), QStringLiteral("new"),
                      QStringLiteral("--rules-bucket"), QStringLiteral("tidewatch-rules")});
        // The bucket starts empty: no rules, no alerts.
        QTRY_VERIFY2_WITH_TIMEOUT(runner.count(QStringLiteral("rules")) == 1, runner.describe().constData(), 20000);
        QCOMPARE(runner.events(QStringLiteral("rules")).first().value(QStringLiteral("count")).toInt(), 0);

        NatsClient client;
        NatsSettings s;
        s.url = m_nats->url();
        QVERIFY(client.open(s));
        QTRY_COMPARE(client.state(), NatsClient::State::Connected);
        KvBucket bucket(&client);
        QVERIFY(bucket.open(QStringLiteral("tidewatch-rules"), true));
        AlertRule rule;
        rule.id = QStringLiteral("any-trade");
        rule.name = QStringLiteral("Any trade above zero");
        rule.kind = AlertRule::Kind::PriceAbove;
        rule.provider = QStringLiteral("conyr");
        rule.metric = QStringLiteral("price");
        rule.level = 1e12; // never: the edit below lowers it
        QCOMPARE(SharedRules::push(bucket, {rule}), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(runner.count(QStringLiteral("rules")) == 2, runner.describe().constData(), 5000);
        QCOMPARE(runner.count(QStringLiteral("alert")), 0);
        // The edit: the same key, a reachable level. The running runner applies it.
        rule.level = 0;
        QElapsedTimer edit;
        edit.start();
        QCOMPARE(SharedRules::push(bucket, {rule}), 1);
        QTRY_VERIFY2_WITH_TIMEOUT(runner.count(QStringLiteral("rules")) == 3, runner.describe().constData(), 5000);
        qInfo("rule edit applied by the runner within %lld ms (NDJSON seen here)", edit.elapsed());
        QTRY_VERIFY2_WITH_TIMEOUT(runner.count(QStringLiteral("alert")) >= 1, runner.describe().constData(), 20000);
        QCOMPARE(runner.events(QStringLiteral("alert")).first().value(QStringLiteral("ruleId")).toString(),
                 QStringLiteral("any-trade"));
    }

    void prediktPricesReachAFollowerThroughTheSocketIoClient()
    {
        QUrl url = m_sim->baseUrl();
        url.setPath(QStringLiteral("/api/v1/ws"));
        CliProcess relay;
        relay.start({QStringLiteral("relay"), QStringLiteral("--provider"), QStringLiteral("predikt"), QStringLiteral("--url"),
                     url.toString(), QStringLiteral("--symbols"), QStringLiteral("SOL,BTC"), QStringLiteral("--nats"),
                     m_nats->url(), QStringLiteral("--relay-source"), QStringLiteral("team")});
        CliProcess follower;
        follower.start(followArgs(QStringLiteral("desk"), {QStringLiteral("--subject"), QStringLiteral("tidewatch.predikt.team.>")}));
        auto prices = [&](const QString &symbol) {
            int n = 0;
            for (const QJsonObject &e : follower.events(QStringLiteral("data")))
                n += e.value(QStringLiteral("symbol")).toString() == symbol && e.value(QStringLiteral("price")).toDouble() > 0;
            return n;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(prices(QStringLiteral("SOL")) >= 2 && prices(QStringLiteral("BTC")) >= 2,
                                  QByteArray(relay.describe() + follower.describe()).constData(), 40000);
        QCOMPARE(follower.count(QStringLiteral("malformed")), 0);
        // The source's own time survives the trip (the frame carries it, the header too).
        const QJsonObject first = follower.events(QStringLiteral("data")).first();
        QVERIFY(first.contains(QStringLiteral("timestamp")));
        QVERIFY(first.value(QStringLiteral("sourceTime")).toDouble() > 0);
    }

    void exitCodes_data()
    {
        // The README's row for `relay`: every documented exit code, each ended by the runner's
        // one mechanism (as every command is) with an error event that names the reason.
        QTest::addColumn<QStringList>("arguments"); // {ws}, {nats}, {channel} are filled in
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariantMap>("serverOptions");
        QTest::addColumn<int>("expectedExit");
        QTest::addColumn<QString>("errorNames"); // the last error names this (empty: no error expected)
        const QString conyr = QStringLiteral("{ws}/ws");
        const QString predikt = QStringLiteral("{ws}/api/v1/ws");
        const QString key = QStringLiteral("demo-key");
        const QVariantMap none;
        auto args = [](std::initializer_list<QString> list) {
            return QStringList(list) + QStringList{QStringLiteral("--nats"), QStringLiteral("{nats}")};
        };
        QStringList tooMany = args({"relay", "--provider", "conyr", "--url", conyr});
        for (int i = 0; i < 51; ++i)
            tooMany << QStringLiteral("--channel") << QStringLiteral("token:Mint%1xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:trades").arg(i);

        QTest::newRow("2 without an upstream") << args({"relay", "--provider", "conyr", "--channel", "{channel}"}) << key << none << 2
                                               << "upstream";
        QTest::newRow("2 on an unknown provider") << args({"relay", "--provider", "nobody", "--url", conyr}) << key << none << 2
                                                  << "nobody";
        const QString allium = QStringLiteral("{ws}/api/v1/developer/ws/stream");
        QTest::newRow("2 without an Allium topic") << args({"relay", "--provider", "allium", "--url", allium}) << key << none << 2
                                                   << "--topic";
        QTest::newRow("2 on a bad Allium filter")
            << args({"relay", "--provider", "allium", "--url", allium, "--topic", "ethereum.blocks", "--filter", "{\"field\":\"miner\"}"})
            << key << none << 2 << "--filter";
        QTest::newRow("3 when Allium refuses the key")
            << args({"relay", "--provider", "allium", "--url", allium, "--topic", "ethereum.blocks"}) << QStringLiteral("wrong-key-31415")
            << none << 3 << "";
        QTest::newRow("2 without a channel") << args({"relay", "--provider", "conyr", "--url", conyr}) << key << none << 2
                                             << "--channel";
        QTest::newRow("2 without symbols") << args({"relay", "--provider", "predikt", "--url", predikt}) << key << none << 2
                                           << "--symbols";
        QTest::newRow("2 on a bad buffer") << args({"relay", "--provider", "conyr", "--url", conyr, "--channel", "{channel}", "--buffer", "0"})
                                           << key << none << 2 << "--buffer";
        QTest::newRow("3 when the upstream refuses the key")
            << args({"relay", "--provider", "conyr", "--url", conyr, "--channel", "{channel}"}) << QStringLiteral("wrong-key-31415")
            << none << 3 << "401";
        QTest::newRow("3 when Predikt refuses the key")
            << args({"relay", "--provider", "predikt", "--url", predikt, "--symbols", "SOL"}) << QStringLiteral("wrong-key-31415")
            << none << 3 << "";
        QTest::newRow("4 when the tier cap refuses the channels") << tooMany << key << none << 4 << "50";
        QTest::newRow("4 on HTTP 429, at once") << args({"relay", "--provider", "conyr", "--url", "{ws}/status/429", "--channel", "{channel}"})
                                                << key << none << 4 << "429";
        QTest::newRow("5 on an empty balance")
            << args({"relay", "--provider", "predikt", "--url", predikt, "--symbols", "SOL"}) << key
            << QVariantMap{{QStringLiteral("predikt.fail"), QStringLiteral("INSUFFICIENT_BALANCE")}} << 5 << "";
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, key);
        QFETCH(QVariantMap, serverOptions);
        QFETCH(int, expectedExit);
        QFETCH(QString, errorNames);
        if (!serverOptions.isEmpty())
            startSimulator(serverOptions);
        for (QString &a : arguments) {
            a.replace(QLatin1String("{ws}"), QStringLiteral("ws://127.0.0.1:%1").arg(m_sim->port()));
            a.replace(QLatin1String("{nats}"), m_nats->url());
            a.replace(QLatin1String("{channel}"), m_channel);
        }
        CliProcess relay;
        relay.start(arguments, key);
        // Limits and refusals end the run promptly, not after waiting at the backoff cap.
        QVERIFY2(relay.waitFinished(15000), relay.describe().constData());
        QVERIFY2(relay.exitCode() == expectedExit,
                 QByteArray("exit " + QByteArray::number(relay.exitCode()) + "\n" + relay.describe()).constData());
        const QList<QJsonObject> errors = relay.events(QStringLiteral("error"));
        if (expectedExit != 0) {
            // Usage errors of the runner itself go to stderr; every other end is an event.
            QVERIFY2(!errors.isEmpty() || (expectedExit == 2 && !relay.stdErr().isEmpty()), relay.describe().constData());
            if (!errorNames.isEmpty())
                QVERIFY2(errors.constLast().value(QStringLiteral("message")).toString().contains(errorNames), relay.describe().constData());
        }
        for (const QJsonObject &e : relay.all())
            QVERIFY(!QJsonDocument(e).toJson().contains(key.toUtf8()));
    }

    void aCleanStopExitsZero_data()
    {
        QTest::addColumn<bool>("follow");
        QTest::newRow("relay") << false;
        QTest::newRow("follower") << true;
    }

    void aCleanStopExitsZero()
    {
        QFETCH(bool, follow);
        CliProcess relay; // the follower binds once the relay has made the stream
        relay.start(relayArgs());
        QTRY_VERIFY2_WITH_TIMEOUT(relay.count(QStringLiteral("stream")) == 1, relay.describe().constData(), 20000);
        CliProcess follower;
        if (follow)
            follower.start(followArgs(QStringLiteral("desk")));
        CliProcess &run = follow ? follower : relay;
        QTRY_VERIFY2_WITH_TIMEOUT(run.count(follow ? QStringLiteral("following") : QStringLiteral("stream")) == 1,
                                  run.describe().constData(), 20000);
        run.terminate();
        QVERIFY2(run.waitFinished(15000), run.describe().constData());
        QCOMPARE(run.exitCode(), 0);
        if (!follow)
            QCOMPARE(run.count(QStringLiteral("stopped")), 1);
    }

    void refusedNatsCredentialsExitThree()
    {
        // A server that wants a password the relay does not have: the library gives up, and
        // the run ends with 3 (an auth rejection) instead of sitting there for ever.
        QProcessEnvironment env;
        startNatsWantingAPassword(QStringLiteral("wrong-password-2718"), env);
        if (QTest::currentTestFailed())
            return;
        CliProcess run;
        run.start(followArgs(QStringLiteral("desk"), {QStringLiteral("--nats-user"), QStringLiteral("team")}),
                  QStringLiteral("demo-key"), env);
        QVERIFY2(run.waitFinished(30000), run.describe().constData());
        QVERIFY2(run.exitCode() == 3, run.describe().constData());
        QVERIFY(!run.describe().contains("wrong-password-2718"));
    }

    void headlessAlertsWithRefusedNatsCredentialsExitThree()
    {
        // The headless alert runner ends like the relay when NATS refuses it: 3 and a reason,
        // not a process that waits for ever with no rule evaluated.
        QProcessEnvironment env;
        startNatsWantingAPassword(QStringLiteral("wrong-password-3141"), env);
        if (QTest::currentTestFailed())
            return;
        CliProcess runner;
        runner.start({QStringLiteral("alerts"), QStringLiteral("--relay"), QStringLiteral("--nats"), m_nats->url(),
                      QStringLiteral("--nats-user"), QStringLiteral("team"), QStringLiteral("--durable"), QStringLiteral("alerts"),
                      QStringLiteral("--rules-bucket"), QStringLiteral("tidewatch-rules")},
                     QStringLiteral("demo-key"), env);
        QVERIFY2(runner.waitFinished(30000), runner.describe().constData());
        QVERIFY2(runner.exitCode() == 3, runner.describe().constData());
        QVERIFY2(runner.count(QStringLiteral("error")) >= 1, runner.describe().constData());
        QVERIFY(!runner.describe().contains("wrong-password-3141"));
    }

    void alliumBlocksReachTwoFollowersInOrderWithoutRepeats()
    {
        CliProcess relay;
        relay.start(alliumRelayArgs());
        CliProcess a, b;
        a.start(followArgs(QStringLiteral("desk-a")));
        // The topic keeps its dot in the subject: a follower can take one chain's topics.
        b.start(followArgs(QStringLiteral("desk-b"), {QStringLiteral("--subject"), QStringLiteral("tidewatch.allium.team.record.ethereum.>")}));
        QTRY_VERIFY2_WITH_TIMEOUT(blocks(a).size() >= 40 && blocks(b).size() >= 40,
                                  QByteArray(relay.describe() + a.describe() + b.describe()).constData(), 40000);
        relay.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(relay.count(QStringLiteral("stopped")) == 1, 10000);
        // a reads the stream to its end; b (records only, no control messages) to the same block.
        QTRY_VERIFY_WITH_TIMEOUT(sawRelayStop(a), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(blocks(b), blocks(a), 15000);
        QVERIFY2(consecutive(blocks(a)), a.describe().constData());
        QCOMPARE(a.count(QStringLiteral("gap")), 0);
        QCOMPARE(a.count(QStringLiteral("malformed")), 0);
        // Every block the relay published, each once.
        const QJsonObject stopped = relay.events(QStringLiteral("stopped")).first();
        QCOMPARE(qint64(stopped.value(QStringLiteral("events")).toDouble()), qint64(blocks(a).size()));
        QCOMPARE(stopped.value(QStringLiteral("dropped")).toDouble(), 0.0);
    }

    void blocksAFilteredAlliumRelaySkipsAreNoGapForItsFollowers()
    {
        // About a third of the simulator's blocks use less gas: the relay's filter skips them.
        CliProcess relay;
        relay.start(alliumRelayArgs({QStringLiteral("--filter"),
                                     QStringLiteral("{\"field\":\"gas_used\",\"operator\":\">\",\"value\":15000000}")}));
        CliProcess follower;
        follower.start(followArgs(QStringLiteral("desk")));
        auto jumps = [&] {
            const QList<qint64> n = blocks(follower);
            int out = 0;
            for (qsizetype i = 1; i < n.size(); ++i)
                out += n.at(i) > n.at(i - 1) + 1;
            return out;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(blocks(follower).size() >= 30 && jumps() >= 3,
                                  QByteArray(relay.describe() + follower.describe()).constData(), 40000);
        for (const QJsonObject &e : follower.events(QStringLiteral("data"))) {
            QVERIFY(e.value(QStringLiteral("data")).toObject().value(QStringLiteral("gas_used")).toString().toLongLong() > 15000000);
            QVERIFY2(!e.contains(QStringLiteral("gapBefore")), QJsonDocument(e).toJson().constData());
        }
        QCOMPARE(follower.count(QStringLiteral("gap")), 0);
    }

    void alliumBlocksFromTwoRelaysOfOneUpstreamAreStoredOnce()
    {
        // Two relays on the same chain (a standby, or one restarted while the other runs)
        // publish the same blocks under the same message ids: JetStream keeps each once.
        CliProcess first, second;
        first.start(alliumRelayArgs());
        second.start(alliumRelayArgs());
        CliProcess follower;
        follower.start(followArgs(QStringLiteral("desk")));
        QTRY_VERIFY2_WITH_TIMEOUT(blocks(follower).size() >= 40,
                                  QByteArray(first.describe() + second.describe() + follower.describe()).constData(), 40000);
        auto duplicates = [](const CliProcess &relay) {
            const auto stats = relay.events(QStringLiteral("stats"));
            return stats.isEmpty() ? 0 : qint64(stats.last().value(QStringLiteral("duplicates")).toDouble());
        };
        QTRY_VERIFY2_WITH_TIMEOUT(duplicates(first) + duplicates(second) >= 20, second.describe().constData(), 10000);
        QVERIFY2(consecutive(blocks(follower)), follower.describe().constData());
    }

    void aRestartedAlliumFollowerMissesNothingAndRepeatsNothing()
    {
        QTemporaryDir dir;
        const QString position = dir.filePath(QStringLiteral("desk.pos"));
        CliProcess relay;
        relay.start(alliumRelayArgs());
        auto first = std::make_unique<CliProcess>();
        first->start(followArgs(QStringLiteral("desk"), {QStringLiteral("--position-file"), position}));
        QTRY_VERIFY2_WITH_TIMEOUT(blocks(*first).size() >= 30, first->describe().constData(), 30000);
        first->kill(); // SIGKILL mid-stream: no chance to acknowledge what it printed last
        const auto before = blocks(*first);
        CliProcess second;
        second.start(followArgs(QStringLiteral("desk"), {QStringLiteral("--position-file"), position}));
        QTRY_VERIFY_WITH_TIMEOUT(blocks(second).size() >= 30, 30000);
        relay.terminate();
        QTRY_VERIFY_WITH_TIMEOUT(relay.count(QStringLiteral("stopped")) == 1, 10000);
        CliProcess reference;
        reference.start(followArgs(QStringLiteral("reference")));
        QTRY_VERIFY_WITH_TIMEOUT(sawRelayStop(second) && sawRelayStop(reference), 20000);
        QVERIFY2(consecutive(blocks(reference)), reference.describe().constData());
        // What the two runs printed together is exactly the stream: no gap, no repeat.
        QCOMPARE(before + blocks(second), blocks(reference));
        QCOMPARE(second.count(QStringLiteral("gap")), 0);
    }

    void aMalformedAlliumRecordIsCountedAndSkipped()
    {
        NatsClient client;
        NatsSettings s;
        s.url = m_nats->url();
        QVERIFY(client.open(s));
        QTRY_COMPARE(client.state(), NatsClient::State::Connected);
        QVERIFY(ensureRelayStream(client.jetStream(), RelayStreamSpec{}).ok);
        JetStreamPublisher publisher(&client);
        QVERIFY(publisher.start());
        const QByteArray subject = "tidewatch.allium.team.record.ethereum.blocks";
        const QByteArray good = "{\"number\":7,\"hash\":\"0x07\",\"parent_hash\":\"0x06\",\"timestamp\":\"2026-12-06T21:00:00\"}";
        publisher.publish({subject, "{\"number\":}", "a1", -1});                               // not JSON inside
        publisher.publish({"tidewatch.allium.team.record.blocks", good, "a2", -1});              // not a topic
        publisher.publish({"tidewatch.allium.team.candle.ethereum.blocks", good, "a3", -1});     // no such kind
        publisher.publish({subject, good, "a4", -1});
        QVERIFY(publisher.waitAllAcked(5000));
        CliProcess follower;
        follower.start(followArgs(QStringLiteral("desk")));
        QTRY_VERIFY2_WITH_TIMEOUT(blocks(follower) == QList<qint64>{7} && follower.count(QStringLiteral("malformed")) == 3,
                                  follower.describe(), 20000);
        QVERIFY(follower.running());
        QCOMPARE(follower.events(QStringLiteral("malformed")).first().value(QStringLiteral("subject")).toString(),
                 QString::fromLatin1(subject));
    }

    void aMalformedMessageIsCountedAndSkipped()
    {
        NatsClient client;
        NatsSettings s;
        s.url = m_nats->url();
        QVERIFY(client.open(s));
        QTRY_COMPARE(client.state(), NatsClient::State::Connected);
        QVERIFY(ensureRelayStream(client.jetStream(), RelayStreamSpec{}).ok);
        JetStreamPublisher publisher(&client);
        QVERIFY(publisher.start());
        const QByteArray good = Conyr::encodeTradeEvent(m_channel, [] {
            Conyr::Trade t;
            t.id = QStringLiteral("sig-1:0");
            t.signature = QStringLiteral("sig-1");
            t.eventIndex = 0;
            t.ts = 1700000000000;
            t.side = Conyr::Side::Buy;
            t.price = 1.5;
            t.size = 2;
            return t;
        }());
        const QByteArray subject = "tidewatch.conyr.team.trade." + m_channel.toUtf8();
        publisher.publish({"tidewatch.conyr.team.trade", "{}", "m1", -1});            // not a relay subject
        publisher.publish({subject, "\xff\xfe not json", "m2", -1});                  // garbage payload
        publisher.publish({"tidewatch.nobody.team.thing.x", "{}", "m3", -1});         // unknown provider
        publisher.publish({subject, good, "m4", -1});
        QVERIFY(publisher.waitAllAcked(5000));
        CliProcess follower;
        follower.start(followArgs(QStringLiteral("desk")));
        QTRY_VERIFY2_WITH_TIMEOUT(trades(follower).size() == 1 && follower.count(QStringLiteral("malformed")) == 3,
                                  follower.describe(), 20000);
        QVERIFY(follower.running());
    }
};

QTEST_GUILESS_MAIN(TestRelay)
#include "tst_relay.moc"
