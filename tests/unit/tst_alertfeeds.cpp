// What alerts and the dashboard read: each provider client's typed events through its
// adapter (generic JSON, Allium stream records, Conyr trades and candles, Predikt prices
// and billing, tweets), after the client's validation and de-duplication; one decode per
// frame; and AlertFeeds follows the registry with the observations a connection was
// registered with.

#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "alerts/dashboard/dashboardfeed.h"
#include "alerts/recordfilter.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "models/record/replayreader.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/conyr/conyrobservations.h"
#include "providers/tweets/tweetscodec.h"

#include <QSignalSpy>
#include <QTest>

namespace {

Connection *makeConnection(const QString &name, const QString &url, QObject *parent)
{
    ConnectionConfig config;
    config.name = name;
    config.url = QUrl(url);
    config.autoReconnect = false;
    return new Connection(config, parent);
}

/// A provider's client over a connection nobody opens (as in a replay), its observations
/// collected through AlertFeeds.
struct Fixture {
    Connection *connection;
    AlertFeeds feeds;
    QList<Observation> seen;

    Fixture(const QString &provider, const QString &name, const QString &url)
        : connection(makeConnection(name, url, nullptr))
    {
        ObservationSource *source = ReplayReader::create(provider, connection);
        QVERIFY2(source, qPrintable(provider));
        feeds.attach(connection, provider, source);
        QObject::connect(&feeds, &AlertFeeds::observed, &feeds, [this](const Observation &o) { seen << o; });
    }
    ~Fixture() { delete connection; }
    void deliver(const QByteArray &frame) { connection->deliverForReplay(frame); }
    /// Lets batching clients (tweets, Allium streams) hand over what they hold.
    void settle() { QCoreApplication::processEvents(); QCoreApplication::processEvents(); }
};

Conyr::Trade trade(const QString &id, double price)
{
    Conyr::Trade t;
    t.id = id;
    t.ts = 1'700'000'000'000;
    t.price = price;
    t.size = 3;
    t.side = Conyr::Side::Buy;
    return t;
}

Tweet tweet(const QString &id)
{
    Tweet t;
    t.sourceKind = TweetSourceKind::Monitor;
    t.sourceType = QStringLiteral("monitor");
    t.sourceId = QStringLiteral("m-1");
    t.sourceName = QStringLiteral("Whales");
    t.tweetId = id;
    t.author = QStringLiteral("whale");
    t.text = QStringLiteral("Spot ETF flows");
    t.tweetType = QStringLiteral("original");
    t.detectedAtMs = 1'700'000'000'000;
    return t;
}

const QString Mint = QStringLiteral("So11111111111111111111111111111111111111112");

} // namespace

class TestAlertFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Observation>();
        qRegisterMetaType<ConnectionObservation>();
    }

    void generic()
    {
        Fixture f(QStringLiteral("generic"), QStringLiteral("demo"), QStringLiteral("ws://x/demo/stream"));
        f.deliver("{\"type\":\"block\",\"number\":21000001,\"timestamp\":1700000000,\"transaction_count\":120,\"chain\":\"demo\",\"miner\":\"0xabc\"}");
        f.deliver("not json");
        f.deliver("[1,2]");
        QCOMPARE(f.seen.size(), 1);
        const Observation &o = f.seen.constFirst();
        QCOMPARE(o.provider, QStringLiteral("generic"));
        QCOMPARE(o.source, QStringLiteral("demo"));
        QCOMPARE(o.kind, QStringLiteral("block"));
        QCOMPARE(o.subject, QStringLiteral("demo"));
        QCOMPARE(o.metric(QStringLiteral("block")), 21000001.0);
        QCOMPARE(o.timestampMs, 1700000000000LL);
        QCOMPARE(o.texts.value(QStringLiteral("miner")), QStringLiteral("0xabc"));
    }

    void alliumStream()
    {
        Fixture f(QStringLiteral("allium-stream"), QStringLiteral("eth blocks"),
                  QStringLiteral("ws://x/api/v1/developer/ws/stream?topic=ethereum.blocks"));
        f.deliver("{\"number\":19000000,\"hash\":\"0x1\",\"parent_hash\":\"0x0\",\"timestamp\":\"2024-01-01T00:00:00Z\",\"transaction_count\":150}");
        f.deliver("garbage");
        f.settle();
        QCOMPARE(f.seen.size(), 1);
        const Observation &o = f.seen.constFirst();
        QCOMPARE(o.subject, QStringLiteral("ethereum.blocks"));
        QCOMPARE(o.kind, QStringLiteral("block"));
        QCOMPARE(o.metric(QStringLiteral("block")), 19000000.0);
        QCOMPARE(o.recordMap().value(QStringLiteral("hash")).toString(), QStringLiteral("0x1"));
        QVERIFY(o.timestampMs > 0);
        // Fields are read from the record's text when asked, with the types it has.
        QCOMPARE(o.metric(QStringLiteral("transaction_count")), 150.0);
        QVERIFY(!o.hasMetric(QStringLiteral("hash")));
        QCOMPARE(o.text(QStringLiteral("hash")), QStringLiteral("0x1"));
        QHash<QString, double> metrics;
        QHash<QString, QString> texts;
        o.allFields(metrics, texts);
        QVERIFY(metrics.contains(QStringLiteral("number")));
        QCOMPARE(texts.value(QStringLiteral("parent_hash")), QStringLiteral("0x0"));
    }

    void alliumRecordFiltersReadFieldsOneByOne()
    {
        Fixture f(QStringLiteral("allium-stream"), QStringLiteral("transfers"),
                  QStringLiteral("ws://x/api/v1/developer/ws/stream?topic=ethereum.erc20_transfers"));
        f.deliver("{\"token\":{\"symbol\":\"USDC\"},\"amount\":\"2500000.5\",\"from_address\":\"0xAbC\",\"block_number\":7,\"note\":\"a \\\"quoted\\\" text\"}");
        f.settle();
        QCOMPARE(f.seen.size(), 1);
        const Observation &o = f.seen.constFirst();
        QVERIFY(o.fields);
        auto matches = [&o](const QJsonObject &filter) {
            QString error;
            const bool ok = alliumRecordFilter(filter, o, &error);
            if (!error.isEmpty())
                qWarning() << error;
            return ok;
        };
        auto condition = [](const char *field, const char *op, const QJsonValue &value) {
            return QJsonObject{{QStringLiteral("field"), QLatin1String(field)},
                               {QStringLiteral("operator"), QLatin1String(op)},
                               {QStringLiteral("value"), value}};
        };
        QVERIFY(matches(condition("amount", ">", 1000000)));        // a decimal string, exactly
        QVERIFY(!matches(condition("amount", ">", 3000000)));
        QVERIFY(matches(condition("from_address", "=", QStringLiteral("0xabc")))); // hex, any case
        QVERIFY(matches(condition("token.symbol", "=", QStringLiteral("USDC"))));  // a dot path
        QVERIFY(matches(condition("block_number", "=", 7)));
        QVERIFY(matches(condition("note", "=", QStringLiteral("a \"quoted\" text"))));
        QVERIFY(matches(condition("missing", "!=", 1)));
        QVERIFY(!matches(condition("missing", "=", 1)));
    }

    void conyrTradesAndCandles()
    {
        Fixture f(QStringLiteral("conyr"), QStringLiteral("conyr"), QStringLiteral("ws://x/ws"));
        f.deliver(Conyr::encodeTradeEvent(Conyr::tradesChannel(Mint), trade(QStringLiteral("sig"), 187.5)));
        QCOMPARE(f.seen.size(), 1);
        QCOMPARE(f.seen.constLast().kind, QStringLiteral("trade"));
        QCOMPARE(f.seen.constLast().subject, Mint);
        QCOMPARE(f.seen.constLast().metric(QStringLiteral("price")), 187.5);

        Conyr::Candle candle{1'700'000'040'000, 1, 2, 0.5, 1.5, 100, 7, false};
        const QString channel = Conyr::ohlcvChannel(Mint, QStringLiteral("filtered"), QStringLiteral("1m"));
        f.deliver(Conyr::encodeCandleEvent(channel, candle));
        QCOMPARE(f.seen.size(), 2);
        QCOMPARE(f.seen.constLast().kind, QStringLiteral("candle"));
        QCOMPARE(f.seen.constLast().subject, Mint + QStringLiteral("/1m"));
        QVERIFY(!f.seen.constLast().hasMetric(QStringLiteral("volume"))); // the bar is still open
        candle.closed = true;
        f.deliver(Conyr::encodeCandleEvent(channel, candle));
        QCOMPARE(f.seen.size(), 3);
        QCOMPARE(f.seen.constLast().metric(QStringLiteral("volume")), 100.0);
        f.deliver(Conyr::encodePong());
        QCOMPARE(f.seen.size(), 3);
    }

    void conyrTokensAreNamedBySymbol()
    {
        // Rules and recovery key on the mint; what a person reads (the alert's message, the
        // dashboard tiles' titles) names the token by its symbol.
        Fixture f(QStringLiteral("conyr"), QStringLiteral("conyr"), QStringLiteral("ws://x/ws"));
        AlertEngine engine;
        AlertRule rule;
        rule.id = QStringLiteral("above");
        rule.name = QStringLiteral("SOL above 100");
        rule.kind = AlertRule::Kind::PriceAbove;
        rule.provider = QStringLiteral("conyr");
        rule.subject = Mint;
        rule.level = 100;
        engine.setRules({rule});
        DashboardFeed dashboard(nullptr);
        QObject::connect(&f.feeds, &AlertFeeds::observed, &engine, &AlertEngine::observe);
        QObject::connect(&f.feeds, &AlertFeeds::observed, &dashboard, &DashboardFeed::observe);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);

        f.deliver(Conyr::encodeTradeEvent(Conyr::tradesChannel(Mint), trade(QStringLiteral("sig"), 187.5)));
        QCOMPARE(f.seen.constLast().label, QStringLiteral("SOL"));
        QCOMPARE(raised.size(), 1);
        const Alert alert = raised.at(0).at(0).value<Alert>();
        QCOMPARE(alert.subject, Mint);
        QVERIFY2(alert.message.startsWith(QStringLiteral("SOL ")), qPrintable(alert.message));
        QVERIFY2(!alert.message.contains(Mint), qPrintable(alert.message));
        QCOMPARE(alert.values.value(QStringLiteral("subjectId")).toString(), Mint);

        const QString channel = Conyr::ohlcvChannel(Mint, QStringLiteral("filtered"), QStringLiteral("1m"));
        f.deliver(Conyr::encodeCandleEvent(channel, Conyr::Candle{1'700'000'040'000, 1, 2, 0.5, 1.5, 100, 7, true}));
        const QVariantMap candles = dashboard.candles(QString(), 10);
        QCOMPARE(candles.value(QStringLiteral("subject")).toString(), Mint + QStringLiteral("/1m"));
        QCOMPARE(candles.value(QStringLiteral("label")).toString(), QStringLiteral("SOL/1m"));
        QCOMPARE(dashboard.price(Mint).value(QStringLiteral("label")).toString(), QStringLiteral("SOL"));

        // A mint nobody knows is shortened, never dropped.
        const QString other = QStringLiteral("7GCihgDB8fe6KNjn2MYtkzZcRjQy3t9GHdC8uHYmW2hr");
        f.deliver(Conyr::encodeTradeEvent(Conyr::tradesChannel(other), trade(QStringLiteral("sig-o"), 2)));
        QCOMPARE(f.seen.constLast().label, QStringLiteral("7GCi") + QChar(0x2026) + QStringLiteral("W2hr"));
    }

    void repeatedConyrTradeIsObservedOnce()
    {
        Fixture f(QStringLiteral("conyr"), QStringLiteral("conyr"), QStringLiteral("ws://x/ws"));
        const QByteArray frame = Conyr::encodeTradeEvent(Conyr::tradesChannel(Mint), trade(QStringLiteral("sig-1"), 10));
        f.deliver(frame);
        f.deliver(frame); // a resend after a reconnect: the client drops it, so do the rules
        f.deliver(Conyr::encodeTradeEvent(Conyr::tradesChannel(Mint), trade(QStringLiteral("sig-2"), 11)));
        QCOMPARE(f.seen.size(), 2);
        QCOMPARE(f.seen.at(0).texts.value(QStringLiteral("id")), QStringLiteral("sig-1"));
        QCOMPARE(f.seen.at(1).texts.value(QStringLiteral("id")), QStringLiteral("sig-2"));
    }

    void tweetsAfterDeduplication()
    {
        Fixture f(QStringLiteral("tweets"), QStringLiteral("tweets"), QStringLiteral("ws://x/v1/twitter/stream"));
        f.deliver(TweetsCodec::encodeConnected({QStringLiteral("c"), QStringLiteral("k")}));
        f.deliver(TweetsCodec::encodeTweet(tweet(QStringLiteral("1790000000000000001"))));
        f.deliver(TweetsCodec::encodeTweet(tweet(QStringLiteral("1790000000000000001")))); // duplicate
        f.deliver(TweetsCodec::encodeTweet(tweet(QStringLiteral("1790000000000000002"))));
        f.settle();
        QCOMPARE(f.seen.size(), 2);
        const Observation &o = f.seen.constFirst();
        QCOMPARE(o.kind, QStringLiteral("tweet"));
        QCOMPARE(o.subject, QStringLiteral("Whales"));
        QCOMPARE(o.texts.value(QStringLiteral("author")), QStringLiteral("whale"));
        QCOMPARE(o.texts.value(QStringLiteral("monitorId")), QStringLiteral("m-1"));
        QCOMPARE(o.texts.value(QStringLiteral("text")), QStringLiteral("Spot ETF flows"));
        QCOMPARE(f.seen.at(1).texts.value(QStringLiteral("tweetId")), QStringLiteral("1790000000000000002"));
    }

    void predikt()
    {
        // A recording that starts mid-session (no handshake): the replay's client still reads it.
        Fixture f(QStringLiteral("predikt"), QStringLiteral("Predikt demo"), QStringLiteral("ws://x/socket.io/?EIO=4"));
        f.deliver("42/api/v1/ws,[\"message\",{\"type\":\"price_update\",\"symbol\":\"BTC\",\"price\":\"70123.5\",\"source\":\"vwap\",\"timestamp\":\"2026-01-17T12:00:05.000Z\"}]");
        QCOMPARE(f.seen.size(), 1);
        QCOMPARE(f.seen.constFirst().subject, QStringLiteral("BTC"));
        QCOMPARE(f.seen.constFirst().metric(QStringLiteral("price")), 70123.5);
        QVERIFY(f.seen.constFirst().timestampMs > 0);
        f.deliver("42/api/v1/ws,[\"message\",{\"type\":\"billing\",\"message\":\"hourly\",\"amountUsd\":\"0.10\",\"remainingBalanceUsd\":\"12.5\"}]");
        QCOMPARE(f.seen.size(), 2);
        QCOMPARE(f.seen.constLast().kind, QStringLiteral("billing"));
        QCOMPARE(f.seen.constLast().subject, QStringLiteral("balance"));
        QCOMPARE(f.seen.constLast().metric(QStringLiteral("balance")), 12.5);
        QCOMPARE(f.seen.constLast().texts.value(QStringLiteral("amountUsd")), QStringLiteral("0.10"));
        f.deliver("2"); // Engine.IO ping
        f.deliver("42[\"message\"");
        QCOMPARE(f.seen.size(), 2);
    }

    void prediktRecordingFromTheHandshake()
    {
        Fixture f(QStringLiteral("predikt"), QStringLiteral("Predikt"), QStringLiteral("ws://x/socket.io/?EIO=4"));
        const Connection::State before = f.connection->state();
        f.deliver("0{\"sid\":\"s1\",\"upgrades\":[],\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}");
        f.deliver("40/prices,{\"sid\":\"n1\"}");
        f.deliver("42/prices,[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":\"187.25\",\"source\":\"vwap\"}]");
        QCOMPARE(f.seen.size(), 1);
        QCOMPARE(f.seen.constFirst().subject, QStringLiteral("SOL"));
        QCOMPARE(f.seen.constFirst().metric(QStringLiteral("price")), 187.25);
        QTest::qWait(50);
        QCOMPARE(f.connection->state(), before); // no deadlines on a replay, nothing failed
    }

    void alliumApiHasNoObservations()
    {
        QScopedPointer<Connection> c(makeConnection(QStringLiteral("api"), QStringLiteral("ws://x/ws/api"), nullptr));
        QString why;
        QVERIFY(!ReplayReader::create(QStringLiteral("allium"), c.data(), &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!ReplayReader::create(QStringLiteral("no-such-provider"), c.data(), &why));
        QVERIFY(why.contains(QStringLiteral("no-such-provider")));
    }

    void oneDecodePerFrame()
    {
        // A live client registered with its observations: each frame is observed exactly once
        // (a second decoder of the connection's frames would show up as a second observation).
        ConnectionRegistry registry(nullptr);
        AlertFeeds feeds;
        feeds.follow(&registry);
        QSignalSpy observed(&feeds, &AlertFeeds::observed);
        Connection *c = makeConnection(QStringLiteral("conyr live"), QStringLiteral("ws://127.0.0.1:1/ws"), &registry);
        ConyrClientOptions options;
        options.backfillBars = 0;
        auto *client = new ConyrClient(c, options, c);
        QVERIFY(client->subscribe({Conyr::tradesChannel(Mint)}));
        registry.add(c, QStringLiteral("conyr"), ConyrObservations::attach(client));
        QCOMPARE(registry.observationsOf(c), c->findChild<ObservationSource *>());
        int trades = 0;
        connect(client, &ConyrClient::tradeReceived, this, [&trades] { ++trades; });
        c->deliverForReplay(Conyr::encodeTradeEvent(Conyr::tradesChannel(Mint), trade(QStringLiteral("a"), 1)));
        c->deliverForReplay(Conyr::encodeTradeEvent(Conyr::tradesChannel(Mint), trade(QStringLiteral("b"), 2)));
        QCOMPARE(trades, 2);
        QCOMPARE(observed.count(), 2);
    }

    void followsTheRegistryAndConnectionState()
    {
        ConnectionRegistry registry(nullptr);
        Connection *before = makeConnection(QStringLiteral("before"), QStringLiteral("ws://127.0.0.1:1/a"), &registry);
        registry.add(before, QStringLiteral("generic"), ReplayReader::create(QStringLiteral("generic"), before));
        AlertFeeds feeds;
        feeds.follow(&registry);
        QSignalSpy observed(&feeds, &AlertFeeds::observed);
        QSignalSpy states(&feeds, &AlertFeeds::connectionObserved);
        Connection *c = makeConnection(QStringLiteral("demo"), QStringLiteral("ws://127.0.0.1:1/demo"), &registry);
        registry.add(c, QStringLiteral("generic"), ReplayReader::create(QStringLiteral("generic"), c));
        QCOMPARE(states.count(), 1);
        c->deliverForReplay("{\"type\":\"block\",\"number\":5}");
        before->deliverForReplay("{\"type\":\"block\",\"number\":6}");
        QCOMPARE(observed.count(), 2);
        // Registered without observations: its state counts, its frames are nobody's.
        Connection *bare = makeConnection(QStringLiteral("bare"), QStringLiteral("ws://127.0.0.1:1/b"), &registry);
        registry.add(bare, QStringLiteral("generic"));
        bare->deliverForReplay("{\"type\":\"block\",\"number\":7}");
        QCOMPARE(observed.count(), 2);
        QCOMPARE(states.count(), 2);
        c->open(); // nothing listens on port 1: connecting, then down
        QTRY_VERIFY(states.constLast().at(0).value<ConnectionObservation>().down);
        c->close();
        QVERIFY(!states.constLast().at(0).value<ConnectionObservation>().down);
    }
};

QTEST_GUILESS_MAIN(TestAlertFeeds)
#include "tst_alertfeeds.moc"
