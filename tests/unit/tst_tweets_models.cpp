// The tweet models: timeline (cap, batches, pause/resume), filter, source counters and the
// latency histogram, each under QAbstractItemModelTester.

#include "models/tweets/tweetfiltermodel.h"
#include "models/tweets/tweetlatencymodel.h"
#include "models/tweets/tweetsourcestatsmodel.h"
#include "models/tweets/tweettimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

namespace {

Tweet makeTweet(int n, TweetSourceKind kind = TweetSourceKind::Monitor, const QString &text = QString())
{
    Tweet t;
    t.sourceKind = kind;
    t.sourceType = TweetSource::kindId(kind);
    t.sourceId = kind == TweetSourceKind::Monitor ? QStringLiteral("mon-%1").arg(n % 2) : QStringLiteral("rule-%1").arg(n % 3);
    t.sourceName = kind == TweetSourceKind::Monitor ? QStringLiteral("Monitor %1").arg(n % 2) : QStringLiteral("tag-%1").arg(n % 3);
    t.tweetId = QString::number(1900000000000000000LL + n);
    t.author = QStringLiteral("author%1").arg(n % 5);
    t.text = text.isEmpty() ? QStringLiteral("tweet number %1").arg(n) : text;
    t.tweetType = n % 4 == 0 ? QStringLiteral("reply") : QStringLiteral("original");
    t.latencyMs = 100 + n % 3000;
    t.detectedAtMs = 1'700'000'000'000LL + n * 10;
    t.receivedAtMs = t.detectedAtMs + 40;
    return t;
}

TweetBatch batchOf(int from, int count, TweetSourceKind kind = TweetSourceKind::Monitor)
{
    TweetBatch b;
    for (int i = from; i < from + count; ++i)
        b.append(makeTweet(i, kind));
    return b;
}

} // namespace

class TestTweetsModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timelineNewestFirstOneInsertPerBatch();
    void timelineIsCappedOldestTrimmedFirst();
    void timelineBatchLargerThanCap();
    void timelineCapacityChange();
    void pauseHoldsAndResumeInsertsEverything();
    void pauseIsBoundedByTheCap();
    void coalescedBatchesApplyTogether();
    void rowLookupByIdentity();
    void filterBySourceAuthorTypeAndText();
    void filterFollowsInsertsAndTrims();
    void sourceStatsCountsAndRates();
    void latencyHistogramBucketsAndWindow();
    void endlessSourcesAreBounded();
};

void TestTweetsModels::timelineNewestFirstOneInsertPerBatch()
{
    TweetTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addBatch(batchOf(0, 10));
    model.addBatch(batchOf(10, 5));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 0);
    QCOMPARE(inserted.at(1).at(2).toInt(), 4);
    QCOMPARE(model.rowCount(), 15);
    QCOMPARE(model.data(model.index(0), TweetTimelineModel::TweetIdRole).toString(), makeTweet(14).tweetId);
    QCOMPARE(model.data(model.index(14), TweetTimelineModel::TweetIdRole).toString(), makeTweet(0).tweetId);
    QCOMPARE(model.data(model.index(0), TweetTimelineModel::SourceNameRole).toString(), QStringLiteral("Monitor 0"));
    QCOMPARE(model.data(model.index(0), TweetTimelineModel::DeliveryRole).toLongLong(), 40);
    QCOMPARE(model.data(model.index(0), TweetTimelineModel::LinkRole).toString(),
             QStringLiteral("https://x.com/author4/status/%1").arg(makeTweet(14).tweetId));
    QVERIFY(!model.data(model.index(0), TweetTimelineModel::TimeTextRole).toString().isEmpty());
    QCOMPARE(model.totalReceived(), 15);
}

void TestTweetsModels::timelineIsCappedOldestTrimmedFirst()
{
    TweetTimelineModel model;
    model.setCapacity(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 1000; i += 30)
        model.addBatch(batchOf(i, 30));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.at(0).tweetId, makeTweet(1019).tweetId);
    QCOMPARE(model.at(99).tweetId, makeTweet(920).tweetId);
    QCOMPARE(model.totalReceived(), 1020);
    for (int row = 1; row < model.rowCount(); ++row)
        QVERIFY(model.at(row - 1).tweetId > model.at(row).tweetId);
}

void TestTweetsModels::timelineBatchLargerThanCap()
{
    TweetTimelineModel model;
    model.setCapacity(50);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addBatch(batchOf(0, 20));
    model.addBatch(batchOf(20, 500));
    QCOMPARE(model.rowCount(), 50);
    QCOMPARE(model.at(0).tweetId, makeTweet(519).tweetId);
    QCOMPARE(model.at(49).tweetId, makeTweet(470).tweetId);
}

void TestTweetsModels::timelineCapacityChange()
{
    TweetTimelineModel model;
    model.setCapacity(40);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addBatch(batchOf(0, 60)); // wraps the ring
    model.setCapacity(25);
    QCOMPARE(model.rowCount(), 25);
    QCOMPARE(model.at(0).tweetId, makeTweet(59).tweetId);
    QCOMPARE(model.at(24).tweetId, makeTweet(35).tweetId);
    model.setCapacity(60);
    model.addBatch(batchOf(60, 10));
    QCOMPARE(model.rowCount(), 35);
    QCOMPARE(model.at(0).tweetId, makeTweet(69).tweetId);
    QCOMPARE(model.at(34).tweetId, makeTweet(35).tweetId);
}

void TestTweetsModels::pauseHoldsAndResumeInsertsEverything()
{
    TweetTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addBatch(batchOf(0, 5));
    model.pause();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addBatch(batchOf(5, 7));
    model.addBatch(batchOf(12, 3));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.pendingCount(), 10);
    QCOMPARE(inserted.size(), 0);
    model.resume();
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.pendingCount(), 0);
    QCOMPARE(model.rowCount(), 15);
    for (int row = 0; row < 15; ++row)
        QCOMPARE(model.at(row).tweetId, makeTweet(14 - row).tweetId);
}

void TestTweetsModels::pauseIsBoundedByTheCap()
{
    TweetTimelineModel model;
    model.setCapacity(30);
    model.pause();
    for (int i = 0; i < 500; i += 50)
        model.addBatch(batchOf(i, 50));
    QCOMPARE(model.pendingCount(), 500);
    model.resume();
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(model.at(0).tweetId, makeTweet(499).tweetId);
    QCOMPARE(model.at(29).tweetId, makeTweet(470).tweetId);
}

void TestTweetsModels::coalescedBatchesApplyTogether()
{
    TweetTimelineModel model;
    model.setCoalesceMs(20);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 10; ++i)
        model.addBatch(batchOf(i * 3, 3));
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), 30);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.at(0).tweetId, makeTweet(29).tweetId);
}

void TestTweetsModels::rowLookupByIdentity()
{
    TweetTimelineModel model;
    model.addBatch(batchOf(0, 10));
    const Tweet t = makeTweet(3);
    QCOMPARE(model.rowOf(t.sourceKey(), t.tweetId), 6);
    QCOMPARE(model.rowOf(QStringLiteral("monitor:none"), t.tweetId), -1);
}

void TestTweetsModels::filterBySourceAuthorTypeAndText()
{
    TweetTimelineModel model;
    TweetFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TweetBatch batch = batchOf(0, 12);
    batch.append(batchOf(12, 9, TweetSourceKind::FilterRule));
    batch.append(makeTweet(100, TweetSourceKind::FilterRule, QStringLiteral("Bitcoin hits new ATH 🚀")));
    model.addBatch(batch);
    QCOMPARE(filter.rowCount(), 22);
    QVERIFY(!filter.isActive());

    filter.setSource(QStringLiteral("Monitor 1"));
    QCOMPARE(filter.rowCount(), 6);
    filter.setSource(QStringLiteral("monitor:mon-1")); // by key too
    QCOMPARE(filter.rowCount(), 6);
    filter.setTweetType(QStringLiteral("reply"));
    QCOMPARE(filter.rowCount(), 0); // odd numbers are never replies
    filter.setTweetType(QString());
    filter.setAuthor(QStringLiteral("@AUTHOR3"));
    QCOMPARE(filter.rowCount(), 1); // 3 is the odd one among 0..11 with n % 5 == 3 (3); 8 is even
    QVERIFY(filter.isActive());

    filter.clearFilters();
    filter.setSearch(QStringLiteral("bitcoin"));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.data(filter.index(0, 0), TweetTimelineModel::TextRole).toString(), QStringLiteral("Bitcoin hits new ATH 🚀"));
    QCOMPARE(filter.timelineRow(0), 0);
    filter.setSearch(QStringLiteral("tag-2"));  // source names are searched too
    QCOMPARE(filter.rowCount(), 3);
}

void TestTweetsModels::filterFollowsInsertsAndTrims()
{
    TweetTimelineModel model;
    model.setCapacity(50);
    TweetFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setTweetType(QStringLiteral("reply"));
    for (int i = 0; i < 400; i += 40)
        model.addBatch(batchOf(i, 40));
    QCOMPARE(model.rowCount(), 50);
    int expected = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        expected += model.at(row).tweetType == QLatin1String("reply") ? 1 : 0;
    QCOMPARE(filter.rowCount(), expected);
    QCOMPARE(filter.data(filter.index(0, 0), TweetTimelineModel::TweetIdRole).toString(), makeTweet(396).tweetId);
}

void TestTweetsModels::sourceStatsCountsAndRates()
{
    TweetSourceStatsModel stats;
    QAbstractItemModelTester tester(&stats, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&stats, &QAbstractItemModel::dataChanged);
    TweetBatch batch = batchOf(0, 10, TweetSourceKind::FilterRule);
    batch.append(batchOf(0, 4));
    stats.addBatch(batch);
    QCOMPARE(stats.rowCount(), 5); // 2 monitors, 3 rules
    // Monitors first, then rules, each by name.
    QCOMPARE(stats.data(stats.index(0), TweetSourceStatsModel::NameRole).toString(), QStringLiteral("Monitor 0"));
    QCOMPARE(stats.data(stats.index(2), TweetSourceStatsModel::NameRole).toString(), QStringLiteral("tag-0"));
    QCOMPARE(stats.data(stats.index(2), TweetSourceStatsModel::CountRole).toLongLong(), 4); // 0,3,6,9
    QCOMPARE(stats.totalTweets(), 14);
    const int rule0 = stats.rowOf(QStringLiteral("filter_rule:rule-0"));
    QCOMPARE(rule0, 2);
    QVERIFY(stats.data(stats.index(rule0), TweetSourceStatsModel::ProviderLatencyRole).toDouble() > 0);
    QCOMPARE(stats.data(stats.index(rule0), TweetSourceStatsModel::DeliveryLatencyRole).toDouble(), 40.0);
    // All 14 tweets were received within a second: 14 per minute now, 0 a minute later.
    QCOMPARE(stats.totalPerMinute(), 14);
    QVERIFY(!changed.isEmpty());
    for (const QList<QVariant> &args : changed)
        QVERIFY(args.at(2).value<QList<int>>().contains(TweetSourceStatsModel::CountRole));
    changed.clear();
    const qint64 last = makeTweet(9).receivedAtMs;
    stats.refreshRates(last + 30'000);
    QCOMPARE(stats.totalPerMinute(), 14);
    stats.refreshRates(last + 61'000);
    QCOMPARE(stats.totalPerMinute(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.constFirst().at(2).value<QList<int>>(), QList<int>{TweetSourceStatsModel::PerMinuteRole});
    QCOMPARE(stats.sourceList().size(), 5);
}

void TestTweetsModels::latencyHistogramBucketsAndWindow()
{
    QCOMPARE(TweetLatencyModel::bucketOf(-30), 0);
    QCOMPARE(TweetLatencyModel::bucketOf(49), 0);
    QCOMPARE(TweetLatencyModel::bucketOf(50), 1);
    QCOMPARE(TweetLatencyModel::bucketOf(850), 4);
    QCOMPARE(TweetLatencyModel::bucketOf(60'000), TweetLatencyModel::bucketCount() - 1);

    TweetLatencyModel model(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    TweetBatch batch;
    for (int i = 0; i < 10; ++i) {
        Tweet t = makeTweet(i);
        t.latencyMs = 850;       // 500 ms – 1 s
        t.receivedAtMs = t.detectedAtMs + 30; // < 50 ms
        batch.append(t);
    }
    model.addBatch(batch);
    QCOMPARE(model.samples(), 10);
    QCOMPARE(model.data(model.index(4), TweetLatencyModel::ProviderCountRole).toInt(), 10);
    QCOMPARE(model.data(model.index(0), TweetLatencyModel::DeliveryCountRole).toInt(), 10);
    QCOMPARE(model.providerMax(), 10);
    QCOMPARE(changed.size(), 2);

    // The window is 10: five slow tweets push five fast ones out.
    batch.clear();
    for (int i = 0; i < 5; ++i) {
        Tweet t = makeTweet(i);
        t.latencyMs = 12'000;
        t.receivedAtMs = t.detectedAtMs + 300;
        batch.append(t);
    }
    model.addBatch(batch);
    QCOMPARE(model.samples(), 10);
    QCOMPARE(model.data(model.index(4), TweetLatencyModel::ProviderCountRole).toInt(), 5);
    QCOMPARE(model.data(model.index(TweetLatencyModel::bucketCount() - 1), TweetLatencyModel::ProviderCountRole).toInt(), 5);
    QCOMPARE(model.data(model.index(3), TweetLatencyModel::DeliveryCountRole).toInt(), 5);
    model.updatePercentiles();
    QCOMPARE(model.providerP50(), 12'000);
    QCOMPARE(model.deliveryP95(), 300);
    QVERIFY(!model.data(model.index(4), TweetLatencyModel::LabelRole).toString().isEmpty());
}

void TestTweetsModels::endlessSourcesAreBounded()
{
    TweetSourceStatsModel stats;
    QAbstractItemModelTester tester(&stats, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TweetBatch batch;
    for (int i = 0; i < 300; ++i) {
        Tweet t = makeTweet(i, TweetSourceKind::FilterRule);
        t.sourceId = QStringLiteral("rule-x%1").arg(i);
        t.sourceName = QStringLiteral("tag-x%1").arg(i, 3, 10, QLatin1Char('0'));
        batch.append(t);
    }
    stats.addBatch(batch);
    QCOMPARE(stats.rowCount(), TweetSourceStatsModel::MaxSources + 1);
    QCOMPARE(stats.totalTweets(), 300);
    const int other = stats.rowOf(QStringLiteral("other:*"));
    QCOMPARE(other, TweetSourceStatsModel::MaxSources);
    QCOMPARE(stats.data(stats.index(other), TweetSourceStatsModel::CountRole).toLongLong(), 100);
}

QTEST_GUILESS_MAIN(TestTweetsModels)
#include "tst_tweets_models.moc"
