// Alerts through a real Prometheus Alertmanager (the Debian package), started by the test
// on a free loopback port with its own configuration and storage: a fired rule's alert
// appears in Alertmanager's API with its labels and annotations, stays open while it is
// re-sent, and is resolved when the condition clears; an Alertmanager that is not up yet is
// retried with backoff; event rules end by themselves.

#include "alerts/alertcenter.h"
#include "alerts/notifiers/alertmanagernotifier.h"
#include "alerts/notifiers/alertnotifiers.h"
#include "core/observation.h"
#include "peers/alertmanagerprocess.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestAlertmanagerPeer : public QObject
{
    Q_OBJECT

    QString m_binary;
    QNetworkAccessManager m_network;

    /// GET <path> on the Alertmanager; the HTTP status (0 unreachable) and body.
    QPair<int, QByteArray> get(const QUrl &base, const QString &path)
    {
        QUrl url = base;
        url.setPath(path);
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(5000))
            return {0, {}};
        reply->deleteLater();
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }
    QJsonArray alerts(const QUrl &base)
    {
        return QJsonDocument::fromJson(get(base, QStringLiteral("/api/v2/alerts")).second).array();
    }
    bool ready(const QUrl &base) { return get(base, QStringLiteral("/-/ready")).first == 200; }

    static QJsonObject find(const QJsonArray &alerts, const QString &ruleId)
    {
        for (const QJsonValue &a : alerts) {
            if (a.toObject().value(QLatin1String("labels")).toObject().value(QLatin1String("rule_id")).toString() == ruleId)
                return a.toObject();
        }
        return {};
    }

    static Observation price(const QString &subject, double value)
    {
        Observation o;
        o.provider = QStringLiteral("predikt");
        o.source = QStringLiteral("demo");
        o.kind = QStringLiteral("price");
        o.subject = subject;
        o.timestampMs = QDateTime::currentMSecsSinceEpoch();
        o.metrics.insert(QStringLiteral("price"), value);
        return o;
    }

    static QVariantMap priceRule(const QString &id, const QUrl &alertmanager)
    {
        AlertRule r;
        r.id = id;
        r.name = QStringLiteral("BTC above 100");
        r.kind = AlertRule::Kind::PriceAbove;
        r.severity = AlertSeverity::Critical;
        r.provider = QStringLiteral("predikt");
        r.subject = QStringLiteral("BTC-USD");
        r.level = 100;
        r.hysteresisPct = 1;
        r.cooldownSec = 0;
        r.alertmanager = true;
        r.alertmanagerUrl = alertmanager.toString();
        r.alertmanagerLabels = QJsonObject{{QStringLiteral("team"), QStringLiteral("desk")}};
        return r.toJson().toVariantMap();
    }

    static AlertmanagerSettings fast(int resendMs = 60000)
    {
        AlertmanagerSettings s;
        s.resendIntervalMs = resendMs;
        s.firstRetryMs = 100;
        s.maxRetryMs = 400;
        s.timeoutMs = 3000;
        return s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_binary = AlertmanagerTest::findBinary();
        if (m_binary.isEmpty())
            QSKIP("prometheus-alertmanager is not installed: these tests need the real Alertmanager "
                  "(Debian package prometheus-alertmanager, listed in scripts/deps.txt)");
    }

    void firesAndResolvesWhenTheConditionClears()
    {
        AlertmanagerProcess am(m_binary);
        QVERIFY(am.start());
        QTRY_VERIFY2_WITH_TIMEOUT(ready(am.url()), qPrintable(am.output()), 20000);

        QTemporaryDir folder;
        AlertCenter center(folder.path(), nullptr);
        AlertmanagerNotifier *notifier = center.notifiers()->alertmanager();
        notifier->setSettings(fast());
        QSignalSpy delivered(notifier, &AlertmanagerNotifier::delivered);
        QCOMPARE(center.saveRule(priceRule(QStringLiteral("btc-high"), am.url())), QString());

        center.observe(price(QStringLiteral("BTC-USD"), 99));
        center.observe(price(QStringLiteral("BTC-USD"), 101.25)); // fires
        QTRY_VERIFY_WITH_TIMEOUT(!find(alerts(am.url()), QStringLiteral("btc-high")).isEmpty(), 10000);
        const QJsonObject alert = find(alerts(am.url()), QStringLiteral("btc-high"));
        const QJsonObject labels = alert.value(QLatin1String("labels")).toObject();
        QCOMPARE(labels.value(QLatin1String("alertname")).toString(), QStringLiteral("BTC above 100"));
        QCOMPARE(labels.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(labels.value(QLatin1String("subject")).toString(), QStringLiteral("BTC-USD"));
        QCOMPARE(labels.value(QLatin1String("provider")).toString(), QStringLiteral("predikt"));
        QCOMPARE(labels.value(QLatin1String("instance")).toString(), QStringLiteral("demo"));
        QCOMPARE(labels.value(QLatin1String("team")).toString(), QStringLiteral("desk"));
        const QJsonObject annotations = alert.value(QLatin1String("annotations")).toObject();
        QVERIFY2(annotations.value(QLatin1String("description")).toString().contains(QLatin1String("101.25")),
                 qPrintable(QJsonDocument(annotations).toJson()));
        QCOMPARE(alert.value(QLatin1String("status")).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("active"));
        const QDateTime endsAt = QDateTime::fromString(alert.value(QLatin1String("endsAt")).toString(), Qt::ISODateWithMs);
        QVERIFY(endsAt > QDateTime::currentDateTimeUtc().addSecs(60)); // open: a few resend intervals ahead

        // Back inside the hysteresis band: still firing.
        const int before = int(delivered.count());
        center.observe(price(QStringLiteral("BTC-USD"), 99.5));
        QCOMPARE(notifier->openCount(), 1);
        // Below level − band: the condition cleared, the alert is resolved at Alertmanager.
        center.observe(price(QStringLiteral("BTC-USD"), 98.5));
        QCOMPARE(notifier->openCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(delivered.count() > before, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(find(alerts(am.url()), QStringLiteral("btc-high")).isEmpty(), 10000);
        QCOMPARE(center.notifiers()->alertmanagerStatus().contains(QLatin1String("accepted")), true);

        // It fires again (the rule re-armed): a new alert.
        center.observe(price(QStringLiteral("BTC-USD"), 100.5));
        QTRY_VERIFY_WITH_TIMEOUT(!find(alerts(am.url()), QStringLiteral("btc-high")).isEmpty(), 10000);
        // Removing the rule ends its open alert.
        center.removeRule(QStringLiteral("btc-high"));
        QTRY_VERIFY_WITH_TIMEOUT(find(alerts(am.url()), QStringLiteral("btc-high")).isEmpty(), 10000);
    }

    void openAlertsAreResent()
    {
        AlertmanagerProcess am(m_binary);
        QVERIFY(am.start());
        QTRY_VERIFY2_WITH_TIMEOUT(ready(am.url()), qPrintable(am.output()), 20000);

        QTemporaryDir folder;
        AlertCenter center(folder.path(), nullptr);
        AlertmanagerNotifier *notifier = center.notifiers()->alertmanager();
        // endsAt lies 4 intervals ahead (2 s): without re-sending, Alertmanager would end the
        // alert after 2 s.
        notifier->setSettings(fast(500));
        QSignalSpy delivered(notifier, &AlertmanagerNotifier::delivered);
        QCOMPARE(center.saveRule(priceRule(QStringLiteral("btc-resend"), am.url())), QString());
        center.observe(price(QStringLiteral("BTC-USD"), 101));
        QTRY_VERIFY_WITH_TIMEOUT(!find(alerts(am.url()), QStringLiteral("btc-resend")).isEmpty(), 10000);
        const QDateTime firstEnd = QDateTime::fromString(
            find(alerts(am.url()), QStringLiteral("btc-resend")).value(QLatin1String("endsAt")).toString(), Qt::ISODateWithMs);
        QTRY_VERIFY_WITH_TIMEOUT(delivered.count() >= 8, 15000); // ≥ 3.5 s of re-sends
        const QJsonObject alert = find(alerts(am.url()), QStringLiteral("btc-resend"));
        QVERIFY2(!alert.isEmpty(), "the open alert was ended although it was re-sent");
        const QDateTime laterEnd = QDateTime::fromString(alert.value(QLatin1String("endsAt")).toString(), Qt::ISODateWithMs);
        QVERIFY2(laterEnd > firstEnd.addSecs(2), qPrintable(laterEnd.toString(Qt::ISODateWithMs)));
    }

    void unreachableIsRetriedWithoutShowingSecrets()
    {
        const quint16 port = AlertmanagerTest::freePort();
        QVERIFY(port != 0);
        QTemporaryDir folder;
        AlertCenter center(folder.path(), nullptr);
        AlertmanagerNotifier *notifier = center.notifiers()->alertmanager();
        notifier->setSettings(fast());
        QSignalSpy failed(notifier, &AlertmanagerNotifier::failed);
        QSignalSpy delivered(notifier, &AlertmanagerNotifier::delivered);
        // Credentials in the URL (a proxy in front of Alertmanager) are never shown.
        const QUrl withSecret(QStringLiteral("http://tidewatch:s3cr3t-pass@127.0.0.1:%1").arg(port));
        QCOMPARE(center.saveRule(priceRule(QStringLiteral("btc-retry"), withSecret)), QString());
        center.observe(price(QStringLiteral("BTC-USD"), 101));
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 2, 10000); // first try and a retry
        const QString error = failed.last().at(1).toString();
        QVERIFY2(error.contains(QLatin1String("could not be reached")), qPrintable(error));
        QVERIFY2(!error.contains(QLatin1String("s3cr3t")), qPrintable(error));
        QVERIFY(!center.notifiers()->alertmanagerStatus().contains(QLatin1String("s3cr3t")));

        AlertmanagerProcess am(m_binary);
        am.setPort(port);
        QVERIFY(am.start());
        QTRY_VERIFY_WITH_TIMEOUT(delivered.count() >= 1, 20000);
        QVERIFY(!find(alerts(am.url()), QStringLiteral("btc-retry")).isEmpty());
    }

    void eventAlertsEndByThemselves()
    {
        AlertmanagerProcess am(m_binary);
        QVERIFY(am.start());
        QTRY_VERIFY2_WITH_TIMEOUT(ready(am.url()), qPrintable(am.output()), 20000);
        QTemporaryDir folder;
        AlertCenter center(folder.path(), nullptr);
        center.notifiers()->alertmanager()->setSettings(fast());
        // The global Alertmanager, for a rule that only opts in.
        QCOMPARE(center.notifiers()->applyAlertmanager(am.url().toString(), QStringLiteral("env=test")), QString());
        AlertRule r;
        r.id = QStringLiteral("etf-tweet");
        r.name = QStringLiteral("Tweet mentions an ETF");
        r.kind = AlertRule::Kind::TweetMatch;
        r.keywords = {QStringLiteral("ETF")};
        r.cooldownSec = 120;
        r.alertmanager = true;
        QCOMPARE(center.saveRule(r.toJson().toVariantMap()), QString());
        Observation tweet;
        tweet.provider = QStringLiteral("tweets");
        tweet.source = QStringLiteral("demo");
        tweet.kind = QStringLiteral("tweet");
        tweet.subject = QStringLiteral("Tech Leaders");
        tweet.timestampMs = QDateTime::currentMSecsSinceEpoch();
        tweet.texts.insert(QStringLiteral("text"), QStringLiteral("A spot ETF for SOL"));
        tweet.texts.insert(QStringLiteral("author"), QStringLiteral("someone"));
        center.observe(tweet);
        QTRY_VERIFY_WITH_TIMEOUT(!find(alerts(am.url()), QStringLiteral("etf-tweet")).isEmpty(), 10000);
        const QJsonObject alert = find(alerts(am.url()), QStringLiteral("etf-tweet"));
        QCOMPARE(alert.value(QLatin1String("labels")).toObject().value(QLatin1String("env")).toString(), QStringLiteral("test"));
        // Ends at its start + the hold (the rule's cooldown, 120 s).
        const qint64 ends = QDateTime::fromString(alert.value(QLatin1String("endsAt")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch();
        QCOMPARE(ends, tweet.timestampMs + 120000);
        QCOMPARE(center.notifiers()->applyAlertmanager({}, {}), QString()); // leave the settings as found
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerPeer)
#include "tst_alertmanager_peer.moc"
