#include "tweetsobservations.h"

#include "tweetsclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace TweetsObservations {

Observation fromTweet(const QString &source, const Tweet &t)
{
    Observation o;
    o.provider = QStringLiteral("tweets");
    o.source = source;
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
    return o;
}

ObservationSource *attach(TweetsClient *client)
{
    auto *source = new ObservationSource(client);
    QObject::connect(client, &TweetsClient::tweetsReceived, source, [client, source](const TweetBatch &tweets) {
        const QString name = client->connection() ? client->connection()->name() : QString();
        QList<Observation> batch;
        batch.reserve(tweets.size());
        for (const Tweet &t : tweets)
            batch << fromTweet(name, t);
        source->publish(batch);
    });
    return source;
}

} // namespace TweetsObservations
