#pragma once
// The Predikt billing ledger and balance: each hourly charge as a row, and the balance,
// burn rate, run-out forecast, warning threshold and disconnect reason as properties.
// Money is exact (ExactDecimal): the *Text properties and roles are cents as text ("45.90"),
// the double ones are for charts and comparisons only.

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
    Q_PROPERTY(QString balanceText READ balanceText NOTIFY balanceChanged)
    Q_PROPERTY(double totalChargedUsd READ totalChargedUsd NOTIFY balanceChanged)
    Q_PROPERTY(QString totalChargedText READ totalChargedText NOTIFY balanceChanged)
    Q_PROPERTY(double burnPerHourUsd READ burnPerHourUsd NOTIFY balanceChanged)
    Q_PROPERTY(QString burnPerHourText READ burnPerHourText NOTIFY balanceChanged)
    Q_PROPERTY(double hoursLeft READ hoursLeft NOTIFY balanceChanged)
    Q_PROPERTY(qint64 runOutAtMs READ runOutAtMs NOTIFY balanceChanged)
    Q_PROPERTY(double warningThresholdUsd READ warningThresholdUsd WRITE setWarningThresholdUsd NOTIFY warningThresholdChanged)
    Q_PROPERTY(bool belowThreshold READ belowThreshold NOTIFY balanceChanged)
    Q_PROPERTY(QString disconnectReason READ disconnectReason NOTIFY disconnectReasonChanged)
    Q_PROPERTY(qint64 disconnectAtMs READ disconnectAtMs NOTIFY disconnectReasonChanged)

public:
    enum Roles {
        TimestampRole = Qt::UserRole + 1, ///< server time of the charge (Unix ms)
        AmountRole,       ///< double (for charts)
        RemainingRole,    ///< double (for charts)
        MessageRole,
        AmountTextRole,   ///< exact, in cents: "0.10"
        RemainingTextRole,///< exact, in cents: "45.90"
        ExactAmountRole,  ///< exact, as the server wrote it
        ExactRemainingRole,
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

    bool hasBalance() const { return m_history.hasBalance(); }
    ExactDecimal balance() const { return m_history.balance(); }
    double balanceUsd() const { return m_history.balance().toDouble(); }
    QString balanceText() const { return hasBalance() ? m_history.balance().toFixed(2) : QString(); }
    ExactDecimal totalCharged() const { return m_total; }
    double totalChargedUsd() const { return m_total.toDouble(); }
    QString totalChargedText() const { return m_total.toFixed(2); }
    /// The one forecast (BalanceForecast), as the dashboard tile and the balance rule read it.
    BalanceForecast::Result forecast() const { return m_history.result(); }
    double burnPerHourUsd() const { return forecast().burnPerHourUsd.toDouble(); }
    QString burnPerHourText() const { return forecast().burnPerHourUsd.toFixed(2); }
    double hoursLeft() const { return double(forecast().hoursLeft); }
    qint64 runOutAtMs() const { return forecast().runOutAtMs; }
    double warningThresholdUsd() const { return m_threshold; }
    void setWarningThresholdUsd(double usd);
    bool belowThreshold() const;
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
    struct Row {
        qint64 timestampMs;
        ExactDecimal amount;
        ExactDecimal remaining;
        QString message;
    };
    QList<Row> m_rows; // newest first
    QString m_settingsKey;
    BalanceForecast::History m_history;
    ExactDecimal m_total;
    double m_threshold = DefaultThresholdUsd;
    QString m_disconnectReason;
    qint64 m_disconnectAt = -1;
};
