#include "alertrulemodel.h"

#include "alertengine.h"
#include "webhooknotifier.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <utility>
#include <cmath>

AlertRuleModel::AlertRuleModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void AlertRuleModel::setEngine(const AlertEngine *engine)
{
    m_engine = engine;
    m_statusTimer.setInterval(1000);
    connect(&m_statusTimer, &QTimer::timeout, this, &AlertRuleModel::refreshStatus, Qt::UniqueConnection);
    m_statusTimer.start();
    refreshStatus();
}

void AlertRuleModel::refreshStatus()
{
    if (!m_engine)
        return;
    for (int row = 0; row < m_rules.size(); ++row) {
        const QString &id = m_rules.at(row).id;
        const RuleStatus next = m_engine->status(id);
        const auto it = m_status.constFind(id);
        const bool same = it != m_status.cend() && it->state == next.state && it->lastValueMs == next.lastValueMs
            && it->lastSubject == next.lastSubject && it->lastSubjectLabel == next.lastSubjectLabel && it->detail == next.detail
            && (it->lastValue == next.lastValue || (std::isnan(it->lastValue) && std::isnan(next.lastValue)))
            && it->blind == next.blind && it->blindReason == next.blindReason && it->blindTotalMs == next.blindTotalMs;
        bool labelChanged = it == m_status.cend() || it->subjectLabel != next.subjectLabel;
        m_status.insert(id, next);
        // A composite's conditions each name their own subject, by the same labels.
        QHash<QString, QString> conditionLabels;
        for (const AlertRule &c : m_rules.at(row).conditions) {
            if (!c.subject.isEmpty())
                conditionLabels.insert(c.subject, m_engine->subjectLabel(id, c.subject));
        }
        if (m_conditionLabels.value(id) != conditionLabels) {
            labelChanged = true;
            m_conditionLabels.insert(id, conditionLabels);
        }
        if (!same)
            Q_EMIT dataChanged(index(row), index(row),
                               {StateRole, StateLabelRole, LastValueRole, LastValueTimeRole, LastSubjectRole, BlindRole,
                                BlindReasonRole, BlindTotalRole, BlindTextRole});
        if (labelChanged)
            Q_EMIT dataChanged(index(row), index(row), {SummaryRole});
    }
}

void AlertRuleModel::setNotifier(WebhookNotifier *notifier)
{
    m_notifier = notifier;
    connect(notifier, &WebhookNotifier::stateChanged, this, [this](const QString &ruleId) {
        changed(ruleId, {WebhookStateRole, WebhookErrorRole});
    });
}

int AlertRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

QVariant AlertRuleModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const AlertRule &r = m_rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return r.name;
    case IdRole: return r.id;
    case KindRole: return AlertRule::kindId(r.kind);
    case KindLabelRole: return AlertRule::kindLabel(r.kind);
    case EnabledRole: return r.enabled;
    case SeverityRole: return AlertSeverities::toId(r.severity);
    case SummaryRole: return summarize(r, m_status.value(r.id).subjectLabel, m_conditionLabels.value(r.id));
    case WebhookUrlRole: return r.webhookUrl;
    case WebhookStateRole:
        if (!r.sendsWebhook())
            return QString();
        return WebhookNotifier::stateId(m_notifier ? m_notifier->state(r.id) : WebhookNotifier::State::Idle);
    case WebhookErrorRole: return m_notifier ? m_notifier->lastError(r.id) : QString();
    case FiredCountRole: return m_fired.value(r.id).first;
    case LastFiredRole: return double(m_fired.value(r.id).second);
    case RuleRole: return r.toJson().toVariantMap();
    case StateRole: return RuleStatus::stateId(m_status.value(r.id).state);
    case StateLabelRole: {
        // A composite adds its progress: "waiting for the other conditions · step 1 of 2 met 12 s ago".
        const RuleStatus status = m_status.value(r.id);
        const QString label = RuleStatus::stateLabel(status.state);
        return status.detail.isEmpty() ? label : label + QStringLiteral(" · ") + status.detail;
    }
    case LastValueRole: return m_status.value(r.id).lastValue;
    case LastValueTimeRole: return double(m_status.value(r.id).lastValueMs);
    case LastSubjectRole: {
        const RuleStatus status = m_status.value(r.id);
        return status.lastSubjectLabel.isEmpty() ? status.lastSubject : status.lastSubjectLabel;
    }
    case BlindRole: return m_status.value(r.id).blind;
    case BlindReasonRole: return m_status.value(r.id).blindReason;
    case BlindTotalRole: return double(m_status.value(r.id).blindTotalMs);
    case SharedRole: return m_sharedFrom.contains(r.id);
    case SharedFromRole: return m_sharedFrom.value(r.id);
    case BlindTextRole: return blindText(m_status.value(r.id), m_engine ? m_engine->now() : QDateTime::currentMSecsSinceEpoch());
    }
    return {};
}

QHash<int, QByteArray> AlertRuleModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {IdRole, "ruleId"}, {NameRole, "name"}, {KindRole, "kind"}, {KindLabelRole, "kindLabel"},
        {EnabledRole, "enabled"}, {SeverityRole, "severity"}, {SummaryRole, "summary"},
        {WebhookUrlRole, "webhookUrl"}, {WebhookStateRole, "webhookState"}, {WebhookErrorRole, "webhookError"},
        {FiredCountRole, "firedCount"}, {LastFiredRole, "lastFired"}, {RuleRole, "rule"},
        {StateRole, "ruleState"}, {StateLabelRole, "ruleStateLabel"}, {LastValueRole, "lastValue"},
        {LastValueTimeRole, "lastValueTime"}, {LastSubjectRole, "lastSubject"}, {BlindRole, "blind"},
        {BlindReasonRole, "blindReason"}, {BlindTotalRole, "blindTotal"}, {BlindTextRole, "blindText"},
        {SharedRole, "shared"}, {SharedFromRole, "sharedFrom"},
    };
    return names;
}

void AlertRuleModel::setRules(const QList<AlertRule> &rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
    Q_EMIT countChanged();
}

void AlertRuleModel::sync(const QList<AlertRule> &rules, const QHash<QString, QString> &sharedFrom)
{
    QHash<QString, int> wanted; // id → index in rules
    for (int i = 0; i < rules.size(); ++i)
        wanted.insert(rules.at(i).id, i);
    const QHash<QString, QString> wasShared = std::exchange(m_sharedFrom, sharedFrom);
    for (int row = int(m_rules.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rules.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rules.removeAt(row);
        endRemoveRows();
    }
    QList<AlertRule> added;
    for (const AlertRule &rule : rules) {
        const int row = rowOf(rule.id);
        if (row < 0) {
            added << rule;
            continue;
        }
        if (m_rules.at(row).toJson() == rule.toJson() && wasShared.value(rule.id) == sharedFrom.value(rule.id))
            continue;
        m_rules[row] = rule;
        Q_EMIT dataChanged(index(row), index(row));
    }
    if (!added.isEmpty()) {
        const int first = int(m_rules.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rules.append(added);
        endInsertRows();
    }
    Q_EMIT countChanged();
}

int AlertRuleModel::rowOf(const QString &ruleId) const
{
    for (int i = 0; i < m_rules.size(); ++i) {
        if (m_rules.at(i).id == ruleId)
            return i;
    }
    return -1;
}

void AlertRuleModel::upsert(const AlertRule &rule)
{
    const int row = rowOf(rule.id);
    if (row >= 0) {
        m_rules[row] = rule;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    const int end = int(m_rules.size());
    beginInsertRows({}, end, end);
    m_rules.append(rule);
    endInsertRows();
    Q_EMIT countChanged();
}

bool AlertRuleModel::remove(const QString &ruleId)
{
    const int row = rowOf(ruleId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
    m_fired.remove(ruleId);
    Q_EMIT countChanged();
    return true;
}

void AlertRuleModel::noteFired(const QString &ruleId, qint64 timestampMs)
{
    auto &entry = m_fired[ruleId];
    ++entry.first;
    entry.second = timestampMs;
    changed(ruleId, {FiredCountRole, LastFiredRole});
    refreshStatus();
}

void AlertRuleModel::changed(const QString &ruleId, const QList<int> &roles)
{
    const int row = rowOf(ruleId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

QString AlertRuleModel::barLength(int seconds)
{
    if (seconds > 0 && seconds % 86400 == 0)
        return tr("%1 d").arg(seconds / 86400);
    if (seconds > 0 && seconds % 3600 == 0)
        return tr("%1 h").arg(seconds / 3600);
    if (seconds > 0 && seconds % 60 == 0)
        return tr("%1 min").arg(seconds / 60);
    return tr("%1 s").arg(seconds);
}

QString AlertRuleModel::durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 == 0 ? tr("%1 min").arg(s / 60) : tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    const qint64 minutes = (s % 3600) / 60;
    return minutes == 0 ? tr("%1 h").arg(s / 3600) : tr("%1 h %2 min").arg(s / 3600).arg(minutes);
}

QString AlertRuleModel::blindText(const RuleStatus &status, qint64 nowMs)
{
    if (status.blind) {
        const qint64 current = nowMs - status.blindSinceMs;
        QString text = tr("blind for %1: %2").arg(durationText(current), BlindTracker::reasonLabel(BlindTracker::reasonFromId(status.blindReason)));
        // Earlier stretches add up to more than a second: say the total too.
        if (status.blindTotalMs - current >= 1000)
            text += QStringLiteral(" · ") + tr("%1 in total").arg(durationText(status.blindTotalMs));
        return text;
    }
    if (status.blindTotalMs >= 1000)
        return tr("blind %1 in total").arg(durationText(status.blindTotalMs));
    return {};
}

QString AlertRuleModel::summarize(const AlertRule &r, const QString &subjectLabel, const QHash<QString, QString> &conditionLabels)
{
    using K = AlertRule::Kind;
    QString scope = r.subject.isEmpty() ? tr("any subject") : (subjectLabel.isEmpty() ? r.subject : subjectLabel);
    if (!r.provider.isEmpty())
        scope = r.provider + QStringLiteral(" · ") + scope;
    const QString metric = r.effectiveMetric();
    const QString bar = barLength(r.barSec);
    const QString within = r.windowBars > 0 ? tr("%n bar(s) of %1", nullptr, r.windowBars).arg(bar) : tr("%1 s").arg(r.windowSec);
    QString condition;
    switch (r.kind) {
    case K::PriceAbove: condition = tr("%1 above %2").arg(metric).arg(r.level); break;
    case K::PriceBelow: condition = tr("%1 below %2").arg(metric).arg(r.level); break;
    case K::PriceCross: condition = tr("%1 crosses %2").arg(metric).arg(r.level); break;
    case K::CrossUp: condition = tr("%1 crosses %2 upwards").arg(metric).arg(r.level); break;
    case K::CrossDown: condition = tr("%1 crosses %2 downwards").arg(metric).arg(r.level); break;
    case K::ChannelEnter: condition = tr("%1 enters %2 .. %3").arg(metric).arg(r.level).arg(r.upperLevel); break;
    case K::ChannelExit: condition = tr("%1 leaves %2 .. %3").arg(metric).arg(r.level).arg(r.upperLevel); break;
    case K::ChannelInside: condition = tr("%1 inside %2 .. %3").arg(metric).arg(r.level).arg(r.upperLevel); break;
    case K::ChannelOutside: condition = tr("%1 outside %2 .. %3").arg(metric).arg(r.level).arg(r.upperLevel); break;
    case K::PercentChange:
        condition = r.direction == QLatin1String("up")     ? tr("%1 rises %2% within %3").arg(metric).arg(r.threshold).arg(within)
            : r.direction == QLatin1String("down") ? tr("%1 falls %2% within %3").arg(metric).arg(r.threshold).arg(within)
                                                   : tr("%1 moves %2% within %3").arg(metric).arg(r.threshold).arg(within);
        break;
    case K::AmountChange:
        condition = r.direction == QLatin1String("up")     ? tr("%1 rises by %2 within %3").arg(metric).arg(r.threshold).arg(within)
            : r.direction == QLatin1String("down") ? tr("%1 falls by %2 within %3").arg(metric).arg(r.threshold).arg(within)
                                                   : tr("%1 moves by %2 within %3").arg(metric).arg(r.threshold).arg(within);
        break;
    case K::VolumeSpike: condition = tr("%1 > %2× average of %3").arg(metric).arg(r.threshold).arg(r.samples); break;
    case K::RecordMatch:
        condition = tr("record matches %1").arg(QString::fromUtf8(QJsonDocument(r.filter).toJson(QJsonDocument::Compact)));
        break;
    case K::TweetMatch: {
        QStringList parts;
        if (!r.keywords.isEmpty())
            parts << tr("keywords %1").arg(r.keywords.join(QStringLiteral(", ")));
        if (!r.author.isEmpty())
            parts << QStringLiteral("@") + r.author;
        if (!r.monitor.isEmpty())
            parts << tr("monitor %1").arg(r.monitor);
        if (!r.tweetRule.isEmpty())
            parts << tr("rule %1").arg(r.tweetRule);
        condition = tr("tweet with %1").arg(parts.join(QStringLiteral(", ")));
        break;
    }
    case K::StreamStale: condition = tr("no data for %1 s").arg(r.windowSec); break;
    case K::BlockGap: condition = tr("%1 or more blocks missing").arg(r.threshold); break;
    case K::ConnectionDown: condition = tr("down for %1 s").arg(r.windowSec); break;
    case K::BalanceBelow: condition = tr("balance below %1").arg(r.level); break;
    case K::BalanceForecast: condition = tr("balance runs out within %1 h").arg(r.threshold); break;
    case K::Composite: {
        // Each condition with its own scope: "tweets · any subject · tweet with keywords SOL, then …".
        QStringList parts;
        for (const AlertRule &c : r.conditions)
            parts << summarize(c, conditionLabels.value(c.subject), conditionLabels);
        if (r.combine == QLatin1String("sequence"))
            return tr("%1 (each step within %2 s)").arg(parts.join(tr(", then "))).arg(r.withinSec) + triggerSuffix(r);
        if (r.combine == QLatin1String("any"))
            return tr("any of: %1").arg(parts.join(QStringLiteral("; "))) + triggerSuffix(r);
        return tr("all of: %1 (events within %2 s)").arg(parts.join(QStringLiteral("; "))).arg(r.withinSec) + triggerSuffix(r);
    }
    }
    return scope + QStringLiteral(" · ") + condition + triggerSuffix(r);
}

QString AlertRuleModel::triggerSuffix(const AlertRule &r)
{
    const QString bar = barLength(r.barSec);
    QString out;
    switch (r.triggerMode) {
    case AlertRule::TriggerMode::EveryTime: break;
    case AlertRule::TriggerMode::OnlyOnce: out += QStringLiteral(" · ") + tr("only once"); break;
    case AlertRule::TriggerMode::OncePerBar: out += QStringLiteral(" · ") + tr("once per %1 bar").arg(bar); break;
    case AlertRule::TriggerMode::OncePerBarClose: out += QStringLiteral(" · ") + tr("once per %1 bar close").arg(bar); break;
    }
    if (r.expiresAtMs > 0)
        out += QStringLiteral(" · ")
            + tr("until %1").arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.expiresAtMs), QLocale::ShortFormat));
    if (r.blindAlertSec > 0)
        out += QStringLiteral(" · ") + tr("alert when blind for %1").arg(durationText(qint64(r.blindAlertSec) * 1000));
    QStringList actions;
    for (const QString &action : r.actions)
        actions << AlertRule::actionLabel(action);
    if (!actions.isEmpty())
        out += QStringLiteral(" · ") + tr("then %1").arg(actions.join(QStringLiteral(", ")));
    return out;
}
