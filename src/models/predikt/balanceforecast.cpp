#include "balanceforecast.h"

#include <algorithm>
#include <cmath>

namespace BalanceForecast {

double burnPerHour(const QList<Charge> &charges, qint64 windowMs)
{
    if (charges.isEmpty())
        return 0;
    qint64 newest = charges.first().timestampMs;
    for (const Charge &c : charges)
        newest = std::max(newest, c.timestampMs);
    const qint64 from = newest - windowMs;
    qint64 oldest = newest;
    for (const Charge &c : charges) {
        if (c.timestampMs >= from)
            oldest = std::min(oldest, c.timestampMs);
    }
    double afterOldest = 0;
    double atOldest = 0;
    for (const Charge &c : charges) {
        if (c.timestampMs < from)
            continue;
        if (c.timestampMs == oldest)
            atOldest += c.amountUsd;
        else
            afterOldest += c.amountUsd;
    }
    const qint64 span = newest - oldest;
    if (span <= 0)
        return atOldest; // one charge time: one hour's fee(s)
    return afterOldest / (double(span) / 3600000.0);
}

Result forecast(const QList<Charge> &charges, double balanceUsd, qint64 atMs)
{
    Result r;
    r.burnPerHourUsd = burnPerHour(charges);
    if (r.burnPerHourUsd <= 0 || !std::isfinite(r.burnPerHourUsd) || balanceUsd < 0)
        return r;
    // Charges are whole hours: the balance lasts while it covers the next hour's fee.
    r.hoursLeft = std::max(0.0, std::floor(balanceUsd / r.burnPerHourUsd + 1e-9));
    if (atMs >= 0)
        r.runOutAtMs = atMs + qint64(r.hoursLeft * 3600000.0);
    return r;
}

} // namespace BalanceForecast
