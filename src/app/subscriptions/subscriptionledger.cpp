#include "subscriptionledger.h"

#include "providers/conyr/conyrchannelcatalog.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/predikt/prediktcodec.h"
#include "providers/tweets/tweetscodec.h"
#include "providers/tweets/tweetsrest.h"

#include <QCoreApplication>
#include <QLocale>
#include <QtGlobal>

namespace SubscriptionLedger {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SubscriptionLedger", text);
}

/// A text given through QT_TRANSLATE_(N_)NOOP: "%n" texts are plurals of n.
QString trText(const char *text, int n)
{
    const bool plural = QByteArray(text).contains("%n");
    return QCoreApplication::translate("SubscriptionLedger", text, nullptr, plural ? n : -1);
}

/// The documented caps of a key, per provider.
struct Caps {
    int connections = -2;        ///< per key; −1 no cap, −2 none published
    int perConnection = -2;      ///< subscriptions per connection (Conyr channels, Predikt symbols)
    int perKey = -2;             ///< subscriptions per key (tweets rules)
    QString tierLabel;
};

Caps capsOf(const KeyState &key)
{
    Caps c;
    switch (key.provider) {
    case Provider::Conyr: {
        // reference/conyr.md §7: Free 0, Layer 1 5, Layer 2 20, Layer 3 50 connections, 50
        // subscriptions per connection; Enterprise unlimited (Conyr::tierLimits).
        const Conyr::TierLimits limits = Conyr::tierLimits(key.tier);
        c.connections = limits.maxConnections;
        c.perConnection = limits.maxSubscriptions;
        c.tierLabel = Conyr::tierLabel(key.tier);
        break;
    }
    case Provider::Predikt: {
        // reference/predikt.md §2: STANDARD 2 × 10, PRO 5 × 50, ENTERPRISE 20 × 200 symbols
        // (Predikt::tierByName).
        const Predikt::Tier tier = Predikt::tierByName(key.tier);
        c.connections = tier.maxConnections;
        c.perConnection = tier.maxSymbols;
        c.tierLabel = tier.name;
        break;
    }
    case Provider::Tweets:
        // reference/tweets.md §6: 5 connections per key; §4: max 50 filter rules per key.
        c.connections = TweetsCodec::MaxConnectionsPerKey;
        c.perKey = TweetsRest::MaxRulesPerKey;
        break;
    case Provider::Allium:
        // reference/allium.md §1: one topic per stream connection; no connection cap published.
        c.perConnection = 1;
        break;
    }
    return c;
}

Quota quota(int used, int cap, const char *withCap, const char *withoutCap, const char *unpublished)
{
    Quota q;
    q.used = used;
    q.cap = cap;
    if (cap >= 0)
        q.text = trText(withCap, used).arg(used).arg(cap);
    else if (cap == -1)
        q.text = trText(withoutCap, used);
    else
        q.text = trText(unpublished, used);
    return q;
}

Quota connectionQuota(const KeyState &key, const Caps &caps, int extra = 0)
{
    return quota(key.connections + extra, caps.connections, QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 connections of this key"),
                 QT_TRANSLATE_N_NOOP("SubscriptionLedger", "%n connection(s) of this key (no cap)"),
                 QT_TRANSLATE_N_NOOP("SubscriptionLedger", "%n connection(s), no cap published"));
}

int rulesOf(const KeyState &key)
{
    int n = 0;
    for (const Subscription &s : key.subscriptions)
        n += s.kind == QLatin1String("rule") ? 1 : 0;
    return n;
}

int monitorsOf(const KeyState &key)
{
    int n = 0;
    for (const Subscription &s : key.subscriptions)
        n += s.kind == QLatin1String("monitor") ? 1 : 0;
    return n;
}

/// The quota a subscription holds, given how many of its kind the key has.
Quota rowQuota(const KeyState &key, const Caps &caps, const Subscription &s, int count)
{
    switch (key.provider) {
    case Provider::Conyr:
        return quota(count, caps.perConnection, QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 channels on this connection"),
                     QT_TRANSLATE_N_NOOP("SubscriptionLedger", "%n channel(s) on this connection (no cap)"), "");
    case Provider::Predikt:
        return quota(count, caps.perConnection, QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 symbols on this connection"), "", "");
    case Provider::Tweets:
        if (s.kind == QLatin1String("monitor")) {
            // reference/tweets.md §3: 1–100 usernames per monitor.
            return quota(s.units, TweetsRest::MaxUsernames, QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 accounts in this monitor"), "", "");
        }
        if (s.kind == QLatin1String("rule"))
            return quota(count, caps.perKey, QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 rules of this key"), "", "");
        return quota(0, -2, "", "", QT_TRANSLATE_NOOP("SubscriptionLedger", "monitors and rules not listed yet"));
    case Provider::Allium:
        // One topic is all a stream connection carries: held, not a cap to watch.
        return quota(1, -2, "", "", QT_TRANSLATE_NOOP("SubscriptionLedger", "one topic per connection"));
    }
    return {};
}

QString monthText(double usd, bool from)
{
    return from ? tr("from %1/month").arg(usdText(usd)) : tr("%1/month").arg(usdText(usd));
}

} // namespace

QString providerLabel(Provider provider)
{
    switch (provider) {
    case Provider::Allium: return QStringLiteral("Allium");
    case Provider::Conyr: return QStringLiteral("Conyr");
    case Provider::Predikt: return QStringLiteral("Predikt");
    case Provider::Tweets: return tr("Tweets");
    }
    return {};
}

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("topic"))
        return tr("topic");
    if (kind == QLatin1String("channel"))
        return tr("channel");
    if (kind == QLatin1String("symbol"))
        return tr("symbol");
    if (kind == QLatin1String("monitor"))
        return tr("monitor");
    if (kind == QLatin1String("rule"))
        return tr("rule");
    return tr("stream");
}

QString usdText(double usd)
{
    const double cents = usd * 100;
    const bool whole = qAbs(cents - qRound64(cents)) < 1e-6;
    return QStringLiteral("$") + QLocale().toString(usd, 'f', whole || qAbs(usd) >= 1 ? 2 : 4);
}

QString creditsText(double credits)
{
    return QLocale().toString(double(qRound64(credits)), 'f', 0);
}

Ledger compute(const QList<KeyState> &keys)
{
    Ledger out;
    for (const KeyState &key : keys) {
        const Caps caps = capsOf(key);
        KeyTotal total;
        total.provider = key.provider;
        total.profileId = key.profileId;
        total.profileName = key.profileName;
        total.tierLabel = caps.tierLabel;
        total.subscriptionCount = int(key.subscriptions.size());
        total.connections = connectionQuota(key, caps);
        const int n = int(key.subscriptions.size());
        const int heldConnections = qMax(1, key.connections);

        // The key's price, then each row's share of it.
        double keyUsdPerHour = 0;
        double keyUsdPerMonth = 0;
        switch (key.provider) {
        case Provider::Conyr: {
            // reference/conyr.md §7: a flat monthly price per tier ($0 / $79 / $249 / $599 /
            // from $999), whatever the use.
            keyUsdPerMonth = Conyr::tierPriceUsdPerMonth(key.tier, &total.fromPrice);
            keyUsdPerHour = keyUsdPerMonth / HoursPerMonth;
            total.costText = monthText(keyUsdPerMonth, total.fromPrice) + QStringLiteral(" · ") + caps.tierLabel;
            const int cap = caps.perConnection < 0 ? -1 : caps.perConnection * heldConnections;
            total.subscriptions = quota(n, cap, QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 channels"),
                                        QT_TRANSLATE_N_NOOP("SubscriptionLedger", "%n channel(s) (no cap)"), "");
            break;
        }
        case Provider::Predikt:
            // reference/predikt.md §5: $0.10 per hour while a connection is connected.
            keyUsdPerHour = PrediktUsdPerConnectionHour * key.openConnections;
            keyUsdPerMonth = keyUsdPerHour * HoursPerMonth;
            total.costText = key.openConnections > 0
                ? tr("%1/h · %2").arg(usdText(keyUsdPerHour), monthText(keyUsdPerMonth, false))
                : tr("not connected: nothing billed");
            total.subscriptions = quota(n, caps.perConnection * heldConnections, QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 symbols"), "", "");
            break;
        case Provider::Tweets:
            total.subscriptions = quota(rulesOf(key), caps.perKey, QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 rules"), "", "");
            total.subscriptions.text += QStringLiteral(" · ") + QCoreApplication::translate("SubscriptionLedger", "%n monitor(s)", nullptr, monitorsOf(key));
            if (!key.listed)
                total.subscriptions.text = tr("monitors and rules not listed yet");
            break;
        case Provider::Allium:
            total.subscriptions = quota(n, -2, "", "", QT_TRANSLATE_N_NOOP("SubscriptionLedger", "%n topic(s)"));
            total.costText = tr("no price published");
            break;
        }

        const int rules = rulesOf(key);
        for (const Subscription &s : key.subscriptions) {
            Row row;
            row.provider = key.provider;
            row.profileId = key.profileId;
            row.profileName = key.profileName;
            row.subscription = s;
            row.quota = rowQuota(key, caps, s, s.kind == QLatin1String("rule") ? rules : n);
            switch (key.provider) {
            case Provider::Conyr:
                row.usdPerMonth = keyUsdPerMonth / n;
                row.usdPerHour = keyUsdPerHour / n;
                row.costText = keyUsdPerMonth > 0 ? tr("%1/month share of %2").arg(usdText(row.usdPerMonth), usdText(keyUsdPerMonth))
                                                  : tr("no price");
                break;
            case Provider::Predikt:
                row.usdPerHour = keyUsdPerHour / n;
                row.usdPerMonth = keyUsdPerMonth / n;
                row.costText = keyUsdPerHour > 0 ? tr("%1/h share of %2/h").arg(usdText(row.usdPerHour), usdText(keyUsdPerHour))
                                                 : tr("nothing billed while not connected");
                break;
            case Provider::Tweets:
                // reference/tweets.md §3, §4: credits per monitor (accounts × band) and per rule
                // (its interval's tier), billed while active.
                row.creditsPerDay = s.active ? s.creditsPerDay : 0;
                row.costText = s.active ? tr("%1 credits/day").arg(creditsText(row.creditsPerDay))
                                        : tr("paused: no credits");
                total.creditsPerDay += row.creditsPerDay;
                break;
            case Provider::Allium:
                row.costText = tr("no price published");
                break;
            }
            if (s.optional) {
                ++out.optionalCount;
                out.optionalActive += s.active ? 1 : 0;
                out.optionalCreditsPerDay += row.creditsPerDay;
            }
            out.rows.append(row);
        }
        if (key.provider == Provider::Tweets)
            total.costText = key.listed ? tr("%1 credits/day").arg(creditsText(total.creditsPerDay)) : tr("not listed yet");
        total.usdPerHour = keyUsdPerHour;
        total.usdPerMonth = keyUsdPerMonth;
        out.usdPerHour += total.usdPerHour;
        out.usdPerMonth += total.usdPerMonth;
        out.creditsPerDay += total.creditsPerDay;
        out.keys.append(total);
    }
    return out;
}

QString priorityKey(const QString &profileId, const Subscription &subscription)
{
    return profileId + QLatin1Char('|') + subscription.kind + QLatin1Char('|')
        + (subscription.id.isEmpty() ? subscription.what : subscription.id);
}

Effect effectOfAdding(const KeyState &key, const Subscription &added, int count)
{
    count = qMax(1, count);
    Effect e;
    const Caps caps = capsOf(key);
    const Ledger before = compute({key});
    const KeyTotal &now = before.keys.constFirst();
    e.totalCreditsPerDay = now.creditsPerDay;
    e.totalUsdPerMonth = now.usdPerMonth;
    const int n = int(key.subscriptions.size());
    switch (key.provider) {
    case Provider::Conyr:
    case Provider::Predikt: {
        const int cap = caps.perConnection;
        const char *unit = key.provider == Provider::Conyr ? QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 channels on this connection")
                                                           : QT_TRANSLATE_NOOP("SubscriptionLedger", "%1/%2 symbols on this connection");
        if (cap >= 0 && n + count > cap) {
            e.error = n >= cap ? tr("This connection is full: %1.").arg(tr(unit).arg(n).arg(cap))
                               : tr("Only %1 more fit: %2.").arg(cap - n).arg(tr(unit).arg(n).arg(cap));
            return e;
        }
        e.quotaText = cap >= 0 ? tr(unit).arg(n + count).arg(cap)
                               : QCoreApplication::translate("SubscriptionLedger", "%n channel(s) on this connection (no cap)", nullptr, n + count);
        e.costText = key.provider == Provider::Conyr
            ? tr("no extra cost: the tier is %1").arg(monthText(now.usdPerMonth, now.fromPrice))
            : tr("no extra cost: Predikt bills %1 per connection-hour, not per symbol").arg(usdText(PrediktUsdPerConnectionHour));
        e.ok = true;
        return e;
    }
    case Provider::Tweets: {
        if (added.kind == QLatin1String("rule") && rulesOf(key) + 1 > caps.perKey) {
            e.error = tr("This key has all its %1 rules.").arg(caps.perKey);
            return e;
        }
        e.quotaText = added.kind == QLatin1String("rule")
            ? tr("%1/%2 rules of this key").arg(rulesOf(key) + 1).arg(caps.perKey)
            : tr("%1/%2 accounts in this monitor").arg(added.units).arg(TweetsRest::MaxUsernames);
        e.addedCreditsPerDay = added.creditsPerDay;
        e.totalCreditsPerDay = now.creditsPerDay + added.creditsPerDay;
        e.costText = (added.kind == QLatin1String("rule")
                          ? tr("this rule costs %1 credits/day — your total becomes %2")
                          : tr("this monitor costs %1 credits/day — your total becomes %2"))
                         .arg(creditsText(added.creditsPerDay), creditsText(e.totalCreditsPerDay));
        e.ok = true;
        return e;
    }
    case Provider::Allium:
        e.quotaText = connectionQuota(key, caps, 1).text;
        e.costText = tr("a topic needs its own connection; no price published");
        e.ok = true;
        return e;
    }
    return e;
}

} // namespace SubscriptionLedger
