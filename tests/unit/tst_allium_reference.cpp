// The Allium codec and filter against the reference's own examples (tests/data/allium/):
// wrapped Hyperliquid records, every documented filter, dot paths, the close classifier.

#include "providers/allium/alliumclose.h"
#include "providers/allium/alliumcodec.h"
#include "providers/allium/alliumfilter.h"
#include "sim/allium/alliumrecordgen.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TW_TEST_DATA_DIR "/allium/%1").arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

QJsonObject obj(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestAlliumReference : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hyperliquidBlockIsUnwrapped();
    void hyperliquidTransactionIsUnwrapped();
    void wrappedRecordsOnTheSlowPathToo();
    void flatRecordsStayFlat();
    void hyperliquidTopics();
    void documentedFiltersParse();
    void dotPaths_data();
    void dotPaths();
    void filtersOnWrappedRecords();
    void throughEnvelope();
    void closeReasons_data();
    void closeReasons();
    void simulatorServesTheDocumentedShapes();
    void simulatorVariants();
};

void TestAlliumReference::hyperliquidBlockIsUnwrapped()
{
    const QByteArray frame = fixture("hyperliquid-blocks.json").trimmed();
    const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("hyperliquid.blocks"));
    const AlliumCodec::StreamFrame f = AlliumCodec::decodeStreamFrame(frame, topic.kind);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.records.size(), 1);
    const AlliumRecord &r = f.records.first();
    QVERIFY(r.wrapped);
    QVERIFY(r.source.isEmpty()); // the blocks example has no source
    QCOMPARE(r.blockNumber, 636283712);
    QCOMPARE(r.timestampMs, 1750476484151);
    QCOMPARE(r.hash, QStringLiteral("0x…"));
    QCOMPARE(r.object().value("numTxs").toInt(), 734);          // the payload's fields
    QVERIFY(!r.object().contains("payload"));
    QVERIFY(r.wireObject().value("payload").isObject());        // the record as sent
}

void TestAlliumReference::hyperliquidTransactionIsUnwrapped()
{
    const QByteArray frame = fixture("hyperliquid-transactions.json");
    const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("hyperliquid.transactions"));
    QCOMPARE(topic.kind, AlliumTopic::Kind::Transactions);
    const AlliumCodec::StreamFrame f = AlliumCodec::decodeStreamFrame(frame, topic.kind);
    QVERIFY2(f.error.isEmpty(), qPrintable(f.error));
    QCOMPARE(f.records.size(), 1);
    const AlliumRecord &r = f.records.first();
    QVERIFY(r.wrapped);
    QCOMPARE(r.source, QStringLiteral("hyperliquidinternal"));
    QCOMPARE(r.blockNumber, 672483307);
    QCOMPARE(r.timestampMs, 1753284680334);
    QCOMPARE(r.object().value("action").toObject().value("type").toString(), QStringLiteral("cancelByCloid"));
    QVERIFY(r.object().value("error").toString().startsWith(QStringLiteral("Invalid nonce")));
    // Arrays of records may hold wrapped ones too.
    const AlliumCodec::StreamFrame array = AlliumCodec::decodeStreamFrame("[" + frame + "," + frame + "]", topic.kind);
    QVERIFY2(array.error.isEmpty(), qPrintable(array.error));
    QCOMPARE(array.records.size(), 2);
    QVERIFY(array.records.at(1).wrapped);
    QCOMPARE(array.records.at(1).blockNumber, 672483307);
}

void TestAlliumReference::wrappedRecordsOnTheSlowPathToo()
{
    // recordFromObject (tests, the simulator) agrees with the scanning hot path.
    for (const char *name : {"hyperliquid-blocks.json", "hyperliquid-transactions.json"}) {
        const QByteArray frame = fixture(name);
        const AlliumTopic::Kind kind = QByteArray(name).contains("blocks") ? AlliumTopic::Kind::Blocks
                                                                           : AlliumTopic::Kind::Transactions;
        const AlliumRecord fast = AlliumCodec::decodeStreamFrame(frame, kind).records.value(0);
        const AlliumRecord slow = AlliumCodec::recordFromObject(QJsonDocument::fromJson(frame).object(), kind);
        QCOMPARE(slow.wrapped, fast.wrapped);
        QCOMPARE(slow.source, fast.source);
        QCOMPARE(slow.blockNumber, fast.blockNumber);
        QCOMPARE(slow.timestampMs, fast.timestampMs);
        QCOMPARE(slow.hash, fast.hash);
        QCOMPARE(slow.object(), fast.object());
        QCOMPARE(slow.wireObject(), fast.wireObject());
    }
}

void TestAlliumReference::flatRecordsStayFlat()
{
    // A record that merely has a "payload" field besides others is not a wrapper.
    const QByteArray frame = R"({"payload":{"a":1},"number":5,"hash":"0x5"})";
    const AlliumRecord r = AlliumCodec::decodeStreamFrame(frame, AlliumTopic::Kind::Blocks).records.value(0);
    QVERIFY(!r.wrapped);
    QCOMPARE(r.blockNumber, 5);
    QVERIFY(r.object().contains("payload"));
    // A payload that is not an object is not a wrapper either.
    QVERIFY(!alliumIsWrappedRecord(obj(R"({"payload":"x","source":"y"})")));
    QVERIFY(alliumIsWrappedRecord(obj(R"({"payload":{},"source":"y"})")));
    QVERIFY(!alliumIsWrappedRecord(obj(R"({"payload":{},"source":"y","extra":1})")));
}

void TestAlliumReference::hyperliquidTopics()
{
    // §5.1: blocks, transactions, trades, fills, trade_fills, orders, misc_events.
    const auto kindOf = [](const char *t) { return AlliumTopic::parse(QString::fromLatin1(t))->kind; };
    QCOMPARE(kindOf("hyperliquid.blocks"), AlliumTopic::Kind::Blocks);
    QCOMPARE(kindOf("hyperliquid.transactions"), AlliumTopic::Kind::Transactions);
    QCOMPARE(kindOf("hyperliquid.trades"), AlliumTopic::Kind::Fills);
    QCOMPARE(kindOf("hyperliquid.fills"), AlliumTopic::Kind::Fills);
    QCOMPARE(kindOf("hyperliquid.trade_fills"), AlliumTopic::Kind::Fills);
    QCOMPARE(kindOf("hyperliquid.orders"), AlliumTopic::Kind::Other);
    QCOMPARE(kindOf("hyperliquid.misc_events"), AlliumTopic::Kind::Other);
    QCOMPARE(kindOf("base.trades"), AlliumTopic::Kind::DexTrades);
    QVERIFY(AlliumTopic::parse(QStringLiteral("hyperliquid.fills"))->wrapsRecords());
    QVERIFY(!AlliumTopic::parse(QStringLiteral("ethereum.blocks"))->wrapsRecords());
}

void TestAlliumReference::documentedFiltersParse()
{
    const QJsonObject filters = QJsonDocument::fromJson(fixture("filters.json")).object();
    QVERIFY(filters.size() >= 8);
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        const AlliumFilter::Parsed p = AlliumFilter::parse(it.value());
        QVERIFY2(p.filter, qPrintable(it.key() + QStringLiteral(": ") + p.message()));
        QCOMPARE(p.filter->toJson(), it.value().toObject()); // serialised exactly as documented
        QVERIFY2(p.filter->validate().isEmpty(), qPrintable(it.key()));
    }
}

void TestAlliumReference::dotPaths_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("matches");
    QTest::newRow("nested object") << "transaction.from_address" << "=" << QJsonValue("0xab") << true;
    QTest::newRow("nested hex case") << "transaction.from_address" << "=" << QJsonValue("0xAB") << true;
    QTest::newRow("three levels") << "payload.metadata.timestamp" << ">" << QJsonValue(1700000000000.0) << true;
    QTest::newRow("three levels exists") << "payload.metadata.timestamp" << "exists" << QJsonValue(true) << true;
    QTest::newRow("missing leaf") << "payload.metadata.nothing" << "exists" << QJsonValue(false) << true;
    QTest::newRow("through a scalar") << "transaction.from_address.x" << "exists" << QJsonValue(true) << false;
    QTest::newRow("array index") << "logs.1.address" << "=" << QJsonValue("0x2") << true;
    QTest::newRow("array out of range") << "logs.5.address" << "exists" << QJsonValue(false) << true;
    QTest::newRow("exact dotted key wins") << "a.b" << "=" << QJsonValue(1) << true;
    QTest::newRow("in on a nested value") << "transaction.value" << "in" << QJsonValue(QJsonArray{"5", "7"}) << true;
    QTest::newRow("big decimal nested") << "transaction.value" << "<" << QJsonValue("100000000000000000000") << true;
}

void TestAlliumReference::dotPaths()
{
    QFETCH(QString, field);
    QFETCH(QString, op);
    QFETCH(QJsonValue, value);
    QFETCH(bool, matches);
    const QJsonObject record = obj(R"({
        "transaction": {"from_address": "0xab", "value": "7"},
        "payload": {"metadata": {"timestamp": 1750476484151}},
        "logs": [{"address": "0x1"}, {"address": "0x2"}],
        "a.b": 1, "a": {"b": 2}})");
    const AlliumFilter f = AlliumFilter::condition(field, *AlliumFilter::operatorFromText(op), value);
    QVERIFY(f.validate().isEmpty());
    QCOMPARE(f.matches(record), matches);
    QCOMPARE(f.matches(record, AlliumFilter::Paths::Documented), matches);
}

void TestAlliumReference::filtersOnWrappedRecords()
{
    const QJsonObject wire = QJsonDocument::fromJson(fixture("hyperliquid-transactions.json")).object();
    const QJsonObject payload = wire.value("payload").toObject();
    const auto cond = [](const char *field, const QJsonValue &v) {
        return AlliumFilter::condition(QString::fromLatin1(field), AlliumFilter::Operator::Equal, v);
    };
    // Locally a field is found as the table shows it and through the wrapper, on either form.
    for (const QJsonObject &record : {wire, payload}) {
        QVERIFY(cond("block", 672483307).matches(record));
        QVERIFY(cond("payload.block", 672483307).matches(record));
        QVERIFY(cond("action.type", "cancelByCloid").matches(record));
        QVERIFY(cond("payload.action.type", "cancelByCloid").matches(record));
        QVERIFY(!cond("block", 1).matches(record));
    }
    QVERIFY(cond("source", "hyperliquidinternal").matches(wire));
    // The server resolves paths on the record as sent: only the wrapped path matches.
    QVERIFY(cond("payload.block", 672483307).matches(wire, AlliumFilter::Paths::Documented));
    QVERIFY(!cond("block", 672483307).matches(wire, AlliumFilter::Paths::Documented));
    QVERIFY(cond("block", 672483307).throughEnvelope().matches(wire, AlliumFilter::Paths::Documented));
}

void TestAlliumReference::throughEnvelope()
{
    const AlliumFilter f = *AlliumFilter::parseText(R"({"op":"OR","conditions":[
        {"field":"coin","operator":"=","value":"BTC"},
        {"op":"AND","conditions":[{"field":"payload.px","operator":">","value":"100"},
                                  {"field":"source","operator":"=","value":"hyperliquidinternal"},
                                  {"field":"action.type","operator":"exists","value":true}]}]})").filter;
    const AlliumFilter wrapped = f.throughEnvelope();
    QCOMPARE(wrapped.fields(), (QStringList{"payload.coin", "payload.px", "source", "payload.action.type"}));
    QCOMPARE(wrapped.throughEnvelope(), wrapped); // idempotent
    QCOMPARE(f.fields(), (QStringList{"coin", "payload.px", "source", "action.type"}));
}

void TestAlliumReference::closeReasons_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("kind"); // -1: left to the shared classifier
    QTest::newRow("rate limit") << 1008 << "rate limit exceeded" << int(Failure::Kind::Limit);
    QTest::newRow("too many") << 4000 << "Too many connections for this key" << int(Failure::Kind::Limit);
    QTest::newRow("429 text") << 1008 << "429" << int(Failure::Kind::Limit);
    QTest::newRow("unauthorized") << 1008 << "Unauthorized" << int(Failure::Kind::Auth);
    QTest::newRow("not enabled") << 4000 << "websockets not enabled on this account" << int(Failure::Kind::Auth);
    QTest::newRow("topic access") << 1008 << "no access to topic hyperliquid.fills" << int(Failure::Kind::Auth);
    QTest::newRow("4001 shared") << 4001 << "" << -1;
    QTest::newRow("4029 shared") << 4029 << "slow down" << -1;
    QTest::newRow("normal") << 1000 << "bye" << -1;
    QTest::newRow("going away limit word") << 1001 << "limit" << -1; // not a policy close
    QTest::newRow("policy without words") << 1008 << "bad frame" << -1;
}

void TestAlliumReference::closeReasons()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(int, kind);
    const std::optional<Failure::Verdict> v = AlliumClose::classify(code, reason);
    if (kind < 0) {
        QVERIFY(!v);
        return;
    }
    QVERIFY(v);
    QCOMPARE(int(v->kind), kind);
    QVERIFY(v->reason.contains(reason));
}

void TestAlliumReference::simulatorServesTheDocumentedShapes()
{
    const qint64 now = 1750476484151;
    AlliumRecordGenerator blocks(QStringLiteral("hyperliquid.blocks"), 7, now);
    const QList<QJsonObject> b = blocks.nextTick(now);
    QCOMPARE(b.size(), 1);
    QCOMPARE(b.first().keys(), QStringList{"payload"}); // like the reference's blocks example
    QCOMPARE(b.first().value("payload").toObject().keys(),
             (QStringList{"blockTime", "hash", "height", "numTxs", "proposer"}));
    // Heights near the reference's example for its time.
    QVERIFY(qAbs(b.first().value("payload").toObject().value("height").toDouble() - 636283712) < 5e6);

    AlliumRecordGenerator txs(QStringLiteral("hyperliquid.transactions"), 7, now);
    const QJsonObject tx = txs.nextTick(now).value(0);
    QCOMPARE(tx.keys(), (QStringList{"payload", "source"}));
    QCOMPARE(tx.value("source").toString(), QStringLiteral("hyperliquidinternal"));
    for (const char *key : {"time", "user", "action", "block", "hash", "error"})
        QVERIFY2(tx.value("payload").toObject().contains(QLatin1String(key)), key);

    // EVM records are flat; the chain keeps advancing with the clock, hashes link.
    AlliumRecordGenerator eth(QStringLiteral("ethereum.blocks"), 7, now);
    const QJsonObject first = eth.nextTick(now).value(0);
    QVERIFY(first.contains("number"));
    const QList<QJsonObject> later = eth.nextTick(now + 5 * 12000);
    QCOMPARE(later.size(), 5);
    QCOMPARE(later.first().value("parent_hash"), first.value("hash"));
    eth.resumeAt(now + 100 * 12000);
    const QJsonObject resumed = eth.nextTick(now + 100 * 12000).value(0);
    QCOMPARE(qint64(resumed.value("number").toDouble()), eth.headAt(now + 100 * 12000));
}

void TestAlliumReference::simulatorVariants()
{
    const qint64 now = 1750476484151;
    AlliumRecordGenerator eth(QStringLiteral("ethereum.blocks"), 7, now);
    eth.setVariant(AlliumRecordVariant::parse(QStringLiteral("strings,sparse")));
    const QJsonObject b = eth.nextTick(now).value(0);
    QVERIFY(b.value("number").isString());
    QVERIFY(!b.contains("miner"));
    QVERIFY(!b.contains("base_fee_per_gas"));
    const AlliumRecord r = AlliumCodec::decodeStreamFrame(QJsonDocument(b).toJson(QJsonDocument::Compact),
                                                          AlliumTopic::Kind::Blocks).records.value(0);
    QCOMPARE(r.blockNumber, qint64(b.value("number").toString().toLongLong()));

    AlliumRecordGenerator numbers(QStringLiteral("ethereum.blocks"), 7, now);
    numbers.setVariant(AlliumRecordVariant::parse(QStringLiteral("numbers")));
    QVERIFY(numbers.nextTick(now).value(0).value("gas_used").isDouble());

    AlliumRecordGenerator flat(QStringLiteral("hyperliquid.fills"), 7, now);
    flat.setVariant(AlliumRecordVariant::parse(QStringLiteral("flat")));
    const QJsonObject fill = flat.nextTick(now).value(0);
    QVERIFY(fill.contains("coin"));
    const AlliumRecord fr = AlliumCodec::decodeStreamFrame(QJsonDocument(fill).toJson(QJsonDocument::Compact),
                                                           AlliumTopic::Kind::Fills).records.value(0);
    QVERIFY(!fr.wrapped);
    QVERIFY(fr.timestampMs > 0);
}

QTEST_GUILESS_MAIN(TestAlliumReference)
#include "tst_allium_reference.moc"
