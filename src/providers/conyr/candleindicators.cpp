#include "candleindicators.h"

#include <cmath>
#include <limits>

namespace CandleIndicators {

namespace {
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
}

std::vector<double> vwap(const std::vector<Conyr::Candle> &bars)
{
    std::vector<double> out(bars.size(), NaN);
    double priceVolume = 0;
    double volume = 0;
    for (size_t i = 0; i < bars.size(); ++i) {
        const Conyr::Candle &c = bars[i];
        // A bad volume (negative, NaN) would pull the average anywhere: such a bar counts as none.
        if (std::isfinite(c.volume) && c.volume > 0) {
            priceVolume += (c.high + c.low + c.close) / 3.0 * c.volume;
            volume += c.volume;
        }
        if (volume > 0)
            out[i] = priceVolume / volume;
    }
    return out;
}

std::vector<double> ema(const std::vector<Conyr::Candle> &bars, int period)
{
    std::vector<double> out(bars.size(), NaN);
    if (period < 1 || bars.size() < size_t(period))
        return out;
    double sum = 0;
    for (int i = 0; i < period; ++i)
        sum += bars[size_t(i)].close;
    double value = sum / period;
    out[size_t(period - 1)] = value;
    const double alpha = 2.0 / (period + 1.0);
    for (size_t i = size_t(period); i < bars.size(); ++i) {
        value = alpha * bars[i].close + (1.0 - alpha) * value;
        out[i] = value;
    }
    return out;
}

} // namespace CandleIndicators
