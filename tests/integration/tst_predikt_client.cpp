// PrediktClient against the Predikt simulator on loopback: every auth method, both
// subscribe forms, tier limits (local and the server's), every error code, billing down
// to the disconnect, resubscribe after a cut, keep-alive against the idle close.

#include "providers/predikt/prediktclient.h"
#include "sim/predikt/prediktsimhandler.h"
#include "sim/simserver.h"

#include <QSignalSpy>
#include <QTest>

class TestPrediktClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup()
    {
        m_clients.clear();
        m_server.reset();
    }

    void authMethods_data()
    {
        QTest::addColumn<Auth::Method>("method");
        QTest::newRow("bearer") << Auth::Method::Bearer;
        QTest::newRow("query") << Auth::Method::QueryParameter;
        QTest::newRow("socket.io token") << Auth::Method::SocketIoToken;
    }
    void authMethods()
    {
        QFETCH(Auth::Method, method);
        startServer({});
        PrediktClient *client = makeClient(method, QStringLiteral("demo-key"));
        QSignalSpy account(client, &PrediktClient::accountConnected);
        QSignalSpy ticks(client, &PrediktClient::priceTick);
        QVERIFY(client->subscribe({QStringLiteral("sol"), QStringLiteral("BTC")}));
        client->open();
        QVERIFY(account.wait(5000));
        const auto info = account.at(0).at(0).value<Predikt::ConnectedInfo>();
        QCOMPARE(info.accountId, QStringLiteral("acc_sim001"));
        QVERIFY(info.connectionId.startsWith(QLatin1String("conn_")));
        QTRY_COMPARE_WITH_TIMEOUT(client->activeSymbols(), (QStringList{"SOL", "BTC"}), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 4, 5000);
        const auto tick = ticks.at(0).at(0).value<Predikt::PriceTick>();
        QVERIFY(tick.symbol == QLatin1String("SOL") || tick.symbol == QLatin1String("BTC"));
        QVERIFY(tick.price > 0);
        QCOMPARE(tick.source, QStringLiteral("vwap"));
        QVERIFY(tick.timestampMs > 0);
        // the key never shows in the URL as displayed
        QVERIFY(!client->connection()->displayUrl().contains(QLatin1String("demo-key")));
    }

    void subscribeViaMessageAndUnsubscribe()
    {
        startServer({});
        PrediktClientOptions options;
        options.subscribeViaMessage = true;
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"), options);
        QSignalSpy subscribed(client, &PrediktClient::subscribed);
        QSignalSpy unsubscribed(client, &PrediktClient::unsubscribed);
        QSignalSpy pongs(client, &PrediktClient::pong);
        client->subscribe({QStringLiteral("ETH"), QStringLiteral("JUP")});
        client->open();
        QVERIFY(subscribed.wait(5000));
        QCOMPARE(subscribed.at(0).at(0).toStringList(), (QStringList{"ETH", "JUP"}));
        client->unsubscribe({QStringLiteral("JUP")});
        QVERIFY(unsubscribed.wait(5000));
        QCOMPARE(unsubscribed.at(0).at(0).toStringList(), QStringList{"JUP"});
        QCOMPARE(client->symbols(), QStringList{"ETH"});
        QVERIFY(client->ping());
        QVERIFY(pongs.wait(5000));
        QVERIFY(client->lastPongMs() > 0);
    }

    void localSymbolLimit()
    {
        startServer({});
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"));
        QStringList ten;
        for (int i = 0; i < 10; ++i)
            ten << QStringLiteral("T%1").arg(i);
        QVERIFY(client->subscribe(ten));
        QString why;
        QSignalSpy rejected(client, &PrediktClient::symbolsRejected);
        QVERIFY(!client->subscribe({QStringLiteral("ONEMORE")}, &why));
        QVERIFY2(why.contains(QLatin1String("STANDARD")) && why.contains(QLatin1String("10")), qPrintable(why));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(client->symbols().size(), 10);
    }

    void serverSymbolLimit()
    {
        startServer({{"predikt.tier", "STANDARD"}});
        PrediktClientOptions options;
        options.tier = Predikt::tierByName(QStringLiteral("ENTERPRISE")); // the app thinks it may
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"), options);
        QSignalSpy subscribed(client, &PrediktClient::subscribed);
        QSignalSpy rejected(client, &PrediktClient::symbolsRejected);
        QSignalSpy errors(client, &PrediktClient::serverError);
        client->subscribe({QStringLiteral("SOL")});
        client->open();
        QVERIFY(subscribed.wait(5000));
        QStringList many;
        for (int i = 0; i < 12; ++i)
            many << QStringLiteral("S%1").arg(i);
        QVERIFY(client->subscribe(many));
        QVERIFY(rejected.wait(5000));
        QCOMPARE(errors.at(0).at(0).value<Predikt::ServerError>().code, Predikt::ErrorCode::RateLimitExceeded);
        // the server's cap is 10 and SOL holds one: the first 9 are kept, the last 3 dropped
        QCOMPARE(rejected.at(0).at(0).toStringList(), many.mid(9));
        const QString reason = rejected.at(0).at(1).toString();
        QVERIFY2(reason.contains(QLatin1String("dropped S9, S10, S11")), qPrintable(reason));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 2, 5000);
        QCOMPARE(subscribed.at(1).at(0).toStringList(), many.mid(0, 9));
        QCOMPARE(client->symbols(), QStringList{"SOL"} + many.mid(0, 9));
        QTRY_COMPARE(client->activeSymbols().size(), 10);
        QCOMPARE(client->connection()->state(), Connection::State::Open); // not a connection failure
    }

    void connectionLimit()
    {
        startServer({{"predikt.tier", "STANDARD"}});
        PrediktClientOptions options;
        options.tier = Predikt::tierByName(QStringLiteral("PRO")); // server enforces STANDARD's 2
        QList<PrediktClient *> clients;
        for (int i = 0; i < 3; ++i)
            clients << makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"), options);
        for (int i = 0; i < 2; ++i) {
            QSignalSpy account(clients[i], &PrediktClient::accountConnected);
            clients[i]->open();
            QVERIFY(account.wait(5000));
        }
        QSignalSpy errors(clients[2], &PrediktClient::serverError);
        clients[2]->open();
        QVERIFY(errors.wait(5000));
        QCOMPARE(errors.at(0).at(0).value<Predikt::ServerError>().code, Predikt::ErrorCode::RateLimitExceeded);
        QTRY_COMPARE(clients[2]->connection()->lastFailure(), Failure::Kind::Limit);
        QVERIFY(clients[2]->connection()->state() != Connection::State::Failed);
    }

    void localConnectionBudget()
    {
        startServer({{"predikt.tier", "PRO"}});
        QList<PrediktClient *> clients;
        for (int i = 0; i < 3; ++i)
            clients << makeClient(Auth::Method::Bearer, QStringLiteral("demo-key")); // STANDARD: 2
        for (int i = 0; i < 2; ++i) {
            QSignalSpy account(clients[i], &PrediktClient::accountConnected);
            clients[i]->open();
            QVERIFY(account.wait(5000));
        }
        clients[2]->open();
        QTRY_COMPARE(clients[2]->connection()->lastFailure(), Failure::Kind::Limit);
        // "2 connection(s)" here: the English plural forms are not loaded in this test.
        QVERIFY2(clients[2]->connection()->reason().contains(QLatin1String("allows 2 connection")),
                 qPrintable(clients[2]->connection()->reason()));
        QCOMPARE(m_handler->sessionCount(), 2);
    }

    void errorCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("via");
        QTest::addColumn<Failure::Kind>("kind");
        QTest::addColumn<Connection::State>("state");
        const auto failed = Connection::State::Failed;
        QTest::newRow("INVALID_API_KEY") << "INVALID_API_KEY" << "message" << Failure::Kind::Auth << failed;
        QTest::newRow("INVALID_API_KEY connect_error") << "INVALID_API_KEY" << "connect_error" << Failure::Kind::Auth << failed;
        QTest::newRow("PERMISSION_DENIED") << "PERMISSION_DENIED" << "message" << Failure::Kind::Auth << failed;
        QTest::newRow("PERMISSION_DENIED connect_error") << "PERMISSION_DENIED" << "connect_error" << Failure::Kind::Auth << failed;
        QTest::newRow("ACCOUNT_NOT_FOUND") << "ACCOUNT_NOT_FOUND" << "message" << Failure::Kind::Auth << failed;
        QTest::newRow("INSUFFICIENT_BALANCE") << "INSUFFICIENT_BALANCE" << "message" << Failure::Kind::Billing << failed;
        QTest::newRow("INSUFFICIENT_BALANCE connect_error") << "INSUFFICIENT_BALANCE" << "connect_error" << Failure::Kind::Billing << failed;
    }
    void errorCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, via);
        QFETCH(Failure::Kind, kind);
        QFETCH(Connection::State, state);
        startServer({{"predikt.fail", code}, {"predikt.authErrorVia", via}});
        PrediktClient *client = makeClient(Auth::Method::SocketIoToken, QStringLiteral("demo-key"));
        client->subscribe({QStringLiteral("SOL")});
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), state, 5000);
        QCOMPARE(client->connection()->lastFailure(), kind);
        const QString reason = client->connection()->reason();
        QVERIFY2(!reason.isEmpty(), "a failure says why");
        if (kind == Failure::Kind::Billing)
            QVERIFY2(reason.contains(QLatin1String("billing")), qPrintable(reason));
        // not retried
        QTest::qWait(300);
        QCOMPARE(client->connection()->state(), state);
    }

    void wrongKey()
    {
        startServer({});
        PrediktClient *client = makeClient(Auth::Method::QueryParameter, QStringLiteral("not-the-key"));
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), Connection::State::Failed, 5000);
        QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Auth);
        QVERIFY(client->connection()->reason().contains(QLatin1String("key")));
    }

    void invalidSymbol()
    {
        startServer({{"predikt.invalidSymbols", "NOPE,ZZZ"}});
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"));
        QSignalSpy rejected(client, &PrediktClient::symbolsRejected);
        QSignalSpy errors(client, &PrediktClient::serverError);
        QSignalSpy subscribed(client, &PrediktClient::subscribed);
        client->subscribe({QStringLiteral("SOL"), QStringLiteral("NOPE")});
        client->open();
        // a mixed request: the known symbol is confirmed, the other one dropped
        QVERIFY(rejected.wait(5000));
        QCOMPARE(rejected.at(0).at(0).toStringList(), QStringList{"NOPE"});
        QCOMPARE(client->symbols(), QStringList{"SOL"});
        // nothing valid: INVALID_SYMBOL
        client->subscribe({QStringLiteral("ZZZ")});
        QVERIFY(errors.wait(5000));
        QCOMPARE(errors.at(0).at(0).value<Predikt::ServerError>().code, Predikt::ErrorCode::InvalidSymbol);
        QTRY_COMPARE(rejected.size(), 2);
        QCOMPARE(client->symbols(), QStringList{"SOL"});
        QCOMPARE(client->connection()->state(), Connection::State::Open);
    }

    void forcedRateLimitAndInvalidSymbol()
    {
        startServer({{"predikt.fail", "RATE_LIMIT_EXCEEDED"}});
        PrediktClient *limited = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"));
        limited->open();
        QTRY_COMPARE_WITH_TIMEOUT(limited->connection()->lastFailure(), Failure::Kind::Limit, 5000);
        QVERIFY(limited->connection()->state() == Connection::State::Reconnecting);
        cleanup();
        startServer({{"predikt.fail", "INVALID_SYMBOL"}});
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"));
        QSignalSpy rejected(client, &PrediktClient::symbolsRejected);
        client->subscribe({QStringLiteral("SOL")});
        client->open();
        QVERIFY(rejected.wait(5000));
        QVERIFY(client->symbols().isEmpty());
    }

    void billingToZero()
    {
        // 0.35 USD at 0.10 per hour: charged at connect (0.25), then 0.15, 0.05 → disconnecting
        startServer({{"predikt.balance", "0.35"}, {"predikt.hourlyFee", "0.10"}, {"predikt.billingIntervalMs", 20000}});
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"));
        QSignalSpy billing(client, &PrediktClient::billing);
        QSignalSpy disconnecting(client, &PrediktClient::disconnecting);
        client->subscribe({QStringLiteral("SOL")});
        client->open();
        QVERIFY(disconnecting.wait(10000));
        QCOMPARE(billing.size(), 3);
        QCOMPARE(billing.at(0).at(0).value<Predikt::BillingNotice>().remainingBalanceUsd.toString(), QStringLiteral("0.25"));
        QCOMPARE(billing.at(2).at(0).value<Predikt::BillingNotice>().remainingBalanceUsd.toString(), QStringLiteral("0.05"));
        QCOMPARE(billing.at(2).at(0).value<Predikt::BillingNotice>().amountUsd.toString(), QStringLiteral("0.10"));
        QCOMPARE(m_handler->balance().toString(), QStringLiteral("0.05")); // exact on the server too
        QVERIFY(!disconnecting.at(0).at(0).value<Predikt::DisconnectNotice>().reason.isEmpty());
        QTRY_COMPARE(client->connection()->state(), Connection::State::Failed);
        QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Billing);
        QVERIFY(client->connection()->reason().contains(QLatin1String("Top up")));
        // a fresh attempt is refused with INSUFFICIENT_BALANCE
        client->open();
        QTRY_COMPARE_WITH_TIMEOUT(client->connection()->state(), Connection::State::Failed, 5000);
        QCOMPARE(client->connection()->lastFailure(), Failure::Kind::Billing);
    }

    void resubscribeAfterCut()
    {
        startServer({});
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"));
        QSignalSpy subscribed(client, &PrediktClient::subscribed);
        QSignalSpy ticks(client, &PrediktClient::priceTick);
        client->subscribe({QStringLiteral("SOL"), QStringLiteral("ETH")});
        client->open();
        QVERIFY(subscribed.wait(5000));
        QSignalSpy joined(client->socketIo(), &SocketIoClient::joined);
        m_handler->dropAll();
        QVERIFY(joined.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.size(), 2, 5000);
        QCOMPARE(subscribed.at(1).at(0).toStringList(), (QStringList{"SOL", "ETH"}));
        ticks.clear();
        QTRY_VERIFY_WITH_TIMEOUT(ticks.size() >= 2, 5000);
        QCOMPARE(client->connection()->stats().reconnects, 1);
    }

    void keepAliveBeatsIdleClose()
    {
        startServer({{"predikt.idleCloseMs", 1500}});
        PrediktClientOptions options;
        options.keepAliveMs = 500; // clamped to 1 s: well inside the 1.5 s idle close
        PrediktClient *client = makeClient(Auth::Method::Bearer, QStringLiteral("demo-key"), options);
        QSignalSpy pongs(client, &PrediktClient::pong);
        QSignalSpy left(client->socketIo(), &SocketIoClient::left);
        client->open();
        QTRY_VERIFY_WITH_TIMEOUT(pongs.size() >= 3, 6000);
        QCOMPARE(left.size(), 0);
        QCOMPARE(client->connection()->state(), Connection::State::Open);
    }

private:
    void startServer(const QVariantMap &options)
    {
        SimConfig config;
        config.clockFactor = 100;
        config.options = options;
        m_server = std::make_unique<SimServer>(config);
        m_handler = new PrediktSimHandler(m_server.get());
        m_server->addHandler(m_handler);
        QVERIFY(m_server->listen());
    }

    PrediktClient *makeClient(Auth::Method method, const QString &key, PrediktClientOptions options = {})
    {
        ConnectionConfig config;
        config.name = QStringLiteral("predikt-test");
        config.url = QUrl(m_server->baseUrl().toString() + QStringLiteral("/api/v1/ws"));
        config.auth = method;
        config.key = key;
        config.reconnect.initialMs = 50;
        config.reconnect.maxMs = 300;
        config.connectTimeoutMs = 3000;
        auto *connection = new Connection(PrediktClient::connectionConfig(config, options));
        m_clients.push_back(std::make_unique<PrediktClient>(connection, options));
        connection->setParent(m_clients.back().get());
        return m_clients.back().get();
    }

    std::unique_ptr<SimServer> m_server;
    PrediktSimHandler *m_handler = nullptr;
    std::vector<std::unique_ptr<PrediktClient>> m_clients;
};

QTEST_MAIN(TestPrediktClient)
#include "tst_predikt_client.moc"
