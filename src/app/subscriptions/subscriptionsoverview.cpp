#include "subscriptionsoverview.h"

#include "providers/tweets/tweetsrest.h"

#include <QCoreApplication>
#include <QJSEngine>

using namespace SubscriptionLedger;

SubscriptionsOverview *SubscriptionsOverview::instance()
{
    static auto *overview = new SubscriptionsOverview(&gatherLiveSubscriptions, qApp);
    return overview;
}

SubscriptionsOverview *SubscriptionsOverview::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

SubscriptionsOverview::SubscriptionsOverview(Source source, QObject *parent)
    : QObject(parent)
    , m_source(std::move(source))
    , m_rows(new SubscriptionRowsModel(this))
    , m_keys(new SubscriptionKeysModel(this))
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &SubscriptionsOverview::refresh);
}

void SubscriptionsOverview::setSource(Source source)
{
    m_source = std::move(source);
    refresh();
}

void SubscriptionsOverview::setWatching(bool on)
{
    if (on == watching())
        return;
    if (on) {
        refresh();
        m_timer.start();
    } else {
        m_timer.stop();
    }
    Q_EMIT watchingChanged();
}

void SubscriptionsOverview::refresh()
{
    m_states = m_source ? m_source() : QList<KeyState>();
    const Ledger next = compute(m_states);
    bool flowing = false;
    for (const Row &row : next.rows)
        flowing = flowing || row.subscription.lastMessageAgeMs >= 0;
    const bool totals = next.usdPerHour != m_ledger.usdPerHour || next.usdPerMonth != m_ledger.usdPerMonth
        || next.creditsPerDay != m_ledger.creditsPerDay || flowing != m_flowing;
    m_flowing = flowing;
    m_ledger = next;
    m_rows->setRows(m_ledger.rows);
    m_keys->setKeys(m_ledger.keys);
    if (totals)
        Q_EMIT totalsChanged();
}

QString SubscriptionsOverview::usdText() const
{
    return tr("%1/h · %2/month").arg(SubscriptionLedger::usdText(m_ledger.usdPerHour),
                                     SubscriptionLedger::usdText(m_ledger.usdPerMonth));
}

QString SubscriptionsOverview::creditsText() const
{
    return tr("%1 credits/day").arg(SubscriptionLedger::creditsText(m_ledger.creditsPerDay));
}

namespace {
QVariantMap toMap(const Effect &e)
{
    return {{QStringLiteral("ok"), e.ok},
            {QStringLiteral("error"), e.error},
            {QStringLiteral("quotaText"), e.quotaText},
            {QStringLiteral("costText"), e.costText},
            {QStringLiteral("creditsPerDay"), e.addedCreditsPerDay},
            {QStringLiteral("totalCreditsPerDay"), e.totalCreditsPerDay}};
}
} // namespace

QVariantMap SubscriptionsOverview::previewTweetRule(const QString &profileId, double intervalSeconds) const
{
    for (const KeyState &key : m_states) {
        if (key.profileId != profileId || key.provider != Provider::Tweets)
            continue;
        const TweetsRest::PricingTier tier = TweetsRest::ruleTierFor(intervalSeconds);
        if (tier.id.isEmpty())
            return {{QStringLiteral("ok"), false}, {QStringLiteral("error"), tr("No pricing tier covers that interval.")}};
        Subscription rule;
        rule.kind = QStringLiteral("rule");
        rule.creditsPerDay = tier.creditsPerRulePerDay;
        return toMap(effectOfAdding(key, rule));
    }
    return {{QStringLiteral("ok"), false}};
}

QVariantMap SubscriptionsOverview::previewPrediktSymbol(const QString &profileId) const
{
    for (const KeyState &key : m_states) {
        if (key.profileId == profileId && key.provider == Provider::Predikt) {
            Subscription symbol;
            symbol.kind = QStringLiteral("symbol");
            return toMap(effectOfAdding(key, symbol));
        }
    }
    return {{QStringLiteral("ok"), false}};
}
