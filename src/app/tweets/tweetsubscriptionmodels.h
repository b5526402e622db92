#pragma once
// List models of a key's Stream Monitors and Filter Rules for the Tweets page: what each one
// watches, its status (with the reason), and what it costs per day.

#include "providers/tweets/tweetsrest.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/// Shared texts: a status label, a status reason in words, a credit figure.
namespace TweetSubscriptionText {
QString status(TweetsRest::Status status, const QString &wire);
QString reason(const QString &wireReason);
QString credits(double perDay);
QString interval(double seconds);
} // namespace TweetSubscriptionText

/// The list behind both models: items keyed by id, replaced whole, upserted or removed by id.
class TweetItemListBase : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)
public:
    using QAbstractListModel::QAbstractListModel;
    int count() const { return rowCount(); }

Q_SIGNALS:
    void countChanged();
};

template<typename Item>
class TweetItemList : public TweetItemListBase
{
public:
    using TweetItemListBase::TweetItemListBase;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }

    void setItems(const QList<Item> &items)
    {
        beginResetModel();
        m_items = items;
        endResetModel();
        Q_EMIT countChanged();
    }
    /// Replaces the row with the same id, or appends.
    void upsert(const Item &item)
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
    void remove(const QString &id)
    {
        const int row = rowOf(id);
        if (row < 0)
            return;
        beginRemoveRows({}, row, row);
        m_items.removeAt(row);
        endRemoveRows();
        Q_EMIT countChanged();
    }
    const Item *find(const QString &id) const
    {
        const int row = rowOf(id);
        return row >= 0 ? &m_items.at(row) : nullptr;
    }
    const QList<Item> &items() const { return m_items; }

protected:
    int rowOf(const QString &id) const
    {
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            if (m_items.at(i).id == id)
                return int(i);
        }
        return -1;
    }

    QList<Item> m_items;
};

class TweetMonitorListModel : public TweetItemList<TweetsRest::StreamMonitor>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TweetsSubscriptionsController")
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        UsernamesRole,          ///< "@a, @b, @c"
        UsernameCountRole,
        FilterTypesRole,        ///< "original, quote" or "all tweet types"
        StatusRole,             ///< wire text ("active", "paused", "suspended", …)
        StatusLabelRole,        ///< translated
        StatusReasonRole,       ///< translated reason, empty when none
        ActiveRole,
        PausedRole,
        CreditsPerDayRole,
        CreditsTextRole,
        PricingTierRole,
        NoteRole,               ///< fields the app could not read or does not know, in words
    };
    Q_ENUM(Roles)

    explicit TweetMonitorListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};

class TweetRuleListModel : public TweetItemList<TweetsRest::FilterRule>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TweetsSubscriptionsController")
public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        TagRole,
        QueryRole,
        IntervalSecondsRole,
        IntervalTextRole,
        MaxResultsRole,
        StatusRole,
        StatusLabelRole,
        StatusReasonRole,
        ActiveRole,
        PausedRole,
        CreditsPerDayRole,
        CreditsTextRole,
        PricingTierRole,
        NoteRole,
    };
    Q_ENUM(Roles)

    explicit TweetRuleListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
};
