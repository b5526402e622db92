#include "candlerestclient.h"

#include "core/failure.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {
constexpr qint64 MaxBodyBytes = 32 * 1024 * 1024;
}

CandleRestClient::CandleRestClient(QUrl restBase, QString key, Conyr::RestPaths paths, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_base(std::move(restBase))
    , m_key(std::move(key))
    , m_paths(paths)
    , m_legacy(paths == Conyr::RestPaths::Legacy)
{
}

int CandleRestClient::fetch(const QString &mint, const QString &view, const QString &timeframe, qint64 fromMs,
                            qint64 toMs, int limit)
{
    const int id = m_nextId++;
    send(id, {mint, view, timeframe, fromMs, toMs, limit, m_legacy});
    return id;
}

void CandleRestClient::send(int id, const Request &r)
{
    QNetworkRequest request(
        Conyr::candleRequestUrl(m_base, r.mint, r.view, r.timeframe, r.fromMs, r.toMs, r.limit, r.legacy));
    if (!m_key.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    m_replies.append(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, r] { onReply(reply, id, r); });
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

void CandleRestClient::onReply(QNetworkReply *reply, int id, const Request &request)
{
    m_replies.removeAll(reply);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        // The transfer timeout cancels the reply (abortAll() disconnects first, so a cancel here
        // is always the timeout); the sentence is the one every page uses for the failure.
        const QNetworkReply::NetworkError error = reply->error() == QNetworkReply::OperationCanceledError
            ? QNetworkReply::TimeoutError
            : reply->error();
        const QString why = Failure::describeReplyError(error, reply->errorString(), reply->url());
        Q_EMIT finished(id, false, {},
                        why.isEmpty() ? tr("The candle request failed: %1").arg(reply->errorString()) : why, 0, 0);
        return;
    }
    const QByteArray body = reply->read(MaxBodyBytes + 1);
    if (status == 404 && !request.legacy && m_paths == Conyr::RestPaths::Auto) {
        // The current route is unknown here: ask the legacy one, and keep using it.
        Request legacy = request;
        legacy.legacy = true;
        m_legacy = true;
        send(id, legacy);
        return;
    }
    if (status != 200) {
        Q_EMIT finished(id, false, {}, Conyr::restErrorSentence(status, body.left(4096)), 0, status);
        return;
    }
    if (body.size() > MaxBodyBytes) {
        Q_EMIT finished(id, false, {}, tr("The candle response is larger than 32 MiB"), 0, status);
        return;
    }
    QList<Conyr::Candle> candles;
    QString problem;
    int skipped = 0;
    if (!Conyr::decodeCandleResponse(body, candles, &problem, &skipped)) {
        Q_EMIT finished(id, false, {}, problem, 0, status);
        return;
    }
    Q_EMIT finished(id, true, candles, QString(), skipped, status);
}
