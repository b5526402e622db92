#include "alertreplay.h"

#include "alertengine.h"
#include "alertfeeds.h"
#include "core/connection.h"
#include "models/record/framereplayer.h"
#include "models/record/replayreader.h"

#include <QTimer>
#include <QUrl>

AlertReplay::AlertReplay(AlertFeeds *feeds, AlertEngine *engine, QObject *parent)
    : QObject(parent)
    , m_feeds(feeds)
    , m_engine(engine)
    , m_replayer(new FrameReplayer(this))
{
    connect(m_replayer, &FrameReplayer::progress, this, &AlertReplay::progress);
    // The recording's clock passes a second: the engine ticks, as a live run's timer ticks it.
    m_replayer->setTickIntervalMs(TickIntervalMs);
    connect(m_replayer, &FrameReplayer::ticked, this, [this] {
        if (m_running)
            m_engine->tick();
    });
    connect(m_replayer, &FrameReplayer::finished, this, [this] {
        // After the clients' batches of the last frames (queued behind this signal).
        QTimer::singleShot(0, this, [this] {
            if (!m_running)
                return;
            m_running = false;
            Q_EMIT finished();
        });
    });
}

bool AlertReplay::load(const QString &path)
{
    m_error.clear();
    m_observationProblem.clear();
    if (m_connection) {
        m_error = tr("A replay reads one recording.");
        return false;
    }
    if (!m_replayer->load(path)) {
        m_error = m_replayer->error();
        return false;
    }
    const RecordingHeader &h = m_replayer->header();
    ConnectionConfig config;
    config.name = h.connection;
    config.profileId = h.profileId;
    // The recorded URL (credentials masked) keeps what decoders read from it, e.g. the topic.
    config.url = QUrl(h.url);
    config.autoReconnect = false;
    m_connection = new Connection(config, this);
    // The recorded provider's own client reads the replay, as it read the live run.
    ObservationSource *observations = ReplayReader::create(h.provider, m_connection, &m_observationProblem);
    if (observations)
        m_observationProblem.clear();
    else if (m_observationProblem.isEmpty())
        m_observationProblem = tr("Provider \"%1\" reports no observations").arg(h.provider);
    m_feeds->attach(m_connection, h.provider, observations);
    return true;
}

const RecordingHeader &AlertReplay::header() const
{
    return m_replayer->header();
}

int AlertReplay::totalFrames() const
{
    return m_replayer->total();
}

int AlertReplay::deliveredFrames() const
{
    return m_replayer->delivered();
}

qint64 AlertReplay::spanMs() const
{
    return m_replayer->recordedTimeMs() - m_replayer->header().startedAtMs;
}

qint64 AlertReplay::recordedTimeMs() const
{
    return m_replayer->recordedTimeMs();
}

void AlertReplay::start(const QList<AlertRule> &rules, double speed)
{
    if (!m_connection)
        return;
    // The recording's clock, not the wall clock: time in the rules (cooldowns, windows,
    // stale data, and the time of an observation without one of its own) is the time the
    // frames were recorded at, so every run over the same frames, at any speed, dry or
    // not, gives the same alerts at the same times.
    FrameReplayer *replayer = m_replayer;
    m_engine->setClock([replayer] { return replayer->recordedTimeMs(); });
    // The rules start now, at the recording's start.
    m_engine->setRules({});
    m_engine->setRules(rules);
    m_running = true;
    m_replayer->start(m_connection, speed);
}

void AlertReplay::cancel()
{
    m_running = false;
    m_replayer->stop();
}
