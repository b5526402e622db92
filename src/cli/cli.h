#pragma once
// tidewatch-cli: the same clients as the app, printing one JSON event per line (NDJSON).
// Every event carries "t" (receive time, Unix ms), "source" and "kind".

#include "core/failure.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QUrl>

/// Documented exit codes.
enum CliExit : int {
    ExitDone = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitAuthRejected = 3,
    ExitLimitExceeded = 4,
    ExitInsufficientBalance = 5,
    ExitRunning = -1,   ///< returned by a command's start(): keep the event loop running
};

/// The exit code for a failure kind (Auth → 3, Limit → 4, Billing → 5, other → 1).
int exitCodeFor(Failure::Kind kind);

class Connection;
/// The fields of a "state" event, the same for every command: `state` (connecting, open,
/// reconnecting, closed, failed, idle), `reason` (redacted) when there is one, and
/// `retryMs` while reconnecting.
QJsonObject stateEventFields(const Connection *connection);

/// Whether the connection's current state ends a run, and with which exit code:
/// Failed → exitCodeFor(its failure), Reconnecting after a limit rejection → ExitLimitExceeded
/// (a script cannot wait at the backoff cap), Closed on purpose → ExitDone; otherwise
/// ExitRunning.
int runEndFor(const Connection *connection);

/// What a command works with: its parsed options, the resolved endpoint and key, and the
/// output. finish() ends the run; --count and --duration end it too (handled by the runner).
class CliContext
{
public:
    virtual ~CliContext() = default;

    virtual const QCommandLineParser &parser() const = 0;
    /// --url as given (the provider's full documented endpoint).
    virtual QUrl url() const = 0;
    /// The API key from --profile (keychain) or TIDEWATCH_API_KEY; empty if none.
    virtual QString key() const = 0;
    /// The profile's or the provider's name, printed as "source".
    virtual QString source() const = 0;

    /// Prints {"t","source","kind", ...fields}. Events of kind "data" and "response" count
    /// towards --count.
    virtual void emitEvent(const QString &kind, const QJsonObject &fields = {}) = 0;
    /// Prints an "error" event with a message (and the fields) without ending the run.
    virtual void emitError(const QString &message, const QJsonObject &fields = {}) = 0;
    /// Ends the run with the exit code once pending output is flushed.
    virtual void finish(int exitCode) = 0;
};

/// A subcommand. addOptions() adds its own options; start() sets up its clients and
/// returns ExitRunning, or an exit code to end at once (e.g. ExitUsage).
struct CliCommand {
    const char *name;
    const char *summary;
    void (*addOptions)(QCommandLineParser &parser);
    int (*start)(CliContext &context);
    bool urlOptional = false;   ///< the command can run without --url (e.g. alerts --replay)
};

/// Every subcommand, in the order `tidewatch-cli --help` lists them.
const QList<CliCommand> &cliCommands();

/// Runs tidewatch-cli with the application's arguments; returns the process exit code.
int runCli(const QStringList &arguments);
