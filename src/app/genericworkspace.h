#pragma once
// Connections for the user's generic WebSocket profiles (raw JSON frames, no provider client).

#include <QHash>
#include <QObject>
#include <QPointer>

class Connection;
class ProfileStore;

/// Keeps one Connection per non-demo Generic profile: created when the profile appears (with
/// its key from the keychain, if its auth method needs one), recreated when it changes or its
/// key changes, removed with it. Registered with ConnectionRegistry like every other.
class GenericWorkspace : public QObject
{
    Q_OBJECT
public:
    GenericWorkspace(ProfileStore *profiles, QObject *parent);

private:
    void sync(const QString &profileId);
    void drop(const QString &profileId);

    ProfileStore *m_profiles;
    QHash<QString, QPointer<Connection>> m_connections;
    QHash<QString, int> m_generation; // ignores key reads that a newer change overtook
};
