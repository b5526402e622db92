// Tweets → Observations: one per new_tweet, with text, author, monitor and rule for
// TweetMatch rules and the whole record for filter rules.

#include "adapters.h"

#include "core/connection.h"
#include "providers/tweets/tweetscodec.h"

#include <QJsonDocument>
#include <QJsonObject>

QList<Observation> tweetsObservations(const QByteArray &frame, const Connection &connection)
{
    const TweetsCodec::Message message = TweetsCodec::decode(frame);
    if (message.type != TweetsCodec::Type::NewTweet)
        return {};
    const Tweet &t = message.tweet;
    Observation o;
    o.provider = QStringLiteral("tweets");
    o.source = connection.name();
    o.kind = QStringLiteral("tweet");
    o.subject = t.sourceLabel();
    o.timestampMs = t.detectedAtMs >= 0 ? t.detectedAtMs : 0;
    o.texts.insert(QStringLiteral("text"), t.text);
    o.texts.insert(QStringLiteral("author"), t.author);
    o.texts.insert(QStringLiteral("tweetId"), t.tweetId);
    o.texts.insert(QStringLiteral("tweetType"), t.tweetType);
    o.texts.insert(QStringLiteral("link"), t.link());
    if (t.sourceKind == TweetSourceKind::Monitor) {
        o.texts.insert(QStringLiteral("monitor"), t.sourceName);
        o.texts.insert(QStringLiteral("monitorId"), t.sourceId);
    } else if (t.sourceKind == TweetSourceKind::FilterRule) {
        o.texts.insert(QStringLiteral("rule"), t.sourceName);
        o.texts.insert(QStringLiteral("ruleId"), t.sourceId);
    }
    if (t.latencyMs >= 0)
        o.metrics.insert(QStringLiteral("latency"), double(t.latencyMs));
    o.record = QJsonDocument::fromJson(t.raw).object().toVariantMap();
    return {o};
}
