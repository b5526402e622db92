// Composite rules on scripted sequences across providers: all / any / "A, then B within W s",
// a sequence in the wrong order or too slow, flapping conditions, the composite's cooldown,
// trigger mode and expiry, its status while it waits, and the rules file (round trip,
// validation sentences, files of the version before composites loading unchanged).

#include "alertenginetest.h"
#include "alerts/alertcenter.h"
#include "alerts/alertengine.h"
#include "alerts/alertrulemodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

Observation price(const QString &subject, double value, qint64 ts)
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = QStringLiteral("predikt-live");
    o.kind = QStringLiteral("price");
    o.subject = subject;
    o.timestampMs = ts;
    o.metrics.insert(QStringLiteral("price"), value);
    return o;
}

Observation tweet(const QString &monitor, const QString &text, qint64 ts)
{
    Observation o;
    o.provider = QStringLiteral("tweets");
    o.source = QStringLiteral("tweets-live");
    o.kind = QStringLiteral("tweet");
    o.subject = monitor;
    o.timestampMs = ts;
    o.texts.insert(QStringLiteral("text"), text);
    o.texts.insert(QStringLiteral("author"), QStringLiteral("@vitalik"));
    o.texts.insert(QStringLiteral("monitor"), monitor);
    return o;
}

Observation transfer(double eth, qint64 ts)
{
    Observation o;
    o.provider = QStringLiteral("allium-stream");
    o.source = QStringLiteral("allium");
    o.kind = QStringLiteral("record");
    o.subject = QStringLiteral("ethereum.transfers");
    o.timestampMs = ts;
    o.record = QVariantMap{{QStringLiteral("value"), eth}, {QStringLiteral("token"), QStringLiteral("ETH")}};
    return o;
}

AlertRule tweetCondition()
{
    AlertRule c;
    c.kind = AlertRule::Kind::TweetMatch;
    c.provider = QStringLiteral("tweets");
    c.monitor = QStringLiteral("Tech Leaders");
    c.keywords = {QStringLiteral("SOL")};
    return c;
}

AlertRule moveCondition(double percent, const QString &direction = QStringLiteral("up"))
{
    AlertRule c;
    c.kind = AlertRule::Kind::PercentChange;
    c.provider = QStringLiteral("predikt");
    c.subject = QStringLiteral("SOL");
    c.threshold = percent;
    c.windowSec = 60;
    c.direction = direction;
    c.hysteresisPct = 0;
    return c;
}

AlertRule aboveCondition(const QString &subject, double level, double hysteresisPct = 0)
{
    AlertRule c;
    c.kind = AlertRule::Kind::PriceAbove;
    c.provider = QStringLiteral("predikt");
    c.subject = subject;
    c.level = level;
    c.hysteresisPct = hysteresisPct;
    return c;
}

AlertRule transferCondition(double above)
{
    AlertRule c;
    c.kind = AlertRule::Kind::RecordMatch;
    c.provider = QStringLiteral("allium-stream");
    c.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("value")},
                           {QStringLiteral("operator"), QStringLiteral(">")},
                           {QStringLiteral("value"), above}};
    return c;
}

AlertRule composite(const QString &combine, std::vector<AlertRule> conditions, int withinSec = 60)
{
    AlertRule r;
    r.id = QStringLiteral("combo");
    r.name = QStringLiteral("Combo");
    r.kind = AlertRule::Kind::Composite;
    r.combine = combine;
    r.withinSec = withinSec;
    r.cooldownSec = 0;
    r.conditions = std::move(conditions);
    return r;
}

} // namespace

class TestAlertComposite : public AlertEngineTest
{
    Q_OBJECT

private:

    /// Feeds o at T0 + atSec (engine clock and data time alike).
    void at(double atSec, Observation o)
    {
        clock = T0 + qint64(atSec * 1000);
        o.timestampMs = clock;
        engine->observe(o);
    }
    void use(const AlertRule &r)
    {
        QCOMPARE(r.validate(), QString());
        engine->setRules({r});
    }

private Q_SLOTS:
    void init()
    {
        clock = T0;
        startEngine();
    }
    void cleanup() { stopEngine(); }

    // "A tweet from monitor Tech Leaders mentioning SOL, then SOL's VWAP moves 3 % within 60 s."
    void sequenceFiresWhenTheStepsComeInOrder()
    {
        use(composite(QStringLiteral("sequence"), {tweetCondition(), moveCondition(3)}));
        at(0, price(QStringLiteral("SOL"), 100, 0));
        at(5, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL looks strong"), 0));
        at(6, tweet(QStringLiteral("Other"), QStringLiteral("SOL"), 0)); // another monitor: not step 1
        at(10, price(QStringLiteral("SOL"), 101, 0));
        QCOMPARE(spy->count(), 0);
        at(20, price(QStringLiteral("SOL"), 103.5, 0));
        QCOMPARE(spy->count(), 1);
        const Alert a = alerts().constFirst();
        // The alert is about the last condition's subject.
        QCOMPARE(a.subject, QStringLiteral("SOL"));
        QCOMPARE(a.provider, QStringLiteral("predikt"));
        QCOMPARE(a.kind, AlertRule::Kind::Composite);
        QCOMPARE(a.timestampMs, T0 + 20000);
        QCOMPARE(a.message, QStringLiteral("Combo: 1. @vitalik: SOL looks strong → 2. SOL moved 3.5% within 60 s (from 100 to 103.5) (+15 s)"));
        QCOMPARE(a.values.value(QStringLiteral("subject1")).toString(), QStringLiteral("Tech Leaders"));
        QCOMPARE(a.values.value(QStringLiteral("elapsed")).toLongLong(), 15);
        // Fired once: further moves without a new tweet do not complete another sequence.
        at(30, price(QStringLiteral("SOL"), 99, 0));
        at(40, price(QStringLiteral("SOL"), 104, 0));
        QCOMPARE(spy->count(), 1);
        // A new tweet re-arms it.
        at(50, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL again"), 0));
        at(55, price(QStringLiteral("SOL"), 98, 0));
        at(70, price(QStringLiteral("SOL"), 105, 0)); // +4 % from 101 (the window's start, at 10 s), 20 s after the tweet
        QCOMPARE(spy->count(), 2);
    }

    void sequenceInTheWrongOrderDoesNotFire()
    {
        use(composite(QStringLiteral("sequence"), {tweetCondition(), moveCondition(3)}));
        at(0, price(QStringLiteral("SOL"), 100, 0));
        at(10, price(QStringLiteral("SOL"), 104, 0)); // B first
        at(15, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL!"), 0)); // then A
        at(20, price(QStringLiteral("SOL"), 104.2, 0)); // B holds, but fired before A: no new step
        QCOMPARE(spy->count(), 0);
        QCOMPARE(engine->status(QStringLiteral("combo")).state, RuleStatus::State::Waiting);
    }

    void secondStepAfterTheWindowDoesNotFire_data()
    {
        QTest::addColumn<int>("withinSec");
        QTest::addColumn<int>("alerts");
        QTest::newRow("B 70 s after A, within 60 s") << 60 << 0;
        QTest::newRow("B 70 s after A, within 70 s") << 70 << 1; // the window's end belongs to it
        QTest::newRow("B 70 s after A, within 120 s") << 120 << 1;
    }
    void secondStepAfterTheWindowDoesNotFire()
    {
        QFETCH(int, withinSec);
        QFETCH(int, alerts);
        use(composite(QStringLiteral("sequence"), {tweetCondition(), moveCondition(3)}, withinSec));
        at(0, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        at(50, price(QStringLiteral("SOL"), 100, 0));
        at(70, price(QStringLiteral("SOL"), 104, 0));
        QCOMPARE(spy->count(), alerts);
    }

    void aNewFirstStepRestartsTheWindow()
    {
        use(composite(QStringLiteral("sequence"), {tweetCondition(), moveCondition(3)}, 60));
        at(0, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        at(50, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL, again"), 0));
        at(60, price(QStringLiteral("SOL"), 100, 0));
        at(100, price(QStringLiteral("SOL"), 104, 0)); // 100 s after the first tweet, 50 s after the second
        QCOMPARE(spy->count(), 1);
        QVERIFY2(alerts().constFirst().message.contains(QLatin1String("SOL, again")), qPrintable(alerts().constFirst().message));
    }

    void threeStepsAcrossThreeProviders()
    {
        // A transfer above 1000 ETH, then a tweet, then ETH falls 1 % within 5 min.
        AlertRule fall = moveCondition(1, QStringLiteral("down"));
        fall.subject = QStringLiteral("ETH");
        fall.windowSec = 300;
        use(composite(QStringLiteral("sequence"), {transferCondition(1000), tweetCondition(), fall}, 300));
        at(0, price(QStringLiteral("ETH"), 2000, 0));
        at(10, transfer(500, 0));
        at(20, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0)); // no transfer yet: not a step
        at(30, transfer(1500, 0));
        QCOMPARE(engine->status(QStringLiteral("combo")).met, 1);
        at(40, price(QStringLiteral("ETH"), 1970, 0)); // -1.5 %, but step 2 has not come
        at(50, price(QStringLiteral("ETH"), 2000, 0));
        at(60, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        QCOMPARE(engine->status(QStringLiteral("combo")).met, 2);
        QCOMPARE(spy->count(), 0);
        at(200, price(QStringLiteral("ETH"), 1975, 0));
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().subject, QStringLiteral("ETH"));
        QCOMPARE(alerts().constFirst().values.value(QStringLiteral("met")).toInt(), 3);
    }

    void allNeedsEveryCondition()
    {
        // SOL above 100 (a state) and a transfer above 1000 ETH (an event) within 60 s.
        use(composite(QStringLiteral("all"), {aboveCondition(QStringLiteral("SOL"), 100), transferCondition(1000)}));
        at(0, price(QStringLiteral("SOL"), 99, 0));
        at(10, transfer(2000, 0)); // price not above yet
        QCOMPARE(spy->count(), 0);
        QCOMPARE(engine->status(QStringLiteral("combo")).state, RuleStatus::State::Waiting);
        QCOMPARE(engine->status(QStringLiteral("combo")).detail, QStringLiteral("1 of 2 conditions met"));
        at(20, price(QStringLiteral("SOL"), 101, 0)); // now above, the transfer 10 s ago counts
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().last().subject, QStringLiteral("SOL"));
        QCOMPARE(alerts().last().message, QStringLiteral("Combo: SOL rose above 100: 101; ethereum.transfers: a record matched the filter"));
        at(30, price(QStringLiteral("SOL"), 102, 0)); // still above: the transfer was used up
        QCOMPARE(spy->count(), 1);
        at(40, transfer(1200, 0)); // another transfer while above
        QCOMPARE(spy->count(), 2);
        QCOMPARE(alerts().last().subject, QStringLiteral("ethereum.transfers"));
        at(50, price(QStringLiteral("SOL"), 95, 0));
        at(60, transfer(3000, 0)); // below again
        QCOMPARE(spy->count(), 2);
        // An event older than the window does not count when the state becomes true.
        at(200, price(QStringLiteral("SOL"), 101, 0));
        QCOMPARE(spy->count(), 2);
    }

    void allOfStatesFiresWhenTheLastBecomesTrue()
    {
        use(composite(QStringLiteral("all"), {aboveCondition(QStringLiteral("SOL"), 100), aboveCondition(QStringLiteral("ETH"), 2000)}));
        at(0, price(QStringLiteral("SOL"), 101, 0));
        at(1, price(QStringLiteral("SOL"), 102, 0));
        QCOMPARE(spy->count(), 0);
        at(2, price(QStringLiteral("ETH"), 2001, 0));
        QCOMPARE(spy->count(), 1);
        QCOMPARE(alerts().constFirst().subject, QStringLiteral("ETH"));
        at(3, price(QStringLiteral("ETH"), 2002, 0));
        at(4, price(QStringLiteral("SOL"), 103, 0));
        QCOMPARE(spy->count(), 1); // both still hold: once per time they all become true
        at(5, price(QStringLiteral("SOL"), 90, 0));
        at(6, price(QStringLiteral("SOL"), 104, 0));
        QCOMPARE(spy->count(), 2);
    }

    void anyFiresOnEither()
    {
        use(composite(QStringLiteral("any"), {tweetCondition(), transferCondition(1000)}));
        at(0, transfer(10, 0));
        QCOMPARE(spy->count(), 0);
        at(1, transfer(5000, 0));
        at(2, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        at(3, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("ETH only"), 0));
        QCOMPARE(spy->count(), 2);
        QCOMPARE(alerts().at(0).subject, QStringLiteral("ethereum.transfers"));
        QCOMPARE(alerts().at(1).subject, QStringLiteral("Tech Leaders"));
        QCOMPARE(alerts().at(1).message, QStringLiteral("Combo: @vitalik: SOL"));
    }

    void flappingStepCountsOnce()
    {
        // Step 1 holds SOL above 100 with a 1 % band; flapping inside the band is not a new step 1.
        use(composite(QStringLiteral("sequence"), {aboveCondition(QStringLiteral("SOL"), 100, 1), tweetCondition()}, 600));
        at(0, price(QStringLiteral("SOL"), 99, 0));
        at(1, price(QStringLiteral("SOL"), 101, 0)); // step 1
        for (int i = 0; i < 6; ++i)
            at(2 + i, price(QStringLiteral("SOL"), i % 2 ? 100.5 : 99.5, 0));
        at(10, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        QCOMPARE(spy->count(), 1);
        at(11, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0)); // needs a new step 1
        at(12, price(QStringLiteral("SOL"), 99.5, 0));
        at(13, price(QStringLiteral("SOL"), 100.5, 0));
        at(14, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        QCOMPARE(spy->count(), 1);
        at(15, price(QStringLiteral("SOL"), 98, 0)); // past the band: re-armed
        at(16, price(QStringLiteral("SOL"), 101, 0));
        at(17, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        QCOMPARE(spy->count(), 2);
    }

    void cooldownAppliesToTheWhole()
    {
        AlertRule r = composite(QStringLiteral("any"), {tweetCondition(), transferCondition(1000)});
        r.cooldownSec = 300;
        use(r);
        at(0, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        at(10, transfer(2000, 0)); // the other condition: the same rule, cooling down
        at(20, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        QCOMPARE(spy->count(), 1);
        QCOMPARE(engine->status(QStringLiteral("combo")).state, RuleStatus::State::CoolingDown);
        at(301, transfer(2000, 0));
        QCOMPARE(spy->count(), 2);
    }

    void onlyOnceAndExpiry()
    {
        AlertRule once = composite(QStringLiteral("sequence"), {tweetCondition(), transferCondition(1000)});
        once.triggerMode = AlertRule::TriggerMode::OnlyOnce;
        use(once);
        at(0, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        at(1, transfer(2000, 0));
        at(2, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        at(3, transfer(2000, 0));
        QCOMPARE(spy->count(), 1);
        QCOMPARE(engine->status(QStringLiteral("combo")).state, RuleStatus::State::Done);

        AlertRule expiring = composite(QStringLiteral("sequence"), {tweetCondition(), transferCondition(1000)});
        expiring.id = QStringLiteral("expiring");
        expiring.expiresAtMs = T0 + 100'000;
        engine->setRules({expiring});
        at(50, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        at(60, transfer(2000, 0));
        QCOMPARE(spy->count(), 2);
        at(95, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        at(100, transfer(2000, 0)); // completes at the expiry: silent
        QCOMPARE(spy->count(), 2);
        QCOMPARE(engine->status(QStringLiteral("expiring")).state, RuleStatus::State::Expired);
    }

    void oncePerBarForTheWhole()
    {
        AlertRule r = composite(QStringLiteral("any"), {tweetCondition(), transferCondition(1000)});
        r.triggerMode = AlertRule::TriggerMode::OncePerBar;
        r.barSec = 60;
        use(r);
        // T0 is 20 s into a minute: the bar ends 40 s later.
        at(1, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        at(30, transfer(2000, 0));
        QCOMPARE(spy->count(), 1);
        at(41, transfer(2000, 0)); // the next bar
        QCOMPARE(spy->count(), 2);
    }

    void editorMapsSaveThroughTheCenter()
    {
        // The editor sends each condition's filter as the text typed; AlertCenter reads it.
        QTemporaryDir dir;
        AlertCenter center(dir.path(), nullptr);
        QVariantMap fields = center.newRule(QStringLiteral("composite"));
        QCOMPARE(fields.value(QStringLiteral("conditions")).toList().size(), 2);
        fields.insert(QStringLiteral("name"), QStringLiteral("Whale then ETH falls"));
        QVariantList conditions{
            QVariantMap{{QStringLiteral("kind"), QStringLiteral("record-match")},
                        {QStringLiteral("filter"), QStringLiteral("{\"field\": \"value\", \"operator\": \">\", \"value\": 1000}")}},
            QVariantMap{{QStringLiteral("kind"), QStringLiteral("percent-change")}, {QStringLiteral("subject"), QStringLiteral("ETH")},
                        {QStringLiteral("threshold"), 1}, {QStringLiteral("direction"), QStringLiteral("down")}},
        };
        fields.insert(QStringLiteral("conditions"), conditions);
        QCOMPARE(center.saveRule(fields), QString());
        const AlertRule saved = center.rules()->rules().constLast();
        QCOMPARE(saved.kind, AlertRule::Kind::Composite);
        QCOMPARE(saved.conditions.at(0).filter.value(QLatin1String("value")).toInt(), 1000);
        QCOMPARE(saved.conditions.at(1).direction, QStringLiteral("down"));
        conditions[0] = QVariantMap{{QStringLiteral("kind"), QStringLiteral("record-match")}, {QStringLiteral("filter"), QStringLiteral("{ nope")}};
        fields.insert(QStringLiteral("conditions"), conditions);
        QVERIFY(center.saveRule(fields).startsWith(QLatin1String("Condition 1: The filter is not a JSON object")));
    }

    void statusShowsTheSequenceProgress()
    {
        use(composite(QStringLiteral("sequence"), {tweetCondition(), moveCondition(3)}));
        QCOMPARE(engine->status(QStringLiteral("combo")).state, RuleStatus::State::NoData);
        at(0, price(QStringLiteral("SOL"), 100, 0));
        QCOMPARE(engine->status(QStringLiteral("combo")).state, RuleStatus::State::Armed);
        QCOMPARE(engine->status(QStringLiteral("combo")).lastValue, 100.0);
        at(3, tweet(QStringLiteral("Tech Leaders"), QStringLiteral("SOL"), 0));
        clock = T0 + 15000;
        RuleStatus s = engine->status(QStringLiteral("combo"));
        QCOMPARE(s.state, RuleStatus::State::Waiting);
        QCOMPARE(s.met, 1);
        QCOMPARE(s.total, 2);
        QCOMPARE(s.metAtMs, T0 + 3000);
        QCOMPARE(s.detail, QStringLiteral("step 1 of 2 met 12 s ago"));
        clock = T0 + 64000; // the window has passed
        s = engine->status(QStringLiteral("combo"));
        QCOMPARE(s.state, RuleStatus::State::Armed);
        QCOMPARE(s.detail, QString());
        // The rule list shows the progress beside the state.
        clock = T0 + 15000;
        AlertRuleModel model;
        model.setRules({composite(QStringLiteral("sequence"), {tweetCondition(), moveCondition(3)})});
        model.setEngine(engine);
        QCOMPARE(model.data(model.index(0), AlertRuleModel::StateLabelRole).toString(),
                 QStringLiteral("waiting for the other conditions · step 1 of 2 met 12 s ago"));
        QCOMPARE(model.data(model.index(0), AlertRuleModel::StateRole).toString(), QStringLiteral("waiting"));
    }

    void summaryLineNamesEveryCondition()
    {
        const QString summary = AlertRuleModel::summarize(composite(QStringLiteral("sequence"), {tweetCondition(), moveCondition(3)}));
        QCOMPARE(summary, QStringLiteral("tweets · any subject · tweet with keywords SOL, monitor Tech Leaders, then "
                                         "predikt · SOL · price rises 3% within 60 s (each step within 60 s)"));
        QVERIFY(AlertRuleModel::summarize(composite(QStringLiteral("any"), {tweetCondition(), moveCondition(3)})).startsWith(QLatin1String("any of: ")));
    }

    void summaryNamesConditionsBySymbol()
    {
        // A Conyr condition names its token by mint; the rule list names it by the symbol its
        // feed labels it with, as a plain rule's summary does (RuleStatus::subjectLabel).
        const QString mint = QStringLiteral("So11111111111111111111111111111111111111112");
        AlertRule onMint = aboveCondition(mint, 200);
        onMint.provider = QStringLiteral("conyr");
        use(composite(QStringLiteral("all"), {tweetCondition(), onMint}));
        AlertRuleModel model;
        model.setRules(engine->rules());
        model.setEngine(engine);
        const QModelIndex row = model.index(0);
        QVERIFY2(model.data(row, AlertRuleModel::SummaryRole).toString().contains(QStringLiteral("conyr · ") + mint),
                 qPrintable(model.data(row, AlertRuleModel::SummaryRole).toString()));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Observation trade = price(mint, 150, 0);
        trade.provider = QStringLiteral("conyr");
        trade.source = QStringLiteral("conyr-live");
        trade.kind = QStringLiteral("trade");
        trade.label = QStringLiteral("SOL");
        at(1, trade);
        model.refreshStatus();
        const QString summary = model.data(row, AlertRuleModel::SummaryRole).toString();
        QVERIFY2(summary.contains(QStringLiteral("conyr · SOL · price above 200")), qPrintable(summary));
        QVERIFY(!summary.contains(mint));
        bool summaryChanged = false;
        for (const QList<QVariant> &args : changed)
            summaryChanged = summaryChanged || args.at(2).value<QList<int>>().contains(AlertRuleModel::SummaryRole);
        QVERIFY(summaryChanged);
        QCOMPARE(engine->subjectLabel(QStringLiteral("combo"), mint), QStringLiteral("SOL"));
        QCOMPARE(engine->subjectLabel(QStringLiteral("combo"), QStringLiteral("BONK")), QString());
        QCOMPARE(engine->subjectLabel(QStringLiteral("no-such-rule"), mint), QString());
    }

    void conditionErrorsNameTheCondition()
    {
        AlertRule bad = transferCondition(1000);
        bad.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("value")}, {QStringLiteral("operator"), QStringLiteral("~~")}};
        use(composite(QStringLiteral("any"), {tweetCondition(), bad}));
        QSignalSpy errors(engine, &AlertEngine::ruleError);
        at(0, transfer(2000, 0));
        QCOMPARE(errors.count(), 1);
        QVERIFY2(errors.at(0).at(1).toString().startsWith(QLatin1String("Condition 2: ")), qPrintable(errors.at(0).at(1).toString()));
        QCOMPARE(spy->count(), 0);
    }

    void jsonRoundTrip()
    {
        AlertRule fall = moveCondition(1, QStringLiteral("down"));
        fall.subject = QStringLiteral("ETH");
        fall.windowBars = 5;
        fall.barSec = 60;
        AlertRule r = composite(QStringLiteral("sequence"), {transferCondition(1000), tweetCondition(), fall}, 300);
        r.severity = AlertSeverity::Critical;
        r.cooldownSec = 120;
        r.messageTemplate = QStringLiteral("{steps}");
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value(QLatin1String("combine")).toString(), QStringLiteral("sequence"));
        QCOMPARE(json.value(QLatin1String("withinSec")).toInt(), 300);
        const QJsonArray conditions = json.value(QLatin1String("conditions")).toArray();
        QCOMPARE(conditions.size(), 3);
        // A condition holds its kind, scope and parameters, nothing of the composite's.
        QCOMPARE(conditions.at(1).toObject(),
                 (QJsonObject{{QStringLiteral("kind"), QStringLiteral("tweet-match")}, {QStringLiteral("provider"), QStringLiteral("tweets")},
                              {QStringLiteral("keywords"), QJsonArray{QStringLiteral("SOL")}}, {QStringLiteral("monitor"), QStringLiteral("Tech Leaders")}}));
        QCOMPARE(conditions.at(2).toObject().value(QLatin1String("windowBars")).toInt(), 5);
        AlertRule back;
        QString error;
        QVERIFY2(AlertRule::fromJson(json, back, &error), qPrintable(error));
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.conditions.size(), size_t(3));
        QCOMPARE(back.conditions.at(2).windowBars, 5);
        QCOMPARE(back.conditions.at(0).cooldownSec, 0);
        QCOMPARE(back.conditions.at(0).id, QStringLiteral("combo#1"));
        // The other kinds write none of the composite's fields.
        QVERIFY(!tweetCondition().toJson().contains(QLatin1String("conditions")));
        QVERIFY(!tweetCondition().toJson().contains(QLatin1String("combine")));
    }

    void validateMessages_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray tweetJson = R"({"kind":"tweet-match","keywords":["SOL"]})";
        QTest::newRow("one condition") << QByteArray(R"({"kind":"composite","name":"c","combine":"all","conditions":[)" + tweetJson + "]}")
                                       << QStringLiteral("A composite rule needs at least 2 conditions; it has 1.");
        QTest::newRow("no conditions") << QByteArray(R"({"kind":"composite","name":"c"})")
                                       << QStringLiteral("A composite rule needs at least 2 conditions; it has 0.");
        QByteArray nine = R"({"kind":"composite","name":"c","conditions":[)" + tweetJson;
        for (int i = 0; i < 8; ++i)
            nine += "," + tweetJson;
        QTest::newRow("nine conditions") << QByteArray(nine + "]}") << QStringLiteral("A composite rule takes at most 8 conditions; it has 9.");
        QTest::newRow("nested") << QByteArray(R"({"kind":"composite","name":"c","conditions":[)" + tweetJson
                                              + R"(,{"kind":"composite","conditions":[]}]})")
                                << QStringLiteral("Condition 2: a composite rule cannot contain another composite rule.");
        QTest::newRow("unknown kind") << QByteArray(R"({"kind":"composite","name":"c","conditions":[{"kind":"moon-phase"},)" + tweetJson + "]}")
                                      << QStringLiteral("Condition 1: Unknown rule kind 'moon-phase'.");
        QTest::newRow("not an object") << QByteArray(R"({"kind":"composite","name":"c","conditions":[)" + tweetJson + ",42]}")
                                       << QStringLiteral("Condition 2 is not an object with a kind.");
        QTest::newRow("bad condition") << QByteArray(R"({"kind":"composite","name":"c","conditions":[)" + tweetJson + R"(,{"kind":"tweet-match"}]})")
                                       << QStringLiteral("Condition 2: Give at least one keyword, an author, a monitor or a rule.");
        QTest::newRow("sequence without a window")
            << QByteArray(R"({"kind":"composite","name":"c","combine":"sequence","withinSec":0,"conditions":[)" + tweetJson + "," + tweetJson + "]}")
            << QStringLiteral("A sequence needs a time between its steps (withinSec) of at least one second.");
        QTest::newRow("unknown combination")
            << QByteArray(R"({"kind":"composite","name":"c","combine":"xor","conditions":[)" + tweetJson + "," + tweetJson + "]}")
            << QStringLiteral("Unknown combination 'xor' (all, any or sequence).");
        QTest::newRow("bar close")
            << QByteArray(R"({"kind":"composite","name":"c","trigger":"bar-close","conditions":[)" + tweetJson + "," + tweetJson + "]}")
            << QStringLiteral("Once per bar close is not available for composite rules; use once per bar.");
        QTest::newRow("conditions not a list") << QByteArray(R"({"kind":"composite","name":"c","conditions":{"kind":"tweet-match"}})")
                                               << QStringLiteral("The conditions must be a list of rule objects.");
    }
    void validateMessages()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        QVERIFY2(doc.isObject(), json.constData());
        AlertRule r;
        QString error;
        QVERIFY(!AlertRule::fromJson(doc.object(), r, &error));
        QCOMPARE(error, message);
    }

    void anyNeedsNoWindowButAllAndSequenceDo()
    {
        AlertRule r = composite(QStringLiteral("any"), {tweetCondition(), moveCondition(3)}, 0);
        QCOMPARE(r.validate(), QString());
        r.combine = QStringLiteral("all");
        QVERIFY(!r.validate().isEmpty());
        r.combine = QStringLiteral("sequence");
        QVERIFY(!r.validate().isEmpty());
    }

    void rulesFilesLoadAndSaveUnchanged_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("composites");
        // Written by main at bb54c96 (operators, trigger modes, expiry, actions): before composites.
        QTest::newRow("before composites") << QStringLiteral("rules-v3.json") << false;
        QTest::newRow("first format") << QStringLiteral("rules-v1.json") << false;
        QTest::newRow("with composites") << QStringLiteral("rules-composite.json") << true;
    }
    void rulesFilesLoadAndSaveUnchanged()
    {
        QFETCH(QString, file);
        QFETCH(bool, composites);
        const QString path = QStringLiteral(TW_TEST_DATA_DIR "/alerts/") + file;
        QList<AlertRule> rules;
        QString error;
        QVERIFY2(loadRulesFile(path, rules, &error), qPrintable(error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        QJsonArray saved;
        int composite = 0;
        for (const AlertRule &r : rules) {
            composite += r.kind == AlertRule::Kind::Composite;
            saved.append(r.toJson());
        }
        QCOMPARE(composite > 0, composites);
        QCOMPARE(QJsonDocument(QJsonObject{{QStringLiteral("rules"), saved}}).toJson(), original);
    }
};

QTEST_GUILESS_MAIN(TestAlertComposite)
#include "tst_alertcomposite.moc"
