#pragma once
// What every live subscription uses of its quota and what it costs, with totals per key: one
// pure computation over plain values (no Qt objects, no sockets), fed by the workspaces'
// state (SubscriptionsOverview) and checked by hand in tst_subscriptionledger.
//
// Caps, prices and credits are the documented ones (reference/*.md), each cited where it is
// used in the .cpp. A profile holds one key (the keychain entry is per profile), so "per key"
// means per profile: two profiles with the same key cannot be told apart without reading keys.

#include <QList>
#include <QString>

namespace SubscriptionLedger {

enum class Provider { Allium, Conyr, Predikt, Tweets };

/// Predikt bills a WebSocket connection $0.10 per hour while it is connected (reference/predikt.md §5).
inline constexpr double PrediktUsdPerConnectionHour = 0.10;
/// Months are taken as 30 days (720 hours) when an hourly price is shown per month.
inline constexpr double HoursPerMonth = 720;

/// One live subscription as its workspace knows it.
struct Subscription {
    QString what;                  ///< as the provider names it: "ethereum.blocks", "token:…:trades", "SOL", a monitor's name
    QString kind;                  ///< "topic", "channel", "symbol", "monitor", "rule"
    QString id;                    ///< monitor or rule id (tweets); the name otherwise
    QString label;                 ///< a readable form of what ("SOL · trades"), empty = what itself
    QString detail;                ///< shown under the name (e.g. "muted", "paused: insufficient credits")
    bool active = true;            ///< false: paused monitor/rule, stopped topic (no credits; quota still held)
    double rate = -1;              ///< messages per second, −1 unknown
    qint64 lastMessageAgeMs = -1;  ///< −1 before the first message or unknown
    double creditsPerDay = 0;      ///< tweets: the monitor's or rule's credits per day when active
    int units = 0;                 ///< tweets monitors: accounts watched (their own quota)
    bool optional = false;         ///< the user's priority: optional ones can be paused all at once
};

/// One key (profile) and what runs on it.
struct KeyState {
    Provider provider = Provider::Allium;
    QString profileId;
    QString profileName;
    QString tier;                  ///< as the profile names it ("layer1", "PRO"); empty = the provider's default
    int connections = 0;           ///< connections of this key the app holds
    int openConnections = 0;       ///< of those, open now (Predikt bills these)
    bool listed = true;            ///< tweets: monitors and rules were listed (else unknown)
    QList<Subscription> subscriptions;
};

/// used of cap; cap −1 = no cap, −2 = none published.
struct Quota {
    int used = 0;
    int cap = -1;
    QString text;                  ///< "47/50 channels on this connection"
    bool full() const { return cap >= 0 && used >= cap; }
};

struct Row {
    Provider provider = Provider::Allium;
    QString profileId;
    QString profileName;
    Subscription subscription;
    Quota quota;
    double usdPerHour = 0;         ///< the row's share of its key's price
    double usdPerMonth = 0;
    double creditsPerDay = 0;
    QString costText;
};

struct KeyTotal {
    Provider provider = Provider::Allium;
    QString profileId;
    QString profileName;
    QString tierLabel;
    int subscriptionCount = 0;
    Quota connections;             ///< "1/5 connections of this key"
    Quota subscriptions;           ///< "8/10 symbols", "7/50 channels", "3/50 rules"
    double usdPerHour = 0;
    double usdPerMonth = 0;
    bool fromPrice = false;        ///< the price is a lower bound ("from $999")
    double creditsPerDay = 0;
    QString costText;
};

struct Ledger {
    QList<Row> rows;
    QList<KeyTotal> keys;
    double usdPerHour = 0;
    double usdPerMonth = 0;
    double creditsPerDay = 0;
    int optionalCount = 0;             ///< subscriptions marked optional
    int optionalActive = 0;            ///< of those, active (what "pause all optional" would pause)
    double optionalCreditsPerDay = 0;  ///< credits per day pausing them would save
};

/// The identity a subscription's priority is kept under: "<profile>|<kind>|<id or what>".
QString priorityKey(const QString &profileId, const Subscription &subscription);

Ledger compute(const QList<KeyState> &keys);

/// What adding one subscription to a key would do, before it is added.
struct Effect {
    bool ok = false;               ///< false: the quota is full (error says so)
    QString error;
    QString quotaText;             ///< the quota after adding it
    QString costText;              ///< "this rule costs 10,000 credits/day — your total becomes 31,500"
    double addedCreditsPerDay = 0;
    double addedUsdPerMonth = 0;
    double totalCreditsPerDay = 0;
    double totalUsdPerMonth = 0;
};
/// count: how many of the same kind are added at once (symbols typed together); the quota
/// check covers all of them.
Effect effectOfAdding(const KeyState &key, const Subscription &added, int count = 1);

// ---- figures and words, shared by the rows, the totals and the what-if -----------------

QString providerLabel(Provider provider);
QString kindLabel(const QString &kind);
/// "$0.10", "$72.00"; below a cent with more digits ("$0.0125").
QString usdText(double usd);
/// "31,500" in the UI's locale.
QString creditsText(double credits);

} // namespace SubscriptionLedger
