#pragma once
// The numbers of a chart's axes: round tick values (1-2-5 steps) and round times, and the
// mapping between a price and its position on a linear or logarithmic price scale.

#include <QList>
#include <QString>
#include <QtGlobal>

namespace ChartScale {

/// The smallest step of the form {1, 2, 5} × 10^k that cuts span into at most maxTicks
/// parts. 0 for an empty or invalid span.
double niceStep(double span, int maxTicks);

/// Multiples of niceStep(hi − lo, maxTicks) inside [lo, hi], ascending.
QList<double> linearTicks(double lo, double hi, int maxTicks);

/// Round prices for a logarithmic scale over [lo, hi] (lo > 0): within one decade the
/// linear 1-2-5 ticks, over several decades {1, 2, 5} × 10^k (or only the powers of ten
/// when those are too many). Empty when lo ≤ 0.
QList<double> logTicks(double lo, double hi, int maxTicks);

/// Decimals that show every multiple of step exactly (2 for 0.05, 0 for 50).
int decimalsFor(double step);

/// A price as the axis holds it: itself (linear) or its log10 (prices ≤ 0 are clamped
/// to the smallest positive price so a bad bar cannot break a log chart).
double toAxis(double price, bool log);
double fromAxis(double value, bool log);

/// A round time step (1, 2, 5, 10, 15, 30 s; 1, 2, 5, 10, 15, 30 min; 1, 2, 3, 6, 12 h;
/// 1, 2, 7, 14 d …) that cuts spanMs into at most maxTicks parts.
qint64 timeStep(qint64 spanMs, int maxTicks);

/// Multiples of timeStep(to − from, maxTicks) inside [from, to], aligned to local time
/// (whole minutes, hours, local midnight) given the zone's offset from UTC in seconds.
QList<qint64> timeTicks(qint64 fromMs, qint64 toMs, int maxTicks, int utcOffsetSec);

} // namespace ChartScale
