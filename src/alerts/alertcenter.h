#pragma once
// The app's alerting: the engine fed by every connection, the rules and the history
// (persisted), webhooks, sound and desktop notifications (through the tray). A QML
// singleton for the Alerts page, the dashboard and the navigation badge.

#include "alert.h"
#include "alerthistorymodel.h"
#include "alertrulemodel.h"
#include "notifiers/alertnotifiers.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

class AlertEngine;
class AlertFeeds;
class AlertStore;
class WebhookNotifier;
class ConnectionRegistry;
class QQmlEngine;
class QJSEngine;
struct Observation;

class AlertCenter : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(AlertHistoryModel *history READ history CONSTANT)
    Q_PROPERTY(AlertRuleModel *rules READ rules CONSTANT)
    Q_PROPERTY(int unacknowledgedCount READ unacknowledgedCount NOTIFY unacknowledgedCountChanged)
    Q_PROPERTY(bool soundEnabled READ soundEnabled WRITE setSoundEnabled NOTIFY settingsChanged)
    Q_PROPERTY(bool desktopNotifications READ desktopNotifications WRITE setDesktopNotifications NOTIFY settingsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)
    /// Seconds of events before each alert it carries as context (AlertContext); 0: none.
    Q_PROPERTY(int contextSeconds READ contextSeconds WRITE setContextSeconds NOTIFY settingsChanged)
    Q_PROPERTY(QString storageFolder READ storageFolder CONSTANT)
    Q_PROPERTY(AlertNotifiers *notifiers READ notifiers CONSTANT)

public:
    static AlertCenter *instance();
    static AlertCenter *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible (Qt 6.4 would bypass create()). folder: where rules.json
    /// and history.json live; tests pass a temporary folder.
    AlertCenter(const QString &folder, QObject *parent);
    ~AlertCenter() override;

    /// Carries out one action of a firing rule and says what it did, for the alert's history
    /// entry ("paused 3 optional subscriptions"). The alerts code does not know what the
    /// actions touch: the app registers a handler per action id (AlertRule::actionIds()).
    using ActionHandler = std::function<QString(const Alert &alert)>;
    void setActionHandler(const QString &actionId, ActionHandler handler);

    AlertHistoryModel *history() const { return m_history; }
    AlertRuleModel *rules() const { return m_rules; }
    AlertEngine *engine() const { return m_engine; }
    WebhookNotifier *webhooks() const { return m_webhooks; }
    AlertFeeds *feeds() const { return m_feeds; }
    AlertNotifiers *notifiers() const { return m_notifiers; }
    int unacknowledgedCount() const;
    bool soundEnabled() const { return m_sound; }
    void setSoundEnabled(bool on);
    bool desktopNotifications() const { return m_desktop; }
    void setDesktopNotifications(bool on);
    int contextSeconds() const;
    void setContextSeconds(int seconds);
    QString lastError() const { return m_lastError; }
    QString storageFolder() const;

    /// Rules a team shares through a relay profile's rules bucket (RelayLink). They run beside
    /// the local rules and are listed with them, marked shared and read-only: they are edited
    /// in the bucket, never saved in rules.json, and come back from the bucket after a
    /// restart. A shared rule with the id of a local rule runs instead of it while it is
    /// shared (the team's version wins; the local one returns when the bucket drops it).
    /// from: what the list says about the source ("bucket team-rules · Team relay").
    /// Empty rules: the source shares none (any more).
    void setSharedRules(const QString &sourceId, const QString &from, const QList<AlertRule> &rules);
    /// The rules of this desktop only (what rules.json holds and export writes).
    const QList<AlertRule> &localRules() const { return m_local; }
    /// Shows a problem with shared rules (a bucket value that is not a rule) on the Alerts page.
    void reportProblem(const QString &message) { setError(message); }
    /// True when the rule comes from a shared bucket (read-only here).
    Q_INVOKABLE bool isShared(const QString &ruleId) const;

    /// Feeds every connection of the registry into the engine (the app calls this once).
    void follow(ConnectionRegistry *registry);
    /// Writes pending history now (also on quit and destruction).
    void flush();
    /// On the very first run (no rules file yet) installs a small set of useful rules.
    void seedStarterRules();

    // QML
    /// [{id, label, parameters: [...], defaultTemplate}] for the rule editor.
    Q_INVOKABLE QVariantList ruleKinds() const;
    /// [{id, label, available}] of the actions a rule can take, for the rule editor.
    Q_INVOKABLE QVariantList ruleActions() const;
    /// A new rule of a kind with sensible defaults, as a map for the editor.
    Q_INVOKABLE QVariantMap newRule(const QString &kindId) const;
    /// Adds or replaces a rule from the editor's map. Returns an empty string, or the
    /// sentence that explains what is wrong.
    Q_INVOKABLE QString saveRule(const QVariantMap &fields);
    /// The rule the editor's map describes (as saveRule() reads it, without saving it: the
    /// dry run runs the rule being edited). Returns false and sets error on a bad map.
    static bool ruleFromFields(const QVariantMap &fields, AlertRule &rule, QString *error);
    Q_INVOKABLE void removeRule(const QString &ruleId);
    Q_INVOKABLE void setRuleEnabled(const QString &ruleId, bool enabled);
    Q_INVOKABLE bool acknowledge(const QString &alertId);
    Q_INVOKABLE int acknowledgeAll();
    Q_INVOKABLE void clearHistory();
    /// Replaces all rules from a rules file (the CLI's format); returns "" or an error.
    Q_INVOKABLE QString importRules(const QUrl &file);
    Q_INVOKABLE bool exportRules(const QUrl &file);
    /// Feeds an observation as if a connection had reported it (used by tests and replay
    /// of non-connection sources).
    void observe(const Observation &observation);

Q_SIGNALS:
    void unacknowledgedCountChanged();
    void settingsChanged();
    void lastErrorChanged();
    /// Every fired alert (the tray shows it as a desktop notification).
    void alertFired(const QString &title, const QString &message, const QString &severity);

private:
    void onAlert(const Alert &fired);
    QString runActions(const Alert &alert, const AlertRule &rule);
    void setError(const QString &message);
    void rulesChanged();
    /// The local rules and the shared ones into the list, the engine and the notifiers;
    /// saveLocal also writes the local ones to rules.json.
    void applyRules(bool saveLocal);
    /// rule id → the source's words, for every rule that runs from a shared bucket.
    QHash<QString, QString> sharedFrom() const;
    void scheduleSave();

    std::unique_ptr<AlertStore> m_store;
    AlertEngine *m_engine;
    AlertFeeds *m_feeds;
    AlertHistoryModel *m_history;
    AlertRuleModel *m_rules;
    QList<AlertRule> m_local; ///< this desktop's rules (rules.json)
    struct SharedSet {
        QString from;
        QList<AlertRule> rules;
    };
    QMap<QString, SharedSet> m_shared; ///< source id (a relay profile) → its bucket's rules
    WebhookNotifier *m_webhooks;
    AlertNotifiers *m_notifiers;
    QTimer m_tick;
    QTimer m_saveTimer;
    QList<Alert> m_pending;   // alerts waiting for the batched insert
    QTimer m_batchTimer;
    bool m_sound = false;
    bool m_desktop = true;
    QString m_lastError;
    QHash<QString, ActionHandler> m_actions;
};

/// Reads a rules file ({"rules": [...]} or a bare array). Returns false and sets error to
/// a sentence naming the bad rule.
bool loadRulesFile(const QString &path, QList<AlertRule> &out, QString *error);
