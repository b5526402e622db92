// tidewatch-cli alerts: the alert engine without a window. Rules from a file; frames from a
// live connection (--profile or --url with --provider) or from a recording (--replay).
// Prints one "alert" event per fired alert (for a server or a cron job).

#include "alerts/alertcenter.h"
#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "cli/cli.h"
#include "core/connection.h"
#include "core/profile.h"
#include "core/profilestore.h"
#include "models/record/framereplayer.h"
#include "models/record/replayreader.h"
#include "providers/allium/alliumobservations.h"
#include "providers/allium/alliumstreamclient.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrobservations.h"
#include "providers/generic/genericclient.h"
#include "providers/generic/genericobservations.h"
#include "providers/predikt/prediktclient.h"
#include "providers/predikt/prediktobservations.h"
#include "providers/tweets/tweetsclient.h"
#include "providers/tweets/tweetsobservations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTimer>
#include <QUrlQuery>

QJsonObject alertEventFields(const Alert &a)
{
    return {
        {QStringLiteral("rule"), a.ruleName},
        {QStringLiteral("ruleId"), a.ruleId},
        {QStringLiteral("ruleKind"), AlertRule::kindId(a.kind)},
        {QStringLiteral("severity"), AlertSeverities::toId(a.severity)},
        {QStringLiteral("provider"), a.provider},
        {QStringLiteral("connection"), a.source},
        {QStringLiteral("subject"), a.subject},
        {QStringLiteral("message"), a.message},
        {QStringLiteral("value"), a.value},
        {QStringLiteral("timestamp"), a.timestampMs},
        {QStringLiteral("values"), QJsonObject::fromVariantMap(a.values)},
    };
}

AlertEngine *cliAlertEngine(CliContext &context, AlertFeeds *feeds)
{
    auto *engine = new AlertEngine(qApp);
    QObject::connect(feeds, &AlertFeeds::observed, engine, &AlertEngine::observe);
    QObject::connect(feeds, &AlertFeeds::connectionObserved, engine, &AlertEngine::observeConnection);
    QObject::connect(engine, &AlertEngine::alertRaised, engine,
                     [&context](const Alert &alert) { context.emitEvent(QStringLiteral("alert"), alertEventFields(alert)); });
    QObject::connect(engine, &AlertEngine::ruleError, engine, [&context](const QString &ruleId, const QString &message) {
        context.emitError(message, {{QStringLiteral("ruleId"), ruleId}});
    });
    return engine;
}

void addRelayAlertsOptions(QCommandLineParser &parser); // relayalerts.cpp
int startAlertsOverRelay(CliContext &context);

namespace {

/// A live connection and what its provider's client observes (null for a provider without
/// observations: only connection rules apply).
struct LiveFeed {
    Connection *connection = nullptr;
    ObservationSource *observations = nullptr;
};

/// Opens a live connection through the provider's own client, as the app does, so rules see
/// the client's typed events. Returns no connection, with error set, when the provider needs
/// subscriptions that were not given.
LiveFeed openLive(const QString &provider, const ConnectionConfig &config, const QStringList &subscriptions,
                  const QVariantMap &profileOptions, QString *error)
{
    if (provider == QLatin1String("predikt")) {
        if (subscriptions.isEmpty()) {
            *error = QStringLiteral("Predikt needs symbols: --subscribe BTC");
            return {};
        }
        PrediktClientOptions options;
        const QString path = profileOptions.value(QStringLiteral("enginePath")).toString();
        if (!path.isEmpty())
            options.socketIo.enginePath = path;
        options.socketIo.nsp = profileOptions.value(QStringLiteral("namespace")).toString();
        // Its own statement: connectionConfig() fills in options (the namespace from the URL), which
        // the client then needs; as arguments of one call the order would be unspecified.
        const ConnectionConfig socketConfig = PrediktClient::connectionConfig(config, options);
        auto *client = new PrediktClient(new Connection(socketConfig, qApp), options, qApp);
        if (!client->subscribe(subscriptions, error))
            return {};
        client->open();
        return {client->connection(), PrediktObservations::attach(client)};
    }
    if (provider == QLatin1String("tweets")) {
        auto *client = new TweetsClient(new Connection(config, qApp), TweetsClientOptions(), qApp);
        client->open();
        return {client->connection(), TweetsObservations::attach(client)};
    }
    if (provider == QLatin1String("allium-stream")) {
        const QString topicName = subscriptions.isEmpty() ? QUrlQuery(config.url).queryItemValue(QStringLiteral("topic"))
                                                          : subscriptions.constFirst();
        const std::optional<AlliumTopic> topic = AlliumTopic::parse(topicName);
        if (!topic) {
            *error = QStringLiteral("an Allium stream needs a topic: --subscribe ethereum.blocks");
            return {};
        }
        auto *client = new AlliumStreamClient(new Connection(AlliumStreamClient::connectionConfig(config, *topic), qApp), *topic, qApp);
        client->start();
        client->open();
        return {client->connection(), AlliumObservations::attach(client)};
    }
    if (provider == QLatin1String("conyr")) {
        if (subscriptions.isEmpty()) {
            *error = QStringLiteral("Conyr needs channels: --subscribe token:<mint>:trades");
            return {};
        }
        auto *client = new ConyrClient(new Connection(config, qApp), ConyrClientOptions(), qApp);
        if (!client->subscribe(subscriptions, error))
            return {};
        client->open();
        return {client->connection(), ConyrObservations::attach(client)};
    }
    auto *connection = new Connection(config, qApp);
    connection->open();
    if (provider == QLatin1String("generic"))
        return {connection, GenericObservations::attach(new GenericClient(connection, connection))};
    return {connection, nullptr};
}

} // namespace

void addAlertsOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("rules"), QStringLiteral("The rules file (JSON: {\"rules\": [...]}, as the app exports)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("replay"), QStringLiteral("Run the rules over a recording instead of a live connection."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("speed"),
                      QStringLiteral("Replay speed: 1 (as recorded), 10, or 0 for as fast as possible (default)."),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("provider"),
                      QStringLiteral("With --url: the provider of the endpoint (generic, allium-stream, conyr, predikt, tweets)."),
                      QStringLiteral("ID"), QStringLiteral("generic")});
    parser.addOption({QStringLiteral("subscribe"),
                      QStringLiteral("A topic or channel to watch live (repeatable; default: the profile's subscriptions)."),
                      QStringLiteral("NAME")});
    addRelayAlertsOptions(parser);
}

int startAlerts(CliContext &context)
{
    const QCommandLineParser &parser = context.parser();
    if (parser.isSet(QStringLiteral("relay")))
        return startAlertsOverRelay(context);
    if (!parser.isSet(QStringLiteral("rules"))) {
        context.emitError(QStringLiteral("--rules FILE is required"));
        return ExitUsage;
    }
    QList<AlertRule> rules;
    QString error;
    if (!loadRulesFile(parser.value(QStringLiteral("rules")), rules, &error)) {
        context.emitError(error);
        return ExitUsage;
    }
    auto *feeds = new AlertFeeds(qApp);
    AlertEngine *engine = cliAlertEngine(context, feeds);
    engine->setRules(rules);
    context.emitEvent(QStringLiteral("rules"), {{QStringLiteral("count"), int(rules.size())}});

    if (parser.isSet(QStringLiteral("replay"))) {
        bool ok = false;
        const double speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
        if (!ok || speed < 0) {
            context.emitError(QStringLiteral("--speed takes 0 (full speed) or a positive factor"));
            return ExitUsage;
        }
        auto *replayer = new FrameReplayer(qApp);
        if (!replayer->load(parser.value(QStringLiteral("replay")))) {
            context.emitError(replayer->error());
            return ExitUsage;
        }
        ConnectionConfig config;
        config.name = replayer->header().connection;
        config.profileId = replayer->header().profileId;
        // The recorded URL (credentials masked) keeps what decoders read from it, e.g. the topic.
        config.url = QUrl(replayer->header().url);
        config.autoReconnect = false;
        auto *connection = new Connection(config, qApp);
        // The recorded provider's own client reads the replay, as it read the live run.
        QString why;
        ObservationSource *observations = ReplayReader::create(replayer->header().provider, connection, &why);
        if (!observations)
            context.emitError(QStringLiteral("%1: only connection rules apply").arg(why));
        feeds->attach(connection, replayer->header().provider, observations);
        QObject::connect(replayer, &FrameReplayer::finished, replayer, [&context, engine, replayer] {
            // After the clients' batches of the last frames (queued behind this signal).
            QTimer::singleShot(0, engine, [&context, engine, replayer] {
                engine->tick();
                context.emitEvent(QStringLiteral("done"), {{QStringLiteral("frames"), replayer->delivered()}});
                context.finish(ExitDone);
            });
        });
        replayer->start(connection, speed);
        return ExitRunning;
    }

    // Live: the profile's (or --url's) endpoint.
    if (context.url().isEmpty()) {
        context.emitError(QStringLiteral("give --replay FILE, --profile NAME or --url URL"));
        return ExitUsage;
    }
    QString provider = parser.value(QStringLiteral("provider"));
    QStringList subscriptions = parser.values(QStringLiteral("subscribe"));
    QVariantMap profileOptions;
    ConnectionConfig config;
    if (parser.isSet(QStringLiteral("profile"))) {
        const std::optional<Profile> profile = ProfileStore::instance()->profileByName(context.source());
        if (!profile) {
            context.emitError(QStringLiteral("no profile called '%1'").arg(context.source()));
            return ExitUsage;
        }
        config = profile->connectionConfig(context.key(), context.url());
        provider = Provider::toId(profile->kind);
        if (subscriptions.isEmpty())
            subscriptions = profile->subscriptions;
        profileOptions = profile->options;
    } else {
        config.name = context.source();
        config.url = context.url();
        config.key = context.key();
        config.auth = context.key().isEmpty() ? Auth::Method::None : Auth::Method::ApiKeyHeader;
    }
    QString problem;
    const LiveFeed live = openLive(provider, config, subscriptions, profileOptions, &problem);
    if (!live.connection) {
        context.emitError(problem);
        return ExitUsage;
    }
    if (!live.observations)
        context.emitError(QStringLiteral("provider '%1' reports no observations: only connection rules apply").arg(provider));
    context.watchConnection(live.connection);
    feeds->attach(live.connection, provider, live.observations);
    auto *tick = new QTimer(qApp);
    QObject::connect(tick, &QTimer::timeout, engine, &AlertEngine::tick);
    tick->start(1000);
    return ExitRunning;
}
