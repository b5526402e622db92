#include "screenshot.h"

#include <algorithm>

#include "core/logging.h"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <cstdio>

namespace {
constexpr int PollMs = 250;
constexpr int SettlePolls = 6; // keep live data flowing a moment before capturing
} // namespace

Screenshotter::Screenshotter(QQuickWindow *window, QString file, QString page, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
    , m_page(std::move(page))
    , m_timeoutMs(timeoutMs)
{
    if (!m_page.isEmpty() && m_window)
        QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QVariant, m_page));
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &Screenshotter::poll);
    m_poll.start();
}

void Screenshotter::poll()
{
    m_waitedMs += PollMs;
    if (!m_window) {
        QCoreApplication::exit(1);
        return;
    }
    const bool live = m_window->property("pageLive").toBool();
    // TIDEWATCH_SCREENSHOT_SETTLE_MS: how long live data flows before the capture (for
    // pictures of a page that has been running a while).
    static const int settlePolls = [] {
        bool ok = false;
        const int ms = qEnvironmentVariableIntValue("TIDEWATCH_SCREENSHOT_SETTLE_MS", &ok);
        return ok && ms > 0 ? std::max(1, ms / PollMs) : SettlePolls;
    }();
    if (live && ++m_settledPolls >= settlePolls) {
        capture(true);
        return;
    }
    if (m_waitedMs >= m_timeoutMs)
        capture(false);
}

void Screenshotter::capture(bool live)
{
    m_poll.stop();
    const QImage image = m_window->grabWindow();
    const bool saved = !image.isNull() && image.save(m_file, "PNG");
    if (!saved)
        std::fprintf(stderr, "tidewatch: could not save the screenshot to %s\n", qPrintable(m_file));
    else if (!live)
        std::fprintf(stderr, "tidewatch: page '%s' showed no live data within %d s; saved anyway\n",
                     qPrintable(m_page), m_timeoutMs / 1000);
    QCoreApplication::exit(saved && live ? 0 : 1);
}
