#pragma once
// The tweet stream's REST client for Stream Monitors and Filter Rules (reference/tweets.md §3–§6)
// over QNetworkAccessManager. The key goes only in the documented x-api-key header: never in a
// URL, never logged.

#include "tweetsrest.h"
#include "tweetsresterror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// One call (or, for the "all pages" lists, one chain of calls). Owned by the client; the
/// caller may delete it once finished() fired. Exactly one finished() per reply.
class TweetsRestReply : public QObject
{
    Q_OBJECT
public:
    enum class Operation {
        ListMonitors, GetMonitor, CreateMonitor, UpdateMonitor, DeleteMonitor,
        ListRules, GetRule, CreateRule, UpdateRule, DeleteRule,
        ValidateQuery, Pricing,
    };
    Q_ENUM(Operation)

    TweetsRestReply(Operation operation, QObject *parent);

    Operation operation() const { return m_operation; }
    bool isFinished() const { return m_finished; }
    bool ok() const { return m_finished && !m_error.isError(); }
    const TweetsRest::RestError &error() const { return m_error; }

    // Results (by operation)
    QList<TweetsRest::StreamMonitor> monitors;  ///< ListMonitors
    TweetsRest::StreamMonitor monitor;          ///< Get/Create/UpdateMonitor
    QList<TweetsRest::FilterRule> rules;        ///< ListRules
    TweetsRest::FilterRule rule;                ///< Get/Create/UpdateRule
    TweetsRest::RuleValidation validation;      ///< ValidateQuery
    QList<TweetsRest::PricingTier> tiers;       ///< Pricing
    TweetsRest::PageInfo page;                  ///< lists: the last page read
    int pagesFetched = 0;                       ///< lists: requests it took
    int skippedItems = 0;                       ///< lists: items we could not read (all pages)
    int total = -1;                             ///< lists: the server's total, −1 when not sent

    /// Ends the reply (the client calls it; once only).
    void finish(const TweetsRest::RestError &error = {});

Q_SIGNALS:
    void finished();

private:
    friend class TweetsRestClient;

    Operation m_operation;
    bool m_finished = false;
    TweetsRest::RestError m_error;
    QPointer<QNetworkReply> m_network;
};

/// Create, list (with pagination), edit, pause/resume and delete monitors and rules, validate a
/// rule query and read the pricing tiers. Non-2xx answers become a TweetsRest::RestError with a
/// translated sentence (401, 402, 403, 404, 409, 422 per field, 429 with Retry-After, 5xx).
class TweetsRestClient : public QObject
{
    Q_OBJECT
public:
    /// base: scheme, host and port ("https://scrapebadger.com"); the documented paths follow.
    TweetsRestClient(QUrl base, QString key, QObject *parent = nullptr);

    /// The REST base for a stream profile's URL: ws→http, wss→https, same host and port.
    static QUrl restBaseFor(const QUrl &streamUrl);

    QUrl base() const { return m_base; }
    void setBase(const QUrl &base) { m_base = base; }
    void setKey(const QString &key) { m_key = key; }
    bool hasKey() const { return !m_key.isEmpty(); }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// Requests sent so far (tests count pagination with it).
    int requestCount() const { return m_requests; }

    // Monitors: GET/POST /v1/twitter/stream/monitors, GET/PATCH/DELETE …/monitors/{id}
    TweetsRestReply *listMonitors(int page = 1, int pageSize = TweetsRest::MaxPageSize, const QString &status = {});
    /// Follows the pages until the total (or a short page) is reached.
    TweetsRestReply *listAllMonitors(int pageSize = TweetsRest::MaxPageSize);
    TweetsRestReply *getMonitor(const QString &id);
    TweetsRestReply *createMonitor(const TweetsRest::MonitorDraft &draft);
    /// PATCH with the given fields only (e.g. encodeMonitor(draft) or {"status":"paused"}).
    TweetsRestReply *updateMonitor(const QString &id, const QJsonObject &patch);
    TweetsRestReply *setMonitorPaused(const QString &id, bool paused);
    TweetsRestReply *deleteMonitor(const QString &id);

    // Filter rules: GET/POST /v1/twitter/stream/filter-rules, GET/PATCH/DELETE …/filter-rules/{id}
    TweetsRestReply *listRules(int limit = TweetsRest::MaxPageSize, int offset = 0, const QString &status = {});
    TweetsRestReply *listAllRules(int limit = TweetsRest::MaxPageSize);
    TweetsRestReply *getRule(const QString &id);
    TweetsRestReply *createRule(const TweetsRest::RuleDraft &draft);
    TweetsRestReply *updateRule(const QString &id, const QJsonObject &patch);
    TweetsRestReply *setRulePaused(const QString &id, bool paused);
    TweetsRestReply *deleteRule(const QString &id);
    /// POST …/filter-rules/validate {"query"}.
    TweetsRestReply *validateQuery(const QString &query);
    /// GET …/filter-rules-pricing.
    TweetsRestReply *pricing();

    /// Cancels every call in flight; each still finishes once (with a network error).
    void abortAll();

private:
    using Handler = std::function<void(TweetsRestReply *, const QByteArray &body)>;
    void send(TweetsRestReply *reply, const QByteArray &verb, const QString &path, const QList<QPair<QString, QString>> &query,
              const QJsonObject *body, const QString &what, Handler onSuccess);
    /// One page into reply; with allPages the following ones too (see addPage in the .cpp).
    void fetchMonitors(TweetsRestReply *reply, int page, int pageSize, const QString &status, bool allPages);
    void fetchRules(TweetsRestReply *reply, int offset, int limit, const QString &status, bool allPages);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    QString m_key;
    int m_timeoutMs = 15000;
    int m_requests = 0;
    QList<QPointer<TweetsRestReply>> m_open;
};
