#include "tweetsubscriptionmodels.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

using namespace TweetsRest;

namespace TweetSubscriptionText {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("TweetSubscriptions", text, nullptr, n);
}
} // namespace

QString status(Status status, const QString &wire)
{
    switch (status) {
    case Status::Active: return tr("Active");
    case Status::Paused: return tr("Paused");
    case Status::Suspended: return tr("Suspended");
    case Status::Error: return tr("Error");
    case Status::Inactive: return tr("Inactive");
    case Status::Unknown: break;
    }
    // Shown as the server sent it, so nothing is hidden.
    return wire.isEmpty() ? tr("Unknown") : wire;
}

QString reason(const QString &wireReason)
{
    if (wireReason.isEmpty())
        return {};
    if (wireReason == QLatin1String("insufficient_credits"))
        return tr("insufficient credits — top up to resume");
    return wireReason;
}

QString credits(double perDay)
{
    if (perDay < 0)
        return tr("unknown");
    return tr("%1 credits/day").arg(QLocale().toString(perDay, 'f', perDay == std::floor(perDay) ? 0 : 1));
}

QString interval(double seconds)
{
    const QLocale locale;
    if (seconds < 60)
        return tr("every %1 s").arg(locale.toString(seconds, 'g', 4));
    if (seconds < 3600)
        return tr("every %1 min").arg(locale.toString(seconds / 60, 'g', 4));
    if (seconds < 86400)
        return tr("every %1 h").arg(locale.toString(seconds / 3600, 'g', 4));
    return tr("daily");
}

QString note(const QStringList &problems, const QStringList &unknown)
{
    QStringList parts;
    if (!problems.isEmpty())
        parts << tr("unreadable: %1").arg(problems.join(QStringLiteral(", ")));
    if (!unknown.isEmpty())
        parts << tr("unknown fields: %1").arg(unknown.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral(" · "));
}

} // namespace TweetSubscriptionText

namespace T = TweetSubscriptionText;

// ---- monitors -------------------------------------------------------------------------------

TweetMonitorListModel::TweetMonitorListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TweetMonitorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QHash<int, QByteArray> TweetMonitorListModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {IdRole, "monitorId"}, {NameRole, "name"}, {UsernamesRole, "usernames"}, {UsernameCountRole, "usernameCount"},
        {FilterTypesRole, "filterTypes"}, {StatusRole, "status"}, {StatusLabelRole, "statusLabel"},
        {StatusReasonRole, "statusReason"}, {ActiveRole, "active"}, {PausedRole, "paused"},
        {CreditsPerDayRole, "creditsPerDay"}, {CreditsTextRole, "creditsText"}, {PricingTierRole, "pricingTier"},
        {NoteRole, "note"}};
    return names;
}

QVariant TweetMonitorListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const StreamMonitor &m = m_items.at(index.row());
    switch (role) {
    case IdRole: return m.id;
    case NameRole: return m.name;
    case UsernamesRole: {
        QStringList handles;
        for (const QString &u : m.usernames)
            handles << QLatin1Char('@') + u;
        return handles.join(QStringLiteral(", "));
    }
    case UsernameCountRole: return int(m.usernames.size());
    case FilterTypesRole:
        return m.filterTypes.isEmpty() ? QCoreApplication::translate("TweetSubscriptions", "all tweet types")
                                       : m.filterTypes.join(QStringLiteral(", "));
    case StatusRole: return m.statusText;
    case StatusLabelRole: return T::status(m.status, m.statusText);
    case StatusReasonRole: return T::reason(m.statusReason);
    case ActiveRole: return m.status == Status::Active;
    case PausedRole: return m.status == Status::Paused;
    case CreditsPerDayRole: return estimatedCredits(m);
    case CreditsTextRole: return T::credits(estimatedCredits(m));
    case PricingTierRole: return m.pricingTier.isEmpty() ? monitorTierLabel(int(m.usernames.size())) : m.pricingTier;
    case NoteRole: return T::note(m.problems, m.unknownFields);
    default: return {};
    }
}

void TweetMonitorListModel::setItems(const QList<StreamMonitor> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
    Q_EMIT countChanged();
}

int TweetMonitorListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return int(i);
    }
    return -1;
}

void TweetMonitorListModel::upsert(const StreamMonitor &item)
{
    const int row = rowOf(item.id);
    if (row >= 0) {
        m_items[row] = item;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
    Q_EMIT countChanged();
}

void TweetMonitorListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

const StreamMonitor *TweetMonitorListModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_items.at(row) : nullptr;
}

// ---- rules ----------------------------------------------------------------------------------

TweetRuleListModel::TweetRuleListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TweetRuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QHash<int, QByteArray> TweetRuleListModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {IdRole, "ruleId"}, {TagRole, "tag"}, {QueryRole, "query"}, {IntervalSecondsRole, "intervalSeconds"},
        {IntervalTextRole, "intervalText"}, {MaxResultsRole, "maxResultsPerPoll"}, {StatusRole, "status"},
        {StatusLabelRole, "statusLabel"}, {StatusReasonRole, "statusReason"}, {ActiveRole, "active"},
        {PausedRole, "paused"}, {CreditsPerDayRole, "creditsPerDay"}, {CreditsTextRole, "creditsText"},
        {PricingTierRole, "pricingTier"}, {NoteRole, "note"}};
    return names;
}

QVariant TweetRuleListModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const FilterRule &r = m_items.at(index.row());
    switch (role) {
    case IdRole: return r.id;
    case TagRole: return r.tag;
    case QueryRole: return r.query;
    case IntervalSecondsRole: return r.intervalSeconds;
    case IntervalTextRole: return T::interval(r.intervalSeconds);
    case MaxResultsRole: return r.maxResultsPerPoll;
    case StatusRole: return r.statusText;
    case StatusLabelRole: return T::status(r.status, r.statusText);
    case StatusReasonRole: return T::reason(r.statusReason);
    case ActiveRole: return r.status == Status::Active;
    case PausedRole: return r.status == Status::Paused;
    case CreditsPerDayRole: return estimatedCredits(r);
    case CreditsTextRole: return T::credits(estimatedCredits(r));
    case PricingTierRole: return r.pricingTier.isEmpty() ? ruleTierFor(r.intervalSeconds).label : r.pricingTier;
    case NoteRole: return T::note(r.problems, r.unknownFields);
    default: return {};
    }
}

void TweetRuleListModel::setItems(const QList<FilterRule> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
    Q_EMIT countChanged();
}

int TweetRuleListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return int(i);
    }
    return -1;
}

void TweetRuleListModel::upsert(const FilterRule &item)
{
    const int row = rowOf(item.id);
    if (row >= 0) {
        m_items[row] = item;
        Q_EMIT dataChanged(index(row), index(row));
        return;
    }
    beginInsertRows({}, int(m_items.size()), int(m_items.size()));
    m_items.append(item);
    endInsertRows();
    Q_EMIT countChanged();
}

void TweetRuleListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

const FilterRule *TweetRuleListModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_items.at(row) : nullptr;
}
