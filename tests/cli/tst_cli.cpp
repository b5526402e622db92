// tidewatch-cli as a real process against a simulator in this test: the documented exit
// codes, NDJSON output, and keys that never come from argv and never reach the output.

#include "sim/demostream.h"
#include "sim/simserver.h"

#include "cliprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QWebSocket>

namespace {

const QString SecretKey = QStringLiteral("sk-live-7f3a9c2e5b1d4e8f");

/// Refuses the handshake with an HTTP status, or closes right after it with a close code.
class RefusingHandler : public SimHandler
{
public:
    explicit RefusingHandler(SimServer *server)
        : SimHandler(server)
    {
    }
    bool acceptsPath(const QString &path) const override
    {
        return path == QLatin1String("/http401") || path == QLatin1String("/limit");
    }
    int upgradeStatus(const SimHttpRequest &request) override
    {
        return request.url.path() == QLatin1String("/http401") ? 401 : 0;
    }
    void acceptSocket(QWebSocket *socket) override
    {
        ++accepted;
        socket->close(QWebSocketProtocol::CloseCode(4003), QStringLiteral("Too many connections for this key"));
    }
    int accepted = 0;
};

/// A CLI run, as the contract test records it.
using Run = CliRun;

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void helpListsCommandsAndExitCodes();
    void usageErrorsExitWith2_data();
    void usageErrorsExitWith2();
    void positionalKeyIsRefusedAndNotEchoed();
    void countEndsTheRunWith0();
    void durationEndsTheRunWith0();
    void acceptedKeyStreams();
    void rejectedKeyExitsWith3_data();
    void rejectedKeyExitsWith3();
    void limitExitsWith4AtOnce();
    void refusedConnectionExitsWith1_data();
    void refusedConnectionExitsWith1();
    void keyNeverReachesTheOutput();

private:
    Run runCli(const QStringList &arguments, const QString &key = {}, int timeoutMs = 20000);
    QString url(const QString &pathAndQuery) const
    {
        return QStringLiteral("ws://127.0.0.1:%1%2").arg(m_server->port()).arg(pathAndQuery);
    }

    QString m_cli;
    SimServer *m_server = nullptr;
    RefusingHandler *m_refusing = nullptr;
};

void TestCli::initTestCase()
{
    m_cli = QStringLiteral(TW_BINARY_DIR "/bin/tidewatch-cli");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli + QStringLiteral(" is not built")));
}

void TestCli::init()
{
    m_server = new SimServer({}, this);
    m_server->addHandler(new DemoStreamHandler(m_server));
    m_refusing = new RefusingHandler(m_server);
    m_server->addHandler(m_refusing);
    QVERIFY(m_server->listen());
}

void TestCli::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

Run TestCli::runCli(const QStringList &arguments, const QString &key, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("TIDEWATCH_API_KEY"));
    if (!key.isEmpty())
        env.insert(QStringLiteral("TIDEWATCH_API_KEY"), key);
    // Every log line on, so that a key leaking into a log would be seen.
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("tidewatch.*=true"));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(m_cli, arguments);
    Run run;
    if (!process.waitForStarted(5000))
        return run;
    // Wait on the signal (not waitForFinished) so that this thread's simulator keeps serving.
    run.finished = finished.wait(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(3000);
    }
    run.elapsedMs = clock.elapsed();
    run.exitCode = process.exitCode();
    run.status = process.exitStatus();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void TestCli::helpListsCommandsAndExitCodes()
{
    const Run run = runCli({QStringLiteral("--help")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY(run.out.contains("raw"));
    QVERIFY(run.out.contains("Exit codes"));
    QVERIFY(run.out.contains("TIDEWATCH_API_KEY"));

    const Run rawHelp = runCli({QStringLiteral("raw"), QStringLiteral("--help")});
    QVERIFY2(rawHelp.exitCode == 0, qPrintable(rawHelp.describe()));
    QVERIFY(rawHelp.out.contains("--no-reconnect"));
    QVERIFY(rawHelp.out.contains("--retries"));
}

void TestCli::usageErrorsExitWith2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("no url") << QStringList{QStringLiteral("raw")};
    QTest::newRow("not a url") << QStringList{QStringLiteral("raw"), QStringLiteral("--url"), QStringLiteral("nonsense")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("raw"), QStringLiteral("--url"),
                                                   QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--frob")};
    QTest::newRow("count 0") << QStringList{QStringLiteral("raw"), QStringLiteral("--url"),
                                            QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--count"), QStringLiteral("0")};
    QTest::newRow("bad duration") << QStringList{QStringLiteral("raw"), QStringLiteral("--url"),
                                                 QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--duration"), QStringLiteral("soon")};
    QTest::newRow("unknown auth") << QStringList{QStringLiteral("raw"), QStringLiteral("--url"),
                                                 QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--auth"), QStringLiteral("magic")};
    QTest::newRow("auth without key") << QStringList{QStringLiteral("raw"), QStringLiteral("--url"),
                                                     QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--auth"), QStringLiteral("bearer")};
    QTest::newRow("negative retries") << QStringList{QStringLiteral("raw"), QStringLiteral("--url"),
                                                     QStringLiteral("ws://127.0.0.1:1/"), QStringLiteral("--retries"), QStringLiteral("-1")};
}

void TestCli::usageErrorsExitWith2()
{
    QFETCH(QStringList, arguments);
    const Run run = runCli(arguments);
    QVERIFY2(run.finished && run.status == QProcess::NormalExit && run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs < 10000, "a usage error ends at once");
}

void TestCli::positionalKeyIsRefusedAndNotEchoed()
{
    const Run run = runCli({QStringLiteral("raw"), QStringLiteral("--url"), url(QStringLiteral("/demo/stream")), SecretKey});
    QVERIFY2(run.exitCode == 2, qPrintable(run.describe()));
    QVERIFY2(run.err.contains("never taken from the command line"), qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(SecretKey.toUtf8()) && !run.err.contains(SecretKey.toUtf8()), qPrintable(run.describe()));
}

void TestCli::countEndsTheRunWith0()
{
    const Run run = runCli({QStringLiteral("raw"), QStringLiteral("--url"), url(QStringLiteral("/demo/stream?interval=20")),
                            QStringLiteral("--count"), QStringLiteral("3")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    const QList<QJsonObject> data = run.eventsOfKind(QStringLiteral("data"));
    QCOMPARE(data.size(), 3);
    for (const QJsonObject &event : run.events()) {
        QVERIFY2(event.value(QStringLiteral("t")).toDouble() > 1.6e12, "t is Unix time in ms");
        QCOMPARE(event.value(QStringLiteral("source")).toString(), QStringLiteral("raw"));
        QVERIFY(!event.value(QStringLiteral("kind")).toString().isEmpty());
    }
    QCOMPARE(data.constFirst().value(QStringLiteral("data")).toObject().value(QStringLiteral("type")).toString(),
             QStringLiteral("block"));
    const QList<QJsonObject> states = run.eventsOfKind(QStringLiteral("state"));
    QVERIFY(!states.isEmpty());
    QCOMPARE(states.constLast().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
}

void TestCli::durationEndsTheRunWith0()
{
    const Run run = runCli({QStringLiteral("raw"), QStringLiteral("--url"), url(QStringLiteral("/demo/stream?interval=50")),
                            QStringLiteral("--duration"), QStringLiteral("1")});
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QVERIFY2(run.elapsedMs >= 900, qPrintable(run.describe()));
    QVERIFY2(!run.eventsOfKind(QStringLiteral("data")).isEmpty(), qPrintable(run.describe()));
}

void TestCli::acceptedKeyStreams()
{
    const Run run = runCli({QStringLiteral("raw"), QStringLiteral("--url"),
                            url(QStringLiteral("/demo/stream?key=required&interval=20")), QStringLiteral("--auth"),
                            QStringLiteral("x-api-key-header"), QStringLiteral("--count"), QStringLiteral("2")},
                           QStringLiteral("demo-key"));
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    QCOMPARE(run.eventsOfKind(QStringLiteral("data")).size(), 2);
}

void TestCli::rejectedKeyExitsWith3_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("auth");
    QTest::newRow("close 4001") << QStringLiteral("/demo/stream?key=required") << QStringLiteral("x-api-key-header");
    QTest::newRow("close 4001, key in query") << QStringLiteral("/demo/stream?key=required") << QStringLiteral("query");
    QTest::newRow("HTTP 401") << QStringLiteral("/http401") << QStringLiteral("bearer");
}

void TestCli::rejectedKeyExitsWith3()
{
    QFETCH(QString, path);
    QFETCH(QString, auth);
    const Run run = runCli({QStringLiteral("raw"), QStringLiteral("--url"), url(path), QStringLiteral("--auth"), auth},
                           SecretKey);
    QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
    const QList<QJsonObject> errors = run.eventsOfKind(QStringLiteral("error"));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.constFirst().value(QStringLiteral("message")).toString().contains(QLatin1String("key")),
             qPrintable(run.describe()));
    QVERIFY2(!run.out.contains(SecretKey.toUtf8()) && !run.err.contains(SecretKey.toUtf8()), qPrintable(run.describe()));
}

void TestCli::limitExitsWith4AtOnce()
{
    const Run run = runCli({QStringLiteral("raw"), QStringLiteral("--url"), url(QStringLiteral("/limit"))});
    QVERIFY2(run.finished && run.exitCode == 4, qPrintable(run.describe()));
    // It ends on the first refusal instead of waiting at the 30 s backoff cap.
    QCOMPARE(m_refusing->accepted, 1);
    QVERIFY2(run.elapsedMs < 10000, qPrintable(run.describe()));
    QVERIFY(run.eventsOfKind(QStringLiteral("error")).constFirst().value(QStringLiteral("message")).toString().contains(QLatin1String("4003")));
}

void TestCli::refusedConnectionExitsWith1_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("expectedAttempts");
    QTest::newRow("--no-reconnect") << QStringList{QStringLiteral("--no-reconnect")} << 1;
    QTest::newRow("--retries 2") << QStringList{QStringLiteral("--retries"), QStringLiteral("2")} << 3;
}

void TestCli::refusedConnectionExitsWith1()
{
    QFETCH(QStringList, options);
    QFETCH(int, expectedAttempts);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 deadPort = probe.serverPort();
    probe.close(); // nothing listens there now: connections are refused

    const Run run = runCli(QStringList{QStringLiteral("raw"), QStringLiteral("--url"),
                                       QStringLiteral("ws://127.0.0.1:%1/").arg(deadPort)} + options,
                           {}, 30000);
    QVERIFY2(run.finished && run.exitCode == 1, qPrintable(run.describe()));
    int connecting = 0;
    for (const QJsonObject &e : run.eventsOfKind(QStringLiteral("state")))
        connecting += e.value(QStringLiteral("state")).toString() == QLatin1String("connecting");
    QCOMPARE(connecting, expectedAttempts);
    QCOMPARE(run.eventsOfKind(QStringLiteral("error")).size(), 1);
}

void TestCli::keyNeverReachesTheOutput()
{
    // The key travels in every documented way and the server echoes nothing of it; with
    // every log category on, neither stdout nor stderr may carry it.
    for (const QString &auth : {QStringLiteral("x-api-key-header"), QStringLiteral("bearer"), QStringLiteral("query")}) {
        const Run run = runCli({QStringLiteral("raw"), QStringLiteral("--url"), url(QStringLiteral("/demo/stream?interval=20")),
                                QStringLiteral("--auth"), auth, QStringLiteral("--count"), QStringLiteral("2")},
                               SecretKey);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(!run.out.contains(SecretKey.toUtf8()), qPrintable(auth));
        QVERIFY2(!run.err.contains(SecretKey.toUtf8()), qPrintable(auth + QLatin1Char('\n') + QString::fromUtf8(run.err)));
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
