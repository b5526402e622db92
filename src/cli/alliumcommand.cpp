// tidewatch-cli allium-api and allium-stream: the Allium clients, NDJSON on stdout.

#include "cli/cli.h"
#include "cli/ndjsonwriter.h"
#include "core/connection.h"
#include "providers/allium/alliumapiclient.h"
#include "providers/allium/alliumstreamclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>

namespace {

ConnectionConfig configFor(CliContext &context)
{
    ConnectionConfig config;
    config.name = context.source();
    config.url = context.url();
    config.auth = Auth::Method::ApiKeyHeader;
    config.key = context.key();
    return config;
}

} // namespace

void addAlliumApiOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("method"), QStringLiteral("GET, POST, PUT, PATCH or DELETE."), QStringLiteral("METHOD"), QStringLiteral("GET")});
    parser.addOption({QStringLiteral("path"), QStringLiteral("API path, e.g. /api/v1/developer/assets."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("body"), QStringLiteral("JSON object: query parameters for GET, the body otherwise."), QStringLiteral("JSON")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Send the request N times (at most 1000 in flight)."), QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds to wait for each reply."), QStringLiteral("SECONDS"), QStringLiteral("30")});
}

int startAlliumApi(CliContext &context)
{
    const QCommandLineParser &p = context.parser();
    const QString method = p.value(QStringLiteral("method")).toUpper();
    if (!AlliumApiRequest::isKnownMethod(method)) {
        context.emitError(QStringLiteral("--method must be GET, POST, PUT, PATCH or DELETE"));
        return ExitUsage;
    }
    const QString path = p.value(QStringLiteral("path"));
    if (!path.startsWith(QLatin1Char('/'))) {
        context.emitError(QStringLiteral("--path must start with / (e.g. /api/v1/developer/assets)"));
        return ExitUsage;
    }
    QJsonObject body;
    const bool hasBody = p.isSet(QStringLiteral("body"));
    if (hasBody) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(p.value(QStringLiteral("body")).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            context.emitError(QStringLiteral("--body must be a JSON object: %1").arg(error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an object")));
            return ExitUsage;
        }
        body = doc.object();
    }
    bool ok = false;
    const int repeat = p.value(QStringLiteral("repeat")).toInt(&ok);
    if (!ok || repeat < 1) {
        context.emitError(QStringLiteral("--repeat takes a positive number"));
        return ExitUsage;
    }
    const double timeout = p.value(QStringLiteral("timeout")).toDouble(&ok);
    if (!ok || timeout <= 0) {
        context.emitError(QStringLiteral("--timeout takes a positive number of seconds"));
        return ExitUsage;
    }
    AlliumApiClientSettings settings;
    settings.timeoutMs = int(timeout * 1000);
    auto *client = new AlliumApiClient(new Connection(configFor(context), qApp), qApp, settings);
    Connection *connection = client->connection();
    // Requests that fail because the connection ended the run (a rejected key, a limit) have
    // said why; the connection's end then decides the exit code.
    auto endExplained = std::make_shared<bool>(false);
    context.watchConnection(connection, [endExplained] { return *endExplained; });
    auto remaining = std::make_shared<int>(repeat);
    auto failures = std::make_shared<int>(0);
    auto done = [&context, remaining, failures] {
        if (--*remaining == 0)
            context.finish(*failures > 0 ? ExitFailure : ExitDone);
    };
    QObject::connect(client, &AlliumApiClient::responseReceived, client, [&context, done](const AlliumApiResponse &r) {
        context.event("response").add("id", r.id).add("status", r.status).add("rttMs", r.roundTripMs).add("data", r.data);
        done();
    });
    QObject::connect(client, &AlliumApiClient::requestFailed, client,
                     [&context, done, failures, connection, endExplained](const QString &id, const QString &reason) {
                         context.emitError(reason, {{QStringLiteral("id"), id}});
                         if (runEndFor(connection) != ExitRunning) {
                             *endExplained = true;
                             return;
                         }
                         ++*failures;
                         done();
                     });
    QObject::connect(client, &AlliumApiClient::protocolProblem, client, [&context](const QString &what) {
        context.emitError(what);
    });
    for (int i = 0; i < repeat; ++i) {
        AlliumApiRequest r;
        r.method = method;
        r.path = path;
        r.body = body;
        r.hasBody = hasBody;
        client->send(r);
    }
    client->open();
    return ExitRunning;
}

void addAlliumStreamOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("topic"), QStringLiteral("Topic <blockchain>.<data_type>, e.g. ethereum.blocks."), QStringLiteral("TOPIC")});
    parser.addOption({QStringLiteral("filter"), QStringLiteral("Filter JSON: {field,operator,value} or {op,conditions}."), QStringLiteral("JSON")});
}

bool alliumStreamSelection(CliContext &context, AlliumTopic &topic, std::optional<AlliumFilter> &filter)
{
    const QCommandLineParser &p = context.parser();
    const std::optional<AlliumTopic> parsed = AlliumTopic::parse(p.value(QStringLiteral("topic")));
    if (!parsed) {
        context.emitError(QStringLiteral("--topic must look like <blockchain>.<data_type>, e.g. ethereum.blocks"));
        return false;
    }
    topic = *parsed;
    filter.reset();
    if (p.isSet(QStringLiteral("filter"))) {
        const AlliumFilter::Parsed f = AlliumFilter::parseText(p.value(QStringLiteral("filter")).toUtf8());
        if (!f.filter) {
            context.emitError(QStringLiteral("--filter: %1").arg(f.message()));
            return false;
        }
        filter = f.filter;
    }
    return true;
}

void addAlliumRecord(CliEvent &e, QByteArrayView topicJson, const AlliumRecord &r)
{
    // The record as the server sent it (the codec has checked it is valid JSON).
    e.addJson("topic", topicJson);
    if (!r.json.isEmpty())
        e.addJson("data", r.json);
    else
        e.add("data", QJsonValue(r.object()));
    if (!r.note.isEmpty())
        e.add("note", r.note);
    if (r.gapBefore > 0)
        e.add("gapBefore", r.gapBefore);
    if (r.reorg)
        e.add("reorg", true);
}

QByteArray alliumTopicJson(const AlliumTopic &topic)
{
    QByteArray json;
    Ndjson::appendString(json, QStringView(topic.name()));
    return json;
}

int startAlliumStream(CliContext &context)
{
    AlliumTopic topic;
    std::optional<AlliumFilter> filter;
    if (!alliumStreamSelection(context, topic, filter))
        return ExitUsage;
    auto *client = new AlliumStreamClient(new Connection(AlliumStreamClient::connectionConfig(configFor(context), topic), qApp), topic, qApp);
    context.watchConnection(client->connection());
    const QByteArray topicJson = alliumTopicJson(topic);
    QObject::connect(client, &AlliumStreamClient::recordsArrived, client, [&context, topicJson](const QList<AlliumRecord> &records) {
        for (const AlliumRecord &r : records) {
            CliEvent e = context.event("data");
            addAlliumRecord(e, topicJson, r);
        }
    });
    QObject::connect(client, &AlliumStreamClient::noticeReceived, client, [&context](const QString &text) {
        context.emitError(text);
    });
    client->setFilter(filter);
    client->start();
    client->open();
    return ExitRunning;
}
