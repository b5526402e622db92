#pragma once
// The server side of one Engine.IO v4 / Socket.IO v5 session over a WebSocket: what the
// simulator needs to act like a socket.io server (the real socket.io-client connects to it).

#include "core/socketio/engineio.h"
#include "core/socketio/socketiopacket.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <QWebSocket>

/// Sends the open packet, pings every pingInterval and drops the client when a pong is
/// late (as socket.io does), answers namespace CONNECTs through a decision the owner
/// makes (accept or refuse), and carries events and acks both ways.
class SocketIoServerSession : public QObject
{
    Q_OBJECT
public:
    /// Takes over the socket (already upgraded). Sends the open packet at once.
    SocketIoServerSession(QWebSocket *socket, const EngineIo::OpenInfo &open, QObject *parent = nullptr);
    ~SocketIoServerSession() override;

    QWebSocket *socket() const { return m_socket; }
    QString sid() const { return m_open.sid; }
    /// The namespace the client joined (empty until accepted).
    QString nsp() const { return m_nsp; }
    bool isJoined() const { return !m_nsp.isEmpty(); }

    /// Answers a namespaceRequested(): the client is in.
    void accept(const QString &nsp, const QString &namespaceSid);
    /// Answers a namespaceRequested(): CONNECT_ERROR with a message and optional data.
    void refuse(const QString &nsp, const QString &message, const QJsonValue &data = QJsonValue::Undefined);

    /// Sends an event to the joined namespace. Returns false when not joined or gone.
    bool emitEvent(const QString &name, const QJsonArray &args);
    /// The pre-encoded text frame of an event (for floods: encode once, send many).
    QByteArray encodeEvent(const QString &name, const QJsonArray &args) const;
    bool sendFrame(const QByteArray &frame);
    bool sendAck(qint64 ackId, const QJsonArray &args);
    /// Leaves the namespace on the server's initiative (41) and closes the transport.
    void disconnectClient();
    /// Drops the transport without a Socket.IO goodbye (a network cut).
    void dropTransport();

Q_SIGNALS:
    /// The client asks to join nsp with an auth payload; answer with accept() or refuse().
    void namespaceRequested(const QString &nsp, const QJsonObject &auth);
    void eventReceived(const QString &name, const QJsonArray &args, qint64 ackId);
    /// The client left the namespace (41) or the transport ended.
    void ended(const QString &reason);

private:
    void onText(const QString &text);
    void end(const QString &reason);

    QPointer<QWebSocket> m_socket;
    EngineIo::OpenInfo m_open;
    QString m_nsp;
    QTimer m_pingTimer;
    QTimer m_pongDeadline;
    bool m_ended = false;
};
