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

QJsonObject tweetJson(const Tweet &t)
{
    QJsonObject o{
        {QStringLiteral("type"), QStringLiteral("new_tweet")},
        {QStringLiteral("source"), t.sourceType},
        {QStringLiteral("tweet_id"), t.tweetId}, // a string: ids exceed 2^53
        {QStringLiteral("author_username"), t.author},
        {QStringLiteral("tweet_text"), t.text},
        {QStringLiteral("tweet_type"), t.tweetType},
        {QStringLiteral("detected_at"), t.detectedAtText},
        {QStringLiteral("link"), t.link()},
    };
    if (t.sourceKind == TweetSourceKind::Monitor) {
        o.insert(QStringLiteral("monitor_id"), t.sourceId);
        o.insert(QStringLiteral("monitor_name"), t.sourceName);
    } else if (t.sourceKind == TweetSourceKind::FilterRule) {
        o.insert(QStringLiteral("rule_id"), t.sourceId);
        o.insert(QStringLiteral("rule_tag"), t.sourceName);
    }
    if (t.latencyMs >= 0)
        o.insert(QStringLiteral("latency_ms"), t.latencyMs);
    if (t.receivedAtMs >= 0 && t.detectedAtMs >= 0)
        o.insert(QStringLiteral("delivery_ms"), t.deliveryMs());
    return o;
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
        for (const Tweet &t : batch)
            context.emitEvent(QStringLiteral("data"), {{QStringLiteral("data"), tweetJson(t)}});
    });
    QObject::connect(client, &TweetsClient::serverError, client, [&context, errorShown](int code, const QString &message) {
        *errorShown = true;
        context.emitError(message, {{QStringLiteral("code"), code}});
    });
    QObject::connect(client, &TweetsClient::protocolProblem, client, [&context](const QString &problem) {
        context.emitError(problem, {{QStringLiteral("skipped"), true}});
    });

    Connection *connection = client->connection();
    QObject::connect(connection, &Connection::stateChanged, client,
                     [&context, connection, errorShown](Connection::State) {
                         context.emitEvent(QStringLiteral("state"), stateEventFields(connection));

                         const int end = runEndFor(connection);
                         if (end == ExitRunning)
                             return;
                         if (end != ExitDone && !*errorShown)
                             context.emitError(connection->reason());
                         context.finish(end);
                     });
    QObject::connect(connection, &Connection::opened, client, [errorShown] { *errorShown = false; });
    client->open();
    return ExitRunning;
}
