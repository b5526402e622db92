// tidewatch-cli alerts: rules over a recording print one alert event per fired alert and
// end with 0; bad rules, bad recordings and missing options are usage errors (2).

#include "cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <memory>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

class TestAlertsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content) { return writeTestFile(m_dir, name, content); }
    /// A recording of four demo blocks, 10 s apart: #100 (120 tx), #101 (300), #104 (130),
    /// #105 (260): a gap of two blocks and two busy blocks.
    QString writeBlockRecording(const QString &name)
    {
        QByteArray recording = R"({"format":"tidewatch-recording","version":1,"connection":"demo","provider":"generic","url":"ws://x/demo/stream","startedAt":0})"
                               "\n";
        const QList<QPair<int, int>> blocks = {{100, 120}, {101, 300}, {104, 130}, {105, 260}};
        int t = 0;
        for (const auto &[number, txs] : blocks) {
            const QByteArray frame = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("block")},
                                                               {QStringLiteral("number"), number},
                                                               {QStringLiteral("transaction_count"), txs},
                                                               {QStringLiteral("chain"), QStringLiteral("demo")}})
                                         .toJson(QJsonDocument::Compact);
            recording += QJsonDocument(QJsonObject{{QStringLiteral("t"), t += 10}, {QStringLiteral("frame"), QString::fromUtf8(frame)}})
                             .toJson(QJsonDocument::Compact)
                + "\n";
        }
        return write(name, recording);
    }
    struct Run {
        int exitCode = -1;
        QList<QJsonObject> events;
        QByteArray err;
    };
    Run run(const QStringList &arguments)
    {
        QProcess p;
        p.start(cliPath(), QStringList{QStringLiteral("alerts")} + arguments);
        Run r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            return r;
        }
        r.exitCode = p.exitCode();
        r.err = p.readAllStandardError();
        for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
            if (!line.trimmed().isEmpty())
                r.events << QJsonDocument::fromJson(line).object();
        }
        return r;
    }

private Q_SLOTS:
    void replayPrintsAlerts()
    {
        const QString rules = write(QStringLiteral("rules.json"), R"({"rules":[
            {"kind":"block-gap","name":"gap","threshold":1},
            {"kind":"record-match","name":"busy block","filter":{"field":"transaction_count","operator":">","value":250},"cooldownSec":0}]})");
        const QString file = writeBlockRecording(QStringLiteral("rec.ndjson"));
        const Run r = run({QStringLiteral("--rules"), rules, QStringLiteral("--replay"), file});
        QCOMPARE(r.exitCode, 0);
        QStringList alerts;
        for (const QJsonObject &e : r.events) {
            if (e.value(QLatin1String("kind")).toString() == QLatin1String("alert"))
                alerts << e.value(QLatin1String("rule")).toString() + QLatin1Char(':') + QString::number(e.value(QLatin1String("value")).toDouble());
        }
        QCOMPARE(alerts, (QStringList{QStringLiteral("busy block:300"), QStringLiteral("gap:104"), QStringLiteral("busy block:260")}));
        QCOMPARE(r.events.constLast().value(QLatin1String("kind")).toString(), QStringLiteral("done"));
    }

    void compositeRules()
    {
        // The same rules file format: a busy block, then a gap within 60 s; and a gap, then a
        // block of more than 1000 transactions, which this recording never has.
        const QString rules = write(QStringLiteral("composite.json"), R"({"rules":[
            {"kind":"composite","name":"busy then gap","combine":"sequence","withinSec":60,"cooldownSec":0,"conditions":[
                {"kind":"record-match","filter":{"field":"transaction_count","operator":">","value":250}},
                {"kind":"block-gap","threshold":1}]},
            {"kind":"composite","name":"gap then busy","combine":"sequence","withinSec":60,"cooldownSec":0,"conditions":[
                {"kind":"block-gap","threshold":1},
                {"kind":"record-match","filter":{"field":"transaction_count","operator":">","value":1000}}]}]})");
        const QString file = writeBlockRecording(QStringLiteral("composite.ndjson"));
        const Run r = run({QStringLiteral("--rules"), rules, QStringLiteral("--replay"), file, QStringLiteral("--dry-run")});
        QCOMPARE(r.exitCode, 0);
        QStringList alerts;
        for (const QJsonObject &e : r.events) {
            if (e.value(QLatin1String("kind")).toString() == QLatin1String("alert"))
                alerts << e.value(QLatin1String("rule")).toString() + QLatin1Char(':') + QString::number(e.value(QLatin1String("value")).toDouble());
        }
        QCOMPARE(alerts, QStringList{QStringLiteral("busy then gap:104")});
        // A bad composite is a usage error naming the rule and the condition.
        const QString bad = write(QStringLiteral("bad-composite.json"),
                                  R"({"rules":[{"kind":"composite","name":"x","conditions":[{"kind":"block-gap","threshold":1}]}]})");
        const Run refused = run({QStringLiteral("--rules"), bad, QStringLiteral("--replay"), file});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.events.constLast().value(QLatin1String("message")).toString().contains(QStringLiteral("at least 2 conditions")),
                 qPrintable(refused.events.constLast().value(QLatin1String("message")).toString()));
    }

    void blindAlertWhenTheLiveConnectionGoesDown()
    {
        // One block, then the server goes away: the CLI's reconnect loop keeps the rule blind,
        // its "blind for more than 1 s" alert is an alert event with the blind fields, and the
        // summary says how long the rule had no data.
        const QString rules = write(QStringLiteral("blind.json"), R"({"rules":[
            {"id":"r-watch","kind":"price-above","name":"busy watch","provider":"generic","metric":"transaction_count",
             "level":100000,"blindAlertSec":1}]})");
        auto server = std::make_unique<QWebSocketServer>(QStringLiteral("blocks"), QWebSocketServer::NonSecureMode);
        QVERIFY(server->listen(QHostAddress::LocalHost));
        const quint16 port = server->serverPort();
        QObject::connect(server.get(), &QWebSocketServer::newConnection, server.get(), [&server] {
            QWebSocket *socket = server->nextPendingConnection();
            socket->sendTextMessage(QStringLiteral(R"({"type":"block","number":7,"transaction_count":20,"chain":"demo"})"));
            QTimer::singleShot(300, socket, [socket, &server] {
                server->close(); // no one listens any more: every reconnect fails
                socket->close();
            });
        });
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(cliPath(), {QStringLiteral("alerts"), QStringLiteral("--rules"), rules, QStringLiteral("--url"),
                            QStringLiteral("ws://127.0.0.1:%1/").arg(port), QStringLiteral("--provider"), QStringLiteral("generic"),
                            QStringLiteral("--duration"), QStringLiteral("5")});
        QVERIFY(finished.wait(30000));
        const QByteArray out = p.readAllStandardOutput();
        QList<QJsonObject> alerts;
        QJsonObject summary;
        for (const QByteArray &line : out.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.value(QLatin1String("kind")).toString() == QLatin1String("alert"))
                alerts << e;
            if (e.value(QLatin1String("kind")).toString() == QLatin1String("summary"))
                summary = e;
        }
        QVERIFY2(alerts.size() == 1, out.constData());
        const QJsonObject blind = alerts.first();
        QCOMPARE(blind.value(QLatin1String("blind")).toBool(), true);
        QCOMPARE(blind.value(QLatin1String("blindReason")).toString(), QStringLiteral("connection-down"));
        QVERIFY(blind.value(QLatin1String("blindSec")).toDouble() >= 1);
        QCOMPARE(blind.value(QLatin1String("ruleId")).toString(), QStringLiteral("r-watch"));
        QVERIFY(blind.value(QLatin1String("context")).isArray());
        QVERIFY2(blind.value(QLatin1String("message")).toString().startsWith(QStringLiteral("busy watch is blind: connection down for ")),
                 qPrintable(blind.value(QLatin1String("message")).toString()));
        const QJsonObject rule = summary.value(QLatin1String("rules")).toArray().at(0).toObject();
        QVERIFY2(rule.value(QLatin1String("blindMs")).toDouble() >= 2000, out.constData());
        QCOMPARE(rule.value(QLatin1String("blindReason")).toString(), QStringLiteral("connection-down"));
    }

    void usageErrors()
    {
        const QString good = write(QStringLiteral("ok.json"), R"({"rules":[{"kind":"block-gap","name":"gap","threshold":1}]})");
        const QString badRule = write(QStringLiteral("bad.json"), R"({"rules":[{"kind":"volume-spike","name":"x","threshold":0.5}]})");
        const QString notJson = write(QStringLiteral("nj.json"), "{ nope");
        const QString notRecording = write(QStringLiteral("nr.ndjson"), "{\"hello\":1}\n");
        QCOMPARE(run({QStringLiteral("--replay"), notRecording}).exitCode, 2); // no --rules
        Run r = run({QStringLiteral("--rules"), badRule, QStringLiteral("--replay"), notRecording});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.events.constLast().value(QLatin1String("message")).toString().contains(QStringLiteral("Rule 1")));
        QCOMPARE(run({QStringLiteral("--rules"), notJson, QStringLiteral("--replay"), notRecording}).exitCode, 2);
        r = run({QStringLiteral("--rules"), good, QStringLiteral("--replay"), notRecording});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.events.constLast().value(QLatin1String("message")).toString().contains(QStringLiteral("not a Tidewatch recording")));
        QCOMPARE(run({QStringLiteral("--rules"), good}).exitCode, 2); // neither --replay nor --url/--profile
    }
};

QTEST_GUILESS_MAIN(TestAlertsCli)
#include "tst_alertscli.moc"
