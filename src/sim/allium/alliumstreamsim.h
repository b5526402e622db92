#pragma once
// The simulated Allium data streams endpoint (/api/v1/developer/ws/stream?topic=…).

#include "sim/simhandler.h"

#include <QSet>
#include <QStringList>

class AlliumStreamSession;
class SimServer;

/// The key an Allium upgrade request presents: the X-API-KEY header only (the one way
/// both WebSocket endpoints document), any letter case.
QString alliumPresentedKey(const SimHttpRequest &request);
/// The upgrade decision of both Allium endpoints: 0, 401 for a missing or unknown key, or
/// the status of the option "allium.refuseUpgrade" (tests: 429, 403).
int alliumUpgradeStatus(SimServer &server, const SimHttpRequest &request);

/// Serves the topics of AlliumRecordGenerator at each chain's cadence on the simulated
/// clock, as a strict peer: only the documented record shapes (Hyperliquid topics wrapped
/// as {payload, source}), only the X-API-KEY header. Nothing is sent before
/// {"action":"start"}; {"action":"stop"} pauses while the chain keeps advancing (a start
/// continues at the head); {"action":"setFilter","data":…} filters with AlliumFilter,
/// resolving field paths on the record as sent (Paths::Documented). Bad keys are refused
/// with HTTP 401, unknown or missing topics with 404.
///
/// Server option "allium.variant" (comma list, see AlliumRecordVariant): "strings",
/// "numbers", "sparse", "flat" — the shape variants tests need.
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
    /// The actions of the last 64 control messages, oldest first ("start", "stop", "setFilter").
    QStringList controlLog() const { return m_controlLog; }
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
    QStringList m_controlLog;
    QSet<AlliumStreamSession *> m_sessions;
};
