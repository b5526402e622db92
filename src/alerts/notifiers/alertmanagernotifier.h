#pragma once
// Prometheus Alertmanager as a notifier: alerts go to `POST <url>/api/v2/alerts` with
// labels (what the alert is: rule, scope, severity) and annotations (what it says). Like
// Prometheus, open alerts are re-sent periodically with endsAt a few intervals ahead, so
// Alertmanager keeps them while Tidewatch runs and ends them by itself if it stops; a
// resolved alert is sent once more with endsAt = the time it cleared. Failed posts are
// retried with backoff; the last outcome per Alertmanager is visible. Secrets in a URL
// (user info, credential parameters) never reach logs or error texts.

#include "alerts/alert.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

struct AlertmanagerSettings {
    int resendIntervalMs = 60000; ///< open alerts are posted again this often
    int firstRetryMs = 1000;      ///< doubles per failed attempt
    int maxRetryMs = 60000;
    int timeoutMs = 10000;
};

class AlertmanagerNotifier : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    explicit AlertmanagerNotifier(QObject *parent = nullptr);
    void setSettings(const AlertmanagerSettings &settings);
    /// Wall time by default; endsAt values are computed from it.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// The alert's labels: alertname (rule name), rule_id, provider, source (the profile or
    /// connection, also as instance), subject, severity, then extra labels (rule's over
    /// global ones; built-in names are not overridden). Empty values are left out, as
    /// Alertmanager drops them anyway.
    static QJsonObject labelsFor(const Alert &alert, const QJsonObject &extraLabels);
    /// summary (the rule and subject), description (the message with the value), value, kind.
    static QJsonObject annotationsFor(const Alert &alert);
    /// `<base>/api/v2/alerts` (a base that already ends with it is kept).
    static QUrl endpointFor(const QUrl &base);
    /// The alert JSON Alertmanager's API v2 takes.
    static QJsonObject alertJson(const QJsonObject &labels, const QJsonObject &annotations, qint64 startsAtMs,
                                 qint64 endsAtMs);

    /// Opens (or refreshes) the alert under key at base. fixedEndMs > 0: an event that ends
    /// by itself then; 0: open until resolve(key).
    bool fire(const QString &key, const QUrl &base, const Alert &alert, const QJsonObject &extraLabels,
              qint64 fixedEndMs = 0);
    /// Ends an open alert now (sent with endsAt = now, then forgotten).
    void resolve(const QString &key);
    /// Ends every open alert of a rule.
    void resolveRule(const QString &ruleId);

    int openCount() const;
    bool isOpen(const QString &key) const;
    /// The last failure at an Alertmanager (by its base URL), or empty.
    QString lastError(const QUrl &base) const;
    /// One line for Settings: the last outcome over all Alertmanagers.
    QString statusText() const { return m_statusText; }
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    /// A post was accepted (count alerts in it).
    void delivered(const QUrl &base, int count);
    void failed(const QUrl &base, const QString &error);
    void statusChanged();

private:
    struct Entry {
        QString ruleId;
        QUrl base;
        QJsonObject labels;
        QJsonObject annotations;
        qint64 startsAtMs = 0;
        qint64 fixedEndMs = 0;      // events
        qint64 resolvedAtMs = 0;    // > 0: send once more with this endsAt, then drop
        quint64 generation = 0;     // changes on every fire/resolve
    };
    struct Target {
        bool inFlight = false;
        bool again = false;          // something changed while a post was in flight
        int failures = 0;
        QTimer *retry = nullptr;
        QString error;
    };
    qint64 now() const;
    void schedule(const QUrl &base);
    void post(const QUrl &base);
    void finished(QNetworkReply *reply, const QUrl &base, const QHash<QString, quint64> &sent);
    void resendAll();
    void setStatus(const QString &text);
    Target &target(const QUrl &base);

    QNetworkAccessManager *m_network;
    AlertmanagerSettings m_settings;
    Clock m_clock;
    QHash<QString, Entry> m_entries;   // by key
    QHash<QString, Target> m_targets;  // by base URL (string)
    QTimer m_resend;
    QString m_statusText;
    quint64 m_generation = 0;
    int m_inFlight = 0;
};
