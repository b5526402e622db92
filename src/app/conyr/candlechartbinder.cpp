#include "candlechartbinder.h"

#include "candleseriesmodel.h"
#include "chartscale.h"
#include "providers/conyr/candleindicators.h"

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QLineSeries>
#include <algorithm>
#include <cmath>
#include <limits>

using Conyr::Candle;

namespace {
constexpr int MinBars = 10;
constexpr int MaxBars = 1000;
constexpr int DefaultBars = 90;
constexpr int MaxEmaPeriod = 500;
constexpr int PriceTickCount = 6;
constexpr int TimeTickCount = 7;
constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
} // namespace

CandleChartBinder::CandleChartBinder(QObject *parent)
    : QObject(parent)
{
}

CandleChartBinder::~CandleChartBinder() = default;

void CandleChartBinder::setModel(CandleSeriesModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        connect(m_model, &CandleSeriesModel::updated, this, &CandleChartBinder::sync);
        connect(m_model, &CandleSeriesModel::seriesChanged, this, &CandleChartBinder::resetView);
    }
    Q_EMIT modelChanged();
    rebuild();
}

QObject *CandleChartBinder::candles() const
{
    return m_candles.data();
}

void CandleChartBinder::setCandles(QObject *series)
{
    m_candles = qobject_cast<QCandlestickSeries *>(series);
    watch(m_candles);
    Q_EMIT seriesChanged();
    rebuild();
}

QObject *CandleChartBinder::volume() const
{
    return m_volume.data();
}

void CandleChartBinder::setVolume(QObject *series)
{
    m_volume = qobject_cast<QCandlestickSeries *>(series);
    watch(m_volume);
    Q_EMIT seriesChanged();
    rebuild();
}

QObject *CandleChartBinder::lastPriceLine() const
{
    return m_lastLine.data();
}

void CandleChartBinder::setLastPriceLine(QObject *series)
{
    m_lastLine = qobject_cast<QLineSeries *>(series);
    Q_EMIT seriesChanged();
    updateView();
}

QObject *CandleChartBinder::vwapLine() const
{
    return m_vwapLine.data();
}

void CandleChartBinder::setVwapLine(QObject *series)
{
    m_vwapLine = qobject_cast<QLineSeries *>(series);
    Q_EMIT seriesChanged();
    updateIndicatorLines();
}

QObject *CandleChartBinder::emaLine() const
{
    return m_emaLine.data();
}

void CandleChartBinder::setEmaLine(QObject *series)
{
    m_emaLine = qobject_cast<QLineSeries *>(series);
    Q_EMIT seriesChanged();
    updateIndicatorLines();
}

void CandleChartBinder::setLogScale(bool log)
{
    if (m_log == log)
        return;
    m_log = log;
    Q_EMIT optionsChanged();
    // Every set holds axis values: build them again in the new space.
    rebuild();
}

void CandleChartBinder::setShowVwap(bool show)
{
    if (m_showVwap == show)
        return;
    m_showVwap = show;
    computeIndicators();
    updateIndicatorLines();
    Q_EMIT optionsChanged();
}

void CandleChartBinder::setShowEma(bool show)
{
    if (m_showEma == show)
        return;
    m_showEma = show;
    computeIndicators();
    updateIndicatorLines();
    Q_EMIT optionsChanged();
}

void CandleChartBinder::setEmaPeriod(int period)
{
    period = std::clamp(period, 1, MaxEmaPeriod);
    if (m_emaPeriod == period)
        return;
    m_emaPeriod = period;
    computeIndicators();
    updateIndicatorLines();
    Q_EMIT optionsChanged();
}

void CandleChartBinder::setFollowLive(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (!follow)
        m_viewEnd = m_xMax;
    updateView();
}

void CandleChartBinder::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (paused) {
        m_followWhenPaused = m_follow;
        setFollowLive(false); // the view stays where it is; the bars keep coming
    } else if (m_followWhenPaused) {
        setFollowLive(true); // caught up with what came meanwhile
    }
    Q_EMIT pausedChanged();
}

void CandleChartBinder::setVisibleBars(int bars)
{
    bars = std::clamp(bars, MinBars, MaxBars);
    if (bars == m_visibleBars)
        return;
    m_visibleBars = bars;
    updateView();
}

void CandleChartBinder::zoom(double factor)
{
    if (!(factor > 0))
        return;
    setVisibleBars(int(std::round(m_visibleBars * factor)));
}

void CandleChartBinder::pan(double fraction)
{
    if (!m_model || m_model->bars().empty() || fraction == 0)
        return;
    const double span = m_xMax - m_xMin;
    const auto &bars = m_model->bars();
    const double interval = double(m_model->intervalMs());
    const double newest = double(bars.back().ts) + interval;
    const double oldest = double(bars.front().ts) + span * 0.2;
    m_viewEnd = std::clamp((m_follow ? m_xMax : m_viewEnd) + fraction * span, oldest, newest + interval);
    // Panning up to the newest bar resumes following it.
    m_follow = m_viewEnd >= newest;
    updateView();
}

void CandleChartBinder::resetView()
{
    m_follow = true;
    m_visibleBars = DefaultBars;
    updateView();
}

void CandleChartBinder::rebuild()
{
    // The series own their sets: clearing them deletes the sets.
    if (m_candles)
        m_candles->clear();
    if (m_volume)
        m_volume->clear();
    m_sets.clear();
    m_volumeSets.clear();
    sync();
}

void CandleChartBinder::watch(QObject *series)
{
    if (!series)
        return;
    // When QML destroys a series, its sets go with it: forget them, and let the other
    // series drop its own.
    connect(series, &QObject::destroyed, this, [this] {
        m_sets.clear();
        m_volumeSets.clear();
        if (m_candles)
            m_candles->clear();
        if (m_volume)
            m_volume->clear();
    });
}

void CandleChartBinder::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    Q_EMIT activeChanged();
    if (m_active && m_stale)
        sync();
}

void CandleChartBinder::sync()
{
    // A QtCharts scene costs even off screen: an inactive chart only notes that it is behind.
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_stale = false;
    // Sets are created only with both series present, so that each has an owner.
    if (!m_model || !m_candles || !m_volume) {
        computeIndicators();
        updateView();
        return;
    }
    const std::vector<Candle> &bars = m_model->bars();
    // Merge-walk sets against bars by timestamp: edit in place, insert new, remove gone.
    int s = 0;
    for (size_t b = 0; b < bars.size(); ++b) {
        const Candle &c = bars[b];
        while (s < m_sets.size() && qint64(m_sets.at(s)->timestamp()) < c.ts) {
            if (m_candles)
                m_candles->remove(m_sets.at(s));
            if (m_volume)
                m_volume->remove(m_volumeSets.at(s));
            m_sets.removeAt(s);
            m_volumeSets.removeAt(s);
        }
        const double open = ChartScale::toAxis(c.open, m_log);
        const double high = ChartScale::toAxis(c.high, m_log);
        const double low = ChartScale::toAxis(c.low, m_log);
        const double close = ChartScale::toAxis(c.close, m_log);
        if (s < m_sets.size() && qint64(m_sets.at(s)->timestamp()) == c.ts) {
            QCandlestickSet *set = m_sets.at(s);
            if (set->open() != open || set->high() != high || set->low() != low || set->close() != close) {
                set->setOpen(open);
                set->setHigh(high);
                set->setLow(low);
                set->setClose(close);
            }
            QCandlestickSet *vol = m_volumeSets.at(s);
            if (vol->high() != c.volume) {
                vol->setHigh(c.volume);
                vol->setClose(c.volume);
            }
        } else {
            auto *set = new QCandlestickSet(open, high, low, close, double(c.ts));
            auto *vol = new QCandlestickSet(0, c.volume, 0, c.volume, double(c.ts));
            m_candles->insert(s, set);
            m_volume->insert(s, vol);
            m_sets.insert(s, set);
            m_volumeSets.insert(s, vol);
        }
        ++s;
    }
    while (s < m_sets.size()) {
        if (m_candles)
            m_candles->remove(m_sets.at(s));
        if (m_volume)
            m_volume->remove(m_volumeSets.at(s));
        m_sets.removeAt(s);
        m_volumeSets.removeAt(s);
    }
    computeIndicators();
    updateView();
}

void CandleChartBinder::updateView()
{
    const double interval = m_model ? double(m_model->intervalMs()) : 60000.0;
    const bool empty = !m_model || m_model->bars().empty();
    const double newestEnd = empty ? double(QDateTime::currentMSecsSinceEpoch())
                                   : double(m_model->bars().back().ts) + interval;
    const double end = m_follow ? newestEnd + interval : m_viewEnd;
    m_xMax = end;
    m_xMin = end - interval * (m_visibleBars + 1);
    double lo = std::numeric_limits<double>::max();
    double hi = std::numeric_limits<double>::lowest();
    double vol = 0;
    if (!empty) {
        for (const Candle &c : m_model->bars()) {
            if (double(c.ts) + interval < m_xMin || double(c.ts) > m_xMax)
                continue;
            lo = std::min(lo, c.low);
            hi = std::max(hi, c.high);
            vol = std::max(vol, c.volume);
        }
        m_lastPrice = m_model->bars().back().close;
    }
    if (lo > hi) {
        lo = m_lastPrice > 0 ? m_lastPrice * 0.99 : 0;
        hi = m_lastPrice > 0 ? m_lastPrice * 1.01 : 1;
    }
    // Room below the candles for the volume bars, a little above for the wicks; on a log
    // scale the same proportions in log space.
    if (m_log) {
        lo = std::max(lo, std::numeric_limits<double>::min());
        hi = std::max(hi, lo);
    }
    const double aLo = ChartScale::toAxis(lo, m_log);
    const double aHi = ChartScale::toAxis(hi, m_log);
    const double range = std::max(aHi - aLo, m_log ? 1e-5 : std::abs(aHi) * 1e-4 + 1e-12);
    m_axisMin = aLo - range * 0.35;
    m_axisMax = aHi + range * 0.08;
    m_yMin = ChartScale::fromAxis(m_axisMin, m_log);
    m_yMax = ChartScale::fromAxis(m_axisMax, m_log);
    // Volume bars use the bottom quarter of the plot.
    m_volumeMax = vol > 0 ? vol * 4.0 : 1.0;
    if (m_lastLine) {
        const double y = ChartScale::toAxis(m_lastPrice, m_log);
        m_lastLine->replace(QList<QPointF>{{m_xMin, y}, {m_xMax, y}});
    }

    // Ticks: round prices over the part of the plot above the volume bars (the bottom 25 %,
    // with a little room for the volume label), round times.
    m_priceTicks.clear();
    const double top = m_yMax;
    const double bottom = ChartScale::fromAxis(m_axisMin + (m_axisMax - m_axisMin) * 0.3, m_log);
    const QList<double> prices = m_log ? ChartScale::logTicks(bottom, top, PriceTickCount)
                                       : ChartScale::linearTicks(bottom, top, PriceTickCount);
    for (qsizetype i = 0; i < prices.size(); ++i) {
        const double p = prices.at(i);
        // Decimals by the distance to the neighbouring tick: steps differ on a log scale.
        const double step = std::abs(i + 1 < prices.size() ? prices.at(i + 1) - p
                                                           : (i > 0 ? p - prices.at(i - 1) : p));
        m_priceTicks << QVariantMap{{QStringLiteral("value"), p},
                                    {QStringLiteral("label"), QString::number(p, 'f', ChartScale::decimalsFor(step))},
                                    {QStringLiteral("fraction"), yFraction(p)}};
    }
    m_timeTicks.clear();
    const qint64 from = qint64(m_xMin);
    const QDateTime fromTime = QDateTime::fromMSecsSinceEpoch(from);
    const qint64 step = ChartScale::timeStep(qint64(m_xMax - m_xMin), TimeTickCount);
    const QString format = step >= 24 * 3600000LL ? QStringLiteral("MMM d")
                         : step >= 60000 ? QStringLiteral("HH:mm")
                                         : QStringLiteral("HH:mm:ss");
    for (const qint64 t : ChartScale::timeTicks(from, qint64(m_xMax), TimeTickCount, fromTime.offsetFromUtc())) {
        m_timeTicks << QVariantMap{{QStringLiteral("ms"), double(t)},
                                   {QStringLiteral("label"), QDateTime::fromMSecsSinceEpoch(t).toString(format)},
                                   {QStringLiteral("fraction"), xFraction(double(t))}};
    }
    updateIndicatorLines();
    Q_EMIT viewChanged();
}

void CandleChartBinder::computeIndicators()
{
    const std::vector<Candle> empty;
    const std::vector<Candle> &bars = m_model ? m_model->bars() : empty;
    m_vwap = m_showVwap ? CandleIndicators::vwap(bars) : std::vector<double>{};
    m_ema = m_showEma ? CandleIndicators::ema(bars, m_emaPeriod) : std::vector<double>{};
}

void CandleChartBinder::updateIndicatorLines()
{
    const auto fill = [this](QLineSeries *line, const std::vector<double> &values) {
        if (!line)
            return;
        QList<QPointF> points;
        if (m_model && values.size() == m_model->bars().size()) {
            const double interval = double(m_model->intervalMs());
            const std::vector<Candle> &bars = m_model->bars();
            for (size_t i = 0; i < bars.size(); ++i) {
                const double ts = double(bars[i].ts);
                // One bar beyond each edge, so the line runs to the plot's border.
                if (ts + interval < m_xMin - interval || ts > m_xMax + interval || !std::isfinite(values[i]))
                    continue;
                points << QPointF(ts, ChartScale::toAxis(values[i], m_log));
            }
        }
        line->replace(points);
    };
    fill(m_vwapLine, m_vwap);
    fill(m_emaLine, m_ema);
}

double CandleChartBinder::yFraction(double price) const
{
    const double span = m_axisMax - m_axisMin;
    if (!(span > 0))
        return 0.5;
    return (m_axisMax - ChartScale::toAxis(price, m_log)) / span;
}

double CandleChartBinder::priceAtFraction(double fraction) const
{
    return ChartScale::fromAxis(m_axisMax - fraction * (m_axisMax - m_axisMin), m_log);
}

double CandleChartBinder::xFraction(double ms) const
{
    const double span = m_xMax - m_xMin;
    return span > 0 ? (ms - m_xMin) / span : 0.0;
}

double CandleChartBinder::msAtFraction(double fraction) const
{
    return m_xMin + fraction * (m_xMax - m_xMin);
}

QVariantMap CandleChartBinder::barMap(size_t index) const
{
    const Candle &c = m_model->bars().at(index);
    return {{QStringLiteral("ts"), double(c.ts)},
            {QStringLiteral("open"), c.open},
            {QStringLiteral("high"), c.high},
            {QStringLiteral("low"), c.low},
            {QStringLiteral("close"), c.close},
            {QStringLiteral("volume"), c.volume},
            {QStringLiteral("closed"), c.closed},
            {QStringLiteral("vwap"), index < m_vwap.size() ? m_vwap[index] : NaN},
            {QStringLiteral("ema"), index < m_ema.size() ? m_ema[index] : NaN}};
}

QVariantMap CandleChartBinder::barAt(double ms) const
{
    if (!m_model || m_model->bars().empty())
        return {};
    const std::vector<Candle> &bars = m_model->bars();
    // A candle is drawn centred on its open time: the nearest open time is the bar under ms.
    const auto it = std::lower_bound(bars.cbegin(), bars.cend(), ms,
                                     [](const Candle &c, double t) { return double(c.ts) < t; });
    size_t index = size_t(it - bars.cbegin());
    if (index == bars.size() || (index > 0 && ms - double(bars[index - 1].ts) < double(bars[index].ts) - ms))
        index = index == 0 ? 0 : index - 1;
    return barMap(index);
}

QVariantMap CandleChartBinder::lastBar() const
{
    if (!m_model || m_model->bars().empty())
        return {};
    return barMap(m_model->bars().size() - 1);
}
