// The Markets chart's numbers: VWAP and EMA over known sequences, round ticks and times,
// the log price scale's mapping, the bar under the pointer, and the stored chart choices.

#include "app/conyr/candlechartbinder.h"
#include "app/conyr/chartoptions.h"
#include "app/conyr/chartscale.h"
#include "candleseriesmodel.h"
#include "providers/conyr/candleindicators.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using Conyr::Candle;

namespace {
constexpr qint64 Minute = 60000;
constexpr qint64 T0 = 1732180000000 / Minute * Minute;

Candle bar(qint64 index, double high, double low, double close, double volume)
{
    Candle c;
    c.ts = T0 + index * Minute;
    c.open = close;
    c.high = high;
    c.low = low;
    c.close = close;
    c.volume = volume;
    c.closed = true;
    return c;
}

std::vector<Candle> closes(std::initializer_list<double> values)
{
    std::vector<Candle> out;
    qint64 i = 0;
    for (const double v : values)
        out.push_back(bar(i++, v, v, v, 1));
    return out;
}
} // namespace

class TestChartIndicators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_chart_indicators"));
    }

    void vwapKnownSequence()
    {
        // Typical prices 2 and 4 with volumes 10 and 30: (20 + 120) / 40 = 3.5.
        const std::vector<Candle> bars{bar(0, 3, 1, 2, 10), bar(1, 6, 3, 3, 30)};
        const std::vector<double> v = CandleIndicators::vwap(bars);
        QCOMPARE(v.size(), size_t(2));
        QCOMPARE(v[0], 2.0);
        QCOMPARE(v[1], 3.5);
    }

    void vwapWithoutVolume()
    {
        QVERIFY(CandleIndicators::vwap({}).empty());
        // No volume yet: no VWAP; the first traded bar starts it; a negative volume is ignored.
        const std::vector<Candle> bars{bar(0, 10, 10, 10, 0), bar(1, 4, 4, 4, 5), bar(2, 100, 100, 100, -3)};
        const std::vector<double> v = CandleIndicators::vwap(bars);
        QVERIFY(std::isnan(v[0]));
        QCOMPARE(v[1], 4.0);
        QCOMPARE(v[2], 4.0);
        // One bar.
        const std::vector<double> one = CandleIndicators::vwap({bar(0, 9, 3, 6, 2)});
        QCOMPARE(one.size(), size_t(1));
        QCOMPARE(one[0], 6.0);
    }

    void emaKnownSequence()
    {
        // Period 3: seeded with the mean of 1, 2, 3 = 2, then alpha 0.5: 3, 4, then 0.5·10 + 0.5·4 = 7.
        const std::vector<double> e = CandleIndicators::ema(closes({1, 2, 3, 4, 5, 10}), 3);
        QCOMPARE(e.size(), size_t(6));
        QVERIFY(std::isnan(e[0]));
        QVERIFY(std::isnan(e[1]));
        QCOMPARE(e[2], 2.0);
        QCOMPARE(e[3], 3.0);
        QCOMPARE(e[4], 4.0);
        QCOMPARE(e[5], 7.0);
        // Period 9 over twelve closes 1..12: seed 5, alpha 0.2.
        std::vector<Candle> twelve;
        for (int i = 1; i <= 12; ++i)
            twelve.push_back(bar(i, i, i, i, 1));
        const std::vector<double> e9 = CandleIndicators::ema(twelve, 9);
        QCOMPARE(e9[8], 5.0);
        QVERIFY(qFuzzyCompare(e9[9], 0.2 * 10 + 0.8 * 5));
        QVERIFY(qFuzzyCompare(e9[11], 0.2 * 12 + 0.8 * (0.2 * 11 + 0.8 * (0.2 * 10 + 0.8 * 5))));
    }

    void emaEdgeCases()
    {
        QVERIFY(CandleIndicators::ema({}, 20).empty());
        // One bar: period 1 is the close itself; a longer period has no value yet.
        const std::vector<double> one = CandleIndicators::ema(closes({42}), 1);
        QCOMPARE(one[0], 42.0);
        QVERIFY(std::isnan(CandleIndicators::ema(closes({42}), 20)[0]));
        const std::vector<double> bad = CandleIndicators::ema(closes({1, 2, 3}), 0);
        QCOMPARE(bad.size(), size_t(3));
        QVERIFY(std::isnan(bad[0]) && std::isnan(bad[2]));
    }

    void roundTicks()
    {
        QCOMPARE(ChartScale::niceStep(10, 5), 2.0);
        QCOMPARE(ChartScale::niceStep(0.3, 3), 0.1);
        QCOMPARE(ChartScale::niceStep(23, 5), 5.0);
        QCOMPARE(ChartScale::niceStep(0, 5), 0.0);
        QCOMPARE(ChartScale::linearTicks(94.3, 106.2, 6), (QList<double>{96, 98, 100, 102, 104, 106}));
        QCOMPARE(ChartScale::linearTicks(94.3, 106.2, 3), (QList<double>{95, 100, 105}));
        const QList<double> small = ChartScale::linearTicks(0.00002891, 0.00003112, 6);
        QVERIFY(!small.isEmpty());
        for (const double t : small) {
            const double steps = t / 5e-7;
            QVERIFY2(std::abs(steps - std::round(steps)) < 1e-6, qPrintable(QString::number(t, 'g', 17)));
        }
        QCOMPARE(ChartScale::decimalsFor(0.05), 2);
        QCOMPARE(ChartScale::decimalsFor(50), 0);
        QCOMPARE(ChartScale::decimalsFor(5e-7), 7);
        // Several decades on a log scale: 1-2-5 per decade, or only powers of ten.
        QCOMPARE(ChartScale::logTicks(0.8, 60, 12), (QList<double>{1, 2, 5, 10, 20, 50}));
        QCOMPARE(ChartScale::logTicks(0.5, 20000, 6), (QList<double>{1, 10, 100, 1000, 10000}));
        QVERIFY(ChartScale::logTicks(0, 10, 5).isEmpty());
    }

    void roundTimes()
    {
        QCOMPARE(ChartScale::timeStep(90 * Minute, 7), 15 * Minute);
        QCOMPARE(ChartScale::timeStep(90 * 1000, 7), qint64(15000));
        // Aligned to local time: a zone at +5:30 gets ticks on its own quarter hours.
        const qint64 from = T0 + 7 * 1000;
        const QList<qint64> utc = ChartScale::timeTicks(from, from + 90 * Minute, 7, 0);
        QVERIFY(!utc.isEmpty());
        for (const qint64 t : utc)
            QCOMPARE(t % (15 * Minute), qint64(0));
        QVERIFY(utc.first() >= from && utc.last() <= from + 90 * Minute);
        const int offset = 5 * 3600 + 1800;
        for (const qint64 t : ChartScale::timeTicks(from, from + 5 * 3600000LL, 7, offset))
            QCOMPARE((t + offset * 1000LL) % 3600000LL, qint64(0));
    }

    void logScaleMapping()
    {
        QCOMPARE(ChartScale::toAxis(1000, true), 3.0);
        QCOMPARE(ChartScale::fromAxis(-2, true), 0.01);
        QCOMPARE(ChartScale::toAxis(1000, false), 1000.0);
        QVERIFY(std::isfinite(ChartScale::toAxis(0, true)));
        QVERIFY(std::isfinite(ChartScale::toAxis(-5, true)));

        // Bars from 1 to 100: on a log scale 10 sits halfway between 1 and 100.
        CandleSeriesModel model;
        model.reset(QStringLiteral("token:x:ohlcv:filtered:1m"), Minute);
        for (int i = 0; i < 20; ++i)
            model.addBar(double(T0 + i * Minute), 10, i == 5 ? 100 : 10, i == 6 ? 1 : 10, 10, 1 + i);
        model.flush();
        CandleChartBinder binder;
        binder.setModel(&model);
        const auto mid = [&] { return (binder.yFraction(1) + binder.yFraction(100)) / 2; };
        QVERIFY(std::abs(binder.yFraction(10) - mid()) > 0.05); // linear: 10 is near the bottom
        binder.setLogScale(true);
        QVERIFY(std::abs(binder.yFraction(10) - mid()) < 1e-9);
        QVERIFY(std::abs(binder.priceAtFraction(binder.yFraction(37.5)) - 37.5) < 1e-9);
        QVERIFY(binder.yMin() < 1 && binder.yMax() > 100);
        QVERIFY(binder.yMin() > 0);
        QVERIFY(std::abs(binder.axisMax() - std::log10(binder.yMax())) < 1e-9);
        // Every tick is a round price inside the range and placed on the log scale.
        QVERIFY(!binder.priceTicks().isEmpty());
        for (const QVariant &v : binder.priceTicks()) {
            const QVariantMap t = v.toMap();
            QVERIFY(t.value("value").toDouble() > 0);
            QCOMPARE(t.value("fraction").toDouble(), binder.yFraction(t.value("value").toDouble()));
        }
        binder.setLogScale(false);
        QVERIFY(std::abs(binder.priceAtFraction(binder.yFraction(37.5)) - 37.5) < 1e-9);
    }

    void pauseStopsFollowingAndResumeCatchesUp()
    {
        CandleSeriesModel model;
        model.reset(QStringLiteral("token:x:ohlcv:filtered:1m"), Minute);
        CandleChartBinder binder;
        binder.setModel(&model);
        for (int i = 0; i < 20; ++i)
            model.addBar(double(T0 + i * Minute), 10, 11, 9, 10, 1);
        model.flush();
        // Following: the view ends a bar after the newest bar's end.
        QTRY_COMPARE(binder.xMaxMs(), double(T0 + 21 * Minute));
        QVERIFY(binder.followLive());
        const double end = binder.xMaxMs();
        QSignalSpy paused(&binder, &CandleChartBinder::pausedChanged);
        binder.setPaused(true);
        QCOMPARE(paused.count(), 1);
        QVERIFY(!binder.followLive());
        // New bars arrive and are kept; the view stays where it was.
        for (int i = 20; i < 30; ++i)
            model.addBar(double(T0 + i * Minute), 20, 21, 19, 20, 1);
        model.flush();
        QTRY_COMPARE(model.bars().size(), size_t(30));
        QTest::qWait(50); // a frame for the binder to redraw
        QCOMPARE(binder.xMaxMs(), end);
        // Resumed: following again, with the bars that came meanwhile.
        binder.setPaused(false);
        QVERIFY(binder.followLive());
        QTRY_COMPARE(binder.xMaxMs(), double(T0 + 31 * Minute));
        QVERIFY(binder.xMaxMs() > end);
        // A chart the user had panned away stays there after a pause.
        binder.setFollowLive(false);
        const double panned = binder.xMaxMs();
        binder.setPaused(true);
        binder.setPaused(false);
        QVERIFY(!binder.followLive());
        QCOMPARE(binder.xMaxMs(), panned);
    }

    void barUnderThePointer()
    {
        CandleSeriesModel model;
        model.reset(QStringLiteral("token:x:ohlcv:filtered:1m"), Minute);
        CandleChartBinder binder;
        binder.setModel(&model);
        QVERIFY(binder.barAt(double(T0)).isEmpty());
        QVERIFY(binder.lastBar().isEmpty());
        for (int i = 0; i < 10; ++i)
            model.addBar(double(T0 + i * Minute), 100 + i, 101 + i, 99 + i, 100.5 + i, 10 * i);
        model.flush();
        // The nearest open time wins (candles are centred on it); far outside: the edge bar.
        QCOMPARE(binder.barAt(double(T0 + 3 * Minute + 20000)).value("ts").toDouble(), double(T0 + 3 * Minute));
        QCOMPARE(binder.barAt(double(T0 + 3 * Minute + 40000)).value("close").toDouble(), 104.5);
        QCOMPARE(binder.barAt(double(T0 - 99 * Minute)).value("open").toDouble(), 100.0);
        QCOMPARE(binder.barAt(double(T0 + 99 * Minute)).value("volume").toDouble(), 90.0);
        QCOMPARE(binder.lastBar().value("high").toDouble(), 110.0);
        QVERIFY(std::isnan(binder.lastBar().value("ema").toDouble()));
        binder.setShowEma(true);
        binder.setEmaPeriod(3);
        binder.setShowVwap(true);
        QCOMPARE(binder.barAt(double(T0 + 2 * Minute)).value("ema").toDouble(), 101.5);
        QVERIFY(binder.lastBar().value("vwap").toDouble() > 100);
        // Time ticks sit on round minutes inside the view.
        QVERIFY(!binder.timeTicks().isEmpty());
        for (const QVariant &v : binder.timeTicks()) {
            const QVariantMap t = v.toMap();
            QCOMPARE(qint64(t.value("ms").toDouble()) % Minute, qint64(0));
            QVERIFY(t.value("fraction").toDouble() >= 0 && t.value("fraction").toDouble() <= 1);
        }
    }

    void lastBarsForTheDashboardTile()
    {
        CandleSeriesModel model(nullptr, 50);
        model.reset(QStringLiteral("token:x:ohlcv:filtered:1m"), Minute);
        QVERIFY(model.lastBars(10).isEmpty());
        QList<Candle> history;
        for (int i = 0; i < 30; ++i)
            history << bar(i, 10 + i, 8 + i, 9 + i, i);
        model.addBackfill(history);
        model.flush();
        const QVariantList last = model.lastBars(5);
        QCOMPARE(last.size(), 5);
        // Oldest first, ending at the newest bar, in the dashboard feed's shape.
        QCOMPARE(last.first().toMap().value("t").toDouble(), double(T0 + 25 * Minute));
        const QVariantMap newest = last.last().toMap();
        QCOMPARE(newest.value("t").toDouble(), double(T0 + 29 * Minute));
        QCOMPARE(newest.value("h").toDouble(), 39.0);
        QCOMPARE(newest.value("l").toDouble(), 37.0);
        QCOMPARE(newest.value("c").toDouble(), 38.0);
        QCOMPARE(newest.value("v").toDouble(), 29.0);
        QCOMPARE(model.lastBars(1000).size(), 30);
        QVERIFY(model.lastBars(-3).isEmpty());
    }

    void optionsPersist()
    {
        QSettings().remove(QStringLiteral("test/chart"));
        {
            ChartOptions options;
            options.setSettingsGroup(QStringLiteral("test/chart"));
            QCOMPARE(options.emaPeriod(), ChartOptions::DefaultEmaPeriod);
            QVERIFY(!options.logScale());
            QSignalSpy spy(&options, &ChartOptions::changed);
            options.setLogScale(true);
            options.setShowVwap(true);
            options.setShowEma(true);
            options.setEmaPeriod(9);
            options.setEmaPeriod(100000); // clamped
            QCOMPARE(spy.count(), 5);
            QCOMPARE(options.emaPeriod(), ChartOptions::maxEmaPeriod());
            options.setEmaPeriod(50);
        }
        ChartOptions again;
        again.setSettingsGroup(QStringLiteral("test/chart"));
        QVERIFY(again.logScale());
        QVERIFY(again.showVwap());
        QVERIFY(again.showEma());
        QCOMPARE(again.emaPeriod(), 50);
        // A nonsense stored period falls back to the default.
        QSettings().setValue(QStringLiteral("test/chart2/emaPeriod"), QStringLiteral("lots"));
        ChartOptions bad;
        bad.setSettingsGroup(QStringLiteral("test/chart2"));
        QCOMPARE(bad.emaPeriod(), ChartOptions::DefaultEmaPeriod);
        QSettings().remove(QStringLiteral("test"));
    }
};

QTEST_MAIN(TestChartIndicators)
#include "tst_chart_indicators.moc"
