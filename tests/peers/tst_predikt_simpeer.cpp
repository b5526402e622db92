// Our simulator's Socket.IO server against the REAL socket.io-client from npm
// (tests/peers/client.js, websocket transport): the Predikt feed end to end, a refused key
// and the billing disconnect, as the reference client sees them.

#include "peers/nodepeer.h"
#include "sim/predikt/prediktsimhandler.h"
#include "sim/simserver.h"

#include <QSignalSpy>
#include <QTest>

class TestPrediktSimPeer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (NodePeer::node().isEmpty())
            QSKIP("Node.js is not installed: the socket.io-client peer test needs `node` (scripts/test installs it)");
        const QString missing = NodePeer::missingModules();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
    }

    void feed()
    {
        const QList<QJsonObject> lines = run({{"predikt.pingInterval", 200}, {"predikt.pingTimeout", 400}},
                                             QStringLiteral("feed"), QStringLiteral("demo-key"));
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.constLast().value(QLatin1String("done")).toBool(), qPrintable(describe(lines)));
        bool subscribedAck = false;
        int prices = 0;
        for (const QJsonObject &line : lines) {
            if (line.contains(QLatin1String("subscribeAck")))
                subscribedAck = line.value(QLatin1String("subscribeAck")).toObject().value(QLatin1String("type")).toString()
                                == QLatin1String("subscribed");
            prices += line.value(QLatin1String("message")).toObject().value(QLatin1String("type")).toString()
                              == QLatin1String("price_update") ? 1 : 0;
        }
        QVERIFY(subscribedAck);
        QVERIFY(prices >= 2);
    }

    void badKey_data()
    {
        QTest::addColumn<QString>("via");
        QTest::newRow("error message") << QStringLiteral("message");
        QTest::newRow("connect_error") << QStringLiteral("connect_error");
    }
    void badKey()
    {
        QFETCH(QString, via);
        const QList<QJsonObject> lines = run({{"predikt.authErrorVia", via}}, QStringLiteral("badkey"), QStringLiteral("nope"));
        QVERIFY(!lines.isEmpty());
        QVERIFY2(lines.constLast().value(QLatin1String("done")).toBool(), qPrintable(describe(lines)));
        const QString text = describe(lines);
        QVERIFY(text.contains(QLatin1String("INVALID_API_KEY")));
    }

    void billingDisconnect()
    {
        const QList<QJsonObject> lines = run({{"predikt.balance", "0.25"}, {"predikt.hourlyFee", "0.10"},
                                              {"predikt.billingIntervalMs", 20000}},
                                             QStringLiteral("billing"), QStringLiteral("demo-key"));
        QVERIFY2(!lines.isEmpty() && lines.constLast().value(QLatin1String("done")).toBool(), qPrintable(describe(lines)));
        const QString text = describe(lines);
        QVERIFY(text.contains(QLatin1String("\"remainingBalanceUsd\":\"0.05\"")));
        QVERIFY(text.contains(QLatin1String("\"type\":\"disconnecting\"")));
        QVERIFY(text.contains(QLatin1String("Insufficient balance")));
    }

private:
    QList<QJsonObject> run(const QVariantMap &options, const QString &scenario, const QString &token)
    {
        SimConfig config;
        config.clockFactor = 100; // 5 s updates every 50 ms, a simulated hour in 36 s
        config.options = options;
        SimServer server(config);
        server.addHandler(new PrediktSimHandler(&server));
        if (!server.listen())
            return {};
        NodePeer client;
        QSignalSpy finished(&client.process(), &QProcess::finished);
        client.start(QStringLiteral("client.js"),
                     {QStringLiteral("--url"), server.baseUrl().toString() + QStringLiteral("/api/v1/ws"),
                      QStringLiteral("--token"), token, QStringLiteral("--scenario"), scenario});
        if (!finished.wait(20000))
            return {};
        return client.lines();
    }

    static QString describe(const QList<QJsonObject> &lines)
    {
        QString out;
        for (const QJsonObject &line : lines)
            out += QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
        return out;
    }
};

QTEST_MAIN(TestPrediktSimPeer)
#include "tst_predikt_simpeer.moc"
