// The bar trigger modes (once per bar, once per bar close) and changes within N bars, on
// scripted sequences: flapping inside a bar, a bar closing on its boundary, late values,
// too little history, and the rules file fields they add.

#include "alerts/alertengine.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Start = 1'700'000'040'000; // a whole minute (1700000040 s = 28333334 min)

Observation price(double value, qint64 ts)
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = QStringLiteral("demo");
    o.kind = QStringLiteral("price");
    o.subject = QStringLiteral("SOL");
    o.timestampMs = ts;
    o.metrics.insert(QStringLiteral("price"), value);
    return o;
}

AlertRule rule(AlertRule::Kind kind, AlertRule::TriggerMode mode)
{
    AlertRule r;
    r.id = AlertRule::newId();
    r.name = AlertRule::kindLabel(kind);
    r.kind = kind;
    r.level = 100;
    r.cooldownSec = 0;
    r.hysteresisPct = 0;
    r.triggerMode = mode;
    r.barSec = 60;
    return r;
}

} // namespace

class TestAlertBars : public QObject
{
    Q_OBJECT

private:
    AlertEngine *engine = nullptr;
    QSignalSpy *spy = nullptr;

    /// Values at offsets (ms) from Start.
    void feed(const QList<std::pair<qint64, double>> &values)
    {
        for (const auto &[offset, v] : values)
            engine->observe(price(v, Start + offset));
    }
    QList<double> firedValues() const
    {
        QList<double> out;
        for (const auto &args : *spy)
            out << args.at(0).value<Alert>().value;
        return out;
    }
    Alert fired(int i) const { return spy->at(i).at(0).value<Alert>(); }

private Q_SLOTS:
    void init()
    {
        qRegisterMetaType<Alert>();
        engine = new AlertEngine;
        engine->setClock([] { return Start; });
        spy = new QSignalSpy(engine, &AlertEngine::alertRaised);
    }
    void cleanup()
    {
        delete spy;
        delete engine;
    }

    void oncePerBarFiresTheFirstTimeInEachBar()
    {
        engine->setRules({rule(AlertRule::Kind::PriceAbove, AlertRule::TriggerMode::OncePerBar)});
        // Bar 0 flaps around the level: one alert, at the first value above it.
        feed({{0, 99}, {10'000, 101}, {20'000, 102}, {30'000, 99}, {40'000, 101}});
        QCOMPARE(firedValues(), (QList<double>{101}));
        // Bar 1 stays above: the condition still holds, so it fires once more, at once.
        feed({{Minute + 5'000, 103}, {Minute + 30'000, 104}});
        QCOMPARE(firedValues(), (QList<double>{101, 103}));
        // Bar 2 below, bar 3 above again.
        feed({{2 * Minute, 99}, {2 * Minute + 50'000, 98}, {3 * Minute + 1, 101}});
        QCOMPARE(firedValues(), (QList<double>{101, 103, 101}));
        QCOMPARE(fired(2).timestampMs, Start + 3 * Minute + 1);
    }

    void oncePerBarCrossingStillNeedsACrossing()
    {
        // A crossing rule keeps its hysteresis: a new bar alone does not make a crossing.
        AlertRule r = rule(AlertRule::Kind::CrossUp, AlertRule::TriggerMode::OncePerBar);
        engine->setRules({r});
        feed({{0, 99}, {10'000, 101}, {20'000, 99}, {30'000, 101}}); // two crossings, one bar
        QCOMPARE(firedValues(), (QList<double>{101}));
        feed({{Minute, 102}, {Minute + 10'000, 103}}); // above all along: no crossing
        QCOMPARE(spy->count(), 1);
        feed({{Minute + 20'000, 99}, {Minute + 30'000, 101}}); // a crossing in a new bar
        QCOMPARE(firedValues(), (QList<double>{101, 101}));
    }

    void oncePerBarCloseEvaluatesTheClosingValue()
    {
        engine->setRules({rule(AlertRule::Kind::PriceAbove, AlertRule::TriggerMode::OncePerBarClose)});
        // Bar 0 goes above the level and closes below it: nothing.
        feed({{0, 101}, {30'000, 99}});
        QCOMPARE(spy->count(), 0);
        // Bar 1 closes above (at 102): the alert comes when bar 2 begins, with bar 1's value
        // and time.
        feed({{Minute, 99}, {Minute + 40'000, 102}});
        QCOMPARE(spy->count(), 0); // bar 1 is still open
        feed({{2 * Minute + 10'000, 103}});
        QCOMPARE(firedValues(), (QList<double>{102}));
        QCOMPARE(fired(0).timestampMs, Start + Minute + 40'000);
        QCOMPARE(fired(0).values.value(QStringLiteral("bar")).toString(),
                 QDateTime::fromMSecsSinceEpoch(Start + Minute, Qt::UTC).toString(Qt::ISODate));
        // Bar 2 closes above too: the condition holds on that close as well.
        feed({{3 * Minute + 10'000, 50}});
        QCOMPARE(firedValues(), (QList<double>{102, 103}));
        // Bar 3 closes at 50: no alert when bar 4 begins.
        feed({{4 * Minute, 120}});
        QCOMPARE(spy->count(), 2);
    }

    void aBarClosesOnItsBoundary()
    {
        engine->setRules({rule(AlertRule::Kind::PriceAbove, AlertRule::TriggerMode::OncePerBarClose)});
        feed({{10'000, 101}});
        // One millisecond before the end still belongs to bar 0 and is its close.
        feed({{Minute - 1, 105}});
        QCOMPARE(spy->count(), 0);
        // A value exactly at the end opens bar 1 and closes bar 0 (at 105).
        feed({{Minute, 50}});
        QCOMPARE(firedValues(), (QList<double>{105}));
        // A late value of bar 0 changes nothing any more.
        feed({{Minute - 500, 200}});
        QCOMPARE(spy->count(), 1);
        feed({{2 * Minute, 50}}); // bar 1 closed at 50
        QCOMPARE(spy->count(), 1);
    }

    void movesWithinNBars()
    {
        AlertRule r = rule(AlertRule::Kind::PercentChange, AlertRule::TriggerMode::EveryTime);
        r.threshold = 5;
        r.direction = QStringLiteral("up");
        r.windowBars = 2;
        engine->setRules({r});
        // Bar 0 closes at 100, bar 1 at 102. In bar 1 there is no close two bars back yet.
        feed({{0, 90}, {30'000, 100}, {Minute, 150}, {Minute + 30'000, 102}});
        QCOMPARE(spy->count(), 0);
        // Bar 2 against bar 0's close (100): +4 % is not enough, +6 % is.
        feed({{2 * Minute, 104}});
        QCOMPARE(spy->count(), 0);
        feed({{2 * Minute + 10'000, 106}});
        QCOMPARE(firedValues(), (QList<double>{6}));
        QCOMPARE(fired(0).values.value(QStringLiteral("from")).toDouble(), 100.0);
        QCOMPARE(fired(0).values.value(QStringLiteral("bars")).toInt(), 2);
        QCOMPARE(fired(0).values.value(QStringLiteral("window")).toInt(), 120);
        // Bar 2 closes back at 100 (which re-arms the rule). Bars 3 and 4 have no values: in
        // bar 5 the reference is the newest close at or before bar 3, bar 2's 100.
        feed({{2 * Minute + 20'000, 100}, {5 * Minute, 104}});
        QCOMPARE(spy->count(), 1); // +4 %
        feed({{5 * Minute + 1'000, 106}});
        QCOMPARE(spy->count(), 2); // +6 %
        QCOMPARE(fired(1).values.value(QStringLiteral("from")).toDouble(), 100.0);
    }

    void rulesFileFields()
    {
        AlertRule r = rule(AlertRule::Kind::PriceAbove, AlertRule::TriggerMode::EveryTime);
        QJsonObject json = r.toJson();
        QVERIFY(!json.contains(QLatin1String("barSec")));
        QVERIFY(!json.contains(QLatin1String("windowBars")));
        QVERIFY(!json.contains(QLatin1String("trigger")));

        for (const auto &[mode, id] : {std::pair{AlertRule::TriggerMode::OncePerBar, "bar"},
                                       std::pair{AlertRule::TriggerMode::OncePerBarClose, "bar-close"}}) {
            r.triggerMode = mode;
            r.barSec = 300;
            json = r.toJson();
            QCOMPARE(json.value(QLatin1String("trigger")).toString(), QString::fromLatin1(id));
            QCOMPARE(json.value(QLatin1String("barSec")).toInt(), 300);
            AlertRule back;
            QVERIFY(AlertRule::fromJson(json, back));
            QCOMPARE(back.triggerMode, mode);
            QCOMPARE(back.barSec, 300);
            QCOMPARE(back.toJson(), json);
        }

        AlertRule change = rule(AlertRule::Kind::AmountChange, AlertRule::TriggerMode::EveryTime);
        change.threshold = 1;
        change.windowBars = 12;
        json = change.toJson();
        QCOMPARE(json.value(QLatin1String("windowBars")).toInt(), 12);
        QCOMPARE(json.value(QLatin1String("barSec")).toInt(), 60);
        AlertRule back;
        QVERIFY(AlertRule::fromJson(json, back));
        QCOMPARE(back.windowBars, 12);

        // Refused with a sentence: a bar of 0 s, a negative window, bars for an event rule.
        QString error;
        json.insert(QStringLiteral("barSec"), 0);
        QVERIFY(!AlertRule::fromJson(json, back, &error));
        QVERIFY2(error.contains(QLatin1String("bar")), qPrintable(error));
        json.insert(QStringLiteral("barSec"), 60);
        json.insert(QStringLiteral("windowBars"), -1);
        QVERIFY(!AlertRule::fromJson(json, back, &error));
        QVERIFY2(error.contains(QLatin1String("bars")), qPrintable(error));
        AlertRule gap = rule(AlertRule::Kind::BlockGap, AlertRule::TriggerMode::OncePerBarClose);
        gap.threshold = 1;
        QVERIFY2(!gap.validate().isEmpty(), "a bar trigger on an event rule");
        // A window in bars belongs to the change rules only: other kinds do not keep one.
        AlertRule level = rule(AlertRule::Kind::PriceAbove, AlertRule::TriggerMode::EveryTime);
        QJsonObject levelJson = level.toJson();
        levelJson.insert(QStringLiteral("windowBars"), 5);
        QVERIFY(AlertRule::fromJson(levelJson, back));
        QCOMPARE(back.windowBars, 0);
    }
};

QTEST_GUILESS_MAIN(TestAlertBars)
#include "tst_alertbars.moc"
