#pragma once
// Burn rate and run-out forecast of a prepaid balance from its hourly charges, in exact
// decimal arithmetic. The one computation of "hours left": the Prices page's billing ledger,
// the dashboard's balance tile and the balance-forecast alert rule all feed a History and
// read its Result, so they show the same number for the same history.

#include "core/exactdecimal.h"

#include <QList>
#include <QtGlobal>

struct Observation;

namespace BalanceForecast {

/// How far back the burn rate looks, before the newest charge.
inline constexpr qint64 WindowMs = 24 * 3600 * 1000LL;

struct Charge {
    qint64 timestampMs = -1;   ///< server time of the charge
    ExactDecimal amountUsd;
};

struct Result {
    ExactDecimal burnPerHourUsd;  ///< rounded to 6 decimals; zero when nothing was charged yet
    qint64 hoursLeft = -1;        ///< whole hours the balance still covers; -1 when unknown (no burn)
    qint64 runOutAtMs = -1;       ///< when the balance no longer covers the burn; -1 when unknown
};

/// Burn rate over the charges of the last `windowMs` before the newest charge: the sum of
/// the charges after the first charge time divided by the time they span. With a single
/// charge time (the first hour, or several connections charged together) the charges at
/// that time are one hour's burn, since billing is hourly. Rounded to 6 decimals.
ExactDecimal burnPerHour(const QList<Charge> &charges, qint64 windowMs = WindowMs);

/// Forecast for a balance at a time: the whole hours until the balance no longer covers one
/// hour's burn (floor(balance / burn), computed exactly from the charges, not from the
/// rounded rate), and the time that happens.
Result forecast(const QList<Charge> &charges, const ExactDecimal &balanceUsd, qint64 atMs, qint64 windowMs = WindowMs);

/// A balance's recent history, fed by billing notices (charge + remaining balance) or by
/// bare balance readings (a drop counts as a charge of that size, a rise is a top-up and
/// charges nothing). Keeps the charges of the forecast window only (at most Cap).
class History
{
public:
    static constexpr int Cap = 1000;

    /// A billing notice: `amount` was charged at `timestampMs`, leaving `balance`.
    void addCharge(qint64 timestampMs, const ExactDecimal &amount, const ExactDecimal &balance);
    /// A balance reading without the charge that led to it.
    void addBalance(qint64 timestampMs, const ExactDecimal &balance);
    /// An alert observation with a "balance" (and, for a billing notice, an "amount"):
    /// the exact texts balanceUsd/amountUsd when the adapter gave them, else the metrics.
    /// Returns false (and changes nothing) when it carries no balance.
    bool addObservation(const Observation &o, qint64 timestampMs);
    void clear();

    bool hasBalance() const { return m_hasBalance; }
    ExactDecimal balance() const { return m_balance; }
    qint64 lastTimestampMs() const { return m_lastMs; }
    const QList<Charge> &charges() const { return m_charges; }
    /// The forecast as of the newest reading.
    Result result() const { return m_result; }

private:
    void update(qint64 timestampMs, const ExactDecimal &balance);

    QList<Charge> m_charges; // oldest first
    ExactDecimal m_balance;
    bool m_hasBalance = false;
    qint64 m_lastMs = -1;
    Result m_result;
};

} // namespace BalanceForecast
