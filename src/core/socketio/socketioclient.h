#pragma once
// A Socket.IO v5 client over Engine.IO v4's WebSocket transport, built on Connection.

#include "core/connection.h"
#include "engineio.h"
#include "socketiopacket.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>

/// Where the engine lives and which namespace to join. Defaults follow the reference
/// client: io("wss://host/api/v1/ws") means engine path "/socket.io/" and namespace
/// "/api/v1/ws".
struct SocketIoOptions {
    QString enginePath = QStringLiteral("/socket.io/");
    QString nsp;                ///< empty: the service URL's path ("/" when it has none)
    QJsonObject auth;           ///< the namespace CONNECT payload; empty: none. With
                                ///< Auth::Method::SocketIoToken the connection's current key is
                                ///< added as {token} at every CONNECT.
    int ackTimeoutMs = 10000;   ///< an emitted event's ack callback fails after this long
    /// A reader of recorded frames (a replay): it takes the namespace its frames use, counts
    /// itself joined from the first packet on (a recording may start mid-session) and keeps
    /// no deadlines (no ping or handshake timeouts: a recording has no live server).
    bool reader = false;
};

/// Joins one namespace over one Engine.IO session and keeps it alive.
///
/// The Connection it owns does the socket, reconnect and backoff; this class does the
/// Engine.IO handshake (open packet, ping → pong, ping-timeout detection), the namespace
/// CONNECT with an auth payload, events, acknowledgements in both directions, binary
/// packets (attachments are collected and handed over beside the JSON) and both kinds of
/// disconnect. By default a server-initiated namespace disconnect ends the session
/// (Connection::finish) and is not retried, as the reference client does; a provider can
/// decide otherwise (setServerDisconnectClassifier). A lost transport is retried.
class SocketIoClient : public QObject
{
    Q_OBJECT

public:
    /// ok=false with a reason when the ack timed out or the session ended first.
    using AckCallback = std::function<void(bool ok, const QJsonArray &args, const QString &error)>;
    /// Decides what a CONNECT_ERROR means; the default treats it as an auth refusal.
    using ConnectErrorClassifier = std::function<Failure::Verdict(const QString &message, const QJsonValue &data)>;
    /// Sees the JSON text of an event (e.g. ["message",{…}]) before it is parsed and returns
    /// true when it consumed it: a provider's specialised decoder for its hottest event.
    /// Anything it declines takes the normal path (parsed JSON, eventReceived()).
    using RawEventFilter = std::function<bool(QByteArrayView json)>;
    /// Decides what a server-initiated namespace DISCONNECT means: Final/None end the session
    /// (not retried), any other kind fails the connection with that kind (Transient: retried
    /// with backoff). The reason is shown as the connection's reason.
    using ServerDisconnectClassifier = std::function<Failure::Verdict()>;

    enum class Stage {
        Down,       ///< no transport
        Handshake,  ///< WebSocket open, waiting for the Engine.IO open packet
        Joining,    ///< CONNECT sent, waiting for the namespace's answer
        Joined,     ///< the namespace is connected: events flow
    };
    Q_ENUM(Stage)

    /// The configuration of the transport connection: config.url is the service URL as the
    /// reference client takes it; it is rewritten to the engine URL
    /// (…/socket.io/?EIO=4&transport=websocket, keeping its query). When options.nsp is
    /// empty it is set to the namespace the service URL names.
    static ConnectionConfig connectionConfig(ConnectionConfig config, SocketIoOptions &options);

    /// Speaks Socket.IO over a connection the caller owns, configured by connectionConfig()
    /// (live, replayed or relayed). An empty options.nsp means "/".
    SocketIoClient(Connection *connection, SocketIoOptions options, QObject *parent = nullptr);
    ~SocketIoClient() override;

    /// The engine URL for a service URL: scheme ws/wss (http/https are mapped), the engine
    /// path, the service URL's query plus EIO=4&transport=websocket.
    static QUrl engineUrl(const QUrl &serviceUrl, const QString &enginePath);
    /// The namespace a service URL names: its path, or "/" when it has none.
    static QString namespaceOf(const QUrl &serviceUrl);

    Connection *connection() const { return m_connection; }
    QString nsp() const { return m_nsp; }
    Stage stage() const { return m_stage; }
    bool isJoined() const { return m_stage == Stage::Joined; }
    /// The namespace session id the server gave (empty until joined).
    QString sid() const { return m_sid; }
    const EngineIo::OpenInfo &openInfo() const { return m_open; }
    /// Pings received in the current session (for tests and the inspector).
    int pingsReceived() const { return m_pings; }

    void setAuth(const QJsonObject &auth) { m_options.auth = auth; }
    void setConnectErrorClassifier(ConnectErrorClassifier classifier) { m_connectErrorClassifier = std::move(classifier); }
    void setRawEventFilter(RawEventFilter filter) { m_rawEventFilter = std::move(filter); }
    void setServerDisconnectClassifier(ServerDisconnectClassifier classifier)
    {
        m_serverDisconnectClassifier = std::move(classifier);
    }

    /// Emits an event with JSON arguments; with a callback, asks the server for an ack.
    /// Returns false (the callback is not called) when the namespace is not joined or the
    /// packet exceeds the server's maxPayload.
    bool emitEvent(const QString &name, const QJsonArray &args = {}, AckCallback ack = {});
    /// Answers an event the server sent with an ack id.
    bool sendAck(qint64 ackId, const QJsonArray &args = {});

    /// Feeds one frame as if it came from the socket (the Connection calls this; benches
    /// and codec tests use it to drive the client without a network).
    void processFrame(const QByteArray &frame);

public Q_SLOTS:
    void open();
    /// Leaves the namespace (DISCONNECT) and closes the socket on the user's behalf.
    void close();

Q_SIGNALS:
    /// The namespace is joined (also after every reconnect): send subscriptions from here.
    void joined(const QString &sid);
    /// The namespace session ended (transport lost, server or client disconnect).
    void left(const QString &reason);
    /// An event from the server. ackId >= 0 means the server waits for sendAck(ackId, …).
    void eventReceived(const QString &name, const QJsonArray &args, qint64 ackId);
    /// A binary event, with its attachments in order; placeholders in args are replaced by
    /// {"_binary":i,"size":n}.
    void binaryEventReceived(const QString &name, const QJsonArray &args, qint64 ackId,
                             const QList<QByteArray> &attachments);
    /// The server refused the namespace (middleware error).
    void connectError(const QString &message, const QJsonValue &data);
    /// A malformed packet was ignored (the session goes on); for logs and the inspector.
    void protocolError(const QString &reason);
    void stageChanged(SocketIoClient::Stage stage);

private:
    void onOpened();
    void onStateChanged(Connection::State state);
    void onEnginePacket(const EngineIo::Packet &packet);
    void onSocketIoPacket(SocketIo::Packet packet);
    void deliver(SocketIo::Packet &packet, const QList<QByteArray> &attachments);
    void onAck(const SocketIo::Packet &packet);
    bool sendPacket(const SocketIo::Packet &packet);
    void setStage(Stage stage);
    void endSession(const QString &reason);
    void armPingTimeout();

    struct PendingAck {
        AckCallback callback;
        qint64 deadlineMs;
    };

    QPointer<Connection> m_connection;
    SocketIoOptions m_options;
    QString m_nsp;
    QByteArray m_nspUtf8;
    RawEventFilter m_rawEventFilter;
    Stage m_stage = Stage::Down;
    QString m_sid;
    EngineIo::OpenInfo m_open;
    int m_pings = 0;
    ConnectErrorClassifier m_connectErrorClassifier;
    ServerDisconnectClassifier m_serverDisconnectClassifier;

    qint64 m_nextAckId = 0;
    QHash<qint64, PendingAck> m_pendingAcks;
    QTimer m_ackTimer;
    QTimer m_pingTimeout;
    QTimer m_handshakeTimer;
    QElapsedTimer m_clock;

    // a binary packet waiting for its attachments
    std::optional<SocketIo::Packet> m_binaryPacket;
    QList<QByteArray> m_attachments;
};
