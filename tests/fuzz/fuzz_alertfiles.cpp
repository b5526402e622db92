// Alert rules and history files (rules.json, history.json): every element of the "rules" or
// "alerts" array through the loaders; what loads saves to JSON that loads to the same thing.

#include "fuzztarget.h"

#include "alerts/alert.h"
#include "alerts/alertrule.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

TW_FUZZ_TARGET(alertfiles)
{
    const QJsonObject root = QJsonDocument::fromJson(fuzzBytes(data, size)).object();
    for (const QJsonValue &v : root.value(QLatin1String("rules")).toArray()) {
        AlertRule rule;
        QString error;
        if (AlertRule::fromJson(v.toObject(), rule, &error)) {
            AlertRule again;
            TW_FUZZ_CHECK(AlertRule::fromJson(rule.toJson(), again));
            TW_FUZZ_CHECK(again.toJson() == rule.toJson());
        }
    }
    for (const QJsonValue &v : root.value(QLatin1String("alerts")).toArray()) {
        Alert alert;
        if (Alert::fromJson(v.toObject(), alert)) {
            TW_FUZZ_CHECK(alert.timestampMs >= 0);
            Alert again;
            TW_FUZZ_CHECK(Alert::fromJson(alert.toJson(), again));
            TW_FUZZ_CHECK(again.toJson() == alert.toJson());
        }
    }
    return 0;
}
