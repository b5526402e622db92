#include "prediktworkspace.h"

#include "app/workspaces.h"
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
    static PrediktWorkspace *workspace = new PrediktWorkspace(qApp);
    return workspace;
}

PrediktWorkspace *PrediktWorkspace::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

PrediktWorkspace::PrediktWorkspace(QObject *parent)
    : QObject(parent)
{
}

PrediktWorkspace::~PrediktWorkspace() = default;

void PrediktWorkspace::start()
{
    if (m_started)
        return;
    m_started = true;
    ProfileStore *store = ProfileStore::instance();
    connect(store, &ProfileStore::profileAdded, this, &PrediktWorkspace::addProfile);
    connect(store, &ProfileStore::profileChanged, this, &PrediktWorkspace::changeProfile);
    connect(store, &ProfileStore::profileRemoved, this, &PrediktWorkspace::removeProfile);
    for (const Profile &p : store->profilesOfKind(Provider::Kind::Predikt))
        addProfile(p.id);
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

void PrediktWorkspace::addProfile(const QString &id)
{
    const std::optional<Profile> profile = ProfileStore::instance()->profile(id);
    if (!profile || profile->kind != Provider::Kind::Predikt || indexOf(id) >= 0)
        return;
    auto *session = new PrediktSession(*profile, this);
    connect(session, &PrediktSession::symbolsEdited, this,
            [this, id](const QStringList &symbols) { persistSymbols(id, symbols); });
    // Real profiles come before demo ones, so a user's own profile is shown first.
    int at = int(m_sessions.size());
    if (!profile->demo) {
        at = 0;
        while (at < m_sessions.size() && !m_sessions.at(at)->demo())
            ++at;
    }
    PrediktSession *shown = current();
    m_sessions.insert(at, session);
    m_current = shown ? int(m_sessions.indexOf(shown)) : 0;
    if (!profile->demo && (!shown || shown->demo()))
        m_current = at;
    Q_EMIT sessionsChanged();
    Q_EMIT currentChanged();
    session->start();
}

void PrediktWorkspace::changeProfile(const QString &id)
{
    const int index = indexOf(id);
    const std::optional<Profile> profile = ProfileStore::instance()->profile(id);
    if (index < 0) {
        addProfile(id);
        return;
    }
    if (!profile || profile->kind != Provider::Kind::Predikt) {
        removeProfile(id);
        return;
    }
    PrediktSession *session = m_sessions.at(index);
    if (!PrediktSession::needsRestart(session->profile(), *profile)) {
        if (Predikt::normalizeSymbols(profile->subscriptions) != session->symbols())
            session->applySymbols(profile->subscriptions);
        return;
    }
    removeProfile(id);
    addProfile(id);
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
    std::optional<Profile> profile = ProfileStore::instance()->profile(profileId);
    if (!profile || profile->demo || profile->subscriptions == symbols)
        return;
    profile->subscriptions = symbols;
    ProfileStore::instance()->upsert(*profile);
}
