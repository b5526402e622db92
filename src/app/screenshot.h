#pragma once
// --screenshot FILE [--page NAME]: show a page, wait until it shows live data, save the
// window as PNG and quit (used by the GUI smoke test and for documentation).

#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickWindow;

class Screenshotter : public QObject
{
    Q_OBJECT
public:
    /// Waits at most timeoutMs for the window's `pageLive` property to become true.
    Screenshotter(QQuickWindow *window, QString file, QString page, int timeoutMs = 30000,
                  QObject *parent = nullptr);

private:
    void poll();
    void capture(bool live);

    QPointer<QQuickWindow> m_window;
    QString m_file;
    QString m_page;
    QTimer m_poll;
    int m_waitedMs = 0;
    int m_timeoutMs;
    int m_settledPolls = 0;
};
