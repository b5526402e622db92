#pragma once
// A tweet as the tweet stream delivers it: the typed value the client emits and the
// models hold. No JSON and no sockets beyond this point.

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

/// Where a tweet came from: a stream monitor (watched accounts) or a filter rule (a query).
/// Other keeps tweets from a source kind the protocol may add later.
enum class TweetSourceKind : quint8 { Monitor, FilterRule, Other };

/// Which of the three documented event shapes carried a tweet (reference/tweets.md §2).
enum class TweetShape : quint8 {
    NewTweet,       ///< A: {"type":"new_tweet","source",…} flat (the seed page)
    TweetDetected,  ///< B: {"event":"tweet.detected",…,"tweet_url","tweet_published_at"} flat (docs site)
    Nested,         ///< C: {"type":"tweet",…,"tweet":{id,text,username,…}} (official SDKs)
};

struct Tweet {
    TweetSourceKind sourceKind = TweetSourceKind::Other;
    TweetShape shape = TweetShape::NewTweet;
    QString sourceType;         ///< "source" as sent: "monitor", "filter_rule" or a newer kind
    QString sourceId;           ///< monitor_id or rule_id
    QString sourceName;         ///< monitor_name or rule_tag
    QString tweetId;            ///< decimal digits; ids exceed 2^53, so never held as a double
    QString author;             ///< author_username, without "@"
    QString text;               ///< tweet_text: untrusted, shown as plain text only
    QString tweetType;          ///< "original", "reply", "retweet", "quote" …
    qint64 latencyMs = -1;      ///< latency_ms reported by the provider; -1 when absent
    qint64 detectedAtMs = -1;   ///< detected_at as Unix ms; -1 when absent or unparsable
    QString detectedAtText;     ///< detected_at as sent
    qint64 publishedAtMs = -1;  ///< tweet_published_at (or the nested tweet's created_at) as Unix ms; -1 unknown
    QString publishedAtText;    ///< tweet_published_at / created_at as sent
    QString url;                ///< tweet_url as sent (shape B); link() is what the app opens
    QString authorName;         ///< the nested tweet's user_name (display name), if sent
    qint64 likeCount = -1;      ///< nested favorite_count / retweet_count / reply_count; -1 absent
    qint64 retweetCount = -1;
    qint64 replyCount = -1;
    qint64 receivedAtMs = -1;   ///< when this app received the frame (Unix ms), set by the client
    QByteArray raw;             ///< the frame as received (shared, not copied): the full record
    QString cachedSourceKey;    ///< sourceKey() computed once (the client fills it in)

    /// Receive time minus detected_at, or -1 when either is unknown.
    qint64 deliveryMs() const
    {
        return receivedAtMs >= 0 && detectedAtMs >= 0 ? receivedAtMs - detectedAtMs : -1;
    }
    /// Identifies the source across tweets: "monitor:<id>", "filter_rule:<id>".
    QString sourceKey() const
    {
        return cachedSourceKey.isEmpty() ? sourceType + QLatin1Char(':') + sourceId : cachedSourceKey;
    }
    /// The source's name for people: monitor name or rule tag, else its id.
    QString sourceLabel() const { return sourceName.isEmpty() ? sourceId : sourceName; }
    /// https://x.com/<author>/status/<id>, built from the id (never the sent tweet_url, so a
    /// hostile frame cannot make the app open another site).
    QString link() const;
    /// The event name of the shape that carried it: "new_tweet", "tweet.detected" or "tweet".
    QString eventName() const;
};
Q_DECLARE_METATYPE(Tweet)

using TweetBatch = QList<Tweet>;

namespace TweetSource {
/// "monitor", "filter_rule" or "other", for models and QML.
QString kindId(TweetSourceKind kind);
} // namespace TweetSource
