#include "webhooknotifier.h"

#include "core/logging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

WebhookNotifier::WebhookNotifier(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

QString WebhookNotifier::stateId(State state)
{
    switch (state) {
    case State::Idle: return QStringLiteral("idle");
    case State::Sending: return QStringLiteral("sending");
    case State::Retrying: return QStringLiteral("retrying");
    case State::Delivered: return QStringLiteral("delivered");
    case State::Failed: return QStringLiteral("failed");
    }
    return {};
}

QByteArray WebhookNotifier::bodyFor(const Alert &alert)
{
    const QJsonObject body{
        {QStringLiteral("text"), QStringLiteral("[%1] %2").arg(AlertSeverities::toId(alert.severity).toUpper(), alert.message)},
        {QStringLiteral("alert"), alert.toJson()},
    };
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

bool WebhookNotifier::send(const QUrl &url, const Alert &alert)
{
    return send(url, bodyFor(alert), alert);
}

void WebhookNotifier::reportFailure(const Alert &alert, const QString &error)
{
    qCWarning(lcApp).noquote() << "webhook for rule" << alert.ruleId << "failed:" << Redact::text(error);
    setStatus(alert.ruleId, State::Failed, error);
    Q_EMIT failed(alert.ruleId, alert.id, error);
}

bool WebhookNotifier::send(const QUrl &url, const QByteArray &body, const Alert &alert)
{
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        setStatus(alert.ruleId, State::Failed, tr("The webhook URL is not a valid http(s) URL."));
        return false;
    }
    Delivery d{url, body, alert.ruleId, alert.id, 0};
    attempt(std::move(d));
    return true;
}

void WebhookNotifier::attempt(Delivery delivery)
{
    ++delivery.attempt;
    QNetworkRequest request(delivery.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Tidewatch/" TIDEWATCH_VERSION));
    request.setTransferTimeout(m_settings.timeoutMs);
    ++m_inFlight;
    setStatus(delivery.ruleId, delivery.attempt == 1 ? State::Sending : State::Retrying, m_status.value(delivery.ruleId).error);
    QNetworkReply *reply = m_network->post(request, delivery.body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery] { finished(reply, delivery); });
}

void WebhookNotifier::finished(QNetworkReply *reply, Delivery delivery)
{
    reply->deleteLater();
    --m_inFlight;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
        setStatus(delivery.ruleId, State::Delivered);
        Q_EMIT delivered(delivery.ruleId, delivery.alertId, delivery.attempt);
        return;
    }
    QString error;
    bool retry = true;
    if (status > 0) {
        error = tr("The webhook answered HTTP %1").arg(status);
        // A client error other than rate limiting will not get better by retrying.
        retry = status == 429 || status == 408 || status >= 500;
    } else {
        error = tr("The webhook could not be reached: %1").arg(Redact::text(reply->errorString()));
    }
    if (!retry || delivery.attempt >= m_settings.maxAttempts) {
        const QString message = delivery.attempt > 1 ? tr("%1 (gave up after %n attempt(s))", "", delivery.attempt).arg(error)
                                                     : error;
        qCWarning(lcApp).noquote() << "webhook for rule" << delivery.ruleId << "failed:" << message;
        setStatus(delivery.ruleId, State::Failed, message);
        Q_EMIT failed(delivery.ruleId, delivery.alertId, message);
        return;
    }
    const int delay = std::min(m_settings.maxRetryMs, m_settings.firstRetryMs << std::min(delivery.attempt - 1, 16));
    setStatus(delivery.ruleId, State::Retrying, error);
    QTimer::singleShot(delay, this, [this, delivery] { attempt(delivery); });
}

void WebhookNotifier::setStatus(const QString &ruleId, State state, const QString &error)
{
    Status &s = m_status[ruleId];
    if (s.state == state && s.error == error)
        return;
    s.state = state;
    s.error = error;
    Q_EMIT stateChanged(ruleId);
}
