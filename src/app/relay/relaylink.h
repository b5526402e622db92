#pragma once
// One relay profile at run time: its NATS connection, durable consumer and RelayFeed, and
// the provider clients the feed creates, handed to the provider workspaces.

#include "core/connection.h"
#include "alerts/alertrule.h"
#include "core/profile.h"
#include "relay/natsclient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariantMap>
#include <optional>

class AlertCenter;
class ConyrClient;
class ConyrWorkspace;
class JetStreamConsumer;
class KvBucket;
class SharedRules;
class ObservationSource;
class PrediktClient;
class PrediktWorkspace;
class RelayFeed;
class TweetsClient;
class TweetsWorkspace;
struct RelayGap;

/// Where a relay's clients are shown: the same workspaces (and so the same models and
/// pages) as direct connections. Any of them may be null (tests), or gone first when the
/// application shuts down.
struct RelayTargets {
    QPointer<ConyrWorkspace> conyr;
    QPointer<PrediktWorkspace> predikt;
    QPointer<TweetsWorkspace> tweets;
    /// Where the profile's shared rules (its rules bucket) run and are listed.
    QPointer<AlertCenter> alerts;
};

/// Runs one relay profile: connects to NATS (retrying forever, like the CLI), binds the
/// profile's durable consumer once the stream exists (both off the GUI thread: a NATS server
/// that is slow to answer never freezes the window; the row says what it waits for), and applies each delivered batch
/// through a RelayFeed on this (the GUI) thread; the consumer acknowledges a batch after
/// it has been applied. The applied stream position is also kept in QSettings
/// ("relay/<profile id>/position"), so that a desktop killed between applying and
/// acknowledging does not show a batch twice.
///
/// Every client the feed creates is attached to its provider's workspace under
/// "<profile id>/<provider>/<source>", and its observations reach the alert engine and
/// the dashboard through the link connection registered with ConnectionRegistry
/// (provider "relay"). That connection is the profile's row on the Connections page; it is
/// external (never a WebSocket): it carries the relay's state (connectionState(): Following
/// is Open, so the header's open count, the tray and connection-down rules see the relay
/// like a socket), its session details carry the position and the lag, a failure that
/// needs the user (no secret, unusable settings) puts it in Failed with the reason, and
/// the page's Connect and Disconnect on it reach connectRequested() and stop().
///
/// With a shared rules bucket (RelayProfile::RulesBucketOption) the link also watches that
/// key-value bucket (SharedRules, opened off the GUI thread once NATS is connected) and
/// hands its rules to the AlertCenter under the profile's id: an edit in the bucket reaches
/// the engine and the Alerts page as soon as the watcher delivers it. A bucket value that
/// is not a rule is reported (the row's last problem, the Alerts page) and skipped.
class RelayLink : public QObject
{
    Q_OBJECT
    /// status(), for the profile's row on the Connections page (changes with changed()).
    Q_PROPERTY(QVariantMap status READ status NOTIFY changed)

public:
    enum class State { Idle, Connecting, Waiting, Following, Reconnecting, Disconnected, Failed };
    Q_ENUM(State)

    RelayLink(const Profile &profile, RelayTargets targets, QObject *parent);
    ~RelayLink() override;

    const Profile &profile() const { return m_profile; }
    /// Connects with the secret from the keychain (empty when the profile needs none).
    void start(const QString &secret);
    /// Ends in Failed with a reason (the secret could not be read).
    void fail(const QString &reason);
    /// Stops consuming and closes the NATS connection (the user's Disconnect).
    void stop();

    /// The NATS settings (with the secret) start() connected with; nullopt before start() or
    /// when it never got a secret. Used to remove the durable consumer with the profile.
    std::optional<NatsSettings> connectionSettings() const;

    State state() const { return m_state; }
    QString stateText() const;
    QString reason() const { return m_reason; }
    Connection *connection() const { return m_link; }
    JetStreamConsumer *consumer() const { return m_consumer; }
    RelayFeed *feed() const { return m_feed; }
    quint64 position() const;
    quint64 pending() const;
    qint64 received() const;
    qint64 malformed() const;
    qint64 gaps() const { return m_gaps; }
    QString lastProblem() const { return m_lastProblem; }
    /// The shared rules the bucket holds now (empty without a bucket).
    QList<AlertRule> sharedRules() const;
    /// True once the rules bucket is watched.
    bool watchingRules() const { return m_rulesWatched; }
    /// What the Alerts page says about the source of the profile's shared rules.
    QString sharedRulesFrom() const;
    /// The ids under which the feed's clients are attached to the workspaces.
    QStringList attachedIds() const { return m_attached; }
    /// Everything the Connections page shows about the relay, for QML.
    QVariantMap status() const;
    /// "Stream TIDEWATCH · position 1234 · 5 pending" (the row's session details).
    QString details() const;

    /// The id a client of the feed is attached under.
    /// What the registry row shows for a relay state.
    static Connection::State connectionState(State state);
    static QString attachedId(const QString &profileId, const QString &provider, const QString &source);
    static QString positionKey(const QString &profileId);
    /// Everything the desktop keeps in QSettings for the profile's relay (its position).
    static QString settingsGroup(const QString &profileId);

Q_SIGNALS:
    void changed();
    /// The user pressed Connect on the link's row: the workspace starts the profile anew.
    void connectRequested();

private:
    void setState(State state, const QString &reason = {});
    void onNatsState();
    /// Binds the durable consumer in the background (JetStreamConsumer::startInBackground).
    void startConsumer();
    void onConsumerStarted(bool ok, const QString &why);
    /// Opens and watches the rules bucket in the background once NATS is connected.
    void startRules();
    void onConyr(const QString &source, ConyrClient *client);
    void onPredikt(const QString &source, PrediktClient *client);
    void onTweets(const QString &source, TweetsClient *client);
    void forward(ObservationSource *source);
    Profile shownProfile(Provider::Kind kind, const QString &provider, const QString &source) const;
    void detachAll();
    void publishDetails();
    void failLink(const QString &reason);

    Profile m_profile;
    RelayTargets m_targets;
    Connection *m_link = nullptr;
    ObservationSource *m_observations = nullptr;
    NatsClient *m_nats = nullptr;
    JetStreamConsumer *m_consumer = nullptr;
    RelayFeed *m_feed = nullptr;
    QTimer m_retry;
    QTimer m_tick;
    KvBucket *m_bucket = nullptr;       ///< with a rules bucket only
    SharedRules *m_sharedRules = nullptr;
    QTimer m_rulesRetry;
    bool m_rulesWatched = false;
    State m_state = State::Idle;
    QString m_reason;
    QString m_lastProblem;
    QStringList m_attached;
    qint64 m_gaps = 0;
};
