// tidewatch-cli alerts: the alert engine without a window. Rules from a file; frames from a
// live connection (--profile or --url with --provider) or from a recording (--replay).
// Prints one "alert" event per fired alert (for a server or a cron job).

#include "alerts/alertcenter.h"
#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "alerts/alertreplay.h"
#include "cli/cli.h"
#include "cli/clialerts.h"
#include "alerts/webhooknotifier.h"
#include "alerts/notifiers/alertmanagernotifier.h"
#include "alerts/notifiers/alertnotifiers.h"
#include "core/keystore.h"
#include "core/logging.h"
#include "core/connection.h"
#include "core/profile.h"
#include "core/profilestore.h"
#include "models/record/framerecording.h"
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
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QJsonObject>
#include <QMetaEnum>
#include <QTimer>
#include <QUrlQuery>

QJsonObject alertEventFields(const Alert &a)
{
    QJsonObject fields{
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
        // What happened around the subject before it (AlertContext), oldest first; [] when nothing.
        {QStringLiteral("context"), a.context},
    };
    if (a.contextTruncated)
        fields.insert(QStringLiteral("contextTruncated"), true);
    if (a.blind) { // not the condition: the rule saw nothing for blindAlertSec
        fields.insert(QStringLiteral("blind"), true);
        fields.insert(QStringLiteral("blindReason"), a.values.value(QStringLiteral("blindReason")).toString());
        fields.insert(QStringLiteral("blindSec"), a.value);
    }
    return fields;
}

namespace {
constexpr int MaxSummaryValues = 1000;
} // namespace

CliAlerts::CliAlerts(CliContext &context, AlertFeeds *feeds, bool notify)
    : m_context(context)
    , m_engine(new AlertEngine(qApp))
{
    QObject::connect(feeds, &AlertFeeds::observed, m_engine, &AlertEngine::observe);
    QObject::connect(feeds, &AlertFeeds::connectionObserved, m_engine, &AlertEngine::observeConnection);
    QObject::connect(m_engine, &AlertEngine::alertRaised, m_engine, [this](const Alert &alert) { onAlert(alert); });
    QObject::connect(m_engine, &AlertEngine::ruleError, m_engine, [&context](const QString &ruleId, const QString &message) {
        context.emitError(message, {{QStringLiteral("ruleId"), ruleId}});
    });
    bool contextOk = false;
    const int contextSec = context.parser().value(QStringLiteral("context-sec")).toInt(&contextOk);
    if (!contextOk || contextSec < 0 || contextSec > AlertContext::MaxWindowSec)
        context.emitError(QStringLiteral("--context-sec takes 0 to %1 seconds; using %2")
                              .arg(AlertContext::MaxWindowSec)
                              .arg(AlertContext::DefaultWindowSec));
    else
        m_engine->setContextWindowSec(contextSec);
    if (!notify)
        return;

    // The app's notifiers, with the app's Alertmanager settings (read, never written: the CLI
    // must not change what the app shows) unless the environment names another one.
    m_notifiers = new AlertNotifiers(false, qApp);
    auto *webhooks = new WebhookNotifier(m_notifiers);
    m_notifiers->setWebhooks(webhooks);
    m_notifiers->setKeyStore(KeyStore::instance()); // Telegram bot tokens, as in the app
    m_notifiers->setOwnsRuleTokens(false); // read only: the app (or the rules bucket) owns them
    const QSettings settings;
    QString amUrl = settings.value(QStringLiteral("alerts/alertmanagerUrl")).toString();
    QString amLabels = AlertRule::formatLabels(
        QJsonDocument::fromJson(settings.value(QStringLiteral("alerts/alertmanagerLabels")).toByteArray()).object());
    if (qEnvironmentVariableIsSet("TIDEWATCH_ALERTMANAGER_URL"))
        amUrl = qEnvironmentVariable("TIDEWATCH_ALERTMANAGER_URL");
    if (qEnvironmentVariableIsSet("TIDEWATCH_ALERTMANAGER_LABELS"))
        amLabels = qEnvironmentVariable("TIDEWATCH_ALERTMANAGER_LABELS");
    const QUrl parsedAm(amUrl);
    if (!parsedAm.password().isEmpty())
        Redact::registerSecret(parsedAm.password());
    AlertmanagerSettings am;
    am.resendIntervalMs = std::max(5, settings.value(QStringLiteral("alerts/alertmanagerResendSec"), 60).toInt()) * 1000;
    m_notifiers->alertmanager()->setSettings(am);
    const QString problem = m_notifiers->applyAlertmanager(amUrl, amLabels);
    if (!problem.isEmpty())
        context.emitError(QStringLiteral("Alertmanager settings ignored: %1").arg(problem),
                          {{QStringLiteral("channel"), QStringLiteral("alertmanager")}});
    // The same input after the engine, for the recovery of open Alertmanager alerts.
    QObject::connect(feeds, &AlertFeeds::observed, m_notifiers, &AlertNotifiers::observe);
    QObject::connect(feeds, &AlertFeeds::connectionObserved, m_notifiers, &AlertNotifiers::observeConnection);

    QObject::connect(webhooks, &WebhookNotifier::delivered, m_notifiers,
                     [this](const QString &ruleId, const QString &alertId, int attempts) {
        --m_webhooksPending;
        m_context.emitEvent(QStringLiteral("notified"), {{QStringLiteral("channel"), QStringLiteral("webhook")},
                                                          {QStringLiteral("ruleId"), ruleId},
                                                          {QStringLiteral("alertId"), alertId},
                                                          {QStringLiteral("attempts"), attempts}});
    });
    QObject::connect(webhooks, &WebhookNotifier::failed, m_notifiers,
                     [this](const QString &ruleId, const QString &alertId, const QString &error) {
        --m_webhooksPending;
        m_context.emitError(error, {{QStringLiteral("channel"), QStringLiteral("webhook")},
                                    {QStringLiteral("ruleId"), ruleId},
                                    {QStringLiteral("alertId"), alertId}});
    });
    AlertmanagerNotifier *manager = m_notifiers->alertmanager();
    QObject::connect(manager, &AlertmanagerNotifier::delivered, m_notifiers, [this](const QUrl &base, int count) {
        m_alertmanagerPending = false;
        m_context.emitEvent(QStringLiteral("notified"), {{QStringLiteral("channel"), QStringLiteral("alertmanager")},
                                                          {QStringLiteral("url"), Redact::url(base)},
                                                          {QStringLiteral("count"), count}});
    });
    QObject::connect(manager, &AlertmanagerNotifier::failed, m_notifiers, [this](const QUrl &base, const QString &error) {
        m_alertmanagerPending = false;
        m_context.emitError(error, {{QStringLiteral("channel"), QStringLiteral("alertmanager")},
                                    {QStringLiteral("url"), Redact::url(base)}});
    });
}

void CliAlerts::setRules(const QList<AlertRule> &rules)
{
    m_rules = rules;
    m_engine->setRules(rules);
    if (m_notifiers)
        m_notifiers->setRules(rules);
    m_context.emitEvent(QStringLiteral("rules"), {{QStringLiteral("count"), int(rules.size())}});
}

void CliAlerts::onAlert(const Alert &alert)
{
    QJsonObject fields = alertEventFields(alert);
    if (!m_notifiers)
        fields.insert(QStringLiteral("dryRun"), true);
    m_context.emitEvent(QStringLiteral("alert"), fields);

    ++m_total;
    RuleStats &s = m_stats[alert.ruleId];
    if (s.count == 0) {
        s.firstMs = alert.timestampMs;
        s.firstValue = s.minValue = s.maxValue = alert.value;
    }
    ++s.count;
    s.lastMs = alert.timestampMs;
    s.lastValue = alert.value;
    s.minValue = std::min(s.minValue, alert.value);
    s.maxValue = std::max(s.maxValue, alert.value);
    if (s.values.size() < MaxSummaryValues)
        s.values.append(alert.value);

    if (!m_notifiers)
        return;
    const auto rule = std::find_if(m_rules.cbegin(), m_rules.cend(), [&alert](const AlertRule &r) { return r.id == alert.ruleId; });
    if (rule == m_rules.cend())
        return;
    if (rule->sendsWebhook())
        ++m_webhooksPending;
    if (!m_notifiers->alertmanagerFor(*rule).isEmpty())
        m_alertmanagerPending = true;
    m_notifiers->alertRaised(alert, *rule);
}

int CliAlerts::pendingNotifications() const
{
    if (!m_notifiers)
        return 0;
    const bool alertmanagerBusy = m_alertmanagerPending || m_notifiers->alertmanager()->inFlight() > 0;
    return std::max(0, m_webhooksPending) + (alertmanagerBusy ? 1 : 0);
}

void CliAlerts::whenSettled(int timeoutMs, std::function<void()> done)
{
    if (pendingNotifications() == 0) {
        done();
        return;
    }
    auto *poll = new QTimer(m_engine);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto idlePolls = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, m_engine, [this, poll, clock, idlePolls, timeoutMs, done] {
        const int pending = pendingNotifications();
        // Idle twice in a row: a post that follows a delivered one (changes made while it was
        // in flight) starts on the next event-loop turn.
        *idlePolls = pending > 0 ? 0 : *idlePolls + 1;
        if ((pending > 0 || *idlePolls < 2) && clock->elapsed() < timeoutMs)
            return;
        poll->stop();
        poll->deleteLater();
        if (pending > 0)
            m_context.emitError(QStringLiteral("%1 notification(s) still pending after %2 s").arg(pending).arg(timeoutMs / 1000),
                                {{QStringLiteral("pending"), pending}});
        done();
    });
    poll->start(20);
}

void CliAlerts::finishWithSummary(const QJsonObject &extra)
{
    m_engine->tick();
    QJsonObject fields = summary();
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        fields.insert(it.key(), it.value());
    m_context.emitEvent(QStringLiteral("summary"), fields);
    CliContext &context = m_context;
    whenSettled(DrainMs, [&context, extra] {
        context.emitEvent(QStringLiteral("done"), extra);
        context.finish(ExitDone);
    });
}

QJsonObject CliAlerts::summary() const
{
    QJsonArray rules;
    for (const AlertRule &rule : m_rules) {
        const RuleStats s = m_stats.value(rule.id);
        QJsonObject r{{QStringLiteral("ruleId"), rule.id},
                      {QStringLiteral("rule"), rule.name},
                      {QStringLiteral("ruleKind"), AlertRule::kindId(rule.kind)},
                      {QStringLiteral("enabled"), rule.enabled},
                      {QStringLiteral("count"), s.count}};
        // How long the rule had no data (connections down, billing stopped, paused, silent).
        const RuleStatus status = m_engine->status(rule.id);
        r.insert(QStringLiteral("blindMs"), status.blindTotalMs);
        if (status.blind)
            r.insert(QStringLiteral("blindReason"), status.blindReason);
        if (s.count > 0) {
            QJsonArray values;
            for (double v : s.values)
                values.append(v);
            r.insert(QStringLiteral("firstMs"), s.firstMs);
            r.insert(QStringLiteral("lastMs"), s.lastMs);
            r.insert(QStringLiteral("firstValue"), s.firstValue);
            r.insert(QStringLiteral("lastValue"), s.lastValue);
            r.insert(QStringLiteral("minValue"), s.minValue);
            r.insert(QStringLiteral("maxValue"), s.maxValue);
            r.insert(QStringLiteral("values"), values);
            if (s.count > s.values.size())
                r.insert(QStringLiteral("valuesTruncated"), true);
        }
        rules.append(r);
    }
    return {{QStringLiteral("dryRun"), m_notifiers == nullptr},
            {QStringLiteral("alerts"), m_total},
            {QStringLiteral("rules"), rules}};
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
    parser.addOption({QStringLiteral("dry-run"),
                      QStringLiteral("Evaluate the rules exactly as a normal run but notify no one (no webhook, no "
                                     "Alertmanager): print each would-be alert and, with --replay, a summary per rule.")});
    parser.addOption({QStringLiteral("context-sec"),
                      QStringLiteral("Each alert carries the events of this many seconds before it that touch its subject, "
                                     "from every provider (its \"context\"); 0: none."),
                      QStringLiteral("N"), QString::number(AlertContext::DefaultWindowSec)});
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
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    auto *feeds = new AlertFeeds(qApp);
    // One engine, one path: a dry run differs from a normal run only in having no notifiers.
    auto *alerting = new CliAlerts(context, feeds, !dryRun);
    AlertEngine *engine = alerting->engine();
    alerting->setRules(rules);

    if (parser.isSet(QStringLiteral("replay"))) {
        bool ok = false;
        const double speed = parser.value(QStringLiteral("speed")).toDouble(&ok);
        if (!ok || speed < 0) {
            context.emitError(QStringLiteral("--speed takes 0 (full speed) or a positive factor"));
            return ExitUsage;
        }
        // The same replay as the Alerts page's dry run (AlertReplay): one path, one result.
        auto *replay = new AlertReplay(feeds, engine, qApp);
        if (!replay->load(parser.value(QStringLiteral("replay")))) {
            context.emitError(replay->error());
            return ExitUsage;
        }
        if (!replay->observationProblem().isEmpty())
            context.emitError(QStringLiteral("%1: only connection rules apply").arg(replay->observationProblem()));
        QObject::connect(replay, &AlertReplay::finished, replay, [alerting, replay] {
            alerting->finishWithSummary({{QStringLiteral("frames"), replay->deliveredFrames()}});
        });
        replay->start(rules, speed);
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
    tick->start(AlertReplay::TickIntervalMs); // as a replay ticks on its clock
    // At the end of --duration: the summary, then the notifications in flight, then "done",
    // as at the end of a replay.
    context.setWrapUp([alerting, tick] {
        tick->stop();
        alerting->finishWithSummary();
    });
    return ExitRunning;
}
