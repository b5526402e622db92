#pragma once
// Feeds a QtCharts candlestick chart from a CandleSeriesModel and owns the chart's view
// window (follow live, zoom, pan), its axis ranges and ticks, and its indicator lines.

#include "candleseriesmodel.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <vector>

class QCandlestickSeries;
class QCandlestickSet;
class QLineSeries;

/// Keeps one QCandlestickSet per bar in step with the model, editing sets in place (no
/// rebuild per update), and the volume bars (a second candlestick series on its own axis)
/// and the last-price line with them. It updates only when the model has flushed, i.e. at
/// most once per frame. The view shows `visibleBars` bars ending at the newest bar while
/// following live, or at viewEnd after a pan; y ranges fit the visible bars.
///
/// On a log scale the series hold log10 of each price (the chart's own axis stays linear):
/// axisMin/axisMax are in that space, yMin/yMax always in prices, and the chart's labels
/// and overlays are placed through yFraction()/priceAtFraction(), never by the axis.
/// The VWAP and EMA lines hold the points of the visible window only.
class CandleChartBinder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CandleSeriesModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QObject *candles READ candles WRITE setCandles NOTIFY seriesChanged)
    Q_PROPERTY(QObject *volume READ volume WRITE setVolume NOTIFY seriesChanged)
    Q_PROPERTY(QObject *lastPriceLine READ lastPriceLine WRITE setLastPriceLine NOTIFY seriesChanged)
    Q_PROPERTY(QObject *vwapLine READ vwapLine WRITE setVwapLine NOTIFY seriesChanged)
    Q_PROPERTY(QObject *emaLine READ emaLine WRITE setEmaLine NOTIFY seriesChanged)
    Q_PROPERTY(bool logScale READ logScale WRITE setLogScale NOTIFY optionsChanged)
    Q_PROPERTY(bool showVwap READ showVwap WRITE setShowVwap NOTIFY optionsChanged)
    Q_PROPERTY(bool showEma READ showEma WRITE setShowEma NOTIFY optionsChanged)
    /// Bars of the EMA (1 … 500).
    Q_PROPERTY(int emaPeriod READ emaPeriod WRITE setEmaPeriod NOTIFY optionsChanged)
    Q_PROPERTY(bool followLive READ followLive WRITE setFollowLive NOTIFY viewChanged)
    /// Paused (the page's pause): the view stops following the newest bar while the bars keep
    /// coming; resuming follows again, caught up, if it followed when paused.
    Q_PROPERTY(bool paused READ paused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(int visibleBars READ visibleBars WRITE setVisibleBars NOTIFY viewChanged)
    Q_PROPERTY(QDateTime xMin READ xMin NOTIFY viewChanged)
    Q_PROPERTY(QDateTime xMax READ xMax NOTIFY viewChanged)
    Q_PROPERTY(double xMinMs READ xMinMs NOTIFY viewChanged)
    Q_PROPERTY(double xMaxMs READ xMaxMs NOTIFY viewChanged)
    Q_PROPERTY(double yMin READ yMin NOTIFY viewChanged)
    Q_PROPERTY(double yMax READ yMax NOTIFY viewChanged)
    /// The price axis range as the series hold it (log10 of prices on a log scale).
    Q_PROPERTY(double axisMin READ axisMin NOTIFY viewChanged)
    Q_PROPERTY(double axisMax READ axisMax NOTIFY viewChanged)
    Q_PROPERTY(double volumeMax READ volumeMax NOTIFY viewChanged)
    /// [{value, label, fraction}]: round prices, fraction from the plot's top.
    Q_PROPERTY(QVariantList priceTicks READ priceTicks NOTIFY viewChanged)
    /// [{ms, label, fraction}]: round times, fraction from the plot's left.
    Q_PROPERTY(QVariantList timeTicks READ timeTicks NOTIFY viewChanged)
    Q_PROPERTY(double lastPrice READ lastPrice NOTIFY viewChanged)
    Q_PROPERTY(int setCount READ setCount NOTIFY viewChanged)
    /// While false (the chart is not on screen) model updates are not applied to the chart;
    /// the chart catches up at once when it becomes active again.
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)

public:
    explicit CandleChartBinder(QObject *parent = nullptr);
    ~CandleChartBinder() override;

    CandleSeriesModel *model() const { return m_model; }
    void setModel(CandleSeriesModel *model);
    QObject *candles() const;
    void setCandles(QObject *series);
    QObject *volume() const;
    void setVolume(QObject *series);
    QObject *lastPriceLine() const;
    void setLastPriceLine(QObject *series);
    QObject *vwapLine() const;
    void setVwapLine(QObject *series);
    QObject *emaLine() const;
    void setEmaLine(QObject *series);
    bool logScale() const { return m_log; }
    void setLogScale(bool log);
    bool showVwap() const { return m_showVwap; }
    void setShowVwap(bool show);
    bool showEma() const { return m_showEma; }
    void setShowEma(bool show);
    int emaPeriod() const { return m_emaPeriod; }
    void setEmaPeriod(int period);

    bool followLive() const { return m_follow; }
    void setFollowLive(bool follow);
    bool paused() const { return m_paused; }
    void setPaused(bool paused);
    int visibleBars() const { return m_visibleBars; }
    void setVisibleBars(int bars);
    QDateTime xMin() const { return QDateTime::fromMSecsSinceEpoch(qint64(m_xMin)); }
    QDateTime xMax() const { return QDateTime::fromMSecsSinceEpoch(qint64(m_xMax)); }
    double xMinMs() const { return m_xMin; }
    double xMaxMs() const { return m_xMax; }
    double yMin() const { return m_yMin; }
    double yMax() const { return m_yMax; }
    double axisMin() const { return m_axisMin; }
    double axisMax() const { return m_axisMax; }
    double volumeMax() const { return m_volumeMax; }
    QVariantList priceTicks() const { return m_priceTicks; }
    QVariantList timeTicks() const { return m_timeTicks; }
    double lastPrice() const { return m_lastPrice; }
    int setCount() const { return int(m_sets.size()); }
    bool active() const { return m_active; }
    void setActive(bool active);

    /// factor > 1 zooms out (more bars), < 1 zooms in.
    Q_INVOKABLE void zoom(double factor);
    /// Moves the view by a fraction of its width (negative: towards older bars).
    Q_INVOKABLE void pan(double fraction);
    /// Back to following the newest bar at the default zoom.
    Q_INVOKABLE void resetView();

    /// Where a price sits on the plot: 0 at the top, 1 at the bottom (outside: beyond).
    Q_INVOKABLE double yFraction(double price) const;
    /// The price at a height of the plot (0 top, 1 bottom); the inverse of yFraction().
    Q_INVOKABLE double priceAtFraction(double fraction) const;
    /// Where a time sits on the plot: 0 at the left edge, 1 at the right edge.
    Q_INVOKABLE double xFraction(double ms) const;
    Q_INVOKABLE double msAtFraction(double fraction) const;
    /// The bar nearest to a time: {ts, open, high, low, close, volume, closed, vwap, ema}
    /// (vwap/ema NaN where not defined); empty without bars.
    Q_INVOKABLE QVariantMap barAt(double ms) const;
    /// The newest bar, as barAt().
    Q_INVOKABLE QVariantMap lastBar() const;

Q_SIGNALS:
    void modelChanged();
    void seriesChanged();
    void viewChanged();
    void activeChanged();
    void optionsChanged();
    void pausedChanged();

private:
    void sync();
    void rebuild();
    void watch(QObject *series);
    void updateView();
    void computeIndicators();
    void updateIndicatorLines();
    QVariantMap barMap(size_t index) const;

    QPointer<CandleSeriesModel> m_model;
    QPointer<QCandlestickSeries> m_candles;
    QPointer<QCandlestickSeries> m_volume;
    QPointer<QLineSeries> m_lastLine;
    QPointer<QLineSeries> m_vwapLine;
    QPointer<QLineSeries> m_emaLine;
    QList<QCandlestickSet *> m_sets;
    QList<QCandlestickSet *> m_volumeSets;
    bool m_follow = true;
    bool m_paused = false;
    bool m_followWhenPaused = false; // followed the newest bar when paused
    int m_visibleBars = 90;
    double m_viewEnd = 0;   // ms, used when not following
    double m_xMin = 0;
    double m_xMax = 1;
    double m_yMin = 0;
    double m_yMax = 1;
    double m_axisMin = 0;
    double m_axisMax = 1;
    double m_volumeMax = 1;
    QVariantList m_priceTicks;
    QVariantList m_timeTicks;
    bool m_log = false;
    bool m_showVwap = false;
    bool m_showEma = false;
    int m_emaPeriod = 20;
    std::vector<double> m_vwap;   // per bar of the model
    std::vector<double> m_ema;
    double m_lastPrice = 0;
    bool m_active = true;
    bool m_stale = false;   // updates arrived while inactive
};
