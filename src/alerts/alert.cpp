#include "alert.h"
#include "core/jsonnumbers.h"

QJsonObject Alert::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("ruleId"), ruleId},
        {QStringLiteral("ruleName"), ruleName},
        {QStringLiteral("kind"), AlertRule::kindId(kind)},
        {QStringLiteral("severity"), AlertSeverities::toId(severity)},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("source"), source},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("message"), message},
        {QStringLiteral("value"), value},
        {QStringLiteral("values"), QJsonObject::fromVariantMap(values)},
        {QStringLiteral("timestamp"), timestampMs},
        {QStringLiteral("acknowledged"), acknowledged},
    };
    if (!actionText.isEmpty())
        o.insert(QStringLiteral("actionText"), actionText);
    if (blind)
        o.insert(QStringLiteral("blind"), true);
    if (!context.isEmpty())
        o.insert(QStringLiteral("context"), context);
    if (contextTruncated)
        o.insert(QStringLiteral("contextTruncated"), true);
    return o;
}

bool Alert::fromJson(const QJsonObject &json, Alert &out)
{
    Alert a;
    a.id = json.value(QLatin1String("id")).toString();
    if (a.id.isEmpty() || !AlertRule::kindFromId(json.value(QLatin1String("kind")).toString(), a.kind))
        return false;
    a.ruleId = json.value(QLatin1String("ruleId")).toString();
    a.ruleName = json.value(QLatin1String("ruleName")).toString();
    a.severity = AlertSeverities::fromId(json.value(QLatin1String("severity")).toString());
    a.provider = json.value(QLatin1String("provider")).toString();
    a.source = json.value(QLatin1String("source")).toString();
    a.subject = json.value(QLatin1String("subject")).toString();
    a.message = json.value(QLatin1String("message")).toString();
    a.value = json.value(QLatin1String("value")).toDouble();
    a.values = json.value(QLatin1String("values")).toObject().toVariantMap();
    // A history file can be edited by hand: a time out of range drops the entry, never UB.
    JsonNumbers::IntegerRange range = JsonNumbers::nonNegative();
    range.allowFraction = true;
    range.allowString = false;
    const QJsonValue time = json.value(QLatin1String("timestamp"));
    const std::optional<qint64> timestamp = time.isUndefined() ? 0 : JsonNumbers::checkedInteger(time, nullptr, range);
    if (!timestamp)
        return false;
    a.timestampMs = *timestamp;
    a.acknowledged = json.value(QLatin1String("acknowledged")).toBool();
    a.actionText = json.value(QLatin1String("actionText")).toString();
    a.blind = json.value(QLatin1String("blind")).toBool();
    // Context entries are shown as text: anything that is not an object is dropped, and a
    // hand-edited file cannot make the list longer than the engine ever writes.
    for (const QJsonValue &event : json.value(QLatin1String("context")).toArray()) {
        if (event.isObject() && a.context.size() < 1000)
            a.context.append(event);
    }
    a.contextTruncated = json.value(QLatin1String("contextTruncated")).toBool();
    out = a;
    return true;
}
