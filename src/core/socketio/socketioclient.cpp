#include "socketioclient.h"

#include "core/logging.h"

#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSocketIo, "tidewatch.socketio")

namespace {

constexpr int AckSweepMs = 250;

} // namespace

ConnectionConfig SocketIoClient::connectionConfig(ConnectionConfig config, SocketIoOptions &options)
{
    if (options.nsp.isEmpty())
        options.nsp = namespaceOf(config.url);
    config.url = engineUrl(config.url, options.enginePath);
    return config;
}

SocketIoClient::SocketIoClient(Connection *connection, SocketIoOptions options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(std::move(options))
{
    Q_ASSERT(connection);
    m_nsp = m_options.nsp.isEmpty() ? QStringLiteral("/") : m_options.nsp;
    if (!m_nsp.startsWith(QLatin1Char('/')))
        m_nsp.prepend(QLatin1Char('/'));
    m_nspUtf8 = m_nsp.toUtf8();
    m_clock.start();

    connect(m_connection, &Connection::opened, this, &SocketIoClient::onOpened);
    connect(m_connection, &Connection::stateChanged, this, &SocketIoClient::onStateChanged);
    connect(m_connection, &Connection::messageReceived, this, &SocketIoClient::processFrame);

    m_pingTimeout.setSingleShot(true);
    connect(&m_pingTimeout, &QTimer::timeout, this, [this] {
        const int waited = m_open.pingIntervalMs + m_open.pingTimeoutMs;
        m_connection->fail(Failure::Kind::Transient,
                           tr("No Engine.IO ping from the server for %1 s: the connection is dead")
                               .arg(waited / 1000.0, 0, 'f', 1));
    });
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        m_connection->fail(Failure::Kind::Transient,
                           m_stage == Stage::Handshake
                               ? tr("The server opened the socket but sent no Engine.IO handshake")
                               : tr("The server did not answer the request to join namespace %1").arg(m_nsp));
    });
    m_ackTimer.setInterval(AckSweepMs);
    connect(&m_ackTimer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.elapsed();
        QList<AckCallback> expired;
        for (auto it = m_pendingAcks.begin(); it != m_pendingAcks.end();) {
            if (it->deadlineMs <= now) {
                expired << it->callback;
                it = m_pendingAcks.erase(it);
            } else {
                ++it;
            }
        }
        if (m_pendingAcks.isEmpty())
            m_ackTimer.stop();
        for (const AckCallback &callback : std::as_const(expired))
            callback(false, {}, tr("No acknowledgement within %1 s").arg(m_options.ackTimeoutMs / 1000.0));
    });

    m_connectErrorClassifier = [](const QString &message, const QJsonValue &) {
        return Failure::Verdict{Failure::Kind::Auth, tr("The server refused the connection: %1").arg(message)};
    };
}

SocketIoClient::~SocketIoClient()
{
    // Callbacks may capture objects that are going away too: drop them without calling.
    m_pendingAcks.clear();
}

QUrl SocketIoClient::engineUrl(const QUrl &serviceUrl, const QString &enginePath)
{
    QUrl url;
    const QString scheme = serviceUrl.scheme().toLower();
    url.setScheme(scheme == QLatin1String("https") || scheme == QLatin1String("wss") ? QStringLiteral("wss")
                                                                                     : QStringLiteral("ws"));
    url.setHost(serviceUrl.host());
    url.setPort(serviceUrl.port());
    url.setUserInfo(serviceUrl.userInfo());
    QString path = enginePath.isEmpty() ? QStringLiteral("/socket.io/") : enginePath;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    url.setPath(path);
    QUrlQuery query(serviceUrl);
    query.removeAllQueryItems(QStringLiteral("EIO"));
    query.removeAllQueryItems(QStringLiteral("transport"));
    query.addQueryItem(QStringLiteral("EIO"), QString::number(EngineIo::ProtocolVersion));
    query.addQueryItem(QStringLiteral("transport"), QStringLiteral("websocket"));
    url.setQuery(query);
    return url;
}

QString SocketIoClient::namespaceOf(const QUrl &serviceUrl)
{
    const QString path = serviceUrl.path();
    return path.isEmpty() ? QStringLiteral("/") : path;
}

void SocketIoClient::open()
{
    m_connection->open();
}

void SocketIoClient::close()
{
    if (m_stage == Stage::Joined)
        sendPacket(SocketIo::disconnectPacket(m_nsp));
    endSession(tr("Disconnected by the user"));
    m_connection->close();
}

bool SocketIoClient::emitEvent(const QString &name, const QJsonArray &args, AckCallback ack)
{
    if (m_stage != Stage::Joined)
        return false;
    qint64 id = -1;
    if (ack) {
        id = m_nextAckId;
        m_nextAckId = m_nextAckId >= SocketIo::MaxAckId ? 0 : m_nextAckId + 1;
    }
    if (!sendPacket(SocketIo::eventPacket(m_nsp, name, args, id)))
        return false;
    if (ack) {
        m_pendingAcks.insert(id, {std::move(ack), m_clock.elapsed() + m_options.ackTimeoutMs});
        if (!m_ackTimer.isActive())
            m_ackTimer.start();
    }
    return true;
}

bool SocketIoClient::sendAck(qint64 ackId, const QJsonArray &args)
{
    if (m_stage != Stage::Joined || ackId < 0)
        return false;
    return sendPacket(SocketIo::ackPacket(m_nsp, ackId, args));
}

bool SocketIoClient::sendPacket(const SocketIo::Packet &packet)
{
    const QByteArray frame = EngineIo::encode(EngineIo::PacketType::Message, SocketIo::encode(packet));
    if (m_open.maxPayload > 0 && frame.size() > m_open.maxPayload) {
        qCWarning(lcSocketIo).noquote() << m_connection->name() << "packet of" << frame.size()
                                        << "bytes exceeds the server's maxPayload" << m_open.maxPayload;
        Q_EMIT protocolError(tr("A packet of %1 bytes exceeds the server's limit of %2 bytes and was not sent")
                                 .arg(frame.size()).arg(m_open.maxPayload));
        return false;
    }
    return m_connection->sendText(frame);
}

void SocketIoClient::onOpened()
{
    m_binaryPacket.reset();
    m_attachments.clear();
    m_pings = 0;
    m_sid.clear();
    setStage(Stage::Handshake);
    m_handshakeTimer.start(std::max(1000, m_connection->config().connectTimeoutMs));
}

void SocketIoClient::onStateChanged(Connection::State state)
{
    if (state == Connection::State::Open)
        return;
    endSession(m_connection->reason());
}

void SocketIoClient::endSession(const QString &reason)
{
    m_pingTimeout.stop();
    m_handshakeTimer.stop();
    m_binaryPacket.reset();
    m_attachments.clear();
    const bool wasJoined = m_stage == Stage::Joined;
    setStage(Stage::Down);
    const auto pending = std::exchange(m_pendingAcks, {});
    m_ackTimer.stop();
    for (const PendingAck &p : pending)
        p.callback(false, {}, tr("The session ended before the server acknowledged"));
    if (wasJoined)
        Q_EMIT left(reason);
}

void SocketIoClient::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

void SocketIoClient::armPingTimeout()
{
    if (m_options.reader)
        return;
    m_pingTimeout.start(m_open.pingIntervalMs + m_open.pingTimeoutMs);
}

void SocketIoClient::processFrame(const QByteArray &frame)
{
    // Connection hands text and binary frames over alike. Binary frames only ever carry
    // the attachments of a binary packet announced just before, so while one waits for
    // its attachments every frame is one of them (the reference decoder does the same).
    if (m_binaryPacket) {
        m_attachments << frame;
        if (m_attachments.size() >= m_binaryPacket->attachments) {
            SocketIo::Packet packet = std::move(*m_binaryPacket);
            m_binaryPacket.reset();
            const QList<QByteArray> attachments = std::exchange(m_attachments, {});
            deliver(packet, attachments);
        }
        return;
    }
    // The hot path: a Socket.IO packet in an Engine.IO message, decoded in place.
    if (frame.size() > 1 && frame.at(0) == '4') {
        const QByteArrayView text = QByteArrayView(frame).sliced(1);
        if (m_rawEventFilter && m_stage == Stage::Joined) {
            SocketIo::Header header;
            if (SocketIo::decodeHeader(text, header) && header.type == SocketIo::PacketType::Event && header.id < 0
                && header.nsp == QByteArrayView(m_nspUtf8) && m_rawEventFilter(text.sliced(header.payloadAt)))
                return;
        }
        SocketIo::Packet sio;
        QString error;
        if (!SocketIo::decode(text, sio, &error)) {
            qCDebug(lcSocketIo).noquote() << m_connection->name() << "ignored a malformed packet:" << error;
            Q_EMIT protocolError(error);
            return;
        }
        onSocketIoPacket(std::move(sio));
        return;
    }
    EngineIo::Packet packet;
    QString error;
    if (!EngineIo::decode(frame, false, packet, &error)) {
        Q_EMIT protocolError(error);
        return;
    }
    onEnginePacket(packet);
}

void SocketIoClient::onEnginePacket(const EngineIo::Packet &packet)
{
    using EngineIo::PacketType;
    switch (packet.type) {
    case PacketType::Open: {
        QString error;
        EngineIo::OpenInfo info;
        if (!EngineIo::parseOpen(packet.data, info, &error)) {
            m_connection->fail(Failure::Kind::Transient, tr("Bad Engine.IO handshake: %1").arg(error));
            return;
        }
        m_open = info;
        armPingTimeout();
        setStage(Stage::Joining);
        if (!m_options.reader)
            m_handshakeTimer.start(std::max(1000, m_connection->config().connectTimeoutMs));
        // Token auth presents the connection's key as it is now, so a changed key counts on the
        // next connect.
        QJsonObject auth = m_options.auth;
        if (m_connection->config().auth == Auth::Method::SocketIoToken)
            auth.insert(QStringLiteral("token"), m_connection->config().key);
        sendPacket(SocketIo::connectPacket(m_nsp, auth.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(auth)));
        return;
    }
    case PacketType::Ping:
        ++m_pings;
        armPingTimeout();
        m_connection->sendText(EngineIo::encode(PacketType::Pong, packet.data));
        return;
    case PacketType::Close:
        m_connection->fail(Failure::Kind::Transient, tr("The server closed the Engine.IO session"));
        return;
    case PacketType::Message: {
        SocketIo::Packet sio;
        QString error;
        if (!SocketIo::decode(packet.data, sio, &error)) {
            qCDebug(lcSocketIo).noquote() << m_connection->name() << "ignored a malformed packet:" << error;
            Q_EMIT protocolError(error);
            return;
        }
        onSocketIoPacket(std::move(sio));
        return;
    }
    case PacketType::Pong:
    case PacketType::Upgrade:
    case PacketType::Noop:
        return;
    }
}

void SocketIoClient::onSocketIoPacket(SocketIo::Packet packet)
{
    using SocketIo::PacketType;
    if (m_options.reader) {
        if (packet.nsp != m_nsp) {
            m_nsp = packet.nsp;
            m_nspUtf8 = m_nsp.toUtf8();
        }
        if (m_stage != Stage::Joined && packet.type != PacketType::Connect && packet.type != PacketType::ConnectError) {
            setStage(Stage::Joined);
            Q_EMIT joined(m_sid);
        }
    }
    if (packet.nsp != m_nsp) {
        Q_EMIT protocolError(tr("A packet for namespace %1 arrived on %2").arg(packet.nsp, m_nsp));
        return;
    }
    switch (packet.type) {
    case PacketType::Connect:
        if (m_stage != Stage::Joining)
            return;
        m_handshakeTimer.stop();
        m_sid = packet.payload.toObject().value(QLatin1String("sid")).toString();
        setStage(Stage::Joined);
        Q_EMIT joined(m_sid);
        return;
    case PacketType::ConnectError: {
        m_handshakeTimer.stop();
        const QString message = packet.payload.isString()
                                    ? packet.payload.toString()
                                    : packet.payload.toObject().value(QLatin1String("message")).toString();
        const QJsonValue data = packet.payload.toObject().value(QLatin1String("data"));
        Q_EMIT connectError(message, data);
        const Failure::Verdict verdict = m_connectErrorClassifier(message, data);
        m_connection->fail(verdict.kind == Failure::Kind::None ? Failure::Kind::Transient : verdict.kind, verdict.reason);
        return;
    }
    case PacketType::Disconnect: {
        Failure::Verdict verdict{Failure::Kind::Final, tr("The server ended the session")};
        if (m_serverDisconnectClassifier)
            verdict = m_serverDisconnectClassifier();
        endSession(verdict.reason);
        if (verdict.kind == Failure::Kind::None || verdict.kind == Failure::Kind::Final)
            m_connection->finish(verdict.reason);
        else
            m_connection->fail(verdict.kind, verdict.reason);
        return;
    }
    case PacketType::Event:
    case PacketType::Ack:
        if (m_stage != Stage::Joined)
            return;
        deliver(packet, {});
        return;
    case PacketType::BinaryEvent:
    case PacketType::BinaryAck:
        if (m_stage != Stage::Joined)
            return;
        if (packet.attachments == 0) {
            deliver(packet, {});
            return;
        }
        m_binaryPacket = std::move(packet);
        return;
    }
}

void SocketIoClient::deliver(SocketIo::Packet &packet, const QList<QByteArray> &attachments)
{
    if (!attachments.isEmpty() && !SocketIo::resolvePlaceholders(packet.payload, attachments)) {
        Q_EMIT protocolError(tr("A binary packet refers to an attachment that did not arrive"));
        return;
    }
    if (packet.isAck()) {
        onAck(packet);
        return;
    }
    const QString name = packet.eventName();
    const QJsonArray args = packet.arguments();
    if (packet.type == SocketIo::PacketType::BinaryEvent)
        Q_EMIT binaryEventReceived(name, args, packet.id, attachments);
    else
        Q_EMIT eventReceived(name, args, packet.id);
}

void SocketIoClient::onAck(const SocketIo::Packet &packet)
{
    const auto it = m_pendingAcks.find(packet.id);
    if (it == m_pendingAcks.end()) {
        Q_EMIT protocolError(tr("An acknowledgement for unknown id %1 was ignored").arg(packet.id));
        return;
    }
    const AckCallback callback = it->callback;
    m_pendingAcks.erase(it);
    callback(true, packet.payload.toArray(), {});
}
