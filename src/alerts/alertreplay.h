#pragma once
// A recording run through the alert engine, exactly as a live run: the recorded provider's
// own client (ReplayReader) decodes the frames, its observations reach the engine through
// AlertFeeds, and the engine's clock is the recording's clock. The CLI's
// `alerts --replay FILE` and the Alerts page's dry run are this one class, so both give the
// same alerts at the same times for the same file and rules. Time passes as in a live run:
// the engine ticks (stale data, blind time, a connection rule's wait) every recorded second
// between the frames, as the app's and the CLI's timer tick it every second of a live run, so
// a rule that went blind in the middle of a recording fires there, not at the end.

#include "alertrule.h"
#include "models/record/framerecording.h"

#include <QObject>
#include <QString>

class AlertEngine;
class AlertFeeds;
class Connection;
class FrameReplayer;
class ObservationSource;

class AlertReplay : public QObject
{
    Q_OBJECT

public:
    /// How often a run ticks its engine (AlertEngine::tick), live (AlertCenter, the CLI) and
    /// in a replay (on the recording's clock).
    static constexpr int TickIntervalMs = 1000;

    /// feeds and engine belong to the caller, who connects feeds to engine (and, for a run
    /// that notifies, to its notifiers): the replay only feeds and clocks them.
    AlertReplay(AlertFeeds *feeds, AlertEngine *engine, QObject *parent = nullptr);

    /// Reads the recording and attaches its provider's client to the feeds. Returns false and
    /// sets error() to a sentence on a bad or unreadable file.
    bool load(const QString &path);
    QString error() const { return m_error; }
    /// Set after load() when the recorded provider reports no observations (the Allium API,
    /// an unknown provider): only connection rules apply.
    QString observationProblem() const { return m_observationProblem; }
    const RecordingHeader &header() const;
    int totalFrames() const;
    int deliveredFrames() const;
    /// The span replayed so far, in ms after the recording's start (after finished(): the
    /// offset of the last frame, the recording's whole span).
    qint64 spanMs() const;
    /// The recording's clock (ms since the epoch): when the last delivered frame was recorded.
    qint64 recordedTimeMs() const;

    /// Starts rules at the recording's start and delivers its frames: speed 0 = as fast as
    /// possible, in slices on the event loop (the GUI stays responsive), 1 = as recorded.
    void start(const QList<AlertRule> &rules, double speed = 0);
    /// Stops delivering; finished() is not emitted.
    void cancel();
    bool running() const { return m_running; }

Q_SIGNALS:
    void progress(int delivered, int total);
    /// Every frame was delivered and the clients' batches of the last frames reached the
    /// engine (they are queued behind the replayer's end). The caller ends as at the end of a
    /// live run: one engine tick() at the recording's last time, then its summary.
    void finished();

private:
    AlertFeeds *m_feeds;
    AlertEngine *m_engine;
    FrameReplayer *m_replayer;
    Connection *m_connection = nullptr;
    QString m_error;
    QString m_observationProblem;
    bool m_running = false;
};
