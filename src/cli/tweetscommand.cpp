// tidewatch-cli tweets: the tweet stream. Prints a "data" event per tweet, "connected" when
// the server accepts the key, "state" on connection changes and "error" events; exits 3 when
// the key is rejected (4001) and 4 when the key's connections are all in use (4003).

#include "cli/cli.h"
#include "providers/tweets/tweetsclient.h"
#include "providers/tweets/tweetscodec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaEnum>

namespace {

/// The tweet in the stream's documented flat shape, whichever shape the server sent.
void addTweet(CliEvent &e, const Tweet &t)
{
    // One normalised record whatever shape the server sent (new_tweet, tweet.detected or
    // tweet with a nested object); "event" says which.
    e.beginObject("data")
        .add("type", QLatin1StringView("new_tweet"))
        .add("event", t.eventName())
        .add("source", t.sourceType)
        .add("tweet_id", t.tweetId) // a string: ids exceed 2^53
        .add("author_username", t.author)
        .add("tweet_text", t.text)
        .add("tweet_type", t.tweetType)
        .add("detected_at", t.detectedAtText)
        .add("link", t.link());
    if (t.sourceKind == TweetSourceKind::Monitor)
        e.add("monitor_id", t.sourceId).add("monitor_name", t.sourceName);
    else if (t.sourceKind == TweetSourceKind::FilterRule)
        e.add("rule_id", t.sourceId).add("rule_tag", t.sourceName);
    if (!t.url.isEmpty())
        e.add("tweet_url", t.url);
    if (!t.publishedAtText.isEmpty())
        e.add("tweet_published_at", t.publishedAtMs >= 0 ? TweetsCodec::formatIsoTime(t.publishedAtMs) : t.publishedAtText);
    if (!t.authorName.isEmpty())
        e.add("author_name", t.authorName);
    if (t.likeCount >= 0)
        e.add("favorite_count", t.likeCount);
    if (t.retweetCount >= 0)
        e.add("retweet_count", t.retweetCount);
    if (t.replyCount >= 0)
        e.add("reply_count", t.replyCount);
    if (t.latencyMs >= 0)
        e.add("latency_ms", t.latencyMs);
    if (t.receivedAtMs >= 0 && t.detectedAtMs >= 0)
        e.add("delivery_ms", t.deliveryMs());
    e.endObject();
}

} // namespace

void addTweetsOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("auth"),
                      QStringLiteral("How to present the key: header (x-api-key, preferred) or query (api_key)."),
                      QStringLiteral("METHOD"), QStringLiteral("header")});
}

int startTweets(CliContext &context)
{
    const QString auth = context.parser().value(QStringLiteral("auth"));
    if (auth != QLatin1String("header") && auth != QLatin1String("query")) {
        context.emitError(QStringLiteral("unknown --auth '%1' (header or query)").arg(auth));
        return ExitUsage;
    }
    ConnectionConfig config;
    config.name = context.source();
    config.url = context.url();
    config.auth = auth == QLatin1String("query") ? Auth::Method::QueryParameter : Auth::Method::LowerApiKeyHeader;
    config.key = context.key();
    config.reconnect = TweetsClient::documentedBackoff();

    auto *client = new TweetsClient(new Connection(config, qApp), TweetsClientOptions(), qApp);
    auto errorShown = std::make_shared<bool>(false);

    QObject::connect(client, &TweetsClient::sessionStarted, client,
                     [&context](const QString &connectionId, const QString &apiKeyId) {
                         context.emitEvent(QStringLiteral("connected"),
                                           {{QStringLiteral("connection_id"), connectionId},
                                            {QStringLiteral("api_key_id"), apiKeyId}});
                     });
    QObject::connect(client, &TweetsClient::tweetsReceived, client, [&context](const TweetBatch &batch) {
        for (const Tweet &t : batch) {
            CliEvent e = context.event("data");
            addTweet(e, t);
        }
    });
    QObject::connect(client, &TweetsClient::serverError, client, [&context, errorShown](int code, const QString &message) {
        *errorShown = true;
        context.emitError(message, {{QStringLiteral("code"), code}});
    });
    QObject::connect(client, &TweetsClient::protocolProblem, client, [&context](const QString &problem) {
        context.emitError(problem, {{QStringLiteral("skipped"), true}});
    });

    Connection *connection = client->connection();
    // A server error (4001, 4003) has already said why the connection ends the run.
    context.watchConnection(connection, [errorShown] { return *errorShown; });
    QObject::connect(connection, &Connection::opened, client, [errorShown] { *errorShown = false; });
    client->open();
    return ExitRunning;
}
