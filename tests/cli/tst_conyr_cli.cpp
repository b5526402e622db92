// tidewatch-cli conyr as a real process against a scripted Conyr server in this test: a
// channel outside the catalogue is subscribed and its payload printed as a generic data
// event (no problem), a trades payload that could not be typed is printed as a generic data
// event with the reason, a documented trade is typed, and the key never reaches the output.

#include "cliprocess.h"
#include "providers/conyr/conyrcodec.h"
#include "sim/simhandler.h"
#include "sim/simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QWebSocket>
#include <memory>

using namespace Conyr;

namespace {
const QString Key = QStringLiteral("conyr-cli-key-7f3a21");
const QString Usdc = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");

/// Confirms every subscribe (Bearer key only), then sends the frames it was given.
class ScriptedConyr : public SimHandler
{
public:
    ScriptedConyr(SimServer *server, QStringList frames)
        : SimHandler(server)
        , m_frames(std::move(frames))
    {
    }
    bool acceptsPath(const QString &path) const override { return path == QLatin1String("/ws"); }
    int upgradeStatus(const SimHttpRequest &request) override
    {
        return request.headers.value("authorization") == "Bearer " + Key.toUtf8() ? 0 : 401;
    }
    void acceptSocket(QWebSocket *socket) override
    {
        connect(socket, &QWebSocket::textMessageReceived, socket, [this, socket](const QString &text) {
            if (!text.contains(QLatin1String("\"subscribe\"")))
                return;
            const QJsonArray channels = QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("channels")).toArray();
            QStringList names;
            for (const QJsonValue &v : channels)
                names.append(v.toString());
            socket->sendTextMessage(QString::fromUtf8(encodeAck(QStringLiteral("subscribed"), names)));
            for (const QString &frame : std::as_const(m_frames))
                socket->sendTextMessage(frame);
        });
    }

private:
    QStringList m_frames;
};
} // namespace

class TestConyrCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath() + QStringLiteral(" is not built")));
    }

    void uncataloguedChannelIsPrintedAsGenericData()
    {
        const QString pool = QStringLiteral("pool:58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2:stats"); // not in the catalogue
        const QString trades = tradesChannel(Usdc);
        SimServer server;
        server.addHandler(new ScriptedConyr(&server, {
            QStringLiteral(R"({"channel":"%1","data":{"liquidity_usd":"1250000.5","n":3}})").arg(pool),
            QStringLiteral(R"({"channel":"%1","data":{"signature":"5hX","seq":42,"ts":1732180000123,"price":0.1,"size":1}})").arg(trades),
            QStringLiteral(R"({"channel":"%1","data":{"trade_id":"s:1","timestamp":1741348800123,"direction":"buy","usd_price":"0.1","token_amount":"1"}})").arg(trades),
        }));
        QVERIFY(server.listen());
        const QString url = QStringLiteral("ws://127.0.0.1:%1/ws").arg(server.port());
        const CliRun run = runCliProcess({QStringLiteral("conyr"), QStringLiteral("--url"), url, QStringLiteral("--channel"), pool,
                                          QStringLiteral("--channel"), trades, QStringLiteral("--count"), QStringLiteral("3")},
                                         Key);
        QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
        QVERIFY2(run.wellFormed(), qPrintable(run.describe()));
        QVERIFY(!run.out.contains(Key.toUtf8()));
        QVERIFY(!run.err.contains(Key.toUtf8()));

        const QList<QJsonObject> subscribed = run.eventsOfKind(QStringLiteral("subscribed"));
        QVERIFY2(!subscribed.isEmpty(), qPrintable(run.describe()));
        QVERIFY2(QJsonDocument(subscribed.constFirst()).toJson().contains(pool.toUtf8()), qPrintable(run.describe()));

        const QList<QJsonObject> data = run.eventsOfKind(QStringLiteral("data"));
        QCOMPARE(data.size(), 3);
        // The uncatalogued channel: its payload as sent, generic, nothing wrong with it.
        QCOMPARE(data.at(0).value(QStringLiteral("channel")).toString(), pool);
        QCOMPARE(data.at(0).value(QStringLiteral("type")).toString(), QStringLiteral("generic"));
        QCOMPARE(data.at(0).value(QStringLiteral("data")).toObject().value(QStringLiteral("liquidity_usd")).toString(),
                 QStringLiteral("1250000.5"));
        QVERIFY(!data.at(0).contains(QStringLiteral("problem")));
        // A trades payload in an undocumented shape: passed on, not understood, and why.
        QCOMPARE(data.at(1).value(QStringLiteral("channel")).toString(), trades);
        QCOMPARE(data.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("generic"));
        QCOMPARE(data.at(1).value(QStringLiteral("data")).toObject().value(QStringLiteral("seq")).toInt(), 42);
        QVERIFY(!data.at(1).value(QStringLiteral("problem")).toString().isEmpty());
        // The documented trade is typed.
        QCOMPARE(data.at(2).value(QStringLiteral("channel")).toString(), trades);
        QCOMPARE(data.at(2).value(QStringLiteral("type")).toString(), QStringLiteral("trade"));
    }
};

QTEST_GUILESS_MAIN(TestConyrCli)
#include "tst_conyr_cli.moc"
