#include "genericworkspace.h"

#include "app/profilesessions.h"
#include "core/connection.h"

GenericWorkspace::GenericWorkspace(ProfileStore *profiles, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_sessions(new ProfileSessions(Provider::Kind::Generic, profiles, keys, this))
{
    // The demo stream is run by the AppController.
    m_sessions->setFilter([](const Profile &p) { return !p.demo; });
    m_sessions->setHandlers([this](const Profile &p, const QString &key) { return open(p, key); },
                            [this](const QString &id) {
                                if (QPointer<Connection> c = m_connections.take(id))
                                    c->deleteLater();
                            });
    m_sessions->start();
}

Connection *GenericWorkspace::open(const Profile &profile, const QString &key)
{
    auto *connection = new Connection(profile.connectionConfig(key), this);
    m_connections.insert(profile.id, connection);
    connection->open();
    return connection;
}

QString GenericWorkspace::problem() const
{
    return m_sessions->firstProblem();
}

Connection *GenericWorkspace::connection(const QString &profileId) const
{
    return m_sessions->connection(profileId);
}
