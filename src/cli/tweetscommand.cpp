// tidewatch-cli tweets subcommand(s).

#include "cli/cli.h"

void addTweetsOptions(QCommandLineParser &parser)
{
    Q_UNUSED(parser)
}

int startTweets(CliContext &context)
{
    // Provided by the tweets issue.
    context.emitError(QStringLiteral("this subcommand is not available in this build"));
    return ExitFailure;
}

