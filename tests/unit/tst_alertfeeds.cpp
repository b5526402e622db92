// Each provider's frames become the Observations rules read: generic JSON, Allium stream
// records, Conyr trades and candles, tweets; and AlertFeeds follows the registry.

#include "alerts/adapters/adapters.h"
#include "alerts/alertfeeds.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/tweets/tweetscodec.h"

#include <QSignalSpy>
#include <QTest>

namespace {
Connection *makeConnection(const QString &name, const QString &url, QObject *parent)
{
    ConnectionConfig config;
    config.name = name;
    config.url = QUrl(url);
    return new Connection(config, parent);
}
} // namespace

class TestAlertFeeds : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Observation>();
        qRegisterMetaType<ConnectionObservation>();
        registerPrediktAlertDecoder();
    }

    void generic()
    {
        QScopedPointer<Connection> c(makeConnection(QStringLiteral("demo"), QStringLiteral("ws://x/demo/stream"), nullptr));
        const auto obs = AlertFeeds::decodeGeneric(
            R"({"type":"block","number":21000001,"timestamp":1700000000,"transaction_count":120,"chain":"demo","miner":"0xabc"})", *c);
        QCOMPARE(obs.size(), 1);
        const Observation &o = obs.constFirst();
        QCOMPARE(o.kind, QStringLiteral("block"));
        QCOMPARE(o.subject, QStringLiteral("demo"));
        QCOMPARE(o.metric(QStringLiteral("block")), 21000001.0);
        QCOMPARE(o.timestampMs, 1700000000000LL);
        QCOMPARE(o.texts.value(QStringLiteral("miner")), QStringLiteral("0xabc"));
        QVERIFY(AlertFeeds::decodeGeneric("not json", *c).isEmpty());
        QVERIFY(AlertFeeds::decodeGeneric("[1,2]", *c).isEmpty());
    }

    void alliumStream()
    {
        const FrameDecoder decode = AlertFeeds::decoderFor(QStringLiteral("allium-stream"));
        QVERIFY(decode);
        QScopedPointer<Connection> c(makeConnection(QStringLiteral("eth blocks"),
                                                    QStringLiteral("ws://x/api/v1/developer/ws/stream?topic=ethereum.blocks"), nullptr));
        const auto obs = decode(R"({"number":19000000,"hash":"0x1","parent_hash":"0x0","timestamp":"2024-01-01T00:00:00Z","transaction_count":150})", *c);
        QCOMPARE(obs.size(), 1);
        QCOMPARE(obs.constFirst().subject, QStringLiteral("ethereum.blocks"));
        QCOMPARE(obs.constFirst().kind, QStringLiteral("block"));
        QCOMPARE(obs.constFirst().metric(QStringLiteral("block")), 19000000.0);
        QCOMPARE(obs.constFirst().record.value(QStringLiteral("hash")).toString(), QStringLiteral("0x1"));
        QVERIFY(obs.constFirst().timestampMs > 0);
        QVERIFY(decode("garbage", *c).isEmpty());
    }

    void conyrTradesAndCandles()
    {
        const FrameDecoder decode = AlertFeeds::decoderFor(QStringLiteral("conyr"));
        QVERIFY(decode);
        QScopedPointer<Connection> c(makeConnection(QStringLiteral("conyr"), QStringLiteral("ws://x/ws"), nullptr));
        const QString mint = QStringLiteral("So11111111111111111111111111111111111111112");
        Conyr::Trade trade;
        trade.id = QStringLiteral("sig");
        trade.ts = 1'700'000'000'000;
        trade.price = 187.5;
        trade.size = 3;
        trade.side = Conyr::Side::Buy;
        auto obs = decode(Conyr::encodeTradeEvent(Conyr::tradesChannel(mint), trade), *c);
        QCOMPARE(obs.size(), 1);
        QCOMPARE(obs.constFirst().kind, QStringLiteral("trade"));
        QCOMPARE(obs.constFirst().subject, mint);
        QCOMPARE(obs.constFirst().metric(QStringLiteral("price")), 187.5);

        Conyr::Candle candle{1'700'000'040'000, 1, 2, 0.5, 1.5, 100, 7, false};
        const QString channel = Conyr::ohlcvChannel(mint, QStringLiteral("filtered"), QStringLiteral("1m"));
        obs = decode(Conyr::encodeCandleEvent(channel, candle), *c);
        QCOMPARE(obs.size(), 1);
        QCOMPARE(obs.constFirst().kind, QStringLiteral("candle"));
        QCOMPARE(obs.constFirst().subject, mint + QStringLiteral("/1m"));
        QVERIFY(!obs.constFirst().hasMetric(QStringLiteral("volume"))); // the bar is still open
        candle.closed = true;
        obs = decode(Conyr::encodeCandleEvent(channel, candle), *c);
        QCOMPARE(obs.constFirst().metric(QStringLiteral("volume")), 100.0);
        QVERIFY(decode(Conyr::encodePong(), *c).isEmpty());
    }

    void tweets()
    {
        const FrameDecoder decode = AlertFeeds::decoderFor(QStringLiteral("tweets"));
        QVERIFY(decode);
        QScopedPointer<Connection> c(makeConnection(QStringLiteral("tweets"), QStringLiteral("ws://x/v1/twitter/stream"), nullptr));
        Tweet t;
        t.sourceKind = TweetSourceKind::Monitor;
        t.sourceType = QStringLiteral("monitor");
        t.sourceId = QStringLiteral("m-1");
        t.sourceName = QStringLiteral("Whales");
        t.tweetId = QStringLiteral("1790000000000000001");
        t.author = QStringLiteral("whale");
        t.text = QStringLiteral("Spot ETF flows");
        t.tweetType = QStringLiteral("original");
        t.detectedAtMs = 1'700'000'000'000;
        const auto obs = decode(TweetsCodec::encodeTweet(t), *c);
        QCOMPARE(obs.size(), 1);
        const Observation &o = obs.constFirst();
        QCOMPARE(o.kind, QStringLiteral("tweet"));
        QCOMPARE(o.subject, QStringLiteral("Whales"));
        QCOMPARE(o.texts.value(QStringLiteral("author")), QStringLiteral("whale"));
        QCOMPARE(o.texts.value(QStringLiteral("monitorId")), QStringLiteral("m-1"));
        QCOMPARE(o.texts.value(QStringLiteral("text")), QStringLiteral("Spot ETF flows"));
        QVERIFY(decode(TweetsCodec::encodeConnected({QStringLiteral("c"), QStringLiteral("k")}), *c).isEmpty());
    }

    void predikt()
    {
        const FrameDecoder decode = AlertFeeds::decoderFor(QStringLiteral("predikt"));
        QVERIFY(decode);
        ConnectionConfig config;
        config.name = QStringLiteral("Predikt demo");
        config.profileId = QStringLiteral("demo-predikt");
        Connection c(config);
        auto obs = decode(R"(42/api/v1/ws,["message",{"type":"price_update","symbol":"BTC","price":"70123.5","source":"vwap","timestamp":"2026-01-17T12:00:05.000Z"}])", c);
        QCOMPARE(obs.size(), 1);
        QCOMPARE(obs.constFirst().subject, QStringLiteral("BTC"));
        QCOMPARE(obs.constFirst().metric(QStringLiteral("price")), 70123.5);
        QVERIFY(obs.constFirst().timestampMs > 0);
        obs = decode(R"(42/api/v1/ws,["message",{"type":"billing","message":"hourly","amountUsd":"0.10","remainingBalanceUsd":"12.5"}])", c);
        QCOMPARE(obs.size(), 1);
        QCOMPARE(obs.constFirst().kind, QStringLiteral("billing"));
        QCOMPARE(obs.constFirst().subject, QStringLiteral("balance"));
        QCOMPARE(obs.constFirst().metric(QStringLiteral("balance")), 12.5);
        QVERIFY(decode("2", c).isEmpty());      // Engine.IO ping
        QVERIFY(decode("40/api/v1/ws,{}", c).isEmpty());
        QVERIFY(decode("42[\"message\"", c).isEmpty());
    }

    void followsTheRegistryAndConnectionState()
    {
        ConnectionRegistry registry(nullptr);
        AlertFeeds feeds;
        feeds.follow(&registry);
        QSignalSpy observed(&feeds, &AlertFeeds::observed);
        QSignalSpy states(&feeds, &AlertFeeds::connectionObserved);
        Connection *c = makeConnection(QStringLiteral("demo"), QStringLiteral("ws://127.0.0.1:1/demo"), &registry);
        registry.add(c, QStringLiteral("generic"));
        QCOMPARE(states.count(), 1);
        c->deliverForReplay(R"({"type":"block","number":5})");
        QCOMPARE(observed.count(), 1);
        c->open(); // nothing listens on port 1: connecting, then down
        QTRY_VERIFY(states.constLast().at(0).value<ConnectionObservation>().down);
        c->close();
        QVERIFY(!states.constLast().at(0).value<ConnectionObservation>().down);
    }
};

QTEST_GUILESS_MAIN(TestAlertFeeds)
#include "tst_alertfeeds.moc"
