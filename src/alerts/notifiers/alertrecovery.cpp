#include "alertrecovery.h"

#include <cmath>

AlertRecoveryTracker::Recovery AlertRecoveryTracker::recoveryOf(AlertRule::Kind kind)
{
    using K = AlertRule::Kind;
    switch (kind) {
    case K::PriceAbove:
    case K::PriceBelow:
    case K::BalanceBelow:
    case K::StreamStale:
    case K::ConnectionDown: return Recovery::OnCondition;
    default: return Recovery::AfterHold;
    }
}

qint64 AlertRecoveryTracker::holdMsOf(const AlertRule &rule)
{
    return std::max<qint64>(60, rule.cooldownSec) * 1000;
}

QString AlertRecoveryTracker::keyOf(const QString &ruleId, const QString &provider, const QString &source,
                                    const QString &subject)
{
    return ruleId + QChar(0x1f) + provider + QChar(0x1f) + source + QChar(0x1f) + subject;
}

QString AlertRecoveryTracker::keyOf(const Alert &alert)
{
    // A blind alert is open beside the rule's own (it ends differently).
    const QString key = keyOf(alert.ruleId, alert.provider, alert.source, alert.subject);
    return alert.blind ? key + QChar(0x1f) + QStringLiteral("blind") : key;
}

QString AlertRecoveryTracker::fired(const AlertRule &rule, const Alert &alert)
{
    const QString key = keyOf(alert);
    if (alert.blind)
        m_open.insert(key, Open{rule, alert.provider, alert.source, alert.subject, true});
    else if (recoveryOf(rule.kind) == Recovery::OnCondition)
        m_open.insert(key, Open{rule, alert.provider, alert.source, alert.subject});
    return key;
}

bool AlertRecoveryTracker::cleared(const Open &open, double v)
{
    using K = AlertRule::Kind;
    const double level = open.rule.level;
    // The band and comparisons of RuleEvaluator::evaluateLevel's re-arm branch.
    const double band = std::abs(level) * open.rule.hysteresisPct / 100.0;
    switch (open.rule.kind) {
    case K::PriceAbove: return v < level - band;
    case K::PriceBelow:
    case K::BalanceBelow: return v > level + band;
    default: return false;
    }
}

QStringList AlertRecoveryTracker::observe(const Observation &o)
{
    QStringList out;
    if (m_open.isEmpty())
        return out;
    for (auto it = m_open.begin(); it != m_open.end();) {
        const Open &open = it.value();
        bool clear = false;
        auto scoped = [&o](const QString &want, const QString &have) {
            return want.isEmpty() || want.compare(have, Qt::CaseInsensitive) == 0;
        };
        if (open.blind) {
            // Data in the rule's scope (empty parts match anything): the rule sees again.
            clear = o.kind != QLatin1String("paused") && scoped(open.rule.provider, o.provider)
                && scoped(open.rule.source, o.source) && scoped(open.rule.subject, o.subject);
        } else if (open.provider == o.provider && open.source == o.source && open.subject == o.subject) {
            if (open.rule.kind == AlertRule::Kind::StreamStale) {
                clear = true; // data again
            } else if (open.rule.kind != AlertRule::Kind::ConnectionDown) {
                const QString metric = open.rule.effectiveMetric();
                if (o.hasMetric(metric)) {
                    const double v = o.metric(metric);
                    clear = std::isfinite(v) && cleared(open, v);
                }
            }
        }
        if (clear) {
            out << it.key();
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

QStringList AlertRecoveryTracker::observeConnection(const ConnectionObservation &c)
{
    QStringList out;
    if (c.down)
        return out;
    for (auto it = m_open.begin(); it != m_open.end();) {
        const Open &open = it.value();
        // A ConnectionDown trigger names provider, profile id (source) and connection (subject).
        if (open.rule.kind == AlertRule::Kind::ConnectionDown && open.provider == c.provider
            && open.source == c.profileId && open.subject == c.name) {
            out << it.key();
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

QStringList AlertRecoveryTracker::retain(const QList<AlertRule> &rules)
{
    QHash<QString, const AlertRule *> byId;
    for (const AlertRule &r : rules)
        byId.insert(r.id, &r);
    QStringList out;
    for (auto it = m_open.begin(); it != m_open.end();) {
        const AlertRule *now = byId.value(it.value().rule.id);
        // A changed definition starts the engine's state afresh, so its open alerts end.
        if (!now || !now->enabled || now->toJson() != it.value().rule.toJson()) {
            out << it.key();
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}
