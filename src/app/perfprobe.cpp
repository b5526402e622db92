#include "perfprobe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QQuickWindow>
#include <QVariant>
#include <algorithm>

namespace {

/// CPU seconds this process used (user + system), or 0 where /proc is not available.
double processCpuSeconds()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Fields after the command name (which may contain spaces) start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = fields.at(11).toDouble() + fields.at(12).toDouble(); // utime, stime
    return ticks / 100.0; // USER_HZ is 100 on Linux
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

qint64 percentile(std::vector<qint64> &values, double p)
{
    if (values.empty())
        return 0;
    const size_t k = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
    std::nth_element(values.begin(), values.begin() + qsizetype(k), values.end());
    return values[k];
}

} // namespace

void PerfProbe::startIfRequested(QQuickWindow *window)
{
    const QString file = qEnvironmentVariable("TIDEWATCH_PERF_LOG");
    if (file.isEmpty() || !window)
        return;
    new PerfProbe(window, file);
}

PerfProbe::PerfProbe(QQuickWindow *window, const QString &file)
    : QObject(window)
    , m_window(window)
    , m_out(file)
{
    if (!m_out.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        qWarning("perf probe: cannot write %s", qPrintable(file));
    m_clock.start();
    m_lastCpuSeconds = processCpuSeconds();
    connect(window, &QQuickWindow::frameSwapped, this, [this] { ++m_frames; }, Qt::DirectConnection);
    m_sampleTimer.setInterval(1000);
    connect(&m_sampleTimer, &QTimer::timeout, this, &PerfProbe::sample);
    m_sampleTimer.start();

    m_measureLag = qEnvironmentVariableIntValue("TIDEWATCH_PERF_LAG") == 1;
    if (m_measureLag) {
        m_lagTimer.setSingleShot(true);
        m_lagTimer.setInterval(0);
        m_lagTimer.setTimerType(Qt::PreciseTimer);
        connect(&m_lagTimer, &QTimer::timeout, this, &PerfProbe::onLagTimer);
        m_lagSpacer.setSingleShot(true);
        m_lagSpacer.setInterval(5);
        m_lagSpacer.setTimerType(Qt::PreciseTimer);
        connect(&m_lagSpacer, &QTimer::timeout, this, &PerfProbe::armLagTimer);
        armLagTimer();
    }

    m_tour = qEnvironmentVariable("TIDEWATCH_PERF_TOUR").split(QLatin1Char(','), Qt::SkipEmptyParts);
    const int stepMs = qMax(500, qEnvironmentVariableIntValue("TIDEWATCH_PERF_TOUR_STEP_MS"));
    m_tourTimer.setInterval(m_tour.isEmpty() ? 0 : stepMs);
    connect(&m_tourTimer, &QTimer::timeout, this, &PerfProbe::tourStep);
    if (!m_tour.isEmpty())
        m_tourTimer.start();
    bool ok = false;
    const int hide = qEnvironmentVariableIntValue("TIDEWATCH_PERF_HIDE_AFTER", &ok);
    m_hideAfterS = ok ? hide : -1;
}

void PerfProbe::armLagTimer()
{
    m_lagArmedNs = m_clock.nsecsElapsed();
    m_lagTimer.start();
}

void PerfProbe::onLagTimer()
{
    m_lagsUs.push_back((m_clock.nsecsElapsed() - m_lagArmedNs) / 1000);
    m_lagSpacer.start();
}

void PerfProbe::tourStep()
{
    if (m_tour.isEmpty()) {
        m_tourTimer.stop();
        return;
    }
    m_page = m_tour.takeFirst();
    QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QVariant, QVariant(m_page)));
}

void PerfProbe::sample()
{
    const qint64 nowMs = m_clock.elapsed();
    const double cpu = processCpuSeconds();
    const double spanS = double(nowMs - m_lastSampleMs) / 1000.0;
    QJsonObject line{
        {QStringLiteral("t"), QDateTime::currentMSecsSinceEpoch()},
        {QStringLiteral("uptimeS"), double(nowMs) / 1000.0},
        {QStringLiteral("page"), m_window ? m_window->property("currentPageName").toString() : QString()},
        {QStringLiteral("visible"), m_window && m_window->isVisible()},
        {QStringLiteral("frames"), m_frames.exchange(0)},
        {QStringLiteral("cpuPct"), spanS > 0 ? (cpu - m_lastCpuSeconds) * 100.0 / spanS : 0.0},
        {QStringLiteral("rssKiB"), residentKiB()},
    };
    if (m_measureLag) {
        line.insert(QStringLiteral("lagSamples"), qint64(m_lagsUs.size()));
        line.insert(QStringLiteral("lagP50Us"), percentile(m_lagsUs, 0.50));
        line.insert(QStringLiteral("lagP99Us"), percentile(m_lagsUs, 0.99));
        line.insert(QStringLiteral("lagMaxUs"), m_lagsUs.empty() ? 0 : *std::max_element(m_lagsUs.begin(), m_lagsUs.end()));
        m_lagsUs.clear();
    }
    m_out.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_out.flush();
    m_lastCpuSeconds = cpu;
    m_lastSampleMs = nowMs;
    if (m_hideAfterS >= 0 && nowMs / 1000 >= m_hideAfterS && m_window && m_window->isVisible())
        m_window->hide();
}
