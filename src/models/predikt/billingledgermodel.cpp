#include "billingledgermodel.h"

#include <QSettings>
#include <cmath>

BillingLedgerModel::BillingLedgerModel(const QString &settingsKey, QObject *parent)
    : QAbstractListModel(parent)
    , m_settingsKey(settingsKey)
{
    if (!m_settingsKey.isEmpty()) {
        bool ok = false;
        const double stored = QSettings().value(m_settingsKey, DefaultThresholdUsd).toDouble(&ok);
        if (ok && std::isfinite(stored) && stored >= 0)
            m_threshold = stored;
    }
}

int BillingLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> BillingLedgerModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {TimestampRole, "timestamp"},
        {AmountRole, "amountUsd"},
        {RemainingRole, "remainingUsd"},
        {MessageRole, "message"},
        {AmountTextRole, "amountText"},
        {RemainingTextRole, "remainingText"},
        {ExactAmountRole, "exactAmount"},
        {ExactRemainingRole, "exactRemaining"},
    };
    return names;
}

QVariant BillingLedgerModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case TimestampRole: return r.timestampMs;
    case AmountRole: return r.amount.toDouble();
    case RemainingRole: return r.remaining.toDouble();
    case MessageRole: return r.message;
    case AmountTextRole: return r.amount.toFixed(2);
    case RemainingTextRole: return r.remaining.toFixed(2);
    case ExactAmountRole: return r.amount.toString();
    case ExactRemainingRole: return r.remaining.toString();
    default: return {};
    }
}

void BillingLedgerModel::addCharge(const Predikt::BillingNotice &notice)
{
    addCharges({notice});
}

void BillingLedgerModel::addCharges(const QList<Predikt::BillingNotice> &notices)
{
    if (notices.isEmpty())
        return;
    const bool wasBelow = belowThreshold();
    // Newest first: the batch goes on top in reverse order, with one insert.
    const int n = int(std::min<qsizetype>(notices.size(), Cap));
    beginInsertRows({}, 0, n - 1);
    for (int i = 0; i < n; ++i) {
        const Predikt::BillingNotice &b = notices.at(notices.size() - n + i);
        m_rows.prepend({b.timestampMs, b.amountUsd, b.remainingBalanceUsd, b.message});
    }
    // Every notice counts for the total and the forecast, also those beyond the row cap.
    for (const Predikt::BillingNotice &b : notices) {
        m_total += b.amountUsd;
        m_history.addCharge(b.timestampMs, b.amountUsd, b.remainingBalanceUsd);
    }
    endInsertRows();
    if (m_rows.size() > Cap) {
        beginRemoveRows({}, Cap, int(m_rows.size()) - 1);
        m_rows.resize(Cap);
        endRemoveRows();
    }
    Q_EMIT countChanged();
    Q_EMIT balanceChanged();
    if (!wasBelow && belowThreshold())
        Q_EMIT thresholdCrossed(balanceUsd());
}

bool BillingLedgerModel::belowThreshold() const
{
    if (!hasBalance())
        return false;
    // The threshold is the user's (a double from a text field); compare in exact cents.
    const std::optional<ExactDecimal> threshold = ExactDecimal::fromDouble(m_threshold);
    return threshold && m_history.balance() < *threshold;
}

void BillingLedgerModel::setWarningThresholdUsd(double usd)
{
    if (!std::isfinite(usd) || usd < 0 || qFuzzyCompare(usd + 1.0, m_threshold + 1.0))
        return;
    const bool wasBelow = belowThreshold();
    m_threshold = usd;
    if (!m_settingsKey.isEmpty())
        QSettings().setValue(m_settingsKey, usd);
    Q_EMIT warningThresholdChanged();
    Q_EMIT balanceChanged();
    if (!wasBelow && belowThreshold())
        Q_EMIT thresholdCrossed(balanceUsd());
}

void BillingLedgerModel::setDisconnect(const Predikt::DisconnectNotice &notice)
{
    m_disconnectReason = notice.reason.isEmpty() ? tr("Predikt is disconnecting this connection.") : notice.reason;
    m_disconnectAt = notice.timestampMs;
    Q_EMIT disconnectReasonChanged();
}

void BillingLedgerModel::clearDisconnect()
{
    if (m_disconnectReason.isEmpty())
        return;
    m_disconnectReason.clear();
    m_disconnectAt = -1;
    Q_EMIT disconnectReasonChanged();
}
