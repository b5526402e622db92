// The documented prices of the tweet stream (reference/tweets.md §3, §4): filter-rule tiers by
// interval and monitor volume pricing by account count.

#include "tweetsrest.h"

#include <QCoreApplication>
#include <algorithm>

namespace TweetsRest {

const QList<PricingTier> &documentedRuleTiers()
{
    static const QList<PricingTier> tiers = {
        {QStringLiteral("turbo"), QStringLiteral("Turbo"), 0.5, 30000, 1},
        {QStringLiteral("fast"), QStringLiteral("Fast"), 5, 10000, 2},
        {QStringLiteral("standard"), QStringLiteral("Standard"), 60, 1500, 3},
        {QStringLiteral("relaxed"), QStringLiteral("Relaxed"), 600, 500, 4},
        {QStringLiteral("daily"), QStringLiteral("Daily"), 86400, 100, 5},
    };
    return tiers;
}

PricingTier ruleTierFor(double intervalSeconds, const QList<PricingTier> &tiers)
{
    QList<PricingTier> sorted = tiers.isEmpty() ? documentedRuleTiers() : tiers;
    std::sort(sorted.begin(), sorted.end(),
              [](const PricingTier &a, const PricingTier &b) { return a.maxIntervalSeconds < b.maxIntervalSeconds; });
    if (!(intervalSeconds >= MinIntervalSeconds) || intervalSeconds > MaxIntervalSeconds)
        return {};
    for (const PricingTier &t : std::as_const(sorted)) {
        if (intervalSeconds <= t.maxIntervalSeconds + 1e-9)
            return t;
    }
    return {};
}

double monitorCreditsPerAccount(int accounts)
{
    if (accounts <= 10)
        return 1667;
    if (accounts <= 50)
        return 1333;
    if (accounts <= 100)
        return 1000;
    return 833;
}

QString monitorTierLabel(int accounts)
{
    if (accounts <= 10)
        return QCoreApplication::translate("TweetsRest", "1–10 accounts");
    if (accounts <= 50)
        return QCoreApplication::translate("TweetsRest", "11–50 accounts");
    if (accounts <= 100)
        return QCoreApplication::translate("TweetsRest", "51–100 accounts");
    return QCoreApplication::translate("TweetsRest", "101+ accounts");
}

double monitorCreditsPerDay(int accounts)
{
    return accounts <= 0 ? 0 : accounts * monitorCreditsPerAccount(accounts);
}

double estimatedCredits(const StreamMonitor &monitor)
{
    if (monitor.estimatedCreditsPerDay >= 0)
        return monitor.estimatedCreditsPerDay;
    if (monitor.creditsPerAccountPerDay >= 0)
        return monitor.creditsPerAccountPerDay * monitor.usernames.size();
    return monitorCreditsPerDay(int(monitor.usernames.size()));
}

double estimatedCredits(const FilterRule &rule, const QList<PricingTier> &tiers)
{
    if (rule.creditsPerRulePerDay >= 0)
        return rule.creditsPerRulePerDay;
    return ruleTierFor(rule.intervalSeconds, tiers).creditsPerRulePerDay;
}

} // namespace TweetsRest
