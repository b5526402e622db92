#pragma once
// An alert rule: what to watch, when it fires, and how loud. Plain value type; the
// engine keeps the per-subject state (armed, cooldown, windows) separately.

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <vector>

/// How serious a fired alert is; shown as colour and used for notifications.
enum class AlertSeverity { Info, Warning, Critical };

namespace AlertSeverities {
QString toId(AlertSeverity severity);
AlertSeverity fromId(const QString &id, AlertSeverity fallback = AlertSeverity::Warning);
QString label(AlertSeverity severity);
} // namespace AlertSeverities

struct AlertRule {
    static constexpr int MaxBarSec = 7 * 24 * 3600;
    static constexpr int MaxWindowBars = 10000;
    static constexpr int MinConditions = 2;
    static constexpr int MaxConditions = 8;
    static constexpr int MaxBlindAlertSec = 7 * 24 * 3600;

    enum class Kind {
        PriceAbove,        ///< metric rises above level
        PriceBelow,        ///< metric falls below level
        PriceCross,        ///< metric crosses level in either direction
        PercentChange,     ///< metric changes by more than threshold % within windowSec
        VolumeSpike,       ///< metric exceeds threshold × its moving average over `samples`
        RecordMatch,       ///< a stream record matches the filter (Allium filter syntax)
        TweetMatch,        ///< a tweet matches keywords / author / monitor / rule
        StreamStale,       ///< no data for windowSec seconds
        BlockGap,          ///< block numbers skip more than threshold blocks
        ConnectionDown,    ///< a connection down for more than windowSec seconds
        BalanceBelow,      ///< balance below level
        BalanceForecast,   ///< balance forecast to run out within threshold hours
        // Added after the first rules format (new kinds only; older files hold none of them).
        CrossUp,           ///< metric crosses level upwards
        CrossDown,         ///< metric crosses level downwards
        ChannelEnter,      ///< metric enters the channel level .. upperLevel
        ChannelExit,       ///< metric leaves the channel level .. upperLevel
        ChannelInside,     ///< metric is inside the channel (fires once per stay)
        ChannelOutside,    ///< metric is outside the channel (fires once per excursion)
        AmountChange,      ///< metric changes by more than threshold (in its own unit) within windowSec
        Composite,         ///< 2..8 conditions of the other kinds, combined by `combine` (all, any, sequence)
    };

    /// When a rule fires (TradingView's trigger modes): every time its condition is met
    /// (after the cooldown); only the first time; at most once per bar, the first time in
    /// the bar the condition is met; or once per bar on the bar's closing value. Bars are
    /// barSec long, aligned to Unix time (a value at a bar's end belongs to the next bar).
    enum class TriggerMode { EveryTime, OnlyOnce, OncePerBar, OncePerBarClose };

    QString id;
    QString name;
    Kind kind = Kind::PriceAbove;
    bool enabled = true;
    AlertSeverity severity = AlertSeverity::Warning;
    int cooldownSec = 60;          ///< no second alert for the same subject within this time
    double hysteresisPct = 0.5;    ///< re-arm only after moving back this % beyond the level
    QString messageTemplate;       ///< empty: the kind's default; {placeholders}, see placeholders()
    QString webhookUrl;            ///< empty: no webhook

    // Notification channels beyond the webhook. Added after rules files v1: each is written
    // only when it differs from its default, so an older file loads and saves unchanged.
    QString webhookPreset = QStringLiteral("generic"); ///< body shape: generic, slack, discord, telegram
    bool notifyDesktop = true;     ///< a desktop notification (when they are on in the Alerts page)
    QString sound;                 ///< "" (the global sound switch), none, beep, alarm: see AlertSound
    QString telegramChatId;        ///< telegram: the chat; the bot token is in the key store, webhookUrl the API base
    bool alertmanager = false;     ///< send to Prometheus Alertmanager (the rule's URL or the global one)
    QString alertmanagerUrl;       ///< empty: the URL from Settings
    QJsonObject alertmanagerLabels; ///< extra labels (name → text) beside the global ones
    /// What the app does when the rule fires, beyond notifying (ids from actionIds(), e.g.
    /// PauseOptionalAction). Run by whoever registered a handler (AlertCenter::setActionHandler);
    /// written only when set, so older files load and save unchanged.
    QStringList actions;
    /// Alert when the rule has been blind (no data: connections down, billing stopped, paused,
    /// silent; see BlindTracker) for more than this many seconds, once per stretch; 0: never.
    /// Written only when set, so older files load and save unchanged.
    int blindAlertSec = 0;

    // Scope (empty = any)
    QString provider;
    QString subject;
    QString source;

    // Parameters (which ones a kind reads: see parameterNames())
    QString metric;                ///< empty: the kind's default metric
    double level = 0;              ///< channels: the lower level
    double upperLevel = 0;         ///< channels: the upper level (written only when set)
    TriggerMode triggerMode = TriggerMode::EveryTime; ///< written only when not EveryTime
    int barSec = 60;               ///< the bar length of the bar trigger modes and of windowBars (written when used)
    int windowBars = 0;            ///< PercentChange, AmountChange: within this many bars; 0: within windowSec
    qint64 expiresAtMs = 0;        ///< 0: open-ended; else no alert at or after this time (Unix ms)
    double threshold = 0;
    int windowSec = 60;
    int samples = 20;
    QString direction = QStringLiteral("any"); ///< PercentChange, AmountChange: up, down or any
    QStringList keywords;
    QString author;
    QString monitor;
    QString tweetRule;
    QJsonObject filter;

    // Composite rules (written only for Kind::Composite, so older files load and save unchanged).
    /// all: every condition true (a state condition) or fired within withinSec (an event
    /// condition); any: one of them; sequence: condition 1, then 2 (then 3 …), each within
    /// withinSec of the step before.
    QString combine = QStringLiteral("all");
    int withinSec = 60;
    /// Each condition is a rule of another kind with its own scope and parameters; only those
    /// are kept (cooldown, trigger mode, expiry and notifications belong to the composite).
    std::vector<AlertRule> conditions;

    /// The metric the rule reads (the explicit one or the kind's default).
    QString effectiveMetric() const;
    /// The template used for the message (the explicit one or the kind's default).
    QString effectiveTemplate() const;
    /// True for rules that fire on single events (records, tweets, gaps) rather than on a
    /// condition that holds for a while.
    bool isEventRule() const;
    /// True for the two-level channel kinds.
    bool isChannelRule() const;
    /// True for a condition that holds for a while (above a level, inside a channel, stale,
    /// down …) rather than one that happens (a crossing, a record, a tweet, a change). In a
    /// composite "all", a state condition counts while it holds, an event within withinSec.
    bool isStateCondition() const;
    /// The combination in words ("all", "any", "sequence" → "all of", "any of", "in order").
    static QString combineLabel(const QString &combine);
    /// True if the rule counts bars (a bar trigger mode or a window in bars).
    bool usesBars() const
    {
        return triggerMode == TriggerMode::OncePerBar || triggerMode == TriggerMode::OncePerBarClose || windowBars > 0;
    }
    /// True if the rule has an expiry and it has passed at timeMs.
    bool isExpiredAt(qint64 timeMs) const { return expiresAtMs > 0 && timeMs >= expiresAtMs; }

    /// True if the rule posts to a webhook (a URL, or a Telegram bot on the default API).
    bool sendsWebhook() const { return !webhookUrl.isEmpty() || webhookPreset == QLatin1String("telegram"); }
    /// True if the rule's alerts go to an Alertmanager (the flag, or a URL of its own).
    bool sendsToAlertmanager() const { return alertmanager || !alertmanagerUrl.isEmpty(); }

    /// A sentence describing what is wrong, or an empty string when the rule is usable.
    QString validate() const;

    QJsonObject toJson() const;
    /// Parses a rule; unknown fields are ignored, a missing id gets a new one. Returns false
    /// and sets error to a sentence on bad input.
    static bool fromJson(const QJsonObject &json, AlertRule &out, QString *error = nullptr);

    static QString kindId(Kind kind);
    static bool kindFromId(const QString &id, Kind &out);
    static QString kindLabel(Kind kind);
    static QString defaultTemplate(Kind kind);
    /// The message of a blind alert ({rule}, {seconds}, {reason}, {subject}).
    static QString blindTemplate();
    static QString defaultMetric(Kind kind);
    /// The parameter fields the editor shows for a kind (subset of level, threshold,
    /// windowSec, samples, direction, metric, keywords, author, monitor, tweetRule, filter,
    /// upperLevel).
    static QStringList parameterNames(Kind kind);
    static QList<Kind> allKinds();
    static QString newId();
    /// Pauses every subscription marked optional (the Subscriptions page's "Pause all optional").
    static constexpr const char *PauseOptionalAction = "pause-optional";
    /// The actions a rule can take.
    static QStringList actionIds();
    /// An action in words ("pause optional subscriptions"); the id itself when unknown.
    static QString actionLabel(const QString &id);
    /// True for a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*).
    static bool isLabelName(const QString &name);
    /// Labels from "name=value, name=value" (the editor's one-line form). Returns false
    /// and sets error to a sentence on a bad pair or name.
    static bool parseLabels(const QString &text, QJsonObject &out, QString *error = nullptr);
    /// The one-line form of labels, names sorted.
    static QString formatLabels(const QJsonObject &labels);
};
Q_DECLARE_METATYPE(AlertRule)
