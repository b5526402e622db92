#pragma once
// The Predikt billing ledger and balance: each hourly charge as a row, and the balance,
// burn rate, run-out forecast, warning threshold and disconnect reason as properties.

#include "balanceforecast.h"
#include "providers/predikt/prediktcodec.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/// Newest charge first, capped at Cap rows (the oldest are dropped). The warning
/// threshold is the user's and is kept in QSettings under settingsKey.
class BillingLedgerModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The billing ledger is owned by the Predikt workspace")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool hasBalance READ hasBalance NOTIFY balanceChanged)
    Q_PROPERTY(double balanceUsd READ balanceUsd NOTIFY balanceChanged)
    Q_PROPERTY(double totalChargedUsd READ totalChargedUsd NOTIFY balanceChanged)
    Q_PROPERTY(double burnPerHourUsd READ burnPerHourUsd NOTIFY balanceChanged)
    Q_PROPERTY(double hoursLeft READ hoursLeft NOTIFY balanceChanged)
    Q_PROPERTY(qint64 runOutAtMs READ runOutAtMs NOTIFY balanceChanged)
    Q_PROPERTY(double warningThresholdUsd READ warningThresholdUsd WRITE setWarningThresholdUsd NOTIFY warningThresholdChanged)
    Q_PROPERTY(bool belowThreshold READ belowThreshold NOTIFY balanceChanged)
    Q_PROPERTY(QString disconnectReason READ disconnectReason NOTIFY disconnectReasonChanged)
    Q_PROPERTY(qint64 disconnectAtMs READ disconnectAtMs NOTIFY disconnectReasonChanged)

public:
    enum Roles {
        TimestampRole = Qt::UserRole + 1, ///< server time of the charge (Unix ms)
        AmountRole,
        RemainingRole,
        MessageRole,
    };
    Q_ENUM(Roles)

    static constexpr int Cap = 1000;
    static constexpr double DefaultThresholdUsd = 5.0;

    explicit BillingLedgerModel(const QString &settingsKey, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void addCharge(const Predikt::BillingNotice &notice);
    void addCharges(const QList<Predikt::BillingNotice> &notices);
    void setDisconnect(const Predikt::DisconnectNotice &notice);
    Q_INVOKABLE void clearDisconnect();

    bool hasBalance() const { return m_hasBalance; }
    double balanceUsd() const { return m_balance; }
    double totalChargedUsd() const { return m_total; }
    double burnPerHourUsd() const { return m_forecast.burnPerHourUsd; }
    double hoursLeft() const { return m_forecast.hoursLeft; }
    qint64 runOutAtMs() const { return m_forecast.runOutAtMs; }
    double warningThresholdUsd() const { return m_threshold; }
    void setWarningThresholdUsd(double usd);
    bool belowThreshold() const { return m_hasBalance && m_balance < m_threshold; }
    QString disconnectReason() const { return m_disconnectReason; }
    qint64 disconnectAtMs() const { return m_disconnectAt; }

Q_SIGNALS:
    void countChanged();
    void balanceChanged();
    void warningThresholdChanged();
    void disconnectReasonChanged();
    /// The balance fell below the user's threshold (once per crossing).
    void thresholdCrossed(double balanceUsd);

private:
    void recompute(qint64 atMs);

    struct Row {
        qint64 timestampMs;
        double amount;
        double remaining;
        QString message;
    };
    QList<Row> m_rows; // newest first
    QString m_settingsKey;
    bool m_hasBalance = false;
    double m_balance = 0;
    double m_total = 0;
    double m_threshold = DefaultThresholdUsd;
    BalanceForecast::Result m_forecast;
    QString m_disconnectReason;
    qint64 m_disconnectAt = -1;
};
