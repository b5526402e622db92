#pragma once
// Replays a recording into a Connection (Connection::deliverForReplay), so the provider
// client, its models and the alert engine see the frames as live data: at the recorded
// pace (1×), faster (10×), or as fast as possible (speed 0).

#include "framerecording.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class Connection;

class FrameReplayer : public QObject
{
    Q_OBJECT

public:
    explicit FrameReplayer(QObject *parent = nullptr);

    /// Reads the recording. Returns false and sets error() on bad input.
    bool load(const QString &path);
    const RecordingHeader &header() const { return m_header; }
    int total() const { return int(m_frames.size()); }
    int delivered() const { return m_next; }
    bool running() const { return m_running; }
    QString error() const { return m_error; }
    /// The recording's clock: when the last delivered frame was recorded (the start of the
    /// recording before the first), in ms since the epoch.
    qint64 recordedTimeMs() const
    {
        return m_header.startedAtMs + (m_next > 0 ? m_frames.at(m_next - 1).offsetMs : 0);
    }

    /// Starts delivering into target. speed: 1 = recorded pace, 10 = ten times faster,
    /// 0 = as fast as possible (in slices, so the UI stays responsive).
    void start(Connection *target, double speed);
    void stop();

Q_SIGNALS:
    void progress(int delivered, int total);
    void finished();

private:
    void step();

    RecordingHeader m_header;
    QList<RecordedFrame> m_frames;
    QPointer<Connection> m_target;
    QElapsedTimer m_clock;
    QTimer m_timer;
    double m_speed = 1;
    int m_next = 0;
    bool m_running = false;
    QString m_error;
};
