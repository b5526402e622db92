#include "framereplayer.h"

#include "core/connection.h"

namespace {
constexpr int SliceFrames = 500; // frames per event-loop turn at full speed
} // namespace

FrameReplayer::FrameReplayer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FrameReplayer::step);
}

bool FrameReplayer::load(const QString &path)
{
    stop();
    m_error.clear();
    m_next = 0;
    m_clockOffsetMs = 0;
    RecordingHeader header;
    QList<RecordedFrame> frames;
    if (!FrameRecording::read(path, header, frames, &m_error))
        return false;
    m_header = header;
    m_frames = std::move(frames);
    return true;
}

void FrameReplayer::start(Connection *target, double speed)
{
    stop();
    m_target = target;
    m_speed = speed < 0 ? 1 : speed;
    m_next = 0;
    m_clockOffsetMs = 0;
    m_nextTickOffsetMs = m_tickIntervalMs;
    m_unreported = 0;
    m_running = m_target != nullptr;
    if (!m_running)
        return;
    m_clock.start();
    m_timer.start(0);
}

void FrameReplayer::stop()
{
    m_timer.stop();
    m_running = false;
}

void FrameReplayer::reportProgress()
{
    m_unreported = 0;
    Q_EMIT progress(m_next, total());
}

void FrameReplayer::step()
{
    if (!m_running)
        return;
    if (!m_target) {
        stop();
        Q_EMIT finished();
        return;
    }
    int slice = 0;          // frames and ticks in this event-loop turn (speed 0)
    bool delivered = false; // a frame was delivered in this turn
    while (m_next < m_frames.size()) {
        const RecordedFrame &f = m_frames.at(m_next);
        if (m_tickIntervalMs > 0 && m_nextTickOffsetMs < f.offsetMs) {
            // Time passes before this frame. A tick waits for its time (paced) and for the
            // readers' batches of the frames before it, which they hand on from the event loop
            // (as a live run's timer fires between frames, not inside a burst).
            if (m_speed > 0) {
                const qint64 wait = qint64(double(m_nextTickOffsetMs) / m_speed) - m_clock.elapsed();
                if (wait > 0) {
                    m_timer.start(int(std::min<qint64>(wait, 1000)));
                    reportProgress();
                    return;
                }
            }
            if (m_speed <= 0 && slice >= SliceFrames) {
                m_timer.start(0);
                reportProgress();
                return;
            }
            if (delivered) {
                m_timer.start(0);
                // A sparse recording yields here once a second: progress still per slice.
                if (m_unreported >= SliceFrames)
                    reportProgress();
                return;
            }
            m_clockOffsetMs = m_nextTickOffsetMs;
            m_nextTickOffsetMs += m_tickIntervalMs;
            ++slice;
            Q_EMIT ticked(recordedTimeMs());
            if (!m_running || !m_target)
                return;
            continue;
        }
        if (m_speed > 0) {
            const qint64 due = qint64(double(f.offsetMs) / m_speed);
            const qint64 wait = due - m_clock.elapsed();
            if (wait > 0) {
                m_timer.start(int(std::min<qint64>(wait, 1000)));
                reportProgress();
                return;
            }
        } else if (slice >= SliceFrames) {
            m_timer.start(0);
            reportProgress();
            return;
        }
        ++m_next;
        ++slice;
        ++m_unreported;
        delivered = true;
        m_clockOffsetMs = f.offsetMs;
        m_target->deliverForReplay(f.payload);
        if (!m_running || !m_target)
            return;
    }
    m_running = false;
    reportProgress();
    Q_EMIT finished();
}
