#pragma once
// The alert engine of `tidewatch-cli alerts` (over a live connection, a recording or a relay):
// the engine the app uses, printing one "alert" event per fired alert, and — unless it is a
// dry run — the app's notifiers (AlertNotifiers: the rule's webhook with its preset, and
// Prometheus Alertmanager). A dry run evaluates exactly the same way and only prints: the
// notifiers are never created, so nothing can be sent.
//
// Secrets come from the key store (Telegram bot tokens, as in the app) and the environment
// (TIDEWATCH_ALERTMANAGER_URL, which may carry credentials), never from the command line.

#include "alerts/alert.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <functional>

class AlertEngine;
class AlertFeeds;
class AlertNotifiers;
class CliContext;

class CliAlerts
{
public:
    /// notify: false for a dry run (no notifier exists).
    CliAlerts(CliContext &context, AlertFeeds *feeds, bool notify);

    AlertEngine *engine() const { return m_engine; }
    bool notifies() const { return m_notifiers != nullptr; }

    /// The rules for the engine and the notifiers; prints a "rules" event.
    void setRules(const QList<AlertRule> &rules);

    /// Calls done once every notification handed out so far was delivered or given up, or
    /// after timeoutMs (then prints an "error" naming what is still pending). At once for a dry run.
    void whenSettled(int timeoutMs, std::function<void()> done);

    /// Ends the run (replay finished, --duration elapsed): the engine's last tick, a "summary"
    /// event, the notifications in flight delivered or given up (within DrainMs), then "done";
    /// both events carry the extra fields (a replay's frame count).
    void finishWithSummary(const QJsonObject &extra = {});
    /// How long the end of a run waits for notifications in flight (a webhook's retries).
    static constexpr int DrainMs = 20000;

    /// The fields of the "summary" event: per rule (every rule, also those that never
    /// fired) the count, the first and last alert time and value, min/max and the values.
    QJsonObject summary() const;

private:
    struct RuleStats {
        int count = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
        double firstValue = 0;
        double lastValue = 0;
        double minValue = 0;
        double maxValue = 0;
        QList<double> values; // the first MaxValues
    };
    void onAlert(const Alert &alert);
    int pendingNotifications() const;

    CliContext &m_context;
    AlertEngine *m_engine;
    AlertNotifiers *m_notifiers = nullptr;
    QList<AlertRule> m_rules;
    QHash<QString, RuleStats> m_stats;
    int m_total = 0;
    int m_webhooksPending = 0;
    bool m_alertmanagerPending = false;
};
