#pragma once
// Profile → key → connection, once for every provider workspace, the REST controllers and the CLI.

#include "core/keystore.h"
#include "core/profile.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <optional>

class Connection;
class ObservationSource;
class ProfileStore;

/// Runs the profiles of one provider kind: watches the ProfileStore for them, reads each
/// one's key from the KeyStore, lets the workspace build its client with it, and registers
/// the client's connection with the ConnectionRegistry.
///
/// One policy for every provider:
/// - a change to a profile's url, auth method, tier, options or name, and a key written or
///   removed for it, restart exactly that profile: its client stops, the key is read again
///   and the client starts with it. Other edits (subscriptions) reach edited().
/// - a key written after its profile was saved connects the profile.
/// - a key that cannot be read registers a connection in the Failed state with the reason,
///   so the Connections page shows why the profile is not connected.
/// - one stale-reply guard: a key read that a newer start or a removal overtook is dropped.
///
/// Workspaces that connect one profile the user chose (the Allium console and streams, the
/// tweets REST controller) call useChosenProfile(): then only chosen() runs, and the choice
/// follows the store (see useChosenProfile()). Others narrow the running set with setFilter()
/// (the CLI, the generic workspace) or run every profile of their kind.
///
/// A client without a connection of its own (a REST client, the CLI's key lookup) returns
/// no connection from Start and sets a key-failure handler: a key that cannot be read then
/// reaches the handler instead of a failed connection on the Connections page (the
/// provider's workspace already shows one for the profile).
///
/// This is the only place that reads a profile's key (KeyStore::keyForProfile).
class ProfileSessions : public QObject
{
    Q_OBJECT
public:
    /// What a started profile reads: the connection its client reads from and what the
    /// client reports to alerts and the dashboard (its adapter's source; none for the
    /// Allium API console). The session registers both with ConnectionRegistry.
    struct Started {
        Started(Connection *connection = nullptr, ObservationSource *observations = nullptr)
            : connection(connection), observations(observations)
        {
        }
        Connection *connection;
        ObservationSource *observations;
    };
    /// Builds the profile's client with the key and opens it.
    using Start = std::function<Started(const Profile &profile, const QString &key)>;
    /// Closes and deletes the profile's client and its connection (a child of the client).
    using Stop = std::function<void(const QString &profileId)>;
    /// Which of the kind's profiles run a connection.
    using Filter = std::function<bool(const Profile &profile)>;
    /// The profile's key could not be read (result.message says why, for people).
    using KeyFailed = std::function<void(const Profile &profile, const KeyStore::Result &result)>;

    ProfileSessions(Provider::Kind kind, ProfileStore *profiles, KeyStore *keys, QObject *parent);
    ~ProfileSessions() override;

    void setHandlers(Start start, Stop stop);
    /// Narrows which profiles run (default: all of the kind). Call refresh() when the
    /// filter's answer changes.
    void setFilter(Filter filter);
    /// Reports a key that cannot be read here instead of registering a failed connection.
    void setKeyFailureHandler(KeyFailed failed);
    /// Chosen-profile mode: only the chosen profile runs (and only what a filter, if one is
    /// set, also admits). From this call on the choice follows the store, before start() too:
    /// it starts as the kind's first profile; a chosen profile that is removed (or changes
    /// kind) falls back to the first remaining one; a profile added to a kind that had none
    /// becomes chosen. choicesChanged()/chosenChanged() report it. Keys follow the one policy
    /// above. Idempotent.
    void useChosenProfile();

    /// Follows the store from now on and starts the profiles already in it. Idempotent.
    void start();
    /// Re-applies the filter: starts the profiles it now admits, stops the others.
    void refresh();
    /// Starts a running profile over: stop, read the key again, start (the user's
    /// Reconnect, a setting the client is built with).
    void restart(const QString &profileId);

    /// The kind's profiles, in the store's order (running or not).
    QList<Profile> profiles() const;
    /// Chosen-profile mode: [{id, name, demo}] of the kind's profiles in the store's order,
    /// for a page's profile picker (also before start()).
    QVariantList choices() const { return m_choices; }
    /// Chosen-profile mode: the profile that runs; empty when the kind has none (or after
    /// setChosen(QString())).
    QString chosen() const { return m_chosen; }
    /// Chooses the profile to run (an id of the kind, or empty for none): stops the one
    /// chosen before and starts this one once start() was called.
    void setChosen(const QString &profileId);
    /// The chosen profile runs (it was started and its key is read or being read).
    bool chosenRunning() const { return !m_chosen.isEmpty() && isRunning(m_chosen); }
    /// The kind's profile with this id (the store's, also before start()).
    std::optional<Profile> profile(const QString &profileId) const;
    bool isRunning(const QString &profileId) const;
    /// The profile's connection: its client's, or the failed one when the key could not be
    /// read; nullptr while the key is being read or the profile does not run.
    Connection *connection(const QString &profileId) const;
    /// Why the profile is not connected, as a sentence that names it; empty while it is
    /// connected, connecting or retrying a transient failure.
    QString problem(const QString &profileId) const;
    /// The first profile's problem, in the store's order (empty when every one is fine).
    QString firstProblem() const;

    /// True when the change from before to after needs a new connection.
    static bool needsRestart(const Profile &before, const Profile &after);

Q_SIGNALS:
    /// A profile of the kind appeared (before its key is read).
    void added(const Profile &profile);
    /// A profile of the kind is gone (its client already stopped).
    void removed(const QString &profileId);
    /// A profile was edited in a way its running client takes live (e.g. subscriptions).
    void edited(const Profile &profile);
    /// A profile started, stopped, failed to get its key or its connection changed state.
    void changed(const QString &profileId);
    /// Chosen-profile mode: choices() changed (a profile added, removed or renamed).
    void choicesChanged();
    /// Chosen-profile mode: chosen() changed (emitted before the old one stops and the new
    /// one starts).
    void chosenChanged();

private:
    struct Entry {
        Profile profile;
        bool running = false;
        bool started = false;           // Start ran for the current run (Stop is owed)
        int ticket = 0;                 // the key read that may still start this profile
        QPointer<Connection> connection;
        Connection *keyFailure = nullptr; // owned: the failed connection for a key that could not be read
    };
    void follow();
    void updateChoices();
    void onAdded(const QString &id);
    void onChanged(const QString &id);
    void onRemoved(const QString &id);
    void onKeyChanged(const QString &id);
    bool admits(const Profile &profile) const;
    void run(const QString &id);
    void halt(const QString &id);
    void begin(const QString &id, const QString &key);
    void failKey(const QString &id, const KeyStore::Result &result);

    Provider::Kind m_kind;
    ProfileStore *m_profiles;
    KeyStore *m_keys;
    Start m_start;
    Stop m_stop;
    Filter m_filter;
    KeyFailed m_keyFailed;
    QHash<QString, Entry> m_entries;
    int m_lastTicket = 0;
    bool m_following = false;     // start() ran: profiles run
    bool m_watching = false;      // connected to the store
    bool m_chosenMode = false;
    QVariantList m_choices;
    QString m_chosen;
};
