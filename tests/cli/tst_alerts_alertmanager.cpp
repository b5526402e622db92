// `tidewatch-cli alerts` against a real Prometheus Alertmanager (the Debian package
// prometheus-alertmanager), started by the test on a free loopback port with its own
// configuration and storage: while the CLI replays a recording in which a block's
// transaction count rises above the rule's level, the alert is listed in Alertmanager's
// /api/v2/alerts with the rule's labels; when the count falls back below the level and its
// band, the CLI resolves it (endsAt now) and Alertmanager lists it no more. Skipped, with the
// reason, only when the binary is not installed.

#include "cliprocess.h"
#include "peers/alertmanagerprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

class TestAlertsAlertmanager : public QObject
{
    Q_OBJECT

    QString m_binary;
    QTemporaryDir m_dir;
    std::unique_ptr<AlertmanagerProcess> m_alertmanager;
    QNetworkAccessManager m_network;

    QUrl base() const { return m_alertmanager->url(); }

    QPair<int, QByteArray> get(const QString &path)
    {
        QUrl url = base();
        url.setPath(path);
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return {0, {}};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }
    /// The alert Alertmanager lists for a rule ({} when none is active).
    QJsonObject listed(const QString &ruleId)
    {
        const QJsonArray alerts = QJsonDocument::fromJson(get(QStringLiteral("/api/v2/alerts")).second).array();
        for (const QJsonValue &a : alerts) {
            if (a.toObject().value(QLatin1String("labels")).toObject().value(QLatin1String("rule_id")).toString() == ruleId)
                return a.toObject();
        }
        return {};
    }

    /// A generic recording of blocks (offset ms, transaction count) that starts now, so the
    /// alerts' times are current for Alertmanager.
    QString recording(const QList<QPair<int, int>> &blocks)
    {
        QByteArray text = QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("tidewatch-recording")},
                                                    {QStringLiteral("version"), 1},
                                                    {QStringLiteral("connection"), QStringLiteral("demo")},
                                                    {QStringLiteral("provider"), QStringLiteral("generic")},
                                                    {QStringLiteral("url"), QStringLiteral("ws://x/demo/stream")},
                                                    {QStringLiteral("startedAt"), QDateTime::currentMSecsSinceEpoch()}})
                              .toJson(QJsonDocument::Compact)
            + "\n";
        int number = 100;
        for (const auto &[offset, txs] : blocks) {
            const QByteArray frame = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("block")},
                                                               {QStringLiteral("number"), number++},
                                                               {QStringLiteral("transaction_count"), txs},
                                                               {QStringLiteral("chain"), QStringLiteral("demo")}})
                                         .toJson(QJsonDocument::Compact);
            text += QJsonDocument(QJsonObject{{QStringLiteral("t"), offset}, {QStringLiteral("frame"), QString::fromUtf8(frame)}})
                        .toJson(QJsonDocument::Compact)
                + "\n";
        }
        return writeTestFile(m_dir, QStringLiteral("busy.ndjson"), text);
    }

    QString rules()
    {
        const QJsonObject busy{{QStringLiteral("id"), QStringLiteral("r-busy")},
                               {QStringLiteral("kind"), QStringLiteral("price-above")},
                               {QStringLiteral("name"), QStringLiteral("busy chain")},
                               {QStringLiteral("severity"), QStringLiteral("critical")},
                               {QStringLiteral("metric"), QStringLiteral("transaction_count")},
                               {QStringLiteral("level"), 250},
                               {QStringLiteral("hysteresisPct"), 10},
                               {QStringLiteral("cooldownSec"), 0},
                               {QStringLiteral("alertmanager"), true},
                               {QStringLiteral("alertmanagerLabels"), QJsonObject{{QStringLiteral("team"), QStringLiteral("chain")}}}};
        return writeTestFile(m_dir, QStringLiteral("rules.json"),
                             QJsonDocument(QJsonObject{{QStringLiteral("rules"), QJsonArray{busy}}}).toJson());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = AlertmanagerTest::findBinary();
        if (m_binary.isEmpty())
            QSKIP("prometheus-alertmanager is not installed: this test runs the CLI against the real Alertmanager "
                  "(Debian package prometheus-alertmanager, in the test group of scripts/deps.txt)");
        QVERIFY(m_dir.isValid());
        m_alertmanager = std::make_unique<AlertmanagerProcess>(m_binary);
        QVERIFY(m_alertmanager->start());
        QTRY_VERIFY2_WITH_TIMEOUT(get(QStringLiteral("/-/ready")).first == 200, qPrintable(m_alertmanager->output()), 20000);
    }

    void cleanupTestCase() { m_alertmanager.reset(); }

    void alertAppearsAndIsResolvedWhenTheConditionClears()
    {
        // 0 s: 100; 0.5 s: 300 (fires); held at 260 (inside the band: still firing) until 5 s;
        // 5.5 s: 200, below level − band (225): resolved. The replay runs as recorded.
        const QString file = recording({{0, 100}, {500, 300}, {1500, 300}, {3000, 260}, {5000, 270}, {5500, 200}, {6500, 190}});
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TIDEWATCH_API_KEY"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))); // not the app's settings
        env.insert(QStringLiteral("TIDEWATCH_ALERTMANAGER_URL"), base().toString());
        cli.setProcessEnvironment(env);
        QSignalSpy finished(&cli, &QProcess::finished);
        cli.start(cliPath(), {QStringLiteral("alerts"), QStringLiteral("--rules"), rules(), QStringLiteral("--replay"), file,
                              QStringLiteral("--speed"), QStringLiteral("1")});
        QVERIFY(cli.waitForStarted(5000));

        // While the count is above the level: listed, active, with the rule's labels.
        QTRY_VERIFY_WITH_TIMEOUT(!listed(QStringLiteral("r-busy")).isEmpty(), 5000);
        QVERIFY2(finished.isEmpty(), "the CLI ended before the alert could be seen open");
        const QJsonObject alert = listed(QStringLiteral("r-busy"));
        const QJsonObject labels = alert.value(QLatin1String("labels")).toObject();
        QCOMPARE(labels.value(QLatin1String("alertname")).toString(), QStringLiteral("busy chain"));
        QCOMPARE(labels.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(labels.value(QLatin1String("provider")).toString(), QStringLiteral("generic"));
        QCOMPARE(labels.value(QLatin1String("team")).toString(), QStringLiteral("chain"));
        QCOMPARE(alert.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString(), QStringLiteral("active"));
        QVERIFY2(alert.value(QLatin1String("annotations")).toObject().value(QLatin1String("description")).toString().contains(QLatin1String("300")),
                 qPrintable(QJsonDocument(alert).toJson()));
        // Open: its endsAt lies resend intervals ahead, so only a resolution can end it in this test.
        const QDateTime endsAt = QDateTime::fromString(alert.value(QLatin1String("endsAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(endsAt > QDateTime::currentDateTimeUtc().addSecs(60));
        // Held inside the band (260, 270): still listed a few seconds on.
        QTest::qWait(2000);
        QVERIFY(!listed(QStringLiteral("r-busy")).isEmpty());

        // The count fell below the band: the CLI resolves it, Alertmanager lists it no more.
        QTRY_VERIFY_WITH_TIMEOUT(listed(QStringLiteral("r-busy")).isEmpty(), 15000);
        QVERIFY(finished.wait(30000) || !finished.isEmpty());
        QCOMPARE(cli.exitCode(), 0);

        CliRun run;
        run.out = cli.readAllStandardOutput();
        run.err = cli.readAllStandardError();
        QVERIFY2(run.wellFormed(), qPrintable(run.describe()));
        const QList<QJsonObject> alerts = run.eventsOfKind(QStringLiteral("alert"));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().value(QStringLiteral("value")).toDouble(), 300.0);
        // The alert event carries its context: the blocks before it (and the one that fired it).
        const QJsonArray context = alerts.first().value(QStringLiteral("context")).toArray();
        QCOMPARE(context.size(), 2);
        QVERIFY(context.at(1).toObject().value(QStringLiteral("text")).toString().contains(QLatin1String("transaction_count 300")));
        int delivered = 0;
        for (const QJsonObject &n : run.eventsOfKind(QStringLiteral("notified")))
            delivered += n.value(QStringLiteral("channel")).toString() == QLatin1String("alertmanager");
        QVERIFY2(delivered >= 2, qPrintable(run.describe())); // the alert, then its resolution
        QVERIFY2(run.eventsOfKind(QStringLiteral("error")).isEmpty(), qPrintable(run.describe()));
        QCOMPARE(run.kinds().constLast(), QStringLiteral("done"));
    }
};

QTEST_GUILESS_MAIN(TestAlertsAlertmanager)
#include "tst_alerts_alertmanager.moc"
