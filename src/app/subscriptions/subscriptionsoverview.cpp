#include "subscriptionsoverview.h"

#include "subscriptionset.h"

#include "providers/predikt/prediktcodec.h"
#include "providers/tweets/tweetsrest.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QRegularExpression>
#include <QSettings>

using namespace SubscriptionLedger;
// (core/profile.h has a namespace Provider too)
using LedgerProvider = SubscriptionLedger::Provider;

SubscriptionsOverview *SubscriptionsOverview::instance()
{
    static auto *overview = [] {
        auto *o = new SubscriptionsOverview(&gatherLiveSubscriptions, qApp);
        o->setPauser(&pauseLiveSubscription);
        o->setSetTarget(liveSubscriptionSetTarget(o));
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
    // From the state now: an alert action can run while nobody watches the page.
    refresh();
    int paused = 0;
    for (const Row &row : m_ledger.rows) {
        if (row.subscription.optional && row.subscription.active && m_pauser && m_pauser(row))
            ++paused;
    }
    refresh();
    return paused;
}

QList<KeyState> SubscriptionsOverview::currentStates() const
{
    return m_source ? m_source() : m_states;
}

SubscriptionPreview SubscriptionsOverview::previewTweetRule(const QString &profileId, double intervalSeconds,
                                                            const QString &replacingRuleId) const
{
    SubscriptionPreview out;
    for (KeyState key : currentStates()) {
        if (key.profileId != profileId || key.provider != LedgerProvider::Tweets)
            continue;
        out.known = key.listed;
        if (!key.listed)
            return out;
        const TweetsRest::PricingTier tier = TweetsRest::ruleTierFor(intervalSeconds);
        if (tier.id.isEmpty()) {
            out.error = out.text = tr("No pricing tier covers that interval.");
            return out;
        }
        // An edited rule is replaced: its present cost and its place in the quota are its own.
        const bool editing = !replacingRuleId.isEmpty();
        if (editing) {
            key.subscriptions.removeIf([&replacingRuleId](const Subscription &s) {
                return s.kind == QLatin1String("rule") && s.id == replacingRuleId;
            });
        }
        Subscription rule;
        rule.kind = QStringLiteral("rule");
        rule.creditsPerDay = tier.creditsPerRulePerDay;
        const Effect e = effectOfAdding(key, rule);
        out.ok = e.ok;
        out.adding = 1;
        out.error = e.error;
        out.quotaText = e.quotaText;
        out.costText = e.costText;
        out.creditsPerDay = e.addedCreditsPerDay;
        out.totalCreditsPerDay = e.totalCreditsPerDay;
        if (!e.ok)
            out.text = e.error;
        else
            out.text = (editing ? tr("Saved like this: %1 (%2).") : tr("If you create it: %1 (%2).")).arg(e.costText, e.quotaText);
        return out;
    }
    return out;
}

SubscriptionPreview SubscriptionsOverview::previewPrediktSymbols(const QString &profileId, const QString &typed) const
{
    SubscriptionPreview out;
    for (const KeyState &key : currentStates()) {
        if (key.profileId != profileId || key.provider != LedgerProvider::Predikt)
            continue;
        out.known = true;
        // The same reading of the field as PrediktSession::addSymbols.
        static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
        QStringList present;
        for (const Subscription &s : key.subscriptions)
            present.append(s.what.toUpper());
        QStringList fresh;
        for (const QString &symbol : Predikt::normalizeSymbols(typed.split(separators, Qt::SkipEmptyParts))) {
            if (!present.contains(symbol))
                fresh.append(symbol);
        }
        if (!typed.trimmed().isEmpty() && fresh.isEmpty()) {
            out.error = out.text = tr("Already on the board.");
            return out;
        }
        out.adding = qMax(1, int(fresh.size()));
        Subscription symbol;
        symbol.kind = QStringLiteral("symbol");
        const Effect e = effectOfAdding(key, symbol, out.adding);
        out.ok = e.ok;
        out.quotaText = e.quotaText;
        out.costText = e.costText;
        const Predikt::Tier tier = Predikt::tierByName(key.tier);
        if (!e.ok) {
            out.error = out.text = tr("%1 The %2 tier allows %3 symbols per connection.").arg(e.error, tier.name).arg(tier.maxSymbols);
        } else {
            const QString what = fresh.isEmpty() ? tr("One more symbol")
                : fresh.size() == 1              ? tr("Adding %1").arg(fresh.constFirst())
                                                 : tr("Adding %n symbol(s)", nullptr, int(fresh.size()));
            out.text = tr("%1 makes it %2; %3.").arg(what, e.quotaText, e.costText);
        }
        return out;
    }
    return out;
}
