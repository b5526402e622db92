// ConyrWorkspace in demo mode against the in-process simulator: the demo profile's default
// channels, the chart from REST backfill + live candles, candles built locally from trades,
// the tape, the tier cap, mutes and persistence of the channel set.

#include "app/appcontroller.h"
#include "app/conyr/conyrworkspace.h"
#include "core/profilestore.h"
#include "providers/conyr/conyrcodec.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Conyr;

namespace {
const QString Sol = QStringLiteral("So11111111111111111111111111111111111111112");
}

class TestConyrWorkspace : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    ConyrWorkspace *ws = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_conyr_workspace"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        AppController::instance()->start(true);
        ws = ConyrWorkspace::instance();
        QCOMPARE(ws->currentProfileId(), QStringLiteral("demo-conyr"));
    }

    void demoDefaultsAndLiveChart()
    {
        QTRY_VERIFY_WITH_TIMEOUT(ws->connection() && ws->connection()->state() == Connection::State::Open, 10000);
        QAbstractItemModelTester tester(ws->subscriptions(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester candleTester(ws->candles(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tapeTester(ws->tape(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(ws->subscriptions()->rowCount(), 7); // ConyrSession::defaultChannels(): trades, candles and one ticks channel
        QCOMPARE(ws->activeCount(), 7);
        QCOMPARE(ws->cap(), 50);
        QCOMPARE(ws->chartMint(), Sol);
        QCOMPARE(ws->chartInterval(), QStringLiteral("1m"));
        QCOMPARE(ws->chartSource(), QStringLiteral("stream"));
        QTRY_VERIFY_WITH_TIMEOUT(ws->live(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ws->candles()->rowCount() >= 100, 10000); // REST backfill
        QCOMPARE(ws->candles()->gapCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(ws->tape()->rowCount() > 0, 10000);
        QCOMPARE(ws->tape()->data(ws->tape()->index(0), TradeTapeModel::SymbolRole).toString(), QStringLiteral("SOL"));
        const int row = ws->subscriptions()->rowOf(tradesChannel(Sol));
        QVERIFY(row >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(ws->subscriptions()->data(ws->subscriptions()->index(row), SubscriptionModel::StateRole).toString(),
                                  QStringLiteral("subscribed"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(ws->subscriptions()->data(ws->subscriptions()->index(row), SubscriptionModel::RateRole).toDouble() > 0, 5000);
    }

    void localIntervalFromTrades()
    {
        ws->selectChart(Sol, QStringLiteral("10s"));
        QCOMPARE(ws->chartSource(), QStringLiteral("trades"));
        QTRY_VERIFY_WITH_TIMEOUT(ws->candles()->rowCount() > 0, 10000);
        const qint64 last = ws->candles()->bars().back().ts;
        // New 10 s bars come from the aggregator (simulated time runs 10× faster).
        QTRY_VERIFY_WITH_TIMEOUT(ws->candles()->bars().back().ts > last, 10000);
        QCOMPARE(ws->candles()->intervalMs(), 10000);
        QCOMPARE(ws->candles()->gapCount(), 0);
        ws->selectChart(Sol, QStringLiteral("1m"));
        QCOMPARE(ws->chartSource(), QStringLiteral("stream"));
    }

    void capMutesAndPersistence()
    {
        QSignalSpy notice(ws, &ConyrWorkspace::notice);
        QVERIFY(!ws->addChannel(Sol, QStringLiteral("ohlcv"), QStringLiteral("filtered"), QStringLiteral("10s")));
        QCOMPARE(notice.count(), 1); // 10 s candles are not streamed
        QStringList added;
        for (int i = 0; ws->activeCount() < 50; ++i) {
            const QString mint = QStringLiteral("Mint%1").arg(i).leftJustified(43, QLatin1Char('x'));
            QVERIFY(ws->addChannel(mint, QStringLiteral("trades"), {}, {}));
            added.append(tradesChannel(mint));
        }
        QCOMPARE(ws->activeCount(), 50);
        QVERIFY(!ws->addChannel(Sol, QStringLiteral("ohlcv"), QStringLiteral("full"), QStringLiteral("5m")));
        QCOMPARE(notice.count(), 2);
        QVERIFY(notice.at(1).at(0).toString().contains(QStringLiteral("50")));
        QCOMPARE(ws->activeCount(), 50);

        ws->setMuted(tradesChannel(Sol), true);
        QSettings settings;
        QVERIFY(settings.value(QStringLiteral("conyr/demo-conyr/muted")).toStringList().contains(tradesChannel(Sol)));
        const QStringList saved = settings.value(QStringLiteral("conyr/demo-conyr/channels")).toStringList();
        QCOMPARE(saved.size(), 50);
        QVERIFY(saved.contains(added.constLast()));
        // A muted channel stays subscribed; the tape no longer gets its trades.
        ws->tape()->flush();
        ws->tape()->clear();
        // Wait until the muted channel has delivered more trades, then none may show.
        SubscriptionModel *subs = ws->subscriptions();
        const QModelIndex solRow = subs->index(subs->rowOf(tradesChannel(Sol)));
        const qint64 before = subs->data(solRow, SubscriptionModel::MessagesRole).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(subs->data(solRow, SubscriptionModel::MessagesRole).toLongLong() >= before + 3, 10000);
        ws->tape()->flush();
        QCOMPARE(ws->tape()->rowCount(), 0);
        ws->setMuted(tradesChannel(Sol), false);
        QTRY_VERIFY_WITH_TIMEOUT(ws->tape()->rowCount() > 0, 10000);

        for (const QString &name : std::as_const(added))
            ws->removeChannel(name);
        QCOMPARE(ws->activeCount(), 7);
        QCOMPARE(QSettings().value(QStringLiteral("conyr/demo-conyr/channels")).toStringList().size(), 7);
    }

    void catalogGatesByTier()
    {
        // The demo profile is Layer 1 (reference/conyr.md §3: wallet channels need Layer 2).
        const QString wallet = QStringLiteral("7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU");
        QCOMPARE(ws->catalog()->tier(), QStringLiteral("layer1"));
        QSignalSpy notice(ws, &ConyrWorkspace::notice);
        QVERIFY(!ws->addCatalogChannel(QStringLiteral("wallet-pnl"), wallet, {}, {}));
        QCOMPARE(notice.takeFirst().at(0).toString(), QStringLiteral("Needs Layer 2; this profile's tier is Layer 1."));
        // Typed by name, the same rule holds.
        QVERIFY(!ws->addChannelName(QStringLiteral("wallet:%1:pnl").arg(wallet)));
        QCOMPARE(notice.takeFirst().at(0).toString(), QStringLiteral("Needs Layer 2; this profile's tier is Layer 1."));
        QCOMPARE(ws->activeCount(), 7);

        // What-if before adding.
        const QVariantMap ticks = ws->previewCatalogChannel(QStringLiteral("ticks"), Sol, {}, {});
        QVERIFY(ticks.value(QStringLiteral("ok")).toBool());
        QCOMPARE(ticks.value(QStringLiteral("name")).toString(), ticksChannel(Sol));
        QCOMPARE(ticks.value(QStringLiteral("quotaText")).toString(), QStringLiteral("8/50 channels on this connection"));
        QCOMPARE(ticks.value(QStringLiteral("costText")).toString(),
                 QStringLiteral("no extra cost: $79/month for the tier, $9.88 per channel"));
        QCOMPARE(ws->previewCatalogChannel(QStringLiteral("trades"), Sol, {}, {}).value(QStringLiteral("error")).toString(),
                 QStringLiteral("Already subscribed on this connection."));
        QVERIFY(!ws->previewCatalogChannel(QStringLiteral("token-security"), Sol, {}, {}).value(QStringLiteral("ok")).toBool());

        QVERIFY(ws->addCatalogChannel(QStringLiteral("ticks"), Sol, {}, {}));
        QCOMPARE(ws->activeCount(), 8);
        ws->removeChannel(ticksChannel(Sol));

        // A channel the catalog lists without a tier goes through and is shown generically.
        const QString bundles = QStringLiteral("wallet:%1:bundles").arg(wallet);
        QVERIFY(ws->addChannelName(bundles));
        const int row = ws->subscriptions()->rowOf(bundles);
        QVERIFY(row >= 0);
        QCOMPARE(ws->subscriptions()->data(ws->subscriptions()->index(row), SubscriptionModel::KindRole).toString(),
                 QStringLiteral("generic"));
        QCOMPARE(ws->channelTitle(bundles), QStringLiteral("7xKX…gAsU · Wallet bundles"));
        QCOMPARE(ws->channelTitle(ohlcvChannel(Sol, QStringLiteral("full"), QStringLiteral("5m"))), QStringLiteral("SOL · candles 5m full"));
        QCOMPARE(ws->channelTier(QStringLiteral("wallet:%1:pnl").arg(wallet)), QStringLiteral("Layer 2"));
        ws->removeChannel(bundles);
        QCOMPARE(ws->activeCount(), 7);
    }
};

QTEST_MAIN(TestConyrWorkspace)
#include "tst_conyr_workspace.moc"
