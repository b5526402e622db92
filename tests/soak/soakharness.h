#pragma once
// The fault soak's machinery, shared by every provider: what a fault is, how one is forced
// through the fault proxy, how a connection's reconnects are checked against the documented
// backoff, and how the process's memory is sampled.

#include "core/connection.h"
#include "sim/faultproxy.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QStringList>
#include <QTimer>
#include <functional>
#include <set>

namespace Soak {

/// The faults the soak forces (issue 15): each one is one event on every link of a provider.
enum class FaultKind { Reset, Fin, BlackHole, Corrupt, Truncate, CloseCode, Http5xx };
QString faultName(FaultKind kind);
QList<FaultKind> allFaults();

/// Runs the event loop until the condition holds or the time is up; returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
/// Runs the event loop for a while.
void spin(int ms);

/// The process's resident set (VmRSS in /proc/self/status) in KiB, or -1 where there is none.
qint64 residentKiB();

/// Samples residentKiB() on a timer and keeps the peak.
class RssSampler : public QObject
{
public:
    explicit RssSampler(int intervalMs = 250);
    void restart();
    qint64 peakKiB() const { return m_peak; }
    qint64 firstKiB() const { return m_first; }
    void sample();

private:
    QTimer m_timer;
    qint64 m_peak = -1;
    qint64 m_first = -1;
};

/// Watches one Connection and checks every retry against the reconnect policy the
/// connection was configured with (src/core/reconnectpolicy.h): the delay between
/// Reconnecting and the next Connecting must fall in ReconnectPolicy::bounds() for the
/// attempt the policy is at, or at the cap for a Limit failure.
///
/// The attempt counter is not visible from outside, so the watch keeps the set of values
/// it can have: it advances with every retry, and goes back to 0 when the connection was
/// open long enough for the stats tick (once a second) to see it stable (stableMs); a drop
/// close to that tick keeps both possibilities. A delay that fits none of them is a
/// violation.
class ConnectionWatch : public QObject
{
public:
    ConnectionWatch(Connection *connection, QObject *parent = nullptr);

    Connection *connection() const { return m_connection; }
    bool isOpen() const { return m_connection->state() == Connection::State::Open; }
    /// Incremented each time the connection (re)opens; a scenario compares it to see that
    /// what it checks happened after the newest open.
    int generation() const { return m_generation; }
    qint64 drops() const { return m_drops; }        ///< Open → anything else
    qint64 reconnects() const { return m_reconnects; } ///< back to Open after a drop
    qint64 retries() const { return m_retries; }    ///< Reconnecting → Connecting
    qint64 violations() const { return m_violations; }
    QStringList problems() const { return m_problems; }
    /// The last retry's delay and the ranges it was checked against, for the log.
    QString lastRetryText() const { return m_lastRetry; }

private:
    void onState(Connection::State state);

    Connection *m_connection;
    ReconnectSettings m_settings;
    QElapsedTimer m_clock;
    Connection::State m_state = Connection::State::Idle;
    std::set<int> m_attempts{0};
    qint64 m_openedAt = -1;
    qint64 m_reconnectingAt = -1;
    bool m_limitWait = false;
    int m_generation = 0;
    bool m_dropped = false;
    qint64 m_drops = 0;
    qint64 m_reconnects = 0;
    qint64 m_retries = 0;
    qint64 m_violations = 0;
    QStringList m_problems;
    QString m_lastRetry;
};

/// One provider under the soak: its connections, its notion of "everything restored",
/// and its loss and duplicate counts.
class Scenario : public QObject
{
public:
    using QObject::QObject;
    virtual QString name() const = 0;
    /// Creates the simulator's handlers on the server and the clients against the proxy's
    /// port, subscribes, and opens. Returns false with a reason when it cannot start.
    virtual bool start(quint16 proxyPort, QString *error) = 0;
    virtual QList<ConnectionWatch *> watches() const = 0;
    /// Every subscription, filter, channel and symbol is back and data flows on each
    /// connection since its newest open. why names what is missing.
    virtual bool restored(QString *why) const = 0;
    /// Called once everything is restored after a fault: problems found (duplicates, a
    /// request answered twice …) are appended.
    virtual void checkAfterFault(QStringList *problems) { Q_UNUSED(problems); }
    /// Stops generating load and waits for what is outstanding to settle (requests
    /// answered or failed). Called once after the last fault.
    virtual void drain() {}
    /// -1 when the count does not apply to this provider.
    virtual qint64 lost() const { return -1; }
    virtual qint64 duplicated() const { return -1; }
    /// A line about what was exercised (requests sent, tweets seen …).
    virtual QString detail() const { return {}; }
};

/// The result of one provider's soak, one row of the table.
struct Result {
    QString provider;
    int faults = 0;
    int hits = 0;               ///< faults after which at least one connection had dropped
    qint64 reconnects = 0;
    int restored = 0;           ///< faults after which everything came back in time
    qint64 lost = -1;
    qint64 duplicated = -1;
    qint64 retries = 0;
    qint64 backoffViolations = 0;
    qint64 rssStartKiB = -1;
    qint64 rssPeakKiB = -1;
    qint64 rssEndKiB = -1;
    qint64 elapsedMs = 0;
    QStringList problems;
    QString detail;
    QMap<QString, int> kinds;   ///< faults forced, by kind
    bool ok() const;
};

struct Settings {
    int faults = 100;
    quint32 seed = 1;
    int maxGapMs = 600;         ///< a fault comes 0..maxGapMs after the previous recovery
    int recoverTimeoutMs = 20000;
    bool verbose = false;
};

/// Drives one scenario through settings.faults faults behind its own proxy.
class Driver
{
public:
    Driver(FaultProxy *proxy, Scenario *scenario, const Settings &settings, quint32 seed);
    Result run();

private:
    void force(FaultKind kind, QString *what);
    bool allLeftOpen(const QList<qint64> &dropsBefore) const;

    FaultProxy *m_proxy;
    Scenario *m_scenario;
    Settings m_settings;
    QRandomGenerator m_random;
};

/// The soak's reconnect settings for every client: the documented shape (doubling, jitter
/// taken off, a cap, a stable period) at a scale that lets 100 faults run in minutes.
ReconnectSettings shortBackoff();
/// A connection configuration with the soak's timings: short backoff, fast heartbeat so a
/// black hole is detected in about a second.
ConnectionConfig soakConnection(const QString &name, const QUrl &url, Auth::Method auth, const QString &key);

} // namespace Soak
