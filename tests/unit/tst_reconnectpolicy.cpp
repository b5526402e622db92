#include "core/reconnectpolicy.h"

#include <QTest>

class TestReconnectPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delaysStayWithinBounds();
    void delaysGrowToTheCap();
    void capDelayIsAtTheCap();
    void resetStartsOver();
    void jitterSpreadsDelays();
    void noJitterIsExact();
};

void TestReconnectPolicy::delaysStayWithinBounds()
{
    ReconnectPolicy::Settings s; // 1 s → 30 s, jitter 0.2
    for (quint32 seed = 1; seed <= 50; ++seed) {
        ReconnectPolicy policy(s, seed);
        for (int attempt = 0; attempt < 12; ++attempt) {
            const auto [lo, hi] = ReconnectPolicy::bounds(s, attempt);
            const int d = policy.nextDelayMs();
            QVERIFY2(d >= lo && d <= hi, qPrintable(QStringLiteral("attempt %1: %2 not in [%3, %4]").arg(attempt).arg(d).arg(lo).arg(hi)));
            QVERIFY(hi <= s.maxMs);
        }
    }
}

void TestReconnectPolicy::delaysGrowToTheCap()
{
    ReconnectPolicy::Settings s;
    QCOMPARE(ReconnectPolicy::bounds(s, 0), std::make_pair(800, 1000));
    QCOMPARE(ReconnectPolicy::bounds(s, 1).second, 2000);
    QCOMPARE(ReconnectPolicy::bounds(s, 4).second, 16000);
    QCOMPARE(ReconnectPolicy::bounds(s, 5).second, 30000);
    QCOMPARE(ReconnectPolicy::bounds(s, 50).second, 30000);
}

void TestReconnectPolicy::capDelayIsAtTheCap()
{
    ReconnectPolicy::Settings s;
    ReconnectPolicy policy(s, 7);
    for (int i = 0; i < 20; ++i) {
        const int d = policy.capDelayMs();
        QVERIFY(d >= 24000 && d <= 30000);
    }
}

void TestReconnectPolicy::resetStartsOver()
{
    ReconnectPolicy::Settings s;
    s.jitter = 0;
    ReconnectPolicy policy(s, 1);
    policy.nextDelayMs();
    policy.nextDelayMs();
    QCOMPARE(policy.nextDelayMs(), 4000);
    policy.reset();
    QCOMPARE(policy.attempt(), 0);
    QCOMPARE(policy.nextDelayMs(), 1000);
}

void TestReconnectPolicy::jitterSpreadsDelays()
{
    ReconnectPolicy::Settings s;
    QSet<int> seen;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        ReconnectPolicy policy(s, seed);
        seen.insert(policy.nextDelayMs());
    }
    QVERIFY2(seen.size() > 10, "clients reconnecting together must not all wait the same time");
}

void TestReconnectPolicy::noJitterIsExact()
{
    ReconnectPolicy::Settings s;
    s.jitter = 0;
    s.initialMs = 500;
    s.maxMs = 3000;
    ReconnectPolicy policy(s, 3);
    QList<int> delays;
    for (int i = 0; i < 5; ++i)
        delays << policy.nextDelayMs();
    QCOMPARE(delays, (QList<int>{500, 1000, 2000, 3000, 3000}));
}

QTEST_GUILESS_MAIN(TestReconnectPolicy)
#include "tst_reconnectpolicy.moc"
