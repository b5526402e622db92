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

class TweetMonitorListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TweetsSubscriptionsController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_items.size()); }

    void setItems(const QList<TweetsRest::StreamMonitor> &items);
    /// Replaces the row with the same id, or appends.
    void upsert(const TweetsRest::StreamMonitor &item);
    void remove(const QString &id);
    const TweetsRest::StreamMonitor *find(const QString &id) const;
    const QList<TweetsRest::StreamMonitor> &items() const { return m_items; }

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &id) const;
    QList<TweetsRest::StreamMonitor> m_items;
};

class TweetRuleListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TweetsSubscriptionsController")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
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

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_items.size()); }

    void setItems(const QList<TweetsRest::FilterRule> &items);
    void upsert(const TweetsRest::FilterRule &item);
    void remove(const QString &id);
    const TweetsRest::FilterRule *find(const QString &id) const;
    const QList<TweetsRest::FilterRule> &items() const { return m_items; }

Q_SIGNALS:
    void countChanged();

private:
    int rowOf(const QString &id) const;
    QList<TweetsRest::FilterRule> m_items;
};
