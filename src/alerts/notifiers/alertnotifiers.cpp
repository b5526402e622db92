#include "alertnotifiers.h"

#include "alertmanagernotifier.h"
#include "alertsound.h"
#include "webhookpresets.h"
#include "alerts/webhooknotifier.h"
#include "core/keystore.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QPointer>
#include <QSettings>

namespace {
const QString UrlKey = QStringLiteral("alerts/alertmanagerUrl");
const QString LabelsKey = QStringLiteral("alerts/alertmanagerLabels");
const QString ResendKey = QStringLiteral("alerts/alertmanagerResendSec");
} // namespace

AlertNotifiers::AlertNotifiers(bool persist, QObject *parent)
    : QObject(parent)
    , m_alertmanager(new AlertmanagerNotifier(this))
    , m_sound(new AlertSound(this))
    , m_persist(persist)
{
    if (persist) {
        QSettings settings;
        m_alertmanagerUrl = settings.value(UrlKey).toString();
        m_alertmanagerLabels = QJsonDocument::fromJson(settings.value(LabelsKey).toByteArray()).object();
        AlertmanagerSettings am;
        am.resendIntervalMs = std::max(5, settings.value(ResendKey, 60).toInt()) * 1000;
        m_alertmanager->setSettings(am);
    }
    connect(m_alertmanager, &AlertmanagerNotifier::statusChanged, this, &AlertNotifiers::statusChanged);
}

QString AlertNotifiers::alertmanagerStatus() const
{
    return m_alertmanager->statusText();
}

int AlertNotifiers::alertmanagerOpen() const
{
    return m_alertmanager->openCount();
}

QString AlertNotifiers::applyAlertmanager(const QString &url, const QString &labels)
{
    const QString trimmed = url.trimmed();
    if (!trimmed.isEmpty()) {
        // The same check a rule's own URL gets.
        AlertRule probe;
        probe.name = QStringLiteral("probe");
        probe.alertmanagerUrl = trimmed;
        const QString problem = probe.validate();
        if (!problem.isEmpty())
            return problem;
    }
    QJsonObject parsed;
    QString error;
    if (!AlertRule::parseLabels(labels, parsed, &error))
        return error;
    if (trimmed == m_alertmanagerUrl && parsed == m_alertmanagerLabels)
        return {};
    m_alertmanagerUrl = trimmed;
    m_alertmanagerLabels = parsed;
    if (m_persist) {
        QSettings settings;
        settings.setValue(UrlKey, m_alertmanagerUrl);
        settings.setValue(LabelsKey, QJsonDocument(m_alertmanagerLabels).toJson(QJsonDocument::Compact));
    }
    setRules(m_rules); // rules that follow the global Alertmanager move with it
    Q_EMIT settingsChanged();
    return {};
}

QUrl AlertNotifiers::alertmanagerFor(const AlertRule &rule) const
{
    if (!rule.sendsToAlertmanager())
        return {};
    const QString url = rule.alertmanagerUrl.isEmpty() ? m_alertmanagerUrl : rule.alertmanagerUrl;
    return url.isEmpty() ? QUrl() : QUrl(url);
}

QVariantList AlertNotifiers::soundChoices() const
{
    return AlertSound::choices();
}

QVariantList AlertNotifiers::webhookPresets() const
{
    QVariantList out;
    for (WebhookPresets::Preset p : WebhookPresets::all())
        out << QVariantMap{{QStringLiteral("id"), WebhookPresets::id(p)}, {QStringLiteral("label"), WebhookPresets::label(p)}};
    return out;
}

QString AlertNotifiers::newRuleId() const
{
    return AlertRule::newId();
}

void AlertNotifiers::storeWebhookToken(const QString &ruleId, const QString &token)
{
    if (!m_keys || ruleId.isEmpty()) {
        Q_EMIT webhookTokenStored(ruleId, tr("There is no key store to keep the token in."));
        return;
    }
    QPointer<AlertNotifiers> self(this);
    m_keys->writeKey(WebhookPresets::tokenKeyId(ruleId), token.trimmed(), [self, ruleId](const KeyStore::Result &r) {
        if (self)
            Q_EMIT self->webhookTokenStored(ruleId, r.ok() ? QString() : r.message);
    });
}

void AlertNotifiers::checkWebhookToken(const QString &ruleId)
{
    if (!m_keys || ruleId.isEmpty()) {
        Q_EMIT webhookTokenPresence(ruleId, false);
        return;
    }
    QPointer<AlertNotifiers> self(this);
    m_keys->readKey(WebhookPresets::tokenKeyId(ruleId), [self, ruleId](const KeyStore::Result &r) {
        if (self)
            Q_EMIT self->webhookTokenPresence(ruleId, r.ok() && !r.key.isEmpty());
    });
}

void AlertNotifiers::sendWebhook(const Alert &alert, const AlertRule &rule)
{
    WebhookPresets::Preset preset = WebhookPresets::Preset::Generic;
    WebhookPresets::fromId(rule.webhookPreset, preset);
    const QByteArray body = WebhookPresets::bodyFor(preset, alert, rule.telegramChatId);
    if (preset != WebhookPresets::Preset::Telegram) {
        m_webhooks->send(QUrl(rule.webhookUrl), body, alert);
        return;
    }
    // The bot token is part of the URL: read it for each alert (never kept in the rule) and
    // register it, so every log line and error text masks it.
    if (!m_keys) {
        m_webhooks->reportFailure(alert, tr("There is no key store to read the Telegram bot token from."));
        return;
    }
    const QUrl base(rule.webhookUrl);
    QPointer<AlertNotifiers> self(this);
    m_keys->readKey(WebhookPresets::tokenKeyId(rule.id), [self, alert, base, body](const KeyStore::Result &r) {
        if (!self || !self->m_webhooks)
            return;
        if (!r.ok() || r.key.isEmpty()) {
            self->m_webhooks->reportFailure(
                alert, r.error == KeyStore::Error::NotFound || r.key.isEmpty()
                           ? tr("No Telegram bot token is stored for this rule: enter it in the rule editor.")
                           : tr("The Telegram bot token could not be read: %1").arg(r.message));
            return;
        }
        Redact::registerSecret(r.key);
        self->m_webhooks->send(WebhookPresets::urlFor(WebhookPresets::Preset::Telegram, base, r.key), body, alert);
    });
}

void AlertNotifiers::alertRaised(const Alert &alert, const AlertRule &rule)
{
    if (m_webhooks && rule.sendsWebhook())
        sendWebhook(alert, rule);
    const QUrl base = alertmanagerFor(rule);
    if (base.isEmpty())
        return;
    QJsonObject labels = m_alertmanagerLabels;
    for (auto it = rule.alertmanagerLabels.constBegin(); it != rule.alertmanagerLabels.constEnd(); ++it)
        labels.insert(it.key(), it.value());
    const QString key = m_recovery.fired(rule, alert);
    const bool event = AlertRecoveryTracker::recoveryOf(rule.kind) == AlertRecoveryTracker::Recovery::AfterHold;
    const qint64 start = alert.timestampMs;
    m_ruleTargets.insert(rule.id, base.toString());
    m_alertmanager->fire(key, base, alert, labels, event ? start + AlertRecoveryTracker::holdMsOf(rule) : 0);
    Q_EMIT statusChanged();
}

void AlertNotifiers::setRules(const QList<AlertRule> &rules)
{
    // A removed Telegram rule takes its bot token with it (when the rules are ours).
    if (m_keys && m_ownsRuleTokens) {
        for (const AlertRule &old : std::as_const(m_rules)) {
            if (old.webhookPreset != QLatin1String("telegram"))
                continue;
            const bool kept = std::any_of(rules.cbegin(), rules.cend(), [&old](const AlertRule &r) { return r.id == old.id; });
            if (!kept)
                m_keys->deleteKey(WebhookPresets::tokenKeyId(old.id), [](const KeyStore::Result &) {});
        }
    }
    m_rules = rules;
    resolveAll(m_recovery.retain(rules));
    // Event alerts are not in the tracker: end those of rules that no longer send there.
    QHash<QString, const AlertRule *> byId;
    for (const AlertRule &r : rules)
        byId.insert(r.id, &r);
    for (auto it = m_ruleTargets.begin(); it != m_ruleTargets.end();) {
        const AlertRule *rule = byId.value(it.key());
        if (!rule || !rule->enabled || alertmanagerFor(*rule).toString() != it.value()) {
            m_alertmanager->resolveRule(it.key());
            it = m_ruleTargets.erase(it);
        } else {
            ++it;
        }
    }
    Q_EMIT statusChanged();
}

void AlertNotifiers::observe(const Observation &observation)
{
    if (m_recovery.watching() > 0)
        resolveAll(m_recovery.observe(observation));
}

void AlertNotifiers::observeConnection(const ConnectionObservation &connection)
{
    if (m_recovery.watching() > 0)
        resolveAll(m_recovery.observeConnection(connection));
}

void AlertNotifiers::resolveAll(const QStringList &keys)
{
    for (const QString &key : keys)
        m_alertmanager->resolve(key);
    if (!keys.isEmpty())
        Q_EMIT statusChanged();
}
