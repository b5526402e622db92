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

void FrameReplayer::step()
{
    if (!m_running)
        return;
    if (!m_target) {
        stop();
        Q_EMIT finished();
        return;
    }
    int slice = 0;
    while (m_next < m_frames.size()) {
        const RecordedFrame &f = m_frames.at(m_next);
        if (m_speed > 0) {
            const qint64 due = qint64(double(f.offsetMs) / m_speed);
            const qint64 wait = due - m_clock.elapsed();
            if (wait > 0) {
                m_timer.start(int(std::min<qint64>(wait, 1000)));
                Q_EMIT progress(m_next, total());
                return;
            }
        } else if (slice >= SliceFrames) {
            m_timer.start(0);
            Q_EMIT progress(m_next, total());
            return;
        }
        ++m_next;
        ++slice;
        m_target->deliverForReplay(f.payload);
        if (!m_running || !m_target)
            return;
    }
    m_running = false;
    Q_EMIT progress(m_next, total());
    Q_EMIT finished();
}
