#include "alertdryrun.h"

#include "alertcenter.h"
#include "alertengine.h"
#include "alertfeeds.h"
#include "alertreplay.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>

namespace {
/// "45 s", "12 min", "3 h 5 min": how long the recording ran.
QString spanText(qint64 ms)
{
    const qint64 s = (ms + 500) / 1000;
    if (s < 60)
        return AlertDryRun::tr("%n s", "seconds of recording", int(s));
    const qint64 min = (s + 30) / 60;
    if (min < 60)
        return AlertDryRun::tr("%n min", "minutes of recording", int(min));
    return AlertDryRun::tr("%1 h %2 min", "hours and minutes of recording").arg(min / 60).arg(min % 60);
}

/// "+02:15" (or "+1:02:15"): when a firing came, after the recording's start.
QString offsetText(qint64 ms)
{
    const qint64 s = ms / 1000;
    const auto two = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (s >= 3600)
        return QStringLiteral("+%1:%2:%3").arg(s / 3600).arg(two(s / 60 % 60), two(s % 60));
    return QStringLiteral("+%1:%2").arg(two(s / 60), two(s % 60));
}
} // namespace

AlertDryRun::AlertDryRun(QObject *parent)
    : QObject(parent)
{
}

AlertDryRun::~AlertDryRun()
{
    teardown();
}

void AlertDryRun::teardown()
{
    // The run's objects go together: the replay feeds the feeds, which feed the engine.
    delete m_replay;
    delete m_feeds;
    delete m_engine;
}

void AlertDryRun::reset()
{
    teardown();
    m_hasResult = false;
    m_error.clear();
    m_notice.clear();
    m_firings.clear();
    m_alerts.clear();
    m_firingCount = 0;
    m_frames = 0;
    m_observations = 0;
    m_spanStartMs = 0;
    m_spanMs = 0;
    m_recordingName.clear();
    m_recordingProvider.clear();
    m_observationProblem.clear();
    m_progress = 0;
    Q_EMIT progressChanged();
}

void AlertDryRun::setRunning(bool on)
{
    if (m_running == on)
        return;
    m_running = on;
    Q_EMIT runningChanged();
}

void AlertDryRun::fail(const QString &message)
{
    teardown();
    setRunning(false);
    m_error = message;
    Q_EMIT resultChanged();
}

bool AlertDryRun::start(AlertRule rule, const QString &path)
{
    reset();
    // A dry run asks what the rule would do if it ran: a disabled rule being edited too.
    rule.enabled = true;
    m_rule = rule;
    m_recordingName = QFileInfo(path).fileName();
    // The same objects as a CLI dry run: an engine fed by the replay's feeds, and no notifier.
    m_engine = new AlertEngine(this);
    m_feeds = new AlertFeeds(this);
    connect(m_feeds, &AlertFeeds::observed, m_engine, &AlertEngine::observe);
    connect(m_feeds, &AlertFeeds::connectionObserved, m_engine, &AlertEngine::observeConnection);
    connect(m_feeds, &AlertFeeds::observed, this, [this] { ++m_observations; });
    connect(m_engine, &AlertEngine::alertRaised, this, &AlertDryRun::onAlert);
    m_replay = new AlertReplay(m_feeds, m_engine, this);
    if (!m_replay->load(path)) {
        fail(m_replay->error());
        return false;
    }
    m_recordingProvider = m_replay->header().provider;
    m_observationProblem = m_replay->observationProblem();
    m_spanStartMs = m_replay->header().startedAtMs;
    connect(m_replay, &AlertReplay::progress, this, [this](int delivered, int total) {
        m_progress = total > 0 ? double(delivered) / total : 1.0;
        Q_EMIT progressChanged();
    });
    connect(m_replay, &AlertReplay::finished, this, &AlertDryRun::onFinished);
    setRunning(true);
    Q_EMIT resultChanged();
    m_replay->start({m_rule}, 0);
    return true;
}

QString AlertDryRun::run(const QVariantMap &ruleFields, const QUrl &file)
{
    AlertRule rule;
    QString problem;
    if (!AlertCenter::ruleFromFields(ruleFields, rule, &problem)) {
        reset();
        fail(problem);
        return problem;
    }
    if (!file.isLocalFile() && !file.isRelative()) {
        reset();
        fail(tr("Pick a recording file on this computer."));
        return m_error;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (path.isEmpty()) {
        reset();
        fail(tr("Pick a recording first."));
        return m_error;
    }
    return start(rule, path) ? QString() : m_error;
}

void AlertDryRun::cancel()
{
    if (!m_running)
        return;
    if (m_replay)
        m_replay->cancel();
    reset();
    setRunning(false);
    Q_EMIT resultChanged();
}

void AlertDryRun::onAlert(const Alert &alert)
{
    m_alerts.append(alert);
    ++m_firingCount;
    if (m_firings.size() >= MaxListedFirings)
        return;
    const qint64 clock = m_replay ? m_replay->recordedTimeMs() : alert.timestampMs;
    const qint64 offset = clock - m_spanStartMs;
    const QLocale locale;
    m_firings.append(QVariantMap{
        {QStringLiteral("offsetMs"), double(offset)},
        {QStringLiteral("offsetText"), offsetText(offset)},
        {QStringLiteral("timeText"), locale.toString(QDateTime::fromMSecsSinceEpoch(clock), QStringLiteral("yyyy-MM-dd HH:mm:ss"))},
        {QStringLiteral("valueText"), locale.toString(alert.value, 'g', 12)},
        {QStringLiteral("timeMs"), double(clock)},
        {QStringLiteral("timestampMs"), double(alert.timestampMs)},
        {QStringLiteral("value"), alert.value},
        // as a person calls it (a token's symbol, not its mint), as the message does
        {QStringLiteral("subject"), alert.values.value(QStringLiteral("subject"), alert.subject).toString()},
        {QStringLiteral("message"), alert.message},
    });
}

void AlertDryRun::onFinished()
{
    // As at the end of a CLI replay: one tick at the recording's last time (stale data, a
    // connection that stayed down), then the result.
    m_engine->tick();
    m_frames = m_replay->deliveredFrames();
    m_spanMs = m_replay->spanMs();
    m_progress = 1;
    Q_EMIT progressChanged();
    if (!m_observationProblem.isEmpty())
        m_notice = tr("This recording's provider (%1) reports nothing rules can read: only connection rules apply.")
                       .arg(m_recordingProvider);
    else if (!m_rule.provider.isEmpty() && m_rule.provider != m_recordingProvider)
        m_notice = tr("This recording is from %1, but the rule watches %2: it had no data to read.")
                       .arg(m_recordingProvider, m_rule.provider);
    else if (m_observations == 0)
        m_notice = tr("The recording holds no data this rule reads.");
    else if (m_firingCount == 0)
        m_notice = tr("The rule would not have fired on this recording.");
    m_hasResult = true;
    setRunning(false);
    Q_EMIT resultChanged();
    Q_EMIT finished();
}

QString AlertDryRun::summary() const
{
    if (!m_hasResult)
        return {};
    return tr("%n alert(s) in %1 of recording", "", m_firingCount).arg(spanText(m_spanMs));
}
