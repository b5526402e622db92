#include "socketioserversession.h"

#include <QWebSocket>

SocketIoServerSession::SocketIoServerSession(QWebSocket *socket, const EngineIo::OpenInfo &open, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_open(open)
{
    connect(socket, &QWebSocket::textMessageReceived, this, &SocketIoServerSession::onText);
    connect(socket, &QWebSocket::disconnected, this, [this] { end(QStringLiteral("transport close")); });
    m_pingTimer.setInterval(m_open.pingIntervalMs);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (!m_socket)
            return;
        m_socket->sendTextMessage(QStringLiteral("2"));
        if (!m_pongDeadline.isActive())
            m_pongDeadline.start(m_open.pingTimeoutMs);
    });
    m_pongDeadline.setSingleShot(true);
    connect(&m_pongDeadline, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
        end(QStringLiteral("ping timeout"));
    });
    socket->sendTextMessage(QString::fromUtf8(EngineIo::encode(EngineIo::PacketType::Open, EngineIo::encodeOpen(m_open))));
    m_pingTimer.start();
}

SocketIoServerSession::~SocketIoServerSession() = default;

void SocketIoServerSession::accept(const QString &nsp, const QString &namespaceSid)
{
    m_nsp = nsp;
    sendFrame(EngineIo::encode(EngineIo::PacketType::Message,
                               SocketIo::encode(SocketIo::connectPacket(nsp, QJsonObject{{QStringLiteral("sid"), namespaceSid}}))));
}

void SocketIoServerSession::refuse(const QString &nsp, const QString &message, const QJsonValue &data)
{
    sendFrame(EngineIo::encode(EngineIo::PacketType::Message, SocketIo::encode(SocketIo::connectErrorPacket(nsp, message, data))));
}

QByteArray SocketIoServerSession::encodeEvent(const QString &name, const QJsonArray &args) const
{
    return EngineIo::encode(EngineIo::PacketType::Message, SocketIo::encode(SocketIo::eventPacket(m_nsp, name, args)));
}

bool SocketIoServerSession::emitEvent(const QString &name, const QJsonArray &args)
{
    if (!isJoined())
        return false;
    return sendFrame(encodeEvent(name, args));
}

bool SocketIoServerSession::sendFrame(const QByteArray &frame)
{
    if (!m_socket || m_ended)
        return false;
    m_socket->sendTextMessage(QString::fromUtf8(frame));
    return true;
}

bool SocketIoServerSession::sendAck(qint64 ackId, const QJsonArray &args)
{
    if (!isJoined() || ackId < 0)
        return false;
    return sendFrame(EngineIo::encode(EngineIo::PacketType::Message, SocketIo::encode(SocketIo::ackPacket(m_nsp, ackId, args))));
}

void SocketIoServerSession::disconnectClient()
{
    if (isJoined())
        sendFrame(EngineIo::encode(EngineIo::PacketType::Message, SocketIo::encode(SocketIo::disconnectPacket(m_nsp))));
    if (m_socket)
        m_socket->close(QWebSocketProtocol::CloseCodeNormal, QStringLiteral("server disconnect"));
    end(QStringLiteral("server namespace disconnect"));
}

void SocketIoServerSession::dropTransport()
{
    if (m_socket)
        m_socket->abort();
    end(QStringLiteral("transport close"));
}

void SocketIoServerSession::end(const QString &reason)
{
    if (m_ended)
        return;
    m_ended = true;
    m_pingTimer.stop();
    m_pongDeadline.stop();
    Q_EMIT ended(reason);
}

void SocketIoServerSession::onText(const QString &text)
{
    if (m_ended)
        return;
    EngineIo::Packet engine;
    if (!EngineIo::decode(text.toUtf8(), false, engine))
        return;
    switch (engine.type) {
    case EngineIo::PacketType::Pong:
        m_pongDeadline.stop();
        return;
    case EngineIo::PacketType::Close:
        if (m_socket)
            m_socket->close();
        end(QStringLiteral("client close"));
        return;
    case EngineIo::PacketType::Message:
        break;
    default:
        return;
    }
    SocketIo::Packet packet;
    if (!SocketIo::decode(engine.data, packet)) {
        // socket.io closes the connection on a packet it cannot parse.
        dropTransport();
        return;
    }
    switch (packet.type) {
    case SocketIo::PacketType::Connect:
        Q_EMIT namespaceRequested(packet.nsp, packet.payload.toObject());
        return;
    case SocketIo::PacketType::Disconnect:
        if (packet.nsp == m_nsp) {
            m_nsp.clear();
            if (m_socket)
                m_socket->close();
            end(QStringLiteral("client namespace disconnect"));
        }
        return;
    case SocketIo::PacketType::Event:
        if (packet.nsp == m_nsp)
            Q_EMIT eventReceived(packet.eventName(), packet.arguments(), packet.id);
        return;
    default:
        return; // acks from the client and binary packets are not used by the simulator
    }
}
