#pragma once
// Replays a recording into a Connection (Connection::deliverForReplay), so the provider
// client, its models and the alert engine see the frames as live data: at the recorded
// pace (1×), faster (10×), or as fast as possible (speed 0).

#include "framerecording.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <algorithm>

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
    /// The recording's clock, in ms since the epoch: when the last delivered frame was
    /// recorded (the start of the recording before the first), or the time of the tick
    /// being emitted (ticked()).
    qint64 recordedTimeMs() const { return m_header.startedAtMs + m_clockOffsetMs; }

    /// Lets time pass between frames as it passed while recording: ticked() every intervalMs
    /// of recorded time after the recording's start (0: never, the default), in order with the
    /// frames. Takes effect at the next start().
    void setTickIntervalMs(qint64 intervalMs) { m_tickIntervalMs = std::max<qint64>(0, intervalMs); }

    /// Starts delivering into target. speed: 1 = recorded pace, 10 = ten times faster,
    /// 0 = as fast as possible (in slices, so the UI stays responsive).
    void start(Connection *target, double speed);
    void stop();

Q_SIGNALS:
    void progress(int delivered, int total);
    /// The recording's clock reached recordedMs (= recordedTimeMs()) between two frames: every
    /// frame recorded before it was delivered, and the readers' batches of those frames were
    /// handed on (the replayer lets the event loop run between the last frame and a tick), none
    /// recorded after it yet. A tick at the time of a frame comes after that frame.
    void ticked(qint64 recordedMs);
    void finished();

private:
    void step();
    void reportProgress();

    RecordingHeader m_header;
    QList<RecordedFrame> m_frames;
    QPointer<Connection> m_target;
    QElapsedTimer m_clock;
    QTimer m_timer;
    double m_speed = 1;
    int m_next = 0;
    qint64 m_clockOffsetMs = 0;   // recordedTimeMs() after the recording's start
    qint64 m_tickIntervalMs = 0;
    qint64 m_nextTickOffsetMs = 0; // when the next tick is due, after the recording's start
    int m_unreported = 0;          // frames delivered since the last progress()
    bool m_running = false;
    QString m_error;
};
