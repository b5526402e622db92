// The notification channels' pure parts: Alertmanager labels, annotations and endpoint;
// when an open alert's condition clears (the recovery tracker); the new rule fields and a
// rules file written by the version before them (it must load and save unchanged).

#include "alerts/alertcenter.h"
#include "alerts/notifiers/alertmanagernotifier.h"
#include "alerts/notifiers/alertnotifiers.h"
#include "alerts/notifiers/alertrecovery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

AlertRule levelRule(AlertRule::Kind kind, double level, double hysteresisPct)
{
    AlertRule r;
    r.id = QStringLiteral("r1");
    r.name = QStringLiteral("BTC high");
    r.kind = kind;
    r.level = level;
    r.hysteresisPct = hysteresisPct;
    return r;
}

Alert alertOf(const AlertRule &rule, const QString &subject, double value)
{
    Alert a;
    a.id = QStringLiteral("a1");
    a.ruleId = rule.id;
    a.ruleName = rule.name;
    a.kind = rule.kind;
    a.severity = AlertSeverity::Critical;
    a.provider = QStringLiteral("predikt");
    a.source = QStringLiteral("demo");
    a.subject = subject;
    a.value = value;
    a.message = QStringLiteral("%1 rose above 100: %2").arg(subject).arg(value);
    a.timestampMs = 1'700'000'000'000;
    return a;
}

Observation price(const QString &subject, double value)
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = QStringLiteral("demo");
    o.kind = QStringLiteral("price");
    o.subject = subject;
    o.metrics.insert(QStringLiteral("price"), value);
    return o;
}

} // namespace

class TestAlertNotifiers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void labelsAndAnnotations()
    {
        const AlertRule rule = levelRule(AlertRule::Kind::PriceAbove, 100, 1);
        const Alert a = alertOf(rule, QStringLiteral("BTC-USD"), 101.5);
        const QJsonObject extra{{QStringLiteral("team"), QStringLiteral("desk")},
                                {QStringLiteral("severity"), QStringLiteral("overridden?")},
                                {QStringLiteral("empty"), QString()}};
        const QJsonObject labels = AlertmanagerNotifier::labelsFor(a, extra);
        QCOMPARE(labels.value(QLatin1String("alertname")).toString(), QStringLiteral("BTC high"));
        QCOMPARE(labels.value(QLatin1String("rule_id")).toString(), QStringLiteral("r1"));
        QCOMPARE(labels.value(QLatin1String("provider")).toString(), QStringLiteral("predikt"));
        QCOMPARE(labels.value(QLatin1String("subject")).toString(), QStringLiteral("BTC-USD"));
        QCOMPARE(labels.value(QLatin1String("instance")).toString(), QStringLiteral("demo"));
        QCOMPARE(labels.value(QLatin1String("team")).toString(), QStringLiteral("desk"));
        // Built-in labels win over extra ones; empty values are left out.
        QCOMPARE(labels.value(QLatin1String("severity")).toString(), QStringLiteral("critical"));
        QVERIFY(!labels.contains(QLatin1String("empty")));
        // The value is not a label (it would make every re-send a new alert).
        for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
            QVERIFY2(!it.value().toString().contains(QLatin1String("101")), qPrintable(it.key()));

        const QJsonObject annotations = AlertmanagerNotifier::annotationsFor(a);
        QCOMPARE(annotations.value(QLatin1String("summary")).toString(), QStringLiteral("BTC high: BTC-USD"));
        QVERIFY(annotations.value(QLatin1String("description")).toString().contains(QLatin1String("101.5")));
        QCOMPARE(annotations.value(QLatin1String("value")).toString(), QStringLiteral("101.5"));

        const QJsonObject json = AlertmanagerNotifier::alertJson(labels, annotations, 1'700'000'000'000, 1'700'000'060'000);
        QCOMPARE(json.value(QLatin1String("startsAt")).toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));
        QCOMPARE(json.value(QLatin1String("endsAt")).toString(), QStringLiteral("2023-11-14T22:14:20.000Z"));
    }

    void endpoint()
    {
        QCOMPARE(AlertmanagerNotifier::endpointFor(QUrl(QStringLiteral("http://127.0.0.1:9093"))).toString(),
                 QStringLiteral("http://127.0.0.1:9093/api/v2/alerts"));
        QCOMPARE(AlertmanagerNotifier::endpointFor(QUrl(QStringLiteral("https://am.example.org/prefix/"))).toString(),
                 QStringLiteral("https://am.example.org/prefix/api/v2/alerts"));
        QCOMPARE(AlertmanagerNotifier::endpointFor(QUrl(QStringLiteral("http://h:9093/api/v2/alerts"))).toString(),
                 QStringLiteral("http://h:9093/api/v2/alerts"));
    }

    void levelRecoveryFollowsHysteresis()
    {
        AlertRecoveryTracker tracker;
        const AlertRule rule = levelRule(AlertRule::Kind::PriceAbove, 100, 1); // re-arms below 99
        const QString key = tracker.fired(rule, alertOf(rule, QStringLiteral("BTC-USD"), 101));
        QVERIFY(tracker.isWatching(key));
        QVERIFY(tracker.observe(price(QStringLiteral("BTC-USD"), 99.5)).isEmpty()); // inside the band
        QVERIFY(tracker.observe(price(QStringLiteral("ETH-USD"), 50)).isEmpty());   // another subject
        Observation volumeOnly = price(QStringLiteral("BTC-USD"), 0);
        volumeOnly.metrics.clear();
        volumeOnly.metrics.insert(QStringLiteral("volume"), 1);
        QVERIFY(tracker.observe(volumeOnly).isEmpty());                             // not the rule's metric
        QCOMPARE(tracker.observe(price(QStringLiteral("BTC-USD"), 98.9)), QStringList{key});
        QVERIFY(!tracker.isWatching(key));

        const AlertRule below = levelRule(AlertRule::Kind::PriceBelow, 100, 0);
        const QString k2 = tracker.fired(below, alertOf(below, QStringLiteral("BTC-USD"), 99));
        QVERIFY(tracker.observe(price(QStringLiteral("BTC-USD"), 100)).isEmpty()); // not above yet
        QCOMPARE(tracker.observe(price(QStringLiteral("BTC-USD"), 100.01)), QStringList{k2});
    }

    void staleAndConnectionRecovery()
    {
        AlertRecoveryTracker tracker;
        AlertRule stale = levelRule(AlertRule::Kind::StreamStale, 0, 0);
        stale.id = QStringLiteral("stale");
        const QString k1 = tracker.fired(stale, alertOf(stale, QStringLiteral("ethereum.blocks"), 30));
        QVERIFY(tracker.observe(price(QStringLiteral("other"), 1)).isEmpty());
        Observation block = price(QStringLiteral("ethereum.blocks"), 0);
        block.metrics.clear(); // any data counts
        QCOMPARE(tracker.observe(block), QStringList{k1});

        AlertRule down = levelRule(AlertRule::Kind::ConnectionDown, 0, 0);
        down.id = QStringLiteral("down");
        Alert a = alertOf(down, QStringLiteral("Predikt demo"), 30);
        a.source = QStringLiteral("profile-1");
        const QString k2 = tracker.fired(down, a);
        ConnectionObservation c{QStringLiteral("Predikt demo"), QStringLiteral("profile-1"), QStringLiteral("predikt"), true, {}, 0};
        QVERIFY(tracker.observeConnection(c).isEmpty()); // still down
        QVERIFY(tracker.observe(price(QStringLiteral("Predikt demo"), 1)).isEmpty());
        c.down = false;
        QCOMPARE(tracker.observeConnection(c), QStringList{k2});
    }

    void eventsAreHeldNotWatched()
    {
        AlertRecoveryTracker tracker;
        AlertRule tweet = levelRule(AlertRule::Kind::TweetMatch, 0, 0);
        tweet.cooldownSec = 30;
        tracker.fired(tweet, alertOf(tweet, QStringLiteral("Tech Leaders"), 0));
        QCOMPARE(tracker.watching(), 0);
        QCOMPARE(AlertRecoveryTracker::holdMsOf(tweet), 60000); // at least a minute
        tweet.cooldownSec = 600;
        QCOMPARE(AlertRecoveryTracker::holdMsOf(tweet), 600000);
        QCOMPARE(AlertRecoveryTracker::recoveryOf(AlertRule::Kind::PriceCross), AlertRecoveryTracker::Recovery::AfterHold);
    }

    void changedOrRemovedRulesEnd()
    {
        AlertRecoveryTracker tracker;
        AlertRule rule = levelRule(AlertRule::Kind::PriceAbove, 100, 0);
        const QString key = tracker.fired(rule, alertOf(rule, QStringLiteral("BTC-USD"), 101));
        QVERIFY(tracker.retain({rule}).isEmpty());
        AlertRule changed = rule;
        changed.level = 120;
        QCOMPARE(tracker.retain({changed}), QStringList{key});
        tracker.fired(rule, alertOf(rule, QStringLiteral("BTC-USD"), 101));
        QCOMPARE(tracker.retain({}), QStringList{key});
    }

    void ruleFields()
    {
        AlertRule r = levelRule(AlertRule::Kind::PriceAbove, 100, 0);
        // Defaults are not written: a rule without the new channels reads as before.
        for (const char *key : {"alertmanager", "alertmanagerUrl", "alertmanagerLabels"})
            QVERIFY2(!r.toJson().contains(QLatin1String(key)), key);
        r.alertmanager = true;
        r.alertmanagerUrl = QStringLiteral("http://127.0.0.1:9093");
        r.alertmanagerLabels = QJsonObject{{QStringLiteral("team"), QStringLiteral("desk")}};
        AlertRule back;
        QVERIFY(AlertRule::fromJson(r.toJson(), back));
        QCOMPARE(back.toJson(), r.toJson());
        QVERIFY(back.sendsToAlertmanager());

        QJsonObject json = r.toJson();
        json.insert(QStringLiteral("alertmanagerLabels"), QStringLiteral("team = desk, env=prod"));
        QVERIFY(AlertRule::fromJson(json, back));
        QCOMPARE(AlertRule::formatLabels(back.alertmanagerLabels), QStringLiteral("env=prod, team=desk"));

        QString error;
        json.insert(QStringLiteral("alertmanagerLabels"), QStringLiteral("1team=desk"));
        QVERIFY(!AlertRule::fromJson(json, back, &error));
        QVERIFY2(error.contains(QLatin1String("1team")), qPrintable(error));
        json.insert(QStringLiteral("alertmanagerLabels"), QJsonObject{{QStringLiteral("bad-name"), QStringLiteral("x")}});
        QVERIFY(!AlertRule::fromJson(json, back, &error));
        json.insert(QStringLiteral("alertmanagerLabels"), QJsonObject{});
        json.insert(QStringLiteral("alertmanagerUrl"), QStringLiteral("ftp://host"));
        QVERIFY(!AlertRule::fromJson(json, back, &error));
        QVERIFY2(error.contains(QLatin1String("Alertmanager")), qPrintable(error));
    }

    void rulesFileOfThePreviousFormatLoadsUnchanged()
    {
        // Written by the rules format before the notification channels (main at 0c481e5,
        // AlertCenter::exportRules): it loads, and saves back byte for byte.
        const QString path = QStringLiteral(TW_TEST_DATA_DIR "/alerts/rules-v1.json");
        QList<AlertRule> rules;
        QString error;
        QVERIFY2(loadRulesFile(path, rules, &error), qPrintable(error));
        QCOMPARE(rules.size(), 6);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        const QJsonArray stored = QJsonDocument::fromJson(original).object().value(QLatin1String("rules")).toArray();
        QJsonArray saved;
        for (int i = 0; i < rules.size(); ++i) {
            QCOMPARE(rules.at(i).toJson(), stored.at(i).toObject());
            QVERIFY(!rules.at(i).sendsToAlertmanager());
            saved.append(rules.at(i).toJson());
        }
        QCOMPARE(QJsonDocument(QJsonObject{{QStringLiteral("rules"), saved}}).toJson(), original);
        QCOMPARE(rules.at(0).webhookUrl, QStringLiteral("https://hooks.example.org/services/T000/B000/XXXX"));
        QCOMPARE(rules.at(3).keywords, (QStringList{QStringLiteral("ETF"), QStringLiteral("SOL")}));
    }

    void globalSettings()
    {
        AlertNotifiers notifiers(false, nullptr);
        QVERIFY(!notifiers.applyAlertmanager(QStringLiteral("not a url"), {}).isEmpty());
        QVERIFY(!notifiers.applyAlertmanager(QStringLiteral("http://127.0.0.1:9093"), QStringLiteral("a-b=c")).isEmpty());
        QVERIFY(notifiers.alertmanagerUrl().isEmpty());
        QCOMPARE(notifiers.applyAlertmanager(QStringLiteral(" http://127.0.0.1:9093 "), QStringLiteral("team=desk")), QString());
        QCOMPARE(notifiers.alertmanagerUrl(), QStringLiteral("http://127.0.0.1:9093"));
        QCOMPARE(notifiers.alertmanagerLabels(), QStringLiteral("team=desk"));

        AlertRule r = levelRule(AlertRule::Kind::PriceAbove, 100, 0);
        QVERIFY(notifiers.alertmanagerFor(r).isEmpty()); // not opted in
        r.alertmanager = true;
        QCOMPARE(notifiers.alertmanagerFor(r).toString(), QStringLiteral("http://127.0.0.1:9093"));
        r.alertmanagerUrl = QStringLiteral("http://127.0.0.1:9094");
        QCOMPARE(notifiers.alertmanagerFor(r).toString(), QStringLiteral("http://127.0.0.1:9094"));
    }
};

QTEST_GUILESS_MAIN(TestAlertNotifiers)
#include "tst_alertnotifiers.moc"
