// tidewatch-cli alerts as a process: --dry-run prints the same alerts as a normal run over the
// same recording (plus a summary per rule) and notifies no one; a normal run posts the
// rules' webhooks and sends to Alertmanager (a loopback HTTP server in this test receives
// both); `raw` never prints a registered key, even when a frame carries it.

#include "cliprocess.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

/// A minimal HTTP server: records every request (method, path, body) and answers 200.
class LoopbackHttp : public QObject
{
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray body;
    };
    QList<Request> requests;

    LoopbackHttp()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    const int end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const QByteArray head = buffer->left(end);
                    qsizetype length = 0;
                    for (const QByteArray &line : head.split('\n')) {
                        if (line.toLower().startsWith("content-length:"))
                            length = line.mid(15).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
                    requests.append({first.value(0), first.value(1), buffer->mid(end + 4, length)});
                    buffer->clear();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 0\r\n\r\n");
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    QList<Request> to(const QByteArray &path) const
    {
        QList<Request> out;
        for (const Request &r : requests) {
            if (r.path == path)
                out << r;
        }
        return out;
    }

private:
    QTcpServer m_server;
};

QJsonObject withoutRunFields(QJsonObject alert)
{
    alert.remove(QStringLiteral("t"));      // receive time of the line
    alert.remove(QStringLiteral("dryRun")); // the one field a dry run adds
    return alert;
}

} // namespace

class TestAlertsNotify : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

    /// The app's settings and key store stay out of the test: a configuration home of its own.
    QHash<QString, QString> env(const QHash<QString, QString> &more = {}) const
    {
        QHash<QString, QString> e = more;
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        return e;
    }

    /// A generic recording of blocks (number, transaction_count).
    QString recording(const QString &name, const QList<QPair<int, int>> &blocks)
    {
        QByteArray text = "{\"format\":\"tidewatch-recording\",\"version\":1,\"connection\":\"demo\",\"provider\":\"generic\","
                          "\"url\":\"ws://x/demo/stream\",\"startedAt\":0}\n";
        int t = 0;
        for (const auto &[number, txs] : blocks) {
            const QByteArray frame = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("block")},
                                                               {QStringLiteral("number"), number},
                                                               {QStringLiteral("transaction_count"), txs},
                                                               {QStringLiteral("chain"), QStringLiteral("demo")}})
                                         .toJson(QJsonDocument::Compact);
            text += QJsonDocument(QJsonObject{{QStringLiteral("t"), t += 10}, {QStringLiteral("frame"), QString::fromUtf8(frame)}})
                        .toJson(QJsonDocument::Compact)
                + "\n";
        }
        return write(name, text);
    }

    /// Two rules: a gap rule and a record rule; the record rule posts to webhookUrl and goes
    /// to the Alertmanager (TIDEWATCH_ALERTMANAGER_URL).
    QString rules(const QString &webhookUrl)
    {
        QJsonObject gap{{QStringLiteral("id"), QStringLiteral("r-gap")},
                        {QStringLiteral("kind"), QStringLiteral("block-gap")},
                        {QStringLiteral("name"), QStringLiteral("gap")},
                        {QStringLiteral("threshold"), 1}};
        QJsonObject busy{{QStringLiteral("id"), QStringLiteral("r-busy")},
                         {QStringLiteral("kind"), QStringLiteral("record-match")},
                         {QStringLiteral("name"), QStringLiteral("busy block")},
                         {QStringLiteral("filter"), QJsonObject{{QStringLiteral("field"), QStringLiteral("transaction_count")},
                                                                {QStringLiteral("operator"), QStringLiteral(">")},
                                                                {QStringLiteral("value"), 250}}},
                         {QStringLiteral("cooldownSec"), 0},
                         {QStringLiteral("webhookUrl"), webhookUrl},
                         {QStringLiteral("alertmanager"), true}};
        QJsonObject never{{QStringLiteral("id"), QStringLiteral("r-never")},
                          {QStringLiteral("kind"), QStringLiteral("record-match")},
                          {QStringLiteral("name"), QStringLiteral("never")},
                          {QStringLiteral("filter"), QJsonObject{{QStringLiteral("field"), QStringLiteral("transaction_count")},
                                                                 {QStringLiteral("operator"), QStringLiteral(">")},
                                                                 {QStringLiteral("value"), 100000}}}};
        const QJsonObject file{{QStringLiteral("rules"), QJsonArray{gap, busy, never}}};
        return write(QStringLiteral("rules.json"), QJsonDocument(file).toJson());
    }

private Q_SLOTS:
    void dryRunMatchesNormalRunAndNotifiesNoOne()
    {
        QVERIFY(m_dir.isValid());
        LoopbackHttp http;
        const QString rulesFile = rules(http.url(QStringLiteral("/hook")));
        const QString file = recording(QStringLiteral("rec.ndjson"), {{100, 120}, {101, 300}, {104, 130}, {105, 260}, {106, 251}});
        const QHash<QString, QString> e = env({{QStringLiteral("TIDEWATCH_ALERTMANAGER_URL"), http.url(QString())}});
        const QStringList args{QStringLiteral("alerts"), QStringLiteral("--rules"), rulesFile, QStringLiteral("--replay"), file};

        // The dry run: alerts and a summary, nothing sent.
        const CliRun dry = runCliProcess(args + QStringList{QStringLiteral("--dry-run")}, {}, 30000, e);
        QVERIFY2(dry.finished && dry.exitCode == 0, qPrintable(dry.describe()));
        QVERIFY(dry.wellFormed());
        QVERIFY2(http.requests.isEmpty(), "a dry run sent something");
        QVERIFY(dry.eventsOfKind(QStringLiteral("notified")).isEmpty());
        const QList<QJsonObject> dryAlerts = dry.eventsOfKind(QStringLiteral("alert"));
        QCOMPARE(dryAlerts.size(), 4);
        for (const QJsonObject &a : dryAlerts)
            QCOMPARE(a.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(dry.kinds().constLast(), QStringLiteral("done"));

        const QList<QJsonObject> summaries = dry.eventsOfKind(QStringLiteral("summary"));
        QCOMPARE(summaries.size(), 1);
        const QJsonObject summary = summaries.constFirst();
        QCOMPARE(summary.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("alerts")).toInt(), 4);
        QCOMPARE(summary.value(QStringLiteral("frames")).toInt(), 5);
        QHash<QString, QJsonObject> perRule;
        for (const QJsonValue &v : summary.value(QStringLiteral("rules")).toArray())
            perRule.insert(v.toObject().value(QStringLiteral("ruleId")).toString(), v.toObject());
        QCOMPARE(perRule.size(), 3);
        const QJsonObject busy = perRule.value(QStringLiteral("r-busy"));
        QCOMPARE(busy.value(QStringLiteral("count")).toInt(), 3);
        QCOMPARE(busy.value(QStringLiteral("values")).toArray(), (QJsonArray{300, 260, 251}));
        QCOMPARE(busy.value(QStringLiteral("firstValue")).toDouble(), 300.0);
        QCOMPARE(busy.value(QStringLiteral("lastValue")).toDouble(), 251.0);
        QCOMPARE(busy.value(QStringLiteral("minValue")).toDouble(), 251.0);
        QCOMPARE(busy.value(QStringLiteral("maxValue")).toDouble(), 300.0);
        // First and last time are the alerts' own times.
        QCOMPARE(qint64(busy.value(QStringLiteral("firstMs")).toDouble()), qint64(dryAlerts.at(0).value(QStringLiteral("timestamp")).toDouble()));
        QCOMPARE(qint64(busy.value(QStringLiteral("lastMs")).toDouble()), qint64(dryAlerts.at(3).value(QStringLiteral("timestamp")).toDouble()));
        QCOMPARE(perRule.value(QStringLiteral("r-gap")).value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(perRule.value(QStringLiteral("r-gap")).value(QStringLiteral("values")).toArray(), (QJsonArray{104}));
        QCOMPARE(perRule.value(QStringLiteral("r-never")).value(QStringLiteral("count")).toInt(), 0);

        // The normal run over the same frames: the same alerts, field for field, and the
        // record rule's alerts posted to its webhook and to Alertmanager.
        const CliRun live = runCliProcess(args, {}, 30000, e);
        QVERIFY2(live.finished && live.exitCode == 0, qPrintable(live.describe()));
        QVERIFY(live.wellFormed());
        const QList<QJsonObject> liveAlerts = live.eventsOfKind(QStringLiteral("alert"));
        QCOMPARE(liveAlerts.size(), dryAlerts.size());
        for (int i = 0; i < liveAlerts.size(); ++i) {
            QVERIFY(!liveAlerts.at(i).contains(QStringLiteral("dryRun")));
            QCOMPARE(withoutRunFields(liveAlerts.at(i)), withoutRunFields(dryAlerts.at(i)));
        }
        QJsonObject liveSummary = live.eventsOfKind(QStringLiteral("summary")).value(0);
        QCOMPARE(liveSummary.value(QStringLiteral("dryRun")).toBool(), false);
        QJsonObject drySummary = summary;
        for (QJsonObject *s : {&liveSummary, &drySummary}) {
            s->remove(QStringLiteral("t"));
            s->remove(QStringLiteral("dryRun"));
        }
        QCOMPARE(liveSummary, drySummary);

        const QList<LoopbackHttp::Request> hooks = http.to("/hook");
        QCOMPARE(hooks.size(), 3);
        QList<double> posted;
        for (const LoopbackHttp::Request &r : hooks) {
            QCOMPARE(r.method, QByteArray("POST"));
            const QJsonObject alert = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("alert")).toObject();
            QCOMPARE(alert.value(QStringLiteral("ruleId")).toString(), QStringLiteral("r-busy"));
            posted << alert.value(QStringLiteral("value")).toDouble();
        }
        std::sort(posted.begin(), posted.end());
        QCOMPARE(posted, (QList<double>{251, 260, 300}));
        const QList<LoopbackHttp::Request> manager = http.to("/api/v2/alerts");
        QVERIFY2(!manager.isEmpty(), qPrintable(live.describe()));
        const QJsonArray sent = QJsonDocument::fromJson(manager.constFirst().body).array();
        QVERIFY(!sent.isEmpty());
        QCOMPARE(sent.at(0).toObject().value(QStringLiteral("labels")).toObject().value(QStringLiteral("rule_id")).toString(),
                 QStringLiteral("r-busy"));
        int notifiedHooks = 0;
        for (const QJsonObject &n : live.eventsOfKind(QStringLiteral("notified"))) {
            if (n.value(QStringLiteral("channel")).toString() == QLatin1String("webhook"))
                ++notifiedHooks;
        }
        QCOMPARE(notifiedHooks, 3);
        QCOMPARE(live.kinds().constLast(), QStringLiteral("done"));
    }

    void aLiveRunEndsWithItsSummaryAfterTheNotifications()
    {
        // A live --duration run ends as a replay does: "summary", then the notifications
        // in flight are delivered, then "done" (it used to stop mid-delivery, summary-less).
        LoopbackHttp http;
        const QString rulesFile = rules(http.url(QStringLiteral("/hook")));
        QWebSocketServer server(QStringLiteral("blocks"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&server] {
            QWebSocket *socket = server.nextPendingConnection();
            for (int i = 0; i < 3; ++i)
                socket->sendTextMessage(QStringLiteral("{\"type\":\"block\",\"number\":%1,\"transaction_count\":300,\"chain\":\"demo\"}").arg(500 + i));
        });
        const CliRun run = runCliProcess({QStringLiteral("alerts"), QStringLiteral("--rules"), rulesFile,
                                          QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()),
                                          QStringLiteral("--provider"), QStringLiteral("generic"),
                                          QStringLiteral("--duration"), QStringLiteral("2")},
                                         {}, 30000, env());
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.wellFormed());
        const QStringList kinds = run.kinds();
        QCOMPARE(kinds.constLast(), QStringLiteral("done"));
        QCOMPARE(kinds.at(kinds.size() - 2), QStringLiteral("summary"));
        const QList<QJsonObject> alerts = run.eventsOfKind(QStringLiteral("alert"));
        QCOMPARE(alerts.size(), 3);
        const QJsonObject summary = run.eventsOfKind(QStringLiteral("summary")).constFirst();
        QCOMPARE(summary.value(QStringLiteral("alerts")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("dryRun")).toBool(), false);
        // Every webhook was delivered before the end, and said so.
        QCOMPARE(http.to("/hook").size(), 3);
        int notified = 0;
        for (const QJsonObject &n : run.eventsOfKind(QStringLiteral("notified")))
            notified += n.value(QStringLiteral("channel")).toString() == QLatin1String("webhook");
        QCOMPARE(notified, 3);
    }

    void credentialsInTheAlertmanagerUrlStayOutOfTheOutput()
    {
        LoopbackHttp http;
        const QString rulesFile = rules(http.url(QStringLiteral("/hook")));
        const QString file = recording(QStringLiteral("rec2.ndjson"), {{100, 300}});
        QString withPassword = http.url(QString());
        withPassword.replace(QStringLiteral("http://"), QStringLiteral("http://team:s3cret-am-pass@"));
        const CliRun run = runCliProcess({QStringLiteral("alerts"), QStringLiteral("--rules"), rulesFile, QStringLiteral("--replay"), file},
                                         {}, 30000, env({{QStringLiteral("TIDEWATCH_ALERTMANAGER_URL"), withPassword}}));
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(!http.to("/api/v2/alerts").isEmpty());
        QVERIFY2(!run.out.contains("s3cret-am-pass") && !run.err.contains("s3cret-am-pass"), qPrintable(run.describe()));
    }

    void rawMasksAKeyInsideAFrame()
    {
        const QString key = QStringLiteral("tw-raw-secret-7f3a91");
        QWebSocketServer server(QStringLiteral("echo"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&server, key] {
            QWebSocket *socket = server.nextPendingConnection();
            // As a Socket.IO server would see (and echo) token auth, and a JSON echo of the key.
            socket->sendTextMessage(QStringLiteral("40/api/v1/ws,{\"token\":\"%1\"}").arg(key));
            socket->sendTextMessage(QStringLiteral("{\"echo\":{\"api_key\":\"%1\"},\"url\":\"wss://h/x?api_key=%1\"}").arg(key));
        });
        const CliRun run = runCliProcess({QStringLiteral("raw"), QStringLiteral("--url"),
                                          QStringLiteral("ws://127.0.0.1:%1/").arg(server.serverPort()),
                                          QStringLiteral("--auth"), QStringLiteral("x-api-key-header"),
                                          QStringLiteral("--count"), QStringLiteral("2")},
                                         key, 20000, env());
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY(run.wellFormed());
        const QList<QJsonObject> data = run.eventsOfKind(QStringLiteral("data"));
        QCOMPARE(data.size(), 2);
        QVERIFY2(!run.out.contains(key.toUtf8()), qPrintable(run.describe()));
        QVERIFY2(!run.err.contains(key.toUtf8()), qPrintable(run.describe()));
        // Still the frames: the Socket.IO packet as text, the JSON as JSON, the key masked.
        QVERIFY(data.at(0).value(QStringLiteral("text")).toString().startsWith(QStringLiteral("40/api/v1/ws,{\"token\":\"")));
        QVERIFY(data.at(0).value(QStringLiteral("text")).toString().contains(QStringLiteral("\u2022\u2022\u2022")));
        QCOMPARE(data.at(1).value(QStringLiteral("data")).toObject().value(QStringLiteral("echo")).toObject()
                     .value(QStringLiteral("api_key")).toString(),
                 QStringLiteral("\u2022\u2022\u2022"));
    }
};

QTEST_GUILESS_MAIN(TestAlertsNotify)
#include "tst_alerts_notify.moc"
