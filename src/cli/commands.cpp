// The table of tidewatch-cli subcommands. Each command lives in its own file.

#include "cli.h"

void addRawOptions(QCommandLineParser &parser);
int startRaw(CliContext &context);
void addAlliumApiOptions(QCommandLineParser &parser);
int startAlliumApi(CliContext &context);
void addAlliumStreamOptions(QCommandLineParser &parser);
int startAlliumStream(CliContext &context);
void addConyrOptions(QCommandLineParser &parser);
int startConyr(CliContext &context);
void addPrediktOptions(QCommandLineParser &parser);
int startPredikt(CliContext &context);
void addTweetsOptions(QCommandLineParser &parser);
int startTweets(CliContext &context);
void addAlertsOptions(QCommandLineParser &parser);
int startAlerts(CliContext &context);
void addRelayOptions(QCommandLineParser &parser);
int startRelay(CliContext &context);

const QList<CliCommand> &cliCommands()
{
    static const QList<CliCommand> commands = {
        {"raw", "Any WebSocket URL: prints every frame as a data event", addRawOptions, startRaw},
        {"allium-api", "Allium APIs over WebSocket: prints a response event per reply", addAlliumApiOptions, startAlliumApi},
        {"allium-stream", "Allium data stream for one topic: prints a data event per record", addAlliumStreamOptions, startAlliumStream},
        {"conyr", "Conyr channels: prints subscribed, data and error events", addConyrOptions, startConyr},
        {"predikt", "Predikt price feed: prints data, billing and error events", addPrediktOptions, startPredikt},
        {"tweets", "Tweet stream: prints data and error events", addTweetsOptions, startTweets},
        {"alerts", "Alert rules over a live connection or a recording: prints alert events, notifies the rules' webhooks and Alertmanager (--dry-run: no one)", addAlertsOptions, startAlerts, true},
        {"relay", "Team relay: publishes one upstream to NATS JetStream, or --follow consumes it", addRelayOptions, startRelay, true},
    };
    return commands;
}
