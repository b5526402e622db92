// Allium codec and filter model: the seed's own example messages, filter tables
// (parse, serialise, validate, evaluate) including big numbers and malformed input.

#include "providers/allium/alliumcodec.h"
#include "providers/allium/alliumdecimal.h"
#include "providers/allium/alliumfilter.h"
#include "providers/allium/alliumobservations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <cmath>

class TestAlliumCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void seedPostRequest();
    void seedGetRequest();
    void seedResponses();
    void requestRoundTrip();
    void badRequests_data();
    void badRequests();
    void badResponses_data();
    void badResponses();
    void controlMessages();
    void topics();
    void blockRecord();
    void outOfRangeNumbers();
    void streamFrames();
    void scannedFieldsReachTheAlertAdapter();
    void decimals_data();
    void decimals();
    void filterParseSerialise_data();
    void filterParseSerialise();
    void filterMalformed_data();
    void filterMalformed();
    void filterEvaluate_data();
    void filterEvaluate();
    void filterBuiltInCpp();
    void randomGarbageNeverCrashes();
};

static QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

void TestAlliumCodec::seedPostRequest()
{
    // The request from the seed's "Request Format" section.
    const QByteArray frame = R"({
      "method": "POST",
      "id": "unique-request-id",
      "path": "/api/v1/developer/trading/hyperliquid/info/fills",
      "body": {"type": "userFills", "user": "0xD5994523d6B235862bE1790C06cFBE8547869449"}
    })";
    QString error;
    const auto r = AlliumCodec::decodeRequest(frame, &error);
    QVERIFY2(r, qPrintable(error));
    QCOMPARE(r->method, QStringLiteral("POST"));
    QCOMPARE(r->id, QStringLiteral("unique-request-id"));
    QCOMPARE(r->path, QStringLiteral("/api/v1/developer/trading/hyperliquid/info/fills"));
    QCOMPARE(r->body.value("type").toString(), QStringLiteral("userFills"));
    QVERIFY(!AlliumApiRequest::isIdempotent(r->method));
}

void TestAlliumCodec::seedGetRequest()
{
    AlliumApiRequest r;
    r.method = "GET";
    r.id = "get-assets-1";
    r.path = "/api/v1/developer/assets";
    r.body = obj(R"({"blockchain":"ethereum","limit":"10"})");
    const QJsonObject encoded = QJsonDocument::fromJson(AlliumCodec::encodeRequest(r)).object();
    QCOMPARE(encoded, obj(R"({"method":"GET","id":"get-assets-1","path":"/api/v1/developer/assets","body":{"blockchain":"ethereum","limit":"10"}})"));
    QVERIFY(AlliumApiRequest::isIdempotent("GET"));
    QVERIFY(AlliumApiRequest::isIdempotent("PUT"));
    QVERIFY(AlliumApiRequest::isIdempotent("DELETE"));
    QVERIFY(!AlliumApiRequest::isIdempotent("PATCH"));
}

void TestAlliumCodec::seedResponses()
{
    QString error;
    const auto ok = AlliumCodec::decodeResponse(R"({"id":"unique-request-id","status":"success","data":{"fills":[]}})", &error);
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(ok->isSuccess());
    QVERIFY(!ok->isMaxInflight());
    QCOMPARE(ok->data.toObject().value("fills").toArray().size(), 0);
    // The seed's documented limit error.
    const auto limit = AlliumCodec::decodeResponse(
        R"({"id":"your-request-id","status":"error","data":"max inflight requests reached, please wait for requests to finish"})", &error);
    QVERIFY(limit);
    QVERIFY(limit->isMaxInflight());
    QCOMPARE(limit->dataText(), QString::fromLatin1(AlliumCodec::MaxInflightMessage));
}

void TestAlliumCodec::requestRoundTrip()
{
    AlliumApiRequest r;
    r.method = "DELETE";
    r.id = "x-1";
    r.path = "/api/v1/developer/thing";
    QString error;
    const auto back = AlliumCodec::decodeRequest(AlliumCodec::encodeRequest(r), &error);
    QVERIFY(back);
    QCOMPARE(back->method, r.method);
    QVERIFY(!back->hasBody);
}

void TestAlliumCodec::badRequests_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::addColumn<QString>("id");
    QTest::newRow("not json") << QByteArray("{nope") << QString();
    QTest::newRow("array") << QByteArray("[1]") << QString();
    QTest::newRow("no id") << QByteArray(R"({"method":"GET","path":"/a"})") << QString();
    QTest::newRow("numeric id") << QByteArray(R"({"method":"GET","id":5,"path":"/a"})") << QString();
    QTest::newRow("bad method") << QByteArray(R"({"method":"FETCH","id":"a","path":"/a"})") << QStringLiteral("a");
    QTest::newRow("relative path") << QByteArray(R"({"method":"GET","id":"b","path":"a"})") << QStringLiteral("b");
    QTest::newRow("body array") << QByteArray(R"({"method":"GET","id":"c","path":"/a","body":[]})") << QStringLiteral("c");
}

void TestAlliumCodec::badRequests()
{
    QFETCH(QByteArray, frame);
    QFETCH(QString, id);
    QString error, gotId;
    QVERIFY(!AlliumCodec::decodeRequest(frame, &error, &gotId));
    QVERIFY(!error.isEmpty());
    QCOMPARE(gotId, id);
}

void TestAlliumCodec::badResponses_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("garbage") << QByteArray("\xff\xfe garbage");
    QTest::newRow("string") << QByteArray(R"("hello")");
    QTest::newRow("status number") << QByteArray(R"({"id":"a","status":7})");
    QTest::newRow("id object") << QByteArray(R"({"id":{},"status":"success"})");
    QTest::newRow("empty") << QByteArray();
}

void TestAlliumCodec::badResponses()
{
    QFETCH(QByteArray, frame);
    QString error;
    QVERIFY(!AlliumCodec::decodeResponse(frame, &error));
    QVERIFY(!error.isEmpty());
}

void TestAlliumCodec::controlMessages()
{
    QCOMPARE(obj(AlliumCodec::encodeStart()), obj(R"({"action":"start"})"));
    QCOMPARE(obj(AlliumCodec::encodeStop()), obj(R"({"action":"stop"})"));
    // The seed's setFilter example.
    const QByteArray seedFilter = R"({"action":"setFilter","data":{"field":"to_address","operator":"exists","value":true}})";
    QString error;
    const auto c = AlliumCodec::decodeControl(seedFilter, &error);
    QVERIFY2(c, qPrintable(error));
    QCOMPARE(c->action, AlliumStreamControl::Action::SetFilter);
    QVERIFY(c->filter);
    QCOMPARE(obj(AlliumCodec::encodeSetFilter(*c->filter)), obj(seedFilter));
    QVERIFY(!AlliumCodec::decodeControl(R"({"action":"pause"})", &error));
    QVERIFY(error.contains("pause"));
    QVERIFY(!AlliumCodec::decodeControl(R"({"action":"setFilter","data":{"field":"x"}})", &error));
    QVERIFY(error.contains("$.operator"));
}

void TestAlliumCodec::topics()
{
    for (const char *t : {"ethereum.blocks", "ethereum.transactions", "ethereum.logs", "base.dex_trades",
                          "solana.transactions", "hyperliquid.fills", "bitcoin.blocks"})
        QVERIFY2(AlliumTopic::parse(QString::fromLatin1(t)), t);
    QCOMPARE(AlliumTopic::parse("bitcoin.blocks")->kind, AlliumTopic::Kind::Blocks);
    QCOMPARE(AlliumTopic::parse("base.dex_trades")->kind, AlliumTopic::Kind::DexTrades);
    QCOMPARE(AlliumTopic::parse("hyperliquid.fills")->kind, AlliumTopic::Kind::Fills);
    QVERIFY(!AlliumTopic::parse("ethereum"));
    QVERIFY(!AlliumTopic::parse("eth blocks"));
    QVERIFY(!AlliumTopic::parse(".blocks"));
}

void TestAlliumCodec::blockRecord()
{
    const auto frame = AlliumCodec::decodeStreamFrame(
        R"({"number":21000001,"hash":"0xbb","parent_hash":"0xaa","timestamp":"2024-11-01T00:00:12","transaction_count":150})",
        AlliumTopic::Kind::Blocks);
    QVERIFY(frame.error.isEmpty());
    QCOMPARE(frame.records.size(), 1);
    const AlliumRecord &r = frame.records.first();
    QCOMPARE(r.blockNumber, 21000001);
    QCOMPARE(r.hash, QStringLiteral("0xbb"));
    QCOMPARE(r.parentHash, QStringLiteral("0xaa"));
    QCOMPARE(r.timestampMs, 1730419212000LL);
    QCOMPARE(r.object().value("transaction_count").toInt(), 150);
    QVERIFY(r.raw.isEmpty()); // the hot path keeps the bytes, not a parsed object
    QCOMPARE(AlliumCodec::parseInteger(QJsonValue("0x10")), 16);
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(1730419212)), 1730419212000LL);
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(1730419212000.0)), 1730419212000LL);
}

// Issue 15: numbers beyond 2^53 (1e19, 2^63-1) or not a time (1e300) were converted to qint64
// unchecked (undefined). The record is still read; the field counts as absent (-1), so the
// table shows the value as sent and the client's gap detection skips it.
void TestAlliumCodec::outOfRangeNumbers()
{
    const QByteArray frame = "{\"number\":1e19,\"hash\":\"0xbb\",\"timestamp\":1e300,\"transaction_count\":1}";
    auto f = AlliumCodec::decodeStreamFrame(frame, AlliumTopic::Kind::Blocks);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.records.size(), 1);
    QCOMPARE(f.records.first().blockNumber, -1);
    QCOMPARE(f.records.first().timestampMs, -1);
    QCOMPARE(f.records.first().hash, QStringLiteral("0xbb"));
    // The object path (the simulator, replays of parsed records) agrees with the scanner.
    const AlliumRecord r = AlliumCodec::recordFromObject(QJsonDocument::fromJson(frame).object(), AlliumTopic::Kind::Blocks);
    QCOMPARE(r.blockNumber, -1);
    QCOMPARE(r.timestampMs, -1);

    // Block numbers: whole, non-negative, at most 2^53 (so number + 1 never overflows).
    // The scanner reads the digits as sent; the object path only has their double, in which
    // 2^53 + 1 is 2^53 (so only the scanner can tell that it is out of range).
    const struct {
        const char *number;
        qint64 scanned;
        qint64 fromObject;
    } numbers[] = {{"9007199254740992", 9007199254740992LL, 9007199254740992LL},
                   {"9007199254740993", -1, 9007199254740992LL},
                   {"9223372036854775807", -1, -1}, {"9223372036854775808", -1, -1}, {"-1", -1, -1}, {"1.5", -1, -1},
                   {"1e300", -1, -1}, {"-1e19", -1, -1}, {"\"9223372036854775808\"", -1, -1},
                   {"\"0x20000000000001\"", -1, -1}, {"\"NaN\"", -1, -1}, {"7", 7, 7}};
    for (const auto &n : numbers) {
        const QByteArray json = QByteArray("{\"number\":") + n.number + "}";
        f = AlliumCodec::decodeStreamFrame(json, AlliumTopic::Kind::Blocks);
        QVERIFY2(f.error.isEmpty(), json.constData());
        QCOMPARE(f.records.size(), 1);
        QVERIFY2(f.records.first().blockNumber == n.scanned, json.constData());
        QVERIFY2(AlliumCodec::recordFromObject(QJsonDocument::fromJson(json).object(), AlliumTopic::Kind::Blocks).blockNumber
                     == n.fromObject,
                 json.constData());
    }
    // Solana slots and transaction block numbers go the same way.
    f = AlliumCodec::decodeStreamFrame("{\"slot\":1e19,\"signature\":\"s\"}", AlliumTopic::Kind::Transactions);
    QCOMPARE(f.records.size(), 1);
    QCOMPARE(f.records.first().blockNumber, -1);

    // The helpers say why.
    QString why;
    QCOMPARE(AlliumCodec::parseInteger(QJsonValue(1e19), &why), -1);
    QVERIFY2(why.contains(QStringLiteral("out of range")), qPrintable(why));
    why.clear();
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(1e300), &why), -1);
    QVERIFY2(why.contains(QStringLiteral("time")), qPrintable(why));
    why.clear();
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(QStringLiteral("1e300")), &why), -1);
    QVERIFY(!why.isEmpty());
    why.clear();
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(QString(100000, QLatin1Char('9'))), &why), -1);
    QVERIFY2(why.contains(QStringLiteral("64")), qPrintable(why));
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(-1e19)), -1);
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(QStringLiteral("2024-11-01T00:00:12Z"))), 1730419212000LL);
    // Found by fuzz_allium: an ISO time before 1970 was a negative time (a number is -1).
    why.clear();
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(QStringLiteral("1012-11-01T00:00:12")), &why), -1);
    QVERIFY2(why.contains(QStringLiteral("1970")), qPrintable(why));
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(QStringLiteral("1969-12-31T23:59:59Z"))), -1);
    QCOMPARE(AlliumCodec::parseTimestampMs(QJsonValue(QStringLiteral("1970-01-01T00:00:00Z"))), 0LL);
    const auto old = AlliumCodec::decodeStreamFrame("{\"number\":21000001,\"hash\":\"0xbb\",\"timestamp\":\"1012-11-01T00:00:12\"}",
                                                  AlliumTopic::Kind::Blocks);
    QCOMPARE(old.records.size(), 1);
    QCOMPARE(old.records.constFirst().timestampMs, -1);
}

void TestAlliumCodec::scannedFieldsReachTheAlertAdapter()
{
    // The client's scan goes with each record (no second scan for the alert rules): its
    // views point into the record's own text, also for a record cut out of an array frame,
    // and stay valid when the frame is gone.
    std::optional<AlliumCodec::StreamFrame> f;
    {
        QByteArray frame = "[{\"number\":11,\"size\":1.5,\"gr\xc3\xb6\xc3\x9f" "e\":3,\"miner\":\"0xab\"},"
                           " {\"number\":12,\"size\":2.5,\"gro\":4,\"miner\":\"0xcd\"}]";
        f = AlliumCodec::decodeStreamFrame(frame, AlliumTopic::Kind::Blocks);
        frame.fill('x'); // the frame's bytes are gone; the records keep their own
    }
    QCOMPARE(f->records.size(), 2);
    QList<Observation> obs;
    for (const AlliumRecord &r : std::as_const(f->records)) {
        QVERIFY(r.scanned);
        obs << AlliumObservations::fromRecord(QStringLiteral("s"), QStringLiteral("ethereum.blocks"), r);
    }
    QCOMPARE(obs.at(0).metric(QStringLiteral("size")), 1.5);
    QCOMPARE(obs.at(1).metric(QStringLiteral("size")), 2.5);
    QCOMPARE(obs.at(0).text(QStringLiteral("miner")), QStringLiteral("0xab"));
    QCOMPARE(obs.at(1).text(QStringLiteral("miner")), QStringLiteral("0xcd"));
    QCOMPARE(obs.at(0).metric(QStringLiteral("block")), 11.0); // the client's typed reading
    // Keys beyond ASCII, and keys that share a prefix or differ only in length.
    QCOMPARE(obs.at(0).metric(QString::fromUtf8("gr\xc3\xb6\xc3\x9f" "e"), -1), 3.0);
    QCOMPARE(obs.at(0).metric(QStringLiteral("gro"), -1), -1.0);
    QCOMPARE(obs.at(1).metric(QStringLiteral("gro"), -1), 4.0);
    QCOMPARE(obs.at(1).metric(QStringLiteral("gr"), -1), -1.0);
    QCOMPARE(obs.at(1).metric(QString(), -1), -1.0);
    QVERIFY(!obs.at(0).hasMetric(QStringLiteral("siz")));
    // A single-record frame: the scan is handed over as it is.
    const auto one = AlliumCodec::decodeStreamFrame("{\"number\":5,\"transaction_count\":42}", AlliumTopic::Kind::Blocks);
    QCOMPARE(one.records.size(), 1);
    const Observation o = AlliumObservations::fromRecord(QStringLiteral("s"), QString(), one.records.constFirst());
    QCOMPARE(o.metric(QStringLiteral("transaction_count")), 42.0);
    QCOMPARE(o.metric(QStringLiteral("block")), 5.0);
    // Numbers read by the rules are the general conversion's reading of their text in every
    // JSON form: short integers (read directly), the longest exact ones, negative zero, and
    // the forms that are not plain integers (fraction, exponent, 16 digits and more).
    const QList<QByteArray> texts = {"0", "-0", "-17", "999999999999999", "-999999999999999", "1234567890123456789",
                                     "9007199254740993", "2.5e3", "-1E-2", "0.1"};
    QByteArray numbers = "{\"number\":1";
    for (qsizetype i = 0; i < texts.size(); ++i)
        numbers += ",\"n" + QByteArray::number(i) + "\":" + texts.at(i);
    numbers += "}";
    const auto many = AlliumCodec::decodeStreamFrame(numbers, AlliumTopic::Kind::Blocks);
    QCOMPARE(many.records.size(), 1);
    const Observation n = AlliumObservations::fromRecord(QStringLiteral("s"), QString(), many.records.constFirst());
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const QString name = QStringLiteral("n%1").arg(i);
        const double expected = texts.at(i).toDouble();
        QVERIFY2(n.hasMetric(name), texts.at(i).constData());
        QCOMPARE(n.metric(name), expected);
        QCOMPARE(std::signbit(n.metric(name)), std::signbit(expected));
    }
}

void TestAlliumCodec::streamFrames()
{
    auto f = AlliumCodec::decodeStreamFrame("not json", AlliumTopic::Kind::Blocks);
    QVERIFY(!f.error.isEmpty());
    f = AlliumCodec::decodeStreamFrame(R"([{"number":1},{"number":2}])", AlliumTopic::Kind::Blocks);
    QCOMPARE(f.records.size(), 2);
    f = AlliumCodec::decodeStreamFrame(R"([{"number":1},3])", AlliumTopic::Kind::Blocks);
    QVERIFY(!f.error.isEmpty());
    QVERIFY(f.records.isEmpty());
    f = AlliumCodec::decodeStreamFrame(R"({"error":"topic access denied"})", AlliumTopic::Kind::Blocks);
    QCOMPARE(f.notice, QStringLiteral("topic access denied"));
    QVERIFY(f.records.isEmpty());
    f = AlliumCodec::decodeStreamFrame("42", AlliumTopic::Kind::Other);
    QVERIFY(!f.error.isEmpty());
    // The scanner checks the syntax of the whole frame, nested values included.
    for (const char *bad : {R"({"a":1,})", R"({"a":01})", R"({"a":"x)", R"({"a":tru})", R"({"a":[1,2})",
                            R"({"a":{"b":}})", R"({"a":1} x)", R"({"a":"\q"})", "{\"a\":\"\x01\"}", R"({"a" 1})",
                            R"([{"a":1},])", R"({"a":-})", R"({"a":1.})", "", "   "}) {
        f = AlliumCodec::decodeStreamFrame(QByteArray(bad), AlliumTopic::Kind::Blocks);
        QVERIFY2(!f.error.isEmpty(), bad);
        QVERIFY(f.records.isEmpty());
    }
    f = AlliumCodec::decodeStreamFrame(QByteArray(100000, '[') , AlliumTopic::Kind::Blocks);
    QVERIFY(!f.error.isEmpty());
    f = AlliumCodec::decodeStreamFrame("{\"x\":" + QByteArray(100000, '[') + "}", AlliumTopic::Kind::Blocks);
    QVERIFY(f.error.contains("nested"));
    // Escapes, nesting, numbers in all their forms: read as the same values Qt reads.
    const QByteArray good = R"( {"number": 7, "hash": "0x\u0061b", "parent_hash":"0x0", "timestamp": 1.7304192e9,
                                "nested": {"a": [1, -2.5e-3, true, false, null, {"b": "\"q\""}]}, "e": ""} )";
    f = AlliumCodec::decodeStreamFrame(good, AlliumTopic::Kind::Blocks);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.records.size(), 1);
    QCOMPARE(f.records.first().blockNumber, 7);
    QCOMPARE(f.records.first().hash, QStringLiteral("0xab"));
    QCOMPARE(f.records.first().timestampMs, 1730419200000LL);
    QCOMPARE(f.records.first().object(), QJsonDocument::fromJson(good).object());
    // Each array element keeps its own bytes.
    f = AlliumCodec::decodeStreamFrame(R"([ {"number":1} , {"number":2,"x":[]} ])", AlliumTopic::Kind::Blocks);
    QCOMPARE(f.records.size(), 2);
    QCOMPARE(f.records.at(1).json, QByteArray(R"({"number":2,"x":[]})"));
}

void TestAlliumCodec::decimals_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");
    QTest::newRow("wei") << "1000000000000000001" << "1000000000000000000" << 1;
    QTest::newRow("beyond 2^64") << "18446744073709551617" << "18446744073709551616" << 1;
    QTest::newRow("beyond double") << "9007199254740993" << "9007199254740992" << 1;
    QTest::newRow("length wins") << "999" << "1000" << -1;
    QTest::newRow("leading zeros") << "000123" << "123" << 0;
    QTest::newRow("negative") << "-5" << "3" << -1;
    QTest::newRow("both negative") << "-100000000000000000000" << "-99999999999999999999" << -1;
    QTest::newRow("negative zero") << "-0" << "0" << 0;
    QTest::newRow("fraction") << "0.25" << "0.250" << 0;
    QTest::newRow("fraction order") << "1.05" << "1.5" << -1;
    QTest::newRow("plus sign") << "+7" << "7" << 0;
}

void TestAlliumCodec::decimals()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    const auto da = AlliumDecimal::parse(a.toLatin1());
    const auto db = AlliumDecimal::parse(b.toLatin1());
    QVERIFY(da && db);
    QCOMPARE(AlliumDecimal::compare(*da, *db), expected);
    QCOMPARE(AlliumDecimal::compare(*db, *da), -expected);
    for (const char *bad : {"", "-", "1e18", "0x10", " 1", "1.", ".", "1,000", "--1"})
        QVERIFY2(!AlliumDecimal::parse(QByteArrayView(bad)), bad);
    QCOMPARE(AlliumDecimal::fromDouble(1e20)->toText(), QByteArray("100000000000000000000"));
}

void TestAlliumCodec::filterParseSerialise_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("seed exists") << QByteArray(R"({"field":"to_address","operator":"exists","value":true})");
    QTest::newRow("seed compound") << QByteArray(R"({"op":"AND","conditions":[{"field":"blockchain","operator":"=","value":"ethereum"},{"field":"value","operator":">","value":"1000000000000000000"}]})");
    QTest::newRow("in") << QByteArray(R"({"field":"coin","operator":"in","value":["BTC","ETH",3,true]})");
    QTest::newRow("nested") << QByteArray(R"({"op":"OR","conditions":[{"op":"AND","conditions":[{"field":"a","operator":"<=","value":5},{"field":"b","operator":"!=","value":"x"}]},{"field":"c","operator":">=","value":"-2"},{"field":"d","operator":"<","value":1.5}]})");
}

void TestAlliumCodec::filterParseSerialise()
{
    QFETCH(QByteArray, json);
    const AlliumFilter::Parsed parsed = AlliumFilter::parseText(json);
    QVERIFY2(parsed.filter, qPrintable(parsed.message()));
    QCOMPARE(parsed.filter->toJson(), obj(json.constData()));
    QVERIFY(parsed.filter->validate().isEmpty());
    // Lower-case group operators are read, and written in the documented upper case.
    if (json.contains("\"AND\"")) {
        QByteArray lower = json;
        lower.replace("\"AND\"", "\"and\"");
        QCOMPARE(AlliumFilter::parseText(lower).filter->toJson(), obj(json.constData()));
    }
}

void TestAlliumCodec::filterMalformed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("syntax") << QByteArray("{\n  \"field\": \"a\",\n  \"operator\" \"=\"\n}") << "line 3" << "JSON";
    QTest::newRow("array root") << QByteArray("[]") << "$" << "object";
    QTest::newRow("empty object") << QByteArray("{}") << "$" << "condition";
    QTest::newRow("unknown op") << QByteArray(R"({"field":"a","operator":"==","value":1})") << "$.operator" << "==";
    QTest::newRow("missing value") << QByteArray(R"({"field":"a","operator":">"})") << "$.value" << "missing";
    QTest::newRow("empty field") << QByteArray(R"({"field":" ","operator":"=","value":1})") << "$.field" << "empty";
    QTest::newRow("field number") << QByteArray(R"({"field":3,"operator":"=","value":1})") << "$.field" << "number";
    QTest::newRow("in not array") << QByteArray(R"({"field":"a","operator":"in","value":"x"})") << "$.value" << "array";
    QTest::newRow("in empty") << QByteArray(R"({"field":"a","operator":"in","value":[]})") << "$.value" << "at least one";
    QTest::newRow("in object element") << QByteArray(R"({"field":"a","operator":"in","value":[1,{}]})") << "$.value" << "element 1";
    QTest::newRow("exists string") << QByteArray(R"({"field":"a","operator":"exists","value":"yes"})") << "$.value" << "true or false";
    QTest::newRow("order bool") << QByteArray(R"({"field":"a","operator":">","value":true})") << "$.value" << "boolean";
    QTest::newRow("equal object") << QByteArray(R"({"field":"a","operator":"=","value":{}})") << "$.value" << "object";
    QTest::newRow("unknown key") << QByteArray(R"({"field":"a","operator":"=","value":1,"vaule":2})") << "$.vaule" << "unknown";
    QTest::newRow("group and condition") << QByteArray(R"({"op":"AND","field":"a"})") << "$" << "not both";
    QTest::newRow("bad group op") << QByteArray(R"({"op":"XOR","conditions":[]})") << "$.op" << "XOR";
    QTest::newRow("empty group") << QByteArray(R"({"op":"OR","conditions":[]})") << "$.conditions" << "at least one";
    QTest::newRow("conditions object") << QByteArray(R"({"op":"OR","conditions":{}})") << "$.conditions" << "array";
    QTest::newRow("nested error path") << QByteArray(R"({"op":"AND","conditions":[{"field":"a","operator":"=","value":1},{"op":"OR","conditions":[{"field":"b","operator":"~","value":1}]}]})")
                                      << "$.conditions[1].conditions[0].operator" << "~";
    QTest::newRow("nested string") << QByteArray(R"({"op":"AND","conditions":["a"]})") << "$.conditions[0]" << "string";
}

void TestAlliumCodec::filterMalformed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    QFETCH(QString, mentions);
    const AlliumFilter::Parsed parsed = AlliumFilter::parseText(json);
    QVERIFY(!parsed.filter);
    if (path.startsWith("line"))
        QVERIFY2(parsed.path.startsWith(path), qPrintable(parsed.path));
    else
        QCOMPARE(parsed.path, path);
    QVERIFY2(parsed.error.contains(mentions), qPrintable(parsed.error));
}

void TestAlliumCodec::filterEvaluate_data()
{
    QTest::addColumn<QByteArray>("filter");
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<bool>("matches");
    const QByteArray tx = R"({"blockchain":"ethereum","value":"1000000000000000001","gas":21000,"to_address":"0xAbC0000000000000000000000000000000000001","from_address":null,"ok":true,"receipt":{"status":1,"logs":[{"address":"0x01"}]},"ts":"2024-11-01T00:00:12","neg":"-5"})";
    auto row = [&](const char *name, const char *f, bool m) { QTest::newRow(name) << QByteArray(f) << tx << m; };
    row("seed compound", R"({"op":"AND","conditions":[{"field":"blockchain","operator":"=","value":"ethereum"},{"field":"value","operator":">","value":"1000000000000000000"}]})", true);
    row("big > exact (double would say equal)", R"({"field":"value","operator":">","value":"1000000000000000000"})", true);
    row("big = is exact", R"({"field":"value","operator":"=","value":"1000000000000000000"})", false);
    row("big <= ", R"({"field":"value","operator":"<=","value":"1000000000000000001"})", true);
    row("big vs number", R"({"field":"value","operator":">","value":1e18})", true);
    row("number vs numeric string", R"({"field":"gas","operator":"=","value":"21000"})", true);
    row("number >=", R"({"field":"gas","operator":">=","value":21000})", true);
    row("number <", R"({"field":"gas","operator":"<","value":21000})", false);
    row("negative string", R"({"field":"neg","operator":"<","value":-4})", true);
    row("hex case-insensitive", R"({"field":"to_address","operator":"=","value":"0xabc0000000000000000000000000000000000001"})", true);
    row("string case-sensitive", R"({"field":"blockchain","operator":"=","value":"Ethereum"})", false);
    row("string !=", R"({"field":"blockchain","operator":"!=","value":"base"})", true);
    row("lexicographic time", R"({"field":"ts","operator":">","value":"2024-10-31T23:59:59"})", true);
    row("mixed number vs text =", R"({"field":"blockchain","operator":"=","value":5})", false);
    row("mixed number vs text !=", R"({"field":"blockchain","operator":"!=","value":5})", true);
    row("mixed order false", R"({"field":"blockchain","operator":">","value":5})", false);
    row("bool =", R"({"field":"ok","operator":"=","value":true})", true);
    row("bool vs string", R"({"field":"ok","operator":"=","value":"true"})", false);
    row("bool ordering false", R"({"field":"ok","operator":">","value":"0"})", false);
    row("exists", R"({"field":"to_address","operator":"exists","value":true})", true);
    row("null does not exist", R"({"field":"from_address","operator":"exists","value":true})", false);
    row("missing exists false", R"({"field":"nope","operator":"exists","value":false})", true);
    row("missing =", R"({"field":"nope","operator":"=","value":1})", false);
    row("missing !=", R"({"field":"nope","operator":"!=","value":1})", true);
    row("missing >", R"({"field":"nope","operator":">","value":1})", false);
    row("in strings", R"({"field":"blockchain","operator":"in","value":["base","ethereum"]})", true);
    row("in numbers vs numeric string", R"({"field":"value","operator":"in","value":[1,"1000000000000000001"]})", true);
    row("in miss", R"({"field":"gas","operator":"in","value":[1,2,3]})", false);
    row("dotted path", R"({"field":"receipt.status","operator":"=","value":1})", true);
    row("array path", R"({"field":"receipt.logs.0.address","operator":"=","value":"0x01"})", true);
    row("object ordering false", R"({"field":"receipt","operator":">","value":1})", false);
    row("OR", R"({"op":"OR","conditions":[{"field":"gas","operator":">","value":100000},{"field":"ok","operator":"=","value":true}]})", true);
    row("nested AND in OR", R"({"op":"OR","conditions":[{"op":"AND","conditions":[{"field":"gas","operator":"=","value":21000},{"field":"ok","operator":"=","value":false}]},{"field":"nope","operator":"exists","value":true}]})", false);
}

void TestAlliumCodec::filterEvaluate()
{
    QFETCH(QByteArray, filter);
    QFETCH(QByteArray, record);
    QFETCH(bool, matches);
    const AlliumFilter::Parsed parsed = AlliumFilter::parseText(filter);
    QVERIFY2(parsed.filter, qPrintable(parsed.message()));
    QCOMPARE(parsed.filter->matches(obj(record.constData())), matches);
}

void TestAlliumCodec::filterBuiltInCpp()
{
    const AlliumFilter f = AlliumFilter::group(AlliumFilter::Kind::Or, {
        AlliumFilter::condition("a", AlliumFilter::Operator::In, QJsonArray{1, 2}),
        AlliumFilter::condition("b", AlliumFilter::Operator::Exists, true)});
    QVERIFY(f.validate().isEmpty());
    QVERIFY(f.matches(obj(R"({"a":"2"})")));
    const AlliumFilter bad = AlliumFilter::group(AlliumFilter::Kind::And, {
        AlliumFilter::condition("a", AlliumFilter::Operator::In, QJsonValue("x"))});
    QCOMPARE(bad.validate().left(19), QStringLiteral("$.conditions[0].val"));
    // Depth limit
    AlliumFilter deep = AlliumFilter::condition("a", AlliumFilter::Operator::Equal, 1);
    for (int i = 0; i < AlliumFilter::MaxDepth + 2; ++i)
        deep = AlliumFilter::group(AlliumFilter::Kind::And, {deep});
    QVERIFY(deep.validate().contains("nested"));
}

void TestAlliumCodec::randomGarbageNeverCrashes()
{
    // A small fuzz pass over the three decoders with mutated valid frames.
    const QList<QByteArray> seeds = {
        R"({"id":"a","status":"success","data":{"x":[1,2,{"y":null}]}})",
        R"({"action":"setFilter","data":{"op":"AND","conditions":[{"field":"a","operator":"in","value":[1]}]}})",
        R"({"number":1,"hash":"0x1","parent_hash":"0x0","timestamp":"2024"})"};
    quint32 x = 12345;
    for (int round = 0; round < 3000; ++round) {
        QByteArray frame = seeds.at(round % seeds.size());
        for (int m = 0; m < 1 + round % 5; ++m) {
            x = x * 1103515245u + 12345u;
            const int pos = int(x % quint32(frame.size()));
            frame[pos] = char(x >> 16);
        }
        QString error;
        AlliumCodec::decodeResponse(frame, &error);
        AlliumCodec::decodeControl(frame, &error);
        AlliumCodec::decodeStreamFrame(frame, AlliumTopic::Kind::Blocks);
        AlliumFilter::parseText(frame);
    }
}

QTEST_GUILESS_MAIN(TestAlliumCodec)
#include "tst_allium_codec.moc"
