// tidewatch-cli predikt as a real process against the Predikt simulator in this test: billing
// amounts are printed as the exact decimal strings the server sent ("0.10", not 0.1), the
// balance running out exits 5 after a "disconnecting" event, a key without the websocket
// permission exits 3 with the sentence that says how to fix it, and the key never shows.

#include "cliprocess.h"
#include "sim/predikt/prediktsimhandler.h"
#include "sim/simserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString Key = QStringLiteral("pd-cli-key-7a41c2");

using Run = CliRun;

} // namespace

class TestPrediktCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath() + QStringLiteral(" is not built")));
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void billingIsExactAndTheEmptyBalanceExits5()
    {
        startServer({{"predikt.balance", "0.25"}, {"predikt.hourlyFee", "0.10"}, {"predikt.billingIntervalMs", 20000}});
        const Run run = runCli({QStringLiteral("--symbols"), QStringLiteral("SOL")});
        QVERIFY2(run.finished && run.exitCode == 5, qPrintable(run.describe()));
        const QList<QJsonObject> billing = run.eventsOfKind(QStringLiteral("billing"));
        QCOMPARE(billing.size(), 2);
        QVERIFY(billing.at(0).value(QStringLiteral("amountUsd")).isString());
        QCOMPARE(billing.at(0).value(QStringLiteral("amountUsd")).toString(), QStringLiteral("0.10"));
        QCOMPARE(billing.at(0).value(QStringLiteral("remainingBalanceUsd")).toString(), QStringLiteral("0.15"));
        QCOMPARE(billing.at(1).value(QStringLiteral("remainingBalanceUsd")).toString(), QStringLiteral("0.05"));
        QCOMPARE(run.eventsOfKind(QStringLiteral("disconnecting")).size(), 1);
        const QList<QJsonObject> connected = run.eventsOfKind(QStringLiteral("connected"));
        QCOMPARE(connected.size(), 1);
        QVERIFY(connected.constFirst().value(QStringLiteral("connectionId")).toString().startsWith(QLatin1String("conn_")));
        QVERIFY(!run.out.contains(Key.toUtf8()));
        QVERIFY(!run.err.contains(Key.toUtf8()));
    }

    void permissionDeniedExits3AndSaysHowToFixIt()
    {
        startServer({{"predikt.noWebsocketKeys", Key}});
        const Run run = runCli({QStringLiteral("--symbols"), QStringLiteral("SOL"), QStringLiteral("--auth"),
                                QStringLiteral("socketio-token")});
        QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
        const QList<QJsonObject> errors = run.eventsOfKind(QStringLiteral("error"));
        QVERIFY(!errors.isEmpty());
        QCOMPARE(errors.constFirst().value(QStringLiteral("code")).toString(), QStringLiteral("PERMISSION_DENIED"));
        const QString message = errors.constFirst().value(QStringLiteral("message")).toString();
        QVERIFY2(message.contains(QLatin1String("add \"websocket\"")), qPrintable(message));
        QVERIFY(!run.out.contains(Key.toUtf8()));
        QVERIFY(!run.err.contains(Key.toUtf8()));
    }

private:
    void startServer(const QVariantMap &options)
    {
        SimConfig config;
        config.acceptedKeys = {Key};
        config.clockFactor = 100;
        config.options = options;
        m_server = new SimServer(config, this);
        m_server->addHandler(new PrediktSimHandler(m_server));
        QVERIFY(m_server->listen());
    }

    Run runCli(const QStringList &arguments)
    {
        const QString url = QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(m_server->port());
        return runCliProcess(QStringList{QStringLiteral("predikt"), QStringLiteral("--url"), url} + arguments, Key);
    }

    SimServer *m_server = nullptr;
};

QTEST_GUILESS_MAIN(TestPrediktCli)
#include "tst_predikt_cli.moc"
