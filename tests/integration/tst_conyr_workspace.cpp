// ConyrWorkspace in demo mode against the in-process simulator: the demo profile's default
// channels, the chart from REST backfill + live candles, candles built locally from trades,
// the tape, the tier cap, mutes and persistence of the channel set.

#include "app/appcontroller.h"
#include "app/conyr/conyrworkspace.h"
#include "core/profilestore.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "sim/simserver.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Conyr;

namespace {
const QString Sol = QStringLiteral("So11111111111111111111111111111111111111112");
const QString Wif = QStringLiteral("EKpQGSJtjMFqKZ9KQanSqYXRcF8fBopzLHYxdM65zcjm");
const QString Bonk = QStringLiteral("DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263");
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

    void dashboardTileGetsBackfilledBars()
    {
        QTRY_VERIFY_WITH_TIMEOUT(ws->connection() && ws->connection()->state() == Connection::State::Open, 10000);
        // Subjects that are not "mint/interval" have no series.
        QCOMPARE(ws->tileSeries(QStringLiteral("ETH-USD")), nullptr);
        QCOMPARE(ws->tileSeries(Bonk + QStringLiteral("/7x")), nullptr);
        QCOMPARE(ws->tileSeries(QStringLiteral("/5m")), nullptr);
        CandleSeriesModel *tile = ws->tileSeries(Bonk + QStringLiteral("/5m"));
        QVERIFY(tile);
        QCOMPARE(ws->tileSeries(Bonk + QStringLiteral("/5m")), tile); // one per subject
        QAbstractItemModelTester tester(tile, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tile->intervalMs(), 5 * 60000);
        // History from REST at once (not only the bars that arrive live), then live bars.
        QTRY_VERIFY_WITH_TIMEOUT(tile->rowCount() >= 100, 10000);
        QCOMPARE(tile->gapCount(), 0);
        const Candle newest = tile->bars().back();
        QTRY_VERIFY_WITH_TIMEOUT(tile->bars().back().ts > newest.ts || tile->bars().back().trades != newest.trades, 15000);
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

    void filteredChartFromTicksLeavesOutUnfilteredTicks_data()
    {
        QTest::addColumn<QString>("interval");
        // 1m is streamed, but WIF has no ohlcv channel: the bars come from its ticks.
        QTest::newRow("1m, no candle channel") << QStringLiteral("1m");
        // 10s is not streamed at all (a local interval).
        QTest::newRow("10s, local interval") << QStringLiteral("10s");
    }

    void filteredChartFromTicksLeavesOutUnfilteredTicks()
    {
        // A token with a ticks channel but no trades channel and no candle channel: its bars
        // are built from ticks, and the (default) filtered view counts only ticks with
        // f=true, as the server's filtered candles do.
        QFETCH(QString, interval);
        QTRY_VERIFY_WITH_TIMEOUT(ws->connection() && ws->connection()->state() == Connection::State::Open, 10000);
        QVERIFY(ws->subscriptions()->rowOf(ticksChannel(Wif)) >= 0);

        // A second client of the same simulator sees the same ticks, f flag and all.
        ConnectionConfig config;
        config.name = QStringLiteral("tick witness");
        QUrl url = AppController::instance()->simulator()->baseUrl();
        url.setPath(QStringLiteral("/ws"));
        config.url = url;
        config.auth = Auth::Method::Bearer;
        config.key = QString::fromLatin1(Profile::DemoKey);
        auto *connection = new Connection(config);
        ConyrClientOptions options;
        options.backfillBars = 0;
        ConyrClient witness(connection, options);
        connection->setParent(&witness);
        QHash<qint64, QPair<int, int>> perBucket; // bucket start → (all ticks, ticks with f=true)
        QSet<QString> seen;
        qint64 newest = 0;
        const qint64 intervalMs = Conyr::intervalMs(interval);
        connect(&witness, &ConyrClient::tickReceived, this, [&](const QString &, const Tick &tick) {
            if (seen.contains(tick.id))
                return;
            seen.insert(tick.id);
            auto &count = perBucket[tick.ts - tick.ts % intervalMs];
            ++count.first;
            if (tick.organic)
                ++count.second;
            newest = std::max(newest, tick.ts);
        });
        QVERIFY(witness.subscribe({ticksChannel(Wif)}));
        witness.open();
        QTRY_VERIFY_WITH_TIMEOUT(newest > 0, 10000);

        ws->removeChannel(tradesChannel(Wif));
        const qint64 chartFrom = newest; // every tick after this reaches the chart
        ws->selectChart(Wif, interval);
        QCOMPARE(ws->chartSource(), QStringLiteral("ticks"));
        QCOMPARE(ws->candles()->intervalMs(), int(intervalMs));

        // Buckets wholly after chartFrom and closed for both sockets (the witness saw a later
        // tick and the chart has a later bar: under load one socket runs ahead of the other),
        // with an unfiltered tick.
        auto closed = [&](const Candle &bar) {
            const auto &bars = ws->candles()->bars();
            return bar.ts > chartFrom && bar.ts + intervalMs <= newest && !bars.empty() && bars.back().ts > bar.ts;
        };
        auto comparable = [&] {
            int withUnfiltered = 0;
            for (const Candle &bar : ws->candles()->bars()) {
                const auto it = perBucket.constFind(bar.ts);
                if (closed(bar) && it != perBucket.cend() && it->first > it->second)
                    ++withUnfiltered;
            }
            return withUnfiltered;
        };
        QTRY_VERIFY_WITH_TIMEOUT(comparable() >= 2, 60000);
        int checked = 0;
        QStringList wrong;
        for (const Candle &bar : ws->candles()->bars()) {
            const auto it = perBucket.constFind(bar.ts);
            if (!closed(bar) || it == perBucket.cend())
                continue;
            if (bar.trades != it->second)
                wrong << QStringLiteral("bar %1: %2 trades, %3 ticks of which %4 with f=true").arg(bar.ts).arg(bar.trades).arg(it->first).arg(it->second);
            ++checked;
        }
        QVERIFY(checked >= 2);
        ws->addChannelName(tradesChannel(Wif));
        ws->selectChart(Sol, QStringLiteral("1m"));
        QCOMPARE(ws->activeCount(), 7);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1String("; "))));
    }
};

QTEST_MAIN(TestConyrWorkspace)
#include "tst_conyr_workspace.moc"
