#include "genericworkspace.h"

#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/logging.h"
#include "core/profilestore.h"
#include "providers/generic/genericclient.h"
#include "providers/generic/genericobservations.h"

GenericWorkspace::GenericWorkspace(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
    connect(profiles, &ProfileStore::profileAdded, this, &GenericWorkspace::sync);
    connect(profiles, &ProfileStore::profileChanged, this, &GenericWorkspace::sync);
    connect(profiles, &ProfileStore::profileRemoved, this, &GenericWorkspace::drop);
    for (const Profile &p : profiles->profilesOfKind(Provider::Kind::Generic))
        sync(p.id);
}

void GenericWorkspace::drop(const QString &profileId)
{
    ++m_generation[profileId];
    if (QPointer<Connection> c = m_connections.take(profileId))
        c->deleteLater();
}

void GenericWorkspace::sync(const QString &profileId)
{
    const std::optional<Profile> profile = m_profiles->profile(profileId);
    // The demo stream is run by the AppController; other kinds by their provider workspace.
    if (!profile || profile->demo || profile->kind != Provider::Kind::Generic) {
        if (m_connections.contains(profileId))
            drop(profileId);
        return;
    }
    drop(profileId);
    const int generation = m_generation.value(profileId);
    auto open = [this, profileId, generation](const Profile &p, const QString &key) {
        if (m_generation.value(profileId) != generation)
            return;
        auto *connection = new Connection(p.connectionConfig(key), this);
        m_connections.insert(profileId, connection);
        auto *client = new GenericClient(connection, connection);
        ConnectionRegistry::instance()->add(connection, Provider::toId(Provider::Kind::Generic),
                                            GenericObservations::attach(client));
        connection->open();
    };
    if (profile->auth == Auth::Method::None) {
        open(*profile, QString());
        return;
    }
    KeyStore::instance()->keyForProfile(*profile, [p = *profile, open](const KeyStore::Result &result) {
        if (result.ok())
            open(p, result.key);
        else
            qCInfo(lcApp).noquote() << "generic profile" << p.name << "not connected:" << result.message;
    });
}
