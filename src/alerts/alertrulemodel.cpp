#include "alertrulemodel.h"

#include "webhooknotifier.h"

#include <QJsonDocument>

AlertRuleModel::AlertRuleModel(QObject *parent)
    : QAbstractListModel(parent)
{
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
    case SummaryRole: return summarize(r);
    case WebhookUrlRole: return r.webhookUrl;
    case WebhookStateRole:
        if (!r.sendsWebhook())
            return QString();
        return WebhookNotifier::stateId(m_notifier ? m_notifier->state(r.id) : WebhookNotifier::State::Idle);
    case WebhookErrorRole: return m_notifier ? m_notifier->lastError(r.id) : QString();
    case FiredCountRole: return m_fired.value(r.id).first;
    case LastFiredRole: return double(m_fired.value(r.id).second);
    case RuleRole: return r.toJson().toVariantMap();
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
}

void AlertRuleModel::changed(const QString &ruleId, const QList<int> &roles)
{
    const int row = rowOf(ruleId);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row), roles);
}

QString AlertRuleModel::summarize(const AlertRule &r)
{
    using K = AlertRule::Kind;
    QString scope = r.subject.isEmpty() ? tr("any subject") : r.subject;
    if (!r.provider.isEmpty())
        scope = r.provider + QStringLiteral(" · ") + scope;
    const QString metric = r.effectiveMetric();
    QString condition;
    switch (r.kind) {
    case K::PriceAbove: condition = tr("%1 above %2").arg(metric).arg(r.level); break;
    case K::PriceBelow: condition = tr("%1 below %2").arg(metric).arg(r.level); break;
    case K::PriceCross: condition = tr("%1 crosses %2").arg(metric).arg(r.level); break;
    case K::PercentChange:
        condition = r.direction == QLatin1String("up")     ? tr("%1 rises %2% within %3 s").arg(metric).arg(r.threshold).arg(r.windowSec)
            : r.direction == QLatin1String("down") ? tr("%1 falls %2% within %3 s").arg(metric).arg(r.threshold).arg(r.windowSec)
                                                   : tr("%1 moves %2% within %3 s").arg(metric).arg(r.threshold).arg(r.windowSec);
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
    }
    return scope + QStringLiteral(" · ") + condition;
}
