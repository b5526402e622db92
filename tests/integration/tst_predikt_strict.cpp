// PrediktClient against the strict simulator (documented shapes and auth methods only), for
// the issue-13 items: PERMISSION_DENIED says how to fix it, a symbol cap keeps what fits and
// names what it dropped, a silent server-side namespace disconnect is retried with the
// reason shown, keep-alive is socket.emit('ping'), money stays exact through every shape
// variant, the token comes from the connection's current key, undocumented auth is refused.

#include "providers/predikt/prediktclient.h"
#include "sim/predikt/prediktsimhandler.h"
#include "sim/simserver.h"

#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

class TestPrediktStrict : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        m_clients.clear();
        m_server.reset();
    }

    void permissionDeniedSaysHowToFixIt_data()
    {
        QTest::addColumn<QString>("via");
        QTest::newRow("error message") << QStringLiteral("message");
        QTest::newRow("connect_error") << QStringLiteral("connect_error");
    }
    void permissionDeniedSaysHowToFixIt()
    {
        QFETCH(QString, via);
        startServer({{"predikt.noWebsocketKeys", "fresh-key"}, {"predikt.authErrorVia", via}}, {});
        PrediktClient *client = makeClient(Auth::Method::SocketIoToken, QStringLiteral("fresh-key"));
        client->subscribe({QStringLiteral("SOL")});
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), Connection::State::Failed, 5000);
        QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Auth);
        const QString reason = client->connection()->reason();
        QVERIFY2(reason.contains(QLatin1String("\"websocket\" permission")), qPrintable(reason));
        QVERIFY2(reason.contains(QLatin1String("add \"websocket\"")), qPrintable(reason));
    }

    void symbolCapOnJoinKeepsWhatFits()
    {
        startServer({{"predikt.tier", "STANDARD"}}); // the server allows 10
        PrediktClientOptions options;
        options.tier = Predikt::tierByName(QStringLiteral("PRO")); // the profile says 50
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"), options);
        QStringList twelve;
        for (int i = 0; i < 12; ++i)
            twelve << QStringLiteral("S%1").arg(i);
        QVERIFY(client->subscribe(twelve));
        QSignalSpy rejected(client, &PrediktClient::symbolsRejected);
        QSignalSpy subscribed(client, &PrediktClient::subscribed);
        client->open();
        QVERIFY(rejected.wait(5000));
        QCOMPARE(rejected.at(0).at(0).toStringList(), (QStringList{"S10", "S11"}));
        const QString reason = rejected.at(0).at(1).toString();
        QVERIFY2(reason.contains(QLatin1String("10 symbol")) && reason.contains(QLatin1String("dropped S10, S11")),
                 qPrintable(reason));
        QVERIFY(subscribed.wait(5000));
        QCOMPARE(subscribed.at(0).at(0).toStringList(), twelve.mid(0, 10));
        QCOMPARE(client->symbols(), twelve.mid(0, 10)); // not an empty board
        QTRY_COMPARE(client->activeSymbols().size(), 10);
        // a rejoin asks for the ten again and is not refused
        QSignalSpy joined(client->socketIo(), &SocketIoClient::joined);
        m_handler->dropAll();
        QVERIFY(joined.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 2, 5000);
        QCOMPARE(subscribed.at(1).at(0).toStringList(), twelve.mid(0, 10));
        QCOMPARE(rejected.size(), 1);
    }

    void silentServerDisconnectIsRetried()
    {
        startServer({});
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"));
        QSignalSpy subscribed(client, &PrediktClient::subscribed);
        QStringList reconnectReasons;
        Connection *connection = client->connection();
        connect(connection, &Connection::stateChanged, this, [&reconnectReasons, connection](Connection::State state) {
            if (state == Connection::State::Reconnecting)
                reconnectReasons << connection->reason();
        });
        client->subscribe({QStringLiteral("SOL")});
        client->open();
        QVERIFY(subscribed.wait(5000));
        m_handler->kickAll(); // a namespace DISCONNECT with no "disconnecting" before it
        QTRY_COMPARE_WITH_TIMEOUT(reconnectReasons.size(), 1, 5000);
        QVERIFY2(reconnectReasons.constFirst().contains(QLatin1String("without a warning")), qPrintable(reconnectReasons.constFirst()));
        QCOMPARE(connection->lastFailure(), Failure::Kind::Transient);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 2, 10000); // back, and resubscribed
        QCOMPARE(connection->state(), Connection::State::Open);
        QCOMPARE(connection->stats().reconnects, 1);
    }

    void keepAliveIsTheDocumentedPing()
    {
        startServer({});
        PrediktClientOptions options;
        options.subscribeViaMessage = true; // subscriptions by 'message', keep-alive still emit('ping')
        options.keepAliveMs = 1000;
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"), options);
        QSignalSpy pongs(client, &PrediktClient::pong);
        client->subscribe({QStringLiteral("SOL")});
        client->open();
        QTRY_VERIFY_WITH_TIMEOUT(pongs.size() >= 2, 6000);
        const QStringList events = m_handler->eventLog();
        QVERIFY2(events.contains(QLatin1String("message:subscribe")), qPrintable(events.join(u',')));
        QVERIFY2(events.count(QLatin1String("ping")) >= 2, qPrintable(events.join(u',')));
        QVERIFY(!events.contains(QLatin1String("message:ping")));
    }

    void shapeVariants_data()
    {
        QTest::addColumn<QString>("variant");
        QTest::newRow("documented") << QString();
        QTest::newRow("number amounts") << QStringLiteral("number-amounts");
        QTest::newRow("string price") << QStringLiteral("string-price");
        QTest::newRow("minimal") << QStringLiteral("minimal");
        QTest::newRow("all") << QStringLiteral("number-amounts,string-price,minimal");
    }
    void shapeVariants()
    {
        QFETCH(QString, variant);
        startServer({{"predikt.variant", variant}, {"predikt.balance", "45.90"}, {"predikt.billingIntervalMs", 20000}});
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"));
        QSignalSpy account(client, &PrediktClient::accountConnected);
        QSignalSpy ticks(client, &PrediktClient::priceTick);
        QSignalSpy billing(client, &PrediktClient::billing);
        QSignalSpy malformed(client, &PrediktClient::malformedMessage);
        client->subscribe({QStringLiteral("SOL"), QStringLiteral("BTC")});
        client->open();
        QVERIFY(account.wait(5000));
        QVERIFY(account.at(0).at(0).value<Predikt::ConnectedInfo>().connectionId.startsWith(QLatin1String("conn_")));
        QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 2, 5000);
        QVERIFY(ticks.at(0).at(0).value<Predikt::PriceTick>().price > 0);
        QTRY_VERIFY_WITH_TIMEOUT(billing.size() >= 2, 5000);
        const auto first = billing.at(0).at(0).value<Predikt::BillingNotice>();
        const auto second = billing.at(1).at(0).value<Predikt::BillingNotice>();
        QCOMPARE(first.amountUsd.toFixed(2), QStringLiteral("0.10"));
        QCOMPARE(first.remainingBalanceUsd.toFixed(2), QStringLiteral("45.80"));
        QCOMPARE(second.remainingBalanceUsd.toFixed(2), QStringLiteral("45.70"));
        QVERIFY(second.timestampMs >= first.timestampMs && first.timestampMs > 0); // filled when missing
        QCOMPARE(malformed.size(), 0);
    }

    void tokenIsTheConnectionsCurrentKey()
    {
        startServer({}, {QStringLiteral("new-key")});
        PrediktClient *client = makeClient(Auth::Method::SocketIoToken, QStringLiteral("old-key"));
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), Connection::State::Failed, 5000);
        QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Auth);
        // the key is fixed on the connection (as a profile edit does); the same client reconnects
        client->connection()->setKey(QStringLiteral("new-key"));
        QSignalSpy account(client, &PrediktClient::accountConnected);
        client->open();
        QVERIFY(account.wait(5000));
        QCOMPARE(client->connection()->state(), Connection::State::Open);
    }

    void onlyDocumentedAuthMethods()
    {
        auto keyOf = [](const QByteArray &header, const QByteArray &value, const QString &url) {
            QNetworkRequest request{QUrl(url)};
            if (!header.isEmpty())
                request.setRawHeader(header, value);
            return PrediktSimHandler::documentedKey(request);
        };
        const QString plain = QStringLiteral("ws://127.0.0.1/socket.io/?EIO=4&transport=websocket");
        QCOMPARE(keyOf("Authorization", "Bearer pk_live_a", plain), QStringLiteral("pk_live_a"));
        QCOMPARE(keyOf("Authorization", "pk_live_b", plain), QStringLiteral("pk_live_b")); // bare key: documented
        QCOMPARE(keyOf({}, {}, plain + QStringLiteral("&api_key=pk_live_c")), QStringLiteral("pk_live_c"));
        QCOMPARE(keyOf("X-API-Key", "pk_live_d", plain), QString()); // not a Predikt method
        QCOMPARE(keyOf({}, {}, plain + QStringLiteral("&token=pk_live_e")), QString());

        // end to end: a key in an undocumented header is "missing"
        startServer({});
        ConnectionConfig config = baseConfig(Auth::Method::None, QString());
        config.extraHeaders = {{QByteArrayLiteral("X-API-KEY"), QByteArrayLiteral("demo-key")}};
        PrediktClient *client = makeClient(config, {});
        QSignalSpy errors(client, &PrediktClient::serverError);
        client->open();
        QVERIFY(errors.wait(5000));
        QCOMPARE(errors.at(0).at(0).value<Predikt::ServerError>().code, Predikt::ErrorCode::InvalidApiKey);
        QTRY_COMPARE(client->connection()->lastFailure(), Failure::Kind::Auth);
    }

private:
    void startServer(const QVariantMap &options, const QSet<QString> &keys = {QStringLiteral("demo-key")})
    {
        SimConfig config;
        config.clockFactor = 100;
        config.options = options;
        config.acceptedKeys = keys;
        m_server = std::make_unique<SimServer>(config);
        m_handler = new PrediktSimHandler(m_server.get());
        m_server->addHandler(m_handler);
        QVERIFY(m_server->listen());
    }

    ConnectionConfig baseConfig(Auth::Method method, const QString &key) const
    {
        ConnectionConfig config;
        config.name = QStringLiteral("predikt-strict");
        config.url = QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/v1/ws"));
        config.auth = method;
        config.key = key;
        config.reconnect.initialMs = 50;
        config.reconnect.maxMs = 300;
        config.connectTimeoutMs = 3000;
        return config;
    }

    PrediktClient *makeClient(Auth::Method method, const QString &key, PrediktClientOptions options = {})
    {
        return makeClient(baseConfig(method, key), std::move(options));
    }

    PrediktClient *makeClient(const ConnectionConfig &config, PrediktClientOptions options)
    {
        auto *connection = new Connection(PrediktClient::connectionConfig(config, options));
        m_clients.push_back(std::make_unique<PrediktClient>(connection, options));
        connection->setParent(m_clients.back().get());
        return m_clients.back().get();
    }

    std::unique_ptr<SimServer> m_server;
    PrediktSimHandler *m_handler = nullptr;
    std::vector<std::unique_ptr<PrediktClient>> m_clients;
};

QTEST_MAIN(TestPrediktStrict)
#include "tst_predikt_strict.moc"
