// Engine.IO v4 and Socket.IO v5 codecs: every packet type, binary and ack edge cases,
// malformed input; and SocketIoClient's packet handling driven without a network.

#include "core/socketio/engineio.h"
#include "core/socketio/socketioclient.h"
#include "core/socketio/socketiopacket.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using SocketIo::PacketType;

class TestSocketIoCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void engineDecodeEveryType_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("open") << QByteArray("0{\"sid\":\"a\"}") << 0 << QByteArray("{\"sid\":\"a\"}");
        QTest::newRow("close") << QByteArray("1") << 1 << QByteArray();
        QTest::newRow("ping") << QByteArray("2") << 2 << QByteArray();
        QTest::newRow("ping probe") << QByteArray("2probe") << 2 << QByteArray("probe");
        QTest::newRow("pong") << QByteArray("3") << 3 << QByteArray();
        QTest::newRow("message") << QByteArray("4hello") << 4 << QByteArray("hello");
        QTest::newRow("upgrade") << QByteArray("5") << 5 << QByteArray();
        QTest::newRow("noop") << QByteArray("6") << 6 << QByteArray();
    }
    void engineDecodeEveryType()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, type);
        QFETCH(QByteArray, data);
        EngineIo::Packet p;
        QVERIFY(EngineIo::decode(frame, false, p));
        QCOMPARE(int(p.type), type);
        QCOMPARE(p.data, data);
        QCOMPARE(EngineIo::encode(p.type, p.data), frame);
    }

    void engineRejectsMalformed()
    {
        EngineIo::Packet p;
        QString error;
        QVERIFY(!EngineIo::decode(QByteArray(), false, p, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!EngineIo::decode("7", false, p, &error));
        QVERIFY(!EngineIo::decode("x", false, p, &error));
        QVERIFY(!EngineIo::decode(QByteArray("\0", 1), false, p, &error));
        QVERIFY(EngineIo::decode(QByteArray("\x01\x02", 2), true, p));
        QVERIFY(p.binary);
        QCOMPARE(p.type, EngineIo::PacketType::Message);
    }

    void engineOpen()
    {
        EngineIo::OpenInfo info;
        QVERIFY(EngineIo::parseOpen(R"({"sid":"lv_VI97HAXpY6yYWAAAC","upgrades":["websocket"],"pingInterval":25000,"pingTimeout":5000,"maxPayload":1000000})", info));
        QCOMPARE(info.sid, QStringLiteral("lv_VI97HAXpY6yYWAAAC"));
        QCOMPARE(info.pingIntervalMs, 25000);
        QCOMPARE(info.pingTimeoutMs, 5000);
        QCOMPARE(info.maxPayload, 1000000);
        QString error;
        QVERIFY(!EngineIo::parseOpen("{}", info, &error));
        QVERIFY(!EngineIo::parseOpen(R"({"sid":"x","pingInterval":-1,"pingTimeout":5})", info, &error));
        QVERIFY(!EngineIo::parseOpen(R"({"sid":"x","pingInterval":"fast","pingTimeout":5})", info, &error));
        QVERIFY(!EngineIo::parseOpen("{\"sid\":\"x\",\"pingInterval\":0.5,\"pingTimeout\":5}", info, &error));
        QVERIFY(!EngineIo::parseOpen("{\"sid\":\"x\",\"pingInterval\":25000,\"pingTimeout\":0.9}", info, &error));
        QVERIFY(!EngineIo::parseOpen("not json", info, &error));
        QVERIFY(!EngineIo::parseOpen("[1]", info, &error));
        EngineIo::OpenInfo round;
        QVERIFY(EngineIo::parseOpen(EngineIo::encodeOpen({"abc", 100, 200, 4096}), round));
        QCOMPARE(round.sid, QStringLiteral("abc"));
        QCOMPARE(round.pingIntervalMs, 100);
        QCOMPARE(round.pingTimeoutMs, 200);
        QCOMPARE(round.maxPayload, 4096);
    }

    // Issue 15: maxPayload 1e300 became INT64_MIN and the "> 0" check then switched the size
    // limit off. A maxPayload that is no usable size keeps our default cap; the OPEN itself
    // (sid, intervals) is still accepted, because nothing else in it is wrong.
    void engineOpenMaxPayloadOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("maxPayload");
        QTest::addColumn<qint64>("expected");
        const qint64 fallback = EngineIo::OpenInfo().maxPayload;
        QTest::newRow("1e300") << QByteArray("1e300") << fallback;
        QTest::newRow("-1e300") << QByteArray("-1e300") << fallback;
        QTest::newRow("1e19") << QByteArray("1e19") << fallback;
        QTest::newRow("2^63") << QByteArray("9223372036854775808") << fallback;
        QTest::newRow("2^53 + 2") << QByteArray("9007199254740994") << fallback;
        QTest::newRow("zero") << QByteArray("0") << fallback;
        QTest::newRow("negative") << QByteArray("-1") << fallback;
        QTest::newRow("below one") << QByteArray("0.5") << fallback;
        QTest::newRow("text") << QByteArray("\"1000\"") << fallback;
        QTest::newRow("bool") << QByteArray("true") << fallback;
        QTest::newRow("null") << QByteArray("null") << fallback;
        QTest::newRow("object") << QByteArray("{}") << fallback;
        QTest::newRow("small") << QByteArray("4096") << qint64(4096);
        QTest::newRow("fraction") << QByteArray("4096.9") << qint64(4096);
        QTest::newRow("2^53") << QByteArray("9007199254740992") << qint64(9007199254740992);
    }
    void engineOpenMaxPayloadOutOfRange()
    {
        QFETCH(QByteArray, maxPayload);
        QFETCH(qint64, expected);
        EngineIo::OpenInfo info;
        QString error;
        const QByteArray open = "{\"sid\":\"s\",\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":" + maxPayload + "}";
        QVERIFY2(EngineIo::parseOpen(open, info, &error),
                 qPrintable(error));
        QCOMPARE(info.sid, QStringLiteral("s"));
        QCOMPARE(info.maxPayload, expected);
        QVERIFY(info.maxPayload > 0); // never "no limit"
    }

    void clientKeepsASizeLimitWhenMaxPayloadIsHuge()
    {
        ConnectionConfig config;
        config.url = QUrl(QStringLiteral("ws://127.0.0.1:1/api/v1/ws"));
        SocketIoOptions options;
        Connection connection(SocketIoClient::connectionConfig(config, options));
        SocketIoClient client(&connection, options);
        QSignalSpy errors(&client, &SocketIoClient::protocolError);
        client.processFrame("0{\"sid\":\"s\",\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1e300}");
        QCOMPARE(client.stage(), SocketIoClient::Stage::Joining); // the OPEN was accepted
        QCOMPARE(client.openInfo().maxPayload, EngineIo::OpenInfo().maxPayload);
        client.processFrame("40/api/v1/ws,{\"sid\":\"abc\"}");
        QVERIFY(client.isJoined());
        QCOMPARE(errors.size(), 0);
        // A packet over the default cap is refused with a reason instead of being sent.
        const QString big(int(EngineIo::OpenInfo().maxPayload), QLatin1Char('a'));
        QVERIFY(!client.emitEvent(QStringLiteral("message"), QJsonArray{big}));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).at(0).toString().contains(QStringLiteral("exceeds")), qPrintable(errors.at(0).at(0).toString()));
    }

    void socketIoDecode_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("nsp");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<int>("attachments");
        QTest::addColumn<QByteArray>("payload"); // compact JSON, wrapped in [] for scalars

        QTest::newRow("connect main") << QByteArray("0") << 0 << "/" << qint64(-1) << 0 << QByteArray();
        QTest::newRow("connect auth") << QByteArray(R"(0/admin,{"token":"t"})") << 0 << "/admin" << qint64(-1) << 0 << QByteArray(R"({"token":"t"})");
        QTest::newRow("connect answer") << QByteArray(R"(0{"sid":"oSO0OpakMV_3jnilAAAA"})") << 0 << "/" << qint64(-1) << 0 << QByteArray(R"({"sid":"oSO0OpakMV_3jnilAAAA"})");
        QTest::newRow("disconnect") << QByteArray("1/admin,") << 1 << "/admin" << qint64(-1) << 0 << QByteArray();
        QTest::newRow("disconnect main") << QByteArray("1") << 1 << "/" << qint64(-1) << 0 << QByteArray();
        QTest::newRow("event") << QByteArray(R"(2["foo","bar"])") << 2 << "/" << qint64(-1) << 0 << QByteArray(R"(["foo","bar"])");
        QTest::newRow("event nsp ack") << QByteArray(R"(2/api/v1/ws,12["message",{"a":1}])") << 2 << "/api/v1/ws" << qint64(12) << 0 << QByteArray(R"(["message",{"a":1}])");
        QTest::newRow("event ack no nsp") << QByteArray(R"(212["x"])") << 2 << "/" << qint64(12) << 0 << QByteArray(R"(["x"])");
        QTest::newRow("event numeric name") << QByteArray(R"(2[1,2])") << 2 << "/" << qint64(-1) << 0 << QByteArray(R"([1,2])");
        QTest::newRow("ack") << QByteArray(R"(3/admin,13["bar"])") << 3 << "/admin" << qint64(13) << 0 << QByteArray(R"(["bar"])");
        QTest::newRow("ack empty") << QByteArray("30[]") << 3 << "/" << qint64(0) << 0 << QByteArray("[]");
        QTest::newRow("connect error object") << QByteArray(R"(4/admin,{"message":"Not authorized","data":{"code":1}})") << 4 << "/admin" << qint64(-1) << 0 << QByteArray(R"({"data":{"code":1},"message":"Not authorized"})");
        QTest::newRow("connect error string") << QByteArray(R"(4"Not authorized")") << 4 << "/" << qint64(-1) << 0 << QByteArray(R"(["Not authorized"])");
        QTest::newRow("binary event") << QByteArray(R"(51-["hello",{"_placeholder":true,"num":0}])") << 5 << "/" << qint64(-1) << 1 << QByteArray(R"(["hello",{"_placeholder":true,"num":0}])");
        QTest::newRow("binary event nsp ack") << QByteArray(R"(52-/admin,9["h",{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}])") << 5 << "/admin" << qint64(9) << 2 << QByteArray(R"(["h",{"_placeholder":true,"num":0},{"_placeholder":true,"num":1}])");
        QTest::newRow("binary ack") << QByteArray(R"(61-/admin,15[{"_placeholder":true,"num":0}])") << 6 << "/admin" << qint64(15) << 1 << QByteArray(R"([{"_placeholder":true,"num":0}])");
        QTest::newRow("binary event no attachments") << QByteArray(R"(50-["x"])") << 5 << "/" << qint64(-1) << 0 << QByteArray(R"(["x"])");
    }
    void socketIoDecode()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, type);
        QFETCH(QString, nsp);
        QFETCH(qint64, id);
        QFETCH(int, attachments);
        QFETCH(QByteArray, payload);
        SocketIo::Packet p;
        QString error;
        QVERIFY2(SocketIo::decode(text, p, &error), qPrintable(error));
        QCOMPARE(int(p.type), type);
        QCOMPARE(p.nsp, nsp);
        QCOMPARE(p.id, id);
        QCOMPARE(p.attachments, attachments);
        if (payload.isEmpty()) {
            QVERIFY(p.payload.isUndefined());
        } else if (p.payload.isObject()) {
            QCOMPARE(QJsonDocument(p.payload.toObject()).toJson(QJsonDocument::Compact), payload);
        } else if (p.payload.isArray()) {
            QCOMPARE(QJsonDocument(p.payload.toArray()).toJson(QJsonDocument::Compact), payload);
        } else {
            QCOMPARE(QJsonDocument(QJsonArray{p.payload}).toJson(QJsonDocument::Compact), payload);
        }
        // encode(decode(x)) == x, up to JSON key order
        SocketIo::Packet again;
        QVERIFY(SocketIo::decode(SocketIo::encode(p), again));
        QCOMPARE(again.type, p.type);
        QCOMPARE(again.nsp, p.nsp);
        QCOMPARE(again.id, p.id);
        QCOMPARE(again.attachments, p.attachments);
        QCOMPARE(again.payload, p.payload);
    }

    void socketIoRejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("type 7") << QByteArray("7");
        QTest::newRow("type letter") << QByteArray("a[]");
        QTest::newRow("bad json") << QByteArray("2[\"foo\"");
        QTest::newRow("event not array") << QByteArray(R"(2{"a":1})");
        QTest::newRow("event empty array") << QByteArray("2[]");
        QTest::newRow("event name object") << QByteArray(R"(2[{"a":1}])");
        QTest::newRow("event string payload") << QByteArray(R"(2"x")");
        QTest::newRow("ack no id") << QByteArray(R"(3["x"])");
        QTest::newRow("ack object") << QByteArray(R"(31{"a":1})");
        QTest::newRow("connect array") << QByteArray("0[1]");
        QTest::newRow("disconnect payload") << QByteArray(R"(1{"a":1})");
        QTest::newRow("connect error number") << QByteArray("412");
        QTest::newRow("connect error none") << QByteArray("4");
        QTest::newRow("binary no dash") << QByteArray(R"(51["x"])");
        QTest::newRow("binary no count") << QByteArray(R"(5-["x"])");
        QTest::newRow("binary huge count") << QByteArray(R"(5999999-["x"])");
        QTest::newRow("ack id overflow") << QByteArray(R"(399999999999999999999["x"])");
        QTest::newRow("ack id beyond 2^53") << QByteArray(R"(39007199254740993["x"])");
        QTest::newRow("trailing garbage") << QByteArray(R"(2["x"]zz)");
        QTest::newRow("nsp only garbage") << QByteArray("2/admin,zz");
    }
    void socketIoRejectsMalformed()
    {
        QFETCH(QByteArray, text);
        SocketIo::Packet p;
        QString error;
        QVERIFY(!SocketIo::decode(text, p, &error));
        QVERIFY(!error.isEmpty());
    }

    void socketIoEncodeBuilders()
    {
        QCOMPARE(SocketIo::encode(SocketIo::connectPacket("/")), QByteArray("0"));
        QCOMPARE(SocketIo::encode(SocketIo::connectPacket("/api/v1/ws", QJsonObject{{"token", "k"}})),
                 QByteArray(R"(0/api/v1/ws,{"token":"k"})"));
        QCOMPARE(SocketIo::encode(SocketIo::disconnectPacket("/api/v1/ws")), QByteArray("1/api/v1/ws,"));
        QCOMPARE(SocketIo::encode(SocketIo::eventPacket("/", "ping", {})), QByteArray(R"(2["ping"])"));
        QCOMPARE(SocketIo::encode(SocketIo::eventPacket("/n", "subscribe", {QJsonObject{{"channel", "price"}}}, 7)),
                 QByteArray(R"(2/n,7["subscribe",{"channel":"price"}])"));
        QCOMPARE(SocketIo::encode(SocketIo::ackPacket("/n", 3, {1, "a"})), QByteArray(R"(3/n,3[1,"a"])"));
        QCOMPARE(SocketIo::encode(SocketIo::connectErrorPacket("/n", "INVALID_API_KEY")),
                 QByteArray(R"(4/n,{"message":"INVALID_API_KEY"})"));
    }

    void placeholders()
    {
        QJsonValue v = QJsonArray{QStringLiteral("x"), QJsonObject{{"_placeholder", true}, {"num", 1}},
                                  QJsonObject{{"inner", QJsonObject{{"_placeholder", true}, {"num", 0}}}}};
        QVERIFY(SocketIo::resolvePlaceholders(v, {QByteArray("ab"), QByteArray("cde")}));
        QCOMPARE(v.toArray().at(1).toObject().value("_binary").toInt(), 1);
        QCOMPARE(v.toArray().at(1).toObject().value("size").toInt(), 3);
        QCOMPARE(v.toArray().at(2).toObject().value("inner").toObject().value("size").toInt(), 2);
        QJsonValue bad = QJsonArray{QJsonObject{{"_placeholder", true}, {"num", 5}}};
        QVERIFY(!SocketIo::resolvePlaceholders(bad, {QByteArray("x")}));
    }

    void fuzzNeverCrashes()
    {
        // Random mutations of valid packets: decode must return, never crash or hang.
        const QList<QByteArray> seeds = {R"(2/api/v1/ws,12["message",{"type":"price_update","price":1.5}])",
                                         R"(52-/a,9["h",{"_placeholder":true,"num":0}])", R"(4{"message":"x"})",
                                         "0/admin,{}", "30[]", "1/a,"};
        QRandomGenerator rng(1234);
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray text = seeds.at(round % seeds.size());
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits && !text.isEmpty(); ++e) {
                const int pos = int(rng.bounded(int(text.size())));
                switch (rng.bounded(3)) {
                case 0: text[pos] = char(rng.bounded(256)); break;
                case 1: text.remove(pos, 1); break;
                default: text.insert(pos, char(rng.bounded(32, 127))); break;
                }
            }
            SocketIo::Packet p;
            accepted += SocketIo::decode(text, p) ? 1 : 0;
            EngineIo::Packet e;
            EngineIo::decode(text, false, e);
        }
        QVERIFY(accepted > 0);
        QVERIFY(accepted < 20000);
    }

    void clientIgnoresBadFramesAndKeepsGoing()
    {
        ConnectionConfig config;
        config.url = QUrl(QStringLiteral("ws://127.0.0.1:1/api/v1/ws"));
        SocketIoOptions options;
        Connection connection(SocketIoClient::connectionConfig(config, options));
        SocketIoClient client(&connection, options);
        QSignalSpy errors(&client, &SocketIoClient::protocolError);
        QSignalSpy events(&client, &SocketIoClient::eventReceived);
        client.processFrame("0{\"sid\":\"s\",\"pingInterval\":25000,\"pingTimeout\":20000,\"maxPayload\":1000000}");
        QCOMPARE(client.stage(), SocketIoClient::Stage::Joining);
        client.processFrame("40/api/v1/ws,{\"sid\":\"abc\"}");
        QCOMPARE(client.stage(), SocketIoClient::Stage::Joined);
        QCOMPARE(client.sid(), QStringLiteral("abc"));
        client.processFrame("9junk");
        client.processFrame("42/api/v1/ws,[broken");
        client.processFrame("42/other,[\"x\"]");
        client.processFrame("43/api/v1/ws,77[\"late\"]"); // ack for nothing we sent
        QCOMPARE(errors.size(), 4);
        client.processFrame("42/api/v1/ws,5[\"message\",{\"type\":\"pong\"}]");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).at(0).toString(), QStringLiteral("message"));
        QCOMPARE(events.at(0).at(2).toLongLong(), 5);
        // a binary event waits for its attachment, then arrives whole
        QSignalSpy binary(&client, &SocketIoClient::binaryEventReceived);
        client.processFrame("451-/api/v1/ws,[\"blob\",{\"_placeholder\":true,\"num\":0}]");
        QCOMPARE(binary.size(), 0);
        client.processFrame(QByteArray("\x00\xff", 2));
        QCOMPARE(binary.size(), 1);
        QCOMPARE(binary.at(0).at(3).value<QList<QByteArray>>().at(0), QByteArray("\x00\xff", 2));
        QVERIFY(client.isJoined());
    }

    void urls()
    {
        const QUrl service(QStringLiteral("wss://api.predikt.fun/api/v1/ws?api_key=k"));
        QCOMPARE(SocketIoClient::namespaceOf(service), QStringLiteral("/api/v1/ws"));
        QCOMPARE(SocketIoClient::engineUrl(service, QStringLiteral("/socket.io/")).toString(),
                 QStringLiteral("wss://api.predikt.fun/socket.io/?api_key=k&EIO=4&transport=websocket"));
        QCOMPARE(SocketIoClient::engineUrl(QUrl(QStringLiteral("https://h:8443/")), QStringLiteral("custom/path")).toString(),
                 QStringLiteral("wss://h:8443/custom/path?EIO=4&transport=websocket"));
        QCOMPARE(SocketIoClient::namespaceOf(QUrl(QStringLiteral("ws://h"))), QStringLiteral("/"));
        ConnectionConfig config;
        config.url = service;
        SocketIoOptions options;
        options.nsp = QStringLiteral("other");
        options.enginePath = QStringLiteral("/engine/");
        Connection connection(SocketIoClient::connectionConfig(config, options));
        SocketIoClient client(&connection, options);
        QCOMPARE(client.nsp(), QStringLiteral("/other"));
        QCOMPARE(client.connection()->config().url.path(), QStringLiteral("/engine/"));
    }
};

QTEST_MAIN(TestSocketIoCodec)
#include "tst_socketio_codec.moc"
