// Blind time: how long a rule had no data, and why (connections down, billing stopped, its
// stream paused, silence), its status and the per-rule "alert when blind for more than N s";
// rules files without the option load and save unchanged, and bad values are refused.

#include "alertenginetest.h"
#include "alerts/alertengine.h"
#include "alerts/alertrulemodel.h"
#include "alerts/blindtracker.h"
#include "alerts/notifiers/alertrecovery.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

Observation price(const QString &subject, double value, qint64 ts)
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = QStringLiteral("demo");
    o.kind = QStringLiteral("price");
    o.subject = subject;
    o.timestampMs = ts;
    o.metrics.insert(QStringLiteral("price"), value);
    return o;
}

ConnectionObservation link(const QString &provider, bool down, bool billing = false)
{
    ConnectionObservation c;
    c.name = provider + QStringLiteral("-conn");
    c.profileId = provider + QStringLiteral("-profile");
    c.provider = provider;
    c.down = down;
    c.billingStopped = billing;
    c.reason = down ? QStringLiteral("refused") : QString();
    return c;
}

AlertRule above(double level, int blindAlertSec = 0)
{
    AlertRule r;
    r.id = AlertRule::newId();
    r.name = QStringLiteral("BTC above");
    r.kind = AlertRule::Kind::PriceAbove;
    r.provider = QStringLiteral("predikt");
    r.subject = QStringLiteral("BTC");
    r.level = level;
    r.cooldownSec = 0;
    r.hysteresisPct = 0;
    r.blindAlertSec = blindAlertSec;
    return r;
}

} // namespace

class TestAlertBlind : public AlertEngineTest
{
    Q_OBJECT

private:

    /// Advances the clock second by second with a tick each (as the app's timer does).
    void wait(int seconds)
    {
        for (int i = 0; i < seconds; ++i) {
            clock += 1000;
            engine->tick();
        }
    }

private Q_SLOTS:
    void init() { startEngine(); }
    void cleanup() { stopEngine(); }

    void silenceMakesAValueRuleBlindFromItsLastData()
    {
        const AlertRule r = above(100);
        engine->setRules({r});
        engine->observe(price(QStringLiteral("BTC"), 90, clock));
        wait(59);
        QVERIFY(!engine->status(r.id).blind); // a minute of silence is not yet blind
        QCOMPARE(engine->status(r.id).state, RuleStatus::State::Armed);
        wait(1);
        RuleStatus s = engine->status(r.id);
        QVERIFY(s.blind);
        QCOMPARE(s.state, RuleStatus::State::Blind);
        QCOMPARE(s.blindReason, QStringLiteral("stale"));
        QCOMPARE(clock - s.blindSinceMs, 60000); // counted from the last data
        QCOMPARE(s.blindTotalMs, 60000);
        wait(30);
        clock += 500;
        engine->observe(price(QStringLiteral("BTC"), 91, clock)); // data again: it sees
        s = engine->status(r.id);
        QVERIFY(!s.blind);
        QCOMPARE(s.state, RuleStatus::State::Armed);
        QCOMPARE(s.blindTotalMs, 90500);
        QCOMPARE(s.lastValue, 91.0);
        QVERIFY(spy->isEmpty()); // no blind alert without the option
    }

    void connectionDownAndBillingAreBlindAtOnce()
    {
        const AlertRule r = above(100);
        engine->setRules({r});
        engine->observeConnection(link(QStringLiteral("predikt"), false));
        engine->observe(price(QStringLiteral("BTC"), 90, clock));
        wait(5);
        engine->observeConnection(link(QStringLiteral("predikt"), true));
        RuleStatus s = engine->status(r.id);
        QVERIFY(s.blind);
        QCOMPARE(s.blindReason, QStringLiteral("connection-down"));
        QCOMPARE(s.blindSinceMs, clock);
        wait(10);
        engine->observeConnection(link(QStringLiteral("predikt"), true, true)); // the balance ran out
        QCOMPARE(engine->status(r.id).blindReason, QStringLiteral("billing-stopped"));
        QCOMPARE(engine->status(r.id).blindTotalMs, 10000); // one stretch, another reason
        wait(60);

        // Another provider's connection neither blinds nor cures it.
        engine->observeConnection(link(QStringLiteral("tweets"), false));
        QCOMPARE(engine->status(r.id).blindReason, QStringLiteral("billing-stopped"));

        // Back up after more than a minute without a value: blind (silent) until the first
        // value, counted as the same stretch.
        engine->observeConnection(link(QStringLiteral("predikt"), false));
        wait(1);
        QCOMPARE(engine->status(r.id).blindReason, QStringLiteral("stale"));
        QCOMPARE(engine->status(r.id).blindTotalMs, 71000);
        engine->observe(price(QStringLiteral("BTC"), 95, clock));
        QVERIFY(!engine->status(r.id).blind);
        QCOMPARE(engine->status(r.id).blindTotalMs, 71000);

        // A reconnect loop (Reconnecting, Connecting, Reconnecting …) stays one outage; up again
        // soon after it, the rule sees at once (its last value is recent).
        engine->observeConnection(link(QStringLiteral("predikt"), true));
        wait(1);
        ConnectionObservation attempt = link(QStringLiteral("predikt"), false);
        attempt.connecting = true;
        engine->observeConnection(attempt);
        QCOMPARE(engine->status(r.id).blindReason, QStringLiteral("connection-down"));
        wait(2);
        engine->observeConnection(link(QStringLiteral("predikt"), false));
        QVERIFY(!engine->status(r.id).blind);
        QCOMPARE(engine->status(r.id).blindTotalMs, 74000);
    }

    void oneOfTwoConnectionsUpIsNotBlind()
    {
        const AlertRule r = above(100);
        engine->setRules({r});
        ConnectionObservation second = link(QStringLiteral("predikt"), false);
        second.name = QStringLiteral("backup");
        engine->observeConnection(link(QStringLiteral("predikt"), true));
        engine->observeConnection(second);
        engine->observe(price(QStringLiteral("BTC"), 90, clock));
        QVERIFY(!engine->status(r.id).blind);
        second.down = true;
        engine->observeConnection(second);
        QCOMPARE(engine->status(r.id).blindReason, QStringLiteral("connection-down"));
    }

    void pausedStreamIsBlindButEventRulesAreNotBlindWhenQuiet()
    {
        AlertRule records;
        records.id = QStringLiteral("records");
        records.name = QStringLiteral("big blocks");
        records.kind = AlertRule::Kind::RecordMatch;
        records.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("gas")},
                                     {QStringLiteral("operator"), QStringLiteral(">")},
                                     {QStringLiteral("value"), 1}};
        engine->setRules({records});
        Observation block;
        block.provider = QStringLiteral("allium-stream");
        block.source = QStringLiteral("eth");
        block.kind = QStringLiteral("record");
        block.subject = QStringLiteral("ethereum.blocks");
        block.timestampMs = clock;
        block.record = {{QStringLiteral("gas"), 0}};
        engine->observe(block);
        wait(600); // ten quiet minutes: rare records are not blindness
        QVERIFY(!engine->status(records.id).blind);
        Observation paused = block;
        paused.kind = QStringLiteral("paused");
        paused.record.clear();
        engine->observe(paused);
        QCOMPARE(engine->status(records.id).blindReason, QStringLiteral("paused"));
        wait(20);
        Observation resumed = paused;
        resumed.kind = QStringLiteral("resumed");
        engine->observe(resumed);
        QVERIFY(!engine->status(records.id).blind);
        QCOMPARE(engine->status(records.id).blindTotalMs, 20000);
    }

    void blindAlertOncePerStretch()
    {
        const AlertRule r = above(100, 30);
        engine->setRules({r});
        engine->observe(price(QStringLiteral("BTC"), 90, clock));
        engine->observeConnection(link(QStringLiteral("predikt"), true));
        wait(29);
        QVERIFY(spy->isEmpty());
        wait(1);
        QCOMPARE(spy->size(), 1);
        const Alert a = alerts().first();
        QVERIFY(a.blind);
        QCOMPARE(a.ruleId, r.id);
        QCOMPARE(a.value, 30.0);
        QCOMPARE(a.values.value(QStringLiteral("blindReason")).toString(), QStringLiteral("connection-down"));
        QCOMPARE(a.message, QStringLiteral("BTC above is blind: connection down for 30 s"));
        QVERIFY(a.context.isEmpty());
        wait(120);
        QCOMPARE(spy->size(), 1); // once per stretch
        engine->observeConnection(link(QStringLiteral("predikt"), false));
        engine->observe(price(QStringLiteral("BTC"), 90, clock));
        wait(59); // silent: stale from the last value after 60 s, and 60 s is more than 30
        QCOMPARE(spy->size(), 1);
        wait(1);
        QCOMPARE(spy->size(), 2);
        QCOMPARE(alerts().last().values.value(QStringLiteral("blindReason")).toString(), QStringLiteral("stale"));
        QCOMPARE(alerts().last().value, 60.0);
        // The rule's own condition still fires as before.
        engine->observe(price(QStringLiteral("BTC"), 101, clock));
        QCOMPARE(spy->size(), 3);
        QVERIFY(!alerts().last().blind);
    }

    void expiredRulesRaiseNoBlindAlert()
    {
        AlertRule r = above(100, 5);
        r.expiresAtMs = clock + 2000;
        engine->setRules({r});
        engine->observeConnection(link(QStringLiteral("predikt"), true));
        wait(30);
        QVERIFY(spy->isEmpty());
        QCOMPARE(engine->status(r.id).state, RuleStatus::State::Expired);
    }

    void connectionRulesAreNeverBlind()
    {
        AlertRule down;
        down.id = QStringLiteral("down");
        down.name = QStringLiteral("down");
        down.kind = AlertRule::Kind::ConnectionDown;
        down.windowSec = 600;
        engine->setRules({down});
        engine->observeConnection(link(QStringLiteral("predikt"), true));
        wait(120);
        QVERIFY(!engine->status(down.id).blind);
        down.blindAlertSec = 10;
        QVERIFY(!down.validate().isEmpty());
    }

    void compositeAllIsBlindWhenOneConditionIs()
    {
        AlertRule tweet;
        tweet.kind = AlertRule::Kind::TweetMatch;
        tweet.provider = QStringLiteral("tweets");
        tweet.keywords = {QStringLiteral("SOL")};
        AlertRule move = above(100);
        AlertRule r;
        r.id = QStringLiteral("combo");
        r.name = QStringLiteral("combo");
        r.kind = AlertRule::Kind::Composite;
        r.combine = QStringLiteral("sequence");
        r.conditions = {tweet, move};
        r.blindAlertSec = 10;
        QVERIFY2(r.validate().isEmpty(), qPrintable(r.validate()));
        engine->setRules({r});
        engine->observeConnection(link(QStringLiteral("tweets"), false));
        engine->observeConnection(link(QStringLiteral("predikt"), false));
        engine->observe(price(QStringLiteral("BTC"), 90, clock));
        wait(5);
        QVERIFY(!engine->status(r.id).blind);
        engine->observeConnection(link(QStringLiteral("tweets"), true));
        wait(1);
        QCOMPARE(engine->status(r.id).blindReason, QStringLiteral("connection-down"));
        wait(10);
        QCOMPARE(spy->size(), 1);
        QVERIFY(alerts().first().blind);

        r.combine = QStringLiteral("any"); // any: blind only when every condition is
        r.id = QStringLiteral("any");
        engine->setRules({r});
        engine->observeConnection(link(QStringLiteral("tweets"), true));
        engine->observeConnection(link(QStringLiteral("predikt"), false));
        engine->observe(price(QStringLiteral("BTC"), 90, clock));
        wait(1);
        QVERIFY(!engine->status(r.id).blind);
        engine->observeConnection(link(QStringLiteral("predikt"), true));
        wait(1);
        QVERIFY(engine->status(r.id).blind);
    }

    void rulesFileWithoutTheOptionIsUnchanged()
    {
        // Written by the version before blind alerts: loads, and saves byte for byte the same.
        const QByteArray old = R"({"cooldownSec":60,"direction":"any","enabled":true,"hysteresisPct":0.5,"id":"r1",)"
                               R"("keywords":[],"kind":"price-above","level":70000,"messageTemplate":"","metric":"",)"
                               R"("name":"BTC","provider":"predikt","samples":20,"severity":"warning","source":"",)"
                               R"("subject":"BTC","threshold":0,"tweetRule":"","author":"","monitor":"","webhookUrl":"",)"
                               R"("windowSec":60})";
        AlertRule r;
        QString error;
        QVERIFY2(AlertRule::fromJson(QJsonDocument::fromJson(old).object(), r, &error), qPrintable(error));
        QCOMPARE(r.blindAlertSec, 0);
        QCOMPARE(r.toJson(), QJsonDocument::fromJson(old).object());
        QVERIFY(!r.toJson().contains(QStringLiteral("blindAlertSec")));

        r.blindAlertSec = 120;
        AlertRule back;
        QVERIFY(AlertRule::fromJson(r.toJson(), back, &error));
        QCOMPARE(back.blindAlertSec, 120);
    }

    void badBlindValuesAreRefused_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("negative") << QJsonValue(-5);
        QTest::newRow("too long") << QJsonValue(8 * 24 * 3600);
        QTest::newRow("text") << QJsonValue(QStringLiteral("soon"));
        QTest::newRow("object") << QJsonValue(QJsonObject{});
        QTest::newRow("nan-ish") << QJsonValue(1e300);
    }
    void badBlindValuesAreRefused()
    {
        QFETCH(QJsonValue, value);
        QJsonObject json = above(100).toJson();
        json.insert(QStringLiteral("blindAlertSec"), value);
        AlertRule r;
        QString error;
        QVERIFY(!AlertRule::fromJson(json, r, &error));
        QVERIFY(error.contains(QStringLiteral("blind")));
        json.insert(QStringLiteral("blindAlertSec"), QStringLiteral("90")); // the editor's text
        QVERIFY(AlertRule::fromJson(json, r, &error));
        QCOMPARE(r.blindAlertSec, 90);
    }

    void ruleModelShowsBlindTimeAndState()
    {
        const AlertRule r = above(100, 30);
        engine->setRules({r});
        AlertRuleModel model;
        QAbstractItemModelTester tester(&model);
        model.setRules({r});
        model.setEngine(engine);
        engine->observe(price(QStringLiteral("BTC"), 90, clock));
        engine->observeConnection(link(QStringLiteral("predikt"), true));
        wait(75);
        model.refreshStatus();
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(AlertRuleModel::StateRole).toString(), QStringLiteral("blind"));
        QVERIFY(row.data(AlertRuleModel::BlindRole).toBool());
        QCOMPARE(row.data(AlertRuleModel::BlindReasonRole).toString(), QStringLiteral("connection-down"));
        QCOMPARE(row.data(AlertRuleModel::BlindTextRole).toString(), QStringLiteral("blind for 1 min 15 s: connection down"));
        QVERIFY(row.data(AlertRuleModel::SummaryRole).toString().contains(QStringLiteral("alert when blind for 30 s")));
        engine->observeConnection(link(QStringLiteral("predikt"), false));
        engine->observe(price(QStringLiteral("BTC"), 90, clock));
        model.refreshStatus();
        QCOMPARE(row.data(AlertRuleModel::StateRole).toString(), QStringLiteral("armed"));
        QCOMPARE(row.data(AlertRuleModel::BlindTextRole).toString(), QStringLiteral("blind 1 min 15 s in total"));
    }

    void blindAlertsResolveOnDataForAlertmanager()
    {
        const AlertRule r = above(100, 5);
        engine->setRules({r});
        engine->observeConnection(link(QStringLiteral("predikt"), true));
        wait(5);
        QCOMPARE(spy->size(), 1);
        AlertRecoveryTracker tracker;
        const QString key = tracker.fired(r, alerts().first());
        QVERIFY(tracker.isWatching(key));
        QVERIFY(tracker.observe(price(QStringLiteral("ETH"), 1, clock)).isEmpty()); // not its subject
        QCOMPARE(tracker.observe(price(QStringLiteral("BTC"), 101, clock)), QStringList{key});
        // A blind alert and the rule's own alert are open side by side.
        Alert own = alerts().first();
        own.blind = false;
        QVERIFY(AlertRecoveryTracker::keyOf(own) != key);
    }
};

QTEST_GUILESS_MAIN(TestAlertBlind)
#include "tst_alertblind.moc"
