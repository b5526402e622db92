// The fault proxy on its own, and the connection class through it: half-open sockets are
// detected as stale, cuts reconnect, damaged frames never crash and end in a reconnect with
// a reason, and added latency shows in the ping round trip. The byte-level tests of resets
// and FINs use a plain POSIX socket, the only way to tell a RST from a FIN (QTcpSocket
// reports both as RemoteHostClosedError).

#include "core/connection.h"
#include "sim/demostream.h"
#include "sim/faultproxy.h"
#include "sim/simserver.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

/// Echoes every text frame back: the server side of the round-trip tests.
class EchoHandler : public SimHandler
{
public:
    explicit EchoHandler(SimServer *server)
        : SimHandler(server)
    {
    }
    bool acceptsPath(const QString &path) const override { return path == QLatin1String("/echo"); }
    void acceptSocket(QWebSocket *socket) override
    {
        ++accepted;
        connect(socket, &QWebSocket::textMessageReceived, socket,
                [socket](const QString &text) { socket->sendTextMessage(text); });
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    }
    int accepted = 0;
};

/// A plain TCP echo server for byte-level checks of the proxy.
class TcpEcho : public QTcpServer
{
public:
    TcpEcho()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] { s->write(s->readAll()); });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
};

/// A server that speaks just enough WebSocket to be scripted byte by byte: it answers the
/// upgrade with 101 once the request head is in, then writes whatever the test hands it.
class ScriptedWsServer : public QTcpServer
{
public:
    ScriptedWsServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection()) {
                peer = s;
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    request += s->readAll();
                    if (!upgraded && request.contains("\r\n\r\n")) {
                        upgraded = true;
                        s->write(UpgradeResponse);
                    }
                });
                connect(s, &QTcpSocket::disconnected, this, [this] { peerClosed = true; });
            }
        });
    }
    static constexpr const char *UpgradeResponse =
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Accept: x\r\n\r\n";
    QPointer<QTcpSocket> peer;
    QByteArray request;
    bool upgraded = false;
    bool peerClosed = false;
};

/// An unmasked text frame as a server sends it (payloads under 64 KiB).
QByteArray serverTextFrame(const QByteArray &payload)
{
    QByteArray frame;
    frame.append(char(0x81));
    if (payload.size() < 126) {
        frame.append(char(payload.size()));
    } else {
        frame.append(char(126));
        frame.append(char((payload.size() >> 8) & 0xFF));
        frame.append(char(payload.size() & 0xFF));
    }
    return frame + payload;
}

#ifdef Q_OS_UNIX
/// A non-blocking POSIX client on loopback.
class RawClient
{
public:
    enum class End { Open, Eof, Reset, Error };

    ~RawClient()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool connectTo(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // The kernel completes the handshake from the listen backlog: no event loop needed.
        if (m_fd < 0 || ::connect(m_fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
            return false;
        return ::fcntl(m_fd, F_SETFL, ::fcntl(m_fd, F_GETFL) | O_NONBLOCK) == 0;
    }
    bool send(const QByteArray &bytes) { return ::send(m_fd, bytes.constData(), size_t(bytes.size()), 0) == bytes.size(); }
    /// Reads what has arrived; says how the stream stands (an end, once seen, stays: the
    /// kernel reports a reset only once).
    End poll()
    {
        if (m_end != End::Open)
            return m_end;
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, buffer, sizeof buffer, 0);
            if (n > 0) {
                received.append(buffer, qsizetype(n));
                continue;
            }
            if (n == 0)
                return m_end = End::Eof;
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                return m_end;
            return m_end = errno == ECONNRESET ? End::Reset : End::Error;
        }
    }
    QByteArray received;

private:
    int m_fd = -1;
    End m_end = End::Open;
};
#endif

} // namespace

class TestFaultProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    // The proxy at the byte level
    void modeNamesRoundTrip();
    void passThroughForwardsBothWays();
    void latencyDelaysEachDirectionInOrder();
    void blackHoleReadsButNeverClosesTheClient();
    void cutClosesBothSides();
    void refusedTargetClosesTheClient();
    void resetSendsARstToTheClient();
    void finClosesWithoutACloseFrame();
    void closeFrameWaitsForTheFrameBoundary();
    void closeFrameOnANewLinkFollowsTheUpgrade();
    void httpErrorAnswersInsteadOfTheServer();
    void closeFrameHelpers();

    // The connection class through the proxy
    void connectionWorksThroughThePassThrough();
    void halfOpenSocketIsDetectedAsStale();
    void reconnectsAfterACut();
    void cutModeKeepsRetryingUntilItEnds();
    void corruptedFramesEndInAReconnect();
    void truncatedFrameEndsInAReconnect();
    void latencyShowsInThePingRoundTrip();
    void resetEndsInAReconnect();
    void finEndsInAReconnectWithoutACloseCode();
    void closeCodesReachTheClient_data();
    void closeCodesReachTheClient();
    void httpErrorAtTheUpgradeIsRetried();

private:
    QUrl proxiedUrl(const QString &pathAndQuery) const;
    ConnectionConfig config(const QString &pathAndQuery) const;

    SimServer *m_server = nullptr;
    EchoHandler *m_echo = nullptr;
    FaultProxy *m_proxy = nullptr;
};

void TestFaultProxy::init()
{
    m_server = new SimServer({}, this);
    m_server->addHandler(new DemoStreamHandler(m_server));
    m_echo = new EchoHandler(m_server);
    m_server->addHandler(m_echo);
    QVERIFY(m_server->listen());
    m_proxy = new FaultProxy(this);
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY2(m_proxy->listen(), qPrintable(m_proxy->errorString()));
}

void TestFaultProxy::cleanup()
{
    delete m_proxy;
    m_proxy = nullptr;
    delete m_server;
    m_server = nullptr;
}

QUrl TestFaultProxy::proxiedUrl(const QString &pathAndQuery) const
{
    return QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_proxy->port()).arg(pathAndQuery));
}

ConnectionConfig TestFaultProxy::config(const QString &pathAndQuery) const
{
    ConnectionConfig c;
    c.name = QStringLiteral("proxied");
    c.url = proxiedUrl(pathAndQuery);
    c.reconnect.initialMs = 50;
    c.reconnect.maxMs = 300;
    c.connectTimeoutMs = 1500;
    c.pingIntervalMs = 100;
    c.staleTimeoutMs = 600;
    return c;
}

void TestFaultProxy::modeNamesRoundTrip()
{
    const QStringList names = FaultProxy::modeNames();
    QCOMPARE(names.size(), 10);
    for (const QString &name : names) {
        const auto mode = FaultProxy::modeFromName(name);
        QVERIFY2(mode.has_value(), qPrintable(name));
        QCOMPARE(FaultProxy::modeName(*mode), name);
    }
    QCOMPARE(FaultProxy::modeFromName(QStringLiteral(" Black-Hole ")), FaultProxy::Mode::BlackHole);
    QCOMPARE(FaultProxy::modeFromName(QStringLiteral("rst")), FaultProxy::Mode::Reset);
    QCOMPARE(FaultProxy::modeFromName(QStringLiteral("5xx")), FaultProxy::Mode::HttpError);
    QCOMPARE(FaultProxy::modeFromName(QStringLiteral("close")), FaultProxy::Mode::CloseFrame);
    QVERIFY(!FaultProxy::modeFromName(QStringLiteral("explode")).has_value());
}

void TestFaultProxy::passThroughForwardsBothWays()
{
    TcpEcho echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost));
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), echo.serverPort());

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(client.waitForConnected(3000));
    const QByteArray payload(100000, 'p');
    client.write(payload);
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()).size() >= payload.size(), 5000);
    QCOMPARE(received, payload);
    QCOMPARE(m_proxy->bytesToTarget(), qint64(payload.size()));
    QCOMPARE(m_proxy->bytesToClient(), qint64(payload.size()));
    QCOMPARE(m_proxy->linksAccepted(), 1);
    QCOMPARE(m_proxy->activeLinks(), 1);

    // The client leaving ends the link.
    QSignalSpy closed(m_proxy, &FaultProxy::linkClosed);
    client.disconnectFromHost();
    QVERIFY(closed.wait(3000));
    QCOMPARE(m_proxy->activeLinks(), 0);
}

void TestFaultProxy::latencyDelaysEachDirectionInOrder()
{
    TcpEcho echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost));
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), echo.serverPort());
    m_proxy->setLatencyMs(150);
    m_proxy->setMode(FaultProxy::Mode::Latency);

    QTcpSocket client;
    client.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(client.waitForConnected(3000));
    QElapsedTimer clock;
    clock.start();
    QByteArray expected;
    for (int i = 0; i < 20; ++i) {
        const QByteArray chunk = QByteArray::number(i) + ';';
        expected += chunk;
        client.write(chunk);
        client.flush();
    }
    QByteArray received;
    QTRY_VERIFY_WITH_TIMEOUT((received += client.readAll()).size() >= expected.size(), 5000);
    // Out and back: at least twice the latency, and nothing reordered.
    QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(received, expected);
}

void TestFaultProxy::blackHoleReadsButNeverClosesTheClient()
{
    TcpEcho echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost));
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), echo.serverPort());
    m_proxy->setMode(FaultProxy::Mode::BlackHole);

    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(client.waitForConnected(3000));
    QSignalSpy faults(m_proxy, &FaultProxy::faultInjected);
    client.write(QByteArray(5000, 'x'));
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->bytesDiscarded(), 5000, 3000);
    QCOMPARE(faults.constLast().constFirst().value<FaultProxy::Mode>(), FaultProxy::Mode::BlackHole);
    QCOMPARE(m_proxy->bytesToTarget(), 0);
    // Nothing comes back and the socket stays open: the client cannot tell.
    QVERIFY(!disconnected.wait(500));
    QCOMPARE(client.bytesAvailable(), 0);
    QCOMPARE(client.state(), QAbstractSocket::ConnectedState);
    QCOMPARE(m_proxy->activeLinks(), 1);
}

void TestFaultProxy::cutClosesBothSides()
{
    TcpEcho echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost));
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), echo.serverPort());

    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(client.waitForConnected(3000));
    client.write("ping");
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->bytesToClient(), 4, 3000);
    m_proxy->setMode(FaultProxy::Mode::Cut);
    QCOMPARE(m_proxy->activeLinks(), 0);
    QCOMPARE(m_proxy->linksCut(), 1);
    QVERIFY(disconnected.wait(3000));

    // In cut mode new connections are closed at once.
    QTcpSocket second;
    QSignalSpy secondClosed(&second, &QTcpSocket::disconnected);
    second.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(secondClosed.wait(3000));
    QCOMPARE(m_proxy->linksCut(), 2);
}

void TestFaultProxy::refusedTargetClosesTheClient()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 deadPort = closed.serverPort();
    closed.close();
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), deadPort);

    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(client.waitForConnected(3000));
    QVERIFY(disconnected.wait(3000));
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->activeLinks(), 0, 3000);
}

void TestFaultProxy::resetSendsARstToTheClient()
{
#ifdef Q_OS_UNIX
    TcpEcho echo;
    QVERIFY(echo.listen(QHostAddress::LocalHost));
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), echo.serverPort());

    RawClient client;
    QVERIFY(client.connectTo(m_proxy->port()));
    QVERIFY(client.send("ping"));
    QTRY_COMPARE_WITH_TIMEOUT((client.poll(), client.received), QByteArray("ping"), 3000);
    QSignalSpy faults(m_proxy, &FaultProxy::faultInjected);
    m_proxy->resetAll();
    QCOMPARE(m_proxy->linksReset(), 1);
    QCOMPARE(m_proxy->activeLinks(), 0);
    QCOMPARE(faults.constLast().constFirst().value<FaultProxy::Mode>(), FaultProxy::Mode::Reset);
    // A reset, not an orderly end of the stream.
    QTRY_COMPARE_WITH_TIMEOUT(client.poll(), RawClient::End::Reset, 3000);

    // In reset mode a new connection is reset as soon as it is accepted.
    m_proxy->setMode(FaultProxy::Mode::Reset);
    RawClient second;
    QVERIFY(second.connectTo(m_proxy->port()));
    QTRY_COMPARE_WITH_TIMEOUT(second.poll(), RawClient::End::Reset, 3000);
    QCOMPARE(m_proxy->linksReset(), 2);
    QCOMPARE(m_proxy->bytesToTarget(), 4); // only the first client's ping ever went through
#else
    QSKIP("Telling a RST from a FIN needs a POSIX socket");
#endif
}

void TestFaultProxy::finClosesWithoutACloseFrame()
{
#ifdef Q_OS_UNIX
    ScriptedWsServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), server.serverPort());

    RawClient client;
    QVERIFY(client.connectTo(m_proxy->port()));
    QVERIFY(client.send("GET /x HTTP/1.1\r\nHost: a\r\n\r\n"));
    QTRY_VERIFY_WITH_TIMEOUT(server.peer, 3000);
    const QByteArray frame = serverTextFrame("hello");
    QTRY_VERIFY_WITH_TIMEOUT(server.upgraded, 3000);
    server.peer->write(frame);
    const QByteArray expected = QByteArray(ScriptedWsServer::UpgradeResponse) + frame;
    QTRY_COMPARE_WITH_TIMEOUT((client.poll(), client.received), expected, 3000);

    m_proxy->finAll();
    QCOMPARE(m_proxy->linksFinished(), 1);
    // An orderly end of the stream, and not one byte more: no close frame.
    QTRY_COMPARE_WITH_TIMEOUT(client.poll(), RawClient::End::Eof, 3000);
    QCOMPARE(client.received, expected);
    QTRY_VERIFY_WITH_TIMEOUT(server.peerClosed, 3000); // the server's side is gone too
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->activeLinks(), 0, 3000);

    // In fin mode a new connection ends at once, before any byte.
    m_proxy->setMode(FaultProxy::Mode::Fin);
    RawClient second;
    QVERIFY(second.connectTo(m_proxy->port()));
    QTRY_COMPARE_WITH_TIMEOUT(second.poll(), RawClient::End::Eof, 3000);
    QVERIFY(second.received.isEmpty());
#else
    QSKIP("Telling a RST from a FIN needs a POSIX socket");
#endif
}

void TestFaultProxy::closeFrameWaitsForTheFrameBoundary()
{
    ScriptedWsServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    m_proxy->setCloseCode(4000);
    m_proxy->setCloseReason(QStringLiteral("restarting"));

    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(client.waitForConnected(3000));
    client.write("GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
    QTRY_VERIFY_WITH_TIMEOUT(server.upgraded && server.peer, 3000);
    QByteArray received;
    const QByteArray head(ScriptedWsServer::UpgradeResponse);
    QTRY_COMPARE_WITH_TIMEOUT(received += client.readAll(), head, 3000);

    // The server is in the middle of a frame when the fault comes.
    const QByteArray first = serverTextFrame(QByteArray(300, 'a'));
    server.peer->write(first.left(100));
    QTRY_COMPARE_WITH_TIMEOUT(m_proxy->bytesToClient(), qint64(head.size() + 100), 3000);
    QSignalSpy faults(m_proxy, &FaultProxy::faultInjected);
    m_proxy->closeFrameAll();
    QCOMPARE(m_proxy->closeFramesSent(), 0); // not inside the frame
    QVERIFY(faults.isEmpty());

    // The rest of that frame goes through, then the close frame, and nothing after it.
    server.peer->write(first.mid(100) + serverTextFrame("never delivered"));
    QVERIFY(disconnected.wait(3000));
    received += client.readAll();
    const QByteArray close = FaultProxy::closeFrame(4000, QStringLiteral("restarting"));
    QCOMPARE(received, head + first + close);
    QCOMPARE(close.left(4), QByteArray("\x88\x0C\x0F\xA0", 4)); // FIN|close, unmasked, 12 bytes, 4000
    QCOMPARE(m_proxy->closeFramesSent(), 1);
    QCOMPARE(faults.constLast().constFirst().value<FaultProxy::Mode>(), FaultProxy::Mode::CloseFrame);
    QTRY_VERIFY_WITH_TIMEOUT(server.peerClosed, 3000);
}

void TestFaultProxy::closeFrameOnANewLinkFollowsTheUpgrade()
{
    ScriptedWsServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    m_proxy->setTarget(QStringLiteral("127.0.0.1"), server.serverPort());
    m_proxy->setCloseCode(1011);
    m_proxy->setCloseReason(QString());
    m_proxy->setMode(FaultProxy::Mode::CloseFrame);

    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(client.waitForConnected(3000));
    client.write("GET /x HTTP/1.1\r\nHost: a\r\n\r\n");
    QVERIFY(disconnected.wait(3000));
    QCOMPARE(client.readAll(), QByteArray(ScriptedWsServer::UpgradeResponse) + QByteArray("\x88\x02\x03\xF3", 4));
}

void TestFaultProxy::httpErrorAnswersInsteadOfTheServer()
{
    m_proxy->setMode(FaultProxy::Mode::HttpError);
    QCOMPARE(m_proxy->httpStatus(), 503);

    QTcpSocket client;
    QSignalSpy disconnected(&client, &QTcpSocket::disconnected);
    client.connectToHost(QHostAddress::LocalHost, m_proxy->port());
    QVERIFY(client.waitForConnected(3000));
    client.write("GET /echo HTTP/1.1\r\nHost: a\r\n");
    QTest::qWait(50);
    QCOMPARE(client.bytesAvailable(), 0); // the head is not complete yet
    client.write("Upgrade: websocket\r\n\r\n");
    QVERIFY(disconnected.wait(3000));
    const QByteArray response = client.readAll();
    QVERIFY2(response.startsWith("HTTP/1.1 503 Service Unavailable\r\n"), response.constData());
    QVERIFY(response.contains("\r\nConnection: close\r\n"));
    QCOMPARE(m_proxy->upgradesRefused(), 1);
    QCOMPARE(m_proxy->bytesToTarget(), 0);
    QCOMPARE(m_echo->accepted, 0);

    m_proxy->setHttpStatus(502);
    QCOMPARE(FaultProxy::httpErrorResponse(502).left(28), QByteArray("HTTP/1.1 502 Bad Gateway\r\nCo"));
    m_proxy->setHttpStatus(9999);
    QCOMPARE(m_proxy->httpStatus(), 599);
}

void TestFaultProxy::closeFrameHelpers()
{
    // The reason is cut to 123 bytes at a character boundary: 2 + 123 fits a control frame.
    const QByteArray frame = FaultProxy::closeFrame(1001, QString(100, QChar(0x00E9))); // 200 bytes of é
    QCOMPARE(quint8(frame.at(0)), quint8(0x88));
    QCOMPARE(int(frame.at(1)), 2 + 122);
    QCOMPARE(frame.size(), 4 + 122);
    QVERIFY(QString::fromUtf8(frame.mid(4)) == QString(61, QChar(0x00E9)));
    QCOMPARE(FaultProxy::closeFrame(4000, {}), QByteArray("\x88\x02\x0F\xA0", 4));
    m_proxy->setCloseCode(7);
    QCOMPARE(m_proxy->closeCode(), 1000);
}

void TestFaultProxy::connectionWorksThroughThePassThrough()
{
    Connection c(config(QStringLiteral("/echo")));
    QSignalSpy messages(&c, &Connection::messageReceived);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QVERIFY(c.sendText("through the proxy"));
    QVERIFY(messages.wait(3000));
    QCOMPARE(messages.constFirst().constFirst().toByteArray(), QByteArray("through the proxy"));
    QCOMPARE(m_echo->accepted, 1);
}

void TestFaultProxy::halfOpenSocketIsDetectedAsStale()
{
    Connection c(config(QStringLiteral("/echo")));
    QSignalSpy opened(&c, &Connection::opened);
    c.open();
    QVERIFY(opened.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(c.stats().pingRoundTripMs >= 0, 3000); // pongs flow

    // The network goes silent without closing anything: only the heartbeat can tell.
    m_proxy->setMode(FaultProxy::Mode::BlackHole);
    QElapsedTimer clock;
    clock.start();
    // What the connection said when it first gave up (a loaded machine may poll only after the
    // next attempt has timed out against the black hole too, with a reason of its own).
    QString firstReason;
    Failure::Kind firstFailure = Failure::Kind::None;
    qint64 firstAfterMs = -1;
    connect(&c, &Connection::stateChanged, this, [&](Connection::State state) {
        if (state == Connection::State::Reconnecting && firstAfterMs < 0) {
            firstReason = c.reason();
            firstFailure = c.lastFailure();
            firstAfterMs = clock.elapsed();
        }
    });
    QTRY_VERIFY_WITH_TIMEOUT(firstAfterMs >= 0, 5000);
    QVERIFY2(firstReason.contains(QLatin1String("stale")), qPrintable(firstReason));
    QCOMPARE(firstFailure, Failure::Kind::Transient);
    QVERIFY2(firstAfterMs >= 500, qPrintable(QString::number(firstAfterMs))); // not before the timeout
    QVERIFY(m_proxy->bytesDiscarded() > 0); // the pings went into the void

    // Once the network is back the connection recovers by itself.
    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 8000);
    QVERIFY(c.stats().reconnects >= 1);
    QVERIFY(m_echo->accepted >= 2);
}

void TestFaultProxy::reconnectsAfterACut()
{
    Connection c(config(QStringLiteral("/demo/stream?interval=20")));
    QSignalSpy messages(&c, &Connection::messageReceived);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QVERIFY(messages.wait(3000));

    QSignalSpy states(&c, &Connection::stateChanged);
    m_proxy->cutAll();
    QCOMPARE(m_proxy->linksCut(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(Connection::State::Reconnecting)}), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QCOMPARE(c.stats().reconnects, 1);
    QCOMPARE(m_proxy->linksAccepted(), 2);
    messages.clear();
    QVERIFY(messages.wait(3000)); // data flows again
}

void TestFaultProxy::cutModeKeepsRetryingUntilItEnds()
{
    m_proxy->setMode(FaultProxy::Mode::Cut);
    Connection c(config(QStringLiteral("/echo")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->linksCut() >= 3, 5000);
    QVERIFY(c.state() == Connection::State::Connecting || c.state() == Connection::State::Reconnecting);
    QVERIFY(!c.reason().isEmpty());
    QCOMPARE(m_echo->accepted, 0);
    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
}

void TestFaultProxy::corruptedFramesEndInAReconnect()
{
    Connection c(config(QStringLiteral("/demo/stream?interval=10")));
    QSignalSpy messages(&c, &Connection::messageReceived);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QVERIFY(messages.wait(3000));

    QSignalSpy states(&c, &Connection::stateChanged);
    QSignalSpy faults(m_proxy, &FaultProxy::faultInjected);
    m_proxy->setMode(FaultProxy::Mode::Corrupt);
    QVERIFY(faults.wait(3000));
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(Connection::State::Reconnecting)}), 5000);
    QVERIFY(m_proxy->chunksCorrupted() > 0);
    QVERIFY2(!c.reason().isEmpty(), "a reconnect says why");
    QVERIFY(c.state() != Connection::State::Failed);

    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 8000);
    messages.clear();
    QVERIFY(messages.wait(3000));
    QVERIFY(messages.constFirst().constFirst().toByteArray().startsWith(R"({"type":"block")"));
}

void TestFaultProxy::truncatedFrameEndsInAReconnect()
{
    Connection c(config(QStringLiteral("/demo/stream?interval=10")));
    QSignalSpy messages(&c, &Connection::messageReceived);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QVERIFY(messages.wait(3000));

    QSignalSpy states(&c, &Connection::stateChanged);
    m_proxy->setMode(FaultProxy::Mode::Truncate);
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->chunksTruncated() >= 1, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(Connection::State::Reconnecting)}), 5000);
    QVERIFY2(!c.reason().isEmpty(), "a reconnect says why");
    // Every message that did arrive is whole: a cut never hands out half a frame.
    for (const QVariantList &m : std::as_const(messages))
        QVERIFY(m.constFirst().toByteArray().endsWith('}'));

    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 8000);
}

void TestFaultProxy::latencyShowsInThePingRoundTrip()
{
    // QWebSocket times a pong from the latest ping, so pings must be further apart than
    // the round trip for the statistic to be the true round trip.
    ConnectionConfig slowPings = config(QStringLiteral("/echo"));
    slowPings.pingIntervalMs = 500;
    slowPings.staleTimeoutMs = 3000;
    Connection c(slowPings);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(c.stats().pingRoundTripMs >= 0, 3000);
    const int direct = c.stats().pingRoundTripMs;
    QVERIFY2(direct < 100, qPrintable(QString::number(direct)));

    m_proxy->setLatencyMs(120);
    m_proxy->setMode(FaultProxy::Mode::Latency);
    // Each ping goes out and its pong comes back through the delay: 2 × 120 ms at least.
    QTRY_VERIFY_WITH_TIMEOUT(c.stats().pingRoundTripMs >= 240, 5000);
    QVERIFY2(c.stats().pingRoundTripMs < 1000, qPrintable(QString::number(c.stats().pingRoundTripMs)));
    QCOMPARE(c.state(), Connection::State::Open); // slower, not stale
}

void TestFaultProxy::resetEndsInAReconnect()
{
    Connection c(config(QStringLiteral("/demo/stream?interval=20")));
    QSignalSpy messages(&c, &Connection::messageReceived);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QVERIFY(messages.wait(3000));

    QSignalSpy states(&c, &Connection::stateChanged);
    m_proxy->resetAll();
    QCOMPARE(m_proxy->linksReset(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(Connection::State::Reconnecting)}), 3000);
    QVERIFY2(!c.reason().isEmpty(), "a reconnect says why");
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QCOMPARE(c.stats().reconnects, 1);
    messages.clear();
    QVERIFY(messages.wait(3000));
}

void TestFaultProxy::finEndsInAReconnectWithoutACloseCode()
{
    QWebSocket socket;
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(proxiedUrl(QStringLiteral("/echo")));
    QVERIFY(connected.wait(5000));
    m_proxy->finAll();
    QVERIFY(disconnected.wait(3000));
    // No close frame came (the bytes are checked in finClosesWithoutACloseFrame): Qt 6.4's
    // QWebSocket then keeps its default code, 1000, with no reason.
    QCOMPARE(socket.closeCode(), QWebSocketProtocol::CloseCodeNormal);
    QVERIFY(socket.closeReason().isEmpty());

    Connection c(config(QStringLiteral("/echo")));
    QSignalSpy states(&c, &Connection::stateChanged);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    m_proxy->finAll();
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(Connection::State::Reconnecting)}), 3000);
    QCOMPARE(c.lastFailure(), Failure::Kind::Transient);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
}

void TestFaultProxy::closeCodesReachTheClient_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("words");
    QTest::newRow("1001 going away") << 1001 << QStringLiteral("going away");
    QTest::newRow("1011 server error") << 1011 << QStringLiteral("1011");
    QTest::newRow("4000 application") << 4000 << QStringLiteral("4000");
}

void TestFaultProxy::closeCodesReachTheClient()
{
    QFETCH(int, code);
    QFETCH(QString, words);
    m_proxy->setCloseCode(code);
    m_proxy->setCloseReason(QStringLiteral("fault proxy"));

    // A busy stream: the close frame must land between two frames for the code to arrive.
    QWebSocket socket;
    QStringList texts;
    connect(&socket, &QWebSocket::textMessageReceived, this, [&texts](const QString &t) { texts << t; });
    QSignalSpy connected(&socket, &QWebSocket::connected);
    QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
    socket.open(proxiedUrl(QStringLiteral("/demo/stream?interval=2")));
    QVERIFY(connected.wait(5000));
    QTRY_VERIFY_WITH_TIMEOUT(texts.size() >= 5, 5000);
    m_proxy->closeFrameAll();
    QVERIFY(disconnected.wait(3000));
    QCOMPARE(int(socket.closeCode()), code);
    QCOMPARE(socket.closeReason(), QStringLiteral("fault proxy"));
    for (const QString &t : std::as_const(texts))
        QVERIFY2(t.startsWith(QLatin1String("{\"type\":\"block\"")) && t.endsWith(QLatin1Char('}')), qPrintable(t));

    // The connection classifies the code, says so and reconnects.
    Connection c(config(QStringLiteral("/demo/stream?interval=20")));
    QSignalSpy states(&c, &Connection::stateChanged);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    m_proxy->closeFrameAll();
    QTRY_VERIFY_WITH_TIMEOUT(states.contains(QVariantList{QVariant::fromValue(Connection::State::Reconnecting)}), 3000);
    QVERIFY2(c.reason().contains(words), qPrintable(c.reason()));
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
}

void TestFaultProxy::httpErrorAtTheUpgradeIsRetried()
{
    m_proxy->setMode(FaultProxy::Mode::HttpError);
    Connection c(config(QStringLiteral("/echo")));
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(m_proxy->upgradesRefused() >= 1 && c.state() == Connection::State::Reconnecting, 5000);
    QVERIFY2(c.reason().contains(QLatin1String("503")), qPrintable(c.reason()));
    QCOMPARE(c.lastFailure(), Failure::Kind::Transient);
    QCOMPARE(m_echo->accepted, 0);
    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QCOMPARE(m_echo->accepted, 1);
}

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
