// tidewatch-cli raw: any WebSocket URL; every text frame becomes a data event.

#include "cli/cli.h"
#include "core/connection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMetaEnum>

void addRawOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("auth"),
                      QStringLiteral("How to present the key: none, x-api-key-header, x-api-key-lower-header, bearer, query."),
                      QStringLiteral("METHOD"), QStringLiteral("none")});
    parser.addOption({QStringLiteral("send"), QStringLiteral("A text frame to send once open (repeatable)."),
                      QStringLiteral("TEXT")});
}

int startRaw(CliContext &context)
{
    const QString authId = context.parser().value(QStringLiteral("auth"));
    const Auth::Method method = Auth::fromId(authId, Auth::Method::None);
    if (Auth::toId(method) != authId) {
        context.emitError(QStringLiteral("unknown --auth method '%1'").arg(authId));
        return ExitUsage;
    }
    ConnectionConfig config;
    config.name = context.source();
    config.url = context.url();
    config.auth = method;
    config.key = context.key();
    auto *connection = new Connection(config, qApp);
    const QStringList toSend = context.parser().values(QStringLiteral("send"));

    QObject::connect(connection, &Connection::stateChanged, connection, [&context, connection](Connection::State state) {
        QJsonObject fields{{QStringLiteral("state"), QString::fromLatin1(QMetaEnum::fromType<Connection::State>().valueToKey(int(state)))}};
        if (!connection->reason().isEmpty())
            fields.insert(QStringLiteral("reason"), connection->reason());
        context.emitEvent(QStringLiteral("state"), fields);
        if (state == Connection::State::Failed) {
            context.emitError(connection->reason());
            context.finish(exitCodeFor(connection->lastFailure()));
        }
    });
    QObject::connect(connection, &Connection::opened, connection, [connection, toSend] {
        for (const QString &text : toSend)
            connection->sendText(text.toUtf8());
    });
    QObject::connect(connection, &Connection::messageReceived, connection, [&context](const QByteArray &payload) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
        QJsonObject fields;
        if (error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray()))
            fields.insert(QStringLiteral("data"), doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()));
        else
            fields.insert(QStringLiteral("text"), QString::fromUtf8(payload));
        context.emitEvent(QStringLiteral("data"), fields);
    });
    connection->open();
    return ExitRunning;
}
