// QML tests of the Alerts and Dashboard pages against the real singletons, with their
// contents prepared through the C++ instances (rules, alerts, feed data).

#include "qml/quicktestsupport.h"

#include "alerts/alertcenter.h"
#include "alerts/dashboard/dashboardfeed.h"
#include "alerts/dashboard/dashboardlayout.h"
#include "core/connection.h"
#include "core/connectionregistry.h"

#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

// A Solana mint as Conyr names tokens: 44 characters, the longest subject a rule shows.
static const char kLongMint[] = "So11111111111111111111111111111111111111112";

class AlertsQmlSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *) override
    {
        // Called for each test file's engine; the singletons outlive them: fill them once.
        if (!isolateOnce("tst_alerts_qml"))
            return;

        AlertCenter *center = AlertCenter::instance(); // seeds the starter rules
        QVariantMap fields = center->newRule(QStringLiteral("price-above"));
        fields.insert(QStringLiteral("name"), QStringLiteral("BTC above 100"));
        fields.insert(QStringLiteral("level"), 100);
        fields.insert(QStringLiteral("cooldownSec"), 0);
        fields.insert(QStringLiteral("hysteresisPct"), 0);
        center->saveRule(fields);

        // A rule on a Conyr mint: its state line is long (the mint is its subject).
        fields = center->newRule(QStringLiteral("price-above"));
        fields.insert(QStringLiteral("name"), QStringLiteral("Wrapped SOL above 1000"));
        fields.insert(QStringLiteral("subject"), QString::fromLatin1(kLongMint));
        fields.insert(QStringLiteral("level"), 1000);
        center->saveRule(fields);

        DashboardFeed *feed = DashboardFeed::instance();
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
        Observation mintPrice;
        mintPrice.provider = QStringLiteral("predikt");
        mintPrice.kind = QStringLiteral("price");
        mintPrice.subject = QString::fromLatin1(kLongMint);
        mintPrice.timestampMs = t0 - 1000;
        mintPrice.metrics.insert(QStringLiteral("price"), 151.25);
        center->observe(mintPrice); // before the BTC prices: the BTC rule's last value stays 106
        for (int i = 0; i < 12; ++i) {
            Observation price;
            price.provider = QStringLiteral("predikt");
            price.kind = QStringLiteral("price");
            price.subject = QStringLiteral("BTC");
            price.timestampMs = t0 + i * 5000;
            price.metrics.insert(QStringLiteral("price"), 95 + i); // crosses 100 once
            center->observe(price);
            feed->observe(price);

            Observation candle;
            candle.provider = QStringLiteral("conyr");
            candle.kind = QStringLiteral("candle");
            candle.subject = QStringLiteral("ETH-USD");
            candle.timestampMs = t0 + i * 60000;
            candle.metrics = {{QStringLiteral("open"), 10.0 + i}, {QStringLiteral("high"), 12.0 + i},
                              {QStringLiteral("low"), 9.0 + i}, {QStringLiteral("close"), 11.0 + i},
                              {QStringLiteral("volume"), 5}};
            feed->observe(candle);

            Observation block;
            block.provider = QStringLiteral("allium-stream");
            block.kind = QStringLiteral("block");
            block.subject = QStringLiteral("ethereum.blocks");
            block.timestampMs = t0 + i * 12000;
            block.metrics = {{QStringLiteral("block"), 21000000.0 + i}, {QStringLiteral("transaction_count"), 150}};
            feed->observe(block);

            Observation tweet;
            tweet.provider = QStringLiteral("tweets");
            tweet.kind = QStringLiteral("tweet");
            tweet.subject = QStringLiteral("whales");
            tweet.texts = {{QStringLiteral("text"), QStringLiteral("ETF news")}, {QStringLiteral("author"), QStringLiteral("x")}};
            center->observe(tweet);
            feed->observe(tweet);

            Observation billing;
            billing.provider = QStringLiteral("predikt");
            billing.kind = QStringLiteral("billing");
            billing.subject = QStringLiteral("demo-predikt");
            billing.timestampMs = t0 + i * 3600000;
            billing.metrics.insert(QStringLiteral("balance"), 100.0 - i * 2);
            feed->observe(billing);
        }
        // A Conyr token after BTC (the price tile still follows BTC first): the tile's Follow
        // menu names it by symbol and mint (tst_dashboardpage.qml).
        Observation mintTrade;
        mintTrade.provider = QStringLiteral("conyr");
        mintTrade.kind = QStringLiteral("trade");
        mintTrade.subject = QString::fromLatin1(kLongMint);
        mintTrade.label = QStringLiteral("SOL");
        mintTrade.timestampMs = t0 + 60000;
        mintTrade.metrics.insert(QStringLiteral("price"), 151.25);
        feed->observe(mintTrade);
        center->flush(); // the batch of alerts is in the history now

        // A rule that cannot see: its stream is paused (tst_alerttrust.qml). A pause, not a
        // connection down: that would fire the starter connection rule during the tests.
        fields = center->newRule(QStringLiteral("price-above"));
        fields.insert(QStringLiteral("name"), QStringLiteral("ETH watch (blind)"));
        fields.insert(QStringLiteral("provider"), QStringLiteral("conyr"));
        fields.insert(QStringLiteral("subject"), QStringLiteral("ETH"));
        fields.insert(QStringLiteral("level"), 5000);
        fields.insert(QStringLiteral("blindAlertSec"), 3600);
        center->saveRule(fields);
        Observation paused;
        paused.provider = QStringLiteral("conyr");
        paused.source = QStringLiteral("conyr-live");
        paused.kind = QStringLiteral("paused");
        paused.subject = QStringLiteral("ETH");
        paused.timestampMs = QDateTime::currentMSecsSinceEpoch();
        center->observe(paused);

        // A connection for the frame inspector (never opened; frames come by replay).
        ConnectionConfig config;
        config.name = QStringLiteral("qml-test");
        auto *connection = new Connection(config, qApp);
        ConnectionRegistry::instance()->add(connection, QStringLiteral("generic"));
        auto *feeder = new QTimer(connection);
        QObject::connect(feeder, &QTimer::timeout, connection, [connection] {
            connection->deliverForReplay(R"({"type":"block","number":1,"chain":"qml"})");
        });
        feeder->start(50);
    }
};

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_alerts_qml, "qml/alerts", AlertsQmlSetup)
#include "tst_alerts_qml.moc"
