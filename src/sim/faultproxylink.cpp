#include "faultproxylink.h"

#include <QTcpSocket>
#include <algorithm>
#include <limits>
#include <utility>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace FaultProxyDetail {

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

} // namespace

qsizetype FrameTracker::track(const char *data, qsizetype size, bool stopAtBoundary)
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

void FrameTracker::readFrameHeader()
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
