#include "tweetsrestclient.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrlQuery>

using namespace TweetsRest;

namespace {
constexpr qint64 MaxBodyBytes = 8 * 1024 * 1024;
constexpr int MaxPages = 200; // a server that never stops paging cannot keep us busy forever

QString monitorWord() { return QCoreApplication::translate("TweetsRest", "monitor"); }
QString ruleWord() { return QCoreApplication::translate("TweetsRest", "filter rule"); }

QJsonObject objectOf(const QByteArray &body, bool *ok)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    *ok = error.error == QJsonParseError::NoError && doc.isObject();
    QJsonObject o = doc.object();
    // Some servers wrap the object: {"data": {...}} / {"monitor": {...}} / {"rule": {...}}.
    for (const char *k : {"data", "monitor", "rule"}) {
        if (!o.contains(QLatin1String("id")) && o.value(QLatin1String(k)).isObject())
            return o.value(QLatin1String(k)).toObject();
    }
    return o;
}
} // namespace

TweetsRestReply::TweetsRestReply(Operation operation, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
{
}

void TweetsRestReply::finish(const RestError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

TweetsRestClient::TweetsRestClient(QUrl base, QString key, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_base(std::move(base))
    , m_key(std::move(key))
{
}

QUrl TweetsRestClient::restBaseFor(const QUrl &streamUrl)
{
    QUrl base;
    const QString scheme = streamUrl.scheme().toLower();
    base.setScheme(scheme == QLatin1String("ws") ? QStringLiteral("http")
                   : scheme == QLatin1String("wss") ? QStringLiteral("https") : scheme);
    base.setHost(streamUrl.host());
    base.setPort(streamUrl.port());
    // A stream URL with a prefix before /v1/twitter/stream keeps it (e.g. behind a proxy).
    const QString path = streamUrl.path();
    const qsizetype at = path.indexOf(QLatin1String("/v1/twitter/stream"));
    if (at > 0)
        base.setPath(path.left(at));
    return base;
}

void TweetsRestClient::send(TweetsRestReply *reply, const QByteArray &verb, const QString &path,
                            const QList<QPair<QString, QString>> &query, const QJsonObject *body, const QString &what,
                            Handler onSuccess)
{
    QUrl url = m_base;
    QString prefix = m_base.path();
    while (prefix.endsWith(QLatin1Char('/')))
        prefix.chop(1);
    // The OpenAPI server is ".../v1/twitter"; the site root works as well.
    if (!prefix.endsWith(QLatin1String("/v1/twitter")))
        prefix += QStringLiteral("/v1/twitter");
    url.setPath(prefix + QStringLiteral("/stream") + path);
    if (!query.isEmpty()) {
        QUrlQuery q;
        q.setQueryItems(query);
        url.setQuery(q);
    }
    QNetworkRequest request(url);
    // The one documented REST auth: the x-api-key header.
    if (!m_key.isEmpty())
        request.setRawHeader("x-api-key", m_key.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    // A redirect must not carry the key to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    QByteArray payload;
    if (body) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = QJsonDocument(*body).toJson(QJsonDocument::Compact);
    }
    ++m_requests;
    QNetworkReply *network = body ? m_network->sendCustomRequest(request, verb, payload)
                                  : m_network->sendCustomRequest(request, verb);
    reply->m_network = network;
    if (!m_open.contains(reply)) {
        m_open.append(reply);
        // A reply leaves the open list when it finishes, whichever path finishes it.
        connect(reply, &TweetsRestReply::finished, this, [this, reply] { m_open.removeAll(reply); });
    }
    connect(network, &QNetworkReply::finished, reply, [this, reply, network, what, onSuccess = std::move(onSuccess)] {
        network->deleteLater();
        const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) {
            reply->finish(networkError(network->error(), network->errorString(), network->url()));
            return;
        }
        const QByteArray bytes = network->read(MaxBodyBytes);
        if (status < 200 || status >= 300) {
            reply->finish(errorFromResponse(status, bytes, network->rawHeader("Retry-After"), what));
            return;
        }
        if (network->bytesAvailable() > 0) {
            reply->finish(protocolError(QCoreApplication::translate("TweetsRest", "the answer is larger than 8 MiB")));
            return;
        }
        onSuccess(reply, bytes);
    });
}

namespace {
/// Adds one page of a list to the reply; true when another page should be fetched (the
/// server's total says so, or, without a total, the page was full).
template<typename T>
bool addPage(TweetsRestReply *reply, QList<T> &all, const QList<T> &items, const PageInfo &info, int pageSize)
{
    all += items;
    reply->page = info;
    reply->total = info.total;
    reply->skippedItems += info.skipped;
    ++reply->pagesFetched;
    const int read = int(items.size()) + info.skipped;
    const int have = int(all.size()) + reply->skippedItems;
    const bool more = read > 0 && (info.total >= 0 ? have < info.total : read >= pageSize);
    return more && reply->pagesFetched < MaxPages;
}

QString itemPath(const QString &collection, const QString &id)
{
    return collection + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

// The common tail of single-object answers.
template<typename T, typename Decode>
void finishWithObject(TweetsRestReply *reply, const QByteArray &body, T &target, Decode decode, const char *noun)
{
    bool ok = false;
    const QJsonObject o = objectOf(body, &ok);
    if (!ok || !decode(o, target)) {
        reply->finish(protocolError(QCoreApplication::translate("TweetsRest", "no %1 with an id in the answer").arg(QLatin1String(noun))));
        return;
    }
    reply->finish();
}
} // namespace

// ---- monitors -------------------------------------------------------------------------------

TweetsRestReply *TweetsRestClient::listMonitors(int page, int pageSize, const QString &status)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::ListMonitors, this);
    fetchMonitors(reply, page, pageSize, status, false);
    return reply;
}

TweetsRestReply *TweetsRestClient::listAllMonitors(int pageSize)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::ListMonitors, this);
    fetchMonitors(reply, 1, pageSize, {}, true);
    return reply;
}

void TweetsRestClient::fetchMonitors(TweetsRestReply *reply, int page, int pageSize, const QString &status, bool allPages)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("page"), QString::number(page)},
                                         {QStringLiteral("page_size"), QString::number(pageSize)}};
    if (!status.isEmpty())
        query.append({QStringLiteral("status"), status});
    send(reply, "GET", QStringLiteral("/monitors"), query, nullptr, monitorWord(),
         [this, page, pageSize, status, allPages](TweetsRestReply *r, const QByteArray &body) {
             QList<StreamMonitor> items;
             PageInfo info;
             QString problem;
             if (!decodeMonitorList(body, items, info, &problem)) {
                 r->finish(protocolError(problem));
                 return;
             }
             if (addPage(r, r->monitors, items, info, pageSize) && allPages)
                 fetchMonitors(r, page + 1, pageSize, status, true);
             else
                 r->finish();
         });
}

TweetsRestReply *TweetsRestClient::getMonitor(const QString &id)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::GetMonitor, this);
    send(reply, "GET", itemPath(QStringLiteral("/monitors"), id), {}, nullptr, monitorWord(),
         [](TweetsRestReply *r, const QByteArray &body) {
             finishWithObject(r, body, r->monitor, decodeMonitor, "monitor");
         });
    return reply;
}

TweetsRestReply *TweetsRestClient::createMonitor(const MonitorDraft &draft)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::CreateMonitor, this);
    const QJsonObject body = encodeMonitor(draft);
    send(reply, "POST", QStringLiteral("/monitors"), {}, &body, monitorWord(), [](TweetsRestReply *r, const QByteArray &b) {
        finishWithObject(r, b, r->monitor, decodeMonitor, "monitor");
    });
    return reply;
}

TweetsRestReply *TweetsRestClient::updateMonitor(const QString &id, const QJsonObject &patch)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::UpdateMonitor, this);
    send(reply, "PATCH", itemPath(QStringLiteral("/monitors"), id), {}, &patch,
         monitorWord(), [](TweetsRestReply *r, const QByteArray &b) {
             finishWithObject(r, b, r->monitor, decodeMonitor, "monitor");
         });
    return reply;
}

TweetsRestReply *TweetsRestClient::setMonitorPaused(const QString &id, bool paused)
{
    return updateMonitor(id, {{QStringLiteral("status"), paused ? QStringLiteral("paused") : QStringLiteral("active")}});
}

TweetsRestReply *TweetsRestClient::deleteMonitor(const QString &id)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::DeleteMonitor, this);
    send(reply, "DELETE", itemPath(QStringLiteral("/monitors"), id), {}, nullptr,
         monitorWord(), [](TweetsRestReply *r, const QByteArray &) {
             r->finish();
         });
    return reply;
}

// ---- filter rules ---------------------------------------------------------------------------

TweetsRestReply *TweetsRestClient::listRules(int limit, int offset, const QString &status)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::ListRules, this);
    fetchRules(reply, offset, limit, status, false);
    return reply;
}

TweetsRestReply *TweetsRestClient::listAllRules(int limit)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::ListRules, this);
    fetchRules(reply, 0, limit, {}, true);
    return reply;
}

void TweetsRestClient::fetchRules(TweetsRestReply *reply, int offset, int limit, const QString &status, bool allPages)
{
    QList<QPair<QString, QString>> query{{QStringLiteral("limit"), QString::number(limit)},
                                         {QStringLiteral("offset"), QString::number(offset)}};
    if (!status.isEmpty())
        query.append({QStringLiteral("status"), status});
    send(reply, "GET", QStringLiteral("/filter-rules"), query, nullptr, ruleWord(),
         [this, offset, limit, status, allPages](TweetsRestReply *r, const QByteArray &body) {
             QList<FilterRule> items;
             PageInfo info;
             QString problem;
             if (!decodeRuleList(body, items, info, &problem)) {
                 r->finish(protocolError(problem));
                 return;
             }
             if (addPage(r, r->rules, items, info, limit) && allPages)
                 fetchRules(r, offset + int(items.size()) + info.skipped, limit, status, true);
             else
                 r->finish();
         });
}

TweetsRestReply *TweetsRestClient::getRule(const QString &id)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::GetRule, this);
    send(reply, "GET", itemPath(QStringLiteral("/filter-rules"), id), {}, nullptr,
         ruleWord(), [](TweetsRestReply *r, const QByteArray &body) {
             finishWithObject(r, body, r->rule, decodeRule, "rule");
         });
    return reply;
}

TweetsRestReply *TweetsRestClient::createRule(const RuleDraft &draft)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::CreateRule, this);
    const QJsonObject body = encodeRule(draft);
    send(reply, "POST", QStringLiteral("/filter-rules"), {}, &body, ruleWord(), [](TweetsRestReply *r, const QByteArray &b) {
        finishWithObject(r, b, r->rule, decodeRule, "rule");
    });
    return reply;
}

TweetsRestReply *TweetsRestClient::updateRule(const QString &id, const QJsonObject &patch)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::UpdateRule, this);
    send(reply, "PATCH", itemPath(QStringLiteral("/filter-rules"), id), {}, &patch,
         ruleWord(), [](TweetsRestReply *r, const QByteArray &b) {
             finishWithObject(r, b, r->rule, decodeRule, "rule");
         });
    return reply;
}

TweetsRestReply *TweetsRestClient::setRulePaused(const QString &id, bool paused)
{
    return updateRule(id, {{QStringLiteral("status"), paused ? QStringLiteral("paused") : QStringLiteral("active")}});
}

TweetsRestReply *TweetsRestClient::deleteRule(const QString &id)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::DeleteRule, this);
    send(reply, "DELETE", itemPath(QStringLiteral("/filter-rules"), id), {}, nullptr,
         ruleWord(), [](TweetsRestReply *r, const QByteArray &) {
             r->finish();
         });
    return reply;
}

TweetsRestReply *TweetsRestClient::validateQuery(const QString &query)
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::ValidateQuery, this);
    const QJsonObject body{{QStringLiteral("query"), query}};
    send(reply, "POST", QStringLiteral("/filter-rules/validate"), {}, &body, ruleWord(), [](TweetsRestReply *r, const QByteArray &b) {
        QString problem;
        if (!decodeValidation(b, r->validation, &problem))
            r->finish(protocolError(problem));
        else
            r->finish();
    });
    return reply;
}

TweetsRestReply *TweetsRestClient::pricing()
{
    auto *reply = new TweetsRestReply(TweetsRestReply::Operation::Pricing, this);
    send(reply, "GET", QStringLiteral("/filter-rules-pricing"), {}, nullptr, ruleWord(), [](TweetsRestReply *r, const QByteArray &b) {
        QString problem;
        if (!decodePricing(b, r->tiers, &problem))
            r->finish(protocolError(problem));
        else
            r->finish();
    });
    return reply;
}

void TweetsRestClient::abortAll()
{
    const auto open = m_open;
    for (const QPointer<TweetsRestReply> &reply : open) {
        if (reply && reply->m_network)
            reply->m_network->abort(); // finishes through the network reply's finished()
    }
}
