#pragma once
// The Subscriptions overview's two tables: every live subscription (SubscriptionRowsModel) and
// the totals per key (SubscriptionKeysModel), both filled from one SubscriptionLedger::Ledger.

#include "subscriptionledger.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/// Rows are looked up by identity (profile + kind + name): setRows() keeps rows that stay,
/// announces changed ones with the roles that changed, and inserts or removes the rest.
class SubscriptionRowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SubscriptionsOverview")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        ProviderRole = Qt::UserRole + 1,  ///< "Allium", "Conyr", "Predikt", "Tweets"
        ProfileIdRole,
        ProfileNameRole,
        WhatRole,
        LabelRole,                        ///< readable form of what (what itself when there is none)
        KindRole,                         ///< "topic", "channel", "symbol", "monitor", "rule", "stream"
        KindLabelRole,                    ///< translated
        DetailRole,
        ActiveRole,
        RateRole,                         ///< messages per second, −1 unknown
        LastMessageAgeRole,               ///< ms, −1 unknown
        QuotaUsedRole,
        QuotaCapRole,                     ///< −1 no cap, −2 none published
        QuotaTextRole,
        QuotaFullRole,
        UsdPerHourRole,
        UsdPerMonthRole,
        CreditsPerDayRole,
        CostTextRole,
        FirstOfProfileRole,               ///< the first row of its profile (the list's heading goes there)
        OptionalRole,                     ///< marked optional (else essential)
        PriorityKeyRole,                  ///< the identity its priority is kept under
    };
    Q_ENUM(Roles)

    explicit SubscriptionRowsModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRows(const QList<SubscriptionLedger::Row> &rows);
    const QList<SubscriptionLedger::Row> &rows() const { return m_rows; }

Q_SIGNALS:
    void countChanged();

private:
    QList<SubscriptionLedger::Row> m_rows;
};

/// One row per key (profile): tier, connections and subscriptions against their caps, cost.
class SubscriptionKeysModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by SubscriptionsOverview")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        ProviderRole = Qt::UserRole + 1,
        ProfileIdRole,
        ProfileNameRole,
        TierLabelRole,
        SubscriptionCountRole,
        ConnectionsTextRole,
        ConnectionsFullRole,
        SubscriptionsTextRole,
        SubscriptionsFullRole,
        UsdPerHourRole,
        UsdPerMonthRole,
        CreditsPerDayRole,
        CostTextRole,
    };
    Q_ENUM(Roles)

    explicit SubscriptionKeysModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setKeys(const QList<SubscriptionLedger::KeyTotal> &keys);

Q_SIGNALS:
    void countChanged();

private:
    QList<SubscriptionLedger::KeyTotal> m_keys;
};
