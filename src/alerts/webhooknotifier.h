#pragma once
// Webhooks: an HTTP POST of a JSON body per alert to the URL a rule names, retried with
// backoff on network errors, timeouts, 429 and 5xx; the last outcome per rule is visible.

#include "alert.h"

#include <QHash>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

class WebhookNotifier : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Sending, Retrying, Delivered, Failed };
    Q_ENUM(State)

    struct Settings {
        int maxAttempts = 4;        ///< first try plus retries
        int firstRetryMs = 2000;    ///< doubles per retry
        int maxRetryMs = 60000;
        int timeoutMs = 10000;
    };

    explicit WebhookNotifier(QObject *parent = nullptr);
    void setSettings(const Settings &settings) { m_settings = settings; }

    /// Posts the alert to url (a rule's webhook). Returns false if the URL is unusable.
    bool send(const QUrl &url, const Alert &alert);
    /// Posts a body of the caller's (a preset's) to url.
    bool send(const QUrl &url, const QByteArray &body, const Alert &alert);
    /// Marks the rule's webhook as failed before anything was sent (e.g. no token stored).
    void reportFailure(const Alert &alert, const QString &error);

    State state(const QString &ruleId) const { return m_status.value(ruleId).state; }
    /// The last failure for the rule, or empty.
    QString lastError(const QString &ruleId) const { return m_status.value(ruleId).error; }
    int pending() const { return m_inFlight; }

    static QString stateId(State state);
    /// The JSON body posted for an alert ({"text": message, "alert": {...}}): "text" makes
    /// it readable by chat incoming-webhooks as is.
    static QByteArray bodyFor(const Alert &alert);

Q_SIGNALS:
    void stateChanged(const QString &ruleId);
    void delivered(const QString &ruleId, const QString &alertId, int attempts);
    void failed(const QString &ruleId, const QString &alertId, const QString &error);

private:
    struct Delivery {
        QUrl url;
        QByteArray body;
        QString ruleId;
        QString alertId;
        int attempt = 0;
    };
    struct Status {
        State state = State::Idle;
        QString error;
    };
    void attempt(Delivery delivery);
    void finished(QNetworkReply *reply, Delivery delivery);
    void setStatus(const QString &ruleId, State state, const QString &error = {});

    QNetworkAccessManager *m_network;
    Settings m_settings;
    QHash<QString, Status> m_status;
    int m_inFlight = 0;
};
