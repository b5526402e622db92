// The Conyr codec on the reference's own examples (tests/data/conyr, built from
// reference/conyr.md and the protocol page), channel names, exact decimals, the tick order
// key, the REST route and its errors, tiers, and garbage.

#include "providers/conyr/conyrcodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

using namespace Conyr;

namespace {
const QString Usdc = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TW_TEST_DATA_DIR "/conyr/%1").arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}
} // namespace

class TestConyrCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedMessages()
    {
        const QByteArray sent = encodeSubscribe({QStringLiteral("token:EPjFWd...:trades"), QStringLiteral("token:EPjFWd...:ohlcv:filtered:1m")});
        QCOMPARE(parse(sent), parse(fixture("subscribe.json")));
        QCOMPARE(parse(encodeUnsubscribe({QStringLiteral("a")})), parse(R"({"op":"unsubscribe","channels":["a"]})"));
        QCOMPARE(parse(encodePing()), parse(R"({"op":"ping"})"));
        ServerMessage m = decodeServerMessage(fixture("subscribed.json"));
        QCOMPARE(m.type, ServerMessage::Type::Subscribed);
        QCOMPARE(m.channels.size(), 2);
        QCOMPARE(decodeServerMessage(fixture("unsubscribed.json")).type, ServerMessage::Type::Unsubscribed);
        QCOMPARE(decodeServerMessage(fixture("pong.json")).type, ServerMessage::Type::Pong);
        m = decodeServerMessage(fixture("ws_error_cap.json"));
        QCOMPARE(m.type, ServerMessage::Type::Error);
        QCOMPARE(m.message, QStringLiteral("Subscription limit reached (max 50)"));
        QVERIFY(m.channels.isEmpty());
        QCOMPARE(parse(encodeError(m.message)), parse(fixture("ws_error_cap.json"))); // no channels
        QCOMPARE(subscriptionCapMessage(tierLimits(QStringLiteral("layer1"))), m.message);
    }

    void referenceTrade()
    {
        const ServerMessage m = decodeServerMessage(fixture("trade_event.json"));
        QCOMPARE(m.type, ServerMessage::Type::Data);
        QCOMPARE(parseChannel(m.channel).kind, ChannelKind::Trades);
        Trade t;
        QString problem;
        QVERIFY2(decodeTrade(m.data, t, &problem), qPrintable(problem));
        QCOMPARE(t.id, QStringLiteral("<sig>:2"));
        QCOMPARE(t.signature, QStringLiteral("<sig>"));
        QCOMPARE(t.eventIndex, 2);
        QCOMPARE(t.slot, 312345678);
        QCOMPARE(t.ts, 1741348800123);
        QCOMPARE(t.side, Side::Buy);
        QCOMPARE(t.direction, QStringLiteral("buy"));
        QCOMPARE(t.mint, QStringLiteral("<mint>"));
        QCOMPARE(t.tokenDecimals, 6);
        QCOMPARE(t.dex, QStringLiteral("Raydium"));
        // Exact as sent, and as numbers for charts.
        QCOMPARE(t.priceText, QStringLiteral("0.00245"));
        QCOMPARE(t.sizeText, QStringLiteral("1520.5"));
        QCOMPARE(t.valueUsdText, QStringLiteral("3.72"));
        QCOMPARE(t.baseAmountText, QStringLiteral("0.024"));
        QCOMPARE(t.price, 0.00245);
        QCOMPARE(t.size, 1520.5);
        QCOMPARE(t.valueUsd, 3.72);
        QVERIFY(!t.arbitrage);
        QVERIFY(t.organic());
        QVERIFY(t.labels.isEmpty());
        // Re-encoded (simulator) and decoded again: the same exact texts.
        Trade again;
        QVERIFY(decodeTrade(decodeServerMessage(encodeTradeEvent(m.channel, t)).data, again));
        QCOMPARE(again.id, t.id);
        QCOMPARE(again.priceText, t.priceText);
        QCOMPARE(again.sizeText, t.sizeText);
        QCOMPARE(again.valueUsdText, t.valueUsdText);
        QCOMPARE(again.slot, t.slot);
        QCOMPARE(tradeToJson(t).value(QStringLiteral("usd_price")).toString(), QStringLiteral("0.00245"));
    }

    void tradeVariants()
    {
        Trade t;
        QString problem;
        // Numbers instead of strings: accepted, with their shortest plain text.
        QVERIFY(decodeTrade(parse(R"({"trade_id":"s:0","timestamp":1741348800123,"direction":"sell","usd_price":1e-7,"token_amount":2500})"), t, &problem));
        QCOMPARE(t.priceText, QStringLiteral("0.0000001"));
        QCOMPARE(t.sizeText, QStringLiteral("2500"));
        QCOMPARE(t.side, Side::Sell);
        QVERIFY(t.valueUsdText.isEmpty());
        // Digits beyond a double's precision survive as text.
        QVERIFY(decodeTrade(parse(R"({"trade_id":"s:1","timestamp":1,"usd_price":"0.000000123456789012345678","token_amount":"1"})"), t));
        QCOMPARE(t.priceText, QStringLiteral("0.000000123456789012345678"));
        // trade_id built from signature and event_index when absent.
        QVERIFY(decodeTrade(parse(R"({"signature":"abc","event_index":3,"timestamp":1741348800123,"usd_price":"1","token_amount":"1"})"), t));
        QCOMPARE(t.id, QStringLiteral("abc:3"));
        QVERIFY(decodeTrade(parse(R"({"trade_id":"x:1","timestamp":1,"direction":"flash_swap","usd_price":"1","token_amount":"1"})"), t));
        QCOMPARE(t.side, Side::FlashSwap);
        QVERIFY(!t.organic());
        QVERIFY(decodeTrade(parse(R"({"trade_id":"x:2","timestamp":1,"direction":"swap","is_arbitrage":1,"usd_price":"1","token_amount":"1"})"), t));
        QCOMPARE(t.side, Side::Swap);
        QVERIFY(!t.organic());
        // The shape we used to invent is not a trade.
        QVERIFY(!decodeTrade(parse(R"({"signature":"5hX","seq":42,"ts":1732180000123,"side":"buy","price":0.000123,"size":1500.5})"), t, &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!decodeTrade(parse(R"({"trade_id":"a","usd_price":"1","token_amount":"1"})"), t));           // no timestamp
        QVERIFY(!decodeTrade(parse(R"({"trade_id":"a","timestamp":1,"usd_price":"abc","token_amount":"1"})"), t));
        QVERIFY(!decodeTrade(parse(R"({"trade_id":"a","timestamp":1,"usd_price":"-1","token_amount":"1"})"), t));
        QVERIFY(!decodeTrade(parse(R"({"trade_id":"a","timestamp":1e300,"usd_price":"1","token_amount":"1"})"), t));
        QVERIFY(!decodeTrade(QJsonValue(5), t));
    }

    void referenceTick()
    {
        const ServerMessage m = decodeServerMessage(fixture("tick_event.json"));
        QCOMPARE(parseChannel(m.channel).kind, ChannelKind::Ticks);
        Tick t;
        QString problem;
        QVERIFY2(decodeTick(m.data, t, &problem), qPrintable(problem));
        QCOMPARE(t.id, QStringLiteral("<sig>:2"));
        QCOMPARE(t.mint, QStringLiteral("<mint>"));
        QCOMPARE(t.ts, 1741348800123);
        QCOMPARE(t.bucketTs, 1741348800000);
        QCOMPARE(t.orderKey, QStringLiteral("312345678000000000002"));
        QCOMPARE(t.priceText, QStringLiteral("0.00245"));
        QCOMPARE(t.volumeUsdText, QStringLiteral("3.72"));
        QCOMPARE(t.volumeTokenText, QStringLiteral("1520.5"));
        QCOMPARE(t.side, Side::Buy);
        QVERIFY(t.organic);
        Tick again;
        QVERIFY(decodeTick(decodeServerMessage(encodeTickEvent(m.channel, t)).data, again));
        QCOMPARE(again.orderKey, t.orderKey);
        QCOMPARE(again.priceText, t.priceText);

        // The market-data page's names for the same channel.
        QVERIFY(decodeTick(decodeServerMessage(fixture("tick_event_md.json")).data, t, &problem));
        QCOMPARE(t.id, QStringLiteral("<sig>"));
        QCOMPARE(t.side, Side::Sell);
        QCOMPARE(t.priceText, QStringLiteral("0.00245"));
        QVERIFY(t.orderKey.isEmpty());

        QVERIFY(decodeTick(parse(R"({"t":"a:1","ts":1,"o":"9","p":"1","s":-1,"f":false})"), t));
        QCOMPARE(t.side, Side::Sell);
        QVERIFY(!t.organic);
        QVERIFY(!decodeTick(parse(R"({"t":"a:1","ts":1,"o":"-9","p":"1"})"), t));
        QVERIFY(!decodeTick(parse(R"({"t":"a:1","ts":1,"o":"1.5","p":"1"})"), t));
        QVERIFY(!decodeTick(parse(R"({"t":"a:1","ts":1,"o":1e300,"p":"1"})"), t)); // a number beyond 2^53 lost digits
        QVERIFY(!decodeTick(parse(R"({"t":"a:1","ts":1,"p":"x"})"), t));
    }

    void orderKeyIsABigInteger()
    {
        QString a, b;
        // Past 2^53 (9007199254740992) doubles cannot tell these apart.
        QVERIFY(readOrderKey(QJsonValue(QStringLiteral("9007199254740993")), a));
        QVERIFY(readOrderKey(QJsonValue(QStringLiteral("9007199254740992")), b));
        QVERIFY(double(9007199254740993LL) == double(9007199254740992LL));
        QCOMPARE(compareOrderKey(a, b), 1);
        QCOMPARE(compareOrderKey(b, a), -1);
        QVERIFY(readOrderKey(QJsonValue(QStringLiteral("000123")), a));
        QCOMPARE(a, QStringLiteral("123"));
        QVERIFY(readOrderKey(QJsonValue(QStringLiteral("99")), b));
        QCOMPARE(compareOrderKey(a, b), 1); // numeric, not text order
        QVERIFY(readOrderKey(QJsonValue(QStringLiteral("123456789012345678901234567890")), b));
        QCOMPARE(compareOrderKey(a, b), -1);
        QCOMPARE(compareOrderKey(b, b), 0);
        QVERIFY(readOrderKey(QJsonValue(42), a));
        QCOMPARE(a, QStringLiteral("42"));
        QVERIFY(readOrderKey(QJsonValue(QStringLiteral("0")), a));
        QCOMPARE(a, QStringLiteral("0"));
        QVERIFY(!readOrderKey(QJsonValue(QStringLiteral("")), a));
        QVERIFY(!readOrderKey(QJsonValue(QStringLiteral("12a")), a));
    }

    void referenceCandle()
    {
        const ServerMessage m = decodeServerMessage(fixture("candle_event.json"));
        const ChannelDescriptor d = parseChannel(m.channel);
        QCOMPARE(d.kind, ChannelKind::Ohlcv);
        QCOMPARE(d.variant, QStringLiteral("filtered"));
        QCOMPARE(d.intervalMs, 60000);
        Candle c;
        QString problem;
        QVERIFY2(decodeCandle(m.data, c, &problem), qPrintable(problem));
        QCOMPARE(c.ts, 1741348800000);
        QCOMPARE(c.endTs, 1741348860000);
        QCOMPARE(c.open, 0.00244);
        QCOMPARE(c.high, 0.00251);
        QCOMPARE(c.low, 0.00243);
        QCOMPARE(c.close, 0.00249);
        QCOMPARE(c.volume, 120000.0);
        QCOMPARE(c.volumeUsd, 298.1);
        QCOMPARE(c.buyVolumeUsd, 180.0);
        QCOMPARE(c.sellVolumeUsd, 118.1);
        QCOMPARE(c.trades, 42);
        QCOMPARE(c.vwap, 0.00247);
        QCOMPARE(c.lastTradeTs, 1741348859001);
        QVERIFY(!c.closed);
        Candle again;
        QVERIFY(decodeCandle(decodeServerMessage(encodeCandleEvent(m.channel, c)).data, again));
        QCOMPARE(again, c);
        PayloadStyle strings;
        strings.candleNumbersAsStrings = true;
        QVERIFY(decodeCandle(decodeServerMessage(encodeCandleEvent(m.channel, c, strings)).data, again));
        QCOMPARE(again, c);
        c.closed = true;
        QVERIFY(decodeCandle(decodeServerMessage(encodeCandleEvent(m.channel, c)).data, again));
        QVERIFY(again.closed);

        // The old invented shape is not a candle; bad bars are refused.
        QVERIFY(!decodeCandle(parse(R"({"ts":1732180020000,"o":1.0,"h":1.2,"l":0.9,"c":1.1})"), c));
        QVERIFY(!decodeCandle(parse(R"({"bucket_start_ms":60000,"open":1,"high":0.5,"low":0.4,"close":0.45})"), c));
        QVERIFY(!decodeCandle(parse(R"({"bucket_start_ms":60000,"open":1,"high":1,"low":1,"close":1,"volume_token":-3})"), c));
        QVERIFY(!decodeCandle(parse(R"({"bucket_start_ms":60000,"bucket_end_ms":60000,"open":1,"high":1,"low":1,"close":1})"), c));
        // REST's bucket timestamp in seconds or ISO 8601.
        QVERIFY(decodeCandle(parse(R"({"time":1741348800,"open":1,"high":1,"low":1,"close":1})"), c));
        QCOMPARE(c.ts, 1741348800000);
        QVERIFY(decodeCandle(parse(R"({"timestamp":"2025-03-07T12:00:00Z","open":1,"high":1,"low":1,"close":1})"), c));
        QCOMPARE(c.ts, 1741348800000);
    }

    void channelNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mint");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<QString>("interval");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("seed trades") << "token:EPjFWd...:trades" << int(ChannelKind::Trades) << "EPjFWd..." << "" << "" << qint64(0);
        QTest::newRow("ticks") << "token:" + Usdc + ":ticks" << int(ChannelKind::Ticks) << Usdc << "" << "" << qint64(0);
        QTest::newRow("seed ohlcv") << "token:EPjFWd...:ohlcv:filtered:1m" << int(ChannelKind::Ohlcv) << "EPjFWd..." << "filtered" << "1m" << qint64(60000);
        QTest::newRow("full 1h") << "token:" + Usdc + ":ohlcv:full:1h" << int(ChannelKind::Ohlcv) << Usdc << "full" << "1h" << qint64(3600000);
        QTest::newRow("full 15m") << "token:" + Usdc + ":ohlcv:full:15m" << int(ChannelKind::Ohlcv) << Usdc << "full" << "15m" << qint64(900000);
        QTest::newRow("1s") << "token:" + Usdc + ":ohlcv:filtered:1s" << int(ChannelKind::Ohlcv) << Usdc << "filtered" << "1s" << qint64(1000);
        QTest::newRow("undocumented view") << "token:" + Usdc + ":ohlcv:raw:1m" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("undocumented tf") << "token:" + Usdc + ":ohlcv:full:4h" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("security") << "token:" + Usdc + ":security" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("wallet pnl") << "wallet:abc:pnl" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("empty mint") << "token::trades" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("missing tf") << "token:x:ohlcv:filtered" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("extra part") << "token:x:trades:more" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("empty") << "" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
    }

    void channelNames()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, mint);
        QFETCH(QString, variant);
        QFETCH(QString, interval);
        QFETCH(qint64, ms);
        const ChannelDescriptor d = parseChannel(name);
        QCOMPARE(d.name, name);
        QCOMPARE(int(d.kind), kind);
        QCOMPARE(d.mint, mint);
        QCOMPARE(d.variant, variant);
        QCOMPARE(d.interval, interval);
        QCOMPARE(d.intervalMs, ms);
    }

    void rest()
    {
        QCOMPARE(restBaseFromWs(QUrl(QStringLiteral("wss://api.conyr.ai/ws?api_key=k"))), QUrl(QStringLiteral("https://api.conyr.ai")));
        QCOMPARE(restBaseFromWs(QUrl(QStringLiteral("ws://127.0.0.1:8765/ws"))), QUrl(QStringLiteral("http://127.0.0.1:8765")));
        const QUrl base(QStringLiteral("https://api.conyr.ai"));
        QUrl url = candleRequestUrl(base, Usdc, QStringLiteral("filtered"), QStringLiteral("1m"), 1000, 0, 300);
        QCOMPARE(url.path(), QStringLiteral("/v1/token/%1/ohlcv").arg(Usdc));
        QCOMPARE(url.query(), QStringLiteral("timeframe=1m&view=filtered&from=1000&limit=300"));
        url = candleRequestUrl(base, Usdc, QStringLiteral("full"), QStringLiteral("5m"), 1000, 2000, 5000, true);
        QCOMPARE(url.path(), QStringLiteral("/v1/tokens/%1/ohlcv").arg(Usdc));
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("to")), QStringLiteral("2000"));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("2000")); // the documented maximum
        QCOMPARE(restPathsFromString(QStringLiteral("legacy")), RestPaths::Legacy);
        QCOMPARE(restPathsFromString(QStringLiteral("Current")), RestPaths::Current);
        QCOMPARE(restPathsFromString(QString()), RestPaths::Auto);

        QList<Candle> out;
        QString problem;
        int skipped = -1;
        QVERIFY(decodeCandleResponse(fixture("rest_candles.json"), out, &problem, &skipped));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).ts, 1741348800000); // sorted
        QCOMPARE(out.at(0).volumeBase, 1.95);
        QCOMPARE(out.at(0).buyers, 17);
        QCOMPARE(skipped, 0);
        const QList<Candle> in = {out.at(1), out.at(0)};
        QVERIFY(decodeCandleResponse(encodeCandleResponse(Usdc, QStringLiteral("full"), QStringLiteral("1m"), in), out));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).volumeBase, 1.95);
        // Other envelopes; bad bars counted; duplicates of a bucket collapse.
        const QByteArray bar = R"({"bucket_start_ms":60000,"open":1,"high":1,"low":1,"close":1})";
        QVERIFY(decodeCandleResponse("[" + bar + "]", out));
        QCOMPARE(out.size(), 1);
        QVERIFY(decodeCandleResponse(R"({"data":[)" + bar + "," + bar + R"(,{"bad":true},7]})", out, &problem, &skipped));
        QCOMPARE(out.size(), 1);
        QCOMPARE(skipped, 2);
        QVERIFY(decodeCandleResponse(R"({"data":{"candles":[)" + bar + "]}}", out));
        QCOMPARE(out.size(), 1);
        QVERIFY(!decodeCandleResponse("{}", out, &problem));
        QVERIFY(!decodeCandleResponse("<html>", out, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void restErrors()
    {
        const QString auth = restErrorSentence(401, fixture("rest_error_401.json"));
        QVERIFY2(auth.contains(QLatin1String("Missing or invalid Authorization header")), qPrintable(auth));
        QVERIFY(auth.contains(QLatin1String("401")));
        QVERIFY(!auth.contains(QLatin1Char('{')));
        const QString window = restErrorSentence(400, fixture("rest_error_400.json"));
        QVERIFY(window.contains(QLatin1String("Invalid window. Use 1d, 7d, or 30d")));
        QVERIFY(restErrorSentence(429, "").contains(QLatin1String("429")));
        QVERIFY(!restErrorSentence(502, "<html>bad gateway</html>").contains(QLatin1String("<html>")));
        QCOMPARE(parse(encodeRestError(401, QStringLiteral("Missing or invalid Authorization header"))), parse(fixture("rest_error_401.json")));
    }

    void tiers()
    {
        QCOMPARE(tierLimits(QStringLiteral("free")).maxConnections, 0);
        QCOMPARE(tierLimits(QStringLiteral("Layer 1")).maxConnections, 5);
        QCOMPARE(tierLimits(QStringLiteral("layer1")).maxSubscriptions, 50);
        QCOMPARE(tierLimits(QStringLiteral("layer1")).historyMs, 7LL * 24 * 3600 * 1000);
        QCOMPARE(tierLimits(QStringLiteral("layer2")).maxConnections, 20);
        QCOMPARE(tierLimits(QStringLiteral("LAYER_3")).maxConnections, 50);
        QCOMPARE(tierLimits(QStringLiteral("layer3")).maxSubscriptions, 50);
        QVERIFY(tierLimits(QStringLiteral("enterprise")).unlimitedConnections());
        QVERIFY(tierLimits(QStringLiteral("enterprise")).unlimitedSubscriptions());
        QCOMPARE(tierLimits(QStringLiteral("nonsense")).id, QStringLiteral("layer1"));
        QCOMPARE(tierIds().size(), 5);
    }

    void garbageNeverCrashes()
    {
        // Truncations and random mutations of real messages, and random bytes.
        const QList<QByteArray> seeds = {fixture("trade_event.json"), fixture("candle_event.json"), fixture("tick_event.json"),
                                         fixture("rest_candles.json"), fixture("ws_error_cap.json"),
                                         R"({"op":"error","message":"x","channels":[1,null,"b"]})"};
        QRandomGenerator random(7);
        int decoded = 0;
        for (int round = 0; round < 4000; ++round) {
            QByteArray bytes = seeds.at(round % seeds.size());
            if (round % 3 == 0)
                bytes.truncate(random.bounded(bytes.size() + 1));
            for (int k = 0; k < 1 + round % 4 && !bytes.isEmpty(); ++k)
                bytes[random.bounded(int(bytes.size()))] = char(random.bounded(256));
            if (round % 50 == 0) {
                bytes.resize(random.bounded(64));
                for (char &ch : bytes)
                    ch = char(random.bounded(256));
            }
            const ServerMessage m = decodeServerMessage(bytes);
            Trade t;
            Tick k;
            Candle c;
            decodeTrade(m.data, t);
            decodeTick(m.data, k);
            decodeCandle(m.data, c);
            parseChannel(m.channel);
            QList<Candle> list;
            decodeCandleResponse(bytes, list);
            restErrorSentence(400, bytes);
            decoded += m.type == ServerMessage::Type::Invalid ? 0 : 1;
        }
        QVERIFY(decoded > 0);
    }
};

QTEST_GUILESS_MAIN(TestConyrCodec)
#include "tst_conyr_codec.moc"
