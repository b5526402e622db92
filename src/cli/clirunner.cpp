// The tidewatch-cli runner: common options, key resolution, NDJSON output, run limits.

#include "cli.h"

#include "core/appsettings.h"
#include "core/keystore.h"
#include "core/connection.h"
#include "core/logging.h"
#include "core/profilesessions.h"
#include "core/profilestore.h"
#include "ndjsonwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QPointer>
#include <QTimer>
#include <charconv>
#include <cstdio>

int exitCodeFor(Failure::Kind kind)
{
    switch (kind) {
    case Failure::Kind::Auth: return ExitAuthRejected;
    case Failure::Kind::Limit: return ExitLimitExceeded;
    case Failure::Kind::Billing: return ExitInsufficientBalance;
    case Failure::Kind::None: return ExitDone;
    default: return ExitFailure;
    }
}

QJsonObject stateEventFields(const Connection *connection)
{
    const Connection::State state = connection->state();
    QJsonObject fields{{QStringLiteral("state"),
                        QString::fromLatin1(QMetaEnum::fromType<Connection::State>().valueToKey(int(state))).toLower()}};
    const QString reason = Redact::text(connection->reason());
    if (!reason.isEmpty())
        fields.insert(QStringLiteral("reason"), reason);
    if (state == Connection::State::Reconnecting)
        fields.insert(QStringLiteral("retryMs"), connection->nextRetryMs());
    return fields;
}

int runEndFor(const Connection *connection)
{
    switch (connection->state()) {
    case Connection::State::Failed:
        return exitCodeFor(connection->lastFailure());
    case Connection::State::Reconnecting:
        return connection->lastFailure() == Failure::Kind::Limit ? int(ExitLimitExceeded) : int(ExitRunning);
    case Connection::State::Closed:
        return ExitDone;
    default:
        return ExitRunning;
    }
}

namespace {

const char *const Usage =
    "Usage: tidewatch-cli <command> --url URL [options]\n"
    "Keys come from --profile NAME (the OS keychain) or the TIDEWATCH_API_KEY environment\n"
    "variable, never from the command line.\n"
    "Exit codes: 0 done, 1 other failure, 2 usage, 3 auth rejected, 4 limit exceeded,\n"
    "5 insufficient balance.\n";

constexpr int KeychainTimeoutMs = 60000;

class Runner : public CliContext
{
public:
    const QCommandLineParser &parser() const override { return m_parser; }
    QUrl url() const override { return m_url; }
    QString key() const override { return m_key; }
    QString source() const override { return m_source; }

    CliEvent event(QByteArrayView kind) override
    {
        // After finish() nothing more is printed: the event is written into a scratch buffer.
        QByteArray &out = m_finished || !m_writer ? m_discard : m_writer->buffer();
        out.append("{\"t\":", 5);
        char digits[24];
        const auto result = std::to_chars(digits, digits + sizeof digits, QDateTime::currentMSecsSinceEpoch());
        out.append(digits, result.ptr - digits);
        out.append(",\"source\":", 10);
        out.append(m_sourceJson);
        out.append(",\"kind\":\"", 9);
        out.append(kind.data(), kind.size());
        out.append('"');
        const bool counted = kind == "data" || kind == "response";
        return eventInto(&out, counted);
    }

    void setWrapUp(std::function<void()> wrapUp) override { m_wrapUp = std::move(wrapUp); }
    void flushOutput() override
    {
        if (m_writer)
            m_writer->flush();
    }

    void finish(int exitCode) override
    {
        if (m_finished)
            return;
        if (exitCode == ExitFailure) {
            // A generic failure noticed first (e.g. a request that failed because the connection
            // did) takes the code of the connection's own end.
            for (const QPointer<Connection> &connection : std::as_const(m_connections)) {
                const int end = connection ? runEndFor(connection) : int(ExitRunning);
                if (end != ExitRunning && end != ExitDone) {
                    exitCode = end;
                    break;
                }
            }
        }
        m_finished = true;
        if (m_writer)
            m_writer->flush();
        std::fflush(stdout);
        m_exitCode = exitCode;
        QTimer::singleShot(0, qApp, [exitCode] { QCoreApplication::exit(exitCode); });
    }

    void watchConnection(Connection *connection, std::function<bool()> errorShown) override
    {
        m_connections.append(connection);
        QObject::connect(connection, &Connection::stateChanged, connection, [this, connection, errorShown](Connection::State) {
            emitEvent(QStringLiteral("state"), stateEventFields(connection));
            const int end = runEndFor(connection);
            if (end == ExitRunning)
                return;
            if (end != ExitDone && !(errorShown && errorShown()))
                emitError(connection->reason());
            finish(end);
        });
    }

protected:
    void eventDone(bool counted) override
    {
        if (m_finished || !m_writer) {
            m_discard.truncate(0);
            return;
        }
        m_writer->lineDone();
        if (counted) {
            ++m_counted;
            if (m_count > 0 && m_counted >= m_count)
                finish(ExitDone);
        }
    }

public:
    int run(const QStringList &arguments)
    {
        if (arguments.size() < 2 || arguments.at(1).startsWith(QLatin1Char('-'))) {
            const bool help = arguments.size() >= 2
                && (arguments.at(1) == QLatin1String("--help") || arguments.at(1) == QLatin1String("-h"));
            std::fputs(Usage, help ? stdout : stderr);
            std::fputs("\nCommands:\n", help ? stdout : stderr);
            for (const CliCommand &c : cliCommands())
                std::fprintf(help ? stdout : stderr, "  %-14s %s\n", c.name, c.summary);
            return help ? ExitDone : ExitUsage;
        }
        const QString name = arguments.at(1);
        const CliCommand *command = nullptr;
        for (const CliCommand &c : cliCommands()) {
            if (name == QLatin1String(c.name))
                command = &c;
        }
        if (!command) {
            std::fprintf(stderr, "tidewatch-cli: unknown command '%s'\n%s", qPrintable(name), Usage);
            return ExitUsage;
        }

        m_parser.setApplicationDescription(QString::fromLatin1(command->summary));
        m_parser.addHelpOption();
        m_parser.addOption({QStringLiteral("url"), QStringLiteral("The provider's full endpoint."), QStringLiteral("URL")});
        m_parser.addOption({QStringLiteral("profile"), QStringLiteral("Use this profile's key from the OS keychain."), QStringLiteral("NAME")});
        m_parser.addOption({QStringLiteral("count"), QStringLiteral("Stop after N data/response events."), QStringLiteral("N")});
        m_parser.addOption({QStringLiteral("duration"), QStringLiteral("Stop after SECONDS."), QStringLiteral("SECONDS")});
        command->addOptions(m_parser);

        QStringList args = arguments;
        args.removeAt(1);
        if (!m_parser.parse(args)) {
            std::fprintf(stderr, "tidewatch-cli %s: %s\n", qPrintable(name), qPrintable(m_parser.errorText()));
            return ExitUsage;
        }
        if (m_parser.isSet(QStringLiteral("help"))) {
            std::fputs(qPrintable(m_parser.helpText()), stdout);
            return ExitDone;
        }
        if (!m_parser.positionalArguments().isEmpty()) {
            // The argument is not echoed: it may well be a key someone tried to pass.
            std::fprintf(stderr, "tidewatch-cli %s: unexpected positional argument (keys are never taken from the "
                                 "command line: use TIDEWATCH_API_KEY or --profile NAME)\n",
                         qPrintable(name));
            return ExitUsage;
        }
        bool ok = true;
        if (m_parser.isSet(QStringLiteral("count"))) {
            m_count = m_parser.value(QStringLiteral("count")).toLongLong(&ok);
            if (!ok || m_count <= 0) {
                std::fprintf(stderr, "tidewatch-cli: --count takes a positive number\n");
                return ExitUsage;
            }
        }
        double duration = 0;
        if (m_parser.isSet(QStringLiteral("duration"))) {
            duration = m_parser.value(QStringLiteral("duration")).toDouble(&ok);
            if (!ok || duration <= 0) {
                std::fprintf(stderr, "tidewatch-cli: --duration takes a positive number of seconds\n");
                return ExitUsage;
            }
        }
        m_source = QString::fromLatin1(command->name);
        m_key = qEnvironmentVariable("TIDEWATCH_API_KEY");
        if (m_parser.isSet(QStringLiteral("profile"))) {
            m_source = m_parser.value(QStringLiteral("profile"));
            const int code = resolveProfileKey(m_source);
            if (code != ExitDone)
                return code;
        }
        // Without --url a profile's own endpoint is used.
        if (m_parser.isSet(QStringLiteral("url")) || m_url.isEmpty())
            m_url = QUrl(m_parser.value(QStringLiteral("url")), QUrl::StrictMode);
        if ((!command->urlOptional || !m_url.isEmpty()) && (!m_url.isValid() || m_url.scheme().isEmpty())) {
            std::fprintf(stderr, "tidewatch-cli %s: --url needs a full ws:// or wss:// endpoint\n", qPrintable(name));
            return ExitUsage;
        }
        Redact::registerSecret(m_key);
        Redact::installLogFilter();

        std::fflush(stdout);
        m_writer = new NdjsonWriter(fileno(stdout), qApp);
        // A reader that closed the pipe (`| head -n 3`) has what it wanted: end quietly.
        QObject::connect(m_writer, &NdjsonWriter::readerClosed, qApp, [this] { finish(ExitDone); });
        QByteArray source;
        Ndjson::appendString(source, QStringView(m_source));
        m_sourceJson = source;

        const int started = command->start(*this);
        if (started != ExitRunning) {
            m_writer->flush();
            return started;
        }
        if (duration > 0)
            QTimer::singleShot(int(duration * 1000), qApp, [this] {
                if (m_wrapUp && !m_finished)
                    m_wrapUp();
                else
                    finish(ExitDone);
            });
        const int code = QCoreApplication::exec();
        m_writer->flush();
        std::fflush(stdout);
        return m_finished ? m_exitCode : code;
    }

private:
    int resolveProfileKey(const QString &profileName);

    QCommandLineParser m_parser;
    QUrl m_url;
    QString m_key;
    QString m_source;
    NdjsonWriter *m_writer = nullptr;
    QByteArray m_sourceJson;   // "source", escaped once
    QByteArray m_discard;
    std::function<void()> m_wrapUp;
    QList<QPointer<Connection>> m_connections;
    qint64 m_count = 0;
    qint64 m_counted = 0;
    bool m_finished = false;
    int m_exitCode = ExitDone;
};

int Runner::resolveProfileKey(const QString &profileName)
{
    // The plaintext opt-in (if the user turned it on) applies to the CLI as well.
    AppSettings::instance()->apply();
    ProfileStore *store = ProfileStore::instance();
    if (!store->load())
        std::fprintf(stderr, "tidewatch-cli: warning: %s\n", qPrintable(store->lastError()));
    const std::optional<Profile> profile = store->profileByName(profileName);
    if (!profile) {
        std::fprintf(stderr, "tidewatch-cli: no profile called '%s'. Profiles are added on the app's Connections page.\n",
                     qPrintable(profileName));
        return ExitUsage;
    }
    m_source = profile->name;
    m_url = profile->url;

    // The key is read as the app reads it (ProfileSessions, one implementation), asynchronously:
    // wait for it in a local event loop, with a limit, because a keychain that asks the user
    // to unlock it may never answer in a terminal.
    QEventLoop loop;
    std::optional<KeyStore::Result> answer;
    ProfileSessions sessions(profile->kind, store, KeyStore::instance(), nullptr);
    sessions.setFilter([id = profile->id](const Profile &p) { return p.id == id; });
    sessions.setHandlers(
        [&](const Profile &, const QString &key) {
            answer = KeyStore::Result{KeyStore::Error::None, key, {}};
            loop.quit();
            return ProfileSessions::Started();
        },
        {});
    sessions.setKeyFailureHandler([&](const Profile &, const KeyStore::Result &r) {
        answer = r;
        loop.quit();
    });
    sessions.start();
    if (!answer) {
        QTimer::singleShot(KeychainTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answer) {
        std::fprintf(stderr, "tidewatch-cli: profile '%s': the keychain did not answer within %d seconds.\n",
                     qPrintable(profileName), KeychainTimeoutMs / 1000);
        return ExitFailure;
    }
    const KeyStore::Result &result = *answer;
    if (!result.ok()) {
        std::fprintf(stderr, "tidewatch-cli: profile '%s': %s\n", qPrintable(profileName), qPrintable(result.message));
        // A missing key is something the user sets up; a keychain that fails is not.
        return result.error == KeyStore::Error::NotFound ? ExitUsage : ExitFailure;
    }
    m_key = result.key;
    return ExitDone;
}

} // namespace

int runCli(const QStringList &arguments)
{
    Runner runner;
    return runner.run(arguments);
}
