// CandleAggregator, the backfill + live merge of CandleSeriesModel, the trades tape and
// the subscription model, each under QAbstractItemModelTester.

#include "candleseriesmodel.h"
#include "providers/conyr/candleaggregator.h"
#include "subscriptionmodel.h"
#include "tradetapemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using Conyr::Candle;
using Conyr::Side;
using Conyr::Trade;

namespace {
constexpr qint64 Minute = 60000;
constexpr qint64 T0 = 1732180000000 / Minute * Minute; // aligned

Trade trade(qint64 ts, double price, double size = 1)
{
    Trade t;
    t.id = QStringLiteral("sig%1:0").arg(ts);
    t.ts = ts;
    t.price = price;
    t.size = size;
    t.side = Side::Buy;
    return t;
}

Candle bar(qint64 index, double close, qint64 trades = 5, bool closed = true)
{
    return {T0 + index * Minute, close, close + 1, close - 1, close, double(trades), trades, closed};
}

QList<qint64> timestamps(const CandleSeriesModel &model)
{
    QList<qint64> out;
    for (const Candle &c : model.bars())
        out.append((c.ts - T0) / Minute);
    return out;
}
} // namespace

class TestConyrCandles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aggregatorBuildsBars()
    {
        CandleAggregator agg(Minute);
        QVERIFY(agg.addTrade(trade(T0 + 1000, 10, 2)));
        QVERIFY(agg.addTrade(trade(T0 + 2000, 12, 1)));
        QVERIFY(agg.addTrade(trade(T0 + 3000, 9, 1)));
        QVERIFY(agg.addTrade(trade(T0 + 4000, 11, 1)));
        QCOMPARE(agg.size(), 1);
        const Candle c = agg.at(0);
        QCOMPARE(c.ts, T0);
        QCOMPARE(c.open, 10.0);
        QCOMPARE(c.high, 12.0);
        QCOMPARE(c.low, 9.0);
        QCOMPARE(c.close, 11.0);
        QCOMPARE(c.volume, 5.0);
        QCOMPARE(c.trades, 4);
        QVERIFY(!c.closed);
        // Three minutes later: the first bar closes and two flat bars fill the empty minutes.
        QVERIFY(agg.addTrade(trade(T0 + 3 * Minute + 10, 13)));
        QCOMPARE(agg.size(), 4);
        QVERIFY(agg.at(0).closed);
        QCOMPARE(agg.at(1).trades, 0);
        QCOMPARE(agg.at(1).open, 11.0);
        QCOMPARE(agg.at(2).close, 11.0);
        QCOMPARE(agg.at(3).open, 13.0);
        const QList<Candle> changed = agg.takeChanged();
        QCOMPARE(changed.size(), 4);
        QVERIFY(agg.takeChanged().isEmpty());
        QVERIFY(!agg.addTrade(trade(T0, -1)));
    }

    void aggregatorOutOfOrder()
    {
        CandleAggregator agg(Minute);
        agg.addTrade(trade(T0 + 30000, 10));
        agg.addTrade(trade(T0 + 10000, 8));   // earlier trade: becomes the open
        agg.addTrade(trade(T0 + 20000, 9));   // neither first nor last
        QCOMPARE(agg.last().open, 8.0);
        QCOMPARE(agg.last().close, 10.0);
        agg.addTrade(trade(T0 + Minute + 5, 20));
        agg.addTrade(trade(T0 + 50000, 7));   // late trade into the closed bar: it is the last of that bar
        QCOMPARE(agg.at(0).close, 7.0);
        QCOMPARE(agg.at(0).low, 7.0);
        QCOMPARE(agg.at(1).close, 20.0);
        // Before the first bar: the window extends backwards.
        agg.addTrade(trade(T0 - 2 * Minute, 5));
        QCOMPARE(agg.size(), 4);
        QCOMPARE(agg.at(0).ts, T0 - 2 * Minute);
        QCOMPARE(agg.at(1).trades, 0);
        QCOMPARE(agg.candles(T0, T0 + Minute).size(), 2);
        agg.advanceTo(T0 + 5 * Minute + 1);
        QCOMPARE(agg.last().ts, T0 + 5 * Minute);
        QVERIFY(!agg.last().closed);
        QVERIFY(agg.at(agg.size() - 2).closed);
    }

    void aggregatorStaysBounded()
    {
        CandleAggregator agg(1000, 100);
        for (int i = 0; i < 5000; ++i)
            agg.addTrade(trade(T0 + i * 1000, 1 + i % 7));
        QCOMPARE(agg.size(), 100);
        agg.addTrade(trade(T0 + 365LL * 86400000, 3)); // a jump of a year does not loop forever
        QVERIFY(agg.size() <= 100);
        QCOMPARE(agg.last().close, 3.0);
        QVERIFY(!agg.addTrade(trade(T0, 3)));         // far before the window
    }

    void mergeBackfillThenLiveWithOverlap()
    {
        CandleSeriesModel model(nullptr, 1000);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(QStringLiteral("c"), Minute);
        QList<Candle> backfill;
        for (int i = 0; i < 10; ++i)
            backfill.append(bar(i, 100 + i, 5, i < 9));
        model.addBackfill(backfill);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(inserted.count(), 1); // one batch
        // Live bars overlap the backfill's last two bars, then continue.
        model.addLive(bar(8, 108, 5, true));    // identical: nothing changes
        model.addLive(bar(9, 120, 9, false));   // the current bar grew: replaces it
        model.addLive(bar(10, 121, 1, false));
        inserted.clear();
        changed.clear();
        model.flush();
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(timestamps(model), (QList<qint64>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QCOMPARE(model.bars().at(9).close, 120.0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 9);
        QVERIFY(!changed.at(0).at(2).value<QList<int>>().contains(CandleSeriesModel::TimestampRole));
        QCOMPARE(model.gapCount(), 0);
        QCOMPARE(model.lastPrice(), 121.0);
    }

    void liveThenStaleBackfill()
    {
        CandleSeriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(QStringLiteral("c"), Minute);
        model.addLive(bar(5, 50, 20, false));
        model.flush();
        // A slow REST answer with an older picture of bar 5 must not overwrite it.
        model.addBackfill({bar(3, 30), bar(4, 40), bar(5, 45, 10, false)});
        model.flush();
        QCOMPARE(timestamps(model), (QList<qint64>{3, 4, 5}));
        QCOMPARE(model.bars().at(2).close, 50.0);
        // A final bar replaces an open one even with fewer trades; an open one never a final one.
        model.addLive(bar(5, 51, 19, true));
        model.flush();
        QCOMPARE(model.bars().at(2).close, 51.0);
        model.addLive(bar(5, 99, 99, false));
        model.flush();
        QCOMPARE(model.bars().at(2).close, 51.0);
    }

    void gapsAndOutOfOrder()
    {
        CandleSeriesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(QStringLiteral("c"), Minute);
        QSignalSpy gaps(&model, &CandleSeriesModel::gapsChanged);
        model.addBackfill({bar(0, 1), bar(1, 1), bar(2, 1)});
        model.addLive(bar(6, 1, 1, false)); // three bars missing
        model.flush();
        QCOMPARE(model.gapCount(), 1);
        QCOMPARE(model.gaps().at(0).startMs, T0 + 3 * Minute);
        QCOMPARE(model.gaps().at(0).endMs, T0 + 6 * Minute);
        QCOMPARE(model.gaps().at(0).bars, 3);
        QVERIFY(model.data(model.index(3), CandleSeriesModel::GapBeforeRole).toBool());
        QCOMPARE(gaps.count(), 1);
        // Out of order: 5 arrives, then 3 and 4 (in one frame, reversed).
        model.addLive(bar(5, 2));
        model.flush();
        QCOMPARE(model.gaps().at(0).bars, 2);
        model.addLive(bar(4, 2));
        model.addLive(bar(3, 2));
        model.addLive(bar(3, 2)); // duplicate in the same frame
        model.flush();
        QCOMPARE(timestamps(model), (QList<qint64>{0, 1, 2, 3, 4, 5, 6}));
        QCOMPARE(model.gapCount(), 0);
        QVERIFY(!model.data(model.index(3), CandleSeriesModel::GapBeforeRole).toBool());
        QCOMPARE(model.data(model.index(6), CandleSeriesModel::TimestampRole).toLongLong(), T0 + 6 * Minute);
    }

    void seriesCapAndReset()
    {
        CandleSeriesModel model(nullptr, 50);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.reset(QStringLiteral("c"), Minute);
        for (int i = 0; i < 200; ++i) {
            model.addLive(bar(i, 10 + i % 3));
            if (i % 17 == 0)
                model.flush();
        }
        model.flush();
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.bars().front().ts, T0 + 150 * Minute);
        model.addBar(double(T0 + 200 * Minute), 1, 2, 0.5, 1.5, 3);
        model.addBar(double(T0 + 201 * Minute), 1, 0.5, 2, 1.5, 3); // high < low: refused
        model.flush();
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.bars().back().ts, T0 + 200 * Minute);
        model.reset(QStringLiteral("d"), 5 * Minute);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.intervalMs(), 5 * Minute);
    }

    void mergeFromFrameTimer()
    {
        CandleSeriesModel model;
        model.reset(QStringLiteral("c"), Minute);
        QSignalSpy updated(&model, &CandleSeriesModel::updated);
        for (int i = 0; i < 500; ++i)
            model.addLive(bar(i % 5, 10 + i, i, false));
        QVERIFY(updated.wait(1000));
        QCOMPARE(updated.count(), 1); // one update for the whole burst
        QCOMPARE(model.rowCount(), 5);
    }

    void tapeIsCappedAndBatched()
    {
        TradeTapeModel tape(nullptr, 100);
        QAbstractItemModelTester tester(&tape, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&tape, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 30; ++i)
            tape.add(trade(T0 + i, 1 + i, 2), QStringLiteral("USDC"));
        tape.flush();
        QCOMPARE(tape.rowCount(), 30);
        QCOMPARE(inserted.count(), 1);
        auto idOf = [](qint64 i) { return QStringLiteral("sig%1:0").arg(T0 + i); };
        QCOMPARE(tape.data(tape.index(0), TradeTapeModel::TradeIdRole).toString(), idOf(29)); // newest first
        QCOMPARE(tape.data(tape.index(0), TradeTapeModel::SideRole).toString(), QStringLiteral("buy"));
        QCOMPARE(tape.data(tape.index(0), TradeTapeModel::ValueRole).toDouble(), 60.0);
        QCOMPARE(tape.data(tape.index(0), TradeTapeModel::SymbolRole).toString(), QStringLiteral("USDC"));
        for (int i = 30; i < 10030; ++i)
            tape.add(trade(T0 + i, 1, 1), QStringLiteral("USDC"));
        tape.flush();
        QCOMPARE(tape.rowCount(), 100);
        QCOMPARE(tape.received(), 10030);
        QCOMPARE(tape.data(tape.index(0), TradeTapeModel::TradeIdRole).toString(), idOf(10029));
        QCOMPARE(tape.data(tape.index(99), TradeTapeModel::TradeIdRole).toString(), idOf(9930));
        tape.clear();
        QCOMPARE(tape.rowCount(), 0);
    }

    void tapePausesAndCatchesUp()
    {
        TradeTapeModel tape(nullptr, 100);
        QAbstractItemModelTester tester(&tape, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto idOf = [](qint64 i) { return QStringLiteral("sig%1:0").arg(T0 + i); };
        for (int i = 0; i < 10; ++i)
            tape.add(trade(T0 + i, 1), QStringLiteral("SOL"));
        tape.flush();
        QCOMPARE(tape.rowCount(), 10);

        QSignalSpy paused(&tape, &TradeTapeModel::pausedChanged);
        QSignalSpy pending(&tape, &TradeTapeModel::pendingCountChanged);
        QSignalSpy inserted(&tape, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&tape, &QAbstractItemModel::rowsRemoved);
        tape.setPaused(true);
        QVERIFY(tape.isPaused());
        QCOMPARE(paused.count(), 1);
        for (int i = 10; i < 160; ++i)
            tape.add(trade(T0 + i, 2), QStringLiteral("SOL"));
        QCOMPARE(pending.count(), 0); // published once per frame, not per trade
        tape.flush();
        // Frozen: the same rows, the newest still the one before the pause; the rest counted.
        QCOMPARE(tape.rowCount(), 10);
        QCOMPARE(tape.data(tape.index(0), TradeTapeModel::TradeIdRole).toString(), idOf(9));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(tape.pendingCount(), 150);
        QCOMPARE(pending.count(), 1);
        QCOMPARE(tape.received(), 160);
        // The frame timer keeps the count current while paused.
        tape.add(trade(T0 + 160, 2), QStringLiteral("SOL"));
        QTRY_COMPARE(tape.pendingCount(), 151);
        QCOMPARE(tape.rowCount(), 10);

        // Resumed: one batch, as if it had never stopped (the newest `cap` trades).
        tape.setPaused(false);
        QVERIFY(!tape.isPaused());
        QCOMPARE(tape.pendingCount(), 0);
        QCOMPARE(tape.rowCount(), 100);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(tape.data(tape.index(0), TradeTapeModel::TradeIdRole).toString(), idOf(160));
        QCOMPARE(tape.data(tape.index(99), TradeTapeModel::TradeIdRole).toString(), idOf(61));
        tape.add(trade(T0 + 161, 3), QStringLiteral("SOL"));
        tape.flush();
        QCOMPARE(tape.data(tape.index(0), TradeTapeModel::TradeIdRole).toString(), idOf(161));
        QCOMPARE(tape.pendingCount(), 0);
        // Paused again and cleared (another token): nothing waits any more.
        tape.setPaused(true);
        tape.add(trade(T0 + 162, 3), QStringLiteral("SOL"));
        tape.flush();
        QCOMPARE(tape.pendingCount(), 1);
        tape.clear();
        QCOMPARE(tape.pendingCount(), 0);
        QVERIFY(tape.isPaused());
    }

    void subscriptionModelSync()
    {
        SubscriptionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SubscriptionModel::Entry a;
        a.channel = QStringLiteral("a");
        a.kind = QStringLiteral("trades");
        a.state = QStringLiteral("pending");
        SubscriptionModel::Entry b = a;
        b.channel = QStringLiteral("b");
        model.sync({a, b}, 1000);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(0), SubscriptionModel::LastMessageAgeRole).toLongLong(), -1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        a.state = QStringLiteral("subscribed");
        a.messages = 50;
        a.lastMessageMs = 1900;
        a.drops = 3;
        a.notUnderstood = 2;
        a.sample = QStringLiteral("{\"seq\":1}");
        model.sync({a, b}, 2000);
        QCOMPARE(changed.count(), 1);
        const QList<int> roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(SubscriptionModel::StateRole));
        QVERIFY(roles.contains(SubscriptionModel::RateRole));
        QVERIFY(roles.contains(SubscriptionModel::DropsRole));
        QVERIFY(roles.contains(SubscriptionModel::NotUnderstoodRole));
        QVERIFY(roles.contains(SubscriptionModel::SampleRole));
        QVERIFY(!roles.contains(SubscriptionModel::ProblemRole));
        QCOMPARE(model.data(model.index(0), SubscriptionModel::NotUnderstoodRole).toLongLong(), 2);
        QVERIFY(!roles.contains(SubscriptionModel::ChannelRole));
        QCOMPARE(model.data(model.index(0), SubscriptionModel::RateRole).toDouble(), 50.0);
        QCOMPARE(model.data(model.index(0), SubscriptionModel::LastMessageAgeRole).toLongLong(), 100);
        // Remove a, add c: rows follow identity.
        SubscriptionModel::Entry c = b;
        c.channel = QStringLiteral("c");
        model.sync({b, c}, 3000);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.channelAt(0), QStringLiteral("b"));
        QCOMPARE(model.rowOf(QStringLiteral("c")), 1);
        QCOMPARE(model.rowOf(QStringLiteral("a")), -1);
        model.sync({}, 4000);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConyrCandles)
#include "tst_conyr_candles.moc"
