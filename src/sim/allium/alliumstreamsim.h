#pragma once
// The simulated Allium data streams endpoint (/api/v1/developer/ws/stream?topic=…).

#include "sim/simhandler.h"

#include <QSet>

class AlliumStreamSession;

/// Serves the topics of AlliumRecordGenerator at each chain's cadence on the simulated
/// clock. Nothing is sent before {"action":"start"}; {"action":"stop"} pauses;
/// {"action":"setFilter","data":…} filters with the same AlliumFilter the client uses.
/// Bad keys are refused with HTTP 401, unknown or missing topics with 404.
///
/// Query options (besides topic): flood=N sends N ethereum.blocks-like records as fast as
/// the socket drains once started (benchmarks; filters are not applied to floods);
/// gapEvery=N / reorgEvery=N inject block gaps / re-orgs on *.blocks topics;
/// intervalMs=N overrides the cadence (simulated ms).
class AlliumStreamSimHandler : public SimHandler
{
    Q_OBJECT
public:
    explicit AlliumStreamSimHandler(SimServer *server);

    bool acceptsPath(const QString &path) const override;
    int upgradeStatus(const SimHttpRequest &request) override;
    void acceptSocket(QWebSocket *socket) override;

    qint64 recordsSent() const { return m_sent; }
    qint64 controlMessages() const { return m_controls; }
    qint64 badControlMessages() const { return m_badControls; }
    /// The filter JSON of the most recent setFilter (compact), for tests.
    QByteArray lastFilter() const { return m_lastFilter; }
    int sessions() const;
    /// True if any session is currently started.
    bool anyStarted() const;
    /// Closes every stream connection abruptly (reconnect tests).
    void dropAll();

private:
    friend class AlliumStreamSession;
    qint64 m_sent = 0;
    qint64 m_controls = 0;
    qint64 m_badControls = 0;
    QByteArray m_lastFilter;
    QSet<AlliumStreamSession *> m_sessions;
};
