// The connection class against real sockets on loopback (the simulator's server).

#include "core/connection.h"
#include "sim/demostream.h"
#include "sim/simserver.h"

#include <QPointer>
#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QWebSocket>

namespace {

/// A scripted server behaviour for one test.
class ScriptedHandler : public SimHandler
{
public:
    explicit ScriptedHandler(SimServer *server)
        : SimHandler(server)
    {
    }
    bool acceptsPath(const QString &path) const override { return path == QLatin1String("/scripted"); }
    int upgradeStatus(const SimHttpRequest &) override { return refuseWith; }
    void acceptSocket(QWebSocket *socket) override
    {
        ++accepted;
        keys << SimServer::presentedKey(socket->request());
        connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &t) {
            received << t;
            socket->sendTextMessage(t); // echo
        });
        if (!sendOnOpen.isEmpty())
            socket->sendTextMessage(sendOnOpen);
        last = socket;
        if (closeCode != 0 && (closeFirst < 0 || accepted <= closeFirst))
            socket->close(QWebSocketProtocol::CloseCode(closeCode), closeReason);
    }

    int refuseWith = 0;
    int closeCode = 0;
    int closeFirst = -1; ///< close only the first N accepted sockets (-1: all)
    QString closeReason;
    QPointer<QWebSocket> last;
    QString sendOnOpen;
    int accepted = 0;
    QStringList keys;
    QStringList received;
};

/// Answers every HTTP request with a 404 and keeps the connection alive (as many web
/// servers do), so the client's socket stays "connecting" after the refused upgrade.
class KeepAlive404 : public QTcpServer
{
public:
    KeepAlive404()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (socket->readAll().contains("\r\n\r\n"))
                        socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: keep-alive\r\n\r\n");
                });
            }
        });
    }
};

ConnectionConfig fastConfig(const QUrl &url)
{
    ConnectionConfig c;
    c.name = QStringLiteral("test");
    c.url = url;
    c.reconnect.initialMs = 50;
    c.reconnect.maxMs = 400;
    c.connectTimeoutMs = 2000;
    return c;
}

} // namespace

class TestConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void opensAndCountsTraffic();
    void keyIsPresentedPerAuthMethod_data();
    void keyIsPresentedPerAuthMethod();
    void reconnectsAfterServerClose();
    void authCloseIsNotRetried();
    void handshake401IsNotRetried();
    void limitCloseWaitsAtTheCap();
    void oversizedMessageFailsWithReason();
    void connectTimeout();
    void userCloseStopsReconnecting();
    void providerFailureIsTerminal();
    void frameTapSeesBothDirections();
    void stateSequenceAcrossAReconnect();
    void backoffGrowsThenResetsWhenStable();
    void pingRoundTripIsMeasured();
    void unreachableHostReadsTheSameOverWsAndWss_data();
    void unreachableHostReadsTheSameOverWsAndWss();
    void refusedPortIsNamed();
    void wssToAPlainServerSaysItIsNotTls();
    void refusedUpgradeEndsTheAttemptAtOnce();

private:
    QUrl url(const QString &path) const
    {
        QUrl u = m_server->baseUrl();
        u.setPath(path);
        return u;
    }

    SimServer *m_server = nullptr;
    ScriptedHandler *m_handler = nullptr;
};

void TestConnection::init()
{
    m_server = new SimServer({}, this);
    m_server->addHandler(new DemoStreamHandler(m_server));
    m_handler = new ScriptedHandler(m_server);
    m_server->addHandler(m_handler);
    QVERIFY(m_server->listen());
}

void TestConnection::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

void TestConnection::opensAndCountsTraffic()
{
    QUrl u = url(QStringLiteral("/demo/stream"));
    u.setQuery(QStringLiteral("interval=20"));
    Connection c(fastConfig(u));
    QSignalSpy messages(&c, &Connection::messageReceived);
    QSignalSpy opened(&c, &Connection::opened);
    c.open();
    QCOMPARE(c.state(), Connection::State::Connecting);
    QVERIFY(opened.wait(5000));
    QCOMPARE(c.state(), Connection::State::Open);
    QTRY_VERIFY_WITH_TIMEOUT(messages.size() >= 5, 5000);
    QVERIFY(messages.constFirst().constFirst().toByteArray().startsWith(R"({"type":"block")"));
    QTRY_VERIFY_WITH_TIMEOUT(c.stats().messagesPerSecond > 0, 3000);
    const ConnectionStats s = c.stats();
    QVERIFY(s.messagesIn >= 5);
    QVERIFY(s.bytesIn > 5 * 300);
    QVERIFY(s.lastMessageAgeMs >= 0);
}

void TestConnection::keyIsPresentedPerAuthMethod_data()
{
    QTest::addColumn<Auth::Method>("method");
    QTest::newRow("X-API-KEY") << Auth::Method::ApiKeyHeader;
    QTest::newRow("x-api-key") << Auth::Method::LowerApiKeyHeader;
    QTest::newRow("bearer") << Auth::Method::Bearer;
    QTest::newRow("query") << Auth::Method::QueryParameter;
}

void TestConnection::keyIsPresentedPerAuthMethod()
{
    QFETCH(Auth::Method, method);
    ConnectionConfig config = fastConfig(url(QStringLiteral("/scripted")));
    config.auth = method;
    config.key = QStringLiteral("the-test-key-123");
    Connection c(config);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QCOMPARE(m_handler->keys, QStringList{QStringLiteral("the-test-key-123")});
    QVERIFY(!c.displayUrl().contains(QLatin1String("the-test-key-123")));
}

void TestConnection::reconnectsAfterServerClose()
{
    m_handler->closeCode = 1001;
    Connection c(fastConfig(url(QStringLiteral("/scripted"))));
    QSignalSpy states(&c, &Connection::stateChanged);
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(m_handler->accepted >= 3, 5000);
    QVERIFY(c.stats().reconnects >= 2);
    QVERIFY(states.contains(QVariantList{QVariant::fromValue(Connection::State::Reconnecting)}));
    QVERIFY(c.state() != Connection::State::Failed);
}

void TestConnection::authCloseIsNotRetried()
{
    m_handler->closeCode = 4001;
    m_handler->closeReason = QStringLiteral("Invalid or missing API key");
    Connection c(fastConfig(url(QStringLiteral("/scripted"))));
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Failed, 5000);
    QVERIFY(c.reason().contains(QLatin1String("4001")));
    QVERIFY(c.reason().contains(QLatin1String("Invalid or missing API key")));
    QCOMPARE(c.lastFailure(), Failure::Kind::Auth);
    QTest::qWait(600); // longer than several backoff periods
    QCOMPARE(m_handler->accepted, 1);
    QCOMPARE(c.state(), Connection::State::Failed);
}

void TestConnection::handshake401IsNotRetried()
{
    m_handler->refuseWith = 401;
    Connection c(fastConfig(url(QStringLiteral("/scripted"))));
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Failed, 5000);
    QCOMPARE(c.lastFailure(), Failure::Kind::Auth);
    QVERIFY2(c.reason().contains(QLatin1String("401")), qPrintable(c.reason()));
    QCOMPARE(m_handler->accepted, 0);
}

void TestConnection::limitCloseWaitsAtTheCap()
{
    m_handler->closeCode = 4003;
    ConnectionConfig config = fastConfig(url(QStringLiteral("/scripted")));
    config.reconnect.maxMs = 3000;
    Connection c(config);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Reconnecting, 5000);
    QCOMPARE(c.lastFailure(), Failure::Kind::Limit);
    QVERIFY2(c.nextRetryMs() >= 2000, qPrintable(QString::number(c.nextRetryMs())));
}

void TestConnection::oversizedMessageFailsWithReason()
{
    m_handler->sendOnOpen = QString(8192, QLatin1Char('x'));
    ConnectionConfig config = fastConfig(url(QStringLiteral("/scripted")));
    config.maxMessageSize = 1024;
    config.autoReconnect = false;
    Connection c(config);
    QSignalSpy messages(&c, &Connection::messageReceived);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Failed, 5000);
    QVERIFY2(c.reason().contains(QLatin1String("limit")), qPrintable(c.reason()));
    QCOMPARE(messages.size(), 0);
}

void TestConnection::connectTimeout()
{
    // A server that accepts TCP but never answers the handshake.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QUrl u;
    u.setScheme(QStringLiteral("ws"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(silent.serverPort());
    ConnectionConfig config = fastConfig(u);
    config.connectTimeoutMs = 300;
    config.reconnect.initialMs = 5000;
    Connection c(config);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Reconnecting, 3000);
    QVERIFY2(c.reason().contains(QLatin1String("No answer")), qPrintable(c.reason()));
}

void TestConnection::userCloseStopsReconnecting()
{
    m_handler->closeCode = 1001;
    Connection c(fastConfig(url(QStringLiteral("/scripted"))));
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Reconnecting, 5000);
    c.close();
    QCOMPARE(c.state(), Connection::State::Closed);
    const int accepted = m_handler->accepted;
    QTest::qWait(500);
    QCOMPARE(m_handler->accepted, accepted);
}

void TestConnection::providerFailureIsTerminal()
{
    Connection c(fastConfig(url(QStringLiteral("/scripted"))));
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    c.fail(Failure::Kind::Billing, QStringLiteral("Insufficient balance"));
    QCOMPARE(c.state(), Connection::State::Failed);
    QCOMPARE(c.reason(), QStringLiteral("Insufficient balance"));
    QTest::qWait(300);
    QCOMPARE(m_handler->accepted, 1);

    Connection d(fastConfig(url(QStringLiteral("/scripted"))));
    d.open();
    QTRY_COMPARE_WITH_TIMEOUT(d.state(), Connection::State::Open, 5000);
    d.finish(QStringLiteral("server disconnect"));
    QCOMPARE(d.state(), Connection::State::Closed);
}

void TestConnection::frameTapSeesBothDirections()
{
    Connection c(fastConfig(url(QStringLiteral("/scripted"))));
    c.setFrameTapEnabled(true);
    QSignalSpy frames(&c, &Connection::frameObserved);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 5000);
    QVERIFY(c.sendText("hello"));
    QTRY_VERIFY_WITH_TIMEOUT(frames.size() >= 2, 3000);
    QCOMPARE(frames.at(0).at(0).value<Connection::Direction>(), Connection::Direction::Outgoing);
    QCOMPARE(frames.at(1).at(0).value<Connection::Direction>(), Connection::Direction::Incoming);
    QCOMPARE(frames.at(1).at(1).toByteArray(), QByteArray("hello"));
    QCOMPARE(c.stats().messagesOut, 1);
}

void TestConnection::stateSequenceAcrossAReconnect()
{
    m_handler->closeCode = 1001;
    m_handler->closeFirst = 1;
    Connection c(fastConfig(url(QStringLiteral("/scripted"))));
    QList<Connection::State> states;
    connect(&c, &Connection::stateChanged, this, [&states](Connection::State s) { states << s; });
    QSignalSpy opened(&c, &Connection::opened);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 2, 5000);
    using S = Connection::State;
    const QList<S> expected{S::Connecting, S::Open, S::Reconnecting, S::Connecting, S::Open};
    QCOMPARE(states, expected);
    QCOMPARE(c.stats().reconnects, 1);
    QVERIFY(c.reason().isEmpty()); // open again: the old reason is gone

    c.close();
    QCOMPARE(c.state(), S::Closed);
    c.open(); // a closed connection can be opened again
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), S::Open, 5000);
}

void TestConnection::backoffGrowsThenResetsWhenStable()
{
    m_handler->closeCode = 1001;
    m_handler->closeFirst = 3;
    ConnectionConfig config = fastConfig(url(QStringLiteral("/scripted")));
    config.reconnect.initialMs = 100;
    config.reconnect.maxMs = 1600;
    config.reconnect.multiplier = 2.0;
    config.reconnect.jitter = 0;
    config.reconnect.stableMs = 300;
    Connection c(config);
    QList<int> delays;
    connect(&c, &Connection::stateChanged, this, [&](Connection::State s) {
        if (s == Connection::State::Reconnecting)
            delays << c.nextRetryMs();
    });
    c.open();
    // Three refusals: 100, 200, 400 ms; then the fourth connection stays up.
    QTRY_COMPARE_WITH_TIMEOUT(m_handler->accepted, 4, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Open, 3000);
    QCOMPARE(delays.size(), 3);
    const int expected[] = {100, 200, 400};
    // QTimer's coarse timers may report up to 5 % more than the delay asked for.
    for (int i = 0; i < 3; ++i)
        QVERIFY2(delays.at(i) > expected[i] - 30 && delays.at(i) <= expected[i] * 21 / 20 + 1,
                 qPrintable(QString::number(delays.at(i))));

    // Up for longer than stableMs (the statistics tick notices): the next delay starts over.
    QTRY_VERIFY_WITH_TIMEOUT(c.stats().uptimeMs >= 300, 4000);
    QVERIFY(m_handler->last);
    m_handler->last->close(QWebSocketProtocol::CloseCodeGoingAway);
    QTRY_COMPARE_WITH_TIMEOUT(delays.size(), 4, 3000);
    QVERIFY2(delays.at(3) > 70 && delays.at(3) <= 106, qPrintable(QString::number(delays.at(3))));
}

void TestConnection::pingRoundTripIsMeasured()
{
    ConnectionConfig config = fastConfig(url(QStringLiteral("/scripted")));
    config.pingIntervalMs = 100;
    Connection c(config);
    QCOMPARE(c.stats().pingRoundTripMs, -1);
    c.open();
    QTRY_VERIFY_WITH_TIMEOUT(c.stats().pingRoundTripMs >= 0, 3000);
    QVERIFY(c.stats().pingRoundTripMs < 100); // loopback
    QTRY_VERIFY_WITH_TIMEOUT(c.stats().uptimeMs > 0, 3000);
}

void TestConnection::unreachableHostReadsTheSameOverWsAndWss_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("ws") << QStringLiteral("ws://no-such-host.invalid/");
    QTest::newRow("wss") << QStringLiteral("wss://no-such-host.invalid/stream");
}

void TestConnection::unreachableHostReadsTheSameOverWsAndWss()
{
    // Over TLS, QWebSocket reports disconnected() before the error: the reason was
    // "Unknown error" for wss:// while ws:// said "Host not found".
    QFETCH(QString, url);
    ConnectionConfig config = fastConfig(QUrl(url));
    config.reconnect.initialMs = 5000;
    Connection c(config);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Reconnecting, 8000);
    QCOMPARE(c.reason(), Failure::describeSocketError(QAbstractSocket::HostNotFoundError, {}, QUrl(url)).reason);
    QVERIFY2(c.reason().startsWith(QLatin1String("Host no-such-host.invalid not found")), qPrintable(c.reason()));
}

void TestConnection::refusedPortIsNamed()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    ConnectionConfig config = fastConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1/").arg(port)));
    config.reconnect.initialMs = 5000;
    Connection c(config);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Reconnecting, 5000);
    QCOMPARE(c.reason(), QStringLiteral("127.0.0.1:%1 refused the connection: nothing accepts connections on that port").arg(port));
}

void TestConnection::wssToAPlainServerSaysItIsNotTls()
{
    // A plain web server answers the TLS hello with an HTTP error, as most do.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        }
    });
    ConnectionConfig config = fastConfig(QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(plain.serverPort())));
    config.reconnect.initialMs = 5000;
    Connection c(config);
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Reconnecting, 5000);
    QVERIFY2(c.reason().contains(QLatin1String("does not speak TLS")), qPrintable(c.reason()));
}

void TestConnection::refusedUpgradeEndsTheAttemptAtOnce()
{
    KeepAlive404 server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    ConnectionConfig config = fastConfig(QUrl(QStringLiteral("ws://127.0.0.1:%1/nope").arg(server.serverPort())));
    config.connectTimeoutMs = 4000;
    config.reconnect.initialMs = 5000;
    Connection c(config);
    QElapsedTimer clock;
    clock.start();
    c.open();
    QTRY_COMPARE_WITH_TIMEOUT(c.state(), Connection::State::Reconnecting, 3000);
    QVERIFY2(clock.elapsed() < 3000, "the 404 must end the attempt, not the connect timeout");
    QCOMPARE(c.reason(), QStringLiteral("The server has no WebSocket endpoint at this path (HTTP 404 Not Found)"));
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
