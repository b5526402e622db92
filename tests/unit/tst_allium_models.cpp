// Allium models: the capped, batched Streams table; API history; saved requests; the JSON
// tree; record formatting. Every model runs under QAbstractItemModelTester.

#include "models/allium/alliumapihistorymodel.h"
#include "models/allium/alliumrecordformat.h"
#include "models/allium/alliumsavedrequestsmodel.h"
#include "models/allium/alliumstreammodel.h"
#include "models/allium/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace {

QList<AlliumRecord> blocks(qint64 firstSequence, int n)
{
    QList<AlliumRecord> out;
    for (int i = 0; i < n; ++i) {
        AlliumRecord r;
        r.sequence = firstSequence + i;
        r.kind = AlliumTopic::Kind::Blocks;
        r.blockNumber = 1000 + r.sequence;
        r.hash = QStringLiteral("0x%1").arg(r.sequence, 64, 16, QLatin1Char('0'));
        r.raw = {{QStringLiteral("number"), r.blockNumber}, {QStringLiteral("hash"), r.hash},
                 {QStringLiteral("gas_used"), QStringLiteral("15000000")}, {QStringLiteral("base_fee_per_gas"), QStringLiteral("12345678901")}};
        out << r;
    }
    return out;
}

qint64 sequenceAt(const AlliumStreamModel &m, int row)
{
    return m.data(m.index(row), AlliumStreamModel::SequenceRole).toLongLong();
}

} // namespace

class TestAlliumModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void streamBatchesAreCoalescedIntoOneInsert();
    void streamCapDropsTheOldest();
    void streamBatchLargerThanCap();
    void streamSetCap();
    void streamLookupsAndDetail();
    void streamMarkers();
    void historyUpdatesRowsById();
    void savedRequestsPersistWithoutKeys();
    void jsonTree();
    void formatting();
    void hyperliquidColumnsAndCells();
};

void TestAlliumModels::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_allium_models"));
    QSettings().clear();
}

void TestAlliumModels::streamBatchesAreCoalescedIntoOneInsert()
{
    AlliumStreamModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopic(*AlliumTopic::parse(QStringLiteral("ethereum.blocks")));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy applied(&model, &AlliumStreamModel::batchApplied);
    model.appendRecords(blocks(1, 3));
    model.appendRecords(blocks(4, 4));
    QCOMPARE(model.rowCount(), 0); // nothing until the frame
    QVERIFY(applied.wait(1000));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(sequenceAt(model, 0), 7); // newest first
    QCOMPARE(sequenceAt(model, 6), 1);
    QCOMPARE(model.totalRecords(), 7);
    QCOMPARE(model.columnTitles().size(), model.data(model.index(0), AlliumStreamModel::CellsRole).toStringList().size());
}

void TestAlliumModels::streamCapDropsTheOldest()
{
    AlliumStreamModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTopic(*AlliumTopic::parse(QStringLiteral("ethereum.blocks")));
    model.setCap(10);
    for (int batch = 0; batch < 7; ++batch) {
        model.appendRecords(blocks(1 + batch * 4, 4));
        model.flush();
        QVERIFY(model.rowCount() <= 10);
        for (int row = 1; row < model.rowCount(); ++row)
            QCOMPARE(sequenceAt(model, row), sequenceAt(model, row - 1) - 1);
    }
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(sequenceAt(model, 0), 28);
    QCOMPARE(sequenceAt(model, 9), 19);
}

void TestAlliumModels::streamBatchLargerThanCap()
{
    AlliumStreamModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCap(10);
    model.appendRecords(blocks(1, 5));
    model.flush();
    model.appendRecords(blocks(6, 30));
    model.flush();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(sequenceAt(model, 0), 35);
    QCOMPARE(sequenceAt(model, 9), 26);
    // A flood far beyond the cap keeps the queue bounded too.
    for (int i = 0; i < 100; ++i)
        model.appendRecords(blocks(100 + i * 10, 10));
    model.flush();
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(sequenceAt(model, 0), 1099);
}

void TestAlliumModels::streamSetCap()
{
    AlliumStreamModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCap(20);
    model.appendRecords(blocks(1, 20));
    model.flush();
    model.setCap(12);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(sequenceAt(model, 0), 20);
    QCOMPARE(sequenceAt(model, 11), 9);
    model.setCap(15);
    model.appendRecords(blocks(21, 5));
    model.flush();
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(sequenceAt(model, 0), 25);
    QCOMPARE(sequenceAt(model, 14), 11);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestAlliumModels::streamLookupsAndDetail()
{
    AlliumStreamModel model;
    model.setTopic(*AlliumTopic::parse(QStringLiteral("ethereum.blocks")));
    model.setCap(10);
    model.appendRecords(blocks(1, 14));
    model.flush();
    QCOMPARE(model.rowOfSequence(14), 0);
    QCOMPARE(model.rowOfSequence(5), 9);
    QCOMPARE(model.rowOfSequence(4), -1); // dropped by the cap
    QVERIFY(model.detailText(0).contains(QStringLiteral("\"number\": 1014")));
    QVERIFY(model.detailText(99).isEmpty());
    model.appendRecords(blocks(15, 2)); // still pending: newest() sees them first
    const QList<QJsonObject> newest = model.newest(3);
    QCOMPARE(newest.size(), 3);
    QCOMPARE(newest.at(0).value(QStringLiteral("number")).toInteger(), 1016);
    QCOMPARE(newest.at(2).value(QStringLiteral("number")).toInteger(), 1014);
    const QStringList cells = model.data(model.index(0), AlliumStreamModel::CellsRole).toStringList();
    QCOMPARE(cells.at(0), QStringLiteral("1,014"));
    QCOMPARE(cells.at(4), QStringLiteral("15,000,000"));
    QCOMPARE(cells.at(5), QStringLiteral("12.345")); // base fee in gwei
}

void TestAlliumModels::streamMarkers()
{
    AlliumStreamModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<AlliumRecord> batch = blocks(1, 3);
    batch[1].gapBefore = 2;
    batch[1].note = QStringLiteral("Gap: 2 blocks missing");
    batch[2].reorg = true;
    batch[2].note = QStringLiteral("Re-org");
    QSignalSpy markers(&model, &AlliumStreamModel::markersChanged);
    model.appendRecords(batch);
    model.flush();
    QCOMPARE(model.gapCount(), 1);
    QCOMPARE(model.reorgCount(), 1);
    QVERIFY(markers.count() >= 1);
    QCOMPARE(model.data(model.index(0), AlliumStreamModel::MarkerRole).toString(), QStringLiteral("reorg"));
    QCOMPARE(model.data(model.index(1), AlliumStreamModel::MarkerRole).toString(), QStringLiteral("gap"));
    QCOMPARE(model.data(model.index(2), AlliumStreamModel::MarkerRole).toString(), QString());
    QVERIFY(model.detailText(1).startsWith(QStringLiteral("Gap")));
}

void TestAlliumModels::historyUpdatesRowsById()
{
    AlliumApiHistoryModel model(nullptr, 3);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto request = [](const QString &id) {
        AlliumApiRequest r;
        r.id = id;
        r.method = QStringLiteral("GET");
        r.path = QStringLiteral("/api/v1/developer/assets");
        return r;
    };
    model.addRequest(request("a"));
    model.addRequest(request("b"));
    model.addRequest(request("c"));
    QCOMPARE(model.rowOf("a"), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    AlliumApiResponse r;
    r.id = "b";
    r.status = "success";
    r.roundTripMs = 12;
    r.data = QJsonObject{{"x", 1}};
    model.setResponse(r);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
    const QList<int> roles = changed.first().at(2).value<QList<int>>();
    QVERIFY(roles.contains(AlliumApiHistoryModel::StateRole));
    QVERIFY(roles.contains(AlliumApiHistoryModel::RoundTripRole));
    QCOMPARE(model.data(model.index(1), AlliumApiHistoryModel::StateRole).toString(), QStringLiteral("success"));
    QCOMPARE(model.data(model.index(1), AlliumApiHistoryModel::RoundTripRole).toLongLong(), 12);
    model.addRequest(request("d")); // cap 3: "a" falls off
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowOf("a"), -1);
    QCOMPARE(model.rowOf("b"), 2);
    model.setFailed("c", "dropped");
    QCOMPARE(model.data(model.index(1), AlliumApiHistoryModel::StateRole).toString(), QStringLiteral("failed"));
    model.setFailed("a", "gone"); // unknown now: ignored
}

void TestAlliumModels::savedRequestsPersistWithoutKeys()
{
    {
        AlliumSavedRequestsModel model(nullptr, QStringLiteral("test/saved"));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfileId(QStringLiteral("p1"));
        QCOMPARE(model.save("assets", "GET", "/api/v1/developer/assets", "{\"limit\":\"5\"}"), 0);
        QCOMPARE(model.save("fills", "POST", "/x", "{}"), 1);
        QCOMPARE(model.save("assets", "GET", "/api/v1/developer/assets", "{\"limit\":\"6\"}"), 0); // replaces
        QCOMPARE(model.save(" ", "GET", "/x", ""), -1);
        QCOMPARE(model.rowCount(), 2);
        model.setProfileId(QStringLiteral("p2"));
        QCOMPARE(model.rowCount(), 0);
    }
    AlliumSavedRequestsModel again(nullptr, QStringLiteral("test/saved"));
    again.setProfileId(QStringLiteral("p1"));
    QCOMPARE(again.rowCount(), 2);
    QCOMPARE(again.get(0).value("body").toString(), QStringLiteral("{\"limit\":\"6\"}"));
    again.remove(1);
    AlliumSavedRequestsModel third(nullptr, QStringLiteral("test/saved"));
    third.setProfileId(QStringLiteral("p1"));
    QCOMPARE(third.rowCount(), 1);
    QSettings settings;
    for (const QString &key : settings.allKeys())
        QVERIFY(!settings.value(key).toString().contains(QStringLiteral("demo-key")));
}

void TestAlliumModels::jsonTree()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QJsonArray many;
    for (int i = 0; i < JsonTreeModel::MaxChildren + 5; ++i)
        many.append(i);
    model.setJson(QJsonObject{{"a", 1}, {"b", QJsonObject{{"c", "text"}, {"d", QJsonArray{true, QJsonValue::Null}}}}, {"many", many}});
    // Short documents open their first levels.
    QCOMPARE(model.data(model.index(0), JsonTreeModel::KeyRole).toString(), QStringLiteral("a"));
    const int b = 1;
    QCOMPARE(model.data(model.index(b), JsonTreeModel::ExpandedRole).toBool(), true);
    const int before = model.rowCount();
    model.toggle(b);
    QCOMPARE(model.data(model.index(b), JsonTreeModel::ExpandedRole).toBool(), false);
    QVERIFY(model.rowCount() < before);
    model.toggle(b);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(model.data(model.index(b + 1), JsonTreeModel::ValueTextRole).toString(), QStringLiteral("\"text\""));
    model.expandAll();
    // "many" shows MaxChildren items and a "… 5 more" row.
    QCOMPARE(model.data(model.index(model.rowCount() - 1), JsonTreeModel::TypeRole).toString(), QStringLiteral("more"));
    model.collapseAll();
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.textAt(1).contains(QStringLiteral("\"c\": \"text\"")));
    // Numbers beyond qint64 (issue 15) are shown as doubles, whole ones up to 2^53 as digits.
    model.setJson(QJsonObject{{"big", 1e19}, {"huge", -1e300}, {"n", 9007199254740992.0}});
    QCOMPARE(model.data(model.index(0), JsonTreeModel::ValueTextRole).toString(), QStringLiteral("1e+19"));
    QCOMPARE(model.data(model.index(1), JsonTreeModel::ValueTextRole).toString(), QStringLiteral("-1e+300"));
    QCOMPARE(model.data(model.index(2), JsonTreeModel::ValueTextRole).toString(), QStringLiteral("9007199254740992"));
    model.setJson(QJsonValue(QStringLiteral("just text")));
    QCOMPARE(model.rowCount(), 1);
    model.toggle(0); // scalars do not toggle
    model.toggle(42);
}

void TestAlliumModels::formatting()
{
    using namespace AlliumRecordFormat;
    QCOMPARE(weiToEth(QStringLiteral("1500000000000000000")), QStringLiteral("1.5"));
    QCOMPARE(weiToEth(QStringLiteral("123456789000000000000000")), QStringLiteral("123,456.789"));
    QCOMPARE(weiToEth(QStringLiteral("0")), QStringLiteral("0"));
    QCOMPARE(weiToEth(QStringLiteral("1000")), QStringLiteral("<0.0001"));
    QCOMPARE(weiToEth(QStringLiteral("0xabc")), QStringLiteral("0xabc"));
    QCOMPARE(shiftDecimal(QStringLiteral("-2500000000"), 9, 3), QStringLiteral("-2.5"));
    QCOMPARE(grouped(21000000), QStringLiteral("21,000,000"));
    QCOMPARE(shortHash(QStringLiteral("0x1234567890abcdef")), QString(QStringLiteral("0x1234") + QChar(0x2026) + QStringLiteral("cdef")));
    // A block number or time out of range (issue 15) is shown as sent, not as a wrapped integer.
    {
        const AlliumTopic blocks = *AlliumTopic::parse(QStringLiteral("ethereum.blocks"));
        const AlliumRecord r = AlliumCodec::recordFromObject(
            QJsonDocument::fromJson("{\"number\":1e19,\"timestamp\":1e300,\"transaction_count\":9223372036854775807}").object(),
            AlliumTopic::Kind::Blocks);
        const QStringList cells = cellsFor(blocks, r);
        QCOMPARE(cells.at(0), QStringLiteral("1e+19"));
        QCOMPARE(cells.at(2), QString()); // no time rather than a nonsense date
        QCOMPARE(cells.at(3), QStringLiteral("9.22337203685e+18"));
    }
    for (const char *t : {"ethereum.blocks", "bitcoin.blocks", "ethereum.transactions", "solana.transactions",
                          "ethereum.logs", "base.dex_trades", "hyperliquid.fills", "polygon.something"}) {
        const AlliumTopic topic = *AlliumTopic::parse(QString::fromLatin1(t));
        AlliumRecord empty;
        empty.kind = topic.kind;
        QCOMPARE(cellsFor(topic, empty).size(), columnsFor(topic).size());
    }
}

void TestAlliumModels::hyperliquidColumnsAndCells()
{
    // The wrapped records of reference/allium.md §5.1 read as their payload in the table.
    using namespace AlliumRecordFormat;
    const QChar ellipsis(0x2026);
    const QString hash = QStringLiteral("0x7a3b") + QString(56, QLatin1Char('0')) + QStringLiteral("9f1e");
    const QString user = QStringLiteral("0xab12") + QString(32, QLatin1Char('5')) + QStringLiteral("cd34");
    auto titles = [](const AlliumTopic &t) {
        QStringList out;
        for (const Column &c : columnsFor(t))
            out << c.title;
        return out;
    };
    auto record = [](const QString &json, AlliumTopic::Kind kind) {
        const QJsonObject wire = QJsonDocument::fromJson(json.toUtf8()).object();
        Q_ASSERT(!wire.isEmpty());
        return AlliumCodec::recordFromObject(wire, kind);
    };
    {
        const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("hyperliquid.blocks"));
        QCOMPARE(titles(topic), (QStringList{"Height", "Hash", "Time (UTC)", "Txs", "Proposer"}));
        const AlliumRecord r = record(QStringLiteral(R"({"payload":{"height":636283712,"blockTime":1750476484151,"hash":"%1","proposer":"%2","numTxs":734}})")
                                          .arg(hash, user), topic.kind);
        QVERIFY(r.wrapped);
        QCOMPARE(cellsFor(topic, r), (QStringList{"636,283,712", QStringLiteral("0x7a3b") + ellipsis + QStringLiteral("9f1e"),
                                                  "2025-06-21 03:28:04", "734", QStringLiteral("0xab12") + ellipsis + QStringLiteral("cd34")}));
    }
    {
        const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("hyperliquid.transactions"));
        QCOMPARE(titles(topic), (QStringList{"Block", "Hash", "Time (UTC)", "User", "Action", "Error"}));
        const AlliumRecord r = record(QStringLiteral(R"({"payload":{"time":1753284680334,"user":"%2","action":{"type":"cancelByCloid",
            "cancels":[{"asset":176,"cloid":"0x01"}]},"block":672483307,"hash":"%1","error":"Invalid nonce: duplicate nonce"},
            "source":"hyperliquidinternal"})").arg(hash, user), topic.kind);
        QVERIFY(r.wrapped);
        QCOMPARE(r.source, QStringLiteral("hyperliquidinternal"));
        QCOMPARE(cellsFor(topic, r), (QStringList{"672,483,307", QStringLiteral("0x7a3b") + ellipsis + QStringLiteral("9f1e"),
                                                  "2025-07-23 15:31:20", QStringLiteral("0xab12") + ellipsis + QStringLiteral("cd34"),
                                                  "cancelByCloid", "Invalid nonce: duplicate nonce"}));
    }
    {
        // fills: one record per side; trades name both sides in "users" [buyer, seller].
        const QStringList fillTitles{"Time (UTC)", "Coin", "Side", "Price", "Size", "User", "Closed PnL"};
        const AlliumTopic fills = *AlliumTopic::parse(QStringLiteral("hyperliquid.fills"));
        QCOMPARE(titles(fills), fillTitles);
        const AlliumRecord fill = record(QStringLiteral(R"({"payload":{"coin":"BTC","px":"65012.5","sz":"0.0153","side":"A",
            "time":1753284680334,"user":"%1","oid":40000000001,"closedPnl":"-12.5000"},"source":"hyperliquidinternal"})").arg(user), fills.kind);
        QCOMPARE(cellsFor(fills, fill), (QStringList{"2025-07-23 15:31:20", "BTC", "sell", "65012.5", "0.0153",
                                                     QStringLiteral("0xab12") + ellipsis + QStringLiteral("cd34"), "-12.5000"}));
        const AlliumTopic trades = *AlliumTopic::parse(QStringLiteral("hyperliquid.trades"));
        QCOMPARE(titles(trades), fillTitles);
        const AlliumRecord trade = record(QStringLiteral(R"({"payload":{"coin":"ETH","px":"3400.1","sz":"2.0","side":"B",
            "time":1753284680334,"users":["%1","0xother"]},"source":"hyperliquidinternal"})").arg(user), trades.kind);
        QCOMPARE(cellsFor(trades, trade), (QStringList{"2025-07-23 15:31:20", "ETH", "buy", "3400.1", "2.0",
                                                       QStringLiteral("0xab12") + ellipsis + QStringLiteral("cd34"), QString()}));
    }
    {
        const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("hyperliquid.orders"));
        QCOMPARE(titles(topic), (QStringList{"Time (UTC)", "Coin", "Side", "Limit price", "Size", "Status", "User"}));
        const AlliumRecord r = record(QStringLiteral(R"({"payload":{"time":1753284680334,"user":"%1","status":"filled",
            "order":{"coin":"SOL","side":"B","limitPx":"151.25","sz":"10.5","oid":7}},"source":"hyperliquidinternal"})").arg(user), topic.kind);
        QCOMPARE(cellsFor(topic, r), (QStringList{"2025-07-23 15:31:20", "SOL", "buy", "151.25", "10.5", "filled",
                                                  QStringLiteral("0xab12") + ellipsis + QStringLiteral("cd34")}));
    }
    {
        // A topic without columns of its own shows the payload, never the wrapper.
        const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("hyperliquid.misc_events"));
        QCOMPARE(titles(topic), (QStringList{"Block", "Hash", "Time (UTC)", "Record"}));
        const AlliumRecord r = record(QStringLiteral(R"({"payload":{"kind":"funding","coin":"BTC"},"source":"hyperliquidinternal"})"), topic.kind);
        const QStringList cells = cellsFor(topic, r);
        QCOMPARE(cells.size(), 4);
        QVERIFY2(!cells.at(3).contains(QStringLiteral("payload")), qPrintable(cells.at(3)));
        QVERIFY2(cells.at(3).contains(QStringLiteral("\"kind\":\"funding\"")), qPrintable(cells.at(3)));
    }
}

QTEST_GUILESS_MAIN(TestAlliumModels)
#include "tst_allium_models.moc"
