#include "alertrule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>
#include <QJsonArray>
#include <QUrl>
#include <QUuid>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlertRule", text);
}

struct KindInfo {
    AlertRule::Kind kind;
    const char *id;
};

const KindInfo Kinds[] = {
    {AlertRule::Kind::PriceAbove, "price-above"},
    {AlertRule::Kind::PriceBelow, "price-below"},
    {AlertRule::Kind::PriceCross, "price-cross"},
    {AlertRule::Kind::CrossUp, "cross-up"},
    {AlertRule::Kind::CrossDown, "cross-down"},
    {AlertRule::Kind::ChannelEnter, "channel-enter"},
    {AlertRule::Kind::ChannelExit, "channel-exit"},
    {AlertRule::Kind::ChannelInside, "channel-inside"},
    {AlertRule::Kind::ChannelOutside, "channel-outside"},
    {AlertRule::Kind::AmountChange, "amount-change"},
    {AlertRule::Kind::PercentChange, "percent-change"},
    {AlertRule::Kind::VolumeSpike, "volume-spike"},
    {AlertRule::Kind::RecordMatch, "record-match"},
    {AlertRule::Kind::TweetMatch, "tweet-match"},
    {AlertRule::Kind::StreamStale, "stream-stale"},
    {AlertRule::Kind::BlockGap, "block-gap"},
    {AlertRule::Kind::ConnectionDown, "connection-down"},
    {AlertRule::Kind::BalanceBelow, "balance-below"},
    {AlertRule::Kind::BalanceForecast, "balance-forecast"},
    {AlertRule::Kind::Composite, "composite"},
};

QString stringOf(const QJsonObject &json, const char *key, const QString &fallback = {})
{
    return json.value(QLatin1String(key)).toString(fallback);
}

/// A composite's condition in the file: its kind, scope and the parameters its kind reads
/// (AlertRule::parameterNames), nothing else.
QJsonObject conditionToJson(const AlertRule &c)
{
    QJsonObject o{{QStringLiteral("kind"), AlertRule::kindId(c.kind)}};
    if (!c.provider.isEmpty())
        o.insert(QStringLiteral("provider"), c.provider);
    if (!c.subject.isEmpty())
        o.insert(QStringLiteral("subject"), c.subject);
    if (!c.source.isEmpty())
        o.insert(QStringLiteral("source"), c.source);
    const QJsonObject all = c.toJson();
    for (const QString &name : AlertRule::parameterNames(c.kind)) {
        if (name == QLatin1String("windowBars")) {
            if (c.windowBars > 0) {
                o.insert(name, c.windowBars);
                o.insert(QStringLiteral("barSec"), c.barSec);
            }
            continue;
        }
        const QJsonValue v = all.value(name);
        const bool empty = v.isUndefined() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.toArray().isEmpty())
            || (v.isObject() && v.toObject().isEmpty());
        if (!empty)
            o.insert(name, v);
    }
    return o;
}

/// Reads condition `number` (1-based) of a composite; what belongs to the composite as a
/// whole (cooldown, trigger, expiry, notifications) is reset, so a condition never fires
/// or notifies on its own.
bool conditionFromJson(const QJsonValue &value, int number, const QString &parentId, AlertRule &out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!value.isObject())
        return fail(tr("Condition %1 is not an object with a kind.").arg(number));
    QJsonObject json = value.toObject();
    if (stringOf(json, "kind") == QLatin1String("composite"))
        return fail(tr("Condition %1: a composite rule cannot contain another composite rule.").arg(number));
    // Only the condition's own fields: the others are the composite's.
    for (const char *key : {"id", "name", "enabled", "severity", "cooldownSec", "messageTemplate", "webhookUrl", "webhookPreset",
                            "telegramChatId", "notifyDesktop", "sound", "alertmanager", "alertmanagerUrl", "alertmanagerLabels",
                            "trigger", "expiresAt", "actions", "blindAlertSec"})
        json.remove(QLatin1String(key));
    AlertRule c;
    QString problem;
    if (!AlertRule::fromJson(json, c, &problem))
        return fail(tr("Condition %1: %2").arg(number).arg(problem));
    c.id = parentId + QLatin1Char('#') + QString::number(number);
    c.cooldownSec = 0;
    out = c;
    return true;
}

} // namespace

QString AlertSeverities::toId(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info: return QStringLiteral("info");
    case AlertSeverity::Warning: return QStringLiteral("warning");
    case AlertSeverity::Critical: return QStringLiteral("critical");
    }
    return QStringLiteral("warning");
}

AlertSeverity AlertSeverities::fromId(const QString &id, AlertSeverity fallback)
{
    if (id == QLatin1String("info"))
        return AlertSeverity::Info;
    if (id == QLatin1String("warning"))
        return AlertSeverity::Warning;
    if (id == QLatin1String("critical"))
        return AlertSeverity::Critical;
    return fallback;
}

QString AlertSeverities::label(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Info: return tr("Info");
    case AlertSeverity::Warning: return tr("Warning");
    case AlertSeverity::Critical: return tr("Critical");
    }
    return {};
}

QString AlertRule::kindId(Kind kind)
{
    for (const KindInfo &k : Kinds) {
        if (k.kind == kind)
            return QString::fromLatin1(k.id);
    }
    return {};
}

bool AlertRule::kindFromId(const QString &id, Kind &out)
{
    for (const KindInfo &k : Kinds) {
        if (id == QLatin1String(k.id)) {
            out = k.kind;
            return true;
        }
    }
    return false;
}

QList<AlertRule::Kind> AlertRule::allKinds()
{
    QList<Kind> out;
    for (const KindInfo &k : Kinds)
        out << k.kind;
    return out;
}

QString AlertRule::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::PriceAbove: return tr("Price above");
    case Kind::PriceBelow: return tr("Price below");
    case Kind::PriceCross: return tr("Price crosses");
    case Kind::PercentChange: return tr("Change within a window");
    case Kind::VolumeSpike: return tr("Volume spike");
    case Kind::RecordMatch: return tr("Stream record matches");
    case Kind::TweetMatch: return tr("Tweet matches");
    case Kind::StreamStale: return tr("Stream stale");
    case Kind::BlockGap: return tr("Block-number gap");
    case Kind::ConnectionDown: return tr("Connection down");
    case Kind::BalanceBelow: return tr("Balance below");
    case Kind::BalanceForecast: return tr("Balance runs out soon");
    case Kind::CrossUp: return tr("Crosses up");
    case Kind::CrossDown: return tr("Crosses down");
    case Kind::ChannelEnter: return tr("Enters a channel");
    case Kind::ChannelExit: return tr("Exits a channel");
    case Kind::ChannelInside: return tr("Inside a channel");
    case Kind::ChannelOutside: return tr("Outside a channel");
    case Kind::AmountChange: return tr("Moves by an amount within a window");
    case Kind::Composite: return tr("Composite (all / any / A then B)");
    }
    return {};
}

QString AlertRule::blindTemplate()
{
    return tr("{rule} is blind: {reason} for {seconds} s");
}

QString AlertRule::defaultTemplate(Kind kind)
{
    switch (kind) {
    case Kind::PriceAbove: return tr("{subject} rose above {level}: {value}");
    case Kind::PriceBelow: return tr("{subject} fell below {level}: {value}");
    case Kind::PriceCross: return tr("{subject} crossed {level} {direction}: {value}");
    case Kind::PercentChange: return tr("{subject} moved {change}% within {window} s (from {from} to {value})");
    case Kind::VolumeSpike: return tr("{subject} volume {value} is {ratio}× its average {average}");
    case Kind::RecordMatch: return tr("{subject}: a record matched the filter");
    case Kind::TweetMatch: return tr("@{author}: {text}");
    case Kind::StreamStale: return tr("{subject}: no data for {seconds} s");
    case Kind::BlockGap: return tr("{subject}: {gap} block(s) missing after {from} (got {value})");
    case Kind::ConnectionDown: return tr("{subject} down for {seconds} s: {reason}");
    case Kind::BalanceBelow: return tr("{subject} balance {value} is below {level}");
    case Kind::BalanceForecast: return tr("{subject} balance {value} runs out in about {hours} h");
    case Kind::CrossUp: return tr("{subject} crossed {level} upwards: {value}");
    case Kind::CrossDown: return tr("{subject} crossed {level} downwards: {value}");
    case Kind::ChannelEnter: return tr("{subject} entered {level} .. {upperLevel}: {value}");
    case Kind::ChannelExit: return tr("{subject} left {level} .. {upperLevel}: {value}");
    case Kind::ChannelInside: return tr("{subject} is inside {level} .. {upperLevel}: {value}");
    case Kind::ChannelOutside: return tr("{subject} is outside {level} .. {upperLevel}: {value}");
    case Kind::AmountChange: return tr("{subject} moved {change} within {window} s (from {from} to {value})");
    case Kind::Composite: return tr("{rule}: {conditions}");
    }
    return {};
}

QString AlertRule::defaultMetric(Kind kind)
{
    switch (kind) {
    case Kind::PriceAbove:
    case Kind::PriceBelow:
    case Kind::PriceCross:
    case Kind::CrossUp:
    case Kind::CrossDown:
    case Kind::ChannelEnter:
    case Kind::ChannelExit:
    case Kind::ChannelInside:
    case Kind::ChannelOutside:
    case Kind::PercentChange:
    case Kind::AmountChange: return QStringLiteral("price");
    case Kind::VolumeSpike: return QStringLiteral("volume");
    case Kind::BlockGap: return QStringLiteral("block");
    case Kind::BalanceBelow:
    case Kind::BalanceForecast: return QStringLiteral("balance");
    default: return {};
    }
}

QStringList AlertRule::parameterNames(Kind kind)
{
    switch (kind) {
    case Kind::PriceAbove:
    case Kind::PriceBelow:
    case Kind::PriceCross:
    case Kind::CrossUp:
    case Kind::CrossDown: return {QStringLiteral("metric"), QStringLiteral("level"), QStringLiteral("hysteresisPct")};
    case Kind::ChannelEnter:
    case Kind::ChannelExit:
    case Kind::ChannelInside:
    case Kind::ChannelOutside:
        return {QStringLiteral("metric"), QStringLiteral("level"), QStringLiteral("upperLevel"), QStringLiteral("hysteresisPct")};
    case Kind::PercentChange:
    case Kind::AmountChange:
        return {QStringLiteral("metric"), QStringLiteral("threshold"), QStringLiteral("windowSec"),
                QStringLiteral("windowBars"), QStringLiteral("direction"), QStringLiteral("hysteresisPct")};
    case Kind::VolumeSpike:
        return {QStringLiteral("metric"), QStringLiteral("threshold"), QStringLiteral("samples"), QStringLiteral("hysteresisPct")};
    case Kind::RecordMatch: return {QStringLiteral("filter")};
    case Kind::TweetMatch:
        return {QStringLiteral("keywords"), QStringLiteral("author"), QStringLiteral("monitor"), QStringLiteral("tweetRule")};
    case Kind::StreamStale:
    case Kind::ConnectionDown: return {QStringLiteral("windowSec")};
    case Kind::BlockGap: return {QStringLiteral("metric"), QStringLiteral("threshold")};
    case Kind::BalanceBelow: return {QStringLiteral("level"), QStringLiteral("hysteresisPct")};
    case Kind::BalanceForecast: return {QStringLiteral("threshold"), QStringLiteral("hysteresisPct")};
    case Kind::Composite: return {QStringLiteral("combine"), QStringLiteral("withinSec"), QStringLiteral("conditions")};
    }
    return {};
}

QString AlertRule::effectiveMetric() const
{
    return metric.isEmpty() ? defaultMetric(kind) : metric;
}

QString AlertRule::effectiveTemplate() const
{
    if (!messageTemplate.trimmed().isEmpty())
        return messageTemplate;
    // A sequence says in which order and how far apart its steps came.
    if (kind == Kind::Composite && combine == QLatin1String("sequence"))
        return tr("{rule}: {steps}");
    return defaultTemplate(kind);
}

bool AlertRule::isStateCondition() const
{
    switch (kind) {
    case Kind::PriceAbove:
    case Kind::PriceBelow:
    case Kind::BalanceBelow:
    case Kind::BalanceForecast:
    case Kind::ChannelInside:
    case Kind::ChannelOutside:
    case Kind::StreamStale:
    case Kind::ConnectionDown: return true;
    default: return false;
    }
}

QString AlertRule::combineLabel(const QString &combine)
{
    if (combine == QLatin1String("all"))
        return tr("all of");
    if (combine == QLatin1String("any"))
        return tr("any of");
    if (combine == QLatin1String("sequence"))
        return tr("in order");
    return combine;
}

bool AlertRule::isEventRule() const
{
    return kind == Kind::RecordMatch || kind == Kind::TweetMatch || kind == Kind::BlockGap;
}

bool AlertRule::isChannelRule() const
{
    return kind == Kind::ChannelEnter || kind == Kind::ChannelExit || kind == Kind::ChannelInside
        || kind == Kind::ChannelOutside;
}

QString AlertRule::validate() const
{
    if (name.trimmed().isEmpty())
        return tr("The rule needs a name.");
    if (cooldownSec < 0)
        return tr("The cooldown cannot be negative.");
    if (hysteresisPct < 0 || hysteresisPct > 50)
        return tr("Hysteresis must be between 0 and 50 %.");
    if (!webhookUrl.isEmpty()) {
        const QUrl url(webhookUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return tr("The webhook needs a full http:// or https:// URL.");
    }
    static const QStringList presets = {QStringLiteral("generic"), QStringLiteral("slack"), QStringLiteral("discord"),
                                        QStringLiteral("telegram")};
    if (!presets.contains(webhookPreset))
        return tr("Unknown webhook preset '%1' (generic, slack, discord or telegram).").arg(webhookPreset);
    if (webhookPreset == QLatin1String("telegram") && telegramChatId.trimmed().isEmpty())
        return tr("A Telegram webhook needs the chat id (e.g. 123456789 or @channel).");
    static const QStringList sounds = {QString(), QStringLiteral("none"), QStringLiteral("beep"), QStringLiteral("alarm")};
    if (!sounds.contains(sound))
        return tr("Unknown sound '%1' (none, beep or alarm; empty for the default).").arg(sound);
    if (!alertmanagerUrl.isEmpty()) {
        const QUrl url(alertmanagerUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) || url.host().isEmpty())
            return tr("The Alertmanager needs a full http:// or https:// URL.");
    }
    for (auto it = alertmanagerLabels.constBegin(); it != alertmanagerLabels.constEnd(); ++it) {
        if (!isLabelName(it.key()))
            return tr("'%1' is not a label name (letters, digits and _, not starting with a digit).").arg(it.key());
        if (!it.value().isString())
            return tr("The label '%1' needs a text value.").arg(it.key());
    }
    for (const QString &action : actions) {
        if (!actionIds().contains(action))
            return tr("Unknown action '%1' (%2).").arg(action, actionIds().join(QStringLiteral(", ")));
    }
    if (expiresAtMs < 0)
        return tr("The expiry is not a valid time.");
    if (blindAlertSec < 0 || blindAlertSec > MaxBlindAlertSec)
        return tr("The blind time for an alert must be between 0 (off) and 7 days.");
    if (blindAlertSec > 0 && kind == Kind::ConnectionDown)
        return tr("A connection rule is never blind: connection states are its data.");
    if (usesBars() && (barSec < 1 || barSec > MaxBarSec))
        return tr("A bar must be between 1 second and 7 days long.");
    if ((triggerMode == TriggerMode::OncePerBar || triggerMode == TriggerMode::OncePerBarClose)
        && (isEventRule() || kind == Kind::StreamStale || kind == Kind::ConnectionDown || kind == Kind::BalanceForecast))
        return tr("Once per bar and once per bar close are for rules on a value (levels, channels, changes, spikes).");
    if (isChannelRule() && !(upperLevel > level))
        return tr("The upper level must be above the lower level.");
    if (kind == Kind::Composite) {
        if (combine != QLatin1String("all") && combine != QLatin1String("any") && combine != QLatin1String("sequence"))
            return tr("Unknown combination '%1' (all, any or sequence).").arg(combine);
        if (conditions.size() < size_t(MinConditions))
            return tr("A composite rule needs at least %1 conditions; it has %2.").arg(MinConditions).arg(conditions.size());
        if (conditions.size() > size_t(MaxConditions))
            return tr("A composite rule takes at most %1 conditions; it has %2.").arg(MaxConditions).arg(conditions.size());
        if (combine == QLatin1String("sequence") && withinSec <= 0)
            return tr("A sequence needs a time between its steps (withinSec) of at least one second.");
        if (combine == QLatin1String("all") && withinSec <= 0)
            return tr("\"All\" needs a time (withinSec) of at least one second within which its events count together.");
        if (triggerMode == TriggerMode::OncePerBarClose)
            return tr("Once per bar close is not available for composite rules; use once per bar.");
        for (size_t i = 0; i < conditions.size(); ++i) {
            const AlertRule &c = conditions.at(i);
            if (c.kind == Kind::Composite)
                return tr("Condition %1: a composite rule cannot contain another composite rule.").arg(i + 1);
            // A condition is named by its kind, not by the user.
            AlertRule named = c;
            if (named.name.trimmed().isEmpty())
                named.name = kindLabel(c.kind);
            const QString problem = named.validate();
            if (!problem.isEmpty())
                return tr("Condition %1: %2").arg(i + 1).arg(problem);
        }
    }
    switch (kind) {
    case Kind::PercentChange:
    case Kind::AmountChange:
        if (threshold <= 0)
            return kind == Kind::PercentChange ? tr("The change must be more than 0 %.") : tr("The change must be more than 0.");
        if (windowSec <= 0)
            return tr("The window must be at least one second.");
        if (windowBars < 0 || windowBars > MaxWindowBars)
            return tr("The window in bars must be between 0 (use seconds) and %1.").arg(MaxWindowBars);
        if (direction != QLatin1String("up") && direction != QLatin1String("down") && direction != QLatin1String("any"))
            return tr("The direction must be up, down or any.");
        break;
    case Kind::VolumeSpike:
        if (threshold <= 1)
            return tr("A spike factor must be more than 1 (e.g. 3 for three times the average).");
        if (samples < 2)
            return tr("The moving average needs at least 2 samples.");
        break;
    case Kind::RecordMatch:
        if (filter.isEmpty())
            return tr("The rule needs a filter, e.g. {\"field\":\"value\",\"operator\":\">\",\"value\":1000}.");
        break;
    case Kind::TweetMatch:
        if (keywords.isEmpty() && author.isEmpty() && monitor.isEmpty() && tweetRule.isEmpty())
            return tr("Give at least one keyword, an author, a monitor or a rule.");
        break;
    case Kind::StreamStale:
    case Kind::ConnectionDown:
        if (windowSec <= 0)
            return tr("The time must be at least one second.");
        break;
    case Kind::BlockGap:
        if (threshold < 1)
            return tr("The gap must be at least one missing block.");
        break;
    case Kind::BalanceForecast:
        if (threshold <= 0)
            return tr("The forecast horizon must be more than 0 hours.");
        break;
    default:
        break;
    }
    return {};
}

QJsonObject AlertRule::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), kindId(kind)},
        {QStringLiteral("enabled"), enabled},
        {QStringLiteral("severity"), AlertSeverities::toId(severity)},
        {QStringLiteral("cooldownSec"), cooldownSec},
        {QStringLiteral("hysteresisPct"), hysteresisPct},
        {QStringLiteral("messageTemplate"), messageTemplate},
        {QStringLiteral("webhookUrl"), webhookUrl},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("source"), source},
        {QStringLiteral("metric"), metric},
        {QStringLiteral("level"), level},
        {QStringLiteral("threshold"), threshold},
        {QStringLiteral("windowSec"), windowSec},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("direction"), direction},
        {QStringLiteral("keywords"), QJsonArray::fromStringList(keywords)},
        {QStringLiteral("author"), author},
        {QStringLiteral("monitor"), monitor},
        {QStringLiteral("tweetRule"), tweetRule},
    };
    if (!filter.isEmpty())
        o.insert(QStringLiteral("filter"), filter);
    // Fields newer than the first rules format: only when set (see the header).
    if (!notifyDesktop)
        o.insert(QStringLiteral("notifyDesktop"), false);
    if (!sound.isEmpty())
        o.insert(QStringLiteral("sound"), sound);
    if (webhookPreset != QLatin1String("generic"))
        o.insert(QStringLiteral("webhookPreset"), webhookPreset);
    if (!telegramChatId.isEmpty())
        o.insert(QStringLiteral("telegramChatId"), telegramChatId);
    if (alertmanager)
        o.insert(QStringLiteral("alertmanager"), true);
    if (!alertmanagerUrl.isEmpty())
        o.insert(QStringLiteral("alertmanagerUrl"), alertmanagerUrl);
    if (!alertmanagerLabels.isEmpty())
        o.insert(QStringLiteral("alertmanagerLabels"), alertmanagerLabels);
    if (upperLevel != 0)
        o.insert(QStringLiteral("upperLevel"), upperLevel);
    switch (triggerMode) {
    case TriggerMode::EveryTime: break;
    case TriggerMode::OnlyOnce: o.insert(QStringLiteral("trigger"), QStringLiteral("once")); break;
    case TriggerMode::OncePerBar: o.insert(QStringLiteral("trigger"), QStringLiteral("bar")); break;
    case TriggerMode::OncePerBarClose: o.insert(QStringLiteral("trigger"), QStringLiteral("bar-close")); break;
    }
    if (usesBars() || barSec != 60)
        o.insert(QStringLiteral("barSec"), barSec);
    if (windowBars > 0)
        o.insert(QStringLiteral("windowBars"), windowBars);
    if (expiresAtMs > 0)
        o.insert(QStringLiteral("expiresAt"), QDateTime::fromMSecsSinceEpoch(expiresAtMs, Qt::UTC).toString(Qt::ISODateWithMs));
    if (!actions.isEmpty())
        o.insert(QStringLiteral("actions"), QJsonArray::fromStringList(actions));
    if (blindAlertSec > 0)
        o.insert(QStringLiteral("blindAlertSec"), blindAlertSec);
    if (kind == Kind::Composite) {
        o.insert(QStringLiteral("combine"), combine);
        o.insert(QStringLiteral("withinSec"), withinSec);
        QJsonArray list;
        for (const AlertRule &c : conditions)
            list.append(conditionToJson(c));
        o.insert(QStringLiteral("conditions"), list);
    }
    return o;
}

bool AlertRule::fromJson(const QJsonObject &json, AlertRule &out, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    AlertRule r;
    if (!kindFromId(stringOf(json, "kind"), r.kind))
        return fail(tr("Unknown rule kind '%1'.").arg(stringOf(json, "kind")));
    r.id = stringOf(json, "id");
    if (r.id.isEmpty())
        r.id = newId();
    r.name = stringOf(json, "name", kindLabel(r.kind));
    r.enabled = json.value(QLatin1String("enabled")).toBool(true);
    r.severity = AlertSeverities::fromId(stringOf(json, "severity"), AlertSeverity::Warning);
    r.cooldownSec = json.value(QLatin1String("cooldownSec")).toInt(60);
    r.hysteresisPct = json.value(QLatin1String("hysteresisPct")).toDouble(0.5);
    r.messageTemplate = stringOf(json, "messageTemplate");
    r.webhookUrl = stringOf(json, "webhookUrl").trimmed();
    r.provider = stringOf(json, "provider");
    r.subject = stringOf(json, "subject");
    r.source = stringOf(json, "source");
    r.metric = stringOf(json, "metric");
    r.level = json.value(QLatin1String("level")).toDouble();
    r.threshold = json.value(QLatin1String("threshold")).toDouble();
    r.windowSec = json.value(QLatin1String("windowSec")).toInt(60);
    r.samples = json.value(QLatin1String("samples")).toInt(20);
    r.direction = stringOf(json, "direction", QStringLiteral("any"));
    const QJsonValue keywords = json.value(QLatin1String("keywords"));
    if (keywords.isArray()) {
        for (const QJsonValue &k : keywords.toArray()) {
            const QString word = k.toString().trimmed();
            if (!word.isEmpty())
                r.keywords << word;
        }
    } else if (keywords.isString()) {
        for (const QString &word : keywords.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!word.trimmed().isEmpty())
                r.keywords << word.trimmed();
        }
    }
    r.author = stringOf(json, "author").trimmed();
    if (r.author.startsWith(QLatin1Char('@')))
        r.author.remove(0, 1);
    r.monitor = stringOf(json, "monitor").trimmed();
    r.tweetRule = stringOf(json, "tweetRule").trimmed();
    r.filter = json.value(QLatin1String("filter")).toObject();
    r.webhookPreset = stringOf(json, "webhookPreset", QStringLiteral("generic")).trimmed().toLower();
    if (r.webhookPreset.isEmpty())
        r.webhookPreset = QStringLiteral("generic");
    r.telegramChatId = stringOf(json, "telegramChatId").trimmed();
    r.notifyDesktop = json.value(QLatin1String("notifyDesktop")).toBool(true);
    r.sound = stringOf(json, "sound").trimmed().toLower();
    if (r.sound == QLatin1String("default"))
        r.sound.clear();
    r.alertmanager = json.value(QLatin1String("alertmanager")).toBool(false);
    r.alertmanagerUrl = stringOf(json, "alertmanagerUrl").trimmed();
    const QJsonValue labels = json.value(QLatin1String("alertmanagerLabels"));
    if (labels.isString()) {
        QString problem;
        if (!parseLabels(labels.toString(), r.alertmanagerLabels, &problem))
            return fail(problem);
    } else {
        r.alertmanagerLabels = labels.toObject();
    }
    if (r.isChannelRule()) // the other kinds have one level: nothing else is kept (or written)
        r.upperLevel = json.value(QLatin1String("upperLevel")).toDouble();
    const QString trigger = stringOf(json, "trigger", QStringLiteral("every")).trimmed().toLower();
    if (trigger == QLatin1String("once"))
        r.triggerMode = TriggerMode::OnlyOnce;
    else if (trigger == QLatin1String("bar"))
        r.triggerMode = TriggerMode::OncePerBar;
    else if (trigger == QLatin1String("bar-close"))
        r.triggerMode = TriggerMode::OncePerBarClose;
    else if (trigger != QLatin1String("every") && !trigger.isEmpty())
        return fail(tr("Unknown trigger mode '%1' (every, once, bar or bar-close).").arg(trigger));
    r.barSec = json.value(QLatin1String("barSec")).toInt(60);
    if (r.kind == Kind::PercentChange || r.kind == Kind::AmountChange) // the other kinds have no window in bars
        r.windowBars = json.value(QLatin1String("windowBars")).toInt(0);
    // The expiry: an ISO 8601 time (the file's form) or Unix ms; empty means open-ended.
    const QJsonValue expires = json.value(QLatin1String("expiresAt"));
    if (expires.isDouble()) {
        r.expiresAtMs = qint64(expires.toDouble());
    } else if (!expires.toString().trimmed().isEmpty()) {
        const QDateTime at = QDateTime::fromString(expires.toString().trimmed(), Qt::ISODateWithMs);
        if (!at.isValid())
            return fail(tr("The expiry '%1' is not a date and time (e.g. 2026-12-31T18:00).").arg(expires.toString()));
        r.expiresAtMs = at.toMSecsSinceEpoch();
    }
    // Actions: a list of ids (the file's form) or one comma-separated line.
    const QJsonValue actions = json.value(QLatin1String("actions"));
    const QStringList actionList = actions.isString() ? actions.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)
                                                      : actions.toVariant().toStringList();
    for (const QString &action : actionList) {
        const QString id = action.trimmed().toLower();
        if (!id.isEmpty() && !r.actions.contains(id))
            r.actions << id;
    }
    // A number or numeric text (the editor's field); anything else is a mistake worth saying.
    const QJsonValue blindAfter = json.value(QLatin1String("blindAlertSec"));
    if (blindAfter.isDouble()) {
        const double v = blindAfter.toDouble();
        r.blindAlertSec = std::isfinite(v) && v >= 0 && v <= MaxBlindAlertSec ? int(v) : -1;
    } else if (blindAfter.isString() && !blindAfter.toString().trimmed().isEmpty()) {
        bool ok = false;
        const int v = blindAfter.toString().trimmed().toInt(&ok);
        r.blindAlertSec = ok ? v : -1;
    } else if (!blindAfter.isUndefined() && !blindAfter.isNull() && !blindAfter.isString()) {
        r.blindAlertSec = -1;
    }
    if (r.kind == Kind::Composite) {
        r.combine = stringOf(json, "combine", QStringLiteral("all")).trimmed().toLower();
        r.withinSec = json.value(QLatin1String("withinSec")).toInt(60);
        const QJsonValue list = json.value(QLatin1String("conditions"));
        if (!list.isArray() && !list.isUndefined())
            return fail(tr("The conditions must be a list of rule objects."));
        const QJsonArray array = list.toArray();
        if (array.size() > MaxConditions) // before parsing them: a huge list is refused at once
            return fail(tr("A composite rule takes at most %1 conditions; it has %2.").arg(MaxConditions).arg(array.size()));
        for (int i = 0; i < array.size(); ++i) {
            AlertRule c;
            QString problem;
            if (!conditionFromJson(array.at(i), i + 1, r.id, c, &problem))
                return fail(problem);
            r.conditions.push_back(std::move(c));
        }
    }
    const QString problem = r.validate();
    if (!problem.isEmpty())
        return fail(problem);
    out = r;
    return true;
}

bool AlertRule::isLabelName(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c == QLatin1Char('_') || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
              || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return false;
    }
    return true;
}

bool AlertRule::parseLabels(const QString &text, QJsonObject &out, QString *error)
{
    QJsonObject labels;
    for (const QString &pair : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = pair.trimmed();
        if (item.isEmpty())
            continue;
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? item : item.left(eq).trimmed();
        if (eq < 0 || !isLabelName(name)) {
            if (error)
                *error = eq < 0 ? tr("'%1' is not a label: write name=value.").arg(item)
                                : tr("'%1' is not a label name (letters, digits and _, not starting with a digit).").arg(name);
            return false;
        }
        labels.insert(name, item.mid(eq + 1).trimmed());
    }
    out = labels;
    return true;
}

QString AlertRule::formatLabels(const QJsonObject &labels)
{
    QStringList pairs;
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        pairs << it.key() + QLatin1Char('=') + it.value().toString();
    return pairs.join(QStringLiteral(", "));
}

QStringList AlertRule::actionIds()
{
    return {QString::fromLatin1(PauseOptionalAction)};
}

QString AlertRule::actionLabel(const QString &id)
{
    if (id == QLatin1String(PauseOptionalAction))
        return tr("pause optional subscriptions");
    return id;
}

QString AlertRule::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).left(13);
}
