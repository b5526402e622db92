#include "alertnotifiers.h"

#include "alertmanagernotifier.h"

#include <QJsonDocument>
#include <QSettings>

namespace {
const QString UrlKey = QStringLiteral("alerts/alertmanagerUrl");
const QString LabelsKey = QStringLiteral("alerts/alertmanagerLabels");
const QString ResendKey = QStringLiteral("alerts/alertmanagerResendSec");
} // namespace

AlertNotifiers::AlertNotifiers(bool persist, QObject *parent)
    : QObject(parent)
    , m_alertmanager(new AlertmanagerNotifier(this))
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

void AlertNotifiers::alertRaised(const Alert &alert, const AlertRule &rule)
{
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
