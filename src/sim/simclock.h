#pragma once
// The simulator's clock: simulated time runs `factor` times faster than real time.

#include <QDateTime>
#include <QElapsedTimer>

class SimClock
{
public:
    explicit SimClock(double factor = 1.0, qint64 startEpochMs = QDateTime::currentMSecsSinceEpoch())
        : m_factor(factor > 0 ? factor : 1.0)
        , m_startEpochMs(startEpochMs)
    {
        m_elapsed.start();
    }

    double factor() const { return m_factor; }
    /// Simulated Unix time in milliseconds.
    qint64 nowMs() const { return m_startEpochMs + qint64(double(m_elapsed.elapsed()) * m_factor); }
    /// Real milliseconds that correspond to a simulated duration (at least 1).
    int realMs(qint64 simulatedMs) const { return int(std::max<double>(1.0, double(simulatedMs) / m_factor)); }

private:
    double m_factor;
    qint64 m_startEpochMs;
    QElapsedTimer m_elapsed;
};
