#include "tweetsrestsim.h"

#include "sim/simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {
const QString Prefix = QStringLiteral("/v1/twitter/stream");
const QString ReadScope = QStringLiteral("streams:read");
const QString WriteScope = QStringLiteral("streams:write");
} // namespace

TweetsRestSim::TweetsRestSim(SimServer *server, TweetsRestStore *store, QObject *parent)
    : QObject(parent)
    , m_server(server)
    , m_store(store)
{
    const QVariant credits = server->option(QStringLiteral("tweets.credits"));
    if (credits.isValid())
        m_store->setCredits(credits.toDouble());
    m_scopes = server->option(QStringLiteral("tweets.scopes"), QStringLiteral("streams:read,streams:write"))
                   .toString()
                   .split(QLatin1Char(','), Qt::SkipEmptyParts);
    m_ratePerMinute = server->option(QStringLiteral("tweets.restRateLimit"), 0).toInt();
    m_store->setVariant(server->option(QStringLiteral("tweets.restVariant")).toString() == QLatin1String("variants"));
}

bool TweetsRestSim::isRestPath(const QString &path)
{
    return path.startsWith(Prefix + QStringLiteral("/monitors")) || path.startsWith(Prefix + QStringLiteral("/filter-rules"));
}

void TweetsRestSim::failNext(int status, int count, int retryAfterSeconds)
{
    m_failStatus = status;
    m_failCount = count;
    m_failRetryAfter = retryAfterSeconds;
}

void TweetsRestSim::setRateLimit(int perMinute)
{
    m_ratePerMinute = perMinute;
    m_windowCount = 0;
    m_windowStartMs = m_server->clock().nowMs();
}

SimHttpResponse TweetsRestSim::answer(int status, const QJsonValue &body, const QMap<QByteArray, QByteArray> &headers)
{
    SimHttpResponse r;
    r.status = status;
    r.headers = headers;
    if (status == 204)
        r.contentType = "application/json";
    else if (body.isObject())
        r.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        r.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return r;
}

SimHttpResponse TweetsRestSim::injected(int status, int retryAfter)
{
    switch (status) {
    case 402:
        return answer(402, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Insufficient credits")}});
    case 403:
        return answer(403, QJsonObject{{QStringLiteral("error"), QStringLiteral("insufficient_scope")},
                                       {QStringLiteral("detail"), QStringLiteral("This API key lacks the required scope")},
                                       {QStringLiteral("required_scope"), WriteScope},
                                       {QStringLiteral("allowed_scopes"), QJsonArray::fromStringList(m_scopes)}});
    case 429: {
        const qint64 resetAt = QDateTime::currentSecsSinceEpoch() + retryAfter;
        return answer(429,
                      QJsonObject{{QStringLiteral("detail"), QStringLiteral("Rate limit exceeded")},
                                  {QStringLiteral("limit"), m_ratePerMinute > 0 ? m_ratePerMinute : 60},
                                  {QStringLiteral("remaining"), 0},
                                  {QStringLiteral("reset_at"), QDateTime::fromSecsSinceEpoch(resetAt, Qt::UTC).toString(Qt::ISODate)}},
                      {{"Retry-After", QByteArray::number(retryAfter)}});
    }
    default:
        return answer(status, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Simulated failure")}});
    }
}

SimHttpResponse TweetsRestSim::handle(const SimHttpRequest &request)
{
    const QString path = request.url.path();
    if (!isRestPath(path))
        return {};
    ++m_requests;
    const QUrlQuery query(request.url);
    if (query.hasQueryItem(QStringLiteral("api_key")))
        m_keysInQuery.append(QStringLiteral("api_key"));
    // REST: the x-api-key header only (the simulator lower-cases header names).
    const QString key = QString::fromUtf8(request.headers.value("x-api-key"));
    if (!m_server->keyAccepted(key))
        return answer(401, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Invalid or missing API key")}});
    if (m_failCount > 0) {
        --m_failCount;
        return injected(m_failStatus, m_failRetryAfter);
    }
    if (m_ratePerMinute > 0) {
        const qint64 now = m_server->clock().nowMs();
        if (now - m_windowStartMs >= 60000) {
            m_windowStartMs = now;
            m_windowCount = 0;
        }
        if (++m_windowCount > m_ratePerMinute) {
            const int wait = int((60000 - (now - m_windowStartMs)) / 1000 / std::max(1.0, m_server->clock().factor())) + 1;
            return injected(429, wait);
        }
    }
    const bool write = request.method != "GET";
    const QString &needed = write ? WriteScope : ReadScope;
    if (!m_scopes.contains(needed))
        return answer(403, QJsonObject{{QStringLiteral("error"), QStringLiteral("insufficient_scope")},
                                       {QStringLiteral("detail"), QStringLiteral("This API key lacks the required scope")},
                                       {QStringLiteral("required_scope"), needed},
                                       {QStringLiteral("allowed_scopes"), QJsonArray::fromStringList(m_scopes)}});
    return route(request, path.mid(Prefix.size()));
}

SimHttpResponse TweetsRestSim::route(const SimHttpRequest &request, const QString &path)
{
    const QByteArray method = request.method;
    const QUrlQuery query(request.url);
    QJsonValue body;
    if (method == "POST" || method == "PATCH") {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return answer(422, QJsonObject{{QStringLiteral("detail"),
                                            QJsonArray{QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body")}},
                                                                   {QStringLiteral("msg"), QStringLiteral("JSON decode error")},
                                                                   {QStringLiteral("type"), QStringLiteral("json_invalid")}}}}});
        body = doc.object();
    }
    auto intParam = [&query](const char *name, int fallback) {
        const QString v = query.queryItemValue(QLatin1String(name));
        bool ok = false;
        const int n = v.toInt(&ok);
        return v.isEmpty() ? fallback : ok ? n : -1;
    };
    const QString status = query.queryItemValue(QStringLiteral("status"));
    auto send = [this](const TweetsRestStore::Result &r) { return answer(r.status, r.body); };
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString id = parts.value(1);
    const auto notAllowed = answer(405, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Method Not Allowed")}});

    if (parts.value(0) == QLatin1String("monitors") && parts.size() <= 2) {
        if (parts.size() == 1) {
            if (method == "GET")
                return send(m_store->listMonitors(intParam("page", 1), intParam("page_size", 20), status));
            if (method == "POST")
                return send(m_store->createMonitor(body));
            return notAllowed;
        }
        if (method == "GET")
            return send(m_store->getMonitor(id));
        if (method == "PATCH")
            return send(m_store->patchMonitor(id, body));
        if (method == "DELETE")
            return send(m_store->deleteMonitor(id));
        return notAllowed;
    }
    if (parts.value(0) == QLatin1String("filter-rules-pricing") && parts.size() == 1)
        return method == "GET" ? send(m_store->pricing()) : notAllowed;
    if (parts.value(0) == QLatin1String("filter-rules") && parts.size() <= 2) {
        if (parts.size() == 1) {
            if (method == "GET")
                return send(m_store->listRules(intParam("limit", 20), intParam("offset", 0), status));
            if (method == "POST")
                return send(m_store->createRule(body));
            return notAllowed;
        }
        if (id == QLatin1String("validate"))
            return method == "POST" ? send(m_store->validate(body)) : notAllowed;
        if (method == "GET")
            return send(m_store->getRule(id));
        if (method == "PATCH")
            return send(m_store->patchRule(id, body));
        if (method == "DELETE")
            return send(m_store->deleteRule(id));
        return notAllowed;
    }
    return answer(404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not Found")}});
}
