#include "profilesessions.h"

#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/profilestore.h"

#include <QTimer>

ProfileSessions::ProfileSessions(Provider::Kind kind, ProfileStore *profiles, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_profiles(profiles)
    , m_keys(keys)
{
}

ProfileSessions::~ProfileSessions() = default;

void ProfileSessions::setHandlers(Start start, Stop stop)
{
    m_start = std::move(start);
    m_stop = std::move(stop);
}

void ProfileSessions::setFilter(Filter filter)
{
    m_filter = std::move(filter);
}

void ProfileSessions::setKeyFailureHandler(KeyFailed failed)
{
    m_keyFailed = std::move(failed);
}

void ProfileSessions::useChosenProfile()
{
    if (m_chosenMode)
        return;
    m_chosenMode = true;
    follow();
    updateChoices();
}

void ProfileSessions::start()
{
    if (m_following)
        return;
    m_following = true;
    follow();
    for (const Profile &p : m_profiles->profilesOfKind(m_kind))
        onAdded(p.id);
}

void ProfileSessions::follow()
{
    if (m_watching)
        return;
    m_watching = true;
    connect(m_profiles, &ProfileStore::profileAdded, this, &ProfileSessions::onAdded);
    connect(m_profiles, &ProfileStore::profileChanged, this, &ProfileSessions::onChanged);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &ProfileSessions::onRemoved);
    // The profile editor saves the profile first and its key second: the key's arrival
    // (or removal) is a change of the profile like any other.
    connect(m_keys, &KeyStore::keyWritten, this, &ProfileSessions::onKeyChanged);
    connect(m_keys, &KeyStore::keyRemoved, this, &ProfileSessions::onKeyChanged);
}

void ProfileSessions::updateChoices()
{
    if (!m_chosenMode)
        return;
    const QList<Profile> all = m_profiles->profilesOfKind(m_kind);
    QVariantList list;
    bool chosenExists = false;
    for (const Profile &p : all) {
        list << QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("demo"), p.demo}};
        chosenExists = chosenExists || p.id == m_chosen;
    }
    const bool hadNone = m_choices.isEmpty();
    if (list != m_choices) {
        m_choices = list;
        Q_EMIT choicesChanged();
    }
    const QString first = all.isEmpty() ? QString() : all.first().id;
    if (!m_chosen.isEmpty() && !chosenExists)
        setChosen(first); // the chosen profile is gone
    else if (m_chosen.isEmpty() && hadNone)
        setChosen(first); // the kind's first profile
}

void ProfileSessions::setChosen(const QString &profileId)
{
    if (!m_chosenMode || profileId == m_chosen)
        return;
    if (!profileId.isEmpty() && !profile(profileId))
        return; // not a profile of the kind
    m_chosen = profileId;
    Q_EMIT chosenChanged();
    refresh();
}

bool ProfileSessions::needsRestart(const Profile &before, const Profile &after)
{
    // The name labels the connection (Connections page, logs), so it is part of it too.
    return before.url != after.url || before.auth != after.auth || before.tier != after.tier
           || before.options != after.options || before.name != after.name;
}

bool ProfileSessions::admits(const Profile &profile) const
{
    return (!m_chosenMode || profile.id == m_chosen) && (!m_filter || m_filter(profile));
}

void ProfileSessions::onAdded(const QString &id)
{
    // A first profile becomes the chosen one before it is considered for running.
    updateChoices();
    if (!m_following)
        return;
    const std::optional<Profile> p = m_profiles->profile(id);
    if (!p || p->kind != m_kind || m_entries.contains(id))
        return;
    Entry entry;
    entry.profile = *p;
    m_entries.insert(id, entry);
    Q_EMIT added(*p);
    if (admits(*p))
        run(id);
}

void ProfileSessions::onChanged(const QString &id)
{
    if (!m_following) {
        updateChoices(); // a rename, or a profile that changed kind
        return;
    }
    const std::optional<Profile> p = m_profiles->profile(id);
    if (!p || p->kind != m_kind) {
        onRemoved(id);
        return;
    }
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        onAdded(id);
        return;
    }
    updateChoices(); // a rename
    const Profile before = it->profile;
    it->profile = *p;
    const bool running = it->running;
    if (running != admits(*p)) {
        running ? halt(id) : run(id);
    } else if (running && needsRestart(before, *p)) {
        restart(id);
    } else {
        Q_EMIT edited(*p);
    }
}

void ProfileSessions::onRemoved(const QString &id)
{
    if (m_entries.contains(id)) {
        halt(id);
        m_entries.remove(id);
        Q_EMIT removed(id);
    }
    // A removed chosen profile hands over to the first remaining one.
    updateChoices();
}

void ProfileSessions::onKeyChanged(const QString &id)
{
    if (m_following)
        restart(id);
}

void ProfileSessions::refresh()
{
    for (const QString &id : m_entries.keys()) {
        const Entry &e = m_entries[id];
        if (e.running != admits(e.profile))
            e.running ? halt(id) : run(id);
    }
}

void ProfileSessions::restart(const QString &id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || !admits(it->profile))
        return;
    halt(id);
    run(id);
}

void ProfileSessions::run(const QString &id)
{
    Entry &e = m_entries[id];
    e.running = true;
    const int ticket = e.ticket = ++m_lastTicket;
    Q_EMIT changed(id);
    // The one stale-reply guard: only the newest read of a running profile may start it.
    QPointer<ProfileSessions> self(this);
    auto current = [self, id, ticket] {
        return self && self->m_entries.contains(id) && self->m_entries.value(id).ticket == ticket;
    };
    if (e.profile.auth == Auth::Method::None) {
        QTimer::singleShot(0, this, [this, id, current] {
            if (current())
                begin(id, QString());
        });
        return;
    }
    m_keys->keyForProfile(e.profile, [self, id, current](const KeyStore::Result &result) {
        if (!current())
            return;
        if (result.ok())
            self->begin(id, result.key);
        else
            self->failKey(id, result);
    });
}

void ProfileSessions::begin(const QString &id, const QString &key)
{
    Entry &e = m_entries[id];
    e.started = true;
    const Started started = m_start ? m_start(e.profile, key) : Started();
    Connection *connection = started.connection;
    e.connection = connection;
    if (connection) {
        ConnectionRegistry::instance()->add(connection, Provider::toId(m_kind), started.observations);
        connect(connection, &Connection::stateChanged, this, [this, id] { Q_EMIT changed(id); });
    }
    Q_EMIT changed(id);
}

void ProfileSessions::failKey(const QString &id, const KeyStore::Result &result)
{
    Entry &e = m_entries[id];
    if (m_keyFailed) {
        const Profile profile = e.profile;
        QPointer<ProfileSessions> self(this);
        m_keyFailed(profile, result);
        if (self)
            Q_EMIT self->changed(id);
        return;
    }
    const QString &reason = result.message;
    ConnectionConfig config = e.profile.connectionConfig(QString());
    config.autoReconnect = false;
    auto *connection = new Connection(config, this);
    e.keyFailure = connection;
    e.connection = connection;
    ConnectionRegistry::instance()->add(connection, Provider::toId(m_kind));
    connect(connection, &Connection::stateChanged, this, [this, id] { Q_EMIT changed(id); });
    // A connection only reaches Failed from an attempt; this one ends before its socket
    // gets anywhere, so no request without a key leaves the machine.
    connection->open();
    connection->fail(Failure::Kind::Auth, reason);
    // Connect on the Connections page: read the key again rather than try without one.
    connect(connection, &Connection::stateChanged, this, [this, id](Connection::State state) {
        if (state == Connection::State::Connecting)
            QTimer::singleShot(0, this, [this, id] { restart(id); });
    });
}

void ProfileSessions::halt(const QString &id)
{
    Entry &e = m_entries[id];
    const bool clientStarted = e.started;
    e.started = false;
    e.running = false;
    e.ticket = 0;
    if (e.keyFailure) {
        e.keyFailure->disconnect(this);
        e.keyFailure->deleteLater();
        e.keyFailure = nullptr;
    }
    if (e.connection)
        e.connection->disconnect(this);
    e.connection = nullptr;
    if (clientStarted && m_stop)
        m_stop(id);
    Q_EMIT changed(id);
}

QList<Profile> ProfileSessions::profiles() const
{
    QList<Profile> out;
    for (const Profile &p : m_profiles->profilesOfKind(m_kind)) {
        if (m_entries.contains(p.id))
            out << m_entries.value(p.id).profile;
    }
    return out;
}

std::optional<Profile> ProfileSessions::profile(const QString &profileId) const
{
    const auto it = m_entries.constFind(profileId);
    if (it != m_entries.constEnd())
        return it->profile;
    // Before start() (a chosen profile's page reads it early) the store answers.
    std::optional<Profile> p = m_profiles->profile(profileId);
    if (!p || p->kind != m_kind)
        return std::nullopt;
    return p;
}

bool ProfileSessions::isRunning(const QString &profileId) const
{
    return m_entries.value(profileId).running;
}

Connection *ProfileSessions::connection(const QString &profileId) const
{
    const auto it = m_entries.constFind(profileId);
    return it == m_entries.constEnd() ? nullptr : it->connection.data();
}

QString ProfileSessions::problem(const QString &profileId) const
{
    const auto it = m_entries.constFind(profileId);
    if (it == m_entries.constEnd() || !it->connection)
        return {};
    const Connection *c = it->connection;
    const bool stuck = c->state() == Connection::State::Failed
                       || (c->state() == Connection::State::Reconnecting && c->lastFailure() == Failure::Kind::Limit);
    if (!stuck || c->reason().isEmpty())
        return {};
    return tr("%1: %2").arg(it->profile.name, c->reason());
}

QString ProfileSessions::firstProblem() const
{
    for (const Profile &p : profiles()) {
        const QString why = problem(p.id);
        if (!why.isEmpty())
            return why;
    }
    return {};
}
