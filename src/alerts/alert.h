#pragma once
// One fired alert: what fired, on which subject, the message with the triggering values,
// and whether the user has acknowledged it.

#include "alertrule.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMetaType>
#include <QVariantMap>

struct Alert {
    QString id;             ///< unique within the history
    QString ruleId;
    QString ruleName;
    AlertRule::Kind kind = AlertRule::Kind::PriceAbove;
    AlertSeverity severity = AlertSeverity::Warning;
    QString provider;
    QString source;
    QString subject;
    QString message;        ///< the rule's template filled with the triggering values
    double value = 0;       ///< the main triggering value (price, change %, seconds …)
    QVariantMap values;     ///< every placeholder value, for webhooks and export
    qint64 timestampMs = 0; ///< the observation's time (reproducible under replay)
    bool acknowledged = false;
    /// What the rule's actions did ("paused 3 optional subscriptions"); written only when set.
    QString actionText;
    /// Not the rule's condition: the rule had been blind for its blindAlertSec (no data).
    /// Written only when set.
    bool blind = false;
    /// What happened around the subject before the alert (AlertContext::eventsFor): events of
    /// every provider touching it, oldest first, each {t, provider, source, kind, subject,
    /// text}; written only when there are any, so older history files load unchanged.
    QJsonArray context;
    /// More events of the window touched the subject than context holds (AlertContext::MaxEvents).
    bool contextTruncated = false;

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject &json, Alert &out);
};
Q_DECLARE_METATYPE(Alert)
