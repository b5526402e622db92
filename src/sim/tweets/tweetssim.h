#pragma once
// The Tweets simulator: /v1/twitter/stream as a strict peer of the documents (seed page and
// reference/tweets.md): only the documented shapes, auth methods and keepalive.

#include "providers/tweets/tweetscodec.h"
#include "sim/simhandler.h"
#include "tweetgenerator.h"
#include "tweetsreststore.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

class SimServer;
class QWebSocket;
class TweetsRestSim;

/// Adds the Tweets WebSocket (and, where the provider has one, REST) handlers.
void installTweetsSimulator(SimServer &server);

/// Serves /v1/twitter/stream. The key is accepted only the documented ways: the x-api-key
/// header or the api_key query parameter (a bearer token counts as no key). A key the
/// server does not accept gets error 4001 and close 4001; a sixth connection for one key gets
/// error 4003 and close 4003; otherwise "connected", then every tweet the generator makes,
/// broadcast to all open connections on the simulated clock, and a JSON keepalive
/// {"type":"ping","timestamp"} every ping interval: a connection that has not answered the
/// previous ping with {"type":"pong"} is closed with 1001 instead (the idle close).
///
/// Server options (SimConfig::options): "tweets.rate" tweets per simulated second (default:
/// the sources' own rates; 0 stops the stream), "tweets.resend" recent tweets resent to every
/// new connection (exercises the client's dedupe), "tweets.maxConnections" (default 5),
/// "tweets.pingMs" simulated ms between keepalive pings (default 30000, the documented
/// heartbeat; 0 none), "tweets.shape" which documented tweet shape is sent: "new_tweet",
/// "tweet.detected", "tweet" or "mixed" (default: monitor tweets rotate through all three;
/// filter-rule tweets always use new_tweet, the only shape documented with rule fields),
/// "tweets.variant": "documented" (default), "numbers" (tweet_id as a JSON number),
/// "strings" (latency and counts as strings) or "sparse" (optional fields left out).
/// Query: resend=N (per connection), flood=N sends N tweets as fast as the socket drains.
///
/// The REST API of monitors and filter rules is served on the same port (TweetsRestSim), and the
/// stream follows it: tweets come only from active monitors and rules, named as they are now,
/// from a monitor's usernames and of its filter_types. The store starts with the generator's
/// sources plus a suspended monitor and a paused rule (they deliver nothing).
class TweetsSimHandler : public SimHandler
{
    Q_OBJECT
public:
    explicit TweetsSimHandler(SimServer *server);

    bool acceptsPath(const QString &path) const override;
    void acceptSocket(QWebSocket *socket) override;
    SimHttpResponse handleHttp(const SimHttpRequest &request) override;

    /// The monitors and rules (REST) the stream follows, and the REST front with its test hooks.
    TweetsRestStore *store() { return &m_store; }
    TweetsRestSim *rest() const { return m_rest; }

    /// Open, authenticated connections for a key, and in total.
    int connectionsForKey(const QString &key) const;
    int openConnections() const { return int(m_clients.size()); }
    /// Sockets refused with 4001 / 4003 so far.
    int rejectedKeys() const { return m_rejectedKeys; }
    int rejectedOverLimit() const { return m_rejectedOverLimit; }

    /// Generates one tweet now and sends it to every open connection; returns it (an empty
    /// Tweet, nothing sent, when no monitor or rule is active).
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

    /// Sends the keepalive round now: a ping to each connection that answered the last one,
    /// close 1001 to each that did not. Returns how many were closed.
    int pingRound();
    /// Pongs received and connections closed for want of one, so far.
    int pongsReceived() const { return m_pongs; }
    int pongTimeouts() const { return m_pongTimeouts; }
    /// The shape a tweet is sent in (by tweets.shape and the rotation).
    TweetShape shapeFor(const Tweet &tweet);
    /// The frame for a tweet as this server sends it (shape and variant applied).
    QByteArray encode(const Tweet &tweet);
    /// The key a request presents the documented ways (header, then query), or empty.
    static QString documentedKey(const QWebSocket *socket);

private:
    struct Client {
        QPointer<QWebSocket> socket;
        QString key;
        bool awaitingPong = false;
    };
    void onClientText(QWebSocket *socket, const QString &text);
    void reject(QWebSocket *socket, int code, const QString &message);
    void scheduleNext();
    void send(QWebSocket *socket, const QByteArray &frame);
    void prepareFlood();
    void seedStore();
    void followStore();

    TweetGenerator m_generator;
    QVector<TweetGenerator::Source> m_seedSources;  // the generator's own, by id
    TweetsRestStore m_store;
    TweetsRestSim *m_rest = nullptr;
    bool m_rateFromOption = false;
    QList<Client> m_clients;
    QList<QByteArray> m_recent;         // encoded frames, newest last
    QTimer m_timer;
    QTimer m_pingTimer;
    double m_rate;
    double m_activity = 1.0;   ///< the sources' own rates times this (tweets.activity)
    QString m_shape;
    TweetsCodec::WireVariant m_variant;
    QHash<QString, int> m_rotation;     // per monitor id: the next shape in "mixed"
    bool m_pingsEnabled = false;
    int m_pongs = 0;
    int m_pongTimeouts = 0;
    int m_resend = 0;
    int m_maxPerKey = 5;
    int m_nextConnection = 1;
    int m_rejectedKeys = 0;
    int m_rejectedOverLimit = 0;
    QList<QPair<QByteArray, QByteArray>> m_floodTemplates; // frame split around the tweet id
};
