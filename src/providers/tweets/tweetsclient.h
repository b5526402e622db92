#pragma once
// The tweet stream client: one Connection to …/v1/twitter/stream, frames decoded into typed
// Tweet batches, duplicates around reconnects dropped, the documented error codes obeyed.

#include "core/connection.h"
#include "tweet.h"
#include "tweetdelivery.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

/// Client options beyond the connection (namespace scope: GCC 12 and default arguments).
struct TweetsClientOptions {
    int dedupeWindow = 4096;    ///< (source, tweet_id) pairs remembered to drop resends
    int maxBatch = 4096;        ///< a batch is emitted at least this often under a flood
    /// A window shared with the other clients of the same key (TweetDedupePool::windowFor),
    /// so that two profiles with one key never show a tweet twice. Null: a window of its own.
    std::shared_ptr<TweetDedupeWindow> sharedDedupe;
    bool answerPings = true;    ///< answer {"type":"ping"} with {"type":"pong"} (off only in tests)
};

/// Connects with the key as the x-api-key header (preferred) or the api_key query parameter,
/// as the ConnectionConfig says. Close or error code 4001 ends the connection for good
/// (Failure::Kind::Auth); 4003 (all of the key's connections in use) waits at the backoff cap
/// (Failure::Kind::Limit) and says how many connections this app holds for the key.
/// The server's JSON keepalive {"type":"ping"} is answered with {"type":"pong"}; a close with
/// 1001 (the server saw no pong, or went away) is retried with the documented backoff.
/// The three documented tweet shapes (new_tweet, tweet.detected, tweet) all become Tweets.
/// The server's connection_id and api_key_id are kept as sessionInfo() for the connection details.
/// Tweets are emitted in batches, at most one per event-loop turn.
class TweetsClient : public QObject
{
    Q_OBJECT

public:
    /// Reads tweets from a connection the caller owns (live, replayed or relayed). The client
    /// installs its close-code classifier on it and removes it again when destroyed.
    explicit TweetsClient(Connection *connection, TweetsClientOptions options = TweetsClientOptions(),
                          QObject *parent = nullptr);
    ~TweetsClient() override;

    /// The documented reconnect schedule: 1 s, doubling, capped at 30 s.
    static ReconnectSettings documentedBackoff();
    /// Connections this process holds for the key (open, across every client), excluding
    /// `except`. The key is compared, never printed.
    static int connectionsHeldForKey(const QString &key, const TweetsClient *except = nullptr);

    Connection *connection() const { return m_connection; }
    QString connectionId() const { return m_connectionId; }
    QString apiKeyId() const { return m_apiKeyId; }
    /// The server's ids of this session for people: "Connection ID abc-123 · API key ID key-456".
    QString sessionInfo() const { return m_sessionInfo; }

    qint64 tweetCount() const { return m_tweets; }
    qint64 duplicateCount() const { return m_duplicates; }
    qint64 malformedCount() const { return m_malformed; }
    qint64 unknownCount() const { return m_unknown; }
    /// Keepalive pings answered with a pong, in this session and in all.
    int pingsAnsweredThisSession() const { return m_sessionPings; }
    qint64 pingsAnswered() const { return m_pings; }
    /// Latency per source key (Tweet::sourceKey()).
    const SourceLatencyMap &latencyBySource() const { return m_latency; }

public Q_SLOTS:
    void open();
    void close();

Q_SIGNALS:
    /// New tweets, oldest first; duplicates already removed.
    void tweetsReceived(const TweetBatch &batch);
    /// The server's "connected" event.
    void sessionStarted(const QString &connectionId, const QString &apiKeyId);
    /// An "error" event (or an application close code), with a sentence for people.
    void serverError(int code, const QString &message);
    /// A frame that was malformed or of an unknown type (counted, then skipped).
    void protocolProblem(const QString &problem);
    /// Tweet, duplicate, malformed and unknown counters changed (at most once per batch).
    void countersChanged();

private:
    void onMessage(const QByteArray &payload);
    /// Shares the source's strings (and its key) between all tweets of one source.
    void intern(Tweet &tweet);
    void flush();
    QString limitMessage() const;
    QString authMessage(const QString &serverMessage) const;
    QString goingAwayMessage(const QString &closeReason) const;
    void publishSessionInfo();

    QPointer<Connection> m_connection;
    TweetsClientOptions m_options;
    std::shared_ptr<TweetDedupeWindow> m_dedupe;
    TweetBatch m_pending;
    QTimer m_flushTimer;
    SourceLatencyMap m_latency;
    QHash<QString, Tweet> m_sources;    // by source id: the first tweet's source fields
    QString m_connectionId;
    QString m_apiKeyId;
    QString m_sessionInfo;
    qint64 m_tweets = 0;
    qint64 m_duplicates = 0;
    qint64 m_malformed = 0;
    qint64 m_unknown = 0;
    qint64 m_pings = 0;
    int m_sessionPings = 0;
};
