#include "candlechartbinder.h"

#include "candleseriesmodel.h"

#include <QCandlestickSeries>
#include <QCandlestickSet>
#include <QLineSeries>
#include <algorithm>
#include <cmath>

using Conyr::Candle;

namespace {
constexpr int MinBars = 10;
constexpr int MaxBars = 1000;
constexpr int DefaultBars = 90;
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

void CandleChartBinder::setFollowLive(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    if (!follow)
        m_viewEnd = m_xMax;
    updateView();
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
        if (s < m_sets.size() && qint64(m_sets.at(s)->timestamp()) == c.ts) {
            QCandlestickSet *set = m_sets.at(s);
            if (set->open() != c.open || set->high() != c.high || set->low() != c.low || set->close() != c.close) {
                set->setOpen(c.open);
                set->setHigh(c.high);
                set->setLow(c.low);
                set->setClose(c.close);
            }
            QCandlestickSet *vol = m_volumeSets.at(s);
            if (vol->high() != c.volume) {
                vol->setHigh(c.volume);
                vol->setClose(c.volume);
            }
        } else {
            auto *set = new QCandlestickSet(c.open, c.high, c.low, c.close, double(c.ts));
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
    // Room below the candles for the volume bars, a little above for the wicks.
    const double range = std::max(hi - lo, std::abs(hi) * 1e-4 + 1e-12);
    m_yMin = lo - range * 0.35;
    m_yMax = hi + range * 0.08;
    // Volume bars use the bottom quarter of the plot.
    m_volumeMax = vol > 0 ? vol * 4.0 : 1.0;
    if (m_lastLine) {
        m_lastLine->replace(QList<QPointF>{{m_xMin, m_lastPrice}, {m_xMax, m_lastPrice}});
    }
    Q_EMIT viewChanged();
}
