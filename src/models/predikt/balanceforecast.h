#pragma once
// Burn rate and run-out forecast of a Predikt balance from its hourly charges: pure math.

#include <QList>
#include <QtGlobal>

namespace BalanceForecast {

struct Charge {
    qint64 timestampMs = -1;   ///< server time of the charge
    double amountUsd = 0;
};

struct Result {
    double burnPerHourUsd = 0;  ///< 0 when nothing was charged yet
    double hoursLeft = -1;      ///< -1 when unknown (no burn)
    qint64 runOutAtMs = -1;     ///< server time when the balance no longer covers the burn
};

/// Burn rate over the charges of the last `windowMs` before the newest charge: the sum of
/// the charges after the first charge time divided by the time they span. With a single
/// charge time (e.g. the first hour, or several connections charged together) the charges
/// at that time are taken as one hour's burn, since billing is hourly.
double burnPerHour(const QList<Charge> &charges, qint64 windowMs = 24 * 3600 * 1000LL);

/// Forecast for a balance at a time: hours until the balance is below one hour's burn.
Result forecast(const QList<Charge> &charges, double balanceUsd, qint64 atMs);

} // namespace BalanceForecast
