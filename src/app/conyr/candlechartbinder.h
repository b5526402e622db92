#pragma once
// Feeds a QtCharts candlestick chart from a CandleSeriesModel and owns the chart's view
// window (follow live, zoom, pan) and its axis ranges.

#include "candleseriesmodel.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class QCandlestickSeries;
class QCandlestickSet;
class QLineSeries;

/// Keeps one QCandlestickSet per bar in step with the model, editing sets in place (no
/// rebuild per update), and the volume bars (a second candlestick series on its own axis)
/// and the last-price line with them. It updates only when the model has flushed, i.e. at
/// most once per frame. The view shows `visibleBars` bars ending at the newest bar while
/// following live, or at viewEnd after a pan; y ranges fit the visible bars.
class CandleChartBinder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(CandleSeriesModel *model READ model WRITE setModel NOTIFY modelChanged)
    Q_PROPERTY(QObject *candles READ candles WRITE setCandles NOTIFY seriesChanged)
    Q_PROPERTY(QObject *volume READ volume WRITE setVolume NOTIFY seriesChanged)
    Q_PROPERTY(QObject *lastPriceLine READ lastPriceLine WRITE setLastPriceLine NOTIFY seriesChanged)
    Q_PROPERTY(bool followLive READ followLive WRITE setFollowLive NOTIFY viewChanged)
    Q_PROPERTY(int visibleBars READ visibleBars WRITE setVisibleBars NOTIFY viewChanged)
    Q_PROPERTY(QDateTime xMin READ xMin NOTIFY viewChanged)
    Q_PROPERTY(QDateTime xMax READ xMax NOTIFY viewChanged)
    Q_PROPERTY(double xMinMs READ xMinMs NOTIFY viewChanged)
    Q_PROPERTY(double xMaxMs READ xMaxMs NOTIFY viewChanged)
    Q_PROPERTY(double yMin READ yMin NOTIFY viewChanged)
    Q_PROPERTY(double yMax READ yMax NOTIFY viewChanged)
    Q_PROPERTY(double volumeMax READ volumeMax NOTIFY viewChanged)
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

    bool followLive() const { return m_follow; }
    void setFollowLive(bool follow);
    int visibleBars() const { return m_visibleBars; }
    void setVisibleBars(int bars);
    QDateTime xMin() const { return QDateTime::fromMSecsSinceEpoch(qint64(m_xMin)); }
    QDateTime xMax() const { return QDateTime::fromMSecsSinceEpoch(qint64(m_xMax)); }
    double xMinMs() const { return m_xMin; }
    double xMaxMs() const { return m_xMax; }
    double yMin() const { return m_yMin; }
    double yMax() const { return m_yMax; }
    double volumeMax() const { return m_volumeMax; }
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

Q_SIGNALS:
    void modelChanged();
    void seriesChanged();
    void viewChanged();
    void activeChanged();

private:
    void sync();
    void rebuild();
    void watch(QObject *series);
    void updateView();

    QPointer<CandleSeriesModel> m_model;
    QPointer<QCandlestickSeries> m_candles;
    QPointer<QCandlestickSeries> m_volume;
    QPointer<QLineSeries> m_lastLine;
    QList<QCandlestickSet *> m_sets;
    QList<QCandlestickSet *> m_volumeSets;
    bool m_follow = true;
    int m_visibleBars = 90;
    double m_viewEnd = 0;   // ms, used when not following
    double m_xMin = 0;
    double m_xMax = 1;
    double m_yMin = 0;
    double m_yMax = 1;
    double m_volumeMax = 1;
    double m_lastPrice = 0;
    bool m_active = true;
    bool m_stale = false;   // updates arrived while inactive
};
