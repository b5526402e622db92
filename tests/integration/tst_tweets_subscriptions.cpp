// The subscriptions controller and its list models against the simulator: all pages loaded,
// quick actions update one row, a failed refresh keeps the lists and says why, the totals are
// the hand sum of what is active, and the models pass QAbstractItemModelTester.

#include "app/tweets/tweetssubscriptionscontroller.h"
#include "app/tweets/tweetsubscriptioneditors.h"
#include "core/keystore.h"
#include "core/profilestore.h"
#include "providers/tweets/tweetsrestclient.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetsrestsim.h"
#include "sim/tweets/tweetssim.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace TweetsRest;

class TestTweetsSubscriptions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void refreshLoadsEveryPageAndTheTotals();
    void quickActionsUpdateOneRow();
    void aFailedRefreshKeepsTheListsAndSaysWhy();
    void editorsSaveAndKeepWhatWasTypedOnFailure();

private:
    void load();

    SimServer *m_server = nullptr;
    TweetsSimHandler *m_sim = nullptr;
    ProfileStore *m_profiles = nullptr;
    KeyStore *m_keys = nullptr;
    TweetsSubscriptionsController *m_controller = nullptr;
};

void TestTweetsSubscriptions::init()
{
    SimConfig config;
    config.acceptedKeys = {QStringLiteral("subs-key")};
    config.options.insert(QStringLiteral("tweets.rate"), 0);
    m_server = new SimServer(config, this);
    m_sim = new TweetsSimHandler(m_server);
    m_server->addHandler(m_sim);
    QVERIFY(m_server->listen());
    m_profiles = new ProfileStore(QStringLiteral("tst_tweets_subscriptions"), this);
    m_keys = new KeyStore(QStringLiteral("tidewatch-test-subscriptions"), this);
    m_controller = new TweetsSubscriptionsController(m_profiles, m_keys, this);
    QUrl stream = m_server->baseUrl();
    stream.setPath(QStringLiteral("/v1/twitter/stream"));
    m_controller->useEndpoint(TweetsRestClient::restBaseFor(stream), QStringLiteral("subs-key"));
    new QAbstractItemModelTester(m_controller->monitors(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_controller);
    new QAbstractItemModelTester(m_controller->rules(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_controller);
}

void TestTweetsSubscriptions::cleanup()
{
    delete m_controller;
    delete m_keys;
    delete m_profiles;
    delete m_server;
    m_controller = nullptr;
    m_keys = nullptr;
    m_profiles = nullptr;
    m_server = nullptr;
}

void TestTweetsSubscriptions::load()
{
    m_controller->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->loaded() && !m_controller->loading(), 5000);
}

void TestTweetsSubscriptions::refreshLoadsEveryPageAndTheTotals()
{
    for (int i = 0; i < 120; ++i) {
        StreamMonitor m;
        m.id = QStringLiteral("bulk-%1").arg(i);
        m.name = QStringLiteral("Bulk %1").arg(i);
        m.usernames = {QStringLiteral("a%1").arg(i)};
        m.status = i % 2 ? Status::Paused : Status::Active;
        m_sim->store()->add(m);
    }
    load();
    QVERIFY2(m_controller->problem().isEmpty(), qPrintable(m_controller->problem()));
    QCOMPARE(m_controller->monitors()->count(), 124); // two pages of 100
    QCOMPARE(m_controller->rules()->count(), 4);
    // By hand: 3 seeded active monitors × 4 accounts × 1,667; 60 active bulk monitors × 1 × 1,667;
    // rules 5 s (10,000) + 60 s (1,500) + 0.5 s (30,000); the suspended monitor and the paused rule cost nothing.
    const double expected = 3 * 4 * 1667.0 + 60 * 1667.0 + 10000 + 1500 + 30000;
    QCOMPARE(m_controller->totalCreditsPerDay(), expected);
    QCOMPARE(m_controller->activeCreditsExcept(QStringLiteral("rule-203")), expected - 30000);
    QCOMPARE(m_controller->pricingTierList().size(), 5);

    // The model shows the server's status reason in words.
    const TweetMonitorListModel *model = m_controller->monitors();
    bool sawReason = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex i = model->index(row);
        if (i.data(TweetMonitorListModel::StatusRole).toString() == QLatin1String("suspended")) {
            sawReason = true;
            QVERIFY(!i.data(TweetMonitorListModel::StatusReasonRole).toString().isEmpty());
            QVERIFY(!i.data(TweetMonitorListModel::ActiveRole).toBool());
        }
    }
    QVERIFY(sawReason);
}

void TestTweetsSubscriptions::quickActionsUpdateOneRow()
{
    load();
    const double before = m_controller->totalCreditsPerDay();
    QSignalSpy changed(m_controller->rules(), &QAbstractItemModel::dataChanged);
    m_controller->setRulePaused(QStringLiteral("rule-201"), true);
    QVERIFY(m_controller->busyIds().contains(QStringLiteral("rule-201")));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->busyIds().size(), 0, 5000);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(m_controller->rules()->find(QStringLiteral("rule-201"))->status, Status::Paused);
    QCOMPARE(m_controller->totalCreditsPerDay(), before - 10000);
    QCOMPARE(m_sim->store()->rule(QStringLiteral("rule-201"))->status, Status::Paused);

    m_controller->deleteMonitor(QStringLiteral("mon-101"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->monitors()->count(), 3, 5000);
    QVERIFY(!m_sim->store()->monitor(QStringLiteral("mon-101")));

    // A refused action leaves the row as it was and says why.
    m_sim->rest()->failNext(403);
    m_controller->deleteRule(QStringLiteral("rule-202"));
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->notice().isEmpty(), 5000);
    QVERIFY(m_controller->notice().contains(QLatin1String("403")));
    QVERIFY(m_controller->rules()->find(QStringLiteral("rule-202")));
}

void TestTweetsSubscriptions::aFailedRefreshKeepsTheListsAndSaysWhy()
{
    load();
    m_sim->rest()->failNext(429, 3, 12);
    load();
    QVERIFY(m_controller->problem().contains(QLatin1String("429")));
    QVERIFY(m_controller->problem().contains(QLatin1String("12")));
    QCOMPARE(m_controller->monitors()->count(), 4); // what was there stays
    QCOMPARE(m_controller->rules()->count(), 4);
    load();
    QVERIFY(m_controller->problem().isEmpty());
}

void TestTweetsSubscriptions::editorsSaveAndKeepWhatWasTypedOnFailure()
{
    load();
    TweetRuleEditor rule;
    rule.setController(m_controller);
    rule.startNew();
    QVERIFY(!rule.canSave());
    rule.setTag(QStringLiteral("qt"));
    rule.setQuery(QStringLiteral("#qt lang:en"));
    rule.setIntervalSeconds(5);
    QCOMPARE(rule.pricingTier(), QStringLiteral("Fast"));
    QCOMPARE(rule.creditsPerDay(), 10000.0);
    QVERIFY(rule.canSave());
    m_sim->rest()->failNext(402);
    QSignalSpy saved(&rule, &TweetEditorBase::saved);
    rule.save();
    QTRY_VERIFY_WITH_TIMEOUT(!rule.saving(), 5000);
    QVERIFY(saved.isEmpty());
    QVERIFY(rule.saveError().contains(QLatin1String("402")));
    QCOMPARE(rule.tag(), QStringLiteral("qt"));
    QCOMPARE(rule.query(), QStringLiteral("#qt lang:en"));
    rule.save();
    QVERIFY(saved.wait(5000));
    QCOMPARE(m_controller->rules()->count(), 5);
    QVERIFY(rule.editing());

    // A 422 from the server lands on its field.
    TweetMonitorEditor monitor;
    monitor.setController(m_controller);
    monitor.startNew();
    monitor.setName(QStringLiteral("Typed"));
    monitor.setUsernamesText(QStringLiteral("naval paulg"));
    monitor.setWebhookUrl(QStringLiteral("https://hooks.example/x"));
    QCOMPARE(monitor.accountCount(), 2);
    QCOMPARE(monitor.creditsPerDay(), 3334.0);
    m_sim->rest()->setScopes({QStringLiteral("streams:read")});
    monitor.save();
    QTRY_VERIFY_WITH_TIMEOUT(!monitor.saving(), 5000);
    QVERIFY(monitor.saveError().contains(QLatin1String("streams:write")));
    QCOMPARE(monitor.usernamesText(), QStringLiteral("naval paulg"));
}

QTEST_MAIN(TestTweetsSubscriptions)
#include "tst_tweets_subscriptions.moc"
