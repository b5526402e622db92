// The Predikt message codec: every documented message and error code, tiers, symbols,
// timestamps, and hostile input.

#include "providers/predikt/prediktcodec.h"

#include <QFile>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace Predikt;

namespace {
QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}
QJsonObject fixture(const char *name)
{
    QFile f(QStringLiteral(TW_TEST_DATA_DIR "/predikt/%1.json").arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}
} // namespace

class TestPrediktCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedMessages()
    {
        Message m;
        QVERIFY(decodeMessage(json(R"({"type":"connected","accountId":"acc_abc123","connectionId":"conn_xyz789","timestamp":"2026-01-17T12:00:00.000Z"})"), m));
        QCOMPARE(m.type, MessageType::Connected);
        QCOMPARE(m.connected.accountId, QStringLiteral("acc_abc123"));
        QCOMPARE(m.connected.connectionId, QStringLiteral("conn_xyz789"));
        QCOMPARE(m.connected.timestampMs, 1768651200000LL);

        QVERIFY(decodeMessage(json(R"({"type":"subscribed","channel":"price","symbols":["SOL","BTC","ETH"],"timestamp":"2026-01-17T12:00:01.000Z"})"), m));
        QCOMPARE(m.type, MessageType::Subscribed);
        QCOMPARE(m.subscription.symbols, (QStringList{"SOL", "BTC", "ETH"}));
        QCOMPARE(m.subscription.channel, QStringLiteral("price"));

        QVERIFY(decodeMessage(json(R"({"type":"unsubscribed","channel":"price","symbols":["BTC"],"timestamp":"2026-01-17T12:01:00.000Z"})"), m));
        QCOMPARE(m.type, MessageType::Unsubscribed);
        QCOMPARE(m.subscription.symbols, QStringList{"BTC"});

        QVERIFY(decodeMessage(json(R"({"type":"price_update","symbol":"SOL","price":185.42,"source":"vwap","timestamp":"2026-01-17T12:00:05.000Z"})"), m));
        QCOMPARE(m.type, MessageType::PriceUpdate);
        QCOMPARE(m.tick.symbol, QStringLiteral("SOL"));
        QCOMPARE(m.tick.price, 185.42);
        QCOMPARE(m.tick.source, QStringLiteral("vwap"));
        QCOMPARE(m.tick.timestampMs, 1768651205000LL);

        QVERIFY(decodeMessage(json(R"({"type":"billing","message":"Hourly subscription fee charged","amountUsd":"0.10","remainingBalanceUsd":"45.90","timestamp":"2026-01-17T13:00:00.000Z"})"), m));
        QCOMPARE(m.type, MessageType::Billing);
        QCOMPARE(m.billing.amountUsd.toString(), QStringLiteral("0.10")); // exact, as written
        QCOMPARE(m.billing.remainingBalanceUsd.toString(), QStringLiteral("45.90"));
        QCOMPARE(m.billing.message, QStringLiteral("Hourly subscription fee charged"));

        QVERIFY(decodeMessage(json(R"({"type":"pong","timestamp":"2026-01-17T13:00:00.000Z"})"), m));
        QCOMPARE(m.type, MessageType::Pong);
        QCOMPARE(m.pongTimestampMs, 1768654800000LL);

        QVERIFY(decodeMessage(json(R"({"type":"error","code":"RATE_LIMIT_EXCEEDED","message":"Maximum symbols (10) would be exceeded for STANDARD tier","timestamp":"2026-01-17T12:00:00.000Z"})"), m));
        QCOMPARE(m.type, MessageType::Error);
        QCOMPARE(m.error.code, ErrorCode::RateLimitExceeded);
        QVERIFY(m.error.message.contains(QLatin1String("Maximum symbols")));

        QVERIFY(decodeMessage(json(R"({"type":"disconnecting","reason":"INSUFFICIENT_BALANCE","message":"Insufficient balance"})"), m));
        QCOMPARE(m.type, MessageType::Disconnecting);
        QCOMPARE(m.disconnect.reason, QStringLiteral("Insufficient balance"));
        QCOMPARE(m.disconnect.code, QStringLiteral("INSUFFICIENT_BALANCE"));
    }

    void referenceFixtures()
    {
        // The provider's own examples, as files (tests/data/predikt).
        Message m;
        QVERIFY(decodeMessage(fixture("connected"), m));
        QCOMPARE(m.connected.connectionId, QStringLiteral("conn_xyz789"));
        QVERIFY(decodeMessage(fixture("subscribed"), m));
        QCOMPARE(m.subscription.symbols, (QStringList{"SOL", "BTC", "ETH"}));
        QVERIFY(decodeMessage(fixture("unsubscribed"), m));
        QCOMPARE(m.subscription.symbols, QStringList{"BTC"});
        QVERIFY(decodeMessage(fixture("price_update"), m));
        QCOMPARE(m.tick.price, 185.42);
        QVERIFY(decodeMessage(fixture("pong"), m));
        QCOMPARE(m.type, MessageType::Pong);
        QVERIFY(decodeMessage(fixture("billing"), m));
        QCOMPARE(m.billing.amountUsd.toString(), QStringLiteral("0.10"));
        QCOMPARE(m.billing.remainingBalanceUsd.toString(), QStringLiteral("45.90"));
        QCOMPARE(m.billing.remainingBalanceUsd.toFixed(2), QStringLiteral("45.90"));
        QVERIFY(decodeMessage(fixture("error_rate_limit"), m));
        QCOMPARE(m.error.code, ErrorCode::RateLimitExceeded);
        QCOMPARE(symbolCapIn(m.error.message), 10);
        QVERIFY(!namesConnectionLimit(m.error.message));
    }

    void moneyStaysExact()
    {
        Message m;
        // documented: strings; also accepted: JSON numbers, taken at their shortest form
        QVERIFY(decodeMessage(json(R"({"type":"billing","amountUsd":0.1,"remainingBalanceUsd":45.9})"), m));
        QCOMPARE(m.billing.amountUsd.toFixed(2), QStringLiteral("0.10"));
        QCOMPARE(m.billing.remainingBalanceUsd.toFixed(2), QStringLiteral("45.90"));
        // many charges of 0.10 add up to exactly 100.00, which doubles do not
        ExactDecimal total;
        double naive = 0;
        for (int i = 0; i < 1000; ++i) {
            total += m.billing.amountUsd;
            naive += 0.1;
        }
        QCOMPARE(total.toFixed(2), QStringLiteral("100.00"));
        QVERIFY(naive != 100.0);
        QVERIFY(!decodeMessage(json(R"({"type":"billing","amountUsd":"0,10","remainingBalanceUsd":"1"})"), m));
        QVERIFY(!decodeMessage(json(R"({"type":"billing","amountUsd":"1e400","remainingBalanceUsd":"1"})"), m));
    }

    void limitMessages()
    {
        QCOMPARE(symbolCapIn(QStringLiteral("Maximum symbols (50) would be exceeded for PRO tier")), 50);
        QCOMPARE(symbolCapIn(QStringLiteral("Maximum connections (2) reached for STANDARD tier")), -1);
        QCOMPARE(symbolCapIn(QStringLiteral("rate limited")), -1);
        QVERIFY(namesConnectionLimit(QStringLiteral("Maximum connections (2) reached for STANDARD tier")));
        QVERIFY(!namesConnectionLimit(QStringLiteral("Maximum symbols (10) per connection would be exceeded")));
    }

    void permissionDeniedSaysHowToFixIt()
    {
        const QString why = explain(ErrorCode::PermissionDenied, QStringLiteral("API key lacks websocket permission"));
        QVERIFY2(why.contains(QLatin1String("\"websocket\" permission")), qPrintable(why));
        QVERIFY(why.contains(QLatin1String("new keys")));
        QVERIFY(why.contains(QLatin1String("add \"websocket\"")));
        QCOMPARE(failureKind(ErrorCode::PermissionDenied), Failure::Kind::Auth);
    }

    void everyErrorCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<ErrorCode>("expected");
        QTest::addColumn<Failure::Kind>("kind");
        QTest::newRow("INVALID_API_KEY") << "INVALID_API_KEY" << ErrorCode::InvalidApiKey << Failure::Kind::Auth;
        QTest::newRow("PERMISSION_DENIED") << "PERMISSION_DENIED" << ErrorCode::PermissionDenied << Failure::Kind::Auth;
        QTest::newRow("INSUFFICIENT_BALANCE") << "INSUFFICIENT_BALANCE" << ErrorCode::InsufficientBalance << Failure::Kind::Billing;
        QTest::newRow("RATE_LIMIT_EXCEEDED") << "RATE_LIMIT_EXCEEDED" << ErrorCode::RateLimitExceeded << Failure::Kind::Limit;
        QTest::newRow("INVALID_SYMBOL") << "INVALID_SYMBOL" << ErrorCode::InvalidSymbol << Failure::Kind::None;
        QTest::newRow("ACCOUNT_NOT_FOUND") << "ACCOUNT_NOT_FOUND" << ErrorCode::AccountNotFound << Failure::Kind::Auth;
        QTest::newRow("something new") << "SOMETHING_NEW" << ErrorCode::Unknown << Failure::Kind::None;
    }
    void everyErrorCode()
    {
        QFETCH(QString, code);
        QFETCH(ErrorCode, expected);
        QFETCH(Failure::Kind, kind);
        Message m;
        QVERIFY(decodeMessage({{"type", "error"}, {"code", code}, {"message", "m"}}, m));
        QCOMPARE(m.error.code, expected);
        QCOMPARE(m.error.codeText, code);
        QCOMPARE(failureKind(expected), kind);
        QVERIFY(!explain(expected, QStringLiteral("m")).isEmpty());
        if (expected != ErrorCode::Unknown)
            QCOMPARE(errorCodeText(expected), code);
    }

    void eventForms()
    {
        Message m;
        QVERIFY(decodeEvent(QStringLiteral("message"), {json(R"({"type":"pong"})")}, m));
        QCOMPARE(m.type, MessageType::Pong);
        QVERIFY(decodeEvent(QStringLiteral("price_update"), {json(R"({"symbol":"BTC","price":"97000.5"})")}, m));
        QCOMPARE(m.type, MessageType::PriceUpdate);
        QCOMPARE(m.tick.price, 97000.5);
        QCOMPARE(m.tick.timestampMs, -1);
        QString error;
        QVERIFY(!decodeEvent(QStringLiteral("message"), {}, m, &error));
        QVERIFY(!decodeEvent(QStringLiteral("message"), {42}, m, &error));
        QVERIFY(!decodeEvent(QStringLiteral("whatever"), {QJsonObject()}, m, &error));
        QVERIFY(!error.isEmpty());
    }

    void malformed()
    {
        Message m;
        QString error;
        QVERIFY(!decodeMessage(json(R"({"type":"price_update","price":1})"), m, &error));
        QCOMPARE(m.type, MessageType::Unknown);
        QVERIFY(!decodeMessage(json(R"({"type":"price_update","symbol":"SOL","price":"abc"})"), m, &error));
        QVERIFY(!decodeMessage(json(R"({"type":"price_update","symbol":"SOL","price":-1})"), m, &error));
        QVERIFY(!decodeMessage(json(R"({"type":"price_update","symbol":"SOL","price":[1]})"), m, &error));
        QVERIFY(!decodeMessage(json(R"({"type":"billing","amountUsd":"x","remainingBalanceUsd":"1"})"), m, &error));
        QVERIFY(!decodeMessage(json(R"({"type":"mystery"})"), m, &error));
        QVERIFY(!decodeMessage(json(R"({"kind":"price_update"})"), m, &error));
        // wrong-typed optional fields degrade, never crash
        QVERIFY(decodeMessage(json(R"({"type":"subscribed","symbols":"SOL"})"), m));
        QVERIFY(m.subscription.symbols.isEmpty());
        QVERIFY(decodeMessage(json(R"({"type":"subscribed","symbols":["SOL",3,null]})"), m));
        QCOMPARE(m.subscription.symbols, QStringList{"SOL"});
        QVERIFY(decodeMessage(json(R"({"type":"error"})"), m));
        QCOMPARE(m.error.code, ErrorCode::Unknown);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("doc") << "2026-01-17T12:00:05.000Z" << 1768651205000LL;
        QTest::newRow("no ms") << "2026-01-17T12:00:05Z" << 1768651205000LL;
        QTest::newRow("micro") << "2026-01-17T12:00:05.123456Z" << 1768651205123LL;
        QTest::newRow("offset") << "2026-01-17T13:00:05.000+01:00" << 1768651205000LL;
        QTest::newRow("offset compact") << "2026-01-17T07:00:05-0500" << 1768651205000LL;
        QTest::newRow("epoch") << "1970-01-01T00:00:00Z" << 0LL;
        QTest::newRow("leap day") << "2024-02-29T00:00:00Z" << 1709164800000LL;
        QTest::newRow("garbage") << "yesterday" << -1LL;
        QTest::newRow("bad month") << "2026-13-17T12:00:05Z" << -1LL;
        QTest::newRow("trailing") << "2026-01-17T12:00:05Zx" << -1LL;
        QTest::newRow("dot only") << "2026-01-17T12:00:05.Z" << -1LL;
        QTest::newRow("empty") << "" << -1LL;
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(parseTimestampMs(text), ms);
        if (ms > 0 && text.endsWith(QLatin1Char('Z')) && text.size() == 24)
            QCOMPARE(formatTimestamp(ms), text);
    }

    // Issue 15: a numeric timestamp out of range (1e300 was converted to qint64 unchecked) is
    // absent (-1) in every message that carries one; a real one is read as Unix ms.
    void numericTimestampsOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("timestamp");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("ms") << QByteArray("1768651205000") << 1768651205000LL;
        QTest::newRow("fraction of a ms") << QByteArray("1768651205000.7") << 1768651205000LL;
        QTest::newRow("2^53") << QByteArray("9007199254740992") << 9007199254740992LL;
        QTest::newRow("2^53 + 2") << QByteArray("9007199254740994") << -1LL;
        QTest::newRow("1e19") << QByteArray("1e19") << -1LL;
        QTest::newRow("1e300") << QByteArray("1e300") << -1LL;
        QTest::newRow("-1e300") << QByteArray("-1e300") << -1LL;
        QTest::newRow("negative") << QByteArray("-5") << -1LL;
        QTest::newRow("1e300 as text") << QByteArray("\"1e300\"") << -1LL;
    }
    void numericTimestampsOutOfRange()
    {
        QFETCH(QByteArray, timestamp);
        QFETCH(qint64, ms);
        const auto decoded = [&](const char *fields) {
            Message m;
            const QByteArray text = QByteArray("{") + fields + ",\"timestamp\":" + timestamp + "}";
            if (!decodeMessage(QJsonDocument::fromJson(text).object(), m))
                qWarning("not decoded: %s", text.constData());
            return m;
        };
        QCOMPARE(decoded("\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":1").tick.timestampMs, ms);
        QCOMPARE(decoded("\"type\":\"connected\",\"accountId\":\"a\"").connected.timestampMs, ms);
        QCOMPARE(decoded("\"type\":\"subscribed\",\"symbols\":[\"SOL\"]").subscription.timestampMs, ms);
        QCOMPARE(decoded("\"type\":\"billing\",\"amountUsd\":\"0.10\",\"remainingBalanceUsd\":\"1\"").billing.timestampMs, ms);
        QCOMPARE(decoded("\"type\":\"pong\"").pongTimestampMs, ms);
        QCOMPARE(decoded("\"type\":\"error\",\"code\":\"X\"").error.timestampMs, ms);
        QCOMPARE(decoded("\"type\":\"disconnecting\",\"reason\":\"R\"").disconnect.timestampMs, ms);
    }

    void tiersAndSymbols()
    {
        QCOMPARE(tierByName(QStringLiteral("standard")).maxConnections, 2);
        QCOMPARE(tierByName(QStringLiteral("STANDARD")).maxSymbols, 10);
        QCOMPARE(tierByName(QStringLiteral("PRO")).maxConnections, 5);
        QCOMPARE(tierByName(QStringLiteral("PRO")).maxSymbols, 50);
        QCOMPARE(tierByName(QStringLiteral("Enterprise")).maxConnections, 20);
        QCOMPARE(tierByName(QStringLiteral("ENTERPRISE")).maxSymbols, 200);
        QCOMPARE(tierByName(QStringLiteral("gold")).name, QStringLiteral("STANDARD"));
        QCOMPARE(normalizeSymbols({" sol", "SOL", "", "btc ", "Eth"}), (QStringList{"SOL", "BTC", "ETH"}));
        QCOMPARE(QJsonDocument(subscriptionRequest({"SOL"})).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"channel":"price","symbols":["SOL"]})"));
        QCOMPARE(QJsonDocument(messageRequest("subscribe", {"SOL"})).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"action":"subscribe","channel":"price","symbols":["SOL"]})"));
    }

    void fastScanAgreesWithTheFullDecoder_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("scanned");
        QTest::newRow("documented") << QByteArray(R"(["message",{"type":"price_update","symbol":"SOL","price":185.42,"source":"vwap","timestamp":"2026-01-17T12:00:05.000Z"}])") << true;
        QTest::newRow("spaces and order") << QByteArray(R"( [ "message" , { "price" : 1e-5 , "symbol" : "BONK" , "type" : "price_update" } ] )") << true;
        QTest::newRow("extra number field") << QByteArray(R"(["message",{"type":"price_update","symbol":"SOL","price":1,"volume":3}])") << true;
        QTest::newRow("other type") << QByteArray(R"(["message",{"type":"pong"}])") << false;
        QTest::newRow("escaped string") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"S\\u004fL\",\"price\":1}]") << false;
        QTest::newRow("string price") << QByteArray(R"(["message",{"type":"price_update","symbol":"SOL","price":"1.5"}])") << false;
        QTest::newRow("nested") << QByteArray(R"(["message",{"type":"price_update","symbol":"SOL","price":1,"meta":{}}])") << false;
        QTest::newRow("null") << QByteArray(R"(["message",{"type":"price_update","symbol":"SOL","price":null}])") << false;
        QTest::newRow("no symbol") << QByteArray(R"(["message",{"type":"price_update","price":1}])") << false;
        QTest::newRow("negative") << QByteArray(R"(["message",{"type":"price_update","symbol":"SOL","price":-1}])") << false;
        QTest::newRow("two args") << QByteArray(R"(["message",{"type":"price_update","symbol":"SOL","price":1},2])") << false;
        QTest::newRow("other event") << QByteArray(R"(["price_update",{"symbol":"SOL","price":1}])") << false;
        QTest::newRow("truncated") << QByteArray(R"(["message",{"type":"price_update","symbol":"SOL","price":1)") << false;
        QTest::newRow("unterminated string") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL") << false;
        QTest::newRow("trailing") << QByteArray(R"(["message",{"type":"price_update","symbol":"SOL","price":1}]x)") << false;
        // Issue 15: a numeric timestamp is read by both (the scanner ignored it), 1e300 by neither.
        QTest::newRow("numeric timestamp") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":1,\"timestamp\":1768651205000}]") << true;
        QTest::newRow("timestamp 1e300") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":1,\"timestamp\":1e300}]") << true;
        QTest::newRow("timestamp -1e19") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":1,\"timestamp\":-1e19}]") << true;
        // Found by fuzz_predikt: bytes that are not UTF-8 inside a string; the full decoder refuses the frame.
        QTest::newRow("not UTF-8") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":1,\"timestamp\":\"20\xff\xfe" "26\"}]") << false;
        // Found by fuzz_predikt: numbers JSON does not allow (the scanner read "00" as 0).
        for (const char *bad : {"00", "01", "+1", ".5", "1.", "1e", "1e+", "-", "--1", "1.2.3", "0x10"})
            QTest::newRow(qPrintable(QStringLiteral("not a JSON number %1").arg(QLatin1String(bad))))
                << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":1,\"timestamp\":") + bad + "}]" << false;
        QTest::newRow("not a JSON price 01") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":01}]") << false;
        QTest::newRow("JSON number forms") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":0.5e+2,\"volume\":-0,\"timestamp\":1768651205000}]") << true;
        QTest::newRow("repeated timestamp") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":1,\"timestamp\":1,\"timestamp\":\"2026-01-17T12:00:05Z\"}]") << false;
        // Found by fuzz_predikt (10-minute run): the scan took the first symbol, the full
        // decoder the last (a number, so no tick). Every key the scan reads may appear once.
        QTest::newRow("repeated symbol") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"OL\",\"price\":185.2,\"symbol\":17686290071992547}]") << false;
        QTest::newRow("repeated price") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":1,\"price\":2}]") << false;
        QTest::newRow("repeated type") << QByteArray("[\"message\",{\"type\":\"price_update\",\"symbol\":\"SOL\",\"price\":1,\"type\":\"billing\"}]") << false;
    }
    void fastScanAgreesWithTheFullDecoder()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, scanned);
        PriceTick fast;
        QCOMPARE(scanPriceUpdate(json, fast), scanned);
        if (!scanned)
            return;
        const QJsonArray array = QJsonDocument::fromJson(json).array();
        Message full;
        QVERIFY(decodeEvent(array.at(0).toString(), QJsonArray{array.at(1)}, full));
        QCOMPARE(fast.symbol, full.tick.symbol);
        QCOMPARE(fast.price, full.tick.price);
        QCOMPARE(fast.source, full.tick.source);
        QCOMPARE(fast.timestampMs, full.tick.timestampMs);
    }

    void fuzzNeverCrashes()
    {
        const QByteArray seed = R"({"type":"price_update","symbol":"SOL","price":185.42,"source":"vwap","timestamp":"2026-01-17T12:00:05.000Z"})";
        QRandomGenerator rng(99);
        int decoded = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray text = seed;
            for (int e = 0; e < 3; ++e)
                text[int(rng.bounded(int(text.size())))] = char(rng.bounded(32, 127));
            Message m;
            decoded += decodeMessage(QJsonDocument::fromJson(text).object(), m) ? 1 : 0;
            parseTimestampMs(QString::fromLatin1(text.mid(int(rng.bounded(int(text.size()))))));
            PriceTick t;
            scanPriceUpdate(QByteArray(QByteArray("[\"message\",") + text + QByteArray("]")), t);
            scanPriceUpdate(QByteArrayView(text).first(int(rng.bounded(int(text.size())))), t);
        }
        // some mutations still decode (e.g. a changed digit), many are refused
        QVERIFY(decoded > 0);
        QVERIFY(decoded < 20000);
    }
};

QTEST_MAIN(TestPrediktCodec)
#include "tst_predikt_codec.moc"
