#pragma once
// Loads candles for a token and interval from Conyr's REST endpoint (the "backfill" half of
// "backfill from REST, then subscribe").

#include "conyrtypes.h"
#include "core/auth.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// One request per backfill; each answer comes back through finished() with the request id.
/// The key goes in the Authorization header or the api_key query parameter, as the profile
/// chooses; it is never logged.
class CandleRestClient : public QObject
{
    Q_OBJECT
public:
    CandleRestClient(QUrl restBase, Auth::Method auth, QString key, QObject *parent = nullptr);

    QUrl restBase() const { return m_base; }
    void setRestBase(const QUrl &base) { m_base = base; }
    void setKey(const QString &key) { m_key = key; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    /// Requests bars with open time in [fromMs, toMs] (either bound left out when <= 0),
    /// at most limit of the newest (when > 0); returns the request id.
    int fetch(const QString &mint, const QString &variant, const QString &interval, qint64 fromMs, qint64 toMs,
              int limit = 0);
    /// Cancels every request in flight (no signals for them).
    void abortAll();
    int inFlight() const { return int(m_replies.size()); }

Q_SIGNALS:
    /// ok == false: error holds a sentence; candles is empty. skipped counts malformed bars.
    void finished(int requestId, bool ok, const QList<Conyr::Candle> &candles, const QString &error, int skipped);

private:
    void onReply(QNetworkReply *reply, int id);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    Auth::Method m_auth;
    QString m_key;
    int m_timeoutMs = 15000;
    int m_nextId = 1;
    QList<QPointer<QNetworkReply>> m_replies;
};
