// Every rule kind against scripted event sequences: flapping around a level, cooldown,
// hysteresis, windows, moving averages, gaps, staleness, connections, balance forecast.

#include "alertenginetest.h"
#include "alerts/alertengine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

Observation price(const QString &subject, double value, qint64 ts, const QString &metric = QStringLiteral("price"))
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = QStringLiteral("demo");
    o.kind = QStringLiteral("price");
    o.subject = subject;
    o.timestampMs = ts;
    o.metrics.insert(metric, value);
    return o;
}

AlertRule rule(AlertRule::Kind kind)
{
    AlertRule r;
    r.id = AlertRule::newId();
    r.name = AlertRule::kindLabel(kind);
    r.kind = kind;
    r.cooldownSec = 0;
    r.hysteresisPct = 0;
    return r;
}

} // namespace

class TestAlertEngine : public AlertEngineTest
{
    Q_OBJECT

private:

    void feed(const QString &subject, const QList<double> &values, qint64 stepMs = 1000)
    {
        for (double v : values) {
            clock += stepMs;
            engine->observe(price(subject, v, clock));
        }
    }

private Q_SLOTS:
    void init() { startEngine(); }
    void cleanup() { stopEngine(); }

    void priceAboveFiresOnceWhileAbove()
    {
        AlertRule r = rule(AlertRule::Kind::PriceAbove);
        r.level = 100;
        engine->setRules({r});
        feed(QStringLiteral("BTC"), {99, 101, 102, 103});
        QCOMPARE(spy->count(), 1);
        const Alert a = alerts().constFirst();
        QCOMPARE(a.subject, QStringLiteral("BTC"));
        QCOMPARE(a.value, 101.0);
        QCOMPARE(a.message, QStringLiteral("BTC rose above 100: 101"));
    }

    void flappingWithoutHysteresisFiresEachCrossing()
    {
        AlertRule r = rule(AlertRule::Kind::PriceAbove);
        r.level = 100;
        engine->setRules({r});
        feed(QStringLiteral("BTC"), {99.9, 100.1, 99.9, 100.1, 99.9, 100.1});
        QCOMPARE(spy->count(), 3);
    }

    void hysteresisStopsFlapping()
    {
        AlertRule r = rule(AlertRule::Kind::PriceAbove);
        r.level = 100;
        r.hysteresisPct = 1; // re-arm only below 99
        engine->setRules({r});
        feed(QStringLiteral("BTC"), {99.9, 100.1, 99.9, 100.1, 99.5, 100.2, 99.2, 100.3});
        QCOMPARE(spy->count(), 1);
        feed(QStringLiteral("BTC"), {98.9, 100.5});
        QCOMPARE(spy->count(), 2);
    }

    void cooldownSuppressesRepeatAlerts()
    {
        AlertRule r = rule(AlertRule::Kind::PriceBelow);
        r.level = 50;
        r.cooldownSec = 60;
        engine->setRules({r});
        feed(QStringLiteral("ETH"), {51, 49, 51, 49, 51, 49}, 5000); // crossings 10 s apart
        QCOMPARE(spy->count(), 1);
        feed(QStringLiteral("ETH"), {51}, 60000);
        feed(QStringLiteral("ETH"), {49}, 1000);
        QCOMPARE(spy->count(), 2);
    }

    void subjectsHaveTheirOwnState()
    {
        AlertRule r = rule(AlertRule::Kind::PriceAbove);
        r.level = 10;
        engine->setRules({r});
        feed(QStringLiteral("A"), {11});
        feed(QStringLiteral("B"), {12});
        QCOMPARE(spy->count(), 2);
        r.subject = QStringLiteral("A");
        engine->setRules({r}); // changed rule: fresh state, scoped to A
        feed(QStringLiteral("B"), {9, 13});
        feed(QStringLiteral("A"), {9, 13});
        QCOMPARE(spy->count(), 3);
        QCOMPARE(alerts().constLast().subject, QStringLiteral("A"));
    }

    void crossingWithBandFiresOnSideChanges()
    {
        AlertRule r = rule(AlertRule::Kind::PriceCross);
        r.level = 100;
        r.hysteresisPct = 0.5; // band 99.5 .. 100.5
        engine->setRules({r});
        feed(QStringLiteral("X"), {98, 100.2, 99.8, 100.4, 101});
        QCOMPARE(spy->count(), 1);
        QVERIFY(alerts().constLast().message.contains(QStringLiteral("upwards")));
        feed(QStringLiteral("X"), {99.7, 99.4});
        QCOMPARE(spy->count(), 2);
        QVERIFY(alerts().constLast().message.contains(QStringLiteral("downwards")));
    }

    void percentChangeWithinWindow()
    {
        AlertRule r = rule(AlertRule::Kind::PercentChange);
        r.threshold = 5;
        r.windowSec = 60;
        r.direction = QStringLiteral("down");
        engine->setRules({r});
        feed(QStringLiteral("SOL"), {100, 101, 102}, 10000);
        QCOMPARE(spy->count(), 0);
        feed(QStringLiteral("SOL"), {97}, 10000); // -4.9 % from 102? window starts at 100 → -3 %
        QCOMPARE(spy->count(), 0);
        feed(QStringLiteral("SOL"), {95}, 10000); // 100 → 95 within 40 s: -5 %
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().value, -5.0);
        // Slow drift: outside the window no alert however far it goes.
        AlertRule slow = rule(AlertRule::Kind::PercentChange);
        slow.threshold = 5;
        slow.windowSec = 30;
        engine->setRules({slow});
        feed(QStringLiteral("ADA"), {100, 98, 96, 94, 92, 90}, 20000);
        QCOMPARE(spy->count(), 1);
    }

    void amountChangeWithinWindow()
    {
        // The same window, in the metric's own unit: 3 up within 60 s (not 3 %).
        AlertRule r = rule(AlertRule::Kind::AmountChange);
        r.threshold = 3;
        r.windowSec = 60;
        r.direction = QStringLiteral("up");
        QVERIFY(r.validate().isEmpty());
        engine->setRules({r});
        feed(QStringLiteral("SOL"), {200, 201, 202.5}, 10000); // +2.5: no
        QCOMPARE(spy->count(), 0);
        feed(QStringLiteral("SOL"), {203}, 10000); // 200 → 203 within 30 s: +3
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().value, 3.0);
        QVERIFY2(alerts().constFirst().message.contains(QStringLiteral("moved 3 within 60 s")), qPrintable(alerts().constFirst().message));
        // Downwards does not count for an "up" rule, and a tiny price keeps its digits.
        AlertRule tiny = rule(AlertRule::Kind::AmountChange);
        tiny.threshold = 0.000002;
        tiny.windowSec = 60;
        tiny.direction = QStringLiteral("any");
        engine->setRules({tiny});
        feed(QStringLiteral("BONK"), {0.000023, 0.0000205}, 10000);
        QCOMPARE(spy->count(), 2);
        QCOMPARE(alerts().constLast().value, 0.0000205 - 0.000023);
        // A start value of 0 is a valid start for an amount (not for a percentage).
        feed(QStringLiteral("ZERO"), {0, 1}, 10000);
        QCOMPARE(spy->count(), 3);
        tiny.threshold = 0;
        QVERIFY(!tiny.validate().isEmpty());
    }

    void volumeSpikeAgainstMovingAverage()
    {
        AlertRule r = rule(AlertRule::Kind::VolumeSpike);
        r.threshold = 3;
        r.samples = 5;
        r.hysteresisPct = 10;
        engine->setRules({r});
        auto vol = [this](double v) {
            clock += 60000;
            engine->observe(price(QStringLiteral("BTC"), v, clock, QStringLiteral("volume")));
        };
        for (double v : {10, 12, 9, 11, 10})
            vol(v);
        QCOMPARE(spy->count(), 0);
        vol(35); // average 10.4 → 3.37×
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().values.value(QStringLiteral("average")).toDouble(), 10.4);
        vol(40); // no second alert for the same spike
        QCOMPARE(spy->count(), 1);
    }

    void recordMatchUsesTheFilterEvaluator()
    {
        AlertRule r = rule(AlertRule::Kind::RecordMatch);
        r.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("value")},
                               {QStringLiteral("operator"), QStringLiteral(">")},
                               {QStringLiteral("value"), 1000}};
        engine->setRules({r});
        QSignalSpy errors(engine, &AlertEngine::ruleError);
        Observation o = price(QStringLiteral("ethereum.transfers"), 0, clock);
        o.record = {{QStringLiteral("value"), 1500}};
        engine->setRecordFilter({});
        engine->observe(o);
        QCOMPARE(spy->count(), 0);
        engine->setRecordFilter([](const QJsonObject &filter, const Observation &o, QString *) {
            return o.recordMap().value(filter.value(QLatin1String("field")).toString()).toDouble()
                > filter.value(QLatin1String("value")).toDouble();
        });
        engine->observe(o);
        o.record = {{QStringLiteral("value"), 10}};
        engine->observe(o);
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().value, 1500.0);
        engine->setRecordFilter([](const QJsonObject &, const Observation &, QString *error) {
            *error = QStringLiteral("unknown operator");
            return false;
        });
        engine->observe(o);
        engine->observe(o);
        QCOMPARE(errors.count(), 2); // "not available" once, then "unknown operator" once
        QCOMPARE(errors.constLast().at(1).toString(), QStringLiteral("unknown operator"));
    }

    void recordMatchWithTheAlliumFilterLanguage()
    {
        // The documented example: large Ethereum transactions.
        AlertRule r = rule(AlertRule::Kind::RecordMatch);
        r.filter = QJsonDocument::fromJson(R"({"op":"AND","conditions":[
            {"field":"blockchain","operator":"=","value":"ethereum"},
            {"field":"value","operator":">","value":1000}]})").object();
        engine->setRules({r});
        Observation o = price(QStringLiteral("ethereum.transactions"), 0, clock);
        o.record = {{QStringLiteral("blockchain"), QStringLiteral("ethereum")}, {QStringLiteral("value"), 1500.5}};
        engine->observe(o);
        o.record.insert(QStringLiteral("value"), 10);
        engine->observe(o);
        o.record = {{QStringLiteral("blockchain"), QStringLiteral("solana")}, {QStringLiteral("value"), 5000}};
        engine->observe(o);
        QCOMPARE(spy->count(), 1);
        QSignalSpy errors(engine, &AlertEngine::ruleError);
        r.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("value")}, {QStringLiteral("operator"), QStringLiteral("~~")},
                               {QStringLiteral("value"), 1}};
        engine->setRules({r});
        engine->observe(o);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.constFirst().at(1).toString().contains(QStringLiteral("operator")));
    }

    void tweetMatchKeywordsAuthorMonitorRule()
    {
        AlertRule r = rule(AlertRule::Kind::TweetMatch);
        r.keywords = {QStringLiteral("ETF"), QStringLiteral("halving")};
        r.author = QStringLiteral("whale");
        engine->setRules({r});
        auto tweet = [this](const QString &author, const QString &text, const QString &monitor = {}, const QString &tag = {}) {
            Observation o;
            o.provider = QStringLiteral("tweets");
            o.kind = QStringLiteral("tweet");
            o.subject = monitor;
            o.timestampMs = ++clock;
            o.texts = {{QStringLiteral("author"), author}, {QStringLiteral("text"), text},
                       {QStringLiteral("monitor"), monitor}, {QStringLiteral("rule"), tag}};
            engine->observe(o);
        };
        tweet(QStringLiteral("@Whale"), QStringLiteral("Spot etf approved"));
        tweet(QStringLiteral("whale"), QStringLiteral("nothing to see"));
        tweet(QStringLiteral("minnow"), QStringLiteral("ETF!"));
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().message, QStringLiteral("@Whale: Spot etf approved"));

        AlertRule byRule = rule(AlertRule::Kind::TweetMatch);
        byRule.tweetRule = QStringLiteral("btc-news");
        byRule.monitor = QStringLiteral("m1");
        engine->setRules({byRule});
        tweet(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("m1"), QStringLiteral("eth-news, btc-news"));
        tweet(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("m2"), QStringLiteral("btc-news"));
        tweet(QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("m1"), QStringLiteral("eth-news"));
        QCOMPARE(spy->count(), 2);
    }

    void streamStaleAfterSilence()
    {
        AlertRule r = rule(AlertRule::Kind::StreamStale);
        r.windowSec = 30;
        engine->setRules({r});
        feed(QStringLiteral("blocks"), {1});
        clock += 29000;
        engine->tick();
        QCOMPARE(spy->count(), 0);
        clock += 2000;
        engine->tick();
        engine->tick();
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().values.value(QStringLiteral("seconds")).toLongLong(), 31);
        feed(QStringLiteral("blocks"), {2}); // data again re-arms
        clock += 31000;
        engine->tick();
        QCOMPARE(spy->count(), 2);
    }

    void staleLeavesHourlyBillingAlone()
    {
        AlertRule r = rule(AlertRule::Kind::StreamStale);
        r.windowSec = 120;
        engine->setRules({r});
        Observation billing = price(QStringLiteral("balance"), 40.5, clock, QStringLiteral("balance"));
        billing.kind = QStringLiteral("billing");
        engine->observe(billing);
        clock += 600000;
        engine->tick();
        QCOMPARE(spy->count(), 0);
        // A rule that names the balance still watches it.
        r.subject = QStringLiteral("balance");
        engine->setRules({r});
        billing.timestampMs = clock;
        engine->observe(billing);
        clock += 121000;
        engine->tick();
        QCOMPARE(spy->count(), 1);
    }

    void staleNamedSubjectNeverSeen()
    {
        AlertRule r = rule(AlertRule::Kind::StreamStale);
        r.windowSec = 10;
        r.subject = QStringLiteral("ethereum.blocks");
        engine->setRules({r});
        clock += 11000;
        engine->tick();
        QCOMPARE(spy->count(), 1);
    }

    void blockGap()
    {
        AlertRule r = rule(AlertRule::Kind::BlockGap);
        r.threshold = 1;
        engine->setRules({r});
        for (double n : {100, 101, 102, 102, 101, 105, 106}) {
            clock += 12000;
            engine->observe(price(QStringLiteral("eth"), n, clock, QStringLiteral("block")));
        }
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().values.value(QStringLiteral("gap")).toDouble(), 2.0);
        QCOMPARE(alerts().constFirst().message, QStringLiteral("eth: 2 block(s) missing after 102 (got 105)"));
    }

    void connectionDownForLongerThan()
    {
        AlertRule r = rule(AlertRule::Kind::ConnectionDown);
        r.windowSec = 20;
        engine->setRules({r});
        ConnectionObservation c{QStringLiteral("Conyr demo"), QStringLiteral("demo-conyr"), QStringLiteral("conyr"), true,
                                QStringLiteral("connection refused"), clock};
        engine->observeConnection(c);
        clock += 10000;
        engine->tick();
        c.timestampMs = clock; // still down: the down-since time stays
        engine->observeConnection(c);
        clock += 10000;
        engine->tick();
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().message, QStringLiteral("Conyr demo down for 20 s: connection refused"));
        clock += 60000;
        engine->tick();
        QCOMPARE(spy->count(), 1);
        c.down = false; // back up, then briefly down: no alert
        engine->observeConnection(c);
        c.down = true;
        c.timestampMs = clock;
        engine->observeConnection(c);
        clock += 5000;
        engine->tick();
        QCOMPARE(spy->count(), 1);
    }

    void balanceBelowAndForecast()
    {
        AlertRule below = rule(AlertRule::Kind::BalanceBelow);
        below.level = 5;
        below.hysteresisPct = 10;
        AlertRule forecast = rule(AlertRule::Kind::BalanceForecast);
        forecast.threshold = 10; // hours
        engine->setRules({below, forecast});
        auto balance = [this](double v) {
            clock += 3600000;
            engine->observe(price(QStringLiteral("account"), v, clock, QStringLiteral("balance")));
        };
        balance(30);
        balance(29);
        QCOMPARE(spy->count(), 0); // 1/h burn: 29 h left
        balance(20); // steeper: ~ (30,29,20) slope -5/h → 4 h
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().ruleId, forecast.id);
        balance(4.9);
        QCOMPARE(spy->count(), 2);
        balance(5.2); // a top-up within the band: balance rule stays disarmed
        balance(4.8);
        QCOMPARE(spy->count(), 2);
    }

    void disabledRulesAreSilentAndTemplatesFill()
    {
        AlertRule r = rule(AlertRule::Kind::PriceAbove);
        r.level = 1;
        r.enabled = false;
        engine->setRules({r});
        feed(QStringLiteral("Z"), {0, 2});
        QCOMPARE(spy->count(), 0);
        QCOMPARE(renderAlertMessage(QStringLiteral("{a} {b} {c}"),
                                    {{QStringLiteral("a"), 1.5}, {QStringLiteral("b"), 70000.0}, {QStringLiteral("c"), QStringLiteral("x")}}),
                 QStringLiteral("1.5 70000 x"));
        QCOMPARE(renderAlertMessage(QStringLiteral("{unknown} {a}"), {{QStringLiteral("a"), 0.000123}}),
                 QStringLiteral("{unknown} 0.000123"));
        QCOMPARE(renderAlertMessage(QStringLiteral("{a} {b} {c}"), {{QStringLiteral("a"), 0.0000231234567}, {QStringLiteral("b"), 70123.456},
                                                                {QStringLiteral("c"), -1.5}}),
                 QStringLiteral("0.0000231235 70123.46 -1.5"));
    }

    void ruleJsonRoundTripAndValidation()
    {
        AlertRule r = rule(AlertRule::Kind::TweetMatch);
        r.keywords = {QStringLiteral("a"), QStringLiteral("b")};
        r.webhookUrl = QStringLiteral("https://hooks.example.org/x");
        AlertRule back;
        QVERIFY(AlertRule::fromJson(r.toJson(), back));
        QCOMPARE(back.toJson(), r.toJson());
        QString error;
        QJsonObject bad = r.toJson();
        bad.insert(QStringLiteral("kind"), QStringLiteral("nonsense"));
        QVERIFY(!AlertRule::fromJson(bad, back, &error));
        QVERIFY(error.contains(QStringLiteral("nonsense")));
        bad = r.toJson();
        bad.insert(QStringLiteral("webhookUrl"), QStringLiteral("ftp://x"));
        QVERIFY(!AlertRule::fromJson(bad, back, &error));
        for (AlertRule::Kind kind : AlertRule::allKinds()) {
            AlertRule k;
            QVERIFY(AlertRule::kindFromId(AlertRule::kindId(kind), k.kind));
            QVERIFY(!AlertRule::defaultTemplate(kind).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "tst_alertengine.moc"
