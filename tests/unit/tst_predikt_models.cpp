// The Predikt models: the price board (changes, 1 h window, sparkline, stale, coalesced
// updates), the billing ledger (balance, burn rate, forecast, persisted threshold) and the
// pure forecast math. Every model runs under QAbstractItemModelTester.

#include "models/predikt/balanceforecast.h"
#include "models/predikt/billingledgermodel.h"
#include "models/predikt/priceboardmodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {
constexpr qint64 T0 = 1768651200000LL; // 2026-01-17T12:00:00Z

Predikt::PriceTick tick(const QString &symbol, double price, qint64 t)
{
    return {symbol, price, QStringLiteral("vwap"), t};
}

ExactDecimal usd(const char *text)
{
    return ExactDecimal::parse(QString::fromLatin1(text)).value_or(ExactDecimal());
}

Predikt::BillingNotice charge(const char *amount, const char *remaining, qint64 t)
{
    return {QStringLiteral("Hourly subscription fee charged"), usd(amount), usd(remaining), t};
}
} // namespace

class TestPrediktModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_predikt_models"));
        QSettings().clear();
    }

    void boardRowsAndChanges()
    {
        PriceBoardModel board;
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&board, &QAbstractItemModel::rowsInserted);
        board.addSymbols({QStringLiteral("sol"), QStringLiteral("BTC"), QStringLiteral("SOL")});
        QCOMPARE(inserted.size(), 1); // one insert for the batch
        QCOMPARE(board.rowCount(), 2);
        QCOMPARE(board.symbols(), (QStringList{"SOL", "BTC"}));
        const QModelIndex sol = board.index(board.rowOf(QStringLiteral("SOL")));
        QCOMPARE(sol.data(PriceBoardModel::HasPriceRole).toBool(), false);
        QCOMPARE(sol.data(PriceBoardModel::AgeMsRole).toLongLong(), -1);

        board.applyTick(tick("SOL", 100.0, T0));
        board.applyTick(tick("SOL", 110.0, T0 + 5000));
        board.applyTick(tick("NOTONBOARD", 1.0, T0)); // ignored
        board.flush();
        QCOMPARE(board.rowCount(), 2);
        QCOMPARE(sol.data(PriceBoardModel::PriceRole).toDouble(), 110.0);
        QCOMPARE(sol.data(PriceBoardModel::ChangeSinceSubscribeRole).toDouble(), 10.0);
        QCOMPARE(sol.data(PriceBoardModel::SourceRole).toString(), QStringLiteral("vwap"));
        QCOMPARE(sol.data(PriceBoardModel::LastUpdateRole).toLongLong(), T0 + 5000);
        QCOMPARE(sol.data(PriceBoardModel::UpdatesRole).toInt(), 2);
        QCOMPARE(sol.data(PriceBoardModel::SparklineRole).value<QList<qreal>>(), (QList<qreal>{100.0, 110.0}));
        QCOMPARE(board.totalUpdates(), 2);
    }

    void hourWindow()
    {
        PriceBoardModel board;
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.addSymbols({QStringLiteral("ETH")});
        board.applyTick(tick("ETH", 200.0, T0));
        board.applyTick(tick("ETH", 300.0, T0 + 30 * 60000));
        board.flush();
        const QModelIndex eth = board.index(0);
        // half an hour seen: change over what was seen, and how much that was
        QCOMPARE(eth.data(PriceBoardModel::ChangeHourRole).toDouble(), 50.0);
        QCOMPARE(eth.data(PriceBoardModel::HourCoverageMinutesRole).toInt(), 30);
        board.applyTick(tick("ETH", 330.0, T0 + 61 * 60000));
        board.applyTick(tick("ETH", 360.0, T0 + 91 * 60000));
        board.flush();
        // an hour before T0+91min is T0+31min: the reference is the 300 at T0+30min
        QCOMPARE(eth.data(PriceBoardModel::ChangeHourRole).toDouble(), 20.0);
        QCOMPARE(eth.data(PriceBoardModel::HourCoverageMinutesRole).toInt(), 61);
        // since subscribe still counts from the first price
        QCOMPARE(eth.data(PriceBoardModel::ChangeSinceSubscribeRole).toDouble(), 80.0);
    }

    void sparklineIsCapped()
    {
        PriceBoardModel board;
        board.addSymbols({QStringLiteral("JUP")});
        for (int i = 0; i < 200; ++i)
            board.applyTick(tick("JUP", 1.0 + i, T0 + i * 5000));
        board.flush();
        const auto spark = board.index(0).data(PriceBoardModel::SparklineRole).value<QList<qreal>>();
        QCOMPARE(spark.size(), PriceBoardModel::SparklinePoints);
        QCOMPARE(spark.constLast(), 200.0);
        QCOMPARE(spark.constFirst(), 141.0);
    }

    void coalescedDataChangedWithExactRoles()
    {
        PriceBoardModel board;
        board.addSymbols({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
        QSignalSpy changed(&board, &QAbstractItemModel::dataChanged);
        for (int i = 0; i < 1000; ++i) {
            board.applyTick(tick("A", 1.0 + i, T0 + i));
            board.applyTick(tick("C", 2.0 + i, T0 + i));
        }
        QCOMPARE(changed.size(), 0); // nothing until the coalescing timer
        QVERIFY(changed.wait(1000));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        const auto roles = changed.at(0).at(2).value<QList<int>>();
        QVERIFY(roles.contains(PriceBoardModel::PriceRole));
        QVERIFY(roles.contains(PriceBoardModel::SparklineRole));
        QVERIFY(!roles.contains(PriceBoardModel::SymbolRole));
        QVERIFY(!roles.contains(PriceBoardModel::LiveRole));
    }

    void staleAfterTwoIntervals()
    {
        PriceBoardModel board;
        qint64 now = 0;
        board.setClock([&now] { return now; });
        board.setUpdateIntervalMs(5000);
        board.addSymbols({QStringLiteral("SOL")});
        board.applyTick(tick("SOL", 1.0, T0));
        board.flush();
        const QModelIndex sol = board.index(0);
        now = 9000;
        QCOMPARE(sol.data(PriceBoardModel::StaleRole).toBool(), false);
        QCOMPARE(sol.data(PriceBoardModel::AgeMsRole).toLongLong(), 9000);
        now = 10001;
        QCOMPARE(sol.data(PriceBoardModel::StaleRole).toBool(), true);
        QSignalSpy changed(&board, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(2000)); // the age timer announces the flip
        QVERIFY(changed.at(0).at(2).value<QList<int>>().contains(PriceBoardModel::StaleRole));
        board.applyTick(tick("SOL", 1.1, T0 + 10000));
        QCOMPARE(sol.data(PriceBoardModel::StaleRole).toBool(), false);
    }

    void setSymbolsKeepsHistoryAndLive()
    {
        PriceBoardModel board;
        QAbstractItemModelTester tester(&board, QAbstractItemModelTester::FailureReportingMode::QtTest);
        board.addSymbols({QStringLiteral("SOL"), QStringLiteral("BTC"), QStringLiteral("ETH")});
        board.applyTick(tick("ETH", 3000, T0));
        board.applyTick(tick("BTC", 90000, T0));
        board.setSymbols({QStringLiteral("ETH"), QStringLiteral("WIF")});
        QCOMPARE(board.symbols(), (QStringList{"ETH", "WIF"}));
        QCOMPARE(board.index(board.rowOf("ETH")).data(PriceBoardModel::PriceRole).toDouble(), 3000.0);
        board.applyTick(tick("ETH", 3300, T0 + 5000));
        board.flush();
        QCOMPARE(board.index(board.rowOf("ETH")).data(PriceBoardModel::ChangeSinceSubscribeRole).toDouble(), 10.0);
        board.setLive({QStringLiteral("ETH")});
        QCOMPARE(board.liveCount(), 1);
        QCOMPARE(board.index(board.rowOf("WIF")).data(PriceBoardModel::LiveRole).toBool(), false);
        board.removeSymbols({QStringLiteral("ETH"), QStringLiteral("nothere")});
        QCOMPARE(board.symbols(), QStringList{"WIF"});
        QCOMPARE(board.rowOf(QStringLiteral("WIF")), 0);
    }

    void forecastMath()
    {
        using namespace BalanceForecast;
        QCOMPARE(burnPerHour({}), usd("0"));
        // one charge: one hour's fee
        QCOMPARE(burnPerHour({{T0, usd("0.10")}}), usd("0.10"));
        // two connections charged together
        QCOMPARE(burnPerHour({{T0, usd("0.10")}, {T0, usd("0.10")}}), usd("0.20"));
        // hourly over three hours
        QCOMPARE(burnPerHour({{T0, usd("0.10")}, {T0 + 3600000, usd("0.10")}, {T0 + 7200000, usd("0.10")}}), usd("0.10"));
        // older than the window is ignored
        QCOMPARE(burnPerHour({{T0 - 48 * 3600000LL, usd("5.0")}, {T0, usd("0.10")}, {T0 + 3600000, usd("0.10")}}), usd("0.10"));
        // an uneven rate is rounded to 6 decimals for display only
        QCOMPARE(burnPerHour({{T0, usd("0.10")}, {T0 + 3 * 3600000LL, usd("0.10")}}).toString(), QStringLiteral("0.033333"));
        const Result r = forecast({{T0, usd("0.10")}, {T0 + 3600000, usd("0.10")}}, usd("45.90"), T0 + 3600000);
        QCOMPARE(r.burnPerHourUsd, usd("0.10"));
        QCOMPARE(r.hoursLeft, 459);
        QCOMPARE(r.runOutAtMs, T0 + 3600000 + 459 * 3600000LL);
        const Result none = forecast({}, usd("10"), T0);
        QCOMPARE(none.hoursLeft, -1);
        QCOMPARE(none.runOutAtMs, -1);
        QCOMPARE(forecast({{T0, usd("0.10")}}, usd("0.05"), T0).hoursLeft, 0);
        // exact where a double is not: 0.3 / 0.1 is 2.9999999999999996 in binary
        QCOMPARE(forecast({{T0, usd("0.10")}}, usd("0.30"), T0).hoursLeft, 3);
        QCOMPARE(forecast({{T0, usd("0.10")}, {T0 + 3 * 3600000LL, usd("0.30")}}, usd("0.30"), T0).hoursLeft, 3);
    }

    void historyFromReadings()
    {
        // balance readings without the charges: a drop is a charge, a rise a top-up
        BalanceForecast::History h;
        h.addBalance(T0, usd("10"));
        QCOMPARE(h.result().hoursLeft, -1);
        h.addBalance(T0 + 3600000, usd("8"));
        QCOMPARE(h.result().burnPerHourUsd, usd("2"));
        QCOMPARE(h.result().hoursLeft, 4);
        h.addBalance(T0 + 7200000, usd("50")); // top-up: the burn stands
        QCOMPARE(h.result().burnPerHourUsd, usd("2"));
        QCOMPARE(h.result().hoursLeft, 25);
        // charges older than a day leave the window
        BalanceForecast::History old;
        old.addCharge(T0, usd("5"), usd("100"));
        old.addCharge(T0 + 25 * 3600000LL, usd("0.10"), usd("99.90"));
        QCOMPARE(old.charges().size(), 1);
        QCOMPARE(old.result().hoursLeft, 999);
    }

    void ledger()
    {
        BillingLedgerModel ledger(QStringLiteral("predikt/test/warningThresholdUsd"));
        QAbstractItemModelTester tester(&ledger, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ledger.hasBalance(), false);
        QCOMPARE(ledger.warningThresholdUsd(), BillingLedgerModel::DefaultThresholdUsd);
        QSignalSpy crossed(&ledger, &BillingLedgerModel::thresholdCrossed);
        ledger.addCharge(charge("0.10", "5.20", T0));
        ledger.addCharges({charge("0.10", "5.10", T0 + 3600000), charge("0.1", "4.9", T0 + 7200000)});
        QCOMPARE(ledger.rowCount(), 3);
        QCOMPARE(ledger.index(0).data(BillingLedgerModel::RemainingRole).toDouble(), 4.90); // newest first
        QCOMPARE(ledger.index(0).data(BillingLedgerModel::RemainingTextRole).toString(), QStringLiteral("4.90")); // cents
        QCOMPARE(ledger.index(0).data(BillingLedgerModel::ExactRemainingRole).toString(), QStringLiteral("4.9")); // as sent
        QCOMPARE(ledger.index(1).data(BillingLedgerModel::AmountTextRole).toString(), QStringLiteral("0.10"));
        QCOMPARE(ledger.index(2).data(BillingLedgerModel::TimestampRole).toLongLong(), T0);
        QCOMPARE(ledger.balanceUsd(), 4.90);
        QCOMPARE(ledger.balanceText(), QStringLiteral("4.90"));
        QCOMPARE(ledger.totalCharged(), usd("0.30")); // exact, no epsilon
        QCOMPARE(ledger.totalChargedText(), QStringLiteral("0.30"));
        QCOMPARE(ledger.burnPerHourUsd(), 0.10);
        QCOMPARE(ledger.burnPerHourText(), QStringLiteral("0.10"));
        QCOMPARE(ledger.hoursLeft(), 49.0);
        QVERIFY(ledger.belowThreshold());
        QCOMPARE(crossed.size(), 1);

        ledger.setWarningThresholdUsd(2.0);
        QVERIFY(!ledger.belowThreshold());
        QCOMPARE(QSettings().value(QStringLiteral("predikt/test/warningThresholdUsd")).toDouble(), 2.0);
        ledger.setWarningThresholdUsd(-1); // refused
        QCOMPARE(ledger.warningThresholdUsd(), 2.0);
        BillingLedgerModel again(QStringLiteral("predikt/test/warningThresholdUsd"));
        QCOMPARE(again.warningThresholdUsd(), 2.0); // persisted

        QSignalSpy reason(&ledger, &BillingLedgerModel::disconnectReasonChanged);
        ledger.setDisconnect({QStringLiteral("Insufficient balance"), QStringLiteral("INSUFFICIENT_BALANCE"), T0});
        QCOMPARE(ledger.disconnectReason(), QStringLiteral("Insufficient balance"));
        ledger.clearDisconnect();
        QVERIFY(ledger.disconnectReason().isEmpty());
        QCOMPARE(reason.size(), 2);
    }

    void ledgerIsCapped()
    {
        BillingLedgerModel ledger{QString()};
        QAbstractItemModelTester tester(&ledger, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Predikt::BillingNotice> many;
        for (int i = 0; i < BillingLedgerModel::Cap + 50; ++i)
            many << Predikt::BillingNotice{QString(), usd("0.10"), usd("1000") - ExactDecimal::fromUnits(i * 10, 2),
                                           T0 + i * 3600000LL};
        ledger.addCharges(many.mid(0, 600));
        ledger.addCharges(many.mid(600));
        QCOMPARE(ledger.rowCount(), BillingLedgerModel::Cap);
        QCOMPARE(ledger.index(0).data(BillingLedgerModel::TimestampRole).toLongLong(), many.constLast().timestampMs);
    }
};

QTEST_MAIN(TestPrediktModels)
#include "tst_predikt_models.moc"
