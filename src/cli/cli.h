#pragma once
// tidewatch-cli: the same clients as the app, printing one JSON event per line (NDJSON).
// Every event carries "t" (receive time, Unix ms), "source" and "kind".

#include "core/failure.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QUrl>
#include <functional>

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

class CliContext;
class NatsClient;

/// Ends the run when the NATS client closes for good (the library gave up: the server
/// refused the credentials, or it stopped retrying): an error event with the reason, then
/// exitCodeFor(its closeFailure()), so 3 when the credentials were refused, else 1. NATS
/// merely unreachable is retried for ever and does not end the run.
void endRunWhenNatsCloses(CliContext &context, NatsClient *nats);

/// One event written field by field straight into the output, without a JSON tree: what the
/// commands' hot paths use. Get one from CliContext::event(); the line is complete (and
/// counted towards --count) when the object goes out of scope. Field names are plain ASCII.
class CliEvent
{
public:
    CliEvent(const CliEvent &) = delete;
    CliEvent &operator=(const CliEvent &) = delete;
    CliEvent(CliEvent &&other) noexcept;
    CliEvent &operator=(CliEvent &&) = delete;
    ~CliEvent();

    CliEvent &add(QByteArrayView name, const QString &value) { return add(name, QStringView(value)); }
    CliEvent &add(QByteArrayView name, QStringView value);
    CliEvent &add(QByteArrayView name, QLatin1StringView value);
    CliEvent &add(QByteArrayView name, const char *value) = delete; // would silently become a bool
    CliEvent &add(QByteArrayView name, qint64 value);
    CliEvent &add(QByteArrayView name, int value) { return add(name, qint64(value)); }
    CliEvent &add(QByteArrayView name, double value);
    CliEvent &add(QByteArrayView name, bool value);
    CliEvent &add(QByteArrayView name, const QJsonValue &value);
    /// An array of strings.
    CliEvent &add(QByteArrayView name, const QStringList &values);
    /// A string given as UTF-8 bytes.
    CliEvent &addUtf8(QByteArrayView name, QByteArrayView utf8);
    /// A value that is already valid JSON text (e.g. a record as the server sent it). Line
    /// breaks in it (whitespace, in valid JSON) are written as spaces: one event, one line.
    CliEvent &addJson(QByteArrayView name, QByteArrayView json);
    /// Every field of an object (the event's own t, source and kind win).
    CliEvent &addFields(const QJsonObject &fields);
    /// Opens a nested object: the fields added until endObject() go into it.
    CliEvent &beginObject(QByteArrayView name);
    CliEvent &endObject();

private:
    friend class CliContext;
    CliEvent(CliContext *context, QByteArray *out, bool counted)
        : m_context(context)
        , m_out(out)
        , m_counted(counted)
    {
    }
    void name(QByteArrayView name);

    CliContext *m_context;
    QByteArray *m_out;
    bool m_counted;
    bool m_first = false; // the next field is the first of a nested object (no comma)
};

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

    /// Starts an event {"t","source","kind", ...}: add fields to the returned object. Events
    /// of kind "data" and "response" count towards --count.
    virtual CliEvent event(QByteArrayView kind) = 0;
    /// Prints {"t","source","kind", ...fields}.
    void emitEvent(const QString &kind, const QJsonObject &fields = {});
    /// Prints an "error" event with a message (redacted) and the fields without ending the run.
    void emitError(const QString &message, const QJsonObject &fields = {});
    /// Ends the run with the exit code once pending output is written. A generic failure
    /// (ExitFailure) while a watched connection has ended the run for a reason of its own
    /// takes that connection's code (runEndFor), whichever was noticed first.
    virtual void finish(int exitCode) = 0;
    /// What to do when --duration has elapsed, instead of finish(ExitDone) at once: a command
    /// that still has output to give (a summary, notifications in flight) does it, then
    /// calls finish() itself.
    virtual void setWrapUp(std::function<void()> wrapUp) = 0;
    /// Writes the events printed so far now (they are otherwise written when the event loop
    /// goes idle): before a command records that it has handled them, e.g. a relay position.
    virtual void flushOutput() = 0;

    /// The one way a command's connection ends a run: prints a "state" event on every change
    /// and, when runEndFor() says the run is over, an "error" event naming the reason (unless
    /// errorShown() says the command already printed one that explains it), then finishes
    /// with runEndFor()'s code: 3 auth, 4 limit (at once, not at the backoff cap), 5 balance,
    /// 1 other failures, 0 a purposeful close.
    virtual void watchConnection(Connection *connection, std::function<bool()> errorShown = {}) = 0;

protected:
    friend class CliEvent;
    /// An event whose fields are appended to out (after its opening, written by the caller).
    CliEvent eventInto(QByteArray *out, bool counted) { return CliEvent(this, out, counted); }
    /// The event's line is complete.
    virtual void eventDone(bool counted) = 0;
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
