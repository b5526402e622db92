#include "faultproxy.h"

#include <QElapsedTimer>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <array>
#include <deque>
#include <utility>

namespace {

// Stop reading from one side while the other side has this much unsent: the kernel's TCP
// window then slows the sender down instead of the proxy buffering without bound.
constexpr qint64 HighWaterBytes = 4 * 1024 * 1024;
constexpr qint64 ReadBufferBytes = 1024 * 1024;
// A link whose closing side does not finish within this time is dropped anyway.
constexpr int CloseGraceMs = 5000;

enum Direction { ToTarget = 0, ToClient = 1 };

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

    FaultProxy *m_proxy;
    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_target;
    QByteArray m_beforeConnect;             // client bytes that arrived before the target answered
    std::array<std::deque<Chunk>, 2> m_queue; // delayed chunks per direction
    std::array<bool, 2> m_sourceClosed{{false, false}};
    QElapsedTimer m_clock;
    QTimer m_deliveryTimer;
    QTimer m_cutTimer;
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
    if (m_blackHoled || m_proxy->mode() == FaultProxy::Mode::BlackHole) {
        m_blackHoled = true;
        discard(src->readAll().size());
        return;
    }
    QTcpSocket *dest = destination(d);
    if (dest && m_queue[d].empty() && dest->bytesToWrite() > HighWaterBytes)
        return; // resumed by the destination's bytesWritten
    QByteArray bytes = src->readAll();
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
    if (mode == Mode::Cut)
        cutAll();
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

QString FaultProxy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::PassThrough: return QStringLiteral("pass");
    case Mode::Latency: return QStringLiteral("latency");
    case Mode::Cut: return QStringLiteral("cut");
    case Mode::BlackHole: return QStringLiteral("black-hole");
    case Mode::Corrupt: return QStringLiteral("corrupt");
    case Mode::Truncate: return QStringLiteral("truncate");
    }
    return {};
}

std::optional<FaultProxy::Mode> FaultProxy::modeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Mode m : {Mode::PassThrough, Mode::Latency, Mode::Cut, Mode::BlackHole, Mode::Corrupt, Mode::Truncate}) {
        if (n == modeName(m))
            return m;
    }
    if (n == QLatin1String("pass-through") || n == QLatin1String("passthrough"))
        return Mode::PassThrough;
    if (n == QLatin1String("blackhole"))
        return Mode::BlackHole;
    return std::nullopt;
}

QStringList FaultProxy::modeNames()
{
    QStringList names;
    for (Mode m : {Mode::PassThrough, Mode::Latency, Mode::Cut, Mode::BlackHole, Mode::Corrupt, Mode::Truncate})
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
        link->connectTarget();
        if (m_mode == Mode::Cut)
            link->scheduleCut(m_cutAfterMs);
    }
}

void FaultProxy::removeLink(Link *link)
{
    if (m_links.removeOne(link))
        Q_EMIT linkClosed();
}
