#include "candlerestclient.h"

#include "conyrcodec.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {
constexpr qint64 MaxBodyBytes = 32 * 1024 * 1024;
}

CandleRestClient::CandleRestClient(QUrl restBase, Auth::Method auth, QString key, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_base(std::move(restBase))
    , m_auth(auth)
    , m_key(std::move(key))
{
}

int CandleRestClient::fetch(const QString &mint, const QString &variant, const QString &interval, qint64 fromMs,
                            qint64 toMs, int limit)
{
    const int id = m_nextId++;
    QNetworkRequest request(Conyr::candleRequestUrl(m_base, mint, variant, interval, fromMs, toMs, limit));
    // Auth::apply handles the header or the api_key query parameter the profile chose.
    if (!m_key.isEmpty())
        Auth::apply(m_auth == Auth::Method::QueryParameter ? m_auth : Auth::Method::Bearer, m_key, request);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id] { onReply(reply, id); });
    return id;
}

void CandleRestClient::abortAll()
{
    const auto replies = m_replies;
    m_replies.clear();
    for (const QPointer<QNetworkReply> &reply : replies) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
}

void CandleRestClient::onReply(QNetworkReply *reply, int id)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        Q_EMIT finished(id, false, {}, tr("The candle request failed: %1").arg(reply->errorString()), 0);
        return;
    }
    if (status != 200) {
        QString why;
        switch (status) {
        case 401: why = tr("the key was rejected (HTTP 401)"); break;
        case 403: why = tr("the key may not use this endpoint (HTTP 403)"); break;
        case 404: why = tr("no candles for this token or interval (HTTP 404)"); break;
        case 429: why = tr("too many requests (HTTP 429)"); break;
        default: why = tr("HTTP status %1").arg(status);
        }
        Q_EMIT finished(id, false, {}, tr("The candle request failed: %1").arg(why), 0);
        return;
    }
    if (reply->size() > MaxBodyBytes) {
        Q_EMIT finished(id, false, {}, tr("The candle response is larger than 32 MiB"), 0);
        return;
    }
    QList<Conyr::Candle> candles;
    QString problem;
    int skipped = 0;
    if (!Conyr::decodeCandleResponse(reply->readAll(), candles, &problem, &skipped)) {
        Q_EMIT finished(id, false, {}, problem, 0);
        return;
    }
    Q_EMIT finished(id, true, candles, QString(), skipped);
}
