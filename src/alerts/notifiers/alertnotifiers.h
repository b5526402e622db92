#pragma once
// The notification channels a fired alert goes to beyond the history: the rule's webhook
// (generic JSON or a chat preset: Slack, Discord, Telegram with its bot token from the key
// store) and Prometheus Alertmanager (open until the condition clears), with the global
// settings the Settings page edits. AlertCenter owns one, hands it every fired alert with its rule, the observations
// (for recovery) and the rules whenever they change.

#include "alerts/alert.h"
#include "alertrecovery.h"
#include "core/observation.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class AlertmanagerNotifier;
class AlertSound;
class KeyStore;
class WebhookNotifier;

class AlertNotifiers : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by AlertCenter")
    /// The Alertmanager rules send to unless they name their own (empty: none).
    Q_PROPERTY(QString alertmanagerUrl READ alertmanagerUrl NOTIFY settingsChanged)
    /// Labels added to every alert sent to an Alertmanager, "name=value, …".
    Q_PROPERTY(QString alertmanagerLabels READ alertmanagerLabels NOTIFY settingsChanged)
    /// The last outcome ("accepted 2 alerts" or the error), for Settings.
    Q_PROPERTY(QString alertmanagerStatus READ alertmanagerStatus NOTIFY statusChanged)
    Q_PROPERTY(int alertmanagerOpen READ alertmanagerOpen NOTIFY statusChanged)

public:
    /// persist: read and write the global settings in QSettings (tests pass false).
    AlertNotifiers(bool persist, QObject *parent);

    QString alertmanagerUrl() const { return m_alertmanagerUrl; }
    QString alertmanagerLabels() const { return AlertRule::formatLabels(m_alertmanagerLabels); }
    QString alertmanagerStatus() const;
    int alertmanagerOpen() const;
    AlertmanagerNotifier *alertmanager() const { return m_alertmanager; }
    const AlertRecoveryTracker &recovery() const { return m_recovery; }

    /// Sets the global Alertmanager URL and labels; returns "" or the sentence that says
    /// what is wrong (nothing is changed then).
    Q_INVOKABLE QString applyAlertmanager(const QString &url, const QString &labels);
    /// The Alertmanager a rule's alerts go to (its own, else the global one); empty if none.
    QUrl alertmanagerFor(const AlertRule &rule) const;

    /// The webhook sender (AlertCenter's, whose per-rule state the rule list shows).
    void setWebhooks(WebhookNotifier *webhooks) { m_webhooks = webhooks; }
    /// Where Telegram bot tokens are kept; without one, Telegram webhooks fail visibly.
    void setKeyStore(KeyStore *keys) { m_keys = keys; }
    /// Whether the rules are this process's own, so a removed rule takes its Telegram token
    /// out of the key store (the app: yes). A headless runner only reads tokens it does not
    /// own (`alerts --rules-bucket`, a rules file that another program edits): no.
    void setOwnsRuleTokens(bool owns) { m_ownsRuleTokens = owns; }

    AlertSound *sound() const { return m_sound; }
    /// [{id, label}] of the sound choices, for the rule editor.
    Q_INVOKABLE QVariantList soundChoices() const;
    /// [{id, label}] of the webhook presets, for the rule editor.
    Q_INVOKABLE QVariantList webhookPresets() const;
    /// An id for a rule that has none yet (the editor stores a token before the rule exists).
    Q_INVOKABLE QString newRuleId() const;
    /// Stores a rule's Telegram bot token in the key store; emits webhookTokenStored.
    Q_INVOKABLE void storeWebhookToken(const QString &ruleId, const QString &token);
    /// Asks whether a token is stored for the rule; emits webhookTokenPresence.
    Q_INVOKABLE void checkWebhookToken(const QString &ruleId);

    /// A fired alert and the rule that fired it.
    void alertRaised(const Alert &alert, const AlertRule &rule);
    /// The current rules: open alerts of rules that are gone, disabled, changed or no longer
    /// sent to an Alertmanager end now.
    void setRules(const QList<AlertRule> &rules);

public Q_SLOTS:
    void observe(const Observation &observation);
    void observeConnection(const ConnectionObservation &connection);

Q_SIGNALS:
    void settingsChanged();
    void statusChanged();
    /// message: "" when stored, else the sentence saying why not.
    void webhookTokenStored(const QString &ruleId, const QString &message);
    void webhookTokenPresence(const QString &ruleId, bool present);

private:
    void resolveAll(const QStringList &keys);
    void sendWebhook(const Alert &alert, const AlertRule &rule);

    AlertmanagerNotifier *m_alertmanager;
    WebhookNotifier *m_webhooks = nullptr;
    AlertSound *m_sound;
    KeyStore *m_keys = nullptr;
    AlertRecoveryTracker m_recovery;
    QString m_alertmanagerUrl;
    QJsonObject m_alertmanagerLabels;
    QList<AlertRule> m_rules;
    QHash<QString, QString> m_ruleTargets; // rule id → the Alertmanager it sent to
    bool m_persist;
    bool m_ownsRuleTokens = true;
};
