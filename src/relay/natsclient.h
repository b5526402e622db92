#pragma once
// One connection to a NATS server (the C client libnats), with its JetStream context.

#include "natsbridge.h"

#include "core/failure.h"

#include <QObject>
#include <QString>

struct __natsConnection;
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

    /// Starts connecting in the background. False (with a sentence in *error) when the
    /// settings are unusable (bad TLS files, bad URL); connection failures are retried and
    /// reported through stateChanged().
    bool open(const NatsSettings &settings, QString *error = nullptr);
    void close();

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
    /// Asynchronous problems (slow consumer, permission violation …), redacted.
    void problem(const QString &message);

private:
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
};
