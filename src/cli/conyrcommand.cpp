// tidewatch-cli conyr subcommand(s).

#include "cli/cli.h"

void addConyrOptions(QCommandLineParser &parser)
{
    Q_UNUSED(parser)
}

int startConyr(CliContext &context)
{
    // Provided by the conyr issue.
    context.emitError(QStringLiteral("this subcommand is not available in this build"));
    return ExitFailure;
}

