#include "faultproxy.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <algorithm>
#include <array>
#include <deque>
#include <limits>
#include <utility>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace {

// Stop reading from one side while the other side has this much unsent: the kernel's TCP
// window then slows the sender down instead of the proxy buffering without bound.
constexpr qint64 HighWaterBytes = 4 * 1024 * 1024;
constexpr qint64 ReadBufferBytes = 1024 * 1024;
// A link whose closing side does not finish within this time is dropped anyway.
constexpr int CloseGraceMs = 5000;
// The longest HTTP head the proxy reads (a request before an HttpError answer, the upgrade
// response before the first frame); anything longer is not an HTTP exchange it follows.
constexpr qsizetype MaxHttpHeadBytes = 64 * 1024;

enum Direction { ToTarget = 0, ToClient = 1 };

constexpr std::array<FaultProxy::Mode, 10> allModes()
{
    using M = FaultProxy::Mode;
    return {M::PassThrough, M::Latency, M::Cut, M::BlackHole, M::Corrupt, M::Truncate,
            M::Reset, M::Fin, M::CloseFrame, M::HttpError};
}

/// Follows the server's byte stream (the HTTP upgrade response, then WebSocket frames) far
/// enough to know where a frame ends, so that an injected close frame lands between two
/// frames instead of inside one.
class FrameTracker
{
public:
    /// Between two frames of an upgraded stream: a frame may be inserted here.
    bool atBoundary() const { return m_upgraded && m_head.isEmpty() && m_payloadLeft == 0; }
    /// The response was not a 101 upgrade (or not HTTP): there are no frames to follow.
    bool notWebSocket() const { return m_notWebSocket; }

    /// Consumes up to size bytes of the stream; with stopAtBoundary it stops at the first
    /// frame boundary it reaches. Returns the number of bytes consumed.
    qsizetype track(const char *data, qsizetype size, bool stopAtBoundary)
    {
        qsizetype i = 0;
        while (i < size && !m_notWebSocket) {
            if (stopAtBoundary && atBoundary())
                return i;
            if (!m_upgraded) {
                m_head.append(data[i++]);
                if (m_head.endsWith("\r\n\r\n")) {
                    m_upgraded = m_head.startsWith("HTTP/1.1 101") || m_head.startsWith("HTTP/1.0 101");
                    m_notWebSocket = !m_upgraded;
                    m_head.clear();
                } else if (m_head.size() > MaxHttpHeadBytes) {
                    m_notWebSocket = true;
                }
            } else if (m_payloadLeft > 0) {
                const qsizetype take = qsizetype(std::min<qint64>(m_payloadLeft, size - i));
                m_payloadLeft -= take;
                i += take;
            } else {
                m_head.append(data[i++]);
                readFrameHeader();
            }
        }
        return m_notWebSocket ? size : i;
    }

private:
    void readFrameHeader()
    {
        if (m_head.size() < 2)
            return;
        const auto b1 = quint8(m_head.at(1));
        const int len7 = b1 & 0x7F;
        const int lengthBytes = len7 == 126 ? 2 : len7 == 127 ? 8 : 0;
        const int need = 2 + lengthBytes + ((b1 & 0x80) ? 4 : 0);
        if (m_head.size() < need)
            return;
        quint64 length = quint64(len7);
        if (lengthBytes > 0) {
            length = 0;
            for (int k = 0; k < lengthBytes; ++k)
                length = (length << 8) | quint8(m_head.at(2 + k));
        }
        // A length with the top bit set is a protocol error the client will see; following
        // it further makes no sense.
        if (length > quint64(std::numeric_limits<qint64>::max()))
            m_notWebSocket = true;
        m_payloadLeft = qint64(length);
        m_head.clear();
    }

    QByteArray m_head;        // the HTTP head, or the frame header read so far
    qint64 m_payloadLeft = 0; // payload bytes of the current frame still to come
    bool m_upgraded = false;
    bool m_notWebSocket = false;
};

/// Sets SO_LINGER {on, 0} so that closing the socket sends a TCP RST instead of a FIN.
void lingerZero(QTcpSocket *socket)
{
    const qintptr fd = socket->socketDescriptor();
    if (fd == -1)
        return;
    struct linger option;
    option.l_onoff = 1;
    option.l_linger = 0;
#ifdef Q_OS_WIN
    ::setsockopt(SOCKET(fd), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&option), sizeof option);
#else
    ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status >= 500 ? "Server Error" : "Error";
    }
}

} // namespace

namespace FaultProxyDetail {

/// One accepted client and its connection to the target.
class Link : public QObject
{
public:
    Link(FaultProxy *proxy, QTcpSocket *client);
    ~Link() override;

    void connectTarget();
    void cut();
    void scheduleCut(int afterMs);
    void reset();
    void fin();
    /// Sends the close frame at the next frame boundary of the server's stream.
    void requestCloseFrame();
    /// Answers the client's request with an HTTP error instead of forwarding it.
    void refuseUpgrade(int status);

private:
    struct Chunk {
        qint64 dueMs;
        QByteArray bytes;
    };

    QTcpSocket *source(Direction d) const { return d == ToTarget ? m_client : m_target; }
    QTcpSocket *destination(Direction d) const { return d == ToTarget ? m_target : m_client; }
    bool destinationReady(Direction d) const;
    void readFrom(Direction d);
    void forward(Direction d, QByteArray bytes);
    void write(Direction d, const QByteArray &bytes);
    void deliverDue();
    void onSourceClosed(Direction d);
    void closeWhenDrained(Direction d);
    void truncateAndCut(Direction d, const QByteArray &bytes);
    void discard(qint64 bytes);
    void finish();
    void injectCloseFrame();
    void answerRefusal();
    void dropTarget();

    FaultProxy *m_proxy;
    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_target;
    QByteArray m_beforeConnect;             // client bytes that arrived before the target answered
    std::array<std::deque<Chunk>, 2> m_queue; // delayed chunks per direction
    std::array<bool, 2> m_sourceClosed{{false, false}};
    QElapsedTimer m_clock;
    QTimer m_deliveryTimer;
    QTimer m_cutTimer;
    FrameTracker m_frames;          // the server's stream (target → client)
    QByteArray m_requestHead;       // HttpError: the client's request read so far
    int m_refusalStatus = 0;        // HttpError: the status to answer with (0: forwarding)
    bool m_closePending = false;    // CloseFrame: waiting for a frame boundary
    bool m_closing = false;         // the close frame went out: both sides' bytes are dropped
    bool m_blackHoled = false;
    bool m_finished = false;
};

Link::Link(FaultProxy *proxy, QTcpSocket *client)
    : QObject(proxy)
    , m_proxy(proxy)
    , m_client(client)
{
    m_clock.start();
    client->setParent(this);
    client->setReadBufferSize(ReadBufferBytes);
    m_deliveryTimer.setSingleShot(true);
    m_deliveryTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_deliveryTimer, &QTimer::timeout, this, &Link::deliverDue);
    m_cutTimer.setSingleShot(true);
    connect(&m_cutTimer, &QTimer::timeout, this, [this] {
        if (m_proxy->mode() == FaultProxy::Mode::Cut)
            cut();
    });
    connect(client, &QTcpSocket::readyRead, this, [this] { readFrom(ToTarget); });
    connect(client, &QTcpSocket::bytesWritten, this, [this] { readFrom(ToClient); });
    connect(client, &QTcpSocket::disconnected, this, [this] { onSourceClosed(ToTarget); });
}

Link::~Link()
{
    m_finished = true;
    for (QTcpSocket *socket : {m_client.data(), m_target.data()}) {
        if (socket)
            socket->disconnect(this);
    }
}

void Link::connectTarget()
{
    // A black hole never reaches the server: the client talks into the void.
    if (m_proxy->mode() == FaultProxy::Mode::BlackHole) {
        m_blackHoled = true;
        return;
    }
    auto *target = new QTcpSocket(this);
    target->setReadBufferSize(ReadBufferBytes);
    m_target = target;
    connect(target, &QTcpSocket::connected, this, [this] {
        if (!m_beforeConnect.isEmpty())
            write(ToTarget, std::exchange(m_beforeConnect, {}));
        if (m_sourceClosed[ToTarget])
            closeWhenDrained(ToTarget);
    });
    connect(target, &QTcpSocket::readyRead, this, [this] { readFrom(ToClient); });
    connect(target, &QTcpSocket::bytesWritten, this, [this] { readFrom(ToTarget); });
    connect(target, &QTcpSocket::disconnected, this, [this] { onSourceClosed(ToClient); });
    connect(target, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError error) {
        // A refused or failed connection to the target: the client sees its connection close.
        if (error != QAbstractSocket::RemoteHostClosedError && m_target
            && m_target->state() != QAbstractSocket::ConnectedState)
            onSourceClosed(ToClient);
    });
    target->connectToHost(m_proxy->targetHost(), m_proxy->targetPort());
}

bool Link::destinationReady(Direction d) const
{
    QTcpSocket *dest = destination(d);
    return dest && dest->state() == QAbstractSocket::ConnectedState;
}

void Link::readFrom(Direction d)
{
    QTcpSocket *src = source(d);
    if (m_finished || !src || src->bytesAvailable() == 0)
        return;
    if (m_closing) {
        // After the injected close frame nothing more of the server reaches the client, and
        // the client's close reply has no server to go to.
        m_proxy->m_bytesDiscarded += src->readAll().size();
        return;
    }
    if (m_refusalStatus > 0) {
        if (d == ToTarget) {
            m_requestHead += src->readAll();
            if (m_requestHead.contains("\r\n\r\n") || m_requestHead.size() > MaxHttpHeadBytes)
                answerRefusal();
        }
        return;
    }
    if (m_blackHoled || m_proxy->mode() == FaultProxy::Mode::BlackHole) {
        m_blackHoled = true;
        discard(src->readAll().size());
        return;
    }
    QTcpSocket *dest = destination(d);
    if (dest && m_queue[d].empty() && dest->bytesToWrite() > HighWaterBytes)
        return; // resumed by the destination's bytesWritten
    QByteArray bytes = src->readAll();
    if (d == ToClient) {
        // Follow the frames as the server sent them (before any corruption below).
        const qsizetype upTo = m_frames.track(bytes.constData(), bytes.size(), m_closePending);
        if (m_closePending && m_frames.notWebSocket()) {
            // A refused upgrade or not WebSocket at all: there is no frame to close with.
            m_closePending = false;
            cut();
            return;
        }
        if (m_closePending && m_frames.atBoundary()) {
            if (upTo > 0)
                forward(ToClient, bytes.left(upTo));
            m_proxy->m_bytesDiscarded += bytes.size() - upTo;
            injectCloseFrame();
            return;
        }
    }
    switch (m_proxy->mode()) {
    case FaultProxy::Mode::Truncate:
        truncateAndCut(d, bytes);
        return;
    case FaultProxy::Mode::Corrupt: {
        const int stride = m_proxy->corruptStride();
        char *data = bytes.data();
        for (qsizetype i = 0; i < bytes.size(); i += stride)
            data[i] = char(data[i] ^ 0xFF);
        ++m_proxy->m_chunksCorrupted;
        Q_EMIT m_proxy->faultInjected(FaultProxy::Mode::Corrupt);
        break;
    }
    default:
        break;
    }
    forward(d, std::move(bytes));
}

void Link::forward(Direction d, QByteArray bytes)
{
    const int delay = m_proxy->mode() == FaultProxy::Mode::Latency ? m_proxy->latencyMs() : 0;
    if (delay <= 0 && m_queue[d].empty()) {
        write(d, bytes);
        return;
    }
    // Chunks keep their order even when the latency shrinks while some are queued.
    qint64 due = m_clock.elapsed() + delay;
    if (!m_queue[d].empty())
        due = std::max(due, m_queue[d].back().dueMs);
    m_queue[d].push_back({due, std::move(bytes)});
    if (!m_deliveryTimer.isActive() || m_deliveryTimer.remainingTime() > int(due - m_clock.elapsed()))
        m_deliveryTimer.start(int(std::max<qint64>(0, due - m_clock.elapsed())));
}

void Link::write(Direction d, const QByteArray &bytes)
{
    if (d == ToTarget && !destinationReady(d)) {
        m_beforeConnect += bytes;
        return;
    }
    QTcpSocket *dest = destination(d);
    if (!dest)
        return;
    dest->write(bytes);
    (d == ToTarget ? m_proxy->m_bytesToTarget : m_proxy->m_bytesToClient) += bytes.size();
}

void Link::deliverDue()
{
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    qint64 next = -1;
    for (Direction d : {ToTarget, ToClient}) {
        auto &queue = m_queue[d];
        while (!queue.empty() && queue.front().dueMs <= now) {
            write(d, queue.front().bytes);
            queue.pop_front();
        }
        if (!queue.empty())
            next = next < 0 ? queue.front().dueMs : std::min(next, queue.front().dueMs);
        else if (m_sourceClosed[d])
            closeWhenDrained(d);
        if (m_finished)
            return;
    }
    if (next >= 0)
        m_deliveryTimer.start(int(std::max<qint64>(0, next - now)));
}

void Link::onSourceClosed(Direction d)
{
    if (m_finished)
        return;
    m_sourceClosed[d] = true;
    if (d == ToTarget && m_refusalStatus > 0) {
        finish();
        return;
    }
    if (d == ToTarget) {
        // The client left: nothing downstream matters any more.
        if (m_blackHoled || !m_target || m_target->state() == QAbstractSocket::UnconnectedState) {
            finish();
            return;
        }
        readFrom(ToTarget); // whatever the client sent last
        closeWhenDrained(ToTarget);
        return;
    }
    // The target left. In a black hole the client never learns of it.
    if (m_blackHoled || m_proxy->mode() == FaultProxy::Mode::BlackHole) {
        m_blackHoled = true;
        return;
    }
    readFrom(ToClient);
    closeWhenDrained(ToClient);
}

void Link::closeWhenDrained(Direction d)
{
    if (!m_queue[d].empty() || m_finished)
        return;
    if (d == ToTarget && !m_beforeConnect.isEmpty() && m_target
        && m_target->state() != QAbstractSocket::UnconnectedState)
        return; // still connecting; the connected handler comes back here
    QTcpSocket *dest = destination(d);
    if (!dest || dest->state() == QAbstractSocket::UnconnectedState) {
        finish();
        return;
    }
    connect(dest, &QTcpSocket::disconnected, this, &Link::finish, Qt::UniqueConnection);
    dest->disconnectFromHost();
    if (dest->state() == QAbstractSocket::UnconnectedState)
        finish();
    else
        QTimer::singleShot(CloseGraceMs, this, &Link::finish);
}

void Link::truncateAndCut(Direction d, const QByteArray &bytes)
{
    ++m_proxy->m_chunksTruncated;
    Q_EMIT m_proxy->faultInjected(FaultProxy::Mode::Truncate);
    // Whatever is still queued goes first so that the cut lands inside this chunk.
    for (const Chunk &chunk : m_queue[d])
        write(d, chunk.bytes);
    m_queue[d].clear();
    write(d, bytes.left(bytes.size() / 2));
    QTcpSocket *dest = destination(d);
    QTcpSocket *src = source(d);
    if (src) {
        src->disconnect(this);
        src->abort();
    }
    if (dest && dest->state() == QAbstractSocket::ConnectedState) {
        // Close gracefully so the partial chunk still reaches the peer before the FIN.
        dest->disconnect(this);
        connect(dest, &QTcpSocket::disconnected, this, &Link::finish);
        m_queue[0].clear();
        m_queue[1].clear();
        m_deliveryTimer.stop();
        dest->disconnectFromHost();
        ++m_proxy->m_linksCut;
        if (dest->state() != QAbstractSocket::UnconnectedState) {
            QTimer::singleShot(CloseGraceMs, this, &Link::finish);
            return;
        }
    }
    finish();
}

void Link::discard(qint64 bytes)
{
    if (bytes <= 0)
        return;
    m_proxy->m_bytesDiscarded += bytes;
    Q_EMIT m_proxy->faultInjected(FaultProxy::Mode::BlackHole);
}

void Link::cut()
{
    if (m_finished)
        return;
    ++m_proxy->m_linksCut;
    for (QTcpSocket *socket : {m_client.data(), m_target.data()}) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
        }
    }
    Q_EMIT m_proxy->faultInjected(FaultProxy::Mode::Cut);
    finish();
}

void Link::scheduleCut(int afterMs)
{
    if (afterMs <= 0)
        cut();
    else
        m_cutTimer.start(afterMs);
}

void Link::reset()
{
    if (m_finished)
        return;
    ++m_proxy->m_linksReset;
    if (m_client) {
        m_client->disconnect(this);
        lingerZero(m_client);
        m_client->abort();
    }
    dropTarget();
    Q_EMIT m_proxy->faultInjected(FaultProxy::Mode::Reset);
    finish();
}

void Link::fin()
{
    if (m_finished)
        return;
    ++m_proxy->m_linksFinished;
    dropTarget();
    if (m_client) {
        // Unread bytes at close() would make the kernel send a RST instead of the FIN.
        m_proxy->m_bytesDiscarded += m_client->readAll().size();
        m_client->flush();
    }
    // What was forwarded already still reaches the client (delayed chunks are dropped with
    // the server), then a FIN, and never a close frame.
    m_queue[0].clear();
    m_queue[1].clear();
    m_deliveryTimer.stop();
    m_closing = true;
    Q_EMIT m_proxy->faultInjected(FaultProxy::Mode::Fin);
    m_sourceClosed[ToClient] = true;
    closeWhenDrained(ToClient);
}

void Link::dropTarget()
{
    if (m_target) {
        m_target->disconnect(this);
        m_target->abort();
    }
}

void Link::requestCloseFrame()
{
    if (m_finished || m_closing || m_refusalStatus > 0)
        return;
    if (m_blackHoled || !m_target) {
        // A black-holed link has no server stream to interrupt: it is simply cut.
        cut();
        return;
    }
    m_closePending = true;
    if (m_frames.atBoundary())
        injectCloseFrame();
    else if (m_frames.notWebSocket())
        cut();
    // Otherwise readFrom(ToClient) injects it once the current frame (or the upgrade
    // response) has gone through.
}

void Link::injectCloseFrame()
{
    m_closePending = false;
    m_closing = true;
    ++m_proxy->m_closeFramesSent;
    dropTarget();
    forward(ToClient, FaultProxy::closeFrame(m_proxy->closeCode(), m_proxy->closeReason()));
    Q_EMIT m_proxy->faultInjected(FaultProxy::Mode::CloseFrame);
    // As a server does after its close frame: close the TCP connection once the frame is out
    // (the client usually closes first, having answered the close).
    m_sourceClosed[ToClient] = true;
    closeWhenDrained(ToClient);
}

void Link::refuseUpgrade(int status)
{
    m_refusalStatus = status;
    readFrom(ToTarget);
    if (!m_finished)
        QTimer::singleShot(CloseGraceMs, this, &Link::finish); // a client that never asks
}

void Link::answerRefusal()
{
    if (!m_client || m_finished)
        return;
    ++m_proxy->m_upgradesRefused;
    m_client->write(FaultProxy::httpErrorResponse(m_refusalStatus));
    m_requestHead.clear();
    m_refusalStatus = -1; // answered: whatever else the client sends is ignored
    m_closing = true;
    Q_EMIT m_proxy->faultInjected(FaultProxy::Mode::HttpError);
    m_sourceClosed[ToClient] = true;
    closeWhenDrained(ToClient);
}

void Link::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deliveryTimer.stop();
    m_cutTimer.stop();
    for (QTcpSocket *socket : {m_client.data(), m_target.data()}) {
        if (socket) {
            socket->disconnect(this);
            socket->abort();
        }
    }
    m_proxy->removeLink(this);
    deleteLater();
}

} // namespace FaultProxyDetail

using FaultProxyDetail::Link;

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
}

FaultProxy::~FaultProxy()
{
    // Links are children; closing their sockets here keeps the destruction order simple.
    const auto links = m_links;
    m_links.clear();
    for (Link *link : links)
        delete link;
}

void FaultProxy::setTarget(const QString &host, quint16 port)
{
    m_targetHost = host;
    m_targetPort = port;
}

bool FaultProxy::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    }
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 FaultProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FaultProxy::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
    switch (mode) {
    case Mode::Cut: cutAll(); break;
    case Mode::Reset: resetAll(); break;
    case Mode::Fin: finAll(); break;
    case Mode::CloseFrame: closeFrameAll(); break;
    default: break;
    }
}

void FaultProxy::setCloseCode(int code)
{
    m_closeCode = std::clamp(code, 1000, 4999);
}

void FaultProxy::setHttpStatus(int status)
{
    m_httpStatus = std::clamp(status, 100, 599);
}

void FaultProxy::setLatencyMs(int ms)
{
    m_latencyMs = qMax(0, ms);
}

void FaultProxy::cutAll()
{
    const auto links = m_links;
    for (Link *link : links)
        link->cut();
}

void FaultProxy::resetAll()
{
    const auto links = m_links;
    for (Link *link : links)
        link->reset();
}

void FaultProxy::finAll()
{
    const auto links = m_links;
    for (Link *link : links)
        link->fin();
}

void FaultProxy::closeFrameAll()
{
    const auto links = m_links;
    for (Link *link : links)
        link->requestCloseFrame();
}

QByteArray FaultProxy::closeFrame(int code, const QString &reason)
{
    QByteArray text = reason.toUtf8();
    constexpr qsizetype MaxReasonBytes = 123; // a control frame's payload is at most 125 bytes
    if (text.size() > MaxReasonBytes) {
        text.truncate(MaxReasonBytes);
        // Drop the last character if the cut went through it.
        qsizetype lead = text.size() - 1;
        while (lead > 0 && (quint8(text.at(lead)) & 0xC0) == 0x80)
            --lead;
        const auto first = quint8(text.at(lead));
        const int length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
        if (lead + length > text.size())
            text.truncate(lead);
    }
    QByteArray frame;
    frame.reserve(4 + text.size());
    frame.append(char(0x88));                 // FIN + opcode 8 (close)
    frame.append(char(2 + text.size()));      // unmasked: server to client
    frame.append(char((code >> 8) & 0xFF));
    frame.append(char(code & 0xFF));
    frame.append(text);
    return frame;
}

QByteArray FaultProxy::httpErrorResponse(int status)
{
    const QByteArray phrase = reasonPhrase(status);
    const QByteArray body = QByteArray::number(status) + ' ' + phrase + " (fault proxy)\n";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + phrase + "\r\n"
           "Content-Type: text/plain\r\n"
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
           "Connection: close\r\n\r\n" + body;
}

QString FaultProxy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::PassThrough: return QStringLiteral("pass");
    case Mode::Latency: return QStringLiteral("latency");
    case Mode::Cut: return QStringLiteral("cut");
    case Mode::BlackHole: return QStringLiteral("black-hole");
    case Mode::Corrupt: return QStringLiteral("corrupt");
    case Mode::Truncate: return QStringLiteral("truncate");
    case Mode::Reset: return QStringLiteral("reset");
    case Mode::Fin: return QStringLiteral("fin");
    case Mode::CloseFrame: return QStringLiteral("close-frame");
    case Mode::HttpError: return QStringLiteral("http-error");
    }
    return {};
}

std::optional<FaultProxy::Mode> FaultProxy::modeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Mode m : allModes()) {
        if (n == modeName(m))
            return m;
    }
    if (n == QLatin1String("pass-through") || n == QLatin1String("passthrough"))
        return Mode::PassThrough;
    if (n == QLatin1String("blackhole"))
        return Mode::BlackHole;
    if (n == QLatin1String("rst"))
        return Mode::Reset;
    if (n == QLatin1String("close") || n == QLatin1String("closeframe"))
        return Mode::CloseFrame;
    if (n == QLatin1String("5xx") || n == QLatin1String("http"))
        return Mode::HttpError;
    return std::nullopt;
}

QStringList FaultProxy::modeNames()
{
    QStringList names;
    for (Mode m : allModes())
        names << modeName(m);
    return names;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_linksAccepted;
        auto *link = new Link(this, client);
        m_links.append(link);
        Q_EMIT linkAccepted();
        if (m_mode == Mode::Cut && m_cutAfterMs == 0) {
            link->cut();
            continue;
        }
        if (m_mode == Mode::Reset) {
            link->reset();
            continue;
        }
        if (m_mode == Mode::Fin) {
            link->fin();
            continue;
        }
        if (m_mode == Mode::HttpError) {
            link->refuseUpgrade(m_httpStatus);
            continue;
        }
        link->connectTarget();
        if (m_mode == Mode::Cut)
            link->scheduleCut(m_cutAfterMs);
        else if (m_mode == Mode::CloseFrame)
            link->requestCloseFrame();
    }
}

void FaultProxy::removeLink(Link *link)
{
    if (m_links.removeOne(link))
        Q_EMIT linkClosed();
}
