// AlliumApiClient against the simulator on loopback: bursts under the 1000 in-flight
// limit, "max inflight" answers re-queued, timeouts, connection loss, bad frames.

#include "providers/allium/alliumapiclient.h"
#include "sim/allium/alliumapisim.h"
#include "sim/simserver.h"

#include <memory>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

namespace {

/// Accepts the upgrade, then closes with a policy close code and a reason.
class ClosingHandler : public SimHandler
{
public:
    ClosingHandler(SimServer *server, QWebSocketProtocol::CloseCode code, QString reason)
        : SimHandler(server), m_code(code), m_reason(std::move(reason)) {}
    bool acceptsPath(const QString &path) const override { return path == QLatin1String("/closing/ws/api"); }
    void acceptSocket(QWebSocket *socket) override { socket->close(m_code, m_reason); }

private:
    QWebSocketProtocol::CloseCode m_code;
    QString m_reason;
};

} // namespace

class TestAlliumApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void burstOf5000NeverExceedsTheLimit();
    void maxInflightAnswerIsRequeued();
    void timeoutFailsTheRequest();
    void dropResendsIdempotentAndFailsOthers();
    void badFramesAreCountedNotFatal();
    void hugeMessageDropsTheConnectionOnly();
    void routes();
    void badKeyIsRejected();
    void onlyTheApiKeyHeaderIsAccepted();
    void http429AtTheUpgradeIsALimit();
    void limitCloseIsALimit();

private:
    AlliumApiClient *makeClient(const AlliumApiClientSettings &settings = AlliumApiClientSettings(), qint64 maxMessage = 0);

    SimServer *m_server = nullptr;
    AlliumApiSimHandler *m_handler = nullptr;
    std::unique_ptr<Connection> m_connection;
    AlliumApiClient *m_client = nullptr;
};

void TestAlliumApi::init()
{
    m_server = new SimServer(SimConfig());
    m_handler = new AlliumApiSimHandler(m_server);
    m_server->addHandler(m_handler);
    QVERIFY(m_server->listen());
}

void TestAlliumApi::cleanup()
{
    delete m_client;
    m_client = nullptr;
    m_connection.reset();
    delete m_server;
    m_server = nullptr;
}

AlliumApiClient *TestAlliumApi::makeClient(const AlliumApiClientSettings &settings, qint64 maxMessage)
{
    ConnectionConfig config;
    config.name = QStringLiteral("test api");
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/api/v1/developer/ws/api"));
    config.url = url;
    config.auth = Auth::Method::ApiKeyHeader;
    config.key = QStringLiteral("demo-key");
    config.reconnect.initialMs = 50;
    config.reconnect.maxMs = 200;
    if (maxMessage > 0)
        config.maxMessageSize = maxMessage;
    m_connection.reset(new Connection(config));
    m_client = new AlliumApiClient(m_connection.get(), nullptr, settings);
    return m_client;
}

void TestAlliumApi::burstOf5000NeverExceedsTheLimit()
{
    m_server->config().options.insert(QStringLiteral("allium.latencyMs"), 5);
    AlliumApiClient *client = makeClient();
    QSet<QString> sent, answered;
    int failures = 0;
    connect(client, &AlliumApiClient::responseReceived, this, [&](const AlliumApiResponse &r) {
        QVERIFY(r.isSuccess());
        QVERIFY(r.roundTripMs >= 0);
        answered.insert(r.id);
    });
    connect(client, &AlliumApiClient::requestFailed, this, [&] { ++failures; });
    for (int i = 0; i < 5000; ++i)
        sent.insert(client->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/assets"),
                                 {{QStringLiteral("blockchain"), QStringLiteral("ethereum")}, {QStringLiteral("limit"), QStringLiteral("2")}}));
    QCOMPARE(sent.size(), 5000);
    QCOMPARE(client->queued(), 5000); // not open yet: everything waits
    client->open();
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 5000, 60000);
    QCOMPARE(answered, sent);
    QCOMPARE(failures, 0);
    QCOMPARE(m_handler->limitRejections(), 0);
    QVERIFY2(m_handler->maxObservedInFlight() <= 1000, qPrintable(QString::number(m_handler->maxObservedInFlight())));
    QCOMPARE(client->maxObservedInFlight(), 1000); // the limit was actually used
    QCOMPARE(client->inFlight(), 0);
    QCOMPARE(client->queued(), 0);
}

void TestAlliumApi::maxInflightAnswerIsRequeued()
{
    // The server allows only 10 (e.g. account limits): the client re-queues, loses nothing.
    m_server->config().options.insert(QStringLiteral("allium.maxInflight"), 10);
    m_server->config().options.insert(QStringLiteral("allium.latencyMs"), 10);
    AlliumApiClient *client = makeClient();
    int ok = 0, failed = 0;
    QSignalSpy requeued(client, &AlliumApiClient::requestRequeued);
    connect(client, &AlliumApiClient::responseReceived, this, [&](const AlliumApiResponse &r) {
        QVERIFY2(!r.isMaxInflight(), "a limit answer must not reach the caller");
        ++ok;
    });
    connect(client, &AlliumApiClient::requestFailed, this, [&] { ++failed; });
    client->open();
    for (int i = 0; i < 60; ++i)
        client->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/assets"));
    QTRY_COMPARE_WITH_TIMEOUT(ok, 60, 20000);
    QCOMPARE(failed, 0);
    QVERIFY(m_handler->limitRejections() > 0);
    QCOMPARE(client->limitRequeues(), m_handler->limitRejections());
    QVERIFY(requeued.count() > 0);
}

void TestAlliumApi::timeoutFailsTheRequest()
{
    AlliumApiClientSettings settings;
    settings.timeoutMs = 300;
    AlliumApiClient *client = makeClient(settings);
    QSignalSpy failed(client, &AlliumApiClient::requestFailed);
    QSignalSpy answered(client, &AlliumApiClient::responseReceived);
    client->open();
    const QString hung = client->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/sim/hang"));
    client->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/assets"));
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().at(0).toString(), hung);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("No reply")));
    QCOMPARE(answered.count(), 1);
    QCOMPARE(client->timeouts(), 1);
    QCOMPARE(client->inFlight(), 0);
}

void TestAlliumApi::dropResendsIdempotentAndFailsOthers()
{
    m_server->config().options.insert(QStringLiteral("allium.latencyMs"), 400);
    AlliumApiClient *client = makeClient();
    QSignalSpy failed(client, &AlliumApiClient::requestFailed);
    QSignalSpy requeued(client, &AlliumApiClient::requestRequeued);
    QStringList answered;
    connect(client, &AlliumApiClient::responseReceived, this, [&](const AlliumApiResponse &r) { answered << r.id; });
    client->open();
    QTRY_COMPARE(client->connection()->state(), Connection::State::Open);
    const QString get = client->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/assets"));
    const QString post = client->send(QStringLiteral("POST"), QStringLiteral("/api/v1/developer/trading/hyperliquid/info/fills"),
                                      {{QStringLiteral("type"), QStringLiteral("userFills")},
                                       {QStringLiteral("user"), QStringLiteral("0xD5994523d6B235862bE1790C06cFBE8547869449")}});
    QCOMPARE(client->inFlight(), 2);
    QTRY_COMPARE(m_handler->maxObservedInFlight(), 2);
    m_handler->dropAll();
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(failed.first().at(0).toString(), post);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("not idempotent")));
    QCOMPARE(requeued.count(), 1);
    QCOMPARE(requeued.first().at(0).toString(), get);
    QTRY_COMPARE_WITH_TIMEOUT(answered, QStringList{get}, 10000);
    QCOMPARE(client->resentAfterReconnect(), 1);
}

void TestAlliumApi::badFramesAreCountedNotFatal()
{
    AlliumApiClient *client = makeClient();
    QSignalSpy problems(client, &AlliumApiClient::protocolProblem);
    int ok = 0;
    connect(client, &AlliumApiClient::responseReceived, this, [&] { ++ok; });
    client->open();
    for (const char *kind : {"garbage", "wrong-types", "unknown-id", "binary"})
        client->send(QStringLiteral("POST"), QStringLiteral("/api/v1/developer/sim/misbehave"), {{QStringLiteral("kind"), QString::fromLatin1(kind)}});
    QTRY_COMPARE_WITH_TIMEOUT(ok, 4, 10000);
    QCOMPARE(client->badFrames(), 3);
    QCOMPARE(client->unknownIds(), 1);
    QCOMPARE(problems.count(), 4);
    QCOMPARE(client->connection()->state(), Connection::State::Open);
    // A malformed request gets an error answer, never a dropped connection.
    QVERIFY(client->connection()->sendText("{not json"));
    QTRY_COMPARE(m_handler->badRequests(), 1);
    QTRY_COMPARE(client->unknownIds(), 2); // the server's answer to an unreadable request has no id of ours
}

void TestAlliumApi::hugeMessageDropsTheConnectionOnly()
{
    AlliumApiClient *client = makeClient(AlliumApiClientSettings(), 64 * 1024);
    QSignalSpy failed(client, &AlliumApiClient::requestFailed);
    client->open();
    client->send(QStringLiteral("POST"), QStringLiteral("/api/v1/developer/sim/misbehave"),
                 {{QStringLiteral("kind"), QStringLiteral("huge")}, {QStringLiteral("bytes"), 1024 * 1024}});
    QVERIFY(failed.wait(10000));
    // The connection comes back and serves the next request.
    QSignalSpy answered(client, &AlliumApiClient::responseReceived);
    client->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/assets"));
    QVERIFY(answered.wait(10000));
}

void TestAlliumApi::routes()
{
    AlliumApiRequest r;
    r.method = QStringLiteral("GET");
    r.path = QStringLiteral("/api/v1/developer/assets");
    r.body = {{QStringLiteral("blockchain"), QStringLiteral("ethereum")}, {QStringLiteral("limit"), QStringLiteral("3")}};
    auto [ok, data] = AlliumApiSimHandler::route(r, 1);
    QVERIFY(ok);
    QCOMPARE(data.toObject().value(QStringLiteral("items")).toArray().size(), 3);
    r.body.insert(QStringLiteral("limit"), QStringLiteral("lots"));
    QVERIFY(!AlliumApiSimHandler::route(r, 1).first);
    r.path = QStringLiteral("/api/v1/developer/nowhere");
    const auto missing = AlliumApiSimHandler::route(r, 1);
    QVERIFY(!missing.first);
    QVERIFY(missing.second.toString().startsWith(QStringLiteral("Not Found")));
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/api/v1/developer/trading/hyperliquid/info/fills");
    r.body = {{QStringLiteral("type"), QStringLiteral("userFills")}, {QStringLiteral("user"), QStringLiteral("0xD5994523d6B235862bE1790C06cFBE8547869449")}};
    const auto fills = AlliumApiSimHandler::route(r, 1);
    QVERIFY(fills.first);
    QVERIFY(fills.second.toArray().size() > 0);
    QCOMPARE(fills.second, AlliumApiSimHandler::route(r, 1).second); // seeded: same answer
}

void TestAlliumApi::badKeyIsRejected()
{
    ConnectionConfig config;
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/api/v1/developer/ws/api"));
    config.url = url;
    config.auth = Auth::Method::ApiKeyHeader;
    config.key = QStringLiteral("wrong-key");
    m_connection.reset(new Connection(config));
    m_client = new AlliumApiClient(m_connection.get());
    QSignalSpy failed(m_client, &AlliumApiClient::requestFailed);
    m_client->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/assets"));
    m_client->open();
    QTRY_COMPARE(m_client->connection()->state(), Connection::State::Failed);
    QCOMPARE(m_client->connection()->lastFailure(), Failure::Kind::Auth);
    QCOMPARE(failed.count(), 1); // the queued request fails with the reason
}

void TestAlliumApi::onlyTheApiKeyHeaderIsAccepted()
{
    // The documents name one way for the API endpoint: the X-API-KEY header.
    for (const Auth::Method method : {Auth::Method::Bearer, Auth::Method::QueryParameter}) {
        ConnectionConfig config;
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/api/v1/developer/ws/api"));
        config.url = url;
        config.auth = method;
        config.key = QStringLiteral("demo-key");
        Connection connection(config);
        AlliumApiClient client(&connection);
        client.open();
        QTRY_COMPARE(connection.state(), Connection::State::Failed);
        QCOMPARE(connection.lastFailure(), Failure::Kind::Auth);
    }
}

void TestAlliumApi::http429AtTheUpgradeIsALimit()
{
    m_server->config().options.insert(QStringLiteral("allium.refuseUpgrade"), 429);
    AlliumApiClient *client = makeClient();
    QSignalSpy failed(client, &AlliumApiClient::requestFailed);
    client->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/assets"));
    client->open();
    QTRY_COMPARE(client->connection()->state(), Connection::State::Reconnecting);
    QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Limit);
    QCOMPARE(failed.count(), 0); // waits for the limit to pass; the CLI's runEndFor() decides
}

void TestAlliumApi::limitCloseIsALimit()
{
    m_server->addHandler(new ClosingHandler(m_server, QWebSocketProtocol::CloseCodePolicyViolated,
                                            QStringLiteral("rate limit exceeded")));
    ConnectionConfig config;
    QUrl url = m_server->baseUrl();
    url.setPath(QStringLiteral("/closing/ws/api"));
    config.url = url;
    config.auth = Auth::Method::ApiKeyHeader;
    config.key = QStringLiteral("demo-key");
    config.reconnect.initialMs = 50;
    m_connection.reset(new Connection(config));
    m_client = new AlliumApiClient(m_connection.get());
    m_client->open();
    QTRY_COMPARE(m_connection->state(), Connection::State::Reconnecting);
    QCOMPARE(m_connection->lastFailure(), Failure::Kind::Limit);
    QVERIFY2(m_connection->reason().contains(QStringLiteral("rate limit exceeded")), qPrintable(m_connection->reason()));
}

QTEST_GUILESS_MAIN(TestAlliumApi)
#include "tst_allium_api.moc"
