// The dashboard's layout (add, remove, move, persist, defaults) and its feed (prices,
// candles in place, blocks and rate, tweets per minute, balance forecast, caps).

#include "alerts/dashboard/dashboardfeed.h"
#include "alerts/dashboard/dashboardlayout.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestAlertDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_alertdashboard"));
        QSettings().clear();
    }

    void layoutPersistsAndArranges()
    {
        const QString key = QStringLiteral("test/tiles");
        QStringList order;
        {
            DashboardLayout layout(key, nullptr);
            QAbstractItemModelTester tester(&layout);
            QCOMPARE(layout.rowCount(), 7); // first run: the default dashboard
            const QString id = layout.addTile(QStringLiteral("price"), QStringLiteral("BTC"));
            QVERIFY(!id.isEmpty());
            QCOMPARE(layout.rowCount(), 8);
            layout.moveTile(id, 0);
            QCOMPARE(layout.index(0).data(DashboardLayout::TileIdRole).toString(), id);
            layout.moveTile(id, 3);
            QCOMPARE(layout.index(3).data(DashboardLayout::TileIdRole).toString(), id);
            layout.setWide(id, true);
            layout.setSubject(id, QStringLiteral("ETH"));
            const QString removed = layout.index(0).data(DashboardLayout::TileIdRole).toString();
            layout.removeTile(removed);
            QCOMPARE(layout.rowCount(), 7);
            QVERIFY(layout.addTile(QStringLiteral("nonsense")).isEmpty());
            for (int r = 0; r < layout.rowCount(); ++r)
                order << layout.index(r).data(DashboardLayout::TileIdRole).toString();
        }
        DashboardLayout again(key, nullptr);
        QStringList loaded;
        for (int r = 0; r < again.rowCount(); ++r)
            loaded << again.index(r).data(DashboardLayout::TileIdRole).toString();
        QCOMPARE(loaded, order);
        const QModelIndex moved = again.index(order.indexOf(order.at(2)));
        QCOMPARE(moved.data(DashboardLayout::SubjectRole).toString(), QStringLiteral("ETH"));
        QVERIFY(moved.data(DashboardLayout::WideRole).toBool());
        again.resetToDefault();
        QCOMPARE(again.rowCount(), 7);
    }

    void aDamagedLayoutSaysWhatItCouldNotRead()
    {
        const QString key = QStringLiteral("test/damaged");
        // Not JSON at all: the default dashboard, and the page says why (it was empty).
        QSettings().setValue(key, QStringLiteral("[{\"id\":\"1\",\"type\":"));
        {
            DashboardLayout layout(key, nullptr);
            QCOMPARE(layout.rowCount(), 7);
            QVERIFY2(layout.loadProblem().contains(QStringLiteral("default")), qPrintable(layout.loadProblem()));
        }
        // Two tiles with one id, an unknown type: the readable tiles stay, the rest is named.
        QSettings().setValue(key, QStringLiteral(R"([{"id":"a","type":"price"},{"id":"a","type":"blocks"},{"id":"b","type":"chart"},{"id":"c","type":"tweets"}])"));
        {
            DashboardLayout layout(key, nullptr);
            QCOMPARE(layout.rowCount(), 2);
            QCOMPARE(layout.index(1).data(DashboardLayout::TileIdRole).toString(), QStringLiteral("c"));
            QVERIFY2(layout.loadProblem().contains(QStringLiteral("2 tile")), qPrintable(layout.loadProblem()));
            // No more tiles than a layout keeps: one beyond would be lost at the next start.
            while (layout.rowCount() < DashboardTiles::MaxTiles)
                QVERIFY(!layout.addTile(QStringLiteral("price")).isEmpty());
            QVERIFY(layout.addTile(QStringLiteral("price")).isEmpty());
        }
        DashboardLayout reread(key, nullptr);
        QCOMPARE(reread.rowCount(), DashboardTiles::MaxTiles);
        QVERIFY(reread.loadProblem().isEmpty());
    }

    void feed()
    {
        qint64 now = 1'700'000'000'000;
        DashboardFeed feed(nullptr);
        feed.setClock([&now] { return now; });
        QSignalSpy revisions(&feed, &DashboardFeed::revisionChanged);
        QVERIFY(feed.price(QString()).isEmpty());
        auto observe = [&feed](const QString &kind, const QString &subject, qint64 ts, QHash<QString, double> metrics) {
            Observation o;
            o.provider = QStringLiteral("p");
            o.kind = kind;
            o.subject = subject;
            o.timestampMs = ts;
            o.metrics = std::move(metrics);
            feed.observe(o);
        };
        for (int i = 0; i < 200; ++i)
            observe(QStringLiteral("price"), QStringLiteral("BTC"), now + i * 1000, {{QStringLiteral("price"), 100.0 + i}});
        const QVariantMap price = feed.price(QString());
        QCOMPARE(price.value(QStringLiteral("subject")).toString(), QStringLiteral("BTC"));
        QCOMPARE(price.value(QStringLiteral("price")).toDouble(), 299.0);
        QCOMPARE(price.value(QStringLiteral("history")).toList().size(), 120); // capped
        QVERIFY(revisions.wait(2000)); // coalesced notification

        observe(QStringLiteral("candle"), QStringLiteral("SOL/1m"), 60000, {{QStringLiteral("close"), 1}, {QStringLiteral("high"), 2}});
        observe(QStringLiteral("candle"), QStringLiteral("SOL/1m"), 60000, {{QStringLiteral("close"), 1.5}, {QStringLiteral("high"), 2}});
        observe(QStringLiteral("candle"), QStringLiteral("SOL/1m"), 120000, {{QStringLiteral("close"), 3}});
        const QVariantList candles = feed.candles(QStringLiteral("SOL/1m")).value(QStringLiteral("candles")).toList();
        QCOMPARE(candles.size(), 2); // the open bar updated in place
        QCOMPARE(candles.constFirst().toMap().value(QStringLiteral("c")).toDouble(), 1.5);

        observe(QStringLiteral("block"), QStringLiteral("eth"), now, {{QStringLiteral("block"), 100.0}});
        // One block tells no rate (it read "0.0 blocks/min").
        QCOMPARE(feed.blocks(QString(), 3).value(QStringLiteral("perMinute")).toDouble(), -1.0);
        for (int i = 1; i < 5; ++i)
            observe(QStringLiteral("block"), QStringLiteral("eth"), now + i * 12000, {{QStringLiteral("block"), 100.0 + i}});
        const QVariantMap blocks = feed.blocks(QString(), 3);
        QCOMPARE(blocks.value(QStringLiteral("blocks")).toList().size(), 3);
        QCOMPARE(blocks.value(QStringLiteral("perMinute")).toDouble(), 5.0);
        QCOMPARE(blocks.value(QStringLiteral("blocks")).toList().constFirst().toMap().value(QStringLiteral("number")).toDouble(), 104.0);

        for (int i = 0; i < 10; ++i) {
            Observation t;
            t.provider = QStringLiteral("tweets");
            t.kind = QStringLiteral("tweet");
            now += 30000;
            feed.observe(t);
        }
        QVariantMap tweets = feed.tweets();
        QCOMPARE(tweets.value(QStringLiteral("perMinute")).toInt(), 2);
        QCOMPARE(tweets.value(QStringLiteral("total")).toInt(), 10);
        QCOMPARE(tweets.value(QStringLiteral("buckets")).toList().size(), 30);

        observe(QStringLiteral("billing"), QStringLiteral("acct"), 1000, {{QStringLiteral("balance"), 10}});
        observe(QStringLiteral("billing"), QStringLiteral("acct"), 3601000, {{QStringLiteral("balance"), 8}});
        QVariantMap balance = feed.balance(QString());
        QCOMPARE(balance.value(QStringLiteral("burnPerHour")).toDouble(), 2.0);
        QCOMPARE(balance.value(QStringLiteral("hoursLeft")).toDouble(), 4.0);
        observe(QStringLiteral("billing"), QStringLiteral("acct"), 7201000, {{QStringLiteral("balance"), 50}}); // top-up
        balance = feed.balance(QString());
        // the burn rate stands after a top-up (the one BalanceForecast, as the ledger computes it)
        QCOMPARE(balance.value(QStringLiteral("burnPerHour")).toDouble(), 2.0);
        QCOMPARE(balance.value(QStringLiteral("hoursLeft")).toDouble(), 25.0);
        QCOMPARE(balance.value(QStringLiteral("balanceText")).toString(), QStringLiteral("50.00"));
        QCOMPARE(feed.subjects(QStringLiteral("price")), QStringList({QStringLiteral("BTC"), QStringLiteral("SOL/1m")}));
        QVERIFY(feed.hasProvider(QStringLiteral("tweets")));
    }

    void followChoicesNameTokens()
    {
        // A token by its symbol and the start of its mint; a shortened mint (no known symbol)
        // alone; a subject without another name as it is.
        const QString sol = QStringLiteral("So11111111111111111111111111111111111111112");
        QCOMPARE(DashboardFeed::choiceText(sol, QStringLiteral("SOL")), QStringLiteral("SOL — So111…"));
        QCOMPARE(DashboardFeed::choiceText(sol + QStringLiteral("/1m"), QStringLiteral("SOL/1m")), QStringLiteral("SOL/1m — So111…"));
        const QString usdc = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
        QCOMPARE(DashboardFeed::choiceText(usdc, QStringLiteral("EPjF…Dt1v")), QStringLiteral("EPjF…Dt1v"));
        QCOMPARE(DashboardFeed::choiceText(QStringLiteral("BTC"), QString()), QStringLiteral("BTC"));
        QCOMPARE(DashboardFeed::choiceText(QStringLiteral("BTC"), QStringLiteral("BTC")), QStringLiteral("BTC"));

        DashboardFeed feed(nullptr);
        qint64 now = 1000;
        feed.setClock([&now] { return now; });
        for (const auto &[subject, label] : {std::pair{sol, QStringLiteral("SOL")}, std::pair{QStringLiteral("BTC"), QString()},
                                            std::pair{usdc, QStringLiteral("EPjF…Dt1v")}}) {
            Observation o;
            o.provider = QStringLiteral("conyr");
            o.kind = QStringLiteral("trade");
            o.subject = subject;
            o.label = label;
            o.timestampMs = now;
            o.metrics.insert(QStringLiteral("price"), 1.5);
            feed.observe(o);
        }
        const QVariantList choices = feed.subjectChoices(QStringLiteral("price"));
        QStringList texts, subjects;
        for (const QVariant &c : choices) {
            texts << c.toMap().value(QStringLiteral("text")).toString();
            subjects << c.toMap().value(QStringLiteral("subject")).toString();
        }
        QCOMPARE(texts, QStringList({QStringLiteral("BTC"), QStringLiteral("EPjF…Dt1v"), QStringLiteral("SOL — So111…")}));
        QCOMPARE(subjects, QStringList({QStringLiteral("BTC"), usdc, sol}));
    }
};

QTEST_GUILESS_MAIN(TestAlertDashboard)
#include "tst_alertdashboard.moc"
