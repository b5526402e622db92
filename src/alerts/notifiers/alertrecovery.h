#pragma once
// When a fired alert's condition has cleared, for notifiers that keep an alert open until
// then (Alertmanager's endsAt). The engine reports only firing; this tracker watches the
// same observations and applies each kind's re-arm rule, so "resolved" means exactly
// "the rule is armed again" (hysteresis included).
//
// Kinds with a lasting condition: price/balance above or below a level (resolved once the
// value is back beyond the level and the hysteresis band), a stale stream (resolved when
// data arrives), a connection down (resolved when it is up). Every other kind is an event
// (a crossing, a change within a window, a spike, a forecast, a record, a tweet, a gap, and
// kinds added later): it stays open for a hold time and then ends by itself. A blind alert
// (Alert::blind: the rule saw nothing for a while) is resolved by the first data in the
// rule's scope, whatever its kind.

#include "alerts/alert.h"
#include "core/observation.h"

#include <QHash>
#include <QStringList>

class AlertRecoveryTracker
{
public:
    enum class Recovery { OnCondition, AfterHold };

    static Recovery recoveryOf(AlertRule::Kind kind);
    /// How long an event alert stays open: the rule's cooldown (it cannot fire again for the
    /// subject before), at least a minute.
    static qint64 holdMsOf(const AlertRule &rule);
    /// One open alert per rule and scope (the scope the trigger named).
    static QString keyOf(const QString &ruleId, const QString &provider, const QString &source, const QString &subject);
    static QString keyOf(const Alert &alert);

    /// Starts watching a fired alert of a condition kind (events are ignored). Returns its key.
    QString fired(const AlertRule &rule, const Alert &alert);
    /// The keys whose condition cleared with this observation (they are forgotten).
    QStringList observe(const Observation &o);
    QStringList observeConnection(const ConnectionObservation &c);
    /// Forgets the alerts of rules that are gone, disabled or changed; returns their keys.
    QStringList retain(const QList<AlertRule> &rules);

    int watching() const { return int(m_open.size()); }
    bool isWatching(const QString &key) const { return m_open.contains(key); }

private:
    struct Open {
        AlertRule rule;
        QString provider, source, subject;
        bool blind = false;
    };
    static bool cleared(const Open &open, double value);

    QHash<QString, Open> m_open;
};
