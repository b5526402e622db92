#pragma once
// Loads candles for a token, view and timeframe from Conyr's REST OHLCV route (the
// "backfill" half of "backfill from REST, then subscribe").

#include "conyrrest.h"
#include "conyrtypes.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

/// One request per backfill; each answer comes back through finished() with the request id.
/// The key goes in the Authorization: Bearer header, the only way the reference documents
/// for /v1/*; it is never logged. With RestPaths::Auto the current route is asked first and
/// the legacy one on 404 (and used from then on).
class CandleRestClient : public QObject
{
    Q_OBJECT
public:
    CandleRestClient(QUrl restBase, QString key, Conyr::RestPaths paths = Conyr::RestPaths::Auto,
                     QObject *parent = nullptr);

    QUrl restBase() const { return m_base; }
    void setRestBase(const QUrl &base) { m_base = base; }
    void setKey(const QString &key) { m_key = key; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    /// True once the legacy route answered where the current one said 404.
    bool usingLegacy() const { return m_legacy; }

    /// Requests bars with bucket start in [fromMs, toMs] (either bound left out when <= 0),
    /// at most limit (clamped to 2000; 0: the server's default); returns the request id.
    int fetch(const QString &mint, const QString &view, const QString &timeframe, qint64 fromMs, qint64 toMs,
              int limit = 0);
    /// Cancels every request in flight (no signals for them).
    void abortAll();
    int inFlight() const { return int(m_replies.size()); }

Q_SIGNALS:
    /// ok == false: error holds a sentence (the server's own {"error"} text when it sent one)
    /// and httpStatus the status (0 for network errors); candles is empty. skipped counts
    /// malformed bars.
    void finished(int requestId, bool ok, const QList<Conyr::Candle> &candles, const QString &error, int skipped,
                  int httpStatus);

private:
    struct Request {
        QString mint, view, timeframe;
        qint64 fromMs = 0, toMs = 0;
        int limit = 0;
        bool legacy = false;
    };
    void send(int id, const Request &request);
    void onReply(QNetworkReply *reply, int id, const Request &request);

    QNetworkAccessManager *m_network;
    QUrl m_base;
    QString m_key;
    Conyr::RestPaths m_paths;
    bool m_legacy = false;
    int m_timeoutMs = 15000;
    int m_nextId = 1;
    QList<QPointer<QNetworkReply>> m_replies;
};
