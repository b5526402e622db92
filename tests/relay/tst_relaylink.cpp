// RelayLink's JetStream requests stay off the GUI thread: against a NATS server that
// answers the connect but never a JetStream API request (a server whose JetStream hangs),
// the event loop keeps running while the durable consumer is looked up, the row says what
// it waits for, and the lookup ends in a sentence that says what to check. A result that
// arrives after the user disconnected, or after the link is gone, changes nothing. A
// Connections row reads its own link's status: RelayWorkspace.links changes only when a link
// starts or goes, not with every status change.

#include "app/relay/relaylink.h"
#include "app/relay/relayworkspace.h"
#include "core/connection.h"
#include "core/keystore.h"
#include "core/profile.h"
#include "core/profilestore.h"
#include "relay/jetstreamconsumer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace {

/// A NATS server on its own thread that speaks just enough of the protocol for a client to
/// connect (INFO, PONG to every PING) and swallows everything else: JetStream API requests
/// are counted and never answered, so each one runs into the client's timeout.
class SilentJetStream : public QThread
{
public:
    ~SilentJetStream() override
    {
        quit();
        wait();
    }

    quint16 port() const { return m_port.load(); }
    int apiRequests() const { return m_apiRequests.load(); }
    /// When the first JetStream API request arrived (Unix ms), 0 before.
    qint64 firstApiRequestMs() const { return m_firstApiMs.load(); }

protected:
    void run() override
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return;
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                socket->setParent(&server);
                const QByteArray info = "INFO {\"server_id\":\"SILENT\",\"server_name\":\"silent\",\"version\":\"2.9.10\","
                                        "\"proto\":1,\"go\":\"go1.19\",\"host\":\"127.0.0.1\",\"port\":"
                    + QByteArray::number(port()) + ",\"headers\":true,\"max_payload\":1048576,\"client_id\":1}\r\n";
                socket->write(info);
                auto buffer = std::make_shared<QByteArray>();
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                    buffer->append(socket->readAll());
                    // Whole lines only; a payload of ours never contains these words.
                    qsizetype end = 0;
                    while ((end = buffer->indexOf("\r\n")) >= 0) {
                        const QByteArray line = buffer->left(end);
                        buffer->remove(0, end + 2);
                        if (line == "PING") {
                            socket->write("PONG\r\n");
                        } else if (line.contains("$JS.API.")) {
                            qint64 none = 0;
                            m_firstApiMs.compare_exchange_strong(none, QDateTime::currentMSecsSinceEpoch());
                            ++m_apiRequests;
                        }
                    }
                });
            }
        });
        m_port = server.serverPort();
        exec();
    }

private:
    std::atomic<quint16> m_port{0};
    std::atomic<int> m_apiRequests{0};
    std::atomic<qint64> m_firstApiMs{0};
};

} // namespace

class TestRelayLink : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SilentJetStream> m_server;

    Profile profile() const
    {
        Profile p;
        p.id = QStringLiteral("0b6f2f3e-silent");
        p.name = QStringLiteral("Silent relay");
        p.kind = Provider::Kind::Relay;
        p.url = QUrl(QStringLiteral("nats://127.0.0.1:%1").arg(m_server->port()));
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_relaylink"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    }

    void init()
    {
        m_server = std::make_unique<SilentJetStream>();
        m_server->start();
        QTRY_VERIFY(m_server->port() != 0);
    }
    void cleanup() { m_server.reset(); }

    void theConsumerLookupNeverBlocksTheWindow()
    {
        RelayLink link(profile(), RelayTargets{}, nullptr);
        link.start(QString());
        // Connected; the lookup of the durable consumer is on its way to the server.
        QTRY_VERIFY_WITH_TIMEOUT(m_server->apiRequests() > 0, 10000);
        QElapsedTimer blocked;
        blocked.start();
        const qint64 sinceRequest = QDateTime::currentMSecsSinceEpoch() - m_server->firstApiRequestMs();
        bool timerRan = false;
        QTimer::singleShot(0, this, [&] { timerRan = true; });
        QTRY_VERIFY(timerRan);
        // The request runs into a 5 s timeout: an event loop that waited for it is caught here.
        QVERIFY2(sinceRequest + blocked.elapsed() < 2000,
                 qPrintable(QStringLiteral("the event loop stood still for %1 ms while the JetStream request was on its way")
                                .arg(sinceRequest + blocked.elapsed())));
        // The row says what it waits for.
        QCOMPARE(link.state(), RelayLink::State::Connecting);
        QCOMPARE(link.connection()->state(), Connection::State::Connecting);
        QVERIFY2(link.reason().contains(QLatin1String("looking up the durable consumer")), qPrintable(link.reason()));
        QVERIFY(link.consumer()->isStarting());

        // The request times out: a sentence that says what to check, tried again later.
        QTRY_VERIFY_WITH_TIMEOUT(link.state() == RelayLink::State::Waiting, 15000);
        QVERIFY2(link.reason().contains(QLatin1String("did not answer the JetStream request"))
                     && link.reason().contains(QLatin1String("nats-server -js")),
                 qPrintable(link.reason()));
        QCOMPARE(link.connection()->state(), Connection::State::Connecting);
        QVERIFY(!link.consumer()->isRunning());
        // The retry keeps the reason while it runs (no flicker back to "looking up").
        const int before = m_server->apiRequests();
        QTRY_VERIFY_WITH_TIMEOUT(m_server->apiRequests() > before, 5000);
        QCOMPARE(link.state(), RelayLink::State::Waiting);
        QVERIFY2(link.reason().contains(QLatin1String("did not answer")), qPrintable(link.reason()));
    }

    // Disconnect while the lookup is under way: its late result must not bring the row back.
    void aLateResultAfterDisconnectChangesNothing()
    {
        RelayLink link(profile(), RelayTargets{}, nullptr);
        link.start(QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->apiRequests() > 0, 10000);
        QVERIFY(link.consumer()->isStarting());
        link.stop();
        QCOMPARE(link.state(), RelayLink::State::Disconnected);
        QVERIFY(!link.consumer()->isStarting());
        // Past the request's timeout: the result arrived and was dropped.
        QTest::qWait(6500);
        QCOMPARE(link.state(), RelayLink::State::Disconnected);
        QCOMPARE(link.connection()->state(), Connection::State::Closed);
        QVERIFY(!link.consumer()->isRunning());
        QVERIFY(!link.consumer()->isStarting());
    }

    // The profile edited or removed meanwhile: the workspace deletes the link; the worker's
    // result then has nobody to go to and closes itself.
    void aLinkDeletedDuringTheLookupIsSafe()
    {
        auto link = std::make_unique<RelayLink>(profile(), RelayTargets{}, nullptr);
        link->start(QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->apiRequests() > 0, 10000);
        link.reset();
        QTest::qWait(6500); // the request times out on its worker with nobody left
        // A new link for the same profile works as before.
        RelayLink again(profile(), RelayTargets{}, nullptr);
        const int before = m_server->apiRequests();
        again.start(QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_server->apiRequests() > before, 10000);
        QCOMPARE(again.state(), RelayLink::State::Connecting);
    }

    void aRowFollowsItsOwnLinkNotTheWholeStatusMap()
    {
        ProfileStore profiles(QStringLiteral("profiles"), nullptr);
        KeyStore keys(QStringLiteral("tidewatch-tst-relaylink"), nullptr); // never asked: no credentials
        const QString id = profiles.save({{QStringLiteral("name"), QStringLiteral("Silent relay")},
                                          {QStringLiteral("kind"), QStringLiteral("relay")},
                                          {QStringLiteral("url"), profile().url.toString()},
                                          {QStringLiteral("auth"), QStringLiteral("none")},
                                          {QStringLiteral("subscriptions"), QStringLiteral("tidewatch.>")},
                                          {QStringLiteral("options"), QVariantMap{{QStringLiteral("natsAuth"), QStringLiteral("none")}}}});
        QVERIFY2(!id.isEmpty(), qPrintable(profiles.lastError()));
        RelayWorkspace relay(&profiles, &keys, RelayTargets{}, nullptr);
        relay.setRemovalGraceMs(300);
        QSignalSpy links(&relay, &RelayWorkspace::linksChanged);
        relay.start();
        QCOMPARE(links.count(), 1);
        auto *row = relay.links().value(id).value<QObject *>();
        QVERIFY(row);
        QCOMPARE(row, static_cast<QObject *>(relay.link(id)));
        // The row's binding: the link's own status property, notified by the link alone.
        QSignalSpy rowChanged(relay.link(id), &RelayLink::changed);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->apiRequests() > 0, 10000);
        QVERIFY(!rowChanged.isEmpty());
        const QVariantMap status = row->property("status").toMap();
        QCOMPARE(status.value(QStringLiteral("stateName")).toString(), relay.link(id)->stateText());
        QCOMPARE(status.value(QStringLiteral("reason")).toString(), relay.link(id)->reason());
        QCOMPARE(links.count(), 1); // status changes leave the map of links alone

        // Connect starts the profile anew (a new link), removal ends it: the map follows.
        relay.connectProfile(id);
        QCOMPARE(links.count(), 2);
        QVERIFY(relay.links().value(id).value<QObject *>() == static_cast<QObject *>(relay.link(id)));
        profiles.remove(id);
        QTRY_COMPARE(links.count(), 3);
        QVERIFY(relay.links().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRelayLink)
#include "tst_relaylink.moc"
