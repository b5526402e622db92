// tidewatch-cli alerts --relay: the alert engine headless over a relay. Events come from a
// durable consumer through RelayFeed into the same provider clients (and from there into
// the same alert feeds as a live run); rules come from --rules FILE or, shared and live,
// from a JetStream key-value bucket (--rules-bucket), where an edit reaches the engine as
// soon as the bucket's watcher delivers it. Prints "rules" (count, on every change),
// "alert", "gap", "upstream" and "malformed" events.

#include "alerts/alertcenter.h"
#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "alerts/alertreplay.h"
#include "cli/cli.h"
#include "cli/clialerts.h"
#include "core/connection.h"
#include "core/profile.h"
#include "providers/allium/alliumobservations.h"
#include "providers/allium/alliumstreamclient.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrobservations.h"
#include "providers/predikt/prediktclient.h"
#include "providers/predikt/prediktobservations.h"
#include "providers/tweets/tweetsclient.h"
#include "providers/tweets/tweetsobservations.h"
#include "relay/jetstreamconsumer.h"
#include "relay/kvbucket.h"
#include "relay/relayfeed.h"
#include "relay/relayoptions.h"
#include "relay/sharedrules.h"

#include <QCoreApplication>
#include <QTimer>
#include <cstdio>

/// The alert event's fields, the same for every source (alertscommand.cpp).
QJsonObject alertEventFields(const Alert &alert);

void addRelayAlertsOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("relay"), QStringLiteral("Run over a NATS relay (see --nats, --durable).")});
    parser.addOption({QStringLiteral("rules-bucket"),
                      QStringLiteral("With --relay: rules from this JetStream key-value bucket, applied as they change."),
                      QStringLiteral("BUCKET")});
    parser.addOption({QStringLiteral("push-rules"),
                      QStringLiteral("With --rules-bucket: first write the rules of FILE into the bucket."),
                      QStringLiteral("FILE")});
    // --nats… and --durable/--subject are shared with `relay` (RelayOptions); the alerts
    // command has its own --provider and --subscribe, which do not apply here.
    RelayOptions::addConnectionOptions(parser);
    RelayOptions::addConsumerOptions(parser);
}

int startAlertsOverRelay(CliContext &context)
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const QCommandLineParser &parser = context.parser();
    const bool fromBucket = parser.isSet(QStringLiteral("rules-bucket"));
    if (fromBucket == parser.isSet(QStringLiteral("rules"))) {
        context.emitError(QStringLiteral("give either --rules FILE or --rules-bucket BUCKET"));
        return ExitUsage;
    }
    QList<AlertRule> fileRules;
    QString error;
    const QString rulesFile = parser.value(fromBucket ? QStringLiteral("push-rules") : QStringLiteral("rules"));
    if (!rulesFile.isEmpty() && !loadRulesFile(rulesFile, fileRules, &error)) {
        context.emitError(error);
        return ExitUsage;
    }
    NatsSettings settings;
    RelayConsumerSpec spec;
    QStringList subjects;
    if (!RelayOptions::connectionSettings(parser, settings, &error)
        || !RelayOptions::consumerSpec(parser, spec, subjects, &error)) {
        context.emitError(error);
        return ExitUsage;
    }
    settings.name = QStringLiteral("tidewatch-alerts %1").arg(spec.durable);

    auto *feeds = new AlertFeeds(qApp);
    // The app's notifiers (webhooks, Alertmanager) unless this is a dry run.
    auto *alerting = new CliAlerts(context, feeds, !parser.isSet(QStringLiteral("dry-run")));
    AlertEngine *engine = alerting->engine();
    auto applyRules = [alerting](const QList<AlertRule> &rules) { alerting->setRules(rules); };
    if (!fromBucket)
        applyRules(fileRules);

    auto *nats = new NatsClient(qApp);
    endRunWhenNatsCloses(context, nats); // refused credentials end the run (3) instead of a silent wait
    if (!nats->open(settings, &error)) {
        context.emitError(error, {{QStringLiteral("origin"), QStringLiteral("nats")}});
        return ExitFailure;
    }
    auto *feed = new RelayFeed(qApp);
    if (subjects.size() > 1)
        feed->setSubjects(subjects);
    // The clients RelayFeed creates are the ordinary ones: the alert feeds attach to them as
    // they would to a live connection.
    QObject::connect(feed, &RelayFeed::conyrClientCreated, qApp, [feeds](const QString &, ConyrClient *client) {
        feeds->attach(client->connection(), QStringLiteral("conyr"), ConyrObservations::attach(client));
    });
    QObject::connect(feed, &RelayFeed::tweetsClientCreated, qApp, [feeds](const QString &, TweetsClient *client) {
        feeds->attach(client->connection(), QStringLiteral("tweets"), TweetsObservations::attach(client));
    });
    QObject::connect(feed, &RelayFeed::prediktClientCreated, qApp, [feeds](const QString &, PrediktClient *client) {
        feeds->attach(client->connection(), QStringLiteral("predikt"), PrediktObservations::attach(client));
    });
    QObject::connect(feed, &RelayFeed::alliumClientCreated, qApp, [feeds](const QString &, AlliumStreamClient *client) {
        feeds->attach(client->connection(), Provider::toId(Provider::Kind::AlliumStream), AlliumObservations::attach(client));
    });
    QObject::connect(feed, &RelayFeed::gapReported, qApp, [&context](const RelayGap &gap) {
        context.emitEvent(QStringLiteral("gap"), {{QStringLiteral("provider"), gap.provider},
                                                  {QStringLiteral("relaySource"), gap.source},
                                                  {QStringLiteral("reason"), gap.reason},
                                                  {QStringLiteral("missing"), double(gap.missing)}});
    });
    QObject::connect(feed, &RelayFeed::malformedMessage, qApp, [&context](const QString &subject, const QString &reason) {
        context.emitEvent(QStringLiteral("malformed"), {{QStringLiteral("subject"), subject}, {QStringLiteral("reason"), reason}});
    });
    auto *consumer = new JetStreamConsumer(nats, qApp);
    QObject::connect(consumer, &JetStreamConsumer::messagesReceived, feed, &RelayFeed::apply);
    const QString positionFile = parser.value(QStringLiteral("position-file"));
    if (!positionFile.isEmpty()) {
        consumer->setResumeAfter(RelayOptions::readPosition(positionFile));
        QObject::connect(consumer, &JetStreamConsumer::batchApplied, qApp, [&context, positionFile](quint64 seq) {
            context.flushOutput(); // the batch's alerts are out before its position is recorded
            if (!RelayOptions::writePosition(positionFile, seq))
                context.emitError(QStringLiteral("could not write %1").arg(positionFile));
        });
    }

    auto *bucket = new KvBucket(nats, qApp);
    auto *shared = new SharedRules(bucket, qApp);
    QObject::connect(shared, &SharedRules::rulesChanged, qApp, applyRules);
    QObject::connect(shared, &SharedRules::ruleRejected, qApp, [&context](const QString &key, const QString &reason) {
        context.emitError(QStringLiteral("rule %1 in the bucket is ignored: %2").arg(key, reason));
    });
    const QString bucketName = parser.value(QStringLiteral("rules-bucket"));

    // Everything binds once NATS is connected; tried again every second until it works
    // (the stream may not exist before the relay's first start).
    auto *retry = new QTimer(qApp);
    retry->setInterval(1000);
    auto bind = [&context, nats, consumer, spec, bucket, shared, bucketName, fromBucket, fileRules, retry] {
        if (nats->state() != NatsClient::State::Connected)
            return;
        QString why;
        if (fromBucket && bucket->bucket().isEmpty()) {
            if (!bucket->open(bucketName, true, &why)) {
                context.emitError(why, {{QStringLiteral("origin"), QStringLiteral("nats")}});
                retry->start();
                return;
            }
            if (!fileRules.isEmpty() && SharedRules::push(*bucket, fileRules, &why) != fileRules.size())
                context.emitError(why);
            if (!shared->start(&why))
                context.emitError(why);
        }
        if (!consumer->isRunning() && !consumer->start(spec, &why)) {
            if (!retry->isActive())
                context.emitError(why, {{QStringLiteral("origin"), QStringLiteral("nats")}});
            retry->start();
            return;
        }
        retry->stop();
    };
    QObject::connect(retry, &QTimer::timeout, qApp, bind);
    QObject::connect(nats, &NatsClient::stateChanged, qApp, [bind](NatsClient::State state) {
        if (state == NatsClient::State::Connected)
            bind();
    });
    bind();
    auto *tick = new QTimer(qApp);
    QObject::connect(tick, &QTimer::timeout, engine, &AlertEngine::tick);
    tick->start(AlertReplay::TickIntervalMs);
    context.setWrapUp([alerting, tick] {
        tick->stop();
        alerting->finishWithSummary();
    });
    return ExitRunning;
}
