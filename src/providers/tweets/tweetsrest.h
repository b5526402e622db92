#pragma once
// The tweet stream's REST API for Stream Monitors and Filter Rules (reference/tweets.md §3, §4,
// §6): typed values, the documented pricing tables, and pure JSON ⇄ struct functions (no
// network; fuzzable). The client is TweetsRestClient.

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace TweetsRest {

/// Lifecycle of a monitor or rule. The documents name active / paused / suspended (auto-paused
/// for want of credits); the SDK also knows "error" and "inactive". Anything else is Unknown and
/// keeps its wire text in statusText, so nothing is hidden.
enum class Status { Active, Paused, Suspended, Error, Inactive, Unknown };
Status statusFromWire(const QString &text);
QString statusToWire(Status status);

/// One Stream Monitor (watches usernames).
struct StreamMonitor {
    QString id;
    QString name;
    QStringList usernames;
    QStringList filterTypes;            ///< original / reply / retweet / quote; empty = all
    Status status = Status::Unknown;
    QString statusText;                 ///< as sent ("active", "suspended", …)
    QString statusReason;               ///< e.g. "insufficient_credits"; empty when none
    QString webhookUrl;
    bool webhookSecretSet = false;
    double creditsPerAccountPerDay = -1; ///< −1: not sent
    double estimatedCreditsPerDay = -1;  ///< −1: not sent (then computed from the table)
    QString pricingTier;
    QString createdAt;
    QString updatedAt;
    QStringList unknownFields;          ///< fields present but not understood (shown, not dropped)
    QStringList problems;               ///< fields present with a value we could not read
};

/// One Filter Rule (an Advanced Search query polled at an interval).
struct FilterRule {
    QString id;
    QString tag;
    QString query;
    double intervalSeconds = 0;
    int maxResultsPerPoll = 20;         ///< documented default
    Status status = Status::Unknown;
    QString statusText;
    QString statusReason;
    QString webhookUrl;
    bool webhookSecretSet = false;
    double creditsPerRulePerDay = -1;   ///< −1: not sent
    QString pricingTier;
    QString createdAt;
    QString updatedAt;
    QStringList unknownFields;
    QStringList problems;
};

/// One sample tweet a validation returned (when the server sends tweets, not only a count).
struct SampleTweet {
    QString id;
    QString author;
    QString text;
    QString createdAt;
};

/// The answer of POST …/filter-rules/validate: {valid, error?, sample_results}. The SDK types
/// sample_results as a count; a list of tweets is accepted too (then count = its length).
struct RuleValidation {
    bool valid = false;
    QString error;
    int sampleCount = -1;               ///< −1: not sent
    QList<SampleTweet> samples;
};

/// A filter-rule pricing tier (documented table or GET …/filter-rules-pricing).
struct PricingTier {
    QString id;
    QString label;
    double maxIntervalSeconds = 0;
    double creditsPerRulePerDay = 0;
    int displayOrder = 0;
};

/// One page of a list and where it sits in the whole.
struct PageInfo {
    int total = -1;                     ///< −1: the server did not say
    int page = 0;                       ///< monitors: 1-based page
    int pageSize = 0;
    int offset = 0;                     ///< rules: items skipped
    int limit = 0;
    int skipped = 0;                    ///< items in the page we could not read at all
};

// ---- documented prices ----------------------------------------------------------------------

/// Filter-rule tiers as documented: Turbo ≤0.5 s 30,000 · Fast ≤5 s 10,000 · Standard ≤60 s
/// 1,500 · Relaxed ≤600 s 500 · Daily ≤86,400 s 100 credits per rule per day.
const QList<PricingTier> &documentedRuleTiers();
/// The tier an interval falls in (the first whose max interval is ≥ it), from the given tiers
/// (the documented ones when empty). An interval outside every tier gives a tier with empty id.
PricingTier ruleTierFor(double intervalSeconds, const QList<PricingTier> &tiers = {});
/// Monitor volume pricing, credits per account per day: 1–10 → 1,667; 11–50 → 1,333;
/// 51–100 → 1,000; 101+ → 833. The band is taken from the monitor's own account count
/// (the documents do not say whether the volume counts across monitors; inference).
double monitorCreditsPerAccount(int accounts);
/// The band's label ("1–10 accounts" …) for that count.
QString monitorTierLabel(int accounts);
/// accounts × the band's price.
double monitorCreditsPerDay(int accounts);
/// The estimate to show: the server's figure when it sent one, else the table's.
double estimatedCredits(const StreamMonitor &monitor);
double estimatedCredits(const FilterRule &rule, const QList<PricingTier> &tiers = {});

// ---- documented limits ----------------------------------------------------------------------
constexpr int MaxNameLength = 100;
constexpr int MaxUsernames = 100;
constexpr int MaxQueryLength = 1024;
constexpr double MinIntervalSeconds = 0.1;
constexpr double MaxIntervalSeconds = 86400;
constexpr int MaxResultsPerPollLimit = 100;
constexpr int MaxRulesPerKey = 50;
constexpr int MaxPageSize = 100;
QStringList documentedFilterTypes();

// ---- codec ----------------------------------------------------------------------------------
// Decoders accept the plausible variants of a real server: numbers as strings, usernames as a
// comma-separated string, status in any case, pricing_tier as a label or an object, lists under
// their documented key or "data"/"items"/"results" or as a bare array. A field we do not know is
// listed in unknownFields; one we cannot read is listed in problems.

bool decodeMonitor(const QJsonObject &o, StreamMonitor &out);
bool decodeRule(const QJsonObject &o, FilterRule &out);
/// A list body; returns false with a sentence when the body is not a list at all.
bool decodeMonitorList(const QByteArray &body, QList<StreamMonitor> &out, PageInfo &page, QString *problem);
bool decodeRuleList(const QByteArray &body, QList<FilterRule> &out, PageInfo &page, QString *problem);
bool decodeValidation(const QByteArray &body, RuleValidation &out, QString *problem);
bool decodePricing(const QByteArray &body, QList<PricingTier> &out, QString *problem);

/// What a person enters to create or edit a monitor; PATCH bodies carry only the set fields.
struct MonitorDraft {
    QString name;
    QStringList usernames;              ///< without @ (stripped when encoding)
    QStringList filterTypes;            ///< empty = all (sent as null)
    QString webhookUrl;                 ///< empty = none
    QString webhookSecret;              ///< empty = leave as is / server-generated
};
struct RuleDraft {
    QString tag;
    QString query;
    double intervalSeconds = 60;
    int maxResultsPerPoll = 20;
    QString webhookUrl;
    QString webhookSecret;
};
QJsonObject encodeMonitor(const MonitorDraft &draft);
QJsonObject encodeRule(const RuleDraft &draft);
QJsonObject encode(const StreamMonitor &m);  ///< the wire object (simulator, fixtures)
QJsonObject encode(const FilterRule &r);

/// Reads a number that may come as a JSON number or a numeric string; false when neither.
bool readNumber(const QJsonValue &v, double &out);

} // namespace TweetsRest

Q_DECLARE_METATYPE(TweetsRest::StreamMonitor)
Q_DECLARE_METATYPE(TweetsRest::FilterRule)
