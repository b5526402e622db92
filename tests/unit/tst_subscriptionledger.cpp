// The Subscriptions overview's figures: quota used and cost of every subscription and the
// totals per key, checked against a hand computation from the documented caps and prices
// (reference/conyr.md §7, predikt.md §2 §5, tweets.md §3 §4 §6, allium.md §1); the what-if of
// adding one; the models the page shows.
#include "app/subscriptions/subscriptionledger.h"
#include "app/subscriptions/subscriptionoverviewmodels.h"
#include "app/subscriptions/subscriptionsoverview.h"
#include "providers/tweets/tweetsrest.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace SubscriptionLedger;

namespace {

Subscription sub(const QString &what, const QString &kind, bool active = true, double credits = 0, int units = 0)
{
    Subscription s;
    s.what = what;
    s.id = what;
    s.kind = kind;
    s.active = active;
    s.creditsPerDay = credits;
    s.units = units;
    return s;
}

KeyState key(Provider provider, const QString &id, const QString &tier, int connections, int open, int count,
             const QString &kind)
{
    KeyState k;
    k.provider = provider;
    k.profileId = id;
    k.profileName = id;
    k.tier = tier;
    k.connections = connections;
    k.openConnections = open;
    for (int i = 0; i < count; ++i)
        k.subscriptions.append(sub(QStringLiteral("%1-%2").arg(kind).arg(i), kind));
    return k;
}

const KeyTotal *totalOf(const Ledger &l, const QString &id)
{
    for (const KeyTotal &k : l.keys) {
        if (k.profileId == id)
            return &k;
    }
    return nullptr;
}

const Row *firstRowOf(const Ledger &l, const QString &id)
{
    for (const Row &r : l.rows) {
        if (r.profileId == id)
            return &r;
    }
    return nullptr;
}

/// The fixture every test computes over.
QList<KeyState> fixture()
{
    KeyState tweets;
    tweets.provider = Provider::Tweets;
    tweets.profileId = tweets.profileName = QStringLiteral("social");
    tweets.connections = tweets.openConnections = 1;
    // Hand computation (reference/tweets.md §3 volume pricing, §4 rule tiers):
    //   monitor "founders", 12 accounts, band 11–50 = 1,333 each → 15,996, active
    //   monitor "rivals", 3 accounts, band 1–10 = 1,667 each → 5,001, paused → 0
    //   rule "#sol" every 5 s = Fast → 10,000, active
    //   rule "#eth" every 60 s = Standard → 1,500, active
    //   rule "#btc" every 0.5 s = Turbo → 30,000, paused → 0
    //   total 15,996 + 10,000 + 1,500 = 27,496 credits/day
    tweets.subscriptions = {sub(QStringLiteral("founders"), QStringLiteral("monitor"), true, 12 * 1333, 12),
                            sub(QStringLiteral("rivals"), QStringLiteral("monitor"), false, 3 * 1667, 3),
                            sub(QStringLiteral("#sol"), QStringLiteral("rule"), true, 10000),
                            sub(QStringLiteral("#eth"), QStringLiteral("rule"), true, 1500),
                            sub(QStringLiteral("#btc"), QStringLiteral("rule"), false, 30000)};
    KeyState allium = key(Provider::Allium, QStringLiteral("chain"), {}, 1, 1, 1, QStringLiteral("topic"));
    return {
        key(Provider::Conyr, QStringLiteral("desk"), QStringLiteral("layer1"), 1, 1, 7, QStringLiteral("channel")),
        key(Provider::Conyr, QStringLiteral("research"), QStringLiteral("layer2"), 1, 1, 47, QStringLiteral("channel")),
        key(Provider::Conyr, QStringLiteral("fund"), QStringLiteral("enterprise"), 1, 1, 60, QStringLiteral("channel")),
        key(Provider::Predikt, QStringLiteral("prices"), QStringLiteral("PRO"), 1, 1, 8, QStringLiteral("symbol")),
        key(Provider::Predikt, QStringLiteral("basic"), QStringLiteral("STANDARD"), 1, 1, 10, QStringLiteral("symbol")),
        key(Provider::Predikt, QStringLiteral("offline"), QStringLiteral("STANDARD"), 1, 0, 2, QStringLiteral("symbol")),
        tweets,
        allium,
    };
}

} // namespace

class TestSubscriptionLedger : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void tweetsPricesAreTheDocumentedOnes();
    void totalsMatchTheHandComputation();
    void conyrQuotaAndPriceShare();
    void prediktBillsConnectionHours();
    void tweetsCreditsPerMonitorAndRule();
    void alliumHasNoPublishedPrice();
    void whatIfAddingARule();
    void whatIfAddingToAFullConnection();
    void whatIfAddingASymbolCostsNothingMore();
    void emptyInput();
    void modelsFollowTheLedger();
    void overviewPreviewsFromItsSource();
    void optionalSubscriptionsArePausedTogether();
};

void TestSubscriptionLedger::tweetsPricesAreTheDocumentedOnes()
{
    // The fixture's credits are the tables' own figures.
    QCOMPARE(TweetsRest::monitorCreditsPerDay(12), 15996.0);
    QCOMPARE(TweetsRest::monitorCreditsPerDay(3), 5001.0);
    QCOMPARE(TweetsRest::ruleTierFor(5).creditsPerRulePerDay, 10000.0);
    QCOMPARE(TweetsRest::ruleTierFor(60).creditsPerRulePerDay, 1500.0);
    QCOMPARE(TweetsRest::ruleTierFor(0.5).creditsPerRulePerDay, 30000.0);
}

void TestSubscriptionLedger::totalsMatchTheHandComputation()
{
    const Ledger l = compute(fixture());
    QCOMPARE(l.keys.size(), 8);
    QCOMPARE(l.rows.size(), 7 + 47 + 60 + 8 + 10 + 2 + 5 + 1);
    // USD per month: Conyr $79 + $249 + $999 (tier prices, flat) + Predikt 2 open
    // connections × $0.10 × 720 h = $144 (the offline one bills nothing) = $1,471.
    QCOMPARE(l.usdPerMonth, 79.0 + 249.0 + 999.0 + 144.0);
    // Per hour: (79 + 249 + 999) / 720 + 0.20.
    QVERIFY(qAbs(l.usdPerHour - (1327.0 / 720.0 + 0.20)) < 1e-9);
    QCOMPARE(l.creditsPerDay, 27496.0);
    // Totals per key add up to the overall ones.
    double month = 0, credits = 0;
    for (const KeyTotal &k : l.keys) {
        month += k.usdPerMonth;
        credits += k.creditsPerDay;
    }
    QCOMPARE(month, l.usdPerMonth);
    QCOMPARE(credits, l.creditsPerDay);
}

void TestSubscriptionLedger::conyrQuotaAndPriceShare()
{
    const Ledger l = compute(fixture());
    const KeyTotal *desk = totalOf(l, QStringLiteral("desk"));
    QCOMPARE(desk->connections.text, QStringLiteral("1/5 connections of this key"));
    QCOMPARE(desk->subscriptions.text, QStringLiteral("7/50 channels"));
    QCOMPARE(desk->tierLabel, QStringLiteral("Layer 1"));
    QCOMPARE(desk->costText, QStringLiteral("$79.00/month · Layer 1"));
    const Row *row = firstRowOf(l, QStringLiteral("desk"));
    QCOMPARE(row->quota.text, QStringLiteral("7/50 channels on this connection"));
    QVERIFY(qAbs(row->usdPerMonth - 79.0 / 7) < 1e-9);
    QCOMPARE(row->costText, QStringLiteral("$11.29/month share of $79.00"));

    const Row *research = firstRowOf(l, QStringLiteral("research"));
    QCOMPARE(research->quota.text, QStringLiteral("47/50 channels on this connection"));
    QVERIFY(!research->quota.full());
    QCOMPARE(totalOf(l, QStringLiteral("research"))->connections.text, QStringLiteral("1/20 connections of this key"));

    const KeyTotal *fund = totalOf(l, QStringLiteral("fund"));
    QVERIFY(fund->fromPrice);
    QCOMPARE(fund->costText, QStringLiteral("from $999.00/month · Enterprise"));
    QCOMPARE(fund->connections.cap, -1);
    QCOMPARE(firstRowOf(l, QStringLiteral("fund"))->quota.cap, -1);
}

void TestSubscriptionLedger::prediktBillsConnectionHours()
{
    const Ledger l = compute(fixture());
    const KeyTotal *prices = totalOf(l, QStringLiteral("prices"));
    QCOMPARE(prices->usdPerHour, 0.10);
    QCOMPARE(prices->usdPerMonth, 72.0);
    QCOMPARE(prices->costText, QStringLiteral("$0.10/h · $72.00/month"));
    QCOMPARE(prices->connections.text, QStringLiteral("1/5 connections of this key"));
    QCOMPARE(prices->subscriptions.text, QStringLiteral("8/50 symbols"));
    const Row *row = firstRowOf(l, QStringLiteral("prices"));
    QCOMPARE(row->quota.text, QStringLiteral("8/50 symbols on this connection"));
    QCOMPARE(row->usdPerHour, 0.10 / 8);
    QCOMPARE(row->costText, QStringLiteral("$0.0125/h share of $0.10/h"));

    const Row *basic = firstRowOf(l, QStringLiteral("basic"));
    QCOMPARE(basic->quota.text, QStringLiteral("10/10 symbols on this connection"));
    QVERIFY(basic->quota.full());
    QCOMPARE(totalOf(l, QStringLiteral("basic"))->connections.text, QStringLiteral("1/2 connections of this key"));

    const KeyTotal *offline = totalOf(l, QStringLiteral("offline"));
    QCOMPARE(offline->usdPerHour, 0.0);
    QCOMPARE(offline->costText, QStringLiteral("not connected: nothing billed"));
}

void TestSubscriptionLedger::tweetsCreditsPerMonitorAndRule()
{
    const Ledger l = compute(fixture());
    const KeyTotal *social = totalOf(l, QStringLiteral("social"));
    QCOMPARE(social->creditsPerDay, 27496.0);
    QCOMPARE(social->costText, QStringLiteral("27,496 credits/day"));
    QCOMPARE(social->connections.text, QStringLiteral("1/5 connections of this key"));
    QCOMPARE(social->subscriptions.text, QStringLiteral("3/50 rules · 2 monitor(s)"));
    QHash<QString, const Row *> rows;
    for (const Row &r : l.rows) {
        if (r.profileId == QLatin1String("social"))
            rows.insert(r.subscription.what, &r);
    }
    QCOMPARE(rows.value(QStringLiteral("founders"))->creditsPerDay, 15996.0);
    QCOMPARE(rows.value(QStringLiteral("founders"))->quota.text, QStringLiteral("12/100 accounts in this monitor"));
    QCOMPARE(rows.value(QStringLiteral("rivals"))->creditsPerDay, 0.0);
    QCOMPARE(rows.value(QStringLiteral("rivals"))->costText, QStringLiteral("paused: no credits"));
    QCOMPARE(rows.value(QStringLiteral("#sol"))->costText, QStringLiteral("10,000 credits/day"));
    QCOMPARE(rows.value(QStringLiteral("#sol"))->quota.text, QStringLiteral("3/50 rules of this key"));

    KeyState unlisted = fixture().at(6);
    unlisted.listed = false;
    unlisted.subscriptions.clear();
    const Ledger u = compute({unlisted});
    QCOMPARE(u.keys.first().costText, QStringLiteral("not listed yet"));
}

void TestSubscriptionLedger::alliumHasNoPublishedPrice()
{
    const Ledger l = compute(fixture());
    const KeyTotal *chain = totalOf(l, QStringLiteral("chain"));
    QCOMPARE(chain->usdPerMonth, 0.0);
    QCOMPARE(chain->costText, QStringLiteral("no price published"));
    QCOMPARE(chain->connections.cap, -2);
    QCOMPARE(firstRowOf(l, QStringLiteral("chain"))->quota.text, QStringLiteral("one topic per connection"));
    QVERIFY(!firstRowOf(l, QStringLiteral("chain"))->quota.full());
    QCOMPARE(chain->connections.text, QStringLiteral("1 connection(s), no cap published"));
}

void TestSubscriptionLedger::whatIfAddingARule()
{
    const KeyState social = fixture().at(6);
    Subscription rule = sub(QStringLiteral("#new"), QStringLiteral("rule"), true, 10000);
    const Effect e = effectOfAdding(social, rule);
    QVERIFY(e.ok);
    QCOMPARE(e.totalCreditsPerDay, 27496.0 + 10000.0);
    QCOMPARE(e.quotaText, QStringLiteral("4/50 rules of this key"));
    QCOMPARE(e.costText, QStringLiteral("this rule costs 10,000 credits/day — your total becomes 37,496"));

    KeyState full = social;
    for (int i = 0; i < 47; ++i)
        full.subscriptions.append(sub(QStringLiteral("#r%1").arg(i), QStringLiteral("rule"), true, 100));
    const Effect refused = effectOfAdding(full, rule);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.error, QStringLiteral("This key has all its 50 rules."));
}

void TestSubscriptionLedger::whatIfAddingToAFullConnection()
{
    const KeyState basic = fixture().at(4);
    const Effect e = effectOfAdding(basic, sub(QStringLiteral("ETH"), QStringLiteral("symbol")));
    QVERIFY(!e.ok);
    QCOMPARE(e.error, QStringLiteral("This connection is full: 10/10 symbols on this connection."));

    const Effect c = effectOfAdding(fixture().at(1), sub(QStringLiteral("x"), QStringLiteral("channel")));
    QVERIFY(c.ok);
    QCOMPARE(c.quotaText, QStringLiteral("48/50 channels on this connection"));
    QCOMPARE(c.costText, QStringLiteral("no extra cost: the tier is $249.00/month"));
}

void TestSubscriptionLedger::whatIfAddingASymbolCostsNothingMore()
{
    const Effect e = effectOfAdding(fixture().at(3), sub(QStringLiteral("ETH"), QStringLiteral("symbol")));
    QVERIFY(e.ok);
    QCOMPARE(e.quotaText, QStringLiteral("9/50 symbols on this connection"));
    QCOMPARE(e.addedUsdPerMonth, 0.0);
    QCOMPARE(e.costText, QStringLiteral("no extra cost: Predikt bills $0.10 per connection-hour, not per symbol"));
}

void TestSubscriptionLedger::emptyInput()
{
    const Ledger l = compute({});
    QVERIFY(l.rows.isEmpty());
    QVERIFY(l.keys.isEmpty());
    QCOMPARE(l.usdPerMonth, 0.0);
    // A key without subscriptions divides nothing by zero.
    const Ledger one = compute({key(Provider::Conyr, QStringLiteral("idle"), QStringLiteral("layer3"), 0, 0, 0, QStringLiteral("channel"))});
    QCOMPARE(one.keys.first().usdPerMonth, 599.0);
    QCOMPARE(one.keys.first().connections.text, QStringLiteral("0/50 connections of this key"));
    QVERIFY(one.rows.isEmpty());
}

void TestSubscriptionLedger::modelsFollowTheLedger()
{
    SubscriptionRowsModel rows;
    SubscriptionKeysModel keys;
    QAbstractItemModelTester rowTester(&rows, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester keyTester(&keys, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Ledger l = compute(fixture());
    rows.setRows(l.rows);
    keys.setKeys(l.keys);
    QCOMPARE(rows.rowCount(), int(l.rows.size()));
    QCOMPARE(keys.rowCount(), 8);
    QCOMPARE(keys.data(keys.index(3), SubscriptionKeysModel::CostTextRole).toString(), QStringLiteral("$0.10/h · $72.00/month"));

    // Same subscriptions, one counter changed: one dataChanged with that role only.
    QList<KeyState> next = fixture();
    next[0].subscriptions[2].rate = 4.5;
    QSignalSpy changed(&rows, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&rows, &QAbstractItemModel::modelReset);
    rows.setRows(compute(next).rows);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 2);
    QCOMPARE(changed.first().at(2).value<QList<int>>(), QList<int>{SubscriptionRowsModel::RateRole});

    // A subscription more: the rows are replaced.
    next[0].subscriptions.append(sub(QStringLiteral("extra"), QStringLiteral("channel")));
    QSignalSpy count(&rows, &SubscriptionRowsModel::countChanged);
    rows.setRows(compute(next).rows);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(count.count(), 1);
    QCOMPARE(rows.rowCount(), int(l.rows.size()) + 1);
}

void TestSubscriptionLedger::overviewPreviewsFromItsSource()
{
    SubscriptionsOverview overview(&fixture, nullptr);
    QSignalSpy totals(&overview, &SubscriptionsOverview::totalsChanged);
    overview.refresh();
    QCOMPARE(totals.count(), 1);
    QCOMPARE(overview.creditsPerDay(), 27496.0);
    QCOMPARE(overview.rows()->rowCount(), 140);
    QCOMPARE(overview.creditsText(), QStringLiteral("27,496 credits/day"));
    overview.refresh();
    QCOMPARE(totals.count(), 1); // nothing changed, nothing announced

    const SubscriptionPreview rule = overview.previewTweetRule(QStringLiteral("social"), 5);
    QVERIFY(rule.known);
    QVERIFY(rule.ok);
    QCOMPARE(rule.costText, QStringLiteral("this rule costs 10,000 credits/day — your total becomes 37,496"));
    QCOMPARE(rule.text, QStringLiteral("If you create it: this rule costs 10,000 credits/day — your total becomes 37,496 (4/50 rules of this key)."));
    const SubscriptionPreview daily = overview.previewTweetRule(QStringLiteral("social"), 3600);
    QCOMPARE(daily.creditsPerDay, 100.0);
    QCOMPARE(daily.totalCreditsPerDay, 27596.0);
    QVERIFY(!overview.previewTweetRule(QStringLiteral("social"), 100000).ok);
    QVERIFY(!overview.previewTweetRule(QStringLiteral("desk"), 5).ok);
    QVERIFY(!overview.previewTweetRule(QStringLiteral("desk"), 5).known);
    // Editing #sol (Fast, 10,000) to a daily poll: its own cost is replaced, the quota stays.
    const SubscriptionPreview edited = overview.previewTweetRule(QStringLiteral("social"), 3600, QStringLiteral("#sol"));
    QCOMPARE(edited.totalCreditsPerDay, 27496.0 - 10000.0 + 100.0);
    QCOMPARE(edited.quotaText, QStringLiteral("3/50 rules of this key"));
    QCOMPARE(edited.text, QStringLiteral("Saved like this: this rule costs 100 credits/day — your total becomes 17,596 (3/50 rules of this key)."));

    // Predikt STANDARD with 10 of 10 symbols: refused with the tier's cap.
    const SubscriptionPreview full = overview.previewPrediktSymbols(QStringLiteral("basic"));
    QVERIFY(full.known);
    QVERIFY(!full.ok);
    QCOMPARE(full.text, QStringLiteral("This connection is full: 10/10 symbols on this connection. The STANDARD tier allows 10 symbols per connection."));
    // PRO with 8 of 50: one, several (already subscribed ones do not count), too many.
    QCOMPARE(overview.previewPrediktSymbols(QStringLiteral("prices")).text,
             QStringLiteral("One more symbol makes it 9/50 symbols on this connection; no extra cost: Predikt bills $0.10 per connection-hour, not per symbol."));
    QCOMPARE(overview.previewPrediktSymbols(QStringLiteral("prices"), QStringLiteral("wif")).text,
             QStringLiteral("Adding WIF makes it 9/50 symbols on this connection; no extra cost: Predikt bills $0.10 per connection-hour, not per symbol."));
    const SubscriptionPreview two = overview.previewPrediktSymbols(QStringLiteral("prices"), QStringLiteral("WIF, RAY symbol-0"));
    QCOMPARE(two.adding, 2);
    QCOMPARE(two.quotaText, QStringLiteral("10/50 symbols on this connection"));
    QVERIFY(!overview.previewPrediktSymbols(QStringLiteral("prices"), QStringLiteral("symbol-1")).ok);
    const SubscriptionPreview offline = overview.previewPrediktSymbols(QStringLiteral("offline"), QStringLiteral("A B C D E F G H I"));
    QVERIFY(!offline.ok);
    QCOMPARE(offline.error, QStringLiteral("Only 8 more fit: 2/10 symbols on this connection. The STANDARD tier allows 10 symbols per connection."));
    QVERIFY(!overview.previewPrediktSymbols(QStringLiteral("nobody")).known);
}

void TestSubscriptionLedger::optionalSubscriptionsArePausedTogether()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_subscriptionledger"));
    QSettings().remove(QStringLiteral("subscriptions/optional"));
    QList<Row> paused;
    {
        SubscriptionsOverview overview(&fixture, nullptr);
        overview.setPauser([&paused](const Row &row) {
            paused.append(row);
            return true;
        });
        overview.refresh();
        QCOMPARE(overview.optionalText(), QString());
        QCOMPARE(overview.pauseAllOptional(), 0);

        Subscription sol = sub(QStringLiteral("#sol"), QStringLiteral("rule"));
        Subscription rivals = sub(QStringLiteral("rivals"), QStringLiteral("monitor"));
        overview.setOptional(priorityKey(QStringLiteral("social"), sol), true);
        overview.setOptional(priorityKey(QStringLiteral("social"), rivals), true);
        QCOMPARE(overview.ledger().optionalCount, 2);
        QCOMPARE(overview.optionalActive(), 1); // rivals is paused already
        // Pausing #sol (Fast, 10,000) saves its credits; rivals costs nothing while paused.
        QCOMPARE(overview.ledger().optionalCreditsPerDay, 10000.0);
        QCOMPARE(overview.optionalText(), QStringLiteral("2 optional · pausing them saves 10,000 credits/day"));
        const SubscriptionRowsModel *rows = overview.rows();
        int optionalRows = 0;
        for (int i = 0; i < rows->rowCount(); ++i)
            optionalRows += rows->data(rows->index(i), SubscriptionRowsModel::OptionalRole).toBool() ? 1 : 0;
        QCOMPARE(optionalRows, 2);

        QCOMPARE(overview.pauseAllOptional(), 1);
        QCOMPARE(paused.size(), 1);
        QCOMPARE(paused.first().subscription.what, QStringLiteral("#sol"));
        QCOMPARE(paused.first().profileId, QStringLiteral("social"));
    }
    // The priorities are kept.
    SubscriptionsOverview again(&fixture, nullptr);
    again.refresh();
    QCOMPARE(again.ledger().optionalCount, 2);
    again.setOptional(priorityKey(QStringLiteral("social"), sub(QStringLiteral("#sol"), QStringLiteral("rule"))), false);
    QCOMPARE(again.ledger().optionalCount, 1);
    QSettings().remove(QStringLiteral("subscriptions/optional"));
}

QTEST_GUILESS_MAIN(TestSubscriptionLedger)
#include "tst_subscriptionledger.moc"
