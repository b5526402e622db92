// The CLI contract, with tidewatch-cli as a real process against the simulators in this
// test: every command's documented exit codes (README "Exit codes and events"), each ended
// by the one mechanism in the runner, with an event that names the reason; the first event
// reaches a reader through a pipe while the stream is still running; `tidewatch --help` and
// `--version` work without a display.

#include "cliprocess.h"
#include "sim/allium/alliumsim.h"
#include "sim/conyr/conyrsim.h"
#include "sim/demostream.h"
#include "sim/predikt/prediktsim.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetssim.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <memory>

namespace {

const QString Key = QStringLiteral("demo-key");
const QString WrongKey = QStringLiteral("wrong-key-31415");
const QString Mint = QStringLiteral("So11111111111111111111111111111111111111112");

/// /status/<code>[/…] refuses the upgrade with that HTTP status; /close/<code>[/…] accepts and
/// closes at once with that close code; /silent accepts and never says anything.
class RefusingHandler : public SimHandler
{
public:
    explicit RefusingHandler(SimServer *server)
        : SimHandler(server)
    {
    }
    static QRegularExpressionMatch match(const QString &path)
    {
        static const QRegularExpression re(QStringLiteral("^/(status|close)/(\\d+)(/.*)?$"));
        return re.match(path);
    }
    bool acceptsPath(const QString &path) const override
    {
        return path == QLatin1String("/silent") || match(path).hasMatch();
    }
    int upgradeStatus(const SimHttpRequest &request) override
    {
        const auto m = match(request.url.path());
        return m.hasMatch() && m.captured(1) == QLatin1String("status") ? m.captured(2).toInt() : 0;
    }
    void acceptSocket(QWebSocket *socket) override
    {
        ++accepted;
        const auto m = match(socket->requestUrl().path());
        if (m.hasMatch())
            socket->close(QWebSocketProtocol::CloseCode(m.captured(2).toInt()), QStringLiteral("closed by the test"));
    }
    int accepted = 0;
};

} // namespace

class TestCliContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void exitCodes_data();
    void exitCodes();
    void firstEventReachesAPipeWhileRunning_data();
    void firstEventReachesAPipeWhileRunning();
    void closedPipeEndsTheRunQuietly();
    void appHelpAndVersionWithoutADisplay_data();
    void appHelpAndVersionWithoutADisplay();

private:
    void startServer(const QVariantMap &options = {}, double clockFactor = 50);
    QString expand(QString argument) const;

    SimServer *m_server = nullptr;
    RefusingHandler *m_refusing = nullptr;
    QTemporaryDir m_dir;
    QString m_rules;
};

void TestCliContract::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath() + QStringLiteral(" is not built")));
    QVERIFY(m_dir.isValid());
    m_rules = m_dir.filePath(QStringLiteral("rules.json"));
    QFile rules(m_rules);
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write(R"({"rules":[{"kind":"block-gap","name":"gap","threshold":1}]})");
}

void TestCliContract::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestCliContract::startServer(const QVariantMap &options, double clockFactor)
{
    delete m_server;
    SimConfig config;
    config.clockFactor = clockFactor;
    config.options = options;
    m_server = new SimServer(config, this);
    m_server->addHandler(new DemoStreamHandler(m_server));
    m_refusing = new RefusingHandler(m_server);
    m_server->addHandler(m_refusing);
    installAlliumSimulator(*m_server);
    installConyrSimulator(*m_server);
    installPrediktSimulator(*m_server);
    installTweetsSimulator(*m_server);
    QVERIFY(m_server->listen());
}

QString TestCliContract::expand(QString argument) const
{
    argument.replace(QLatin1String("{ws}"), QStringLiteral("ws://127.0.0.1:%1").arg(m_server->port()));
    argument.replace(QLatin1String("{mint}"), Mint);
    argument.replace(QLatin1String("{rules}"), m_rules);
    return argument;
}

void TestCliContract::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariantMap>("serverOptions");
    QTest::addColumn<int>("expectedExit");
    QTest::addColumn<QString>("expectedKind"); // an event kind the run must print
    QTest::addColumn<QString>("errorNames");   // the last error event must contain this (empty: no check)

    const QString alliumApi = QStringLiteral("{ws}/api/v1/developer/ws/api");
    const QString alliumStream = QStringLiteral("{ws}/api/v1/developer/ws/stream");
    const QString conyr = QStringLiteral("{ws}/ws");
    const QString predikt = QStringLiteral("{ws}/api/v1/ws");
    const QString tweets = QStringLiteral("{ws}/v1/twitter/stream");
    const QString trades = QStringLiteral("token:{mint}:trades");
    const QVariantMap none;
    auto args = [](std::initializer_list<QString> list) { return QStringList(list); };

    // raw (the rest of its rows: tst_cli)
    QTest::newRow("raw 0") << args({"raw", "--url", "{ws}/demo/stream?interval=20", "--count", "2"}) << QString() << none << 0 << "data" << "";
    QTest::newRow("raw 4 on HTTP 429") << args({"raw", "--url", "{ws}/status/429"}) << QString() << none << 4 << "error" << "429";
    QTest::newRow("raw 3 on HTTP 401") << args({"raw", "--url", "{ws}/status/401"}) << QString() << none << 3 << "error" << "401";

    // allium-api
    QTest::newRow("allium-api 0") << args({"allium-api", "--url", alliumApi, "--path", "/api/v1/developer/assets", "--repeat", "2"})
                                  << Key << none << 0 << "response" << "";
    QTest::newRow("allium-api 1 on a timeout") << args({"allium-api", "--url", "{ws}/silent", "--path", "/x", "--timeout", "0.5"})
                                               << Key << none << 1 << "error" << "0.5";
    QTest::newRow("allium-api 2") << args({"allium-api", "--url", alliumApi, "--path", "/x", "--method", "FROB"}) << Key << none << 2 << "error" << "";
    QTest::newRow("allium-api 3 on HTTP 401") << args({"allium-api", "--url", alliumApi, "--path", "/api/v1/developer/assets"})
                                              << WrongKey << none << 3 << "error" << "401";
    QTest::newRow("allium-api 4 on HTTP 429") << args({"allium-api", "--url", "{ws}/status/429", "--path", "/x"})
                                              << Key << none << 4 << "error" << "429";
    QTest::newRow("allium-api 4 on close 4029") << args({"allium-api", "--url", "{ws}/close/4029", "--path", "/x"})
                                                << Key << none << 4 << "error" << "4029";

    // allium-stream
    QTest::newRow("allium-stream 0") << args({"allium-stream", "--url", alliumStream, "--topic", "ethereum.blocks", "--count", "2"})
                                     << Key << none << 0 << "data" << "";
    QTest::newRow("allium-stream 2") << args({"allium-stream", "--url", alliumStream, "--topic", "nonsense"}) << Key << none << 2 << "error" << "";
    QTest::newRow("allium-stream 3 on HTTP 401") << args({"allium-stream", "--url", alliumStream, "--topic", "ethereum.blocks"})
                                                 << WrongKey << none << 3 << "error" << "401";
    QTest::newRow("allium-stream 4 on HTTP 429") << args({"allium-stream", "--url", "{ws}/status/429", "--topic", "ethereum.blocks"})
                                                 << Key << none << 4 << "error" << "429";
    QTest::newRow("allium-stream 4 on close 4003") << args({"allium-stream", "--url", "{ws}/close/4003", "--topic", "ethereum.blocks"})
                                                   << Key << none << 4 << "error" << "4003";

    // conyr
    QTest::newRow("conyr 0") << args({"conyr", "--url", conyr, "--channel", trades, "--count", "2"}) << Key << none << 0 << "subscribed" << "";
    QTest::newRow("conyr 2") << args({"conyr", "--url", conyr}) << Key << none << 2 << "error" << "";
    QTest::newRow("conyr 3 on HTTP 401") << args({"conyr", "--url", conyr, "--channel", trades}) << WrongKey << none << 3 << "error" << "401";
    QTest::newRow("conyr 4 on HTTP 429") << args({"conyr", "--url", "{ws}/status/429", "--channel", trades}) << Key << none << 4 << "error" << "429";
    QTest::newRow("conyr 4 on close 4029") << args({"conyr", "--url", "{ws}/close/4029", "--channel", trades}) << Key << none << 4 << "error" << "4029";

    // predikt
    QTest::newRow("predikt 0") << args({"predikt", "--url", predikt, "--symbols", "SOL", "--count", "1"}) << Key << none << 0 << "data" << "";
    QTest::newRow("predikt 2") << args({"predikt", "--url", predikt}) << Key << none << 2 << "error" << "";
    QTest::newRow("predikt 3") << args({"predikt", "--url", predikt, "--symbols", "SOL"}) << WrongKey << none << 3 << "error" << "";
    QTest::newRow("predikt 4 on HTTP 429") << args({"predikt", "--url", "{ws}/api/v1/ws", "--engine-path", "/status/429/", "--symbols", "SOL"})
                                           << Key << none << 4 << "error" << "429";
    QTest::newRow("predikt 5") << args({"predikt", "--url", predikt, "--symbols", "SOL"}) << Key
                               << QVariantMap{{QStringLiteral("predikt.fail"), QStringLiteral("INSUFFICIENT_BALANCE")}} << 5 << "error" << "";

    // tweets (its other rows: tst_tweets_cli)
    QTest::newRow("tweets 0") << args({"tweets", "--url", tweets, "--count", "2"}) << Key << none << 0 << "data" << "";
    QTest::newRow("tweets 3 on HTTP 401") << args({"tweets", "--url", "{ws}/status/401"}) << Key << none << 3 << "error" << "401";
    QTest::newRow("tweets 4 on HTTP 429") << args({"tweets", "--url", "{ws}/status/429"}) << Key << none << 4 << "error" << "429";

    // alerts (replay rows: tst_alertscli)
    QTest::newRow("alerts 2") << args({"alerts", "--url", "{ws}/demo/stream"}) << QString() << none << 2 << "error" << "";
    QTest::newRow("alerts 3 on HTTP 401") << args({"alerts", "--rules", "{rules}", "--url", "{ws}/status/401"})
                                          << QString() << none << 3 << "error" << "401";
    QTest::newRow("alerts 4 on HTTP 429") << args({"alerts", "--rules", "{rules}", "--url", "{ws}/status/429"})
                                          << QString() << none << 4 << "error" << "429";
}

void TestCliContract::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, key);
    QFETCH(QVariantMap, serverOptions);
    QFETCH(int, expectedExit);
    QFETCH(QString, expectedKind);
    QFETCH(QString, errorNames);
    startServer(serverOptions);
    for (QString &argument : arguments)
        argument = expand(argument);

    const CliRun run = runCliProcess(arguments, key, 30000);
    QVERIFY2(run.finished && run.status == QProcess::NormalExit, qPrintable(run.describe()));
    QVERIFY2(run.exitCode == expectedExit, qPrintable(run.describe()));
    QVERIFY2(run.wellFormed(), qPrintable(run.describe()));
    QVERIFY2(run.kinds().contains(expectedKind), qPrintable(run.describe()));
    // Limits end the run at once, not after waiting at the backoff cap.
    QVERIFY2(run.elapsedMs < 15000, qPrintable(run.describe()));
    if (expectedExit >= 3) {
        // The run ends with an event that names the reason, and a limit is not retried.
        const QList<QJsonObject> errors = run.eventsOfKind(QStringLiteral("error"));
        QVERIFY2(!errors.isEmpty(), qPrintable(run.describe()));
        if (!errorNames.isEmpty())
            QVERIFY2(errors.constLast().value(QStringLiteral("message")).toString().contains(errorNames), qPrintable(run.describe()));
        QVERIFY2(m_refusing->accepted <= 1, qPrintable(run.describe()));
    }
    if (!key.isEmpty()) {
        QVERIFY(!run.out.contains(key.toUtf8()));
        QVERIFY(!run.err.contains(key.toUtf8()));
    }
}

void TestCliContract::firstEventReachesAPipeWhileRunning_data()
{
    QTest::addColumn<QStringList>("arguments");
    // Streams slow enough that block buffering (4 KiB) would hold the first event for many
    // seconds: the event must still reach the reader within moments of being received.
    auto args = [](std::initializer_list<QString> list) { return QStringList(list); };
    QTest::newRow("raw") << args({"raw", "--url", "{ws}/demo/stream?interval=1000"});
    QTest::newRow("allium-stream") << args({"allium-stream", "--url", "{ws}/api/v1/developer/ws/stream?intervalMs=1000", "--topic", "ethereum.blocks"});
    QTest::newRow("conyr") << args({"conyr", "--url", "{ws}/ws", "--channel", "token:{mint}:trades"});
    QTest::newRow("predikt") << args({"predikt", "--url", "{ws}/api/v1/ws", "--symbols", "SOL"});
    QTest::newRow("tweets") << args({"tweets", "--url", "{ws}/v1/twitter/stream"});
}

void TestCliContract::firstEventReachesAPipeWhileRunning()
{
    QFETCH(QStringList, arguments);
    startServer({{QStringLiteral("tweets.rate"), 0.5}, {QStringLiteral("conyr.tickMs"), 1000}}, 1);
    for (QString &argument : arguments)
        argument = expand(argument);

    QProcess process; // stdout is a pipe
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TIDEWATCH_API_KEY"), Key);
    process.setProcessEnvironment(env);
    process.start(cliPath(), arguments);
    QVERIFY(process.waitForStarted(5000));
    QJsonObject first;
    qint64 readAtMs = 0;
    QByteArray seen;
    QTRY_VERIFY2_WITH_TIMEOUT(
        [&] {
            // QTRY_* evaluates the expression once more after it held: stay true.
            while (first.isEmpty() && process.canReadLine()) {
                const QByteArray line = process.readLine();
                seen += line;
                const QJsonObject e = QJsonDocument::fromJson(line).object();
                if (e.value(QStringLiteral("kind")).toString() == QLatin1String("data")) {
                    first = e;
                    readAtMs = QDateTime::currentMSecsSinceEpoch();
                }
            }
            return !first.isEmpty();
        }(),
        qPrintable(QString::fromUtf8(seen + process.readAllStandardError())), 20000);
    const bool running = process.state() == QProcess::Running;
    process.kill();
    process.waitForFinished(3000);
    QVERIFY2(running, "the first event arrived while the stream was still running");
    // Received (t) and read by this test within a moment: not held in a buffer.
    const qint64 latencyMs = readAtMs - qint64(first.value(QStringLiteral("t")).toDouble());
    QVERIFY2(latencyMs < 1500, qPrintable(QStringLiteral("the first event reached the pipe %1 ms after it was received").arg(latencyMs)));
}

void TestCliContract::closedPipeEndsTheRunQuietly()
{
    startServer();
    // `tidewatch-cli raw … | head -n 3`: the reader goes away, the CLI ends with 0.
    QProcess head;
    QProcess cli;
    cli.setStandardOutputProcess(&head);
    head.setStandardOutputFile(QProcess::nullDevice());
    head.start(QStringLiteral("head"), {QStringLiteral("-n"), QStringLiteral("3")});
    QSignalSpy cliFinished(&cli, &QProcess::finished);
    cli.start(cliPath(), {QStringLiteral("raw"), QStringLiteral("--url"), expand(QStringLiteral("{ws}/demo/stream?interval=20"))});
    QVERIFY(cli.waitForStarted(5000));
    QVERIFY2(cliFinished.wait(20000), "the CLI ends once its reader has gone");
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
    QCOMPARE(cli.exitCode(), 0);
    head.waitForFinished(3000);
}

void TestCliContract::appHelpAndVersionWithoutADisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--demo");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral(TIDEWATCH_VERSION);
}

void TestCliContract::appHelpAndVersionWithoutADisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    const QString app = QStringLiteral(TW_BINARY_DIR "/bin/tidewatch");
    QVERIFY2(QFile::exists(app), qPrintable(app + QStringLiteral(" is not built")));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No display of any kind: a terminal over ssh, a packaging script.
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(app, {option});
    QVERIFY(process.waitForFinished(20000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             qPrintable(QString::fromUtf8(out + err)));
    QVERIFY2(out.contains(expected.toUtf8()), qPrintable(QString::fromUtf8(out + err)));
}

QTEST_GUILESS_MAIN(TestCliContract)
#include "tst_cli_contract.moc"
