#include "genericworkspace.h"

#include "core/profilesessions.h"
#include "core/connection.h"
#include "providers/generic/genericclient.h"
#include "providers/generic/genericobservations.h"

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

ProfileSessions::Started GenericWorkspace::open(const Profile &profile, const QString &key)
{
    auto *connection = new Connection(profile.connectionConfig(key), this);
    auto *client = new GenericClient(connection, connection);
    m_connections.insert(profile.id, connection);
    connection->open();
    return {connection, GenericObservations::attach(client)};
}

QString GenericWorkspace::problem() const
{
    return m_sessions->firstProblem();
}

Connection *GenericWorkspace::connection(const QString &profileId) const
{
    return m_sessions->connection(profileId);
}
