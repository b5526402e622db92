// An external Connection (ConnectionConfig::external): a registry row whose transport is not
// its own socket (a NATS relay's link). Its owner sets the state; the registry's counts, the
// alert feeds and the row's Connect and Disconnect treat it like any other row.

#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "core/connection.h"
#include "core/connectionregistry.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <memory>

class TestExternalConnection : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConnectionRegistry> m_registry;
    std::unique_ptr<Connection> m_connection;

    static ConnectionConfig config(bool external)
    {
        ConnectionConfig c;
        c.name = QStringLiteral("Team relay");
        c.profileId = QStringLiteral("relay-1");
        c.url = QUrl(QStringLiteral("nats://127.0.0.1:1"));
        c.external = external;
        return c;
    }
    int row() const
    {
        for (int i = 0; i < m_registry->rowCount(); ++i) {
            if (m_registry->data(m_registry->index(i), ConnectionRegistry::ConnectionRole).value<Connection *>() == m_connection.get())
                return i;
        }
        return -1;
    }
    QVariant role(int r) const { return m_registry->data(m_registry->index(row()), r); }

private Q_SLOTS:
    void init()
    {
        m_registry = std::make_unique<ConnectionRegistry>(nullptr);
        new QAbstractItemModelTester(m_registry.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_registry.get());
        m_connection = std::make_unique<Connection>(config(true));
        m_registry->add(m_connection.get(), QStringLiteral("relay"));
    }
    void cleanup()
    {
        m_connection.reset();
        m_registry.reset();
    }

    void theOwnersStateIsTheRowsState()
    {
        QSignalSpy health(m_registry.get(), &ConnectionRegistry::healthChanged);
        QSignalSpy changed(m_registry.get(), &QAbstractItemModel::dataChanged);
        QCOMPARE(role(ConnectionRegistry::StateRole).toInt(), int(Connection::State::Idle));
        QCOMPARE(m_registry->openCount(), 0);

        m_connection->setExternalState(Connection::State::Open);
        QCOMPARE(role(ConnectionRegistry::StateRole).toInt(), int(Connection::State::Open));
        QCOMPARE(role(ConnectionRegistry::StateNameRole).toString(), QStringLiteral("Open"));
        QCOMPARE(m_registry->openCount(), 1);
        QCOMPARE(m_registry->troubleCount(), 0);
        QVERIFY(!health.isEmpty());
        QVERIFY(!changed.isEmpty());

        m_connection->setExternalState(Connection::State::Reconnecting, QStringLiteral("The NATS connection was lost"));
        QCOMPARE(role(ConnectionRegistry::ReasonRole).toString(), QStringLiteral("The NATS connection was lost"));
        QCOMPARE(m_registry->openCount(), 0);
        QCOMPARE(m_registry->troubleCount(), 1);
        QCOMPARE(m_connection->nextRetryMs(), -1); // the owner retries; the row does not invent a countdown

        m_connection->setExternalState(Connection::State::Open);
        QCOMPARE(role(ConnectionRegistry::ReconnectsRole).toInt(), 1);
        m_connection->setExternalState(Connection::State::Failed, QStringLiteral("Authorization Violation"));
        QCOMPARE(m_registry->troubleCount(), 1);
        QCOMPARE(m_connection->reason(), QStringLiteral("Authorization Violation"));
    }

    void connectAndDisconnectOnTheRowAskTheOwner()
    {
        QSignalSpy openAsked(m_connection.get(), &Connection::openRequested);
        QSignalSpy closeAsked(m_connection.get(), &Connection::closeRequested);
        QSignalSpy opened(m_connection.get(), &Connection::opened);
        m_registry->connectRow(row());
        QCOMPARE(openAsked.size(), 1);
        // No socket: the state stays the owner's.
        QCOMPARE(m_connection->state(), Connection::State::Idle);
        m_connection->setExternalState(Connection::State::Open);
        QCOMPARE(opened.size(), 0); // nothing to send subscriptions on
        m_registry->connectProfile(QStringLiteral("relay-1"));
        QCOMPARE(openAsked.size(), 1); // open already: like a socket, nothing to do
        m_registry->disconnectProfile(QStringLiteral("relay-1"));
        QCOMPARE(closeAsked.size(), 1);
        QCOMPARE(m_connection->state(), Connection::State::Open);
        m_connection->setExternalState(Connection::State::Closed, QStringLiteral("Disconnected"));
        QCOMPARE(m_registry->openCount(), 0);
        QCOMPARE(m_registry->troubleCount(), 0);
        m_registry->disconnectRow(row());
        QCOMPARE(closeAsked.size(), 1); // closed already
        m_registry->connectRow(row());
        QCOMPARE(openAsked.size(), 2);
    }

    void failAndFinishSetTheStateWithoutASocket()
    {
        m_connection->setExternalState(Connection::State::Open);
        m_connection->fail(Failure::Kind::Transient, QStringLiteral("lost"));
        QCOMPARE(m_connection->state(), Connection::State::Reconnecting);
        m_connection->fail(Failure::Kind::Auth, QStringLiteral("refused"));
        QCOMPARE(m_connection->state(), Connection::State::Failed);
        QCOMPARE(m_connection->lastFailure(), Failure::Kind::Auth);
        m_connection->setExternalState(Connection::State::Open);
        m_connection->finish(QStringLiteral("the relay ended the session"));
        QCOMPARE(m_connection->state(), Connection::State::Closed);
        QCOMPARE(m_connection->reason(), QStringLiteral("the relay ended the session"));
    }

    void aSocketConnectionIgnoresExternalStates()
    {
        Connection socket(config(false));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not external")));
        socket.setExternalState(Connection::State::Open);
        QCOMPARE(socket.state(), Connection::State::Idle);
        QVERIFY(!socket.isExternal());
        QVERIFY(m_connection->isExternal());
    }

    void aConnectionDownRuleSeesTheRow()
    {
        qint64 now = 1'000'000;
        AlertEngine engine;
        engine.setClock([&now] { return now; });
        AlertRule rule;
        rule.id = AlertRule::newId();
        rule.name = QStringLiteral("relay down");
        rule.kind = AlertRule::Kind::ConnectionDown;
        rule.provider = QStringLiteral("relay");
        rule.windowSec = 10;
        rule.cooldownSec = 0;
        engine.setRules({rule});
        AlertFeeds feeds;
        connect(&feeds, &AlertFeeds::connectionObserved, &engine, [&](ConnectionObservation c) {
            c.timestampMs = now; // on the engine's clock
            engine.observeConnection(c);
        });
        feeds.follow(m_registry.get());
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);

        m_connection->setExternalState(Connection::State::Open);
        now += 20000;
        engine.tick();
        QCOMPARE(raised.size(), 0);
        m_connection->setExternalState(Connection::State::Reconnecting, QStringLiteral("The NATS connection was lost"));
        now += 11000;
        engine.tick();
        QCOMPARE(raised.size(), 1);
        const Alert alert = raised.at(0).at(0).value<Alert>();
        QVERIFY2(alert.message.contains(QStringLiteral("Team relay")), qPrintable(alert.message));
        QVERIFY2(alert.message.contains(QStringLiteral("The NATS connection was lost")), qPrintable(alert.message));
    }
};

QTEST_GUILESS_MAIN(TestExternalConnection)
#include "tst_externalconnection.moc"
