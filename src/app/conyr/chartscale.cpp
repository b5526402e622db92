#include "chartscale.h"

#include <array>
#include <cmath>
#include <limits>

namespace ChartScale {

double niceStep(double span, int maxTicks)
{
    if (!(span > 0) || !std::isfinite(span) || maxTicks < 1)
        return 0;
    const double raw = span / maxTicks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        // A hair of tolerance: 0.3 / 3 must give 0.1, not 0.2.
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    }
    return 10 * magnitude;
}

QList<double> linearTicks(double lo, double hi, int maxTicks)
{
    QList<double> out;
    const double step = niceStep(hi - lo, maxTicks);
    if (step <= 0)
        return out;
    const double first = std::ceil(lo / step - 1e-9);
    for (double k = first; k * step <= hi + step * 1e-9 && out.size() <= maxTicks + 1; k += 1) {
        const double v = k * step;
        out << (std::abs(v) < step * 1e-9 ? 0.0 : v); // no "-0"
    }
    return out;
}

QList<double> logTicks(double lo, double hi, int maxTicks)
{
    QList<double> out;
    if (!(lo > 0) || !(hi > lo) || maxTicks < 1)
        return out;
    if (hi / lo < 10)
        return linearTicks(lo, hi, maxTicks);
    const int first = int(std::floor(std::log10(lo)));
    const int last = int(std::ceil(std::log10(hi)));
    for (const auto &mantissas : {std::array<double, 3>{1, 2, 5}, std::array<double, 3>{1, 0, 0}}) {
        out.clear();
        for (int e = first; e <= last; ++e) {
            for (const double m : mantissas) {
                if (m == 0)
                    continue;
                const double v = m * std::pow(10.0, e);
                if (v >= lo * (1 - 1e-9) && v <= hi * (1 + 1e-9))
                    out << v;
            }
        }
        if (out.size() <= maxTicks)
            return out;
    }
    // More decades than ticks: every n-th power of ten.
    const int every = int(std::ceil(double(out.size()) / maxTicks));
    QList<double> thinned;
    for (int i = 0; i < out.size(); i += every)
        thinned << out.at(i);
    return thinned;
}

int decimalsFor(double step)
{
    if (!(step > 0) || !std::isfinite(step))
        return 2;
    int d = 0;
    double scaled = step;
    while (d < 12 && (scaled < 1 - 1e-9 || std::abs(scaled - std::round(scaled)) > 1e-6 * scaled)) {
        scaled *= 10;
        ++d;
    }
    return d;
}

double toAxis(double price, bool log)
{
    if (!log)
        return price;
    return std::log10(std::max(price, std::numeric_limits<double>::min()));
}

double fromAxis(double value, bool log)
{
    return log ? std::pow(10.0, value) : value;
}

qint64 timeStep(qint64 spanMs, int maxTicks)
{
    constexpr qint64 S = 1000, M = 60 * S, H = 60 * M, D = 24 * H;
    static constexpr std::array<qint64, 22> steps{
        1 * S, 2 * S, 5 * S, 10 * S, 15 * S, 30 * S,
        1 * M, 2 * M, 5 * M, 10 * M, 15 * M, 30 * M,
        1 * H, 2 * H, 3 * H, 6 * H, 12 * H,
        1 * D, 2 * D, 7 * D, 14 * D, 28 * D};
    if (spanMs <= 0 || maxTicks < 1)
        return 0;
    for (const qint64 s : steps) {
        if (spanMs / s <= maxTicks)
            return s;
    }
    // Beyond months: whole multiples of 28 days.
    return (spanMs / maxTicks / (28 * D) + 1) * 28 * D;
}

QList<qint64> timeTicks(qint64 fromMs, qint64 toMs, int maxTicks, int utcOffsetSec)
{
    QList<qint64> out;
    const qint64 step = timeStep(toMs - fromMs, maxTicks);
    if (step <= 0)
        return out;
    const qint64 offset = qint64(utcOffsetSec) * 1000;
    // Weeks and longer have no natural local start: they count from local midnight too.
    const qint64 localFrom = fromMs + offset;
    qint64 t = localFrom % step == 0 ? localFrom : (localFrom / step + (localFrom > 0 ? 1 : 0)) * step;
    for (; t - offset <= toMs && out.size() <= maxTicks + 1; t += step)
        out << t - offset;
    return out;
}

} // namespace ChartScale
