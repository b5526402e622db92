#pragma once
// The Predikt workspace: every Predikt profile's session, and the one the Prices page shows.

#include "app/predikt/prediktsession.h"

#include <QList>
#include <QObject>
#include <QtQml/qqmlregistration.h>

class KeyStore;
class ProfileSessions;
class ProfileStore;
class QQmlEngine;
class QJSEngine;

/// Keeps one PrediktSession (client, price board, billing ledger) per Predikt profile, so
/// prices and billing flow (and alerts fire) whether or not the Prices page is open. The
/// profiles, their keys and their connections are run by ProfileSessions. The page shows
/// `current`.
class PrediktWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(PrediktSession *current READ current NOTIFY currentChanged)
    Q_PROPERTY(QStringList profileNames READ profileNames NOTIFY sessionsChanged)
    Q_PROPERTY(int currentIndex READ currentIndex WRITE setCurrentIndex NOTIFY currentChanged)

public:
    static PrediktWorkspace *instance();
    static PrediktWorkspace *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible on purpose: Qt 6.4 would construct a second instance
    /// for QML instead of calling create(). Tests pass their own stores.
    PrediktWorkspace(ProfileStore *profiles, KeyStore *keys, QObject *parent);
    ~PrediktWorkspace() override;

    /// Creates sessions for the Predikt profiles and follows the store's changes.
    void start();

    PrediktSession *current() const;
    /// The session of a profile, or nullptr.
    PrediktSession *session(const QString &profileId) const;
    QList<PrediktSession *> sessions() const { return m_sessions; }
    QStringList profileNames() const;
    /// A client fed from elsewhere (a relay profile's, src/app/relay) shown as one more
    /// session under shown.id until detachExternalClient(); the caller owns the client.
    void attachExternalClient(const Profile &shown, PrediktClient *client);
    void detachExternalClient(const QString &id);
    int currentIndex() const { return m_current; }
    void setCurrentIndex(int index);

Q_SIGNALS:
    void currentChanged();
    void sessionsChanged();

private:
    void addProfile(const Profile &profile);
    void editProfile(const Profile &profile);
    void removeProfile(const QString &id);
    int indexOf(const QString &id) const;
    void persistSymbols(const QString &profileId, const QStringList &symbols);

    ProfileStore *m_profiles;
    ProfileSessions *m_run;
    QList<PrediktSession *> m_sessions;
    int m_current = -1;
};
