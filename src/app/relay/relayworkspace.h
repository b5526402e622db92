#pragma once
// The relay workspace: every "Relay (NATS)" profile's RelayLink, and what the Connections
// page and the profile editor ask about relay profiles.

#include "relaylink.h"

#include <QHash>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class AlliumStreamClient;
class AlliumStreams;
class KeyStore;
class ProfileStore;
class QQmlEngine;
class QJSEngine;

/// Runs one RelayLink per relay profile. The same policy as the provider workspaces'
/// ProfileSessions: a profile's secret (password, token or NKey seed) is read from the
/// KeyStore before it connects; an edit of the profile, and a secret written or removed
/// for it, start it anew; a secret that cannot be read fails its row with the reason.
/// C++-owned QML singleton.
class RelayWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// profile id → RelayLink::status() of every running relay profile.
    Q_PROPERTY(QVariantMap status READ status NOTIFY statusChanged)
    /// profile id → its RelayLink (a QObject with a status property). Changes only when a
    /// link starts or goes, so a row binds to its own link's status instead of the whole
    /// status map, which changes with every link's every second.
    Q_PROPERTY(QVariantMap links READ links NOTIFY linksChanged)

public:
    static RelayWorkspace *instance();
    static RelayWorkspace *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible on purpose (Qt 6.4 would bypass create()). Tests pass
    /// their own stores and workspaces.
    RelayWorkspace(ProfileStore *profiles, KeyStore *keys, RelayTargets targets, QObject *parent);
    ~RelayWorkspace() override;

    /// Starts the relay profiles in the store and follows its changes. Idempotent.
    void start();
    /// Stops every relay (their consumers keep their position on the server).
    void stopAll();

    RelayLink *link(const QString &profileId) const { return m_links.value(profileId); }
    QVariantMap status() const;
    QVariantMap links() const;

    /// The relay kind for the profile editor: {id, label, url, auth, tiers}.
    Q_INVOKABLE QVariantMap profileKind() const;
    /// A relay profile's editor fields (RelayProfile::editorFields, never the secret),
    /// defaults for an unknown id.
    Q_INVOKABLE QVariantMap profileFields(const QString &profileId) const;
    /// What is wrong with the editor's fields of a relay profile (Profile::problem() with the
    /// options, which ProfileStore::save() sets only after its checks), or empty.
    Q_INVOKABLE QString problemOf(const QVariantMap &fields) const;
    /// The credential choices: [{id, label, secretLabel}].
    Q_INVOKABLE QVariantList authModes() const;
    /// The key dialog's words for a relay profile's secret, by its credential kind ("NATS
    /// password", "NATS token", "NKey seed"): {title, explanation, placeholder, save,
    /// remove}; empty for a profile that is not a relay profile (the dialog then speaks of
    /// an API key).
    Q_INVOKABLE QVariantMap keyDialogText(const QString &profileId, const QString &profileName) const;
    /// True when the profile is a relay profile.
    Q_INVOKABLE bool isRelay(const QString &profileId) const;
    /// True when the relay profile needs a secret from the keychain.
    Q_INVOKABLE bool needsSecret(const QString &profileId) const;
    Q_INVOKABLE void connectProfile(const QString &profileId);
    Q_INVOKABLE void disconnectProfile(const QString &profileId);

    /// Where relayed Allium topics are offered (the Streams page); none by default (tests).
    void setAlliumStreams(AlliumStreams *streams);

    /// How long the removal of a removed profile's durable consumer waits for its NATS
    /// server (default 5 s).
    void setRemovalGraceMs(int ms) { m_removalGraceMs = ms; }

Q_SIGNALS:
    void statusChanged();
    void linksChanged();
    /// A sentence for the Connections page: what became of a removed relay profile's durable
    /// consumer on the server. problem: it could not be removed and stays there.
    void notice(const QString &message, bool problem);

private:
    void onChanged(const QString &id);
    /// A relay profile was removed: its link stops at once and its durable consumer is
    /// removed from the server in the background (ConsumerRemoval), best effort.
    void onRemoved(const QString &id);
    void run(const QString &id);
    void halt(const QString &id);
    /// A relayed Allium topic: its records reach the alerts and the dashboard through the
    /// link's row (as the link's other clients' do) and the Streams page offers it.
    void onAllium(RelayLink *link, const QString &source, AlliumStreamClient *client);

    ProfileStore *m_profiles;
    KeyStore *m_keys;
    RelayTargets m_targets;
    QPointer<AlliumStreams> m_alliumStreams;
    QHash<QString, RelayLink *> m_links;
    QHash<QString, Profile> m_running;
    QHash<QString, int> m_tickets;
    int m_lastTicket = 0;
    int m_removalGraceMs = 5000;
    bool m_following = false;
};
