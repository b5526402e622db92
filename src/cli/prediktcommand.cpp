// tidewatch-cli predikt subcommand(s).

#include "cli/cli.h"

void addPrediktOptions(QCommandLineParser &parser)
{
    Q_UNUSED(parser)
}

int startPredikt(CliContext &context)
{
    // Provided by the predikt issue.
    context.emitError(QStringLiteral("this subcommand is not available in this build"));
    return ExitFailure;
}

