// tidewatch-cli relay: the team relay. Without --follow it holds one upstream connection
// (the same provider client as the provider's own command, so the tier caps and billing
// rules it enforces hold) and publishes every typed event to JetStream; with --follow it
// consumes the stream through a durable consumer into the same clients and prints what
// they decode. Events: "nats" (NATS connection state), "stream" (created or checked),
// "state" (the upstream connection), "stats" (every --stats-interval seconds), "loss"
// (messages dropped beyond the buffer), "stopped"; with --follow "data", "gap",
// "upstream", "malformed" and "lag". Allium relays one topic per run (--topic, --filter as
// allium-stream takes them); a follower prints each relayed record as allium-stream does.

#include "cli/cli.h"
#include "core/connection.h"
#include "core/profilestore.h"
#include "providers/allium/alliumstreamclient.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/predikt/prediktclient.h"
#include "providers/tweets/tweetsclient.h"
#include "relay/jetstreamconsumer.h"
#include "relay/jetstreampublisher.h"
#include "relay/relayfeed.h"
#include "relay/relayoptions.h"
#include "relay/relaysubject.h"
#include "relay/relayupstream.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMetaEnum>
#include <QTimer>
#include <atomic>
#include <csignal>
#include <cstdio>

// alliumcommand.cpp: --topic/--filter, and a record's fields in a data event.
void addAlliumStreamOptions(QCommandLineParser &parser);
bool alliumStreamSelection(CliContext &context, AlliumTopic &topic, std::optional<AlliumFilter> &filter);
void addAlliumRecord(CliEvent &e, QByteArrayView topicJson, const AlliumRecord &r);
QByteArray alliumTopicJson(const AlliumTopic &topic);

namespace {

std::atomic<int> g_stopSignal{0};

/// SIGTERM/SIGINT end a run cleanly: the relay says "stopped" and waits for its acks, a
/// follower acknowledges what it printed.
void watchStopSignals(CliContext &context, std::function<void()> onStop)
{
    std::signal(SIGTERM, [](int s) { g_stopSignal = s; });
    std::signal(SIGINT, [](int s) { g_stopSignal = s; });
    auto *timer = new QTimer(qApp);
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, qApp, [&context, onStop = std::move(onStop), timer] {
        if (g_stopSignal.load() == 0)
            return;
        timer->stop();
        onStop();
        context.finish(ExitDone);
    });
    timer->start();
}

QString natsStateName(NatsClient::State state)
{
    return QString::fromLatin1(QMetaEnum::fromType<NatsClient::State>().valueToKey(int(state))).toLower();
}

QJsonObject statsFields(const JetStreamPublisher::Counters &c, const RelayUpstream &upstream)
{
    return {{QStringLiteral("events"), double(upstream.events())}, {QStringLiteral("acked"), double(c.acked)},
            {QStringLiteral("duplicates"), double(c.duplicates)}, {QStringLiteral("buffered"), double(c.buffered)},
            {QStringLiteral("inFlight"), double(c.inFlight)}, {QStringLiteral("dropped"), double(c.dropped)},
            {QStringLiteral("retried"), double(c.retried)}};
}

int startPublishing(CliContext &context, NatsClient *nats);
int startFollowing(CliContext &context, NatsClient *nats);

} // namespace

void endRunWhenNatsCloses(CliContext &context, NatsClient *nats)
{
    QObject::connect(nats, &NatsClient::stateChanged, qApp, [&context, nats](NatsClient::State state) {
        if (state != NatsClient::State::Closed)
            return;
        const Failure::Kind why = nats->closeFailure();
        QString reason = nats->lastError();
        if (why == Failure::Kind::Auth && !reason.contains(QLatin1String("uthoriz"), Qt::CaseInsensitive))
            reason = QStringLiteral("NATS refused the connection: check the NATS credentials (%1)")
                         .arg(reason.isEmpty() ? QStringLiteral("no reason given") : reason);
        context.emitError(reason.isEmpty() ? QStringLiteral("the NATS connection was closed") : reason,
                          {{QStringLiteral("origin"), QStringLiteral("nats")}});
        context.finish(exitCodeFor(why));
    });
}

void addRelayOptions(QCommandLineParser &parser)
{
    RelayOptions::addConnectionOptions(parser);
    parser.addOption({QStringLiteral("provider"),
                      QStringLiteral("Upstream provider: allium, conyr, predikt or tweets (default: the profile's)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("relay-source"),
                      QStringLiteral("The <source> part of the subjects (default: the profile's name, else team)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("channel"), QStringLiteral("Conyr: a channel to relay (repeatable)."), QStringLiteral("CHANNEL")});
    parser.addOption({QStringLiteral("symbols"), QStringLiteral("Predikt: symbols to relay, comma separated."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("tier"),
                      QStringLiteral("The key's tier, whose caps are enforced: Conyr layer1 (default) … enterprise; "
                                     "Predikt STANDARD (default), PRO, ENTERPRISE."),
                      QStringLiteral("TIER")});
    addAlliumStreamOptions(parser); // Allium: --topic and --filter
    parser.addOption({QStringLiteral("auth"),
                      QStringLiteral("How to present the key: header (default), query, or socketio-token (Predikt)."),
                      QStringLiteral("METHOD"), QStringLiteral("header")});
    parser.addOption({QStringLiteral("max-age"), QStringLiteral("Stream retention in seconds."), QStringLiteral("SECONDS"),
                      QStringLiteral("86400")});
    parser.addOption({QStringLiteral("max-bytes"), QStringLiteral("Stream size limit in bytes."), QStringLiteral("BYTES"),
                      QStringLiteral("1073741824")});
    parser.addOption({QStringLiteral("max-msgs"), QStringLiteral("Stream message limit (-1: none)."), QStringLiteral("N"),
                      QStringLiteral("-1")});
    parser.addOption({QStringLiteral("memory-storage"), QStringLiteral("Keep the stream in memory (lost on a server restart).")});
    parser.addOption({QStringLiteral("buffer"),
                      QStringLiteral("Messages held while NATS is unavailable; beyond that the oldest are dropped and reported."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("stats-interval"), QStringLiteral("Seconds between stats events (0: none)."),
                      QStringLiteral("SECONDS"), QStringLiteral("10")});
    parser.addOption({QStringLiteral("follow"), QStringLiteral("Consume the stream instead of publishing (a desktop's view).")});
    RelayOptions::addConsumerOptions(parser);
}

int startRelay(CliContext &context)
{
    // A relay runs for days behind a pipe (journald, jq): every event goes out as its line
    // is complete, not when a 4 KiB block fills.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    NatsSettings settings;
    QString error;
    if (!RelayOptions::connectionSettings(context.parser(), settings, &error)) {
        context.emitError(error);
        return ExitUsage;
    }
    settings.name = QStringLiteral("tidewatch-relay %1").arg(context.source());
    auto *nats = new NatsClient(qApp);
    QObject::connect(nats, &NatsClient::stateChanged, qApp, [&context](NatsClient::State state) {
        context.emitEvent(QStringLiteral("nats"), {{QStringLiteral("state"), natsStateName(state)}});
    });
    QObject::connect(nats, &NatsClient::problem, qApp, [&context](const QString &message) {
        context.emitError(message, {{QStringLiteral("origin"), QStringLiteral("nats")}});
    });
    endRunWhenNatsCloses(context, nats); // a relay outlives a NATS restart, not refused credentials
    if (!nats->open(settings, &error)) {
        context.emitError(error, {{QStringLiteral("origin"), QStringLiteral("nats")}});
        return ExitFailure;
    }
    return context.parser().isSet(QStringLiteral("follow")) ? startFollowing(context, nats) : startPublishing(context, nats);
}

namespace {

int startPublishing(CliContext &context, NatsClient *nats)
{
    const QCommandLineParser &parser = context.parser();
    if (!context.url().isValid() || context.url().isEmpty()) {
        context.emitError(QStringLiteral("the relay needs the upstream: --profile NAME or --url"));
        return ExitUsage;
    }
    QString provider = parser.value(QStringLiteral("provider"));
    QString relaySource = parser.value(QStringLiteral("relay-source"));
    if (parser.isSet(QStringLiteral("profile"))) {
        if (const auto profile = ProfileStore::instance()->profileByName(context.source())) {
            if (provider.isEmpty())
                provider = Provider::toId(profile->kind);
            if (relaySource.isEmpty())
                relaySource = profile->name;
        }
    }
    if (relaySource.isEmpty())
        relaySource = QStringLiteral("team");
    // An Allium streams profile's kind is "allium-stream"; the subjects say "allium".
    if (provider == Provider::toId(Provider::Kind::AlliumStream))
        provider = QStringLiteral("allium");
    if (provider != QLatin1String("conyr") && provider != QLatin1String("tweets") && provider != QLatin1String("predikt")
        && provider != QLatin1String("allium")) {
        context.emitError(
            QStringLiteral("--provider takes allium, conyr, predikt or tweets (the relay does not carry '%1')").arg(provider));
        return ExitUsage;
    }

    RelayStreamSpec spec;
    spec.name = RelayOptions::streamName(parser);
    spec.maxAgeMs = parser.value(QStringLiteral("max-age")).toLongLong() * 1000;
    spec.maxBytes = parser.value(QStringLiteral("max-bytes")).toLongLong();
    spec.maxMsgs = parser.value(QStringLiteral("max-msgs")).toLongLong();
    spec.memoryStorage = parser.isSet(QStringLiteral("memory-storage"));
    bool ok = false;
    const qint64 buffer = parser.value(QStringLiteral("buffer")).toLongLong(&ok);
    if (!ok || buffer <= 0) {
        context.emitError(QStringLiteral("--buffer takes a positive number of messages"));
        return ExitUsage;
    }

    auto *publisher = new JetStreamPublisher(nats, qApp);
    publisher->setBufferLimit(buffer);
    QString error;
    if (!publisher->start(&error)) {
        context.emitError(error, {{QStringLiteral("origin"), QStringLiteral("nats")}});
        return ExitFailure;
    }
    auto *upstream = new RelayUpstream(publisher, relaySource, qApp);
    // The stream is created or checked whenever NATS (re)connects (a server that lost its
    // store gets it back), and retried every second while that fails (e.g. JetStream not
    // ready yet).
    auto *streamRetry = new QTimer(qApp);
    streamRetry->setSingleShot(true);
    streamRetry->setInterval(1000);
    auto ensureStream = [&context, nats, spec, streamRetry] {
        if (nats->state() != NatsClient::State::Connected)
            return;
        const RelayStreamStatus status = ensureRelayStream(nats->jetStream(), spec);
        if (!status.ok) {
            context.emitError(status.error, {{QStringLiteral("origin"), QStringLiteral("nats")}});
            streamRetry->start();
            return;
        }
        context.emitEvent(QStringLiteral("stream"), {{QStringLiteral("name"), spec.name},
                                                     {QStringLiteral("created"), status.created},
                                                     {QStringLiteral("updated"), status.updated},
                                                     {QStringLiteral("messages"), double(status.messages)}});
    };
    QObject::connect(streamRetry, &QTimer::timeout, qApp, ensureStream);
    QObject::connect(nats, &NatsClient::stateChanged, qApp, [ensureStream](NatsClient::State state) {
        if (state == NatsClient::State::Connected)
            ensureStream();
    });
    ensureStream();
    QObject::connect(publisher, &JetStreamPublisher::overflowStarted, qApp, [&context](qint64 limit) {
        context.emitError(QStringLiteral("NATS is unavailable and the buffer of %1 messages is full: the oldest are dropped")
                              .arg(limit),
                          {{QStringLiteral("origin"), QStringLiteral("relay")}});
    });
    QObject::connect(publisher, &JetStreamPublisher::lossReported, qApp, [&context, upstream, provider](qint64 count) {
        context.emitEvent(QStringLiteral("loss"), {{QStringLiteral("count"), double(count)}});
        upstream->publishControl(provider, QStringLiteral("loss"), {{QStringLiteral("count"), double(count)}});
    });
    const int statsSeconds = parser.value(QStringLiteral("stats-interval")).toInt();
    if (statsSeconds > 0) {
        auto *timer = new QTimer(qApp);
        QObject::connect(timer, &QTimer::timeout, qApp, [&context, publisher, upstream] {
            context.emitEvent(QStringLiteral("stats"), statsFields(publisher->counters(), *upstream));
        });
        timer->start(statsSeconds * 1000);
    }
    upstream->publishControl(provider, QStringLiteral("started"));

    ConnectionConfig config;
    config.name = context.source();
    config.url = context.url();
    config.key = context.key();
    const bool query = parser.value(QStringLiteral("auth")) == QLatin1String("query");
    Connection *connection = nullptr;
    std::function<void()> opener; // after every state is wired up, so "connecting" is seen too
    std::function<void()> flushPending = [] {}; // events a client holds back, published before "stopped"
    // A server error that ends the run (auth, limit) has said why: the end adds no second error.
    auto errorShown = std::make_shared<bool>(false);
    if (provider == QLatin1String("conyr")) {
        const QStringList channels = parser.values(QStringLiteral("channel"));
        if (channels.isEmpty()) {
            context.emitError(QStringLiteral("give at least one --channel"));
            return ExitUsage;
        }
        config.auth = query ? Auth::Method::QueryParameter : Auth::Method::Bearer;
        ConyrClientOptions options;
        if (parser.isSet(QStringLiteral("tier")))
            options.tier = parser.value(QStringLiteral("tier"));
        options.backfillBars = 0;
        auto *client = new ConyrClient(new Connection(config, qApp), options, qApp);
        QObject::connect(client, &ConyrClient::localError, qApp, [&context](const QString &message) {
            context.emitError(message, {{QStringLiteral("origin"), QStringLiteral("client")}});
        });
        QObject::connect(client, &ConyrClient::serverError, qApp, [&context](const QString &message) {
            // Conyr's errors refuse a request, not the session: the run goes on.
            context.emitError(message, {{QStringLiteral("origin"), QStringLiteral("server")}});
        });
        if (!client->blockedReason().isEmpty()) {
            context.emitError(client->blockedReason(), {{QStringLiteral("origin"), QStringLiteral("client")}});
            return ExitLimitExceeded;
        }
        if (!client->subscribe(channels, &error)) {
            context.emitError(error, {{QStringLiteral("origin"), QStringLiteral("client")}});
            return ExitLimitExceeded;
        }
        upstream->attachConyr(client);
        connection = client->connection();
        opener = [client] { client->open(); };
    } else if (provider == QLatin1String("predikt")) {
        const QStringList symbols =
            Predikt::normalizeSymbols(parser.value(QStringLiteral("symbols")).split(QLatin1Char(','), Qt::SkipEmptyParts));
        if (symbols.isEmpty()) {
            context.emitError(QStringLiteral("--symbols is required for Predikt, e.g. --symbols SOL,BTC"));
            return ExitUsage;
        }
        const QString auth = parser.value(QStringLiteral("auth"));
        config.auth = auth == QLatin1String("query")            ? Auth::Method::QueryParameter
                      : auth == QLatin1String("socketio-token") ? Auth::Method::SocketIoToken
                                                                : Auth::Method::Bearer;
        PrediktClientOptions options;
        options.tier = Predikt::tierByName(parser.isSet(QStringLiteral("tier")) ? parser.value(QStringLiteral("tier"))
                                                                                : QStringLiteral("STANDARD"));
        // connectionConfig() fills options' namespace: called before options is copied.
        auto *transport = new Connection(PrediktClient::connectionConfig(config, options), qApp);
        auto *client = new PrediktClient(transport, options, qApp);
        QObject::connect(client, &PrediktClient::serverError, qApp, [&context, errorShown](const Predikt::ServerError &e) {
            // A balance end is always named by the end itself (as `predikt` does).
            *errorShown = Predikt::failureKind(e.code) != Failure::Kind::None
                && Predikt::failureKind(e.code) != Failure::Kind::Billing;
            context.emitError(Predikt::explain(e.code, e.message), {{QStringLiteral("code"), e.codeText}});
        });
        QObject::connect(client, &PrediktClient::symbolsRejected, qApp, [&context](const QStringList &rejected, const QString &reason) {
            context.emitError(reason, {{QStringLiteral("symbols"), QJsonArray::fromStringList(rejected)}});
        });
        if (!client->subscribe(symbols, &error)) {
            context.emitError(error);
            return ExitLimitExceeded;
        }
        upstream->attachPredikt(client);
        connection = client->connection();
        opener = [client] { client->open(); };
    } else if (provider == QLatin1String("allium")) {
        AlliumTopic topic;
        std::optional<AlliumFilter> filter;
        if (!alliumStreamSelection(context, topic, filter))
            return ExitUsage;
        config.auth = Auth::Method::ApiKeyHeader; // X-API-KEY: the only way Allium documents
        auto *client = new AlliumStreamClient(new Connection(AlliumStreamClient::connectionConfig(config, topic), qApp), topic, qApp);
        QObject::connect(client, &AlliumStreamClient::noticeReceived, qApp, [&context](const QString &text) {
            context.emitError(text, {{QStringLiteral("origin"), QStringLiteral("server")}});
        });
        // The filter goes to the server before start (and again after every reconnect).
        client->setFilter(filter);
        client->start();
        upstream->attachAllium(client);
        connection = client->connection();
        opener = [client] { client->open(); };
        flushPending = [client] { client->flush(); }; // records batched for the next event-loop turn
    } else {
        config.auth = query ? Auth::Method::QueryParameter : Auth::Method::LowerApiKeyHeader;
        config.reconnect = TweetsClient::documentedBackoff();
        auto *client = new TweetsClient(new Connection(config, qApp), TweetsClientOptions(), qApp);
        QObject::connect(client, &TweetsClient::serverError, qApp, [&context, errorShown](int code, const QString &message) {
            *errorShown = true;
            context.emitError(message, {{QStringLiteral("code"), code}});
        });
        upstream->attachTweets(client);
        connection = client->connection();
        opener = [client] { client->open(); };
    }
    upstream->attachConnection(provider, connection);
    // Connected before the runner's watch, so it runs first: when the upstream ends the run,
    // the followers are told and what is in flight is acknowledged before the exit.
    QObject::connect(connection, &Connection::stateChanged, qApp,
                     [connection, publisher, upstream, provider, flushPending](Connection::State) {
        if (runEndFor(connection) == ExitRunning)
            return;
        flushPending();
        upstream->publishStopped(provider);
        publisher->waitAllAcked(3000);
    });
    // The one mechanism every command ends by: 3 auth, 4 limit at once, 5 balance, 1 other.
    context.watchConnection(connection, [errorShown, connection] {
        return *errorShown && connection->lastFailure() != Failure::Kind::Billing;
    });
    QObject::connect(connection, &Connection::opened, qApp, [errorShown] { *errorShown = false; });
    watchStopSignals(context, [&context, publisher, upstream, provider, flushPending] {
        flushPending();
        upstream->publishStopped(provider);
        publisher->waitAllAcked(3000);
        QJsonObject fields = statsFields(publisher->counters(), *upstream);
        context.emitEvent(QStringLiteral("stopped"), fields);
    });
    opener();
    return ExitRunning;
}

QJsonObject positionFields(const RelayMessage *m)
{
    if (!m)
        return {};
    QJsonObject f{{QStringLiteral("seq"), double(m->streamSeq)}};
    if (m->sourceTimeMs >= 0)
        f.insert(QStringLiteral("sourceTime"), double(m->sourceTimeMs));
    return f;
}

void printConyr(CliContext &context, RelayFeed *feed, const QString &source, ConyrClient *client)
{
    auto base = [feed, source](const QString &channel, const QString &type) {
        QJsonObject f = positionFields(feed->current());
        f.insert(QStringLiteral("provider"), QStringLiteral("conyr"));
        f.insert(QStringLiteral("relaySource"), source);
        f.insert(QStringLiteral("channel"), channel);
        f.insert(QStringLiteral("type"), type);
        return f;
    };
    QObject::connect(client, &ConyrClient::tradeReceived, client, [&context, base](const QString &channel, const Conyr::Trade &t) {
        QJsonObject f = base(channel, QStringLiteral("trade"));
        f.insert(QStringLiteral("data"), Conyr::tradeToJson(t));
        context.emitEvent(QStringLiteral("data"), f);
    });
    QObject::connect(client, &ConyrClient::candleReceived, client, [&context, base](const QString &channel, const Conyr::Candle &c) {
        QJsonObject f = base(channel, QStringLiteral("candle"));
        f.insert(QStringLiteral("data"), Conyr::candleToJson(c));
        context.emitEvent(QStringLiteral("data"), f);
    });
    QObject::connect(client, &ConyrClient::gapDetected, client, [&context, source](const QString &channel, qint64 missing) {
        context.emitEvent(QStringLiteral("gap"), {{QStringLiteral("provider"), QStringLiteral("conyr")},
                                                  {QStringLiteral("relaySource"), source},
                                                  {QStringLiteral("channel"), channel},
                                                  {QStringLiteral("missing"), double(missing)}});
    });
}

void printTweets(CliContext &context, RelayFeed *feed, const QString &source, TweetsClient *client)
{
    QObject::connect(client, &TweetsClient::tweetsReceived, client, [&context, feed, source](const TweetBatch &batch) {
        for (const Tweet &t : batch) {
            QJsonObject f = positionFields(feed->current());
            f.insert(QStringLiteral("provider"), QStringLiteral("tweets"));
            f.insert(QStringLiteral("relaySource"), source);
            f.insert(QStringLiteral("tweetId"), t.tweetId);
            f.insert(QStringLiteral("author"), t.author);
            f.insert(QStringLiteral("text"), t.text);
            f.insert(QStringLiteral("source"), t.sourceKey());
            context.emitEvent(QStringLiteral("data"), f);
        }
    });
}

void printPredikt(CliContext &context, RelayFeed *feed, const QString &source, PrediktClient *client)
{
    QObject::connect(client, &PrediktClient::priceTick, client, [&context, feed, source](const Predikt::PriceTick &t) {
        QJsonObject f = positionFields(feed->current());
        f.insert(QStringLiteral("provider"), QStringLiteral("predikt"));
        f.insert(QStringLiteral("relaySource"), source);
        f.insert(QStringLiteral("type"), QStringLiteral("price"));
        f.insert(QStringLiteral("symbol"), t.symbol);
        f.insert(QStringLiteral("price"), t.price);
        if (t.timestampMs >= 0)
            f.insert(QStringLiteral("timestamp"), Predikt::formatTimestamp(t.timestampMs));
        context.emitEvent(QStringLiteral("data"), f);
    });
    QObject::connect(client, &PrediktClient::billing, client, [&context, feed, source](const Predikt::BillingNotice &b) {
        QJsonObject f = positionFields(feed->current());
        f.insert(QStringLiteral("provider"), QStringLiteral("predikt"));
        f.insert(QStringLiteral("relaySource"), source);
        f.insert(QStringLiteral("amountUsd"), b.amountUsd.toString());
        f.insert(QStringLiteral("remainingBalanceUsd"), b.remainingBalanceUsd.toString());
        context.emitEvent(QStringLiteral("billing"), f);
    });
}

void printAllium(CliContext &context, const QString &source, AlliumStreamClient *client)
{
    // The feed flushes a client's records once per delivered batch: no per-record position.
    const QByteArray topicJson = alliumTopicJson(client->topic());
    const QString topic = client->topic().name();
    QObject::connect(client, &AlliumStreamClient::recordsArrived, client,
                     [&context, source, topic, topicJson](const QList<AlliumRecord> &records) {
                         for (const AlliumRecord &r : records) {
                             {
                                 CliEvent e = context.event("data");
                                 e.add("provider", QLatin1StringView("allium")).add("relaySource", source);
                                 addAlliumRecord(e, topicJson, r);
                             }
                             if (r.gapBefore > 0)
                                 context.emitEvent(QStringLiteral("gap"), {{QStringLiteral("provider"), QStringLiteral("allium")},
                                                                           {QStringLiteral("relaySource"), source},
                                                                           {QStringLiteral("topic"), topic},
                                                                           {QStringLiteral("missing"), double(r.gapBefore)}});
                         }
                     });
}

int startFollowing(CliContext &context, NatsClient *nats)
{
    RelayConsumerSpec spec;
    QStringList subjects;
    QString error;
    if (!RelayOptions::consumerSpec(context.parser(), spec, subjects, &error)) {
        context.emitError(error);
        return ExitUsage;
    }
    const QString positionFile = context.parser().value(QStringLiteral("position-file"));
    auto *consumer = new JetStreamConsumer(nats, qApp);
    auto *feed = new RelayFeed(qApp);
    if (subjects.size() > 1)
        feed->setSubjects(subjects);
    if (!positionFile.isEmpty())
        consumer->setResumeAfter(RelayOptions::readPosition(positionFile));

    QObject::connect(feed, &RelayFeed::conyrClientCreated, qApp,
                     [&context, feed](const QString &source, ConyrClient *client) { printConyr(context, feed, source, client); });
    QObject::connect(feed, &RelayFeed::tweetsClientCreated, qApp,
                     [&context, feed](const QString &source, TweetsClient *client) { printTweets(context, feed, source, client); });
    QObject::connect(feed, &RelayFeed::prediktClientCreated, qApp,
                     [&context, feed](const QString &source, PrediktClient *client) { printPredikt(context, feed, source, client); });
    QObject::connect(feed, &RelayFeed::alliumClientCreated, qApp,
                     [&context](const QString &source, AlliumStreamClient *client) { printAllium(context, source, client); });
    QObject::connect(feed, &RelayFeed::gapReported, qApp, [&context](const RelayGap &gap) {
        QJsonObject f{{QStringLiteral("provider"), gap.provider}, {QStringLiteral("relaySource"), gap.source},
                      {QStringLiteral("reason"), gap.reason}};
        if (gap.fromMs >= 0)
            f.insert(QStringLiteral("from"), double(gap.fromMs));
        if (gap.toMs >= 0)
            f.insert(QStringLiteral("to"), double(gap.toMs));
        if (gap.missing >= 0)
            f.insert(QStringLiteral("missing"), double(gap.missing));
        context.emitEvent(QStringLiteral("gap"), f);
    });
    QObject::connect(feed, &RelayFeed::upstreamStateChanged, qApp,
                     [&context](const QString &provider, const QString &source, const QString &state, const QString &reason) {
                         QJsonObject f{{QStringLiteral("provider"), provider}, {QStringLiteral("relaySource"), source},
                                       {QStringLiteral("state"), state}};
                         if (!reason.isEmpty())
                             f.insert(QStringLiteral("reason"), reason);
                         context.emitEvent(QStringLiteral("upstream"), f);
                     });
    QObject::connect(feed, &RelayFeed::malformedMessage, qApp, [&context, feed](const QString &subject, const QString &reason) {
        context.emitEvent(QStringLiteral("malformed"), {{QStringLiteral("subject"), subject},
                                                        {QStringLiteral("reason"), reason},
                                                        {QStringLiteral("count"), double(feed->malformed())}});
    });
    QObject::connect(consumer, &JetStreamConsumer::messagesReceived, feed, &RelayFeed::apply);
    if (!positionFile.isEmpty()) {
        QObject::connect(consumer, &JetStreamConsumer::batchApplied, qApp, [&context, positionFile](quint64 seq) {
            // The batch's events are out before the position says they were handled: a run
            // killed in between would otherwise resume after events it never wrote.
            context.flushOutput();
            if (!RelayOptions::writePosition(positionFile, seq))
                context.emitError(QStringLiteral("could not write %1").arg(positionFile));
        });
    }
    auto *lag = new QTimer(qApp);
    QObject::connect(lag, &QTimer::timeout, qApp, [&context, consumer, feed] {
        context.emitEvent(QStringLiteral("lag"), {{QStringLiteral("position"), double(consumer->position())},
                                                  {QStringLiteral("pending"), double(consumer->pending())},
                                                  {QStringLiteral("received"), double(consumer->received())},
                                                  {QStringLiteral("malformed"), double(feed->malformed())}});
    });
    lag->start(2000);
    // The consumer binds once NATS is connected and the stream exists (the relay may come
    // up later than its desktops): tried again every second until it works.
    auto *retry = new QTimer(qApp);
    retry->setInterval(1000);
    auto startConsumer = [&context, consumer, spec, retry, nats] {
        if (consumer->isRunning() || nats->state() != NatsClient::State::Connected)
            return;
        QString why;
        if (!consumer->start(spec, &why)) {
            if (!retry->isActive())
                context.emitError(why, {{QStringLiteral("origin"), QStringLiteral("nats")}});
            retry->start();
            return;
        }
        retry->stop();
        context.emitEvent(QStringLiteral("following"), {{QStringLiteral("durable"), spec.durable},
                                                        {QStringLiteral("stream"), spec.stream},
                                                        {QStringLiteral("subject"), spec.filterSubject}});
    };
    QObject::connect(retry, &QTimer::timeout, qApp, startConsumer);
    QObject::connect(nats, &NatsClient::stateChanged, qApp, [startConsumer](NatsClient::State state) {
        if (state == NatsClient::State::Connected)
            startConsumer();
    });
    startConsumer();
    watchStopSignals(context, [consumer] { consumer->stop(); });
    return ExitRunning;
}

} // namespace
