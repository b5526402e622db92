// tidewatch-cli raw: any WebSocket URL; every text frame becomes a data event.
//
// Exit codes (cli.h): 0 when --count or --duration ends the run, 3 when the server rejects
// the key, 4 when it refuses for a limit (at once, rather than waiting at the backoff cap),
// 1 for any other failure: with --no-reconnect the first one, otherwise once --retries
// reconnects in a row have failed.

#include "cli/cli.h"
#include "cli/ndjsonwriter.h"
#include "core/connection.h"
#include "core/logging.h"
#include "core/secrets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>

namespace {

constexpr int DefaultRetries = 5;

} // namespace

void addRawOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("auth"),
                      QStringLiteral("How to present the key: none, x-api-key-header, x-api-key-lower-header, bearer, query."),
                      QStringLiteral("METHOD"), QStringLiteral("none")});
    parser.addOption({QStringLiteral("send"), QStringLiteral("A text frame to send once open (repeatable)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("retries"),
                      QStringLiteral("Give up (exit 1) after N reconnects in a row without a successful open (default %1).")
                          .arg(DefaultRetries),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("no-reconnect"),
                      QStringLiteral("Do not reconnect: the first failure ends the run (exit 1, or 3/4 for auth/limit).")});
}

int startRaw(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const QString authId = parser.value(QStringLiteral("auth"));
    const Auth::Method method = Auth::fromId(authId, Auth::Method::None);
    if (Auth::toId(method) != authId) {
        context.emitError(QStringLiteral("unknown --auth method '%1'").arg(authId));
        return ExitUsage;
    }
    if (method != Auth::Method::None && context.key().isEmpty()) {
        context.emitError(QStringLiteral("--auth %1 needs a key: set TIDEWATCH_API_KEY or use --profile NAME").arg(authId));
        return ExitUsage;
    }
    int retries = DefaultRetries;
    if (parser.isSet(QStringLiteral("retries"))) {
        bool ok = false;
        retries = parser.value(QStringLiteral("retries")).toInt(&ok);
        if (!ok || retries < 0) {
            context.emitError(QStringLiteral("--retries takes a number >= 0"));
            return ExitUsage;
        }
    }
    const bool reconnect = !parser.isSet(QStringLiteral("no-reconnect")) && retries > 0;

    ConnectionConfig config;
    config.name = context.source();
    config.url = context.url();
    config.auth = method;
    config.key = context.key();
    config.autoReconnect = reconnect;
    auto *connection = new Connection(config, qApp);
    const QStringList toSend = parser.values(QStringLiteral("send"));
    auto failuresInRow = std::make_shared<int>(0);

    context.watchConnection(connection);
    QObject::connect(connection, &Connection::stateChanged, connection,
                     [&context, connection, retries, failuresInRow](Connection::State state) {
        if (state == Connection::State::Open)
            *failuresInRow = 0;
        else if (state == Connection::State::Reconnecting && runEndFor(connection) == ExitRunning
                 && ++*failuresInRow > retries) {
            context.emitError(QStringLiteral("giving up after %1 failed attempts in a row: %2")
                                  .arg(*failuresInRow).arg(Redact::text(connection->reason())));
            context.finish(ExitFailure);
        }
    });
    QObject::connect(connection, &Connection::opened, connection, [connection, toSend] {
        for (const QString &text : toSend)
            connection->sendText(text.toUtf8());
    });
    QObject::connect(connection, &Connection::messageReceived, connection, [&context](const QByteArray &received) {
        // Every registered secret masked, as the app's inspector shows frames: a server that
        // echoes the key (a Socket.IO CONNECT with its token) must not put it on stdout.
        // Masking keeps JSON valid (the mask replaces characters inside a string).
        const QByteArray payload = Secrets::mask(received);
        // A JSON object or array is printed as it came (checked, not rebuilt); anything else
        // as text.
        CliEvent e = context.event("data");
        if (Ndjson::isContainer(payload))
            e.addJson("data", payload);
        else
            e.addUtf8("text", payload);
    });
    connection->open();
    return ExitRunning;
}
