// SocketIoClient against the REAL socket.io server from npm (tests/peers/server.js):
// handshake, auth payload checked by a middleware, every auth method, events and acks in
// both directions, binary events, ping/pong over several intervals, ping-timeout detection,
// a server disconnect that is not retried, and reconnection after the transport drops.

#include "core/socketio/socketioclient.h"
#include "peers/nodepeer.h"

#include <QSignalSpy>
#include <QTest>
#include <csignal>
#include <sys/types.h>

namespace {
const QString Token = QStringLiteral("peer-token");
const QString Nsp = QStringLiteral("/api/v1/ws");
} // namespace

class TestSocketIoPeer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (NodePeer::node().isEmpty())
            QSKIP("Node.js is not installed: the socket.io peer tests need `node` (scripts/test installs it)");
        const QString missing = NodePeer::missingModules();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void init()
    {
        m_server = std::make_unique<NodePeer>();
    }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void handshakeWithAuthPayload()
    {
        startServer();
        makeClient(Auth::Method::SocketIoToken, Token);
        QSignalSpy joined(m_client.get(), &SocketIoClient::joined);
        QSignalSpy events(m_client.get(), &SocketIoClient::eventReceived);
        m_client->open();
        QVERIFY(joined.wait(10000));
        QVERIFY(!m_client->sid().isEmpty());
        QCOMPARE(m_client->openInfo().pingIntervalMs, 300);
        QCOMPARE(m_client->openInfo().pingTimeoutMs, 400);
        QVERIFY(m_client->openInfo().maxPayload > 0);
        QVERIFY(m_client->connection()->displayUrl().contains(QLatin1String("/socket.io/?EIO=4&transport=websocket")));
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 5000);
        QCOMPARE(events.at(0).at(0).toString(), QStringLiteral("welcome"));
        QCOMPARE(events.at(0).at(1).toJsonArray().at(0).toObject().value(QLatin1String("sid")).toString(), m_client->sid());
    }

    void bearerAndQueryAuth_data()
    {
        QTest::addColumn<Auth::Method>("method");
        QTest::newRow("bearer") << Auth::Method::Bearer;
        QTest::newRow("query") << Auth::Method::QueryParameter;
    }
    void bearerAndQueryAuth()
    {
        QFETCH(Auth::Method, method);
        startServer();
        makeClient(method, Token);
        QSignalSpy joined(m_client.get(), &SocketIoClient::joined);
        m_client->open();
        QVERIFY(joined.wait(10000));
    }

    void middlewareRejectsWrongToken()
    {
        startServer();
        makeClient(Auth::Method::SocketIoToken, QStringLiteral("wrong-token"));
        QSignalSpy errors(m_client.get(), &SocketIoClient::connectError);
        m_client->open();
        QVERIFY(errors.wait(10000));
        QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("INVALID_API_KEY"));
        QCOMPARE(errors.at(0).at(1).toJsonValue().toObject().value(QLatin1String("code")).toString(),
                 QStringLiteral("INVALID_API_KEY"));
        QTRY_COMPARE(m_client->connection()->state(), Connection::State::Failed);
        QCOMPARE(m_client->connection()->lastFailure(), Failure::Kind::Auth);
        QVERIFY(m_client->connection()->reason().contains(QLatin1String("INVALID_API_KEY")));
    }

    void eventsAndAcksBothWays()
    {
        joinedClient();
        QSignalSpy events(m_client.get(), &SocketIoClient::eventReceived);

        // client → server with an ack
        QJsonArray acked;
        bool ackOk = false;
        QVERIFY(m_client->emitEvent(QStringLiteral("echo"), {QStringLiteral("hi"), QJsonObject{{"n", 42}}},
                                    [&](bool ok, const QJsonArray &args, const QString &) {
                                        ackOk = ok;
                                        acked = args;
                                    }));
        QTRY_VERIFY_WITH_TIMEOUT(ackOk, 5000);
        QCOMPARE(acked.size(), 2);
        QCOMPARE(acked.at(0).toString(), QStringLiteral("hi"));
        QCOMPARE(acked.at(1).toObject().value(QLatin1String("n")).toInt(), 42);

        // client → server without an ack: the server emits back
        QVERIFY(m_client->emitEvent(QStringLiteral("echo"), {QStringLiteral("plain")}));
        QVERIFY(waitForEvent(events, QStringLiteral("echoed")).at(0).toString() == QLatin1String("plain"));

        // server → client with an ack request that we answer
        connect(m_client.get(), &SocketIoClient::eventReceived, this,
                [this](const QString &name, const QJsonArray &args, qint64 ackId) {
                    if (name == QLatin1String("question") && ackId >= 0)
                        m_client->sendAck(ackId, {QJsonObject{{"answer", args.at(0).toString().toUpper()}}});
                });
        QVERIFY(m_client->emitEvent(QStringLiteral("ask"), {QStringLiteral("ping?")}));
        const QJsonArray answer = waitForEvent(events, QStringLiteral("answer"));
        QCOMPARE(answer.at(0).toObject().value(QLatin1String("answer")).toString(), QStringLiteral("PING?"));
    }

    void binaryEvent()
    {
        joinedClient();
        QSignalSpy binary(m_client.get(), &SocketIoClient::binaryEventReceived);
        QVERIFY(m_client->emitEvent(QStringLiteral("binary")));
        QVERIFY(binary.wait(5000));
        QCOMPARE(binary.at(0).at(0).toString(), QStringLiteral("blob"));
        const auto attachments = binary.at(0).at(3).value<QList<QByteArray>>();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments.at(0), QByteArray("\x01\x02\x03\x04", 4));
        const QJsonArray args = binary.at(0).at(1).toJsonArray();
        QCOMPARE(args.at(0).toObject().value(QLatin1String("_binary")).toInt(), 0);
        QCOMPARE(args.at(1).toObject().value(QLatin1String("name")).toString(), QStringLiteral("four bytes"));
        QVERIFY(m_client->isJoined()); // the session goes on after a binary packet
    }

    void pingPongOverSeveralIntervals()
    {
        joinedClient();
        // pingInterval 300 ms: six pings take ~1.8 s, far beyond interval + timeout (700 ms),
        // so the server would have dropped us had a single pong been missing.
        QTRY_VERIFY_WITH_TIMEOUT(m_client->pingsReceived() >= 6, 10000);
        QVERIFY(m_client->isJoined());
        int pongs = -1;
        QVERIFY(m_client->emitEvent(QStringLiteral("pongs"), {}, [&](bool ok, const QJsonArray &args, const QString &) {
            pongs = ok ? args.at(0).toInt() : -2;
        }));
        QTRY_VERIFY_WITH_TIMEOUT(pongs >= 0, 5000);
        QVERIFY2(pongs >= 6, qPrintable(QStringLiteral("server counted %1 pongs").arg(pongs)));
        QCOMPARE(m_server->lines().size() >= 2, true);
    }

    void pingTimeoutDetected()
    {
        joinedClient();
        QSignalSpy left(m_client.get(), &SocketIoClient::left);
        // Freeze the server: no more pings. interval + timeout = 700 ms later we call it dead.
        ::kill(pid_t(m_server->process().processId()), SIGSTOP);
        const bool detected = left.wait(5000);
        const QString reason = m_client->connection()->reason();
        ::kill(pid_t(m_server->process().processId()), SIGCONT);
        QVERIFY(detected);
        QVERIFY2(reason.contains(QLatin1String("ping")), qPrintable(reason));
        QVERIFY(m_client->connection()->state() == Connection::State::Reconnecting
                || m_client->connection()->state() == Connection::State::Connecting
                || m_client->connection()->state() == Connection::State::Open);
        // and once the server runs again, the client is back
        QSignalSpy joined(m_client.get(), &SocketIoClient::joined);
        QVERIFY(joined.wait(10000));
    }

    void serverDisconnectIsNotRetried()
    {
        joinedClient();
        QSignalSpy left(m_client.get(), &SocketIoClient::left);
        QVERIFY(m_client->emitEvent(QStringLiteral("kick")));
        QVERIFY(left.wait(5000));
        QTRY_COMPARE(m_client->connection()->state(), Connection::State::Closed);
        QVERIFY(!m_client->connection()->reason().isEmpty());
        // Not retried: the server sees no new connection.
        QTest::qWait(800);
        QCOMPARE(m_client->connection()->state(), Connection::State::Closed);
        int connects = 0;
        for (const QJsonObject &line : m_server->lines())
            connects += line.contains(QLatin1String("connected")) ? 1 : 0;
        QCOMPARE(connects, 1);
    }

    void reconnectsAfterTransportDrop()
    {
        joinedClient();
        QSignalSpy joined(m_client.get(), &SocketIoClient::joined);
        QSignalSpy events(m_client.get(), &SocketIoClient::eventReceived);
        QVERIFY(m_client->emitEvent(QStringLiteral("drop")));
        QVERIFY(joined.wait(10000));
        // the server counts connections: the welcome of the new session says 2
        auto secondWelcome = [&events] {
            for (const QList<QVariant> &e : std::as_const(events)) {
                if (e.at(0).toString() == QLatin1String("welcome")
                    && e.at(1).toJsonArray().at(0).toObject().value(QLatin1String("connections")).toInt() == 2)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(secondWelcome(), 5000);
        QVERIFY(m_client->isJoined());
    }

    void clientDisconnect()
    {
        joinedClient();
        m_client->close();
        QCOMPARE(m_client->connection()->state(), Connection::State::Closed);
        const QJsonObject line = m_server->waitForLine(QStringLiteral("disconnected"));
        QCOMPARE(line.value(QLatin1String("reason")).toString(), QStringLiteral("client namespace disconnect"));
    }

private:
    void startServer()
    {
        m_server->start(QStringLiteral("server.js"), {QStringLiteral("--port"), QStringLiteral("0"),
                                                      QStringLiteral("--namespace"), Nsp,
                                                      QStringLiteral("--token"), Token,
                                                      QStringLiteral("--ping-interval"), QStringLiteral("300"),
                                                      QStringLiteral("--ping-timeout"), QStringLiteral("400")});
        const QJsonObject ready = m_server->waitForLine(QStringLiteral("listening"));
        QVERIFY2(!ready.isEmpty(), "the socket.io server peer did not start");
        m_port = ready.value(QLatin1String("listening")).toInt();
    }

    void makeClient(Auth::Method method, const QString &key)
    {
        ConnectionConfig config;
        config.name = QStringLiteral("peer");
        config.url = QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(m_port).arg(Nsp));
        config.auth = method;
        config.key = key;
        config.reconnect.initialMs = 50;
        config.reconnect.maxMs = 300;
        config.connectTimeoutMs = 5000;
        SocketIoOptions options;
        if (method == Auth::Method::SocketIoToken)
            options.auth = QJsonObject{{QStringLiteral("token"), key}};
        auto *connection = new Connection(SocketIoClient::connectionConfig(config, options));
        m_client = std::make_unique<SocketIoClient>(connection, options);
        connection->setParent(m_client.get());
        QCOMPARE(m_client->nsp(), Nsp);
    }

    void joinedClient()
    {
        startServer();
        makeClient(Auth::Method::SocketIoToken, Token);
        QSignalSpy joined(m_client.get(), &SocketIoClient::joined);
        m_client->open();
        QVERIFY(joined.wait(10000));
    }

    static QJsonArray waitForEvent(QSignalSpy &spy, const QString &name)
    {
        QElapsedTimer timer;
        timer.start();
        qsizetype seen = 0;
        while (timer.elapsed() < 5000) {
            for (; seen < spy.size(); ++seen) {
                if (spy.at(seen).at(0).toString() == name)
                    return spy.at(seen).at(1).toJsonArray();
            }
            spy.wait(100);
        }
        return {};
    }

    std::unique_ptr<NodePeer> m_server;
    std::unique_ptr<SocketIoClient> m_client;
    int m_port = 0;
};

QTEST_MAIN(TestSocketIoPeer)
#include "tst_socketio_peer.moc"
