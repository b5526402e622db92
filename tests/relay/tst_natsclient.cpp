// The NATS wrapper against a real nats-server -js: connect with credentials, stream
// create/check, publish with de-duplication, a durable consumer that resumes without gap
// or duplicate, buffering across a server restart, and key-value watching.

#include "natsserver.h"
#include "relay/jetstreamconsumer.h"
#include "relay/jetstreampublisher.h"
#include "relay/jetstreamstream.h"
#include "relay/kvbucket.h"
#include "relay/natsclient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTimer>
#include <QTest>
#include <nats/nats.h>

class TestNatsClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<NatsServerProcess> m_server;

    static NatsSettings settingsFor(const NatsServerProcess &server)
    {
        NatsSettings s;
        s.url = server.url();
        s.reconnectWaitMs = 100;
        return s;
    }

    static QList<quint64> seqs(const QList<RelayMessage> &messages)
    {
        QList<quint64> out;
        for (const RelayMessage &m : messages)
            out.append(m.streamSeq);
        return out;
    }

private Q_SLOTS:
    void init()
    {
        if (NatsServerProcess::program().isEmpty())
            QSKIP("nats-server is not installed (scripts/setup installs it)");
        m_server = std::make_unique<NatsServerProcess>();
        QVERIFY2(m_server->start(), m_server->log().constData());
    }
    void cleanup() { m_server.reset(); }

    void connectsAndCreatesTheStreamOnce()
    {
        NatsClient client;
        QString error;
        QVERIFY2(client.open(settingsFor(*m_server), &error), qPrintable(error));
        QTRY_COMPARE(client.state(), NatsClient::State::Connected);
        RelayStreamSpec spec;
        spec.maxBytes = 64 * 1024 * 1024;
        RelayStreamStatus first = ensureRelayStream(client.jetStream(), spec);
        QVERIFY2(first.ok, qPrintable(first.error));
        QVERIFY(first.created);
        RelayStreamStatus second = ensureRelayStream(client.jetStream(), spec);
        QVERIFY(second.ok);
        QVERIFY(!second.created);
        QVERIFY(!second.updated);
        spec.maxAgeMs = 3600 * 1000;
        RelayStreamStatus third = ensureRelayStream(client.jetStream(), spec);
        QVERIFY2(third.ok, qPrintable(third.error));
        QVERIFY(third.updated);
    }

    // A window's first attempt must not block its thread: against a server that accepts
    // and never answers (the library waits for its INFO up to the connect timeout), the
    // event loop keeps running during the attempt, which then ends in "retrying".
    void aBackgroundOpenNeverBlocksTheCallersThread()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        NatsSettings settings;
        settings.url = QStringLiteral("nats://127.0.0.1:%1").arg(silent.serverPort());
        settings.connectTimeoutMs = 1500;
        settings.reconnectWaitMs = 60000;
        NatsClient client;
        QSignalSpy done(&client, &NatsClient::firstAttemptDone);
        bool timerRan = false;
        QTimer::singleShot(0, this, [&] { timerRan = true; });
        QString error;
        QVERIFY2(client.openInBackground(settings, &error), qPrintable(error));
        QCOMPARE(client.state(), NatsClient::State::Connecting);
        QVERIFY(done.isEmpty());
        // The 0 ms timer runs while the attempt is still on its way.
        QTRY_VERIFY(timerRan);
        QVERIFY2(done.isEmpty(), "the attempt had already finished: the test proves nothing");
        QVERIFY(done.wait(10000));
        QVERIFY(client.firstAttemptFailed());
        // Retried in the background; the library may also give up on a server that never
        // speaks NATS (then Closed, with its reason). Never connected.
        QVERIFY2(client.state() == NatsClient::State::Connecting || client.state() == NatsClient::State::Closed,
                 qPrintable(client.stateText()));
        client.close();
        QCOMPARE(client.state(), NatsClient::State::Closed);
    }

    void aBackgroundOpenConnectsAndAnAbandonedOneIsClosed()
    {
        NatsClient client;
        QVERIFY(client.openInBackground(settingsFor(*m_server)));
        QTRY_COMPARE(client.state(), NatsClient::State::Connected);
        QVERIFY(!client.firstAttemptFailed());
        QVERIFY(client.jetStream());
        QVERIFY(client.handle());

        // Opened and at once closed: the attempt's connection is closed when it arrives,
        // and no late state reaches the client.
        NatsClient abandoned;
        QSignalSpy states(&abandoned, &NatsClient::stateChanged);
        QVERIFY(abandoned.openInBackground(settingsFor(*m_server)));
        abandoned.close();
        QTest::qWait(500);
        QCOMPARE(abandoned.state(), NatsClient::State::Closed);
        QVERIFY(!abandoned.handle());
        for (const QList<QVariant> &args : std::as_const(states))
            QVERIFY(args.at(0).value<NatsClient::State>() != NatsClient::State::Connected);
    }

    void userPasswordIsRequiredAndUsed()
    {
        m_server = std::make_unique<NatsServerProcess>();
        QVERIFY(m_server->start({QStringLiteral("--user"), QStringLiteral("team"), QStringLiteral("--pass"),
                                 QStringLiteral("s3cret-pass")}));
        NatsSettings wrong = settingsFor(*m_server);
        wrong.user = QStringLiteral("team");
        wrong.password = QStringLiteral("nope-nope");
        NatsClient rejected;
        QVERIFY(rejected.open(wrong)); // retried in the background, never connected
        NatsSettings right = wrong;
        right.password = QStringLiteral("s3cret-pass");
        NatsClient accepted;
        QVERIFY(accepted.open(right));
        QTRY_COMPARE(accepted.state(), NatsClient::State::Connected);
        QVERIFY(rejected.state() != NatsClient::State::Connected);
    }

    void publishesDeduplicatesAndResumesADurableConsumer()
    {
        NatsClient client;
        QVERIFY(client.open(settingsFor(*m_server)));
        QTRY_COMPARE(client.state(), NatsClient::State::Connected);
        QVERIFY(ensureRelayStream(client.jetStream(), RelayStreamSpec{}).ok);

        JetStreamPublisher publisher(&client);
        QVERIFY(publisher.start());
        for (int i = 0; i < 1000; ++i)
            publisher.publish({"tidewatch.test.team.n.x", QByteArray::number(i), "id-" + QByteArray::number(i), i});
        // The same ids again: JetStream stores them once.
        for (int i = 0; i < 100; ++i)
            publisher.publish({"tidewatch.test.team.n.x", QByteArray::number(i), "id-" + QByteArray::number(i), i});
        QVERIFY(publisher.waitAllAcked(10000));
        QCOMPARE(publisher.counters().acked, 1100);
        QCOMPARE(publisher.counters().duplicates, 100);
        QCOMPARE(relayStreamInfo(client.jetStream(), QStringLiteral("TIDEWATCH")).messages, 1000u);

        QList<RelayMessage> seen;
        quint64 persisted = 0;
        {
            JetStreamConsumer consumer(&client);
            connect(&consumer, &JetStreamConsumer::messagesReceived, this,
                    [&](const QList<RelayMessage> &batch) { seen += batch; });
            connect(&consumer, &JetStreamConsumer::batchApplied, this, [&](quint64 seq) { persisted = seq; });
            RelayConsumerSpec spec;
            spec.durable = QStringLiteral("desk-a");
            QString error;
            QVERIFY2(consumer.start(spec, &error), qPrintable(error));
            QTRY_COMPARE(seen.size(), 1000);
            QCOMPARE(seen.first().payload, QByteArray("0"));
            QCOMPARE(seen.last().payload, QByteArray("999"));
            QCOMPARE(seen.last().sourceTimeMs, 999);
            QCOMPARE(seen.last().msgId, QByteArray("id-999"));
            QTRY_COMPARE(consumer.pending(), 0u);
        }
        QCOMPARE(persisted, 1000u);
        // Published while the consumer is away…
        for (int i = 1000; i < 1500; ++i)
            publisher.publish({"tidewatch.test.team.n.x", QByteArray::number(i), "id-" + QByteArray::number(i), i});
        QVERIFY(publisher.waitAllAcked(10000));
        // … and received after it returns, from where it stopped.
        JetStreamConsumer again(&client);
        again.setResumeAfter(persisted);
        connect(&again, &JetStreamConsumer::messagesReceived, this, [&](const QList<RelayMessage> &batch) { seen += batch; });
        RelayConsumerSpec spec;
        spec.durable = QStringLiteral("desk-a");
        QVERIFY(again.start(spec));
        QTRY_COMPARE(seen.size(), 1500);
        QList<quint64> expected;
        for (quint64 s = 1; s <= 1500; ++s)
            expected.append(s);
        QCOMPARE(seqs(seen), expected);
        QCOMPARE(seen.last().payload, QByteArray("1499"));
    }

    void buffersWhileTheServerIsDownAndReportsWhatItDropped()
    {
        NatsClient client;
        QVERIFY(client.open(settingsFor(*m_server)));
        QTRY_COMPARE(client.state(), NatsClient::State::Connected);
        QVERIFY(ensureRelayStream(client.jetStream(), RelayStreamSpec{}).ok);
        JetStreamPublisher publisher(&client);
        publisher.setBufferLimit(200);
        publisher.setAckTimeoutMs(1000);
        QVERIFY(publisher.start());
        QSignalSpy loss(&publisher, &JetStreamPublisher::lossReported);
        for (int i = 0; i < 50; ++i)
            publisher.publish({"tidewatch.test.team.n.x", QByteArray::number(i), "a-" + QByteArray::number(i), -1});
        QVERIFY(publisher.waitAllAcked(10000));

        m_server->stop();
        QTRY_VERIFY(client.state() != NatsClient::State::Connected);
        for (int i = 0; i < 500; ++i)
            publisher.publish({"tidewatch.test.team.n.x", QByteArray::number(i), "b-" + QByteArray::number(i), -1});
        QCOMPARE(publisher.counters().dropped, 300);
        QVERIFY(m_server->start());
        QTRY_VERIFY_WITH_TIMEOUT(loss.count() == 1, 20000);
        QCOMPARE(loss.first().first().toLongLong(), 300);
        QVERIFY(publisher.waitAllAcked(15000));
        // The newest 200 survived the outage; the stream (file storage) kept the first 50.
        QTRY_COMPARE(relayStreamInfo(client.jetStream(), QStringLiteral("TIDEWATCH")).messages, 250u);
    }

    void watchesAKeyValueBucket()
    {
        NatsClient client;
        QVERIFY(client.open(settingsFor(*m_server)));
        QTRY_COMPARE(client.state(), NatsClient::State::Connected);
        KvBucket writer(&client);
        QString error;
        QVERIFY2(writer.open(QStringLiteral("rules"), true, &error), qPrintable(error));
        QVERIFY(writer.put(QStringLiteral("r1"), "one") > 0);

        KvBucket watcher(&client);
        QVERIFY(watcher.open(QStringLiteral("rules"), false));
        QSignalSpy changed(&watcher, &KvBucket::entryChanged);
        QSignalSpy initial(&watcher, &KvBucket::initialValuesDone);
        QVERIFY(watcher.watch());
        QTRY_COMPARE(initial.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toByteArray(), QByteArray("one"));
        QVERIFY(writer.put(QStringLiteral("r2"), "two") > 0);
        QVERIFY(writer.remove(QStringLiteral("r1")));
        QTRY_COMPARE(changed.count(), 3);
        QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("r2"));
        QCOMPARE(changed.at(2).at(0).toString(), QStringLiteral("r1"));
        QCOMPARE(changed.at(2).at(3).toBool(), true);
        QCOMPARE(writer.get(QStringLiteral("r2")), QByteArray("two"));
        QVERIFY(writer.get(QStringLiteral("r1")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestNatsClient)
#include "tst_natsclient.moc"
