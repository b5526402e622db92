#include "soakharness.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <algorithm>
#include <cstdio>

namespace Soak {

namespace {

// Connection publishes its statistics (and resets the attempt counter once the connection is
// stable) on a one-second timer started when it opens: src/core/connection.cpp.
constexpr qint64 StatsTickMs = 1000;
// Slack for measuring a retry from the outside on a shared machine: the state signals are
// seen one event-loop turn late, and a coarse timer may fire up to 5 % early.
constexpr double EarlyFactor = 0.95;
constexpr qint64 EarlySlackMs = 5;
constexpr double LateFactor = 1.10;
constexpr qint64 LateSlackMs = 150;

constexpr int PingIntervalMs = 200;
constexpr int StaleTimeoutMs = 1000;
constexpr int ConnectTimeoutMs = 2000;

const char *stateWord(Connection::State state)
{
    switch (state) {
    case Connection::State::Idle: return "idle";
    case Connection::State::Connecting: return "connecting";
    case Connection::State::Open: return "open";
    case Connection::State::Reconnecting: return "reconnecting";
    case Connection::State::Closed: return "closed";
    case Connection::State::Failed: return "failed";
    }
    return "?";
}

} // namespace

QString faultName(FaultKind kind)
{
    switch (kind) {
    case FaultKind::Reset: return QStringLiteral("tcp-reset");
    case FaultKind::Fin: return QStringLiteral("fin-no-close");
    case FaultKind::BlackHole: return QStringLiteral("black-hole");
    case FaultKind::Corrupt: return QStringLiteral("corrupt");
    case FaultKind::Truncate: return QStringLiteral("truncate");
    case FaultKind::CloseCode: return QStringLiteral("close-code");
    case FaultKind::Http5xx: return QStringLiteral("http-5xx");
    }
    return {};
}

QList<FaultKind> allFaults()
{
    return {FaultKind::Reset,    FaultKind::Fin,       FaultKind::BlackHole, FaultKind::Corrupt,
            FaultKind::Truncate, FaultKind::CloseCode, FaultKind::Http5xx};
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() >= timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

void spin(int ms)
{
    if (ms <= 0) {
        QCoreApplication::processEvents();
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QByteArray number = line.mid(6).trimmed().split(' ').value(0);
            bool ok = false;
            const qint64 kib = number.toLongLong(&ok);
            return ok ? kib : -1;
        }
    }
    return -1;
}

RssSampler::RssSampler(int intervalMs)
{
    m_timer.setInterval(intervalMs);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] { sample(); });
}

void RssSampler::restart()
{
    m_peak = -1;
    m_first = residentKiB();
    sample();
    m_timer.start();
}

void RssSampler::sample()
{
    m_peak = std::max(m_peak, residentKiB());
}

ConnectionWatch::ConnectionWatch(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_settings(connection->config().reconnect)
    , m_state(connection->state())
{
    m_clock.start();
    connect(connection, &Connection::stateChanged, this, &ConnectionWatch::onState);
}

void ConnectionWatch::onState(Connection::State state)
{
    const qint64 now = m_clock.elapsed();
    const Connection::State before = m_state;
    if (state == before)
        return; // a new reason only
    m_state = state;

    if (before == Connection::State::Open) {
        ++m_drops;
        m_dropped = true;
        // The stats tick that resets the counter comes once a second from the open; the
        // first one at or after stableMs does it.
        const qint64 resetTick = std::max<qint64>(StatsTickMs, (m_settings.stableMs + StatsTickMs - 1) / StatsTickMs * StatsTickMs);
        const qint64 uptime = now - m_openedAt;
        if (uptime > resetTick + 300)
            m_attempts = {0};
        else if (uptime >= resetTick - 100)
            m_attempts.insert(0);
    }
    switch (state) {
    case Connection::State::Open:
        m_openedAt = now;
        ++m_generation;
        if (m_dropped) {
            ++m_reconnects;
            m_dropped = false;
        }
        break;
    case Connection::State::Reconnecting:
        m_reconnectingAt = now;
        m_limitWait = m_connection->lastFailure() == Failure::Kind::Limit;
        break;
    case Connection::State::Connecting: {
        if (before != Connection::State::Reconnecting || m_reconnectingAt < 0) {
            m_attempts = {0}; // open() from Idle, Closed or Failed resets the policy
            break;
        }
        const qint64 delay = now - m_reconnectingAt;
        m_reconnectingAt = -1;
        ++m_retries;
        std::set<int> next;
        QStringList allowed;
        for (int attempt : m_attempts) {
            std::pair<int, int> range = ReconnectPolicy::bounds(m_settings, attempt);
            if (m_limitWait) {
                const double jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
                range = {std::max(1, int(m_settings.maxMs * (1.0 - jitter))), m_settings.maxMs};
            }
            allowed << QStringLiteral("#%1 %2–%3 ms").arg(attempt).arg(range.first).arg(range.second);
            if (delay >= qint64(range.first * EarlyFactor) - EarlySlackMs && delay <= qint64(range.second * LateFactor) + LateSlackMs)
                next.insert(std::min(attempt + 1, 40));
        }
        m_lastRetry = QStringLiteral("%1 ms (allowed %2)").arg(delay).arg(allowed.join(QLatin1String(", ")));
        if (next.empty()) {
            ++m_violations;
            m_problems << QStringLiteral("%1: retry after %2").arg(m_connection->name(), m_lastRetry);
            for (int attempt : m_attempts)
                next.insert(std::min(attempt + 1, 40));
        }
        m_attempts = next;
        break;
    }
    case Connection::State::Closed:
    case Connection::State::Failed:
        m_problems << QStringLiteral("%1 ended (%2): %3").arg(m_connection->name(), QLatin1String(stateWord(state)),
                                                             m_connection->reason());
        break;
    case Connection::State::Idle:
        break;
    }
}

bool Result::ok() const
{
    return restored == faults && lost <= 0 && duplicated <= 0 && backoffViolations == 0 && problems.isEmpty();
}

Driver::Driver(FaultProxy *proxy, Scenario *scenario, const Settings &settings, quint32 seed)
    : m_proxy(proxy)
    , m_scenario(scenario)
    , m_settings(settings)
    , m_random(seed)
{
}

bool Driver::allLeftOpen(const QList<qint64> &dropsBefore) const
{
    const QList<ConnectionWatch *> watches = m_scenario->watches();
    for (int i = 0; i < watches.size(); ++i) {
        if (watches.at(i)->drops() <= dropsBefore.value(i))
            return false;
    }
    return true;
}

void Driver::force(FaultKind kind, QString *what)
{
    const QList<ConnectionWatch *> watches = m_scenario->watches();
    QList<qint64> dropsBefore;
    for (const ConnectionWatch *w : watches)
        dropsBefore << w->drops();
    const auto leftOpen = [&] { return allLeftOpen(dropsBefore); };
    *what = faultName(kind);
    switch (kind) {
    case FaultKind::Reset:
        m_proxy->resetAll();
        waitUntil(leftOpen, 3000);
        break;
    case FaultKind::Fin:
        m_proxy->finAll();
        waitUntil(leftOpen, 3000);
        break;
    case FaultKind::CloseCode: {
        static const int codes[] = {1001, 1011, 1012, 1013, 4000};
        const int code = codes[m_random.bounded(int(std::size(codes)))];
        *what += QStringLiteral(" %1").arg(code);
        m_proxy->setCloseCode(code);
        m_proxy->setCloseReason(QStringLiteral("soak fault"));
        m_proxy->closeFrameAll();
        waitUntil(leftOpen, 3000);
        break;
    }
    case FaultKind::BlackHole:
    case FaultKind::Corrupt:
    case FaultKind::Truncate: {
        const FaultProxy::Mode mode = kind == FaultKind::BlackHole ? FaultProxy::Mode::BlackHole
                                      : kind == FaultKind::Corrupt ? FaultProxy::Mode::Corrupt
                                                                   : FaultProxy::Mode::Truncate;
        m_proxy->setMode(mode);
        // Until every connection noticed: a black hole only by its silence (the heartbeat).
        waitUntil(leftOpen, kind == FaultKind::BlackHole ? 3 * StaleTimeoutMs + 2000 : 4000);
        m_proxy->setMode(FaultProxy::Mode::PassThrough);
        break;
    }
    case FaultKind::Http5xx: {
        static const int statuses[] = {500, 502, 503, 504};
        const int status = statuses[m_random.bounded(int(std::size(statuses)))];
        const int refusals = 1 + int(m_random.bounded(3)); // each connection is refused about this often
        *what += QStringLiteral(" %1 ×%2").arg(status).arg(refusals);
        const qint64 before = m_proxy->upgradesRefused();
        m_proxy->setHttpStatus(status);
        m_proxy->setMode(FaultProxy::Mode::HttpError);
        m_proxy->cutAll(); // the connections must upgrade again to meet the error
        waitUntil([&] { return m_proxy->upgradesRefused() >= before + refusals * qint64(watches.size()); }, 15000);
        m_proxy->setMode(FaultProxy::Mode::PassThrough);
        break;
    }
    }
}

Result Driver::run()
{
    Result result;
    result.provider = m_scenario->name();
    result.faults = m_settings.faults;
    RssSampler rss;
    rss.restart();
    result.rssStartKiB = rss.firstKiB();
    QElapsedTimer clock;
    clock.start();

    QString why;
    const auto everythingBack = [&] {
        for (const ConnectionWatch *w : m_scenario->watches()) {
            if (!w->isOpen()) {
                why = QStringLiteral("%1 is not open (%2)").arg(w->connection()->name(), w->connection()->reason());
                return false;
            }
        }
        return m_scenario->restored(&why);
    };
    if (!waitUntil(everythingBack, m_settings.recoverTimeoutMs)) {
        result.problems << QStringLiteral("never came up: %1").arg(why);
        result.faults = 0;
        return result;
    }

    const QList<FaultKind> kinds = allFaults();
    for (int i = 1; i <= m_settings.faults; ++i) {
        spin(int(m_random.bounded(m_settings.maxGapMs + 1)));
        const FaultKind kind = kinds.at(int(m_random.bounded(int(kinds.size()))));
        QList<qint64> dropsBefore;
        for (const ConnectionWatch *w : m_scenario->watches())
            dropsBefore << w->drops();
        QString what;
        QElapsedTimer faultClock;
        faultClock.start();
        force(kind, &what);
        ++result.kinds[faultName(kind)];

        const bool back = waitUntil(everythingBack, m_settings.recoverTimeoutMs);
        int dropped = 0;
        const QList<ConnectionWatch *> watches = m_scenario->watches();
        for (int w = 0; w < watches.size(); ++w)
            dropped += watches.at(w)->drops() > dropsBefore.value(w) ? 1 : 0;
        if (dropped > 0)
            ++result.hits;
        if (back)
            ++result.restored;
        else
            result.problems << QStringLiteral("fault %1 (%2): not restored within %3 s: %4")
                                   .arg(i).arg(what).arg(m_settings.recoverTimeoutMs / 1000).arg(why);
        QStringList found;
        m_scenario->checkAfterFault(&found);
        for (const QString &problem : std::as_const(found))
            result.problems << QStringLiteral("fault %1 (%2): %3").arg(i).arg(what, problem);
        if (m_settings.verbose)
            std::printf("  %-9s fault %3d %-20s dropped %d/%lld  %s in %5lld ms%s\n", qPrintable(result.provider), i,
                        qPrintable(what), dropped, qlonglong(watches.size()), back ? "restored" : "NOT RESTORED",
                        qlonglong(faultClock.elapsed()), found.isEmpty() ? "" : "  (problems)");
        std::fflush(stdout);
    }
    m_scenario->drain();
    rss.sample();

    for (const ConnectionWatch *w : m_scenario->watches()) {
        result.reconnects += w->reconnects();
        result.retries += w->retries();
        result.backoffViolations += w->violations();
        result.problems += w->problems();
    }
    result.lost = m_scenario->lost();
    result.duplicated = m_scenario->duplicated();
    result.detail = m_scenario->detail();
    result.rssPeakKiB = rss.peakKiB();
    result.rssEndKiB = residentKiB();
    result.elapsedMs = clock.elapsed();
    return result;
}

ReconnectSettings shortBackoff()
{
    ReconnectSettings s;
    s.initialMs = 100;
    s.maxMs = 1600;
    s.multiplier = 2.0;
    s.jitter = 0.2;
    s.stableMs = 500;
    return s;
}

ConnectionConfig soakConnection(const QString &name, const QUrl &url, Auth::Method auth, const QString &key)
{
    ConnectionConfig c;
    c.name = name;
    c.url = url;
    c.auth = auth;
    c.key = key;
    c.reconnect = shortBackoff();
    c.connectTimeoutMs = ConnectTimeoutMs;
    c.pingIntervalMs = PingIntervalMs;
    c.staleTimeoutMs = StaleTimeoutMs;
    return c;
}

} // namespace Soak
