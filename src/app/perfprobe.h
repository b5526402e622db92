#pragma once
// A probe for the app benchmark (bench/bench_app.sh): with TIDEWATCH_PERF_LOG=FILE set, the app
// writes one JSON line per second to FILE with the frames it drew, its CPU use, its RSS and,
// with TIDEWATCH_PERF_LAG=1, the event loop's lag. It can also tour the pages
// (TIDEWATCH_PERF_TOUR=name,name,…) and hide the window as closing to the tray does
// (TIDEWATCH_PERF_HIDE_AFTER=SECONDS). Off (and free) unless the variable is set.

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <atomic>
#include <vector>

class QQuickWindow;

class PerfProbe : public QObject
{
    Q_OBJECT
public:
    /// Starts a probe on the window when TIDEWATCH_PERF_LOG is set; otherwise does nothing.
    static void startIfRequested(QQuickWindow *window);

private:
    PerfProbe(QQuickWindow *window, const QString &file);

    void sample();
    void armLagTimer();
    void onLagTimer();
    void tourStep();

    QPointer<QQuickWindow> m_window;
    QFile m_out;
    QTimer m_sampleTimer;
    QElapsedTimer m_clock;
    std::atomic<qint64> m_frames{0}; // counted on the render thread
    double m_lastCpuSeconds = 0;
    qint64 m_lastSampleMs = 0;
    // Event-loop lag: a 0 ms timer is armed every few ms; the delay to its run is the lag.
    bool m_measureLag = false;
    QTimer m_lagTimer;
    QTimer m_lagSpacer;
    qint64 m_lagArmedNs = 0;
    std::vector<qint64> m_lagsUs;
    // Page tour
    QStringList m_tour;
    QTimer m_tourTimer;
    QString m_page;
    int m_hideAfterS = -1;
};
