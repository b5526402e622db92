#pragma once
// One connection to a NATS server (the C client libnats), with its JetStream context.

#include "natsbridge.h"

#include "core/failure.h"

#include <QObject>
#include <QString>

struct __natsConnection;
struct __natsOptions;
struct __jsCtx;

/// TLS for a NATS connection. With enabled and no files the system trust store is used.
struct NatsTls {
    bool enabled = false;
    QString caFile;         ///< PEM bundle to trust instead of the system store
    QString certFile;       ///< client certificate (mutual TLS), with keyFile
    QString keyFile;
    QString expectedHostname;
    bool skipVerify = false; ///< only for tests and labs; shown as a warning
};

/// Where and how to connect. Secrets (password, token, seed) stay in memory only.
struct NatsSettings {
    QString url = QStringLiteral("nats://127.0.0.1:4222"); ///< one URL or several, comma separated
    QString name = QStringLiteral("tidewatch");              ///< connection name the server shows
    QString user;
    QString password;
    QString token;
    QString nkeyPublic;     ///< the user's NKey (U…); with nkeySeed
    QString nkeySeed;       ///< the NKey seed (SU…), signs the server's nonce; never logged
    NatsTls tls;
    int connectTimeoutMs = 5000;
    int reconnectWaitMs = 500;
    int reconnectBufferBytes = 8 * 1024 * 1024; ///< what the library holds while disconnected
    int publishAsyncMaxPending = 65536;
};

/// A NATS connection that keeps itself connected (retry on the first connect and on every
/// loss, forever) and reports its state on the thread it lives on. The library's callbacks
/// run on its own threads and are queued here through a NatsBridge.
class NatsClient : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Connecting, Connected, Reconnecting, Closed };
    Q_ENUM(State)

    explicit NatsClient(QObject *parent = nullptr);
    ~NatsClient() override;

    /// Connects: makes the first attempt before it returns (up to connectTimeoutMs per
    /// server), then keeps retrying in the background. False (with a sentence in *error)
    /// when the settings are unusable (bad TLS files, bad URL); connection failures are
    /// retried and reported through stateChanged(). For a headless command; a window uses
    /// openInBackground().
    bool open(const NatsSettings &settings, QString *error = nullptr);
    /// As open(), but the first attempt runs on a worker thread, so that a server that does
    /// not answer never blocks this thread: returns at once in Connecting (false only for
    /// unusable settings), and firstAttemptDone() tells when the attempt has finished.
    bool openInBackground(const NatsSettings &settings, QString *error = nullptr);
    void close();
    /// True when open()'s (or openInBackground()'s) first attempt did not connect and the
    /// library retries in the background.
    bool firstAttemptFailed() const { return m_firstAttemptFailed; }

    State state() const { return m_state; }
    QString stateText() const;
    /// The last problem the library reported (redacted), or empty.
    QString lastError() const { return m_lastError; }
    /// Times the connection was re-established after a loss.
    int reconnects() const { return m_reconnects; }
    /// Why a Closed connection ended, as a failure kind: Auth when the server refused the
    /// credentials (its error says so, or it closed at the first attempt although
    /// credentials were given: the library retries a server it cannot reach, and closes at
    /// once only when the server answered and refused), otherwise Final.
    Failure::Kind closeFailure() const;
    /// The server URL in use, without credentials.
    QString serverUrl() const { return m_serverUrl; }

    __natsConnection *handle() const { return m_connection; }
    /// The JetStream context (created with open()); null before.
    __jsCtx *jetStream() const { return m_js; }
    /// Settings given to open() (the publisher reads the async-publish limits from here).
    const NatsSettings &settings() const { return m_settings; }

    /// A sentence for a libnats status code, e.g. "no responders" or "timeout".
    static QString statusText(int status);

Q_SIGNALS:
    void stateChanged(NatsClient::State state);
    /// openInBackground()'s first attempt has finished (connected, or retrying).
    void firstAttemptDone();
    /// Asynchronous problems (slow consumer, permission violation …), redacted.
    void problem(const QString &message);

private:
    /// The library's options for settings, with this client's callbacks; null (and *error
    /// set) when the settings are unusable.
    __natsOptions *makeOptions(const NatsSettings &settings, QString *error);
    /// What open() and openInBackground() share: closes, takes the settings, makes the
    /// options and enters Connecting; null (and *error set) when the settings are unusable.
    __natsOptions *startOpening(const NatsSettings &settings, QString *error);
    /// Takes the first attempt's result: the connection, or a failure.
    bool finishOpen(int status, __natsConnection *connection, QString *error);
    void setState(State state);

    NatsBridgePtr m_bridge;
    __natsConnection *m_connection = nullptr;
    __jsCtx *m_js = nullptr;
    NatsSettings m_settings;
    State m_state = State::Idle;
    QString m_lastError;
    QString m_serverUrl;
    int m_reconnects = 0;
    bool m_everConnected = false; ///< since the last open()
    bool m_firstAttemptFailed = false;
    /// Counts open() and close(): a callback or a background attempt of an earlier
    /// connection is ignored.
    quint64 m_generation = 0;
    bool m_connectedWhilePending = false; ///< the library connected before openInBackground()'s result arrived
};
