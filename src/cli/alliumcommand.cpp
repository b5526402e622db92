// tidewatch-cli allium subcommand(s).

#include "cli/cli.h"

void addAlliumApiOptions(QCommandLineParser &parser)
{
    Q_UNUSED(parser)
}

int startAlliumApi(CliContext &context)
{
    // Provided by the allium issue.
    context.emitError(QStringLiteral("this subcommand is not available in this build"));
    return ExitFailure;
}

void addAlliumStreamOptions(QCommandLineParser &parser)
{
    Q_UNUSED(parser)
}

int startAlliumStream(CliContext &context)
{
    // Provided by the allium issue.
    context.emitError(QStringLiteral("this subcommand is not available in this build"));
    return ExitFailure;
}

