#pragma once
// One live WebSocket connection: the transport every provider client is built on.

#include "auth.h"
#include "connectionstats.h"
#include "failure.h"
#include "reconnectpolicy.h"
#include "secrets.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <deque>
#include <functional>
#include <optional>

class QWebSocket;

/// Everything a Connection needs to open a socket. The key stays in memory only.
struct ConnectionConfig {
    QString name;                       ///< label for logs and the UI (profile name, topic …)
    QString profileId;                  ///< the profile this connection belongs to, if any
    QUrl url;
    Auth::Method auth = Auth::Method::None;
    QString key;                        ///< never logged; see Redact
    QString queryKeyName = QStringLiteral("api_key");
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    ReconnectPolicy::Settings reconnect;
    bool autoReconnect = true;
    int connectTimeoutMs = 15000;
    int pingIntervalMs = 15000;         ///< WebSocket ping cadence; 0 disables heartbeat
    int staleTimeoutMs = 45000;         ///< no pong and no message for this long ⇒ stale
    qint64 maxMessageSize = 16 * 1024 * 1024;
    /// What the socket may buffer unread (0 = unlimited). A client that falls behind then
    /// pushes back through TCP flow control instead of buffering a flood in memory.
    qint64 readBufferSize = 4 * 1024 * 1024;
    /// The transport is not this connection's socket (a NATS relay's link): the owner
    /// reports the state with Connection::setExternalState(); see there.
    bool external = false;
};

/// A WebSocket connection with a state machine, auth, reconnect with backoff and jitter,
/// a heartbeat that detects half-open sockets, statistics and a message size cap.
///
/// Text frames arrive as UTF-8 through messageReceived(). A provider client decides what
/// its protocol's errors mean and reports them with fail() or finish(); close codes and
/// handshake failures are classified by Failure::classify… unless a provider installs its
/// own classifier.
class Connection : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Connections are created by provider clients")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString reason READ reason NOTIFY stateChanged)
    Q_PROPERTY(QString name READ name CONSTANT)
    Q_PROPERTY(QString profileId READ profileId CONSTANT)
    Q_PROPERTY(QString displayUrl READ displayUrl NOTIFY urlChanged)
    Q_PROPERTY(ConnectionStats stats READ stats NOTIFY statsChanged)
    Q_PROPERTY(int nextRetryMs READ nextRetryMs NOTIFY stateChanged)

public:
    enum class State {
        Idle,          ///< never opened
        Connecting,    ///< opening handshake in progress
        Open,          ///< connected
        Reconnecting,  ///< waiting for the next attempt after a transient failure
        Closed,        ///< ended without error (by the user or on purpose); see reason()
        Failed,        ///< ended with an error that is not retried; see reason()
    };
    Q_ENUM(State)

    enum class Direction { Incoming, Outgoing };
    Q_ENUM(Direction)

    /// Decides what a close code means; return nullopt to use the default classification.
    using CloseClassifier = std::function<std::optional<Failure::Verdict>(int code, const QString &reason)>;

    explicit Connection(ConnectionConfig config, QObject *parent = nullptr);
    ~Connection() override;

    State state() const { return m_state; }
    QString reason() const { return m_reason; }
    QString name() const { return m_config.name; }
    QString profileId() const { return m_config.profileId; }
    /// The URL as it may be shown or logged: credentials masked.
    QString displayUrl() const;
    ConnectionStats stats() const;
    int nextRetryMs() const;
    const ConnectionConfig &config() const { return m_config; }
    Failure::Kind lastFailure() const { return m_lastFailure; }

    /// Replaces URL and key for the next attempt (e.g. a topic change or a new key). The
    /// connection's key is registered with Secrets from construction on (a new key replaces
    /// the old one there) until the connection is destroyed.
    void setUrl(const QUrl &url);
    void setKey(const QString &key);
    void setCloseClassifier(CloseClassifier classifier) { m_classifier = std::move(classifier); }

    /// When on, frameObserved() is emitted for every frame in both directions (inspector,
    /// recorder). Off by default so that the hot path stays cheap.
    void setFrameTapEnabled(bool enabled) { m_tap = enabled; }
    bool frameTapEnabled() const { return m_tap; }

    /// Sends a text frame. Returns false (and counts nothing) when not open.
    bool sendText(const QByteArray &utf8);

    /// For an external connection (ConnectionConfig::external): the state and reason as the
    /// owner sees its own transport, so that the registry, the header's open count, the tray
    /// and connection-down rules read the row like any other. An external connection never
    /// opens a socket: open() and close() only ask the owner (openRequested(),
    /// closeRequested()), fail() and finish() set Failed, Reconnecting or Closed. Ignored
    /// (with a warning) for a connection that is not external.
    void setExternalState(State state, const QString &reason = {});
    bool isExternal() const { return m_config.external; }

    /// Replay: delivers a recorded incoming frame as if it had been received, in any state
    /// (counted, tapped and emitted through messageReceived), so the provider client,
    /// models and alert engine see it like live data. Used by FrameReplayer.
    void deliverForReplay(const QByteArray &payload);

public Q_SLOTS:
    /// Starts connecting (from Idle, Closed or Failed) and resets the backoff. External:
    /// emits openRequested() only (not while Connecting or Open).
    void open();
    /// Closes on the user's behalf: no reconnect. State becomes Closed. External: emits
    /// closeRequested() only (not once Closed).
    void close();
    /// Reports a failure the provider detected in its protocol (e.g. an auth error message).
    /// Terminal kinds end in Failed; Limit waits at the cap; Transient backs off.
    void fail(Failure::Kind kind, const QString &reason);
    /// Ends the session on purpose without error (e.g. a server-initiated Socket.IO
    /// disconnect): Closed with the reason, not retried.
    void finish(const QString &reason);

Q_SIGNALS:
    void stateChanged(Connection::State state);
    void urlChanged();
    /// A text (or binary) frame, as UTF-8 bytes.
    void messageReceived(const QByteArray &payload);
    /// Emitted when the socket has opened; clients (re)send subscriptions from here. Never
    /// for an external connection (there is no socket to send on).
    void opened();
    /// External only: the user (or the registry) asked to connect or to disconnect.
    void openRequested();
    void closeRequested();
    void statsChanged();
    /// Only while the frame tap is enabled. timestampMs is Unix time in milliseconds.
    void frameObserved(Connection::Direction direction, const QByteArray &payload, qint64 timestampMs,
                       bool control);

private:
    void startAttempt();
    void teardownSocket();
    void onConnected();
    void onDisconnected();
    void onSocketError();
    void onText(const QString &text);
    void onBinary(const QByteArray &data);
    void onPong(quint64 elapsedMs);
    void handleEnd(const Failure::Verdict &verdict);
    void scheduleRetry(Failure::Kind kind);
    void setState(State state, const QString &reason = {});
    void heartbeat();
    void publishStats();
    void noteIncoming(qsizetype bytes);

    ConnectionConfig m_config;
    Secrets::Hold m_keyHold;        // the key is masked wherever bytes are shown while configured
    QPointer<QWebSocket> m_socket;
    ReconnectPolicy m_policy;
    CloseClassifier m_classifier;
    State m_state = State::Idle;
    QString m_reason;
    Failure::Kind m_lastFailure = Failure::Kind::None;
    bool m_tap = false;
    bool m_ending = false;          // an end is being handled: ignore the socket's late signals
    bool m_waitedForError = false;  // this attempt already waited for error() after disconnected()
    std::optional<Failure::Verdict> m_pendingVerdict; // set by fail() before aborting

    QTimer m_connectTimer;
    QTimer m_retryTimer;
    QTimer m_heartbeatTimer;
    QTimer m_statsTimer;
    QElapsedTimer m_clock;          // monotonic base for activity and uptime
    qint64 m_lastActivityMs = 0;    // last frame or pong, on m_clock
    qint64 m_lastMessageMs = -1;    // last data frame, on m_clock
    qint64 m_openedAtMs = -1;
    qint64 m_pingSentMs = -1;
    /// (time, messages in) once per stats tick, the last RateMaxWindowMs (see publishStats()).
    std::deque<std::pair<qint64, qint64>> m_rateSamples;
    ConnectionStats m_stats;
};
