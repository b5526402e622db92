// RelayWorkspace: relay profiles → key → RelayLink, and the relay answers QML asks for.

#include "relayworkspace.h"

#include "alerts/alertcenter.h"
#include "app/allium/alliumstreams.h"
#include "app/conyr/conyrworkspace.h"
#include "app/predikt/prediktworkspace.h"
#include "app/tweets/tweetsworkspace.h"
#include "app/workspaces.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/profilestore.h"
#include "providers/allium/alliumobservations.h"
#include "relay/consumerremoval.h"
#include "relay/relayfeed.h"
#include "relay/relayprofile.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>

void startRelayWorkspace()
{
    RelayWorkspace::instance()->start();
}

RelayWorkspace *RelayWorkspace::instance()
{
    static RelayWorkspace *workspace = new RelayWorkspace(
        ProfileStore::instance(), KeyStore::instance(),
        RelayTargets{ConyrWorkspace::instance(), PrediktWorkspace::instance(), TweetsWorkspace::instance(),
                     AlertCenter::instance()},
        qApp);
    workspace->setAlliumStreams(AlliumStreams::instance());
    return workspace;
}

RelayWorkspace *RelayWorkspace::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

RelayWorkspace::RelayWorkspace(ProfileStore *profiles, KeyStore *keys, RelayTargets targets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_targets(targets)
{
}

RelayWorkspace::~RelayWorkspace()
{
    stopAll();
}

void RelayWorkspace::start()
{
    if (m_following)
        return;
    m_following = true;
    connect(m_profiles, &ProfileStore::profileAdded, this, &RelayWorkspace::onChanged);
    connect(m_profiles, &ProfileStore::profileChanged, this, &RelayWorkspace::onChanged);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &RelayWorkspace::onRemoved);
    // The editor saves the profile first and its secret second: the secret's arrival (or
    // removal) starts the profile anew like any other change.
    connect(m_keys, &KeyStore::keyWritten, this, [this](const QString &id) {
        if (m_running.contains(id))
            run(id);
    });
    connect(m_keys, &KeyStore::keyRemoved, this, [this](const QString &id) {
        if (m_running.contains(id))
            run(id);
    });
    for (const Profile &p : m_profiles->profilesOfKind(Provider::Kind::Relay))
        run(p.id);
}

void RelayWorkspace::stopAll()
{
    const QStringList ids = m_links.keys();
    for (const QString &id : ids)
        halt(id);
}

void RelayWorkspace::onChanged(const QString &id)
{
    const std::optional<Profile> p = m_profiles->profile(id);
    if (!p || p->kind != Provider::Kind::Relay) {
        halt(id);
        return;
    }
    // Every part of a relay profile (URL, credentials, subjects, stream) is part of its
    // connection: any edit starts it anew; an unchanged one (a key notice) too.
    run(id);
}

void RelayWorkspace::halt(const QString &id)
{
    m_tickets.remove(id);
    m_running.remove(id);
    if (m_targets.alerts) // the profile (or its relay kind) is gone, and its shared rules with it
        m_targets.alerts->setSharedRules(id, QString(), {});
    if (RelayLink *link = m_links.take(id)) {
        delete link; // detaches its clients from the workspaces first
        Q_EMIT linksChanged();
    }
    if (m_alliumStreams)
        m_alliumStreams->detachExternalClients(RelayLink::attachedId(id, QStringLiteral("allium"), QString()));
    Q_EMIT statusChanged();
}

void RelayWorkspace::onRemoved(const QString &id)
{
    if (!m_running.contains(id)) {
        halt(id);
        return;
    }
    const Profile removed = m_running.value(id);
    const RelayLink *link = m_links.value(id);
    const std::optional<NatsSettings> settings = link ? link->connectionSettings() : std::nullopt;
    halt(id); // the profile is gone whatever the server says
    QSettings().remove(RelayLink::settingsGroup(id));

    const RelayConsumerSpec spec = RelayProfile::consumerSpec(removed);
    if (!settings) {
        // It never connected (no secret in the keychain): there are no credentials to use.
        Q_EMIT notice(tr("Profile \"%1\" never connected, so its durable consumer %2 may stay on the relay's server. "
                         "Remove it there: nats consumer rm %3 %2").arg(removed.name, spec.durable, spec.stream),
                      true);
        return;
    }
    auto *removal = new ConsumerRemoval(*settings, spec.stream, spec.durable, this);
    connect(removal, &ConsumerRemoval::finished, this, [this, name = removed.name](const ConsumerRemovalResult &result) {
        Q_EMIT notice(tr("Profile \"%1\" removed. %2").arg(name, result.message), !result.removed);
    });
    removal->start(m_removalGraceMs);
}

void RelayWorkspace::run(const QString &id)
{
    const std::optional<Profile> p = m_profiles->profile(id);
    if (!p)
        return;
    if (RelayLink *old = m_links.take(id))
        delete old;
    // The shared rules stay while the link starts anew (its watch delivers them again and
    // replaces them), unless the edit changed or cleared the bucket.
    if (m_targets.alerts && m_running.contains(id)
        && RelayProfile::rulesBucket(m_running.value(id)) != RelayProfile::rulesBucket(*p))
        m_targets.alerts->setSharedRules(id, QString(), {});
    m_running.insert(id, *p);
    auto *link = new RelayLink(*p, m_targets, this);
    m_links.insert(id, link);
    connect(link, &RelayLink::changed, this, &RelayWorkspace::statusChanged);
    connect(link->feed(), &RelayFeed::alliumClientCreated, this,
            [this, link](const QString &source, AlliumStreamClient *client) { onAllium(link, source, client); });
    // Queued: run() deletes the link that asked.
    connect(link, &RelayLink::connectRequested, this, [this, id] { run(id); }, Qt::QueuedConnection);
    const int ticket = ++m_lastTicket;
    m_tickets.insert(id, ticket);
    Q_EMIT linksChanged();
    Q_EMIT statusChanged();
    if (!RelayProfile::needsSecret(*p)) {
        link->start(QString());
        return;
    }
    // One stale-reply guard: only the newest read for a running profile may start it.
    QPointer<RelayWorkspace> self(this);
    m_keys->keyForProfile(*p, [self, id, ticket](const KeyStore::Result &result) {
        if (!self || self->m_tickets.value(id) != ticket)
            return;
        RelayLink *link = self->m_links.value(id);
        if (!link)
            return;
        if (result.ok() && !result.key.isEmpty())
            link->start(result.key);
        else
            link->fail(result.ok() ? RelayWorkspace::tr("The NATS credential in the keychain is empty.") : result.message);
    });
}

void RelayWorkspace::setAlliumStreams(AlliumStreams *streams)
{
    m_alliumStreams = streams;
}

void RelayWorkspace::onAllium(RelayLink *link, const QString &source, AlliumStreamClient *client)
{
    // The link's row carries the observations of everything it relays (RelayLink does the
    // same for its Conyr, Predikt and tweets clients).
    if (ObservationSource *row = ConnectionRegistry::instance()->observationsOf(link->connection()))
        connect(AlliumObservations::attach(client), &ObservationSource::observed, row, &ObservationSource::publish);
    if (m_alliumStreams) {
        const QString topic = client->topic().name();
        m_alliumStreams->attachExternalClient(
            RelayLink::attachedId(link->profile().id, QStringLiteral("allium"), source) + QLatin1Char('/') + topic,
            tr("%1 · %2 · %3 (relay)").arg(link->profile().name, source, topic), client);
    }
}

QVariantMap RelayWorkspace::status() const
{
    QVariantMap out;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        out.insert(it.key(), it.value()->status());
    return out;
}

QVariantMap RelayWorkspace::links() const
{
    QVariantMap out;
    for (auto it = m_links.cbegin(); it != m_links.cend(); ++it)
        out.insert(it.key(), QVariant::fromValue(static_cast<QObject *>(it.value())));
    return out;
}

QVariantMap RelayWorkspace::profileKind() const
{
    using K = Provider::Kind;
    return {
        {QStringLiteral("id"), Provider::toId(K::Relay)},
        {QStringLiteral("label"), Provider::label(K::Relay)},
        {QStringLiteral("url"), Provider::defaultUrl(K::Relay).toString()},
        {QStringLiteral("auth"), Auth::toId(Provider::defaultAuth(K::Relay))},
        {QStringLiteral("tiers"), QStringList()},
        {QStringLiteral("subjects"), RelayProfile::defaultSubjects()},
    };
}

QVariantMap RelayWorkspace::profileFields(const QString &profileId) const
{
    std::optional<Profile> p = m_profiles->profile(profileId);
    if (!p || p->kind != Provider::Kind::Relay) {
        Profile fresh;
        fresh.kind = Provider::Kind::Relay;
        return RelayProfile::editorFields(fresh);
    }
    return RelayProfile::editorFields(*p);
}

QString RelayWorkspace::problemOf(const QVariantMap &fields) const
{
    Profile p;
    p.kind = Provider::Kind::Relay;
    p.name = fields.value(QStringLiteral("name")).toString().trimmed();
    p.url = QUrl(fields.value(QStringLiteral("url")).toString().trimmed());
    p.options = fields.value(QStringLiteral("options")).toMap();
    const QVariant subs = fields.value(QStringLiteral("subscriptions"));
    const QStringList raw = subs.typeId() == QMetaType::QString
        ? subs.toString().split(QRegularExpression(QStringLiteral("[,\\n]")))
        : subs.toStringList();
    for (const QString &s : raw) {
        if (!s.trimmed().isEmpty())
            p.subscriptions << s.trimmed();
    }
    return p.problem();
}

QVariantList RelayWorkspace::authModes() const
{
    auto mode = [](const char *id, const QString &label, const QString &secret) {
        return QVariantMap{{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("label"), label},
                           {QStringLiteral("secretLabel"), secret}};
    };
    return {mode("none", tr("No credentials"), QString()),
            mode("user", tr("User and password"), tr("Password")),
            mode("token", tr("Token"), tr("Token")),
            mode("nkey", tr("NKey (public key and seed)"), tr("NKey seed"))};
}

QVariantMap RelayWorkspace::keyDialogText(const QString &profileId, const QString &profileName) const
{
    const std::optional<Profile> p = m_profiles->profile(profileId);
    if (!p || p->kind != Provider::Kind::Relay)
        return {};
    auto words = [&profileName](const QString &title, const QString &explanation, const QString &placeholder,
                                const QString &save, const QString &remove, const QString &enter,
                                const QString &replace) {
        return QVariantMap{{QStringLiteral("title"), title.arg(profileName)},
                           {QStringLiteral("explanation"), explanation},
                           {QStringLiteral("placeholder"), placeholder},
                           {QStringLiteral("save"), save},
                           {QStringLiteral("remove"), remove},
                           {QStringLiteral("enter"), enter},     // the profile card's button
                           {QStringLiteral("replace"), replace}};
    };
    // Whole sentences per kind: the words differ in gender in German (das Passwort, der Token).
    const QString mode = RelayProfile::authMode(*p);
    if (mode == QLatin1String("user")) {
        return words(tr("NATS password for %1"),
                     tr("The NATS password of the user %1 is stored in your system keychain under this profile and is "
                        "never shown again. Entering a new one replaces it.")
                         .arg(p->options.value(QLatin1String(RelayProfile::UserOption)).toString()),
                     tr("Paste the NATS password"), tr("Save password"), tr("Remove password"), tr("Enter password…"),
                     tr("Replace password…"));
    }
    if (mode == QLatin1String("token")) {
        return words(tr("NATS token for %1"),
                     tr("The NATS token is stored in your system keychain under this profile and is never shown again. "
                        "Entering a new one replaces it."),
                     tr("Paste the NATS token"), tr("Save token"), tr("Remove token"), tr("Enter token…"),
                     tr("Replace token…"));
    }
    if (mode == QLatin1String("nkey")) {
        return words(tr("NKey seed for %1"),
                     tr("The NKey seed (it starts with SU) is stored in your system keychain under this profile and is "
                        "never shown again; the public NKey stays in the profile. Entering a new one replaces it."),
                     tr("Paste the NKey seed (SU…)"), tr("Save seed"), tr("Remove seed"), tr("Enter seed…"),
                     tr("Replace seed…"));
    }
    return words(tr("NATS credential for %1"),
                 tr("This relay profile connects without credentials. To use a password, a token or an NKey, choose "
                    "it in the profile first; its secret is then stored in your system keychain."),
                 tr("Paste the NATS credential"), tr("Save credential"), tr("Remove credential"),
                 tr("Enter credential…"), tr("Replace credential…"));
}

bool RelayWorkspace::isRelay(const QString &profileId) const
{
    const std::optional<Profile> p = m_profiles->profile(profileId);
    return p && p->kind == Provider::Kind::Relay;
}

bool RelayWorkspace::needsSecret(const QString &profileId) const
{
    const std::optional<Profile> p = m_profiles->profile(profileId);
    return p && p->kind == Provider::Kind::Relay && RelayProfile::needsSecret(*p);
}

void RelayWorkspace::connectProfile(const QString &profileId)
{
    if (isRelay(profileId))
        run(profileId);
}

void RelayWorkspace::disconnectProfile(const QString &profileId)
{
    if (RelayLink *link = m_links.value(profileId))
        link->stop();
}
