// Context with every alert: the events of the preceding N seconds from every provider that
// touch the alert's subject (a token's mint and its symbol, the same symbol in another
// provider's pair, tweets naming it, transfers and trades of it), oldest first; kept in the
// history file (older files without it still load) and shown by the history model.

#include "alertenginetest.h"
#include "alerts/alertengine.h"
#include "alerts/alerthistorymodel.h"
#include "alerts/alertstore.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Mint = QStringLiteral("So11111111111111111111111111111111111111112");

Observation conyrTrade(double price, qint64 ts)
{
    Observation o;
    o.provider = QStringLiteral("conyr");
    o.source = QStringLiteral("conyr-live");
    o.kind = QStringLiteral("trade");
    o.subject = Mint;
    o.label = QStringLiteral("SOL");
    o.timestampMs = ts;
    o.metrics.insert(QStringLiteral("price"), price);
    o.metrics.insert(QStringLiteral("amount"), 12);
    o.texts.insert(QStringLiteral("side"), QStringLiteral("buy"));
    return o;
}

Observation tick(const QString &symbol, double vwap, qint64 ts)
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = QStringLiteral("prices");
    o.kind = QStringLiteral("price");
    o.subject = symbol;
    o.timestampMs = ts;
    o.metrics.insert(QStringLiteral("vwap"), vwap);
    return o;
}

Observation tweet(const QString &text, qint64 ts)
{
    Observation o;
    o.provider = QStringLiteral("tweets");
    o.source = QStringLiteral("tweets");
    o.kind = QStringLiteral("tweet");
    o.subject = QStringLiteral("Tech Leaders");
    o.timestampMs = ts;
    o.texts.insert(QStringLiteral("text"), text);
    o.texts.insert(QStringLiteral("author"), QStringLiteral("trader"));
    return o;
}

Observation transfer(const QString &symbol, double amount, qint64 ts)
{
    Observation o;
    o.provider = QStringLiteral("allium-stream");
    o.source = QStringLiteral("allium");
    o.kind = QStringLiteral("record");
    o.subject = QStringLiteral("solana.transfers");
    o.timestampMs = ts;
    o.record = {{QStringLiteral("symbol"), symbol}, {QStringLiteral("amount"), amount}};
    o.texts.insert(QStringLiteral("symbol"), symbol);
    o.metrics.insert(QStringLiteral("amount"), amount);
    return o;
}

} // namespace

class TestAlertContext : public AlertEngineTest
{
    Q_OBJECT

private:

    Alert last() const { return spy->last().at(0).value<Alert>(); }
    void setAbove(double level)
    {
        AlertRule r;
        r.id = QStringLiteral("sol-above");
        r.name = QStringLiteral("SOL above");
        r.kind = AlertRule::Kind::PriceAbove;
        r.provider = QStringLiteral("conyr");
        r.subject = Mint;
        r.level = level;
        r.cooldownSec = 0;
        r.hysteresisPct = 0;
        engine->setRules({r});
    }

private Q_SLOTS:
    void init() { startEngine(); }
    void cleanup() { stopEngine(); }

    void everyProviderTouchingTheSubject()
    {
        setAbove(150);
        const qint64 t0 = clock;
        engine->observe(tweet(QStringLiteral("old news about $SOL"), t0 - 70000)); // before the window
        engine->observe(transfer(QStringLiteral("SOL"), 250000, t0 - 30000));
        engine->observe(tweet(QStringLiteral("$SOL is about to move"), t0 - 20000));
        engine->observe(tweet(QStringLiteral("a solid day for ETH"), t0 - 19000)); // "solid" is not SOL
        engine->observe(tick(QStringLiteral("SOL-USD"), 149.5, t0 - 10000));       // the same asset in a pair
        engine->observe(tick(QStringLiteral("ETH"), 3000, t0 - 9000));
        engine->observe(transfer(QStringLiteral("ETH"), 1000, t0 - 8000));
        engine->observe(conyrTrade(149, t0 - 5000));
        engine->observe(tick(QStringLiteral("SOL"), 151, t0 + 5000)); // after the alert: not before it
        QVERIFY(spy->isEmpty());
        engine->observe(conyrTrade(151, t0));
        QCOMPARE(spy->size(), 1);
        const Alert a = last();
        QCOMPARE(a.context.size(), 5);
        QVERIFY(!a.contextTruncated);
        const QStringList providers = [&] {
            QStringList out;
            for (const QJsonValue &e : a.context)
                out << e.toObject().value(QStringLiteral("provider")).toString();
            return out;
        }();
        QCOMPARE(providers, (QStringList{QStringLiteral("allium-stream"), QStringLiteral("tweets"), QStringLiteral("predikt"),
                                         QStringLiteral("conyr"), QStringLiteral("conyr")}));
        const QJsonObject tweetEvent = a.context.at(1).toObject();
        QCOMPARE(qint64(tweetEvent.value(QStringLiteral("t")).toDouble()), t0 - 20000);
        QCOMPARE(tweetEvent.value(QStringLiteral("kind")).toString(), QStringLiteral("tweet"));
        QCOMPARE(tweetEvent.value(QStringLiteral("text")).toString(), QStringLiteral("@trader: $SOL is about to move"));
        const QJsonObject trade = a.context.at(3).toObject();
        QCOMPARE(trade.value(QStringLiteral("label")).toString(), QStringLiteral("SOL"));
        QCOMPARE(trade.value(QStringLiteral("text")).toString(), QStringLiteral("trade · price 149 · amount 12 · side buy"));
        QVERIFY(a.context.at(0).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("amount 250000")));
        // The message names the token by its symbol.
        QVERIFY2(a.message.contains(QStringLiteral("SOL")) && !a.message.contains(Mint), qPrintable(a.message));
    }

    void windowAndCapAreKept()
    {
        setAbove(150);
        engine->setContextWindowSec(10);
        const qint64 t0 = clock;
        engine->observe(tick(QStringLiteral("SOL"), 1, t0 - 11000));
        for (int i = 0; i < 40; ++i)
            engine->observe(conyrTrade(100 + i * 0.01, t0 - 9000 + i * 100));
        engine->observe(conyrTrade(151, t0));
        const Alert a = last();
        QCOMPARE(a.context.size(), AlertContext::MaxEvents);
        QVERIFY(a.contextTruncated);
        // The newest are kept, oldest first, and the trigger itself is the last.
        QCOMPARE(qint64(a.context.last().toObject().value(QStringLiteral("t")).toDouble()), t0);
        QVERIFY(a.context.first().toObject().value(QStringLiteral("t")).toDouble()
                < a.context.last().toObject().value(QStringLiteral("t")).toDouble());

        engine->setContextWindowSec(0); // off
        engine->observe(conyrTrade(100, t0 + 1000));
        engine->observe(conyrTrade(152, t0 + 2000));
        QVERIFY(last().context.isEmpty());
    }

    void floodsStayBounded()
    {
        AlertContext context;
        for (int i = 0; i < AlertContext::MaxBuffered * 3; ++i)
            context.add(tick(QStringLiteral("BTC"), i, clock), clock);
        QCOMPARE(context.buffered(), AlertContext::MaxBuffered);
        // An alert looks at the newest MaxScanned: an older match in the window is left out,
        // and the alert says so.
        context.clear();
        context.add(tick(QStringLiteral("SOL"), 1, clock - 5000), clock);
        for (int i = 0; i < AlertContext::MaxScanned; ++i)
            context.add(tick(QStringLiteral("BTC"), i, clock), clock);
        bool truncated = false;
        QVERIFY(context.eventsFor({QStringLiteral("SOL")}, clock, &truncated).isEmpty());
        QVERIFY(truncated);
        context.add(tick(QStringLiteral("SOL"), 2, clock), clock);
        QCOMPARE(context.eventsFor({QStringLiteral("SOL")}, clock, &truncated).size(), 1);
        Observation paused = tick(QStringLiteral("BTC"), 0, clock);
        paused.kind = QStringLiteral("paused");
        context.clear();
        context.add(paused, clock);
        QCOMPARE(context.buffered(), 0);
    }

    void historyKeepsContextAndOldFilesLoad()
    {
        setAbove(150);
        engine->observe(tweet(QStringLiteral("SOL!"), clock - 1000));
        engine->observe(conyrTrade(151, clock));
        const Alert a = last();
        QCOMPARE(a.context.size(), 2);

        QTemporaryDir dir;
        AlertStore store(dir.path());
        QVERIFY(store.saveHistory({a}));
        QList<Alert> loaded;
        QVERIFY(store.loadHistory(loaded));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.first().context, a.context);

        // A history entry written before context existed.
        QJsonObject old = a.toJson();
        old.remove(QStringLiteral("context"));
        QVERIFY(!old.contains(QStringLiteral("contextTruncated")));
        Alert back;
        QVERIFY(Alert::fromJson(old, back));
        QVERIFY(back.context.isEmpty());
        QCOMPARE(back.message, a.message);
        // Junk in a hand-edited file is dropped, not shown.
        old.insert(QStringLiteral("context"), QJsonArray{1, QStringLiteral("x"), QJsonObject{{QStringLiteral("text"), QStringLiteral("ok")}}});
        QVERIFY(Alert::fromJson(old, back));
        QCOMPARE(back.context.size(), 1);
        old.insert(QStringLiteral("context"), QStringLiteral("not a list"));
        QVERIFY(Alert::fromJson(old, back));
        QVERIFY(back.context.isEmpty());

        AlertHistoryModel model;
        QAbstractItemModelTester tester(&model);
        model.reset({a});
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(AlertHistoryModel::ContextCountRole).toInt(), 2);
        const QVariantList rows = row.data(AlertHistoryModel::ContextRole).toList();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toMap().value(QStringLiteral("beforeText")).toString(), QStringLiteral("1 s before"));
        QCOMPARE(rows.at(0).toMap().value(QStringLiteral("text")).toString(), QStringLiteral("@trader: SOL!"));
        QCOMPARE(rows.at(1).toMap().value(QStringLiteral("subject")).toString(), QStringLiteral("SOL")); // the label, not the mint
        QCOMPARE(rows.at(1).toMap().value(QStringLiteral("beforeText")).toString(), QStringLiteral("at the alert"));

        // The row names the token by its symbol (the Subject column, the CSV export); the mint
        // stays the alert's identity.
        Alert conyr = a;
        conyr.subject = QStringLiteral("So11111111111111111111111111111111111111112");
        conyr.values.insert(QStringLiteral("subject"), QStringLiteral("SOL"));
        model.reset({conyr});
        QCOMPARE(model.index(0).data(AlertHistoryModel::SubjectRole).toString(), QStringLiteral("SOL"));
        conyr.values.remove(QStringLiteral("subject"));
        model.reset({conyr});
        QCOMPARE(model.index(0).data(AlertHistoryModel::SubjectRole).toString(), conyr.subject);
    }
};

QTEST_GUILESS_MAIN(TestAlertContext)
#include "tst_alertcontext.moc"
