#include "alerthistorymodel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

AlertHistoryModel::AlertHistoryModel(int cap, QObject *parent)
    : QAbstractListModel(parent)
    , m_cap(std::max(1, cap))
{
}

int AlertHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

QVariant AlertHistoryModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Alert &a = m_alerts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case MessageRole: return a.message;
    case IdRole: return a.id;
    case RuleIdRole: return a.ruleId;
    case RuleNameRole: return a.ruleName;
    case KindRole: return AlertRule::kindId(a.kind);
    case KindLabelRole: return AlertRule::kindLabel(a.kind);
    case SeverityRole: return AlertSeverities::toId(a.severity);
    case SeverityLabelRole: return AlertSeverities::label(a.severity);
    case ProviderRole: return a.provider;
    case SourceRole: return a.source;
    case SubjectRole:
        // What the message names (a token's symbol, not its mint), as the context rows show it.
        return a.values.value(QStringLiteral("subject"), a.subject).toString();
    case ValueRole: return a.value;
    case TimestampRole: return double(a.timestampMs);
    case TimeRole:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(a.timestampMs), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case AcknowledgedRole: return a.acknowledged;
    case ActionTextRole: return a.actionText;
    case BlindRole: return a.blind;
    case ContextRole: return contextRows(a);
    case ContextCountRole: return int(a.context.size());
    case ContextTruncatedRole: return a.contextTruncated;
    }
    return {};
}

QVariantList AlertHistoryModel::contextRows(const Alert &alert)
{
    QVariantList rows;
    const QLocale locale;
    for (const QJsonValue &value : alert.context) {
        const QJsonObject e = value.toObject();
        const qint64 t = qint64(e.value(QLatin1String("t")).toDouble());
        const qint64 before = std::max<qint64>(0, alert.timestampMs - t);
        const QString label = e.value(QLatin1String("label")).toString();
        rows.append(QVariantMap{
            {QStringLiteral("timeText"), locale.toString(QDateTime::fromMSecsSinceEpoch(t), QStringLiteral("HH:mm:ss"))},
            {QStringLiteral("beforeText"), before < 1000 ? tr("at the alert") : tr("%1 s before").arg(before / 1000)},
            {QStringLiteral("provider"), e.value(QLatin1String("provider")).toString()},
            {QStringLiteral("kind"), e.value(QLatin1String("kind")).toString()},
            {QStringLiteral("subject"), label.isEmpty() ? e.value(QLatin1String("subject")).toString() : label},
            {QStringLiteral("text"), e.value(QLatin1String("text")).toString()},
        });
    }
    return rows;
}

QHash<int, QByteArray> AlertHistoryModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {IdRole, "alertId"}, {RuleIdRole, "ruleId"}, {RuleNameRole, "ruleName"}, {KindRole, "kind"},
        {KindLabelRole, "kindLabel"}, {SeverityRole, "severity"}, {SeverityLabelRole, "severityLabel"},
        {ProviderRole, "provider"}, {SourceRole, "source"}, {SubjectRole, "subject"}, {MessageRole, "message"},
        {ValueRole, "value"}, {TimestampRole, "timestamp"}, {TimeRole, "time"}, {AcknowledgedRole, "acknowledged"},
        {ActionTextRole, "actionText"}, {BlindRole, "blind"}, {ContextRole, "context"},
        {ContextCountRole, "contextCount"}, {ContextTruncatedRole, "contextTruncated"},
    };
    return names;
}

void AlertHistoryModel::reset(const QList<Alert> &alertsOldestFirst)
{
    beginResetModel();
    m_alerts.clear();
    const qsizetype start = std::max<qsizetype>(0, alertsOldestFirst.size() - m_cap);
    for (qsizetype i = alertsOldestFirst.size() - 1; i >= start; --i)
        m_alerts.append(alertsOldestFirst.at(i));
    endResetModel();
    Q_EMIT countChanged();
    recount();
}

void AlertHistoryModel::prepend(const QList<Alert> &alertsOldestFirst)
{
    if (alertsOldestFirst.isEmpty())
        return;
    QList<Alert> batch = alertsOldestFirst.size() > m_cap ? alertsOldestFirst.mid(alertsOldestFirst.size() - m_cap)
                                                          : alertsOldestFirst;
    const int n = int(batch.size());
    beginInsertRows({}, 0, n - 1);
    QList<Alert> next;
    next.reserve(m_alerts.size() + n);
    for (qsizetype i = batch.size() - 1; i >= 0; --i)
        next.append(batch.at(i));
    next.append(m_alerts);
    m_alerts = std::move(next);
    endInsertRows();
    if (m_alerts.size() > m_cap) {
        beginRemoveRows({}, m_cap, int(m_alerts.size()) - 1);
        m_alerts.resize(m_cap);
        endRemoveRows();
    }
    Q_EMIT countChanged();
    recount();
    Q_EMIT modified();
}

QList<Alert> AlertHistoryModel::alertsOldestFirst() const
{
    QList<Alert> out;
    out.reserve(m_alerts.size());
    for (qsizetype i = m_alerts.size() - 1; i >= 0; --i)
        out.append(m_alerts.at(i));
    return out;
}

const Alert *AlertHistoryModel::find(const QString &id) const
{
    for (const Alert &a : m_alerts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

bool AlertHistoryModel::acknowledge(const QString &id)
{
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts.at(row).id != id)
            continue;
        if (m_alerts.at(row).acknowledged)
            return false;
        m_alerts[row].acknowledged = true;
        Q_EMIT dataChanged(index(row), index(row), {AcknowledgedRole});
        recount();
        Q_EMIT modified();
        return true;
    }
    return false;
}

int AlertHistoryModel::acknowledgeAll()
{
    int first = -1, last = -1, changed = 0;
    for (int row = 0; row < m_alerts.size(); ++row) {
        if (m_alerts.at(row).acknowledged)
            continue;
        m_alerts[row].acknowledged = true;
        if (first < 0)
            first = row;
        last = row;
        ++changed;
    }
    if (changed > 0) {
        Q_EMIT dataChanged(index(first), index(last), {AcknowledgedRole});
        recount();
        Q_EMIT modified();
    }
    return changed;
}

void AlertHistoryModel::clear()
{
    if (m_alerts.isEmpty())
        return;
    beginResetModel();
    m_alerts.clear();
    endResetModel();
    Q_EMIT countChanged();
    recount();
    Q_EMIT modified();
}

void AlertHistoryModel::recount()
{
    int n = 0;
    for (const Alert &a : std::as_const(m_alerts))
        n += a.acknowledged ? 0 : 1;
    if (n != m_unacknowledged) {
        m_unacknowledged = n;
        Q_EMIT unacknowledgedCountChanged();
    }
}
