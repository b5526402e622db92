#include "subscriptionoverviewmodels.h"

#include <algorithm>
#include <functional>

using namespace SubscriptionLedger;

namespace {

QString identity(const Row &r)
{
    return r.profileId + QLatin1Char('\n') + r.subscription.kind + QLatin1Char('\n')
        + (r.subscription.id.isEmpty() ? r.subscription.what : r.subscription.id);
}

QString identity(const KeyTotal &k)
{
    return k.profileId;
}

QVariant value(const Row &r, int role)
{
    using R = SubscriptionRowsModel;
    switch (role) {
    case R::ProviderRole: return providerLabel(r.provider);
    case R::ProfileIdRole: return r.profileId;
    case R::ProfileNameRole: return r.profileName;
    case Qt::DisplayRole:
    case R::WhatRole: return r.subscription.what;
    case R::LabelRole: return r.subscription.label.isEmpty() ? r.subscription.what : r.subscription.label;
    case R::KindRole: return r.subscription.kind;
    case R::KindLabelRole: return kindLabel(r.subscription.kind);
    case R::DetailRole: return r.subscription.detail;
    case R::ActiveRole: return r.subscription.active;
    case R::RateRole: return r.subscription.rate;
    case R::LastMessageAgeRole: return double(r.subscription.lastMessageAgeMs);
    case R::QuotaUsedRole: return r.quota.used;
    case R::QuotaCapRole: return r.quota.cap;
    case R::QuotaTextRole: return r.quota.text;
    case R::QuotaFullRole: return r.quota.full();
    case R::UsdPerHourRole: return r.usdPerHour;
    case R::UsdPerMonthRole: return r.usdPerMonth;
    case R::CreditsPerDayRole: return r.creditsPerDay;
    case R::CostTextRole: return r.costText;
    case R::OptionalRole: return r.subscription.optional;
    case R::PriorityKeyRole: return priorityKey(r.profileId, r.subscription);
    default: break;
    }
    return {};
}

QVariant value(const KeyTotal &k, int role)
{
    using R = SubscriptionKeysModel;
    switch (role) {
    case R::ProviderRole: return providerLabel(k.provider);
    case R::ProfileIdRole: return k.profileId;
    case Qt::DisplayRole:
    case R::ProfileNameRole: return k.profileName;
    case R::TierLabelRole: return k.tierLabel;
    case R::SubscriptionCountRole: return k.subscriptionCount;
    case R::ConnectionsTextRole: return k.connections.text;
    case R::ConnectionsFullRole: return k.connections.full();
    case R::SubscriptionsTextRole: return k.subscriptions.text;
    case R::SubscriptionsFullRole: return k.subscriptions.full();
    case R::UsdPerHourRole: return k.usdPerHour;
    case R::UsdPerMonthRole: return k.usdPerMonth;
    case R::CreditsPerDayRole: return k.creditsPerDay;
    case R::CostTextRole: return k.costText;
    default: break;
    }
    return {};
}

/// Replaces `rows` by `next`: with the same identities in the same order, only the rows and
/// roles that changed are announced; otherwise the model is reset (the set of subscriptions
/// changes seldom, the counters every second).
template<typename Item>
void replace(QAbstractListModel *model, QList<Item> &rows, const QList<Item> &next, const QList<int> &roles,
             const std::function<void()> &begin, const std::function<void()> &end)
{
    bool same = rows.size() == next.size();
    for (qsizetype i = 0; same && i < rows.size(); ++i)
        same = identity(rows.at(i)) == identity(next.at(i));
    if (!same) {
        begin();
        rows = next;
        end();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QList<int> changed;
        for (int role : roles) {
            if (value(rows.at(i), role) != value(next.at(i), role))
                changed.append(role);
        }
        rows[i] = next.at(i);
        if (!changed.isEmpty())
            Q_EMIT model->dataChanged(model->index(int(i)), model->index(int(i)), changed);
    }
}

QList<int> allRoles(const QHash<int, QByteArray> &names)
{
    QList<int> roles = names.keys();
    std::sort(roles.begin(), roles.end());
    return roles;
}

} // namespace

SubscriptionRowsModel::SubscriptionRowsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SubscriptionRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SubscriptionRowsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const int row = index.row();
    if (role == FirstOfProfileRole)
        return row == 0 || m_rows.at(row - 1).profileId != m_rows.at(row).profileId;
    return value(m_rows.at(row), role);
}

QHash<int, QByteArray> SubscriptionRowsModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {ProviderRole, "provider"}, {ProfileIdRole, "profileId"}, {ProfileNameRole, "profileName"},
        {WhatRole, "what"}, {LabelRole, "label"}, {KindRole, "kind"}, {KindLabelRole, "kindLabel"}, {DetailRole, "detail"},
        {ActiveRole, "active"}, {RateRole, "rate"}, {LastMessageAgeRole, "lastMessageAge"},
        {QuotaUsedRole, "quotaUsed"}, {QuotaCapRole, "quotaCap"}, {QuotaTextRole, "quotaText"},
        {QuotaFullRole, "quotaFull"}, {UsdPerHourRole, "usdPerHour"}, {UsdPerMonthRole, "usdPerMonth"},
        {CreditsPerDayRole, "creditsPerDay"}, {CostTextRole, "costText"}, {FirstOfProfileRole, "firstOfProfile"},
        {OptionalRole, "optional"}, {PriorityKeyRole, "priorityKey"},
    };
    return names;
}

void SubscriptionRowsModel::setRows(const QList<Row> &rows)
{
    const int before = rowCount();
    replace<Row>(this, m_rows, rows, allRoles(roleNames()), [this] { beginResetModel(); }, [this] { endResetModel(); });
    if (rowCount() != before)
        Q_EMIT countChanged();
}

SubscriptionKeysModel::SubscriptionKeysModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SubscriptionKeysModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant SubscriptionKeysModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    return value(m_keys.at(index.row()), role);
}

QHash<int, QByteArray> SubscriptionKeysModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {ProviderRole, "provider"}, {ProfileIdRole, "profileId"}, {ProfileNameRole, "profileName"},
        {TierLabelRole, "tierLabel"}, {SubscriptionCountRole, "subscriptionCount"},
        {ConnectionsTextRole, "connectionsText"}, {ConnectionsFullRole, "connectionsFull"},
        {SubscriptionsTextRole, "subscriptionsText"}, {SubscriptionsFullRole, "subscriptionsFull"},
        {UsdPerHourRole, "usdPerHour"}, {UsdPerMonthRole, "usdPerMonth"}, {CreditsPerDayRole, "creditsPerDay"},
        {CostTextRole, "costText"},
    };
    return names;
}

void SubscriptionKeysModel::setKeys(const QList<KeyTotal> &keys)
{
    const int before = rowCount();
    replace<KeyTotal>(this, m_keys, keys, allRoles(roleNames()), [this] { beginResetModel(); }, [this] { endResetModel(); });
    if (rowCount() != before)
        Q_EMIT countChanged();
}
