#include "subscriptionsoverview.h"

#include "providers/tweets/tweetsrest.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QSettings>

using namespace SubscriptionLedger;

SubscriptionsOverview *SubscriptionsOverview::instance()
{
    static auto *overview = [] {
        auto *o = new SubscriptionsOverview(&gatherLiveSubscriptions, qApp);
        o->setPauser(&pauseLiveSubscription);
        return o;
    }();
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
    const QStringList optional = QSettings().value(QStringLiteral("subscriptions/optional")).toStringList();
    m_optional = QSet<QString>(optional.cbegin(), optional.cend());
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
    for (KeyState &key : m_states) {
        for (Subscription &sub : key.subscriptions)
            sub.optional = m_optional.contains(priorityKey(key.profileId, sub));
    }
    const Ledger next = compute(m_states);
    bool flowing = false;
    for (const Row &row : next.rows)
        flowing = flowing || row.subscription.lastMessageAgeMs >= 0;
    const bool totals = next.usdPerHour != m_ledger.usdPerHour || next.usdPerMonth != m_ledger.usdPerMonth
        || next.creditsPerDay != m_ledger.creditsPerDay || flowing != m_flowing
        || next.optionalCount != m_ledger.optionalCount || next.optionalActive != m_ledger.optionalActive
        || next.optionalCreditsPerDay != m_ledger.optionalCreditsPerDay;
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

QString SubscriptionsOverview::optionalText() const
{
    if (m_ledger.optionalCount == 0)
        return QString();
    const QString count = tr("%n optional", nullptr, m_ledger.optionalCount);
    if (m_ledger.optionalCreditsPerDay <= 0)
        return count;
    return tr("%1 · pausing them saves %2 credits/day").arg(count, SubscriptionLedger::creditsText(m_ledger.optionalCreditsPerDay));
}

void SubscriptionsOverview::setOptional(const QString &priorityKey, bool optional)
{
    if (priorityKey.isEmpty() || optional == m_optional.contains(priorityKey))
        return;
    if (optional)
        m_optional.insert(priorityKey);
    else
        m_optional.remove(priorityKey);
    QStringList list(m_optional.cbegin(), m_optional.cend());
    list.sort();
    QSettings().setValue(QStringLiteral("subscriptions/optional"), list);
    refresh();
}

int SubscriptionsOverview::pauseAllOptional()
{
    int paused = 0;
    for (const Row &row : m_ledger.rows) {
        if (row.subscription.optional && row.subscription.active && m_pauser && m_pauser(row))
            ++paused;
    }
    refresh();
    return paused;
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
