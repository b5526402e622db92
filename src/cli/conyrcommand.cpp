// tidewatch-cli conyr: subscribes channels on one Conyr connection and prints subscribed,
// data (trades, ticks, candles, generic payloads — also payloads that could not be typed,
// with the reason; backfilled candles marked), gap and error events.

#include "cli/cli.h"
#include "core/connection.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMetaEnum>

void addConyrOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("channel"),
                      QStringLiteral("A channel to subscribe (repeatable), e.g. token:<mint>:trades or token:<mint>:ohlcv:filtered:1m."),
                      QStringLiteral("CHANNEL")});
    parser.addOption({QStringLiteral("backfill"),
                      QStringLiteral("Load recent candles of every ohlcv channel over REST first (printed as data events with \"backfill\":true).")});
    parser.addOption({QStringLiteral("bars"), QStringLiteral("How many candles --backfill loads per channel."),
                      QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("auth"), QStringLiteral("How to present the key: bearer (default) or query (api_key parameter)."),
                      QStringLiteral("METHOD"), QStringLiteral("bearer")});
    parser.addOption({QStringLiteral("tier"),
                      QStringLiteral("The key's tier, for the local subscription cap: free, layer1, layer2, layer3, enterprise."),
                      QStringLiteral("TIER"), QStringLiteral("layer1")});
    parser.addOption({QStringLiteral("rest-base"),
                      QStringLiteral("REST base URL for candle backfill (default: derived from --url)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("rest-paths"),
                      QStringLiteral("OHLCV route for backfill: auto (/v1/token/…, then /v1/tokens/… on 404), current or legacy."),
                      QStringLiteral("ROUTE"), QStringLiteral("auto")});
}

int startConyr(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    const QStringList channels = parser.values(QStringLiteral("channel"));
    if (channels.isEmpty()) {
        context.emitError(QStringLiteral("give at least one --channel"));
        return ExitUsage;
    }
    const QString authId = parser.value(QStringLiteral("auth"));
    if (authId != QLatin1String("bearer") && authId != QLatin1String("query")) {
        context.emitError(QStringLiteral("--auth takes bearer or query, not '%1'").arg(authId));
        return ExitUsage;
    }
    const QString tier = parser.value(QStringLiteral("tier"));
    const QString tierId = tier.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (Conyr::tierLimits(tier).id != tierId) {
        context.emitError(QStringLiteral("unknown --tier '%1' (free, layer1, layer2, layer3, enterprise)").arg(tier));
        return ExitUsage;
    }
    bool ok = false;
    const int bars = parser.value(QStringLiteral("bars")).toInt(&ok);
    if (!ok || bars <= 0 || bars > Conyr::MaxRestLimit) {
        context.emitError(QStringLiteral("--bars takes a number from 1 to %1").arg(Conyr::MaxRestLimit));
        return ExitUsage;
    }
    const QString restPaths = parser.value(QStringLiteral("rest-paths"));
    if (!QStringList{QStringLiteral("auto"), QStringLiteral("current"), QStringLiteral("legacy")}.contains(restPaths)) {
        context.emitError(QStringLiteral("--rest-paths takes auto, current or legacy, not '%1'").arg(restPaths));
        return ExitUsage;
    }

    ConnectionConfig config;
    config.name = context.source();
    config.url = context.url();
    config.auth = authId == QLatin1String("query") ? Auth::Method::QueryParameter : Auth::Method::Bearer;
    config.key = context.key();
    ConyrClientOptions options;
    options.tier = tier;
    options.backfillBars = parser.isSet(QStringLiteral("backfill")) ? bars : 0;
    options.restPaths = Conyr::restPathsFromString(restPaths);
    if (parser.isSet(QStringLiteral("rest-base"))) {
        options.restBase = QUrl(parser.value(QStringLiteral("rest-base")), QUrl::StrictMode);
        if (!options.restBase.isValid() || options.restBase.scheme().isEmpty()) {
            context.emitError(QStringLiteral("--rest-base needs a full http:// or https:// URL"));
            return ExitUsage;
        }
    }
    auto *client = new ConyrClient(new Connection(config, qApp), options, qApp);
    Connection *connection = client->connection();

    context.watchConnection(connection);
    QObject::connect(client, &ConyrClient::subscribed, client, [&context](const QStringList &names) {
        context.emitEvent(QStringLiteral("subscribed"), {{QStringLiteral("channels"), QJsonArray::fromStringList(names)}});
    });
    QObject::connect(client, &ConyrClient::unsubscribed, client, [&context](const QStringList &names) {
        context.emitEvent(QStringLiteral("unsubscribed"), {{QStringLiteral("channels"), QJsonArray::fromStringList(names)}});
    });
    QObject::connect(client, &ConyrClient::tradeReceived, client, [&context](const QString &channel, const Conyr::Trade &trade) {
        // The hot path: the trade's fields go straight into the line (as tradeToJson names
        // and orders them), without a QJsonObject per trade.
        struct EventSink {
            CliEvent &e;
            void text(const char *key, const QString &value) { e.add(QByteArrayView(key), value); }
            void number(const char *key, double value) { e.add(QByteArrayView(key), value); }
            void strings(const char *key, const QStringList &values) { e.add(QByteArrayView(key), values); }
        };
        CliEvent event = context.event("data");
        event.add("channel", channel).beginObject("data");
        EventSink sink{event};
        Conyr::writeTrade(sink, trade);
        event.endObject().add("type", QLatin1StringView("trade"));
    });
    QObject::connect(client, &ConyrClient::tickReceived, client, [&context](const QString &channel, const Conyr::Tick &tick) {
        context.emitEvent(QStringLiteral("data"), {{QStringLiteral("channel"), channel},
                                                   {QStringLiteral("type"), QStringLiteral("tick")},
                                                   {QStringLiteral("data"), Conyr::tickToJson(tick)}});
    });
    QObject::connect(client, &ConyrClient::candleReceived, client, [&context](const QString &channel, const Conyr::Candle &candle) {
        context.emitEvent(QStringLiteral("data"), {{QStringLiteral("channel"), channel},
                                                   {QStringLiteral("type"), QStringLiteral("candle")},
                                                   {QStringLiteral("data"), Conyr::candleToJson(candle)}});
    });
    QObject::connect(client, &ConyrClient::candlesBackfilled, client,
                     [&context](const QString &channel, const QList<Conyr::Candle> &candles) {
                         for (const Conyr::Candle &candle : candles) {
                             context.emitEvent(QStringLiteral("data"), {{QStringLiteral("channel"), channel},
                                                                        {QStringLiteral("type"), QStringLiteral("candle")},
                                                                        {QStringLiteral("backfill"), true},
                                                                        {QStringLiteral("data"), Conyr::candleToJson(candle)}});
                         }
                     });
    QObject::connect(client, &ConyrClient::genericReceived, client,
                     [&context](const QString &channel, const QJsonValue &data, const QString &problem) {
                         QJsonObject fields{{QStringLiteral("channel"), channel},
                                            {QStringLiteral("type"), QStringLiteral("generic")},
                                            {QStringLiteral("data"), data}};
                         if (!problem.isEmpty())
                             fields.insert(QStringLiteral("problem"), problem); // a payload not understood
                         context.emitEvent(QStringLiteral("data"), fields);
                     });
    QObject::connect(client, &ConyrClient::gapDetected, client, [&context](const QString &channel, qint64 missing) {
        if (missing >= 0)
            context.emitEvent(QStringLiteral("gap"), {{QStringLiteral("channel"), channel}, {QStringLiteral("missing"), double(missing)}});
    });
    QObject::connect(client, &ConyrClient::coverageGap, client, [&context](const QString &channel, qint64 fromMs, qint64 toMs) {
        context.emitEvent(QStringLiteral("gap"), {{QStringLiteral("channel"), channel},
                                                  {QStringLiteral("fromMs"), double(fromMs)},
                                                  {QStringLiteral("toMs"), double(toMs)}});
    });
    QObject::connect(client, &ConyrClient::serverError, client, [&context](const QString &message, const QStringList &channels) {
        QJsonObject fields{{QStringLiteral("origin"), QStringLiteral("server")}};
        if (!channels.isEmpty())
            fields.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels)); // the request it answered
        context.emitError(message, fields);
    });
    QObject::connect(client, &ConyrClient::localError, client, [&context](const QString &message) {
        context.emitError(message, {{QStringLiteral("origin"), QStringLiteral("client")}});
    });

    if (!client->blockedReason().isEmpty()) {
        context.emitError(client->blockedReason(), {{QStringLiteral("origin"), QStringLiteral("client")}});
        return ExitLimitExceeded;
    }
    QString error;
    if (!client->subscribe(channels, &error))
        return ExitLimitExceeded; // localError() has printed why
    client->open();
    return ExitRunning;
}
