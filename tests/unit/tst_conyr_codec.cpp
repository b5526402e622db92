// The Conyr codec on the protocol page's own messages, channel names, payloads, REST
// candle responses, tiers, and garbage.

#include "providers/conyr/conyrcodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Conyr;

namespace {
const QString Usdc = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");

QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}
} // namespace

class TestConyrCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedSubscribe()
    {
        // The page's example: ws.send(JSON.stringify({op:"subscribe", channels:[…]}))
        const QByteArray sent = encodeSubscribe({QStringLiteral("token:EPjFWd...:trades"),
                                                 QStringLiteral("token:EPjFWd...:ohlcv:filtered:1m")});
        QCOMPARE(parse(sent), parse(R"({"op":"subscribe","channels":["token:EPjFWd...:trades","token:EPjFWd...:ohlcv:filtered:1m"]})"));
        QCOMPARE(parse(encodeUnsubscribe({QStringLiteral("a")})), parse(R"({"op":"unsubscribe","channels":["a"]})"));
        QCOMPARE(parse(encodePing()), parse(R"({"op":"ping"})"));
    }

    void seedServerMessages()
    {
        ServerMessage m = decodeServerMessage(R"({"op": "subscribed", "channels": ["token:EPjFWd...:trades"]})");
        QCOMPARE(m.type, ServerMessage::Type::Subscribed);
        QCOMPARE(m.channels, QStringList{QStringLiteral("token:EPjFWd...:trades")});

        m = decodeServerMessage(R"({"op": "unsubscribed", "channels": ["x", "y"]})");
        QCOMPARE(m.type, ServerMessage::Type::Unsubscribed);
        QCOMPARE(m.channels.size(), 2);

        QCOMPARE(decodeServerMessage(R"({"op": "pong"})").type, ServerMessage::Type::Pong);

        m = decodeServerMessage(R"({"op": "error", "message": "Subscription limit exceeded"})");
        QCOMPARE(m.type, ServerMessage::Type::Error);
        QCOMPARE(m.message, QStringLiteral("Subscription limit exceeded"));
        QVERIFY(m.channels.isEmpty());

        m = decodeServerMessage(R"({ "channel": "token:EPjFWd...:trades", "data": { "...": "the primitive\u0027s payload" } })");
        QCOMPARE(m.type, ServerMessage::Type::Data);
        QCOMPARE(m.channel, QStringLiteral("token:EPjFWd...:trades"));
        QCOMPARE(m.data.toObject().value(QStringLiteral("...")).toString(), QStringLiteral("the primitive's payload"));
        // The placeholder payload is not a trade: the decoder says so instead of guessing.
        Trade t;
        QString problem;
        QVERIFY(!decodeTrade(m.data, t, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void oddServerMessages()
    {
        QCOMPARE(decodeServerMessage(R"({"op":"hello"})").type, ServerMessage::Type::UnknownOp);
        QCOMPARE(decodeServerMessage(R"({"op":"hello"})").op, QStringLiteral("hello"));
        QCOMPARE(decodeServerMessage("not json").type, ServerMessage::Type::Invalid);
        QCOMPARE(decodeServerMessage("[1,2]").type, ServerMessage::Type::Invalid);
        QCOMPARE(decodeServerMessage(R"({"channel":5,"data":{}})").type, ServerMessage::Type::Invalid);
        QCOMPARE(decodeServerMessage(R"({"data":{}})").type, ServerMessage::Type::Invalid);
        const ServerMessage e = decodeServerMessage(R"({"op":"error"})");
        QCOMPARE(e.type, ServerMessage::Type::Error);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!decodeServerMessage("").problem.isEmpty());
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
        QTest::newRow("seed ohlcv") << "token:EPjFWd...:ohlcv:filtered:1m" << int(ChannelKind::Ohlcv) << "EPjFWd..." << "filtered" << "1m" << qint64(60000);
        QTest::newRow("raw 1h") << "token:" + Usdc + ":ohlcv:raw:1h" << int(ChannelKind::Ohlcv) << Usdc << "raw" << "1h" << qint64(3600000);
        QTest::newRow("1s") << "token:" + Usdc + ":ohlcv:filtered:1s" << int(ChannelKind::Ohlcv) << Usdc << "filtered" << "1s" << qint64(1000);
        QTest::newRow("unknown primitive") << "token:" + Usdc + ":holders" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("wallet") << "wallet:abc:transfers" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("empty mint") << "token::trades" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("bad interval") << "token:x:ohlcv:filtered:2x" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("zero interval") << "token:x:ohlcv:filtered:0m" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
        QTest::newRow("missing interval") << "token:x:ohlcv:filtered" << int(ChannelKind::Generic) << "" << "" << "" << qint64(0);
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

    void channelRoundTrip()
    {
        QCOMPARE(parseChannel(tradesChannel(Usdc)).kind, ChannelKind::Trades);
        const ChannelDescriptor d = parseChannel(ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("5m")));
        QCOMPARE(d.kind, ChannelKind::Ohlcv);
        QCOMPARE(d.intervalMs, 300000);
        QCOMPARE(intervalName(300000), QStringLiteral("5m"));
        QCOMPARE(intervalName(3600000), QStringLiteral("1h"));
        QCOMPARE(intervalName(86400000), QStringLiteral("1d"));
        QCOMPARE(intervalName(30000), QStringLiteral("30s"));
        QCOMPARE(intervalName(0), QString());
        QVERIFY(isPlausibleMint(Usdc));
        QVERIFY(!isPlausibleMint(QStringLiteral("EPjFWd...")));
        QVERIFY(!isPlausibleMint(QString(QStringLiteral("0OIl") + Usdc.mid(4))));
    }

    void trades()
    {
        Trade t;
        QVERIFY(decodeTrade(parse(R"({"signature":"5hX","seq":42,"ts":1732180000123,"side":"buy","price":0.000123,"size":1500.5,"value_usd":0.18,"trader":"9xQ"})"), t));
        QCOMPARE(t.id, QStringLiteral("5hX"));
        QCOMPARE(t.seq, 42);
        QCOMPARE(t.ts, 1732180000123);
        QCOMPARE(t.side, Side::Buy);
        QCOMPARE(t.price, 0.000123);
        QCOMPARE(t.size, 1500.5);
        QCOMPARE(t.trader, QStringLiteral("9xQ"));
        // Numbers as strings, "id" instead of "signature", no seq, unknown side.
        QVERIFY(decodeTrade(parse(R"({"id":"a","ts":"1732180000123","side":"SELL","price":"1.5","size":"2"})"), t));
        QCOMPARE(t.side, Side::Sell);
        QCOMPARE(t.seq, -1);
        QCOMPARE(t.price, 1.5);
        QVERIFY(decodeTrade(parse(R"({"id":"a","ts":1,"side":"swap","price":1,"size":0})"), t));
        QCOMPARE(t.side, Side::Unknown);
        QString problem;
        QVERIFY(!decodeTrade(parse(R"({"ts":1,"price":1,"size":1})"), t, &problem));
        QVERIFY(!decodeTrade(parse(R"({"id":"a","price":1,"size":1})"), t, &problem));
        QVERIFY(!decodeTrade(parse(R"({"id":"a","ts":1,"price":-1,"size":1})"), t, &problem));
        QVERIFY(!decodeTrade(parse(R"({"id":"a","ts":1,"price":"abc","size":1})"), t, &problem));
        QVERIFY(!decodeTrade(parse(R"({"id":"a","ts":1,"price":1,"size":1,"seq":"x"})"), t, &problem));
        QVERIFY(!decodeTrade(QJsonValue(5), t, &problem));
        QVERIFY(!problem.isEmpty());
        // Encoder and decoder agree.
        Trade in{QStringLiteral("sig"), 7, 1732180000000, Side::Sell, 0.00002413, 123456.5, 2.97, QStringLiteral("w")};
        const ServerMessage m = decodeServerMessage(encodeTradeEvent(tradesChannel(Usdc), in));
        QCOMPARE(m.type, ServerMessage::Type::Data);
        QVERIFY(decodeTrade(m.data, t));
        QCOMPARE(t.id, in.id);
        QCOMPARE(t.seq, in.seq);
        QCOMPARE(t.price, in.price);
        QCOMPARE(t.size, in.size);
        QCOMPARE(t.valueUsd, in.valueUsd);
        QCOMPARE(t.side, in.side);
    }

    void candles()
    {
        Candle c;
        QVERIFY(decodeCandle(parse(R"({"ts":1732180020000,"o":1.0,"h":1.2,"l":0.9,"c":1.1,"v":300,"trades":12,"closed":true})"), c));
        QCOMPARE(c.ts, 1732180020000);
        QCOMPARE(c.high, 1.2);
        QCOMPARE(c.trades, 12);
        QVERIFY(c.closed);
        QVERIFY(decodeCandle(parse(R"({"ts":1,"o":"1","h":"1","l":"1","c":"1"})"), c));
        QCOMPARE(c.volume, 0.0);
        QVERIFY(!c.closed);
        QVERIFY(!decodeCandle(parse(R"({"ts":1,"o":1,"h":0.5,"l":0.4,"c":0.45})"), c)); // open above high
        QVERIFY(!decodeCandle(parse(R"({"ts":1,"o":1,"h":1,"l":2,"c":1})"), c));
        QVERIFY(!decodeCandle(parse(R"({"o":1,"h":1,"l":1,"c":1})"), c));
        QVERIFY(!decodeCandle(parse(R"({"ts":1,"o":1,"h":1,"l":1,"c":1,"v":-3})"), c));
        QVERIFY(!decodeCandle(QJsonValue(QJsonArray{1, 2}), c));
        const Candle in{1732180020000, 0.5, 0.7, 0.4, 0.6, 12.25, 3, false};
        QVERIFY(decodeCandle(decodeServerMessage(encodeCandleEvent(QStringLiteral("x"), in)).data, c));
        QCOMPARE(c, in);
    }

    void rest()
    {
        QCOMPARE(restBaseFromWs(QUrl(QStringLiteral("wss://api.conyr.ai/ws?api_key=k"))), QUrl(QStringLiteral("https://api.conyr.ai")));
        QCOMPARE(restBaseFromWs(QUrl(QStringLiteral("ws://127.0.0.1:8765/ws"))), QUrl(QStringLiteral("http://127.0.0.1:8765")));
        const QUrl url = candleRequestUrl(QUrl(QStringLiteral("https://api.conyr.ai")), Usdc, QStringLiteral("filtered"),
                                          QStringLiteral("1m"), 1000, 0, 300);
        QCOMPARE(url.path(), QStringLiteral("/v1/tokens/%1/ohlcv").arg(Usdc));
        QCOMPARE(url.query(), QStringLiteral("variant=filtered&interval=1m&from=1000&limit=300"));

        const QList<Candle> in = {{2000, 1, 2, 1, 2, 5, 2, true}, {1000, 1, 1, 1, 1, 0, 0, true}};
        QList<Candle> out;
        QString problem;
        int skipped = -1;
        QVERIFY(decodeCandleResponse(encodeCandleResponse(Usdc, QStringLiteral("raw"), QStringLiteral("1s"), in), out, &problem, &skipped));
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0).ts, 1000); // sorted
        QCOMPARE(skipped, 0);
        QVERIFY(decodeCandleResponse(R"({"candles":[{"ts":1,"o":1,"h":1,"l":1,"c":1},{"bad":true},7]})", out, &problem, &skipped));
        QCOMPARE(out.size(), 1);
        QCOMPARE(skipped, 2);
        QVERIFY(!decodeCandleResponse("{}", out, &problem));
        QVERIFY(!decodeCandleResponse("<html>", out, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void tiers()
    {
        QCOMPARE(tierLimits(QStringLiteral("free")).maxConnections, 0);
        QCOMPARE(tierLimits(QStringLiteral("Layer 1")).maxConnections, 5);
        QCOMPARE(tierLimits(QStringLiteral("layer1")).maxSubscriptions, 50);
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
        const QList<QByteArray> seeds = {
            encodeTradeEvent(tradesChannel(Usdc), {QStringLiteral("s"), 1, 1732180000000, Side::Buy, 1, 2, 0, {}}),
            encodeCandleEvent(ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("1m")), {60000, 1, 2, 0.5, 1.5, 3, 4, true}),
            R"({"op":"subscribed","channels":["a"]})", R"({"op":"error","message":"x","channels":[1,null,"b"]})",
        };
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
            Candle c;
            decodeTrade(m.data, t);
            decodeCandle(m.data, c);
            parseChannel(m.channel);
            QList<Candle> list;
            decodeCandleResponse(bytes, list);
            decoded += m.type == ServerMessage::Type::Invalid ? 0 : 1;
        }
        QVERIFY(decoded > 0);
    }
};

QTEST_GUILESS_MAIN(TestConyrCodec)
#include "tst_conyr_codec.moc"
