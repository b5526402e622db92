#pragma once
// The tweet stream's REST API in the simulator (reference/tweets.md §3, §4, §6), on the same port
// as the stream: monitors, filter rules, validate, pricing; auth by the x-api-key header only.

#include "sim/simhandler.h"
#include "tweetsreststore.h"

#include <QStringList>

class SimServer;

/// Routes /v1/twitter/stream/monitors…, /filter-rules…, /filter-rules-pricing to the store.
/// 401 without an accepted x-api-key header (the api_key query parameter is a WebSocket-only way);
/// 403 insufficient_scope when the key's scopes lack streams:read (reads) or streams:write
/// (writes; the scope names are ours, the documents do not name them); 429 with Retry-After over
/// the rate limit; 402 when credits run out (the store decides).
///
/// Server options: "tweets.credits" (balance; default unlimited), "tweets.scopes" (comma list;
/// default "streams:read,streams:write"), "tweets.restRateLimit" (requests per simulated minute;
/// default 0 = none), "tweets.restVariant" ("documented" or "variants": string numbers,
/// comma-joined usernames, tier objects, "data" wrappers, sample tweets in validate).
class TweetsRestSim : public QObject
{
    Q_OBJECT
public:
    TweetsRestSim(SimServer *server, TweetsRestStore *store, QObject *parent = nullptr);

    /// Answers a request on one of the paths above, or status 0.
    SimHttpResponse handle(const SimHttpRequest &request);
    static bool isRestPath(const QString &path);

    TweetsRestStore *store() const { return m_store; }

    // Test hooks
    /// The next count requests (any path) answer status with the documented body
    /// (402, 403 insufficient_scope, 429 with Retry-After: retryAfterSeconds, 5xx).
    void failNext(int status, int count = 1, int retryAfterSeconds = 30);
    void setScopes(const QStringList &scopes) { m_scopes = scopes; }
    /// Requests per simulated minute (0: no limit).
    void setRateLimit(int perMinute);
    int requestCount() const { return m_requests; }
    /// The x-api-key values seen (tests check that the key never travels another way).
    QStringList keysInQuery() const { return m_keysInQuery; }

private:
    SimHttpResponse answer(int status, const QJsonValue &body, const QMap<QByteArray, QByteArray> &headers = {});
    SimHttpResponse injected(int status, int retryAfter);
    SimHttpResponse route(const SimHttpRequest &request, const QString &path);

    SimServer *m_server;
    TweetsRestStore *m_store;
    QStringList m_scopes;
    int m_failStatus = 0;
    int m_failCount = 0;
    int m_failRetryAfter = 30;
    int m_ratePerMinute = 0;
    qint64 m_windowStartMs = 0;
    int m_windowCount = 0;
    int m_requests = 0;
    QStringList m_keysInQuery;
};
