#include "simserver.h"

#include "core/logging.h"

#include <QCryptographicHash>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

namespace {

constexpr qsizetype MaxHttpHeaderBytes = 64 * 1024;
constexpr qsizetype MaxHttpBodyBytes = 4 * 1024 * 1024;

QByteArray statusText(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    default: return "Status";
    }
}

void writeResponse(QTcpSocket *socket, const SimHttpResponse &response)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + statusText(response.status) + "\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n";
    for (auto it = response.headers.cbegin(); it != response.headers.cend(); ++it)
        out += it.key() + ": " + it.value() + "\r\n";
    out += "\r\n" + response.body;
    socket->write(out);
    socket->disconnectFromHost();
}

} // namespace

SimHandler::SimHandler(SimServer *server)
    : QObject(server)
    , m_server(server)
{
}

SimHttpResponse SimHandler::handleHttp(const SimHttpRequest &)
{
    return {};
}

int SimHandler::upgradeStatus(const SimHttpRequest &)
{
    return 0;
}

namespace {

SimHttpRequest parseHead(const QByteArray &head)
{
    SimHttpRequest request;
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.size() >= 2) {
        request.method = first.at(0);
        request.url = QUrl(QString::fromUtf8(first.at(1)));
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    return request;
}

} // namespace

SimServer::SimServer(SimConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(m_config.clockFactor)
{
    m_tcp = new QTcpServer(this);
    m_ws = new QWebSocketServer(QStringLiteral("Tidewatch simulator"), QWebSocketServer::NonSecureMode, this);
    // Large enough for the floods the benchmarks ask for.
    m_ws->setMaxPendingConnections(256);
    connect(m_tcp, &QTcpServer::newConnection, this, &SimServer::onTcpConnection);
    connect(m_ws, &QWebSocketServer::newConnection, this, &SimServer::onWebSocket);
}

SimServer::~SimServer() = default;

bool SimServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_tcp->listen(address, port)) {
        m_error = m_tcp->errorString();
        return false;
    }
    qCInfo(lcSim) << "simulator listening on" << baseUrl().toString();
    return true;
}

quint16 SimServer::port() const
{
    return m_tcp->serverPort();
}

QUrl SimServer::baseUrl(const QString &scheme) const
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

quint32 SimServer::seedFor(const QString &name) const
{
    const QByteArray hash = QCryptographicHash::hash(name.toUtf8(), QCryptographicHash::Sha1);
    quint32 h = 0;
    for (int i = 0; i < 4; ++i)
        h = (h << 8) | quint8(hash.at(i));
    return m_config.seed ^ h;
}

void SimServer::addHandler(SimHandler *handler)
{
    handler->setParent(this);
    m_handlers.append(handler);
}

QString SimServer::presentedKey(const QNetworkRequest &request)
{
    for (const char *name : {"X-API-KEY", "x-api-key"}) {
        const QByteArray v = request.rawHeader(name);
        if (!v.isEmpty())
            return QString::fromUtf8(v);
    }
    const QByteArray authz = request.rawHeader("Authorization");
    if (authz.startsWith("Bearer "))
        return QString::fromUtf8(authz.mid(7)).trimmed();
    return QUrlQuery(request.url()).queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded);
}

bool SimServer::keyAccepted(const QString &key) const
{
    if (key.isEmpty())
        return false;
    return m_config.acceptedKeys.isEmpty() || m_config.acceptedKeys.contains(key);
}

void SimServer::onTcpConnection()
{
    while (QTcpSocket *socket = m_tcp->nextPendingConnection()) {
        // Decide between a WebSocket upgrade and plain HTTP once the header is complete.
        auto decide = [this, socket] {
            const QByteArray head = socket->peek(MaxHttpHeaderBytes);
            const qsizetype end = head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (head.size() >= MaxHttpHeaderBytes)
                    socket->abort();
                return;
            }
            socket->disconnect(this);
            if (head.left(end).toLower().contains("upgrade: websocket")) {
                const SimHttpRequest request = parseHead(head.left(end));
                for (SimHandler *handler : std::as_const(m_handlers)) {
                    if (!handler->acceptsPath(request.url.path()))
                        continue;
                    if (const int status = handler->upgradeStatus(request)) {
                        writeResponse(socket, {status, "application/json",
                                               R"({"error":"upgrade refused"})", {}});
                        return;
                    }
                    break;
                }
                m_ws->handleConnection(socket);
                // The handshake is already buffered: make the server look at it.
                if (socket->bytesAvailable() > 0)
                    QMetaObject::invokeMethod(socket, "readyRead", Qt::QueuedConnection);
            } else {
                routeHttp(socket);
            }
        };
        connect(socket, &QTcpSocket::readyRead, this, decide);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void SimServer::routeHttp(QTcpSocket *socket)
{
    auto tryAnswer = [this, socket] {
        const QByteArray data = socket->peek(MaxHttpHeaderBytes + MaxHttpBodyBytes);
        const qsizetype end = data.indexOf("\r\n\r\n");
        SimHttpRequest request = parseHead(data.left(end));
        if (request.method.isEmpty()) {
            writeResponse(socket, {400, "text/plain", "bad request line", {}});
            return;
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (length < 0 || length > MaxHttpBodyBytes) {
            writeResponse(socket, {400, "text/plain", "body too large", {}});
            return;
        }
        if (data.size() < end + 4 + length)
            return; // wait for the rest of the body
        request.body = data.mid(end + 4, length);
        socket->read(end + 4 + length);
        socket->disconnect(this);
        for (SimHandler *handler : std::as_const(m_handlers)) {
            const SimHttpResponse response = handler->handleHttp(request);
            if (response.status != 0) {
                writeResponse(socket, response);
                return;
            }
        }
        writeResponse(socket, {404, "application/json", R"({"error":"not found"})", {}});
    };
    connect(socket, &QTcpSocket::readyRead, this, tryAnswer);
    tryAnswer();
}

void SimServer::onWebSocket()
{
    while (QWebSocket *socket = m_ws->nextPendingConnection()) {
        const QString path = socket->requestUrl().path();
        SimHandler *target = nullptr;
        for (SimHandler *handler : std::as_const(m_handlers)) {
            if (handler->acceptsPath(path)) {
                target = handler;
                break;
            }
        }
        if (!target) {
            qCInfo(lcSim) << "no simulator handler for" << path;
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown path"));
            socket->deleteLater();
            continue;
        }
        ++m_openSockets;
        connect(socket, &QWebSocket::disconnected, this, [this] { --m_openSockets; });
        socket->setParent(target);
        Q_EMIT socketAccepted(path);
        target->acceptSocket(socket);
    }
}
