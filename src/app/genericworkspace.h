#pragma once
// Connections for the user's generic WebSocket profiles (raw JSON frames, no provider client).

#include "core/profilesessions.h"
#include <QHash>
#include <QObject>
#include <QPointer>

class Connection;
class KeyStore;
class ProfileSessions;
class ProfileStore;
struct Profile;

/// Keeps one Connection per non-demo Generic profile, through the ProfileSessions every
/// workspace uses: created when the profile appears (with its key, if its auth method needs
/// one), recreated when it or its key changes, removed with it.
class GenericWorkspace : public QObject
{
    Q_OBJECT
public:
    GenericWorkspace(ProfileStore *profiles, KeyStore *keys, QObject *parent);

    /// Why a profile is not connected ("Name: reason"), empty when every one is fine.
    QString problem() const;
    Connection *connection(const QString &profileId) const;

private:
    ProfileSessions::Started open(const Profile &profile, const QString &key);

    ProfileSessions *m_sessions;
    QHash<QString, QPointer<Connection>> m_connections;
};
