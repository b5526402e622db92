// The fault proxy on its own, and the connection class through it: half-open sockets are
// detected as stale, cuts reconnect, damaged frames never crash and end in a reconnect with
// a reason, and added latency shows in the ping round trip.

#include "core/connection.h"
#include "sim/demostream.h"
#include "sim/faultproxy.h"
#include "sim/simserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

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

    // The connection class through the proxy
    void connectionWorksThroughThePassThrough();
    void halfOpenSocketIsDetectedAsStale();
    void reconnectsAfterACut();
    void cutModeKeepsRetryingUntilItEnds();
    void corruptedFramesEndInAReconnect();
    void truncatedFrameEndsInAReconnect();
    void latencyShowsInThePingRoundTrip();

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
    QCOMPARE(names.size(), 6);
    for (const QString &name : names) {
        const auto mode = FaultProxy::modeFromName(name);
        QVERIFY2(mode.has_value(), qPrintable(name));
        QCOMPARE(FaultProxy::modeName(*mode), name);
    }
    QCOMPARE(FaultProxy::modeFromName(QStringLiteral(" Black-Hole ")), FaultProxy::Mode::BlackHole);
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

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"
