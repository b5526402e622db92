// RelayLink: NATS → durable consumer → RelayFeed → the provider workspaces, on the GUI thread.

#include "relaylink.h"

#include "alerts/alertcenter.h"
#include "app/conyr/conyrworkspace.h"
#include "app/predikt/prediktworkspace.h"
#include "app/tweets/tweetsworkspace.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/logging.h"
#include "core/observation.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrobservations.h"
#include "providers/predikt/prediktclient.h"
#include "providers/predikt/prediktobservations.h"
#include "providers/tweets/tweetsclient.h"
#include "providers/tweets/tweetsobservations.h"
#include "relay/jetstreamconsumer.h"
#include "relay/kvbucket.h"
#include "relay/natsclient.h"
#include "relay/relayfeed.h"
#include "relay/relayprofile.h"
#include "relay/sharedrules.h"

#include <QLocale>
#include <QSettings>

namespace {
constexpr int ConsumerRetryMs = 1000;
constexpr int DetailsMs = 1000;
constexpr int RulesRetryMs = 5000;
} // namespace

RelayLink::RelayLink(const Profile &profile, RelayTargets targets, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_targets(targets)
{
    ConnectionConfig config = m_profile.connectionConfig(QString());
    config.autoReconnect = false;
    config.pingIntervalMs = 0;
    config.external = true; // its state is the relay's (setState), never a socket's
    m_link = new Connection(config, this);
    m_observations = new ObservationSource(this);
    ConnectionRegistry::instance()->add(m_link, Provider::toId(Provider::Kind::Relay), m_observations);
    // Connect and Disconnect on the row (or the profile's card) act on the relay. Queued:
    // the workspace deletes this link when it starts the profile anew.
    connect(m_link, &Connection::openRequested, this, [this] { QTimer::singleShot(0, this, &RelayLink::connectRequested); });
    connect(m_link, &Connection::closeRequested, this, &RelayLink::stop);
    m_retry.setInterval(ConsumerRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &RelayLink::startConsumer);
    m_tick.setInterval(DetailsMs);
    connect(&m_tick, &QTimer::timeout, this, &RelayLink::publishDetails);

    // The feed exists from the start (its clients appear with the first messages).
    m_feed = new RelayFeed(this);
    m_feed->setIdentity(m_profile.name, m_profile.id);
    const QStringList subjects = RelayProfile::subjects(m_profile);
    if (subjects.size() > 1)
        m_feed->setSubjects(subjects);

    // The feed's connections show the link's state while it is not following, and their
    // Connect and Disconnect act on the link, like the link's own row.
    m_feed->setLinkState(connectionState(m_state));
    connect(m_feed, &RelayFeed::openRequested, this, [this] { QTimer::singleShot(0, this, &RelayLink::connectRequested); });
    connect(m_feed, &RelayFeed::closeRequested, this, &RelayLink::stop);
    connect(m_feed, &RelayFeed::conyrClientCreated, this, &RelayLink::onConyr);
    connect(m_feed, &RelayFeed::prediktClientCreated, this, &RelayLink::onPredikt);
    connect(m_feed, &RelayFeed::tweetsClientCreated, this, &RelayLink::onTweets);
    connect(m_feed, &RelayFeed::gapReported, this, [this](const RelayGap &gap) {
        ++m_gaps;
        m_lastProblem = tr("%1/%2: %3").arg(gap.provider, gap.source, gap.reason);
        Q_EMIT changed();
    });
    connect(m_feed, &RelayFeed::malformedMessage, this, [this](const QString &subject, const QString &reason) {
        m_lastProblem = tr("Skipped a message on %1: %2").arg(subject.isEmpty() ? tr("an unknown subject") : subject, reason);
        qCWarning(lcConnection).noquote() << m_profile.name << Redact::text(m_lastProblem);
    });
}

RelayLink::~RelayLink()
{
    if (m_nats)
        m_nats->disconnect(this);
    detachAll();
    delete m_consumer; // before the NATS connection it reads from
    m_consumer = nullptr;
    delete m_sharedRules;
    m_sharedRules = nullptr;
    delete m_bucket; // stops its watcher thread, before the connection goes
    m_bucket = nullptr;
    delete m_nats;
    m_nats = nullptr;
}

QString RelayLink::attachedId(const QString &profileId, const QString &provider, const QString &source)
{
    return profileId + QLatin1Char('/') + provider + QLatin1Char('/') + source;
}

QString RelayLink::settingsGroup(const QString &profileId)
{
    return QStringLiteral("relay/%1").arg(profileId);
}

QString RelayLink::positionKey(const QString &profileId)
{
    return settingsGroup(profileId) + QStringLiteral("/position");
}

std::optional<NatsSettings> RelayLink::connectionSettings() const
{
    if (!m_nats)
        return std::nullopt;
    return m_nats->settings();
}

void RelayLink::start(const QString &secret)
{
    m_nats = new NatsClient(this);
    m_consumer = new JetStreamConsumer(m_nats, this);
    m_consumer->setResumeAfter(QSettings().value(positionKey(m_profile.id)).toULongLong());
    // Applied on this (the GUI) thread: the feed's clients update their models before the
    // consumer acknowledges (JetStreamConsumer acks when messagesReceived() has returned).
    connect(m_consumer, &JetStreamConsumer::messagesReceived, m_feed, &RelayFeed::apply);
    connect(m_consumer, &JetStreamConsumer::batchApplied, this, [this](quint64 seq) {
        QSettings().setValue(positionKey(m_profile.id), seq);
    });
    connect(m_consumer, &JetStreamConsumer::startFinished, this, &RelayLink::onConsumerStarted);
    connect(m_nats, &NatsClient::stateChanged, this, &RelayLink::onNatsState);
    connect(m_nats, &NatsClient::problem, this, [this](const QString &message) {
        m_lastProblem = message;
        Q_EMIT changed();
    });

    const QString bucket = RelayProfile::rulesBucket(m_profile);
    if (!bucket.isEmpty()) {
        m_bucket = new KvBucket(m_nats, this);
        m_sharedRules = new SharedRules(m_bucket, this);
        connect(m_sharedRules, &SharedRules::rulesChanged, this, [this](const QList<AlertRule> &rules) {
            if (m_targets.alerts)
                m_targets.alerts->setSharedRules(m_profile.id, sharedRulesFrom(), rules);
            Q_EMIT changed();
        });
        connect(m_sharedRules, &SharedRules::ruleRejected, this, [this](const QString &key, const QString &reason) {
            m_lastProblem = tr("The shared rule %1 in the bucket %2 is ignored: %3")
                                .arg(key, RelayProfile::rulesBucket(m_profile), reason);
            qCWarning(lcConnection).noquote() << m_profile.name << Redact::text(m_lastProblem);
            if (m_targets.alerts)
                m_targets.alerts->reportProblem(m_lastProblem);
            Q_EMIT changed();
        });
        connect(m_bucket, &KvBucket::watchStarted, this, [this](bool ok, const QString &why) {
            m_rulesWatched = ok;
            if (ok)
                return;
            // The bucket may not exist yet (the team creates it with its first rule).
            m_lastProblem = tr("Shared rules: %1 (tried again every %2 s)").arg(why).arg(RulesRetryMs / 1000);
            m_rulesRetry.start();
            Q_EMIT changed();
        });
        m_rulesRetry.setSingleShot(true);
        m_rulesRetry.setInterval(RulesRetryMs);
        connect(&m_rulesRetry, &QTimer::timeout, this, &RelayLink::startRules);
    }

    // The first attempt runs off this (the GUI) thread: a relay host that does not answer
    // must not freeze the window for the connect timeout.
    connect(m_nats, &NatsClient::firstAttemptDone, this, &RelayLink::onNatsState);
    QString error;
    const NatsSettings settings = RelayProfile::natsSettings(m_profile, secret);
    if (!m_nats->openInBackground(settings, &error)) {
        failLink(error);
        return;
    }
    m_tick.start();
    onNatsState();
}

void RelayLink::fail(const QString &reason)
{
    failLink(reason);
}

void RelayLink::failLink(const QString &reason)
{
    // The row goes to Failed with the reason (setState), like a provider connection whose
    // key could not be read.
    setState(State::Failed, reason);
}

void RelayLink::stop()
{
    m_retry.stop();
    m_tick.stop();
    m_rulesRetry.stop();
    setState(State::Disconnected, tr("Disconnected"));
    // The shared rules stay as they were last seen (they are the team's rules, not the
    // relay's data); the watch ends with the connection.
    if (m_bucket)
        m_bucket->stopWatching();
    m_rulesWatched = false;
    if (m_consumer)
        m_consumer->stop(); // what was applied is acknowledged; the rest is delivered again later
    if (m_nats)
        m_nats->close();
}

void RelayLink::onNatsState()
{
    if (!m_nats || m_state == State::Disconnected || m_state == State::Failed)
        return;
    switch (m_nats->state()) {
    case NatsClient::State::Idle:
    case NatsClient::State::Connecting:
        if (m_nats->firstAttemptFailed())
            setState(State::Reconnecting, tr("The first connection to %1 failed; retrying until it works").arg(m_nats->serverUrl()));
        else
            setState(State::Connecting, tr("Connecting to %1 (retrying until it answers)").arg(m_nats->serverUrl()));
        break;
    case NatsClient::State::Connected:
        startConsumer();
        startRules();
        break;
    case NatsClient::State::Reconnecting:
        m_retry.stop();
        setState(State::Reconnecting, m_nats->lastError().isEmpty()
                                           ? tr("The NATS connection was lost; reconnecting")
                                           : tr("The NATS connection was lost (%1); reconnecting").arg(m_nats->lastError()));
        break;
    case NatsClient::State::Closed:
        // The library gave up (e.g. the server refused the credentials again and again):
        // only the user can fix that.
        m_retry.stop();
        // libnats reports a refused login only as "no server available" in the end.
        failLink(m_nats->lastError().isEmpty()
                     ? tr("The NATS connection closed. Check the URL and the credentials.")
                     : tr("The NATS connection closed (%1). Check the URL and the credentials.").arg(m_nats->lastError()));
        break;
    }
}

void RelayLink::startConsumer()
{
    if (!m_consumer || !m_nats || m_nats->state() != NatsClient::State::Connected)
        return;
    if (m_consumer->isRunning()) {
        // A reconnect keeps the subscription: the library re-establishes it.
        setState(State::Following);
        return;
    }
    if (m_consumer->isStarting())
        return; // onConsumerStarted() follows
    // The lookup (and creation) of the durable consumer is a few JetStream API requests,
    // each up to the JetStream timeout: off this (the GUI) thread, like the connect.
    m_retry.stop();
    const RelayConsumerSpec spec = RelayProfile::consumerSpec(m_profile);
    // A retry keeps saying why the last attempt failed.
    if (m_state != State::Waiting)
        setState(State::Connecting, tr("Connected to %1; looking up the durable consumer %2 on stream %3")
                                        .arg(m_nats->serverUrl(), spec.durable, spec.stream));
    m_consumer->startInBackground(spec);
}

void RelayLink::onConsumerStarted(bool ok, const QString &why)
{
    // stop() and the link's end drop a pending result in the consumer; this is the current one.
    if (m_state == State::Disconnected || m_state == State::Failed)
        return;
    if (!ok) {
        if (!m_nats || m_nats->state() != NatsClient::State::Connected)
            return; // the connection went away meanwhile: tried again when it is back
        // The relay may come up later than its desktops (no stream yet): tried every second.
        setState(State::Waiting, tr("Waiting for the relay's stream: %1").arg(why));
        m_retry.start();
        return;
    }
    m_retry.stop();
    if (m_consumer->createdConsumer())
        QSettings().setValue(positionKey(m_profile.id), m_consumer->position());
    // Lost meanwhile: the library re-establishes the subscription, onNatsState() follows.
    if (m_nats && m_nats->state() == NatsClient::State::Connected)
        setState(State::Following);
}

void RelayLink::startRules()
{
    if (!m_sharedRules || m_rulesWatched || m_bucket->isStarting() || !m_nats
        || m_nats->state() != NatsClient::State::Connected || m_state == State::Disconnected || m_state == State::Failed)
        return;
    m_rulesRetry.stop();
    m_sharedRules->startInBackground(RelayProfile::rulesBucket(m_profile));
}

QList<AlertRule> RelayLink::sharedRules() const
{
    return m_sharedRules ? m_sharedRules->rules() : QList<AlertRule>();
}

QString RelayLink::sharedRulesFrom() const
{
    return tr("bucket %1 · %2").arg(RelayProfile::rulesBucket(m_profile), m_profile.name);
}

void RelayLink::setState(State state, const QString &reason)
{
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    m_link->setExternalState(connectionState(state), reason);
    m_feed->setLinkState(connectionState(state), reason);
    publishDetails();
    Q_EMIT changed();
}

Connection::State RelayLink::connectionState(State state)
{
    switch (state) {
    case State::Idle: return Connection::State::Idle;
    // NATS answers but the relay's stream is not there yet: on its way, not broken.
    case State::Connecting:
    case State::Waiting: return Connection::State::Connecting;
    case State::Following: return Connection::State::Open;
    case State::Reconnecting: return Connection::State::Reconnecting;
    case State::Disconnected: return Connection::State::Closed;
    case State::Failed: return Connection::State::Failed;
    }
    return Connection::State::Idle;
}

QString RelayLink::stateText() const
{
    switch (m_state) {
    case State::Idle: return tr("Idle");
    case State::Connecting: return tr("Connecting");
    case State::Waiting: return tr("Waiting for the stream");
    case State::Following: return tr("Following");
    case State::Reconnecting: return tr("Reconnecting");
    case State::Disconnected: return tr("Disconnected");
    case State::Failed: return tr("Failed");
    }
    return {};
}

quint64 RelayLink::position() const
{
    return m_consumer ? m_consumer->position() : 0;
}

quint64 RelayLink::pending() const
{
    return m_consumer ? m_consumer->pending() : 0;
}

qint64 RelayLink::received() const
{
    return m_consumer ? m_consumer->received() : 0;
}

qint64 RelayLink::malformed() const
{
    return m_feed ? m_feed->malformed() : 0;
}

QString RelayLink::details() const
{
    const RelayConsumerSpec spec = RelayProfile::consumerSpec(m_profile);
    const QLocale locale;
    const QString positionText = locale.toString(position());
    const QString pendingText = locale.toString(pending());
    return tr("Stream %1 · position %2 · %3 pending").arg(spec.stream, positionText, pendingText);
}

void RelayLink::publishDetails()
{
    ConnectionRegistry::instance()->setSessionDetails(m_link, details());
    Q_EMIT changed();
}

QVariantMap RelayLink::status() const
{
    const RelayConsumerSpec spec = RelayProfile::consumerSpec(m_profile);
    // The row's dot and colours speak Connection::State: the registry row's own state.
    const Connection::State shown = connectionState(m_state);
    return {
        {QStringLiteral("state"), int(m_state)},
        {QStringLiteral("connectionState"), int(shown)},
        {QStringLiteral("stateName"), stateText()},
        {QStringLiteral("reason"), m_reason},
        {QStringLiteral("active"), m_state != State::Disconnected && m_state != State::Failed && m_state != State::Idle},
        {QStringLiteral("ok"), m_state == State::Following},
        {QStringLiteral("trouble"), m_state == State::Failed || m_state == State::Reconnecting},
        {QStringLiteral("position"), double(position())},
        {QStringLiteral("pending"), double(pending())},
        {QStringLiteral("received"), double(received())},
        {QStringLiteral("malformed"), double(malformed())},
        {QStringLiteral("gaps"), double(m_gaps)},
        {QStringLiteral("skipped"), double(m_consumer ? m_consumer->skippedRedeliveries() : 0)},
        {QStringLiteral("reconnects"), m_nats ? m_nats->reconnects() : 0},
        {QStringLiteral("stream"), spec.stream},
        {QStringLiteral("durable"), spec.durable},
        {QStringLiteral("subjects"), RelayProfile::subjects(m_profile)},
        {QStringLiteral("sources"), double(m_attached.size())},
        {QStringLiteral("lastProblem"), m_lastProblem},
        {QStringLiteral("rulesBucket"), RelayProfile::rulesBucket(m_profile)},
        {QStringLiteral("sharedRules"), double(sharedRules().size())},
        {QStringLiteral("watchingRules"), m_rulesWatched},
    };
}

Profile RelayLink::shownProfile(Provider::Kind kind, const QString &provider, const QString &source) const
{
    Profile shown;
    shown.id = attachedId(m_profile.id, provider, source);
    shown.name = tr("%1 · %2 (relay)").arg(m_profile.name, source);
    shown.kind = kind;
    shown.url = m_profile.url;
    // The relay host holds the key and enforces its tier; a desktop shows what arrives.
    shown.tier = kind == Provider::Kind::Conyr ? QStringLiteral("enterprise") : QStringLiteral("ENTERPRISE");
    return shown;
}

void RelayLink::forward(ObservationSource *source)
{
    connect(source, &ObservationSource::observed, m_observations, &ObservationSource::publish);
}

void RelayLink::onConyr(const QString &source, ConyrClient *client)
{
    forward(ConyrObservations::attach(client));
    const Profile shown = shownProfile(Provider::Kind::Conyr, QStringLiteral("conyr"), source);
    m_attached << shown.id;
    if (m_targets.conyr)
        m_targets.conyr->attachExternalClient(shown, client);
    Q_EMIT changed();
}

void RelayLink::onPredikt(const QString &source, PrediktClient *client)
{
    forward(PrediktObservations::attach(client));
    const Profile shown = shownProfile(Provider::Kind::Predikt, QStringLiteral("predikt"), source);
    m_attached << shown.id;
    if (m_targets.predikt)
        m_targets.predikt->attachExternalClient(shown, client);
    Q_EMIT changed();
}

void RelayLink::onTweets(const QString &source, TweetsClient *client)
{
    forward(TweetsObservations::attach(client));
    const QString id = attachedId(m_profile.id, QStringLiteral("tweets"), source);
    m_attached << id;
    if (m_targets.tweets)
        m_targets.tweets->attachExternalClient(id, client);
    Q_EMIT changed();
}

void RelayLink::detachAll()
{
    for (const QString &id : std::as_const(m_attached)) {
        if (id.contains(QLatin1String("/conyr/")) && m_targets.conyr)
            m_targets.conyr->detachExternalClient(id);
        else if (id.contains(QLatin1String("/predikt/")) && m_targets.predikt)
            m_targets.predikt->detachExternalClient(id);
        else if (id.contains(QLatin1String("/tweets/")) && m_targets.tweets)
            m_targets.tweets->detachExternalClient(id);
    }
    m_attached.clear();
}
