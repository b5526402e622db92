#pragma once
// The Tweets simulator: /v1/twitter/stream as the seed documents it.

#include "sim/simhandler.h"
#include "tweetgenerator.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

class SimServer;
class QWebSocket;

/// Adds the Tweets WebSocket (and, where the provider has one, REST) handlers.
void installTweetsSimulator(SimServer &server);

/// Serves /v1/twitter/stream. A presented key (x-api-key header or api_key query) that the
/// server does not accept gets error 4001 and close 4001; a sixth connection for one key gets
/// error 4003 and close 4003; otherwise "connected", then every tweet the generator makes,
/// broadcast to all open connections on the simulated clock.
///
/// Server options (SimConfig::options): "tweets.rate" tweets per simulated second (default:
/// the sources' own rates; 0 stops the stream), "tweets.resend" recent tweets resent to every
/// new connection (exercises the client's dedupe), "tweets.maxConnections" (default 5).
/// Query: resend=N (per connection), flood=N sends N tweets as fast as the socket drains.
class TweetsSimHandler : public SimHandler
{
    Q_OBJECT
public:
    explicit TweetsSimHandler(SimServer *server);

    bool acceptsPath(const QString &path) const override;
    void acceptSocket(QWebSocket *socket) override;

    /// Open, authenticated connections for a key, and in total.
    int connectionsForKey(const QString &key) const;
    int openConnections() const { return int(m_clients.size()); }
    /// Sockets refused with 4001 / 4003 so far.
    int rejectedKeys() const { return m_rejectedKeys; }
    int rejectedOverLimit() const { return m_rejectedOverLimit; }

    /// Generates one tweet now and sends it to every open connection; returns it.
    Tweet broadcastNext();
    /// Sends a prepared tweet to every open connection (kept for resends).
    void broadcast(const Tweet &tweet);
    /// Cuts every open connection from the server side (e.g. 1001 going away).
    void dropAll(int closeCode = 1001);
    /// Recent tweets resent to each new connection (0: none).
    void setResendOnConnect(int count) { m_resend = count; }
    /// Tweets per simulated second; 0 stops the automatic stream.
    void setRate(double perSecond);

    /// The flood frame for number i (deterministic; distinct tweet ids).
    QByteArray floodFrame(qint64 i);

private:
    struct Client {
        QPointer<QWebSocket> socket;
        QString key;
    };
    void reject(QWebSocket *socket, int code, const QString &message);
    void scheduleNext();
    void send(QWebSocket *socket, const QByteArray &frame);
    void prepareFlood();

    TweetGenerator m_generator;
    QList<Client> m_clients;
    QList<QByteArray> m_recent;         // encoded frames, newest last
    QTimer m_timer;
    double m_rate;
    int m_resend = 0;
    int m_maxPerKey = 5;
    int m_nextConnection = 1;
    int m_rejectedKeys = 0;
    int m_rejectedOverLimit = 0;
    QList<QPair<QByteArray, QByteArray>> m_floodTemplates; // frame split around the tweet id
};
