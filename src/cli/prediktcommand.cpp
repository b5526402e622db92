// tidewatch-cli predikt: the Predikt price feed over Socket.IO. Prints "connected",
// "subscribed", a "data" event per price update, "billing" per hourly charge,
// "disconnecting", "state" on connection changes and "error" events. Exit codes: 3 when the
// key is rejected (INVALID_API_KEY, PERMISSION_DENIED, ACCOUNT_NOT_FOUND), 4 on a
// connection limit, 5 on insufficient balance (INSUFFICIENT_BALANCE or "disconnecting").

#include "cli/cli.h"
#include "providers/predikt/prediktclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMetaEnum>

void addPrediktOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("symbols"), QStringLiteral("Symbols to subscribe to, comma separated (e.g. SOL,BTC)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("auth"),
                      QStringLiteral("How to present the key: bearer (Authorization header, preferred), query (api_key) "
                                     "or socketio-token (Socket.IO auth {token})."),
                      QStringLiteral("METHOD"), QStringLiteral("bearer")});
    parser.addOption({QStringLiteral("tier"), QStringLiteral("Your tier, for the local symbol cap: STANDARD, PRO or ENTERPRISE."),
                      QStringLiteral("TIER"), QStringLiteral("STANDARD")});
    parser.addOption({QStringLiteral("engine-path"), QStringLiteral("The Socket.IO engine path."), QStringLiteral("PATH"),
                      QStringLiteral("/socket.io/")});
    parser.addOption({QStringLiteral("namespace"), QStringLiteral("The Socket.IO namespace (default: the URL's path)."),
                      QStringLiteral("NSP")});
    parser.addOption({QStringLiteral("via"),
                      QStringLiteral("Subscribe with the 'subscribe' event (event) or the 'message' event with an action (message)."),
                      QStringLiteral("FORM"), QStringLiteral("event")});
}

int startPredikt(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const QStringList symbols = Predikt::normalizeSymbols(parser.value(QStringLiteral("symbols")).split(QLatin1Char(',')));
    if (symbols.isEmpty()) {
        context.emitError(QStringLiteral("--symbols is required, e.g. --symbols SOL,BTC"));
        return ExitUsage;
    }
    const QString authId = parser.value(QStringLiteral("auth"));
    Auth::Method method = Auth::Method::None;
    if (authId == QLatin1String("bearer"))
        method = Auth::Method::Bearer;
    else if (authId == QLatin1String("query"))
        method = Auth::Method::QueryParameter;
    else if (authId == QLatin1String("socketio-token") || authId == QLatin1String("token"))
        method = Auth::Method::SocketIoToken;
    else {
        context.emitError(QStringLiteral("unknown --auth '%1' (bearer, query or socketio-token)").arg(authId));
        return ExitUsage;
    }
    const QString via = parser.value(QStringLiteral("via"));
    if (via != QLatin1String("event") && via != QLatin1String("message")) {
        context.emitError(QStringLiteral("unknown --via '%1' (event or message)").arg(via));
        return ExitUsage;
    }

    ConnectionConfig config;
    config.name = context.source();
    config.url = context.url();
    config.auth = method;
    config.key = context.key();
    PrediktClientOptions options;
    options.tier = Predikt::tierByName(parser.value(QStringLiteral("tier")));
    options.subscribeViaMessage = via == QLatin1String("message");
    options.socketIo.enginePath = parser.value(QStringLiteral("engine-path"));
    options.socketIo.nsp = parser.value(QStringLiteral("namespace"));

    // Its own statement: connectionConfig() fills in options (the namespace from the URL), which
    // the client then needs; as arguments of one call the order would be unspecified.
    const ConnectionConfig socketConfig = PrediktClient::connectionConfig(config, options);
    auto *client = new PrediktClient(new Connection(socketConfig, qApp), options, qApp);
    QString why;
    if (!client->subscribe(symbols, &why)) {
        context.emitError(why, {{QStringLiteral("symbols"), QJsonArray::fromStringList(symbols)}});
        return ExitLimitExceeded;
    }
    auto errorShown = std::make_shared<bool>(false);

    QObject::connect(client, &PrediktClient::accountConnected, client, [&context](const Predikt::ConnectedInfo &info) {
        context.emitEvent(QStringLiteral("connected"), {{QStringLiteral("accountId"), info.accountId},
                                                        {QStringLiteral("connectionId"), info.connectionId}});
    });
    QObject::connect(client, &PrediktClient::subscribed, client, [&context](const QStringList &confirmed) {
        context.emitEvent(QStringLiteral("subscribed"), {{QStringLiteral("symbols"), QJsonArray::fromStringList(confirmed)}});
    });
    QObject::connect(client, &PrediktClient::priceTick, client, [&context](const Predikt::PriceTick &t) {
        QJsonObject fields{{QStringLiteral("symbol"), t.symbol}, {QStringLiteral("price"), t.price},
                           {QStringLiteral("priceSource"), t.source}}; // "source" is the event's own (the profile)
        if (t.timestampMs >= 0)
            fields.insert(QStringLiteral("timestamp"), Predikt::formatTimestamp(t.timestampMs));
        context.emitEvent(QStringLiteral("data"), fields);
    });
    QObject::connect(client, &PrediktClient::billing, client, [&context](const Predikt::BillingNotice &b) {
        QJsonObject fields{{QStringLiteral("message"), b.message},
                           // exact decimal strings, as the server wrote them ("0.10")
                           {QStringLiteral("amountUsd"), b.amountUsd.toString()},
                           {QStringLiteral("remainingBalanceUsd"), b.remainingBalanceUsd.toString()}};
        if (b.timestampMs >= 0)
            fields.insert(QStringLiteral("timestamp"), Predikt::formatTimestamp(b.timestampMs));
        context.emitEvent(QStringLiteral("billing"), fields);
    });
    QObject::connect(client, &PrediktClient::disconnecting, client, [&context](const Predikt::DisconnectNotice &d) {
        context.emitEvent(QStringLiteral("disconnecting"), {{QStringLiteral("reason"), d.reason}, {QStringLiteral("code"), d.code}});
    });
    QObject::connect(client, &PrediktClient::serverError, client, [&context, errorShown](const Predikt::ServerError &e) {
        *errorShown = Predikt::failureKind(e.code) != Failure::Kind::None;
        context.emitError(Predikt::explain(e.code, e.message), {{QStringLiteral("code"), e.codeText}});
    });
    QObject::connect(client, &PrediktClient::symbolsRejected, client, [&context](const QStringList &rejected, const QString &reason) {
        context.emitError(reason, {{QStringLiteral("symbols"), QJsonArray::fromStringList(rejected)}});
    });

    Connection *connection = client->connection();
    // A server error (auth, limit) has already said why; a balance end is always named.
    context.watchConnection(connection, [errorShown, connection] {
        return *errorShown && connection->lastFailure() != Failure::Kind::Billing;
    });
    QObject::connect(connection, &Connection::opened, client, [errorShown] { *errorShown = false; });
    client->open();
    return ExitRunning;
}
