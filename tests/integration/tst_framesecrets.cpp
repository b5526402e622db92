// Secrets in frames: for every auth method of every provider, a live session against the
// simulator on loopback with the frame inspector, a recorder and a CSV export attached shows,
// copies, records and exports no key, also when the key travels in a frame (the Socket.IO
// token in Predikt's CONNECT packet, an Allium API path carrying api_key) and when the server
// echoes it back. The raw tap must have seen the key each time, so the test can fail.

#include "core/profile.h"
#include "core/secrets.h"
#include "models/csv/csvexporter.h"
#include "models/inspector/framefiltermodel.h"
#include "models/inspector/frameinspectormodel.h"
#include "models/record/framerecorder.h"
#include "models/record/framerecording.h"
#include "providers/allium/alliumapiclient.h"
#include "providers/allium/alliumstreamclient.h"
#include "providers/conyr/conyrclient.h"
#include "providers/predikt/prediktclient.h"
#include "providers/tweets/tweetsclient.h"
#include "sim/simhandler.h"
#include "sim/simserver.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <functional>
#include <memory>

namespace {

const QString Key = QStringLiteral("tw-frame-key-7f3a9c2e51d4b8");
const QString Mask = QString::fromUtf8(Secrets::Mask);

/// The forms in which a key can sit in bytes that a person reads: as it is, JSON-escaped
/// (once and twice), percent-encoded, and doubled quotes as CSV quoting writes them.
QList<QByteArray> writtenForms(const QString &key)
{
    auto json = [](const QString &text) {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.mid(2, array.size() - 4);
    };
    const QByteArray once = json(key);
    QList<QByteArray> forms;
    for (const QByteArray &form : {key.toUtf8(), once, json(QString::fromUtf8(once)), QUrl::toPercentEncoding(key),
                                   key.toUtf8().replace('"', "\"\"")}) {
        if (!forms.contains(form))
            forms.append(form);
    }
    return forms;
}

/// The first form of the key found in bytes, or empty.
QByteArray leak(const QByteArray &bytes, const QString &key)
{
    for (const QByteArray &form : writtenForms(key)) {
        if (bytes.contains(form))
            return form;
    }
    return {};
}

/// The inspector, its filtered view, a recorder and the raw frames of one connection.
struct Capture {
    FrameInspectorModel inspector;
    FrameFilterModel filter;
    FrameRecorder recorder;
    QTemporaryDir dir;
    QByteArray rawIn;   // unmasked, as the connection delivered them
    QByteArray rawOut;

    explicit Capture(Connection *connection, const QString &providerId)
    {
        filter.setSourceModel(&inspector);
        filter.setHidePingPong(false);
        inspector.setConnection(connection);
        QObject::connect(connection, &Connection::frameObserved, connection,
                         [this](Connection::Direction direction, const QByteArray &payload, qint64, bool) {
                             (direction == Connection::Direction::Incoming ? rawIn : rawOut) += payload + '\n';
                         });
        if (!recorder.start(connection, providerId, recordingPath()))
            qFatal("cannot record: %s", qPrintable(recorder.error()));
    }
    QString recordingPath() const { return dir.filePath(QStringLiteral("session.ndjson")); }
    QString csvPath() const { return dir.filePath(QStringLiteral("frames.csv")); }
};

/// One provider's client over its own connection, as the app builds it.
struct Session {
    std::unique_ptr<QObject> client;
    Connection *connection = nullptr;
    std::function<void()> open;
    QByteArray echo; // an incoming frame in the provider's shape that repeats the key
};

class EchoHandler : public SimHandler
{
public:
    using SimHandler::SimHandler;
    bool acceptsPath(const QString &path) const override { return path == QLatin1String("/echo"); }
    void acceptSocket(QWebSocket *socket) override
    {
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        // A server that greets with the key it was shown and echoes whatever it is sent,
        // quoted inside its own JSON (so the key arrives escaped twice when it had quotes).
        const QJsonObject hello{{QStringLiteral("event"), QStringLiteral("hello")},
                                {QStringLiteral("presented"), SimServer::presentedKey(socket->request())}};
        socket->sendTextMessage(QString::fromUtf8(QJsonDocument(hello).toJson(QJsonDocument::Compact)));
        connect(socket, &QWebSocket::textMessageReceived, socket, [socket](const QString &text) {
            const QJsonObject echo{{QStringLiteral("event"), QStringLiteral("echo")}, {QStringLiteral("data"), text}};
            socket->sendTextMessage(QString::fromUtf8(QJsonDocument(echo).toJson(QJsonDocument::Compact)));
        });
    }
};

} // namespace

class TestFrameSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        SimConfig config;
        config.clockFactor = 100;
        config.acceptedKeys = {Key};
        m_server = std::make_unique<SimServer>(config);
        m_server->installStandardHandlers();
        QVERIFY(m_server->listen());
    }
    void cleanup() { m_server.reset(); }

    void everyAuthMethodOfEveryProvider_data()
    {
        QTest::addColumn<Provider::Kind>("kind");
        QTest::addColumn<Auth::Method>("method");
        using K = Provider::Kind;
        for (K kind : {K::Generic, K::AlliumApi, K::AlliumStream, K::Conyr, K::Predikt, K::Tweets}) {
            for (Auth::Method method : Provider::authMethods(kind)) {
                if (method == Auth::Method::None)
                    continue;
                QTest::addRow("%s %s", qPrintable(Provider::toId(kind)), qPrintable(Auth::toId(method))) << kind << method;
            }
        }
    }
    void everyAuthMethodOfEveryProvider()
    {
        QFETCH(Provider::Kind, kind);
        QFETCH(Auth::Method, method);
        Session session = makeSession(kind, method);
        Capture capture(session.connection, Provider::toId(kind));
        session.open();
        QTRY_VERIFY_WITH_TIMEOUT(session.connection->state() == Connection::State::Open && capture.recorder.frames() >= 1, 15000);
        if (method == Auth::Method::SocketIoToken) {
            // The key really is in the CONNECT packet on the wire …
            QVERIFY2(capture.rawOut.contains(QByteArray("40/api/v1/ws,{\"token\":\"" + Key.toUtf8() + "\"}")), capture.rawOut.constData());
        }
        if (kind == Provider::Kind::AlliumApi) {
            // … or in a request's path, and the server's "no route" answer quotes it.
            QTRY_VERIFY_WITH_TIMEOUT(capture.rawIn.contains(Key.toUtf8()), 10000);
        }
        // The server echoes the key in an incoming frame (delivered through the same tap and
        // recorder signals a socket's frames take).
        session.connection->deliverForReplay(session.echo);
        QVERIFY(capture.rawIn.contains(Key.toUtf8()));
        verifyNothingShows(capture, Key);
        if (QTest::currentTestFailed())
            return;
        if (method == Auth::Method::SocketIoToken)
            QVERIFY(rowWith(capture.inspector, QStringLiteral("40/api/v1/ws,{\"token\":\"") + Mask + QStringLiteral("\"}")) >= 0);
        capture.recorder.stop();
        verifyRecording(capture, Key);
        if (QTest::currentTestFailed())
            return;
        verifyCsv(capture, Key);
        if (QTest::currentTestFailed())
            return;
        session.client.reset();
        QVERIFY(!Secrets::contains(Key)); // the connection let go of its key with it
    }

    void serverEchoOverARealSocket_data()
    {
        QTest::addColumn<Auth::Method>("method");
        QTest::addColumn<QString>("key");
        // A key with a quote and a slash: it reaches the frames JSON-escaped, and twice
        // escaped in the server's echo of the client's first message.
        const QString awkward = QStringLiteral("echo/key+\"quoted\"-42");
        QTest::newRow("x-api-key header") << Auth::Method::ApiKeyHeader << awkward;
        QTest::newRow("bearer") << Auth::Method::Bearer << awkward;
        QTest::newRow("query") << Auth::Method::QueryParameter << QStringLiteral("query-key-echoed-9b1");
    }
    void serverEchoOverARealSocket()
    {
        QFETCH(Auth::Method, method);
        QFETCH(QString, key);
        m_server->addHandler(new EchoHandler(m_server.get()));
        ConnectionConfig config;
        config.name = QStringLiteral("echo");
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/echo"));
        config.url = url;
        config.auth = method;
        config.key = key;
        auto connection = std::make_unique<Connection>(config);
        Capture capture(connection.get(), QStringLiteral("generic"));
        // A first-message login, as some generic servers want it.
        QObject::connect(connection.get(), &Connection::opened, connection.get(), [&connection, &key] {
            const QJsonObject login{{QStringLiteral("op"), QStringLiteral("auth")}, {QStringLiteral("api_key"), key}};
            connection->sendText(QJsonDocument(login).toJson(QJsonDocument::Compact));
        });
        connection->open();
        QTRY_VERIFY_WITH_TIMEOUT(capture.recorder.frames() >= 2, 10000);
        QVERIFY2(!leak(capture.rawIn, key).isEmpty(), capture.rawIn.constData()); // greeted and echoed with the key
        QVERIFY(!leak(capture.rawOut, key).isEmpty());
        verifyNothingShows(capture, key);
        if (QTest::currentTestFailed())
            return;
        capture.recorder.stop();
        verifyRecording(capture, key);
        if (QTest::currentTestFailed())
            return;
        verifyCsv(capture, key);
    }

private:
    Session makeSession(Provider::Kind kind, Auth::Method method)
    {
        ConnectionConfig config;
        config.name = Provider::toId(kind) + QLatin1Char(' ') + Auth::toId(method);
        config.auth = method;
        config.key = Key;
        config.reconnect.initialMs = 50;
        config.reconnect.maxMs = 300;
        config.connectTimeoutMs = 5000;
        QUrl url = m_server->baseUrl();
        const QByteArray plainEcho = "{\"type\":\"error\",\"message\":\"invalid key " + Key.toUtf8() + "\"}";
        Session s;
        s.echo = plainEcho;
        switch (kind) {
        case Provider::Kind::Generic: {
            url.setPath(QStringLiteral("/demo/stream"));
            url.setQuery(QStringLiteral("interval=20&key=required"));
            config.url = url;
            auto *holder = new QObject;
            s.connection = new Connection(config, holder);
            s.client.reset(holder);
            s.open = [c = s.connection] { c->open(); };
            break;
        }
        case Provider::Kind::AlliumApi: {
            url.setPath(QStringLiteral("/api/v1/developer/ws/api"));
            config.url = url;
            s.connection = new Connection(config);
            auto *client = new AlliumApiClient(s.connection);
            s.connection->setParent(client);
            QObject::connect(s.connection, &Connection::opened, client, [client] {
                client->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/nowhere?api_key=") + Key);
            });
            s.client.reset(client);
            s.open = [client] { client->open(); };
            break;
        }
        case Provider::Kind::AlliumStream: {
            url.setPath(QStringLiteral("/api/v1/developer/ws/stream"));
            config.url = url;
            const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("ethereum.blocks"));
            s.connection = new Connection(AlliumStreamClient::connectionConfig(config, topic));
            auto *client = new AlliumStreamClient(s.connection, topic);
            s.connection->setParent(client);
            s.client.reset(client);
            s.open = [client] {
                client->start();
                client->open();
            };
            break;
        }
        case Provider::Kind::Conyr: {
            url.setPath(QStringLiteral("/ws"));
            config.url = url;
            ConyrClientOptions options;
            options.appPingMs = 300; // answered with pongs: incoming frames without a subscription
            s.connection = new Connection(config);
            auto *client = new ConyrClient(s.connection, options);
            s.connection->setParent(client);
            s.client.reset(client);
            s.open = [client] { client->open(); };
            break;
        }
        case Provider::Kind::Predikt: {
            url.setPath(QStringLiteral("/api/v1/ws"));
            config.url = url;
            PrediktClientOptions options;
            s.connection = new Connection(PrediktClient::connectionConfig(config, options));
            auto *client = new PrediktClient(s.connection, options);
            s.connection->setParent(client);
            client->subscribe({QStringLiteral("SOL")});
            s.client.reset(client);
            s.open = [client] { client->open(); };
            s.echo = "42/api/v1/ws,[\"error\",{\"code\":\"ECHO\",\"message\":\"key " + Key.toUtf8() + "\"}]";
            break;
        }
        case Provider::Kind::Tweets: {
            url.setPath(QStringLiteral("/v1/twitter/stream"));
            config.url = url;
            s.connection = new Connection(config);
            auto *client = new TweetsClient(s.connection);
            s.connection->setParent(client);
            s.client.reset(client);
            s.open = [client] { client->open(); };
            break;
        }
        }
        return s;
    }

    static int rowWith(const FrameInspectorModel &model, const QString &text)
    {
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.textAt(r).contains(text))
                return r;
        }
        return -1;
    }

    /// What the inspector shows (text, preview, display) and copies (one row, all shown).
    static void verifyNothingShows(Capture &capture, const QString &key)
    {
        capture.inspector.flush();
        QVERIFY(capture.inspector.rowCount() >= 2);
        bool masked = false;
        for (int r = 0; r < capture.inspector.rowCount(); ++r) {
            const QModelIndex i = capture.inspector.index(r);
            for (int role : {int(FrameInspectorModel::TextRole), int(FrameInspectorModel::PreviewRole), int(Qt::DisplayRole)}) {
                const QByteArray shown = i.data(role).toString().toUtf8();
                QVERIFY2(leak(shown, key).isEmpty(), shown.constData());
            }
            QVERIFY(leak(capture.inspector.textAt(r).toUtf8(), key).isEmpty());
            capture.inspector.copyRow(r);
            QVERIFY(leak(QGuiApplication::clipboard()->text().toUtf8(), key).isEmpty());
            masked = masked || capture.inspector.textAt(r).contains(Mask);
        }
        QVERIFY(masked); // the key was there and is shown as the mask
        QVERIFY(leak(capture.filter.visibleText().toUtf8(), key).isEmpty());
        QCOMPARE(capture.filter.copyVisible(), capture.inspector.rowCount());
        const QString clipboard = QGuiApplication::clipboard()->text();
        QVERIFY(leak(clipboard.toUtf8(), key).isEmpty());
        QVERIFY(clipboard.contains(Mask));
    }

    static void verifyRecording(const Capture &capture, const QString &key)
    {
        QFile file(capture.recordingPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(leak(bytes, key).isEmpty(), bytes.left(2000).constData());
        // Read back as a replay would: no frame holds the key either.
        RecordingHeader header;
        QList<RecordedFrame> frames;
        QString error;
        QVERIFY2(FrameRecording::read(capture.recordingPath(), header, frames, &error), qPrintable(error));
        QVERIFY(!frames.isEmpty());
        bool masked = false;
        for (const RecordedFrame &f : std::as_const(frames)) {
            QVERIFY2(leak(f.payload, key).isEmpty(), f.payload.constData());
            masked = masked || f.payload.contains(Secrets::Mask);
        }
        QVERIFY(masked);
        QVERIFY(leak(header.url.toUtf8(), key).isEmpty());
    }

    static void verifyCsv(Capture &capture, const QString &key)
    {
        // As the inspector's export button does it (the filtered view, to a file) …
        QVERIFY2(CsvExport::instance()->exportModel(&capture.filter,
                                                    QUrl::fromLocalFile(capture.csvPath())),
                 qPrintable(CsvExport::instance()->lastError()));
        QFile file(capture.csvPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(leak(bytes, key).isEmpty(), bytes.left(2000).constData());
        QVERIFY(bytes.contains(Secrets::Mask));
        bool masked = false;
        for (const QStringList &row : Csv::parse(bytes)) {
            for (const QString &field : row) {
                QVERIFY(leak(field.toUtf8(), key).isEmpty());
                masked = masked || field.contains(Mask);
            }
        }
        QVERIFY(masked);
        // … and of the whole model.
        QVERIFY(leak(Csv::fromModel(capture.inspector), key).isEmpty());
    }

    std::unique_ptr<SimServer> m_server;
};

QTEST_MAIN(TestFrameSecrets)
#include "tst_framesecrets.moc"
