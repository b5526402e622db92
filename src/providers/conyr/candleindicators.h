#pragma once
// Indicators over a series of candles, computed once per model update (not per frame, not
// in QML): the session VWAP and the exponential moving average of the closes.

#include "conyrtypes.h"

#include <vector>

namespace CandleIndicators {

/// The session VWAP at each bar: the cumulative sum of typical price ((high + low + close) / 3)
/// × volume, divided by the cumulative volume, from the first bar given. NaN while no volume
/// has been traded yet. Same length as bars.
std::vector<double> vwap(const std::vector<Conyr::Candle> &bars);

/// The EMA of the closes with smoothing 2 / (period + 1), seeded with the simple average of
/// the first `period` closes (as TradingView's ta.ema). NaN for the first period − 1 bars;
/// all NaN when period < 1. Same length as bars.
std::vector<double> ema(const std::vector<Conyr::Candle> &bars, int period);

} // namespace CandleIndicators
