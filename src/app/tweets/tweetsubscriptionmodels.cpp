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
    : TweetItemList(parent)
{
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

// ---- rules ----------------------------------------------------------------------------------

TweetRuleListModel::TweetRuleListModel(QObject *parent)
    : TweetItemList(parent)
{
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
