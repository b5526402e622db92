#include "prediktworkspace.h"

#include "core/profilesessions.h"
#include "app/workspaces.h"
#include "core/keystore.h"
#include "core/profilestore.h"
#include "providers/predikt/prediktcodec.h"

#include <QCoreApplication>
#include <QJSEngine>

void startPrediktWorkspace()
{
    PrediktWorkspace::instance()->start();
}

PrediktWorkspace *PrediktWorkspace::instance()
{
    static PrediktWorkspace *workspace = new PrediktWorkspace(ProfileStore::instance(), KeyStore::instance(), qApp);
    return workspace;
}

PrediktWorkspace *PrediktWorkspace::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

PrediktWorkspace::PrediktWorkspace(ProfileStore *profiles, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_run(new ProfileSessions(Provider::Kind::Predikt, profiles, keys, this))
{
    m_run->setHandlers(
        [this](const Profile &p, const QString &key) {
            PrediktSession *s = session(p.id);
            return s ? s->startClient(p, key) : ProfileSessions::Started();
        },
        [this](const QString &id) {
            if (PrediktSession *s = session(id))
                s->stopClient();
        });
    connect(m_run, &ProfileSessions::added, this, &PrediktWorkspace::addProfile);
    connect(m_run, &ProfileSessions::edited, this, &PrediktWorkspace::editProfile);
    connect(m_run, &ProfileSessions::removed, this, &PrediktWorkspace::removeProfile);
    connect(m_run, &ProfileSessions::changed, this, [this](const QString &id) {
        if (PrediktSession *s = session(id))
            s->setProblem(m_run->problem(id));
    });
}

PrediktWorkspace::~PrediktWorkspace() = default;

void PrediktWorkspace::start()
{
    m_run->start();
}

PrediktSession *PrediktWorkspace::session(const QString &profileId) const
{
    const int index = indexOf(profileId);
    return index < 0 ? nullptr : m_sessions.at(index);
}

PrediktSession *PrediktWorkspace::current() const
{
    return m_current >= 0 && m_current < m_sessions.size() ? m_sessions.at(m_current) : nullptr;
}

QStringList PrediktWorkspace::profileNames() const
{
    QStringList names;
    for (const PrediktSession *s : m_sessions)
        names << s->name();
    return names;
}

void PrediktWorkspace::setCurrentIndex(int index)
{
    if (index < 0 || index >= m_sessions.size() || index == m_current)
        return;
    m_current = index;
    Q_EMIT currentChanged();
}

int PrediktWorkspace::indexOf(const QString &id) const
{
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions.at(i)->profileId() == id)
            return i;
    }
    return -1;
}

void PrediktWorkspace::addProfile(const Profile &profile)
{
    const QString id = profile.id;
    auto *session = new PrediktSession(profile, this);
    connect(session, &PrediktSession::symbolsEdited, this,
            [this, id](const QStringList &symbols) { persistSymbols(id, symbols); });
    connect(session, &PrediktSession::reconnectRequested, this, [this, id] { m_run->restart(id); });
    // Real profiles come before demo ones, so a user's own profile is shown first.
    int at = int(m_sessions.size());
    if (!profile.demo) {
        at = 0;
        while (at < m_sessions.size() && !m_sessions.at(at)->demo())
            ++at;
    }
    PrediktSession *shown = current();
    m_sessions.insert(at, session);
    m_current = shown ? int(m_sessions.indexOf(shown)) : 0;
    if (!profile.demo && (!shown || shown->demo()))
        m_current = at;
    Q_EMIT sessionsChanged();
    Q_EMIT currentChanged();
}

void PrediktWorkspace::attachExternalClient(const Profile &shown, PrediktClient *client)
{
    if (!session(shown.id))
        addProfile(shown);
    session(shown.id)->adoptClient(client);
}

void PrediktWorkspace::detachExternalClient(const QString &id)
{
    if (PrediktSession *s = session(id))
        s->stopClient();
    removeProfile(id);
}

void PrediktWorkspace::editProfile(const Profile &profile)
{
    // Only the symbols can change without a restart (ProfileSessions restarts the rest).
    PrediktSession *s = session(profile.id);
    if (s && Predikt::normalizeSymbols(profile.subscriptions) != s->symbols())
        s->applySymbols(profile.subscriptions);
}

void PrediktWorkspace::removeProfile(const QString &id)
{
    const int index = indexOf(id);
    if (index < 0)
        return;
    PrediktSession *shown = current();
    PrediktSession *session = m_sessions.takeAt(index);
    m_current = shown == session ? (m_sessions.isEmpty() ? -1 : 0) : int(m_sessions.indexOf(shown));
    Q_EMIT sessionsChanged();
    Q_EMIT currentChanged();
    session->deleteLater();
}

void PrediktWorkspace::persistSymbols(const QString &profileId, const QStringList &symbols)
{
    std::optional<Profile> profile = m_profiles->profile(profileId);
    if (!profile || profile->demo || profile->subscriptions == symbols)
        return;
    profile->subscriptions = symbols;
    m_profiles->upsert(*profile);
}
