#pragma once
// The simulated Allium "APIs over WebSocket" endpoint (/api/v1/developer/ws/api).

#include "sim/simhandler.h"

#include <QJsonObject>
#include <QJsonValue>

struct AlliumApiRequest;

/// Answers {method,id,path,body} requests with {id,status,data}. Enforces the documented
/// limit of 1000 requests in flight per connection with the documented error text, can
/// delay every answer (option "allium.latencyMs", real milliseconds) and refuses bad keys
/// with HTTP 401 — the key only counts in the documented X-API-KEY header (no bearer, no
/// query parameter). Options: "allium.maxInflight" lowers the limit, "allium.refuseUpgrade"
/// refuses every upgrade with that HTTP status (tests: 429).
///
/// Paths: GET /api/v1/developer/assets {blockchain, limit}, POST
/// /api/v1/developer/trading/hyperliquid/info/fills {type, user}, POST
/// /api/v1/developer/prices {chain, token_address}, GET /api/v1/developer/wallet/balances
/// {chain, address}; anything else answers "Not Found". Test-only paths under
/// /api/v1/developer/sim/: "hang" never answers; "misbehave" {kind} sends a bad frame
/// (garbage, wrong-types, unknown-id, huge) before its answer.
class AlliumApiSimHandler : public SimHandler
{
    Q_OBJECT
public:
    static constexpr int DocumentedLimit = 1000;

    explicit AlliumApiSimHandler(SimServer *server);

    bool acceptsPath(const QString &path) const override;
    int upgradeStatus(const SimHttpRequest &request) override;
    void acceptSocket(QWebSocket *socket) override;

    /// The answer for a request at a simulated time (0: now): (success, data). Public so the
    /// routes can be unit-tested.
    static std::pair<bool, QJsonValue> route(const AlliumApiRequest &request, quint32 seed, qint64 nowMs = 0);

    int maxObservedInFlight() const { return m_maxObserved; }
    qint64 requestsAnswered() const { return m_answered; }
    qint64 limitRejections() const { return m_rejected; }
    qint64 badRequests() const { return m_badRequests; }
    /// Closes every connection abruptly (tests of reconnect behaviour).
    void dropAll();

private:
    void onText(QWebSocket *socket, const QString &text);

    int m_maxObserved = 0;
    qint64 m_answered = 0;
    qint64 m_rejected = 0;
    qint64 m_badRequests = 0;
};
