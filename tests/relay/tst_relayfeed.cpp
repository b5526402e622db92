// RelayFeed without a server: what the relayed clients' connections show (the link's
// state while it is down, the upstream's as the relay reports it), and that a relayed
// Predikt session comes back after the link was down.

#include "core/connection.h"
#include "providers/allium/alliumstreamclient.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/conyr/conyrpayloads.h"
#include "providers/predikt/prediktclient.h"
#include "relay/relayfeed.h"
#include "relay/relaysubject.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString Sol = QStringLiteral("So11111111111111111111111111111111111111112");

RelayMessage message(const QByteArray &subject, const QByteArray &payload)
{
    RelayMessage m;
    m.subject = subject;
    m.payload = payload;
    m.storedAtMs = 1700000000000;
    return m;
}

RelayMessage control(const QString &provider, const QString &what, const QJsonObject &fields)
{
    QJsonObject body = fields;
    body.insert(QStringLiteral("type"), what);
    body.insert(QStringLiteral("t"), 1700000000000.0);
    body.insert(QStringLiteral("instance"), QStringLiteral("relay-1"));
    return message(RelaySubject::build(provider, QStringLiteral("team"), QLatin1String(RelaySubject::ControlKind), what),
                   QJsonDocument(body).toJson(QJsonDocument::Compact));
}

RelayMessage trade(int n)
{
    Conyr::Trade t;
    t.signature = QStringLiteral("sig-%1").arg(n);
    t.id = t.signature + QStringLiteral(":0");
    t.ts = 1700000000000 + n * 1000;
    t.side = Conyr::Side::Buy;
    t.price = 100 + n;
    t.size = 1;
    const QString channel = Conyr::tradesChannel(Sol);
    return message("tidewatch.conyr.team.trade." + channel.toUtf8(), Conyr::encodeTradeEvent(channel, t));
}

RelayMessage price(double value, int second)
{
    const QByteArray frame = QStringLiteral(R"(["message",{"type":"price_update","symbol":"SOL","price":%1,"source":"vwap","timestamp":"2026-12-02T12:00:%2.000Z"}])")
                                 .arg(value)
                                 .arg(second, 2, 10, QLatin1Char('0'))
                                 .toUtf8();
    return message("tidewatch.predikt.team.price.SOL", frame);
}
RelayMessage block(const QString &topic, qint64 number)
{
    const QByteArray record = QStringLiteral("{\"number\":%1,\"hash\":\"0x%2\",\"parent_hash\":\"0x%3\"}")
                                  .arg(number)
                                  .arg(number, 4, 16, QLatin1Char('0'))
                                  .arg(number - 1, 4, 16, QLatin1Char('0'))
                                  .toUtf8();
    return message("tidewatch.allium.team.record." + topic.toUtf8(), record);
}
} // namespace

class TestRelayFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void alliumRecordsAreHandedOverBeforeApplyReturnsOneClientPerTopic()
    {
        RelayFeed feed;
        QHash<QString, QList<qint64>> seen; // topic → block numbers, in order
        connect(&feed, &RelayFeed::alliumClientCreated, this, [&seen](const QString &source, AlliumStreamClient *client) {
            QCOMPARE(source, QStringLiteral("team"));
            QVERIFY(client->isStarted());
            connect(client, &AlliumStreamClient::recordsArrived, client, [&seen, client](const QList<AlliumRecord> &records) {
                for (const AlliumRecord &r : records)
                    seen[client->topic().name()].append(r.blockNumber);
            });
        });
        feed.apply({block(QStringLiteral("ethereum.blocks"), 1), block(QStringLiteral("base.blocks"), 5),
                    block(QStringLiteral("ethereum.blocks"), 2)});
        // No event-loop turn: a batch's records are out before the consumer acknowledges it.
        QCOMPARE(seen.value(QStringLiteral("ethereum.blocks")), (QList<qint64>{1, 2}));
        QCOMPARE(seen.value(QStringLiteral("base.blocks")), QList<qint64>{5});
        AlliumStreamClient *eth = feed.alliumClient(QStringLiteral("team"), QStringLiteral("ethereum.blocks"));
        AlliumStreamClient *base = feed.alliumClient(QStringLiteral("team"), QStringLiteral("base.blocks"));
        QVERIFY(eth && base && eth != base);
        QVERIFY(eth->connection()->isExternal());

        // The relay's report on allium/team reaches every topic's connection.
        feed.apply({control(QStringLiteral("allium"), QStringLiteral("state"), {{QStringLiteral("state"), QStringLiteral("reconnecting")}})});
        QCOMPARE(eth->connection()->state(), Connection::State::Reconnecting);
        QCOMPARE(base->connection()->state(), Connection::State::Reconnecting);

        // A record the client's codec rejects is counted by the feed too, and skipped.
        QSignalSpy malformed(&feed, &RelayFeed::malformedMessage);
        feed.apply({message("tidewatch.allium.team.record.ethereum.blocks", "{\"number\":}"),
                    block(QStringLiteral("ethereum.blocks"), 3)});
        QCOMPARE(malformed.count(), 1);
        QCOMPARE(feed.malformed(), 1);
        QCOMPARE(eth->badFrames(), 1);
        QCOMPARE(seen.value(QStringLiteral("ethereum.blocks")), (QList<qint64>{1, 2, 3}));
    }

    void blocksARelaysFilterSkippedAreNoGap()
    {
        RelayFeed feed;
        QList<qint64> gaps; // gapBefore of every record, in order
        connect(&feed, &RelayFeed::alliumClientCreated, this, [&gaps](const QString &, AlliumStreamClient *client) {
            connect(client, &AlliumStreamClient::recordsArrived, client, [&gaps](const QList<AlliumRecord> &records) {
                for (const AlliumRecord &r : records)
                    gaps << r.gapBefore;
            });
        });
        auto filtered = [](RelayMessage m) {
            m.upstreamFilter = "3f2a9c";
            return m;
        };
        const QString topic = QStringLiteral("ethereum.blocks");
        // Unfiltered: a jump is a gap. Under the relay's filter: blocks are skipped on purpose.
        feed.apply({block(topic, 1), block(topic, 2), block(topic, 5)});
        QCOMPARE(gaps, (QList<qint64>{0, 0, 2}));
        feed.apply({filtered(block(topic, 9)), filtered(block(topic, 12)), filtered(block(topic, 20))});
        QCOMPARE(gaps, (QList<qint64>{0, 0, 2, 0, 0, 0}));
        QCOMPARE(feed.alliumClient(QStringLiteral("team"), topic)->upstreamFilter(), QByteArray("3f2a9c"));
    }

    void aRelayedConnectionShowsTheUpstreamAsTheRelayReportsIt()
    {
        RelayFeed feed;
        feed.apply({trade(1)});
        ConyrClient *client = feed.conyrClient(QStringLiteral("team"));
        QVERIFY(client);
        Connection *connection = client->connection();
        QVERIFY(connection->isExternal());
        // Data and no report yet: open, not "Idle" as a never-opened socket would say.
        QCOMPARE(connection->state(), Connection::State::Open);

        feed.apply({control(QStringLiteral("conyr"), QStringLiteral("state"),
                            {{QStringLiteral("state"), QStringLiteral("reconnecting")},
                             {QStringLiteral("reason"), QStringLiteral("Host api.conyr.ai not found")}})});
        QCOMPARE(connection->state(), Connection::State::Reconnecting);
        QVERIFY2(connection->reason().contains(QStringLiteral("Host api.conyr.ai not found")), qPrintable(connection->reason()));

        feed.apply({control(QStringLiteral("conyr"), QStringLiteral("state"), {{QStringLiteral("state"), QStringLiteral("failed")}})});
        QCOMPARE(connection->state(), Connection::State::Failed);
        QVERIFY(!connection->reason().isEmpty());

        feed.apply({control(QStringLiteral("conyr"), QStringLiteral("state"), {{QStringLiteral("state"), QStringLiteral("open")}})});
        QCOMPARE(connection->state(), Connection::State::Open);
        QVERIFY(connection->reason().isEmpty());

        feed.apply({control(QStringLiteral("conyr"), QStringLiteral("stopped"), {})});
        QCOMPARE(connection->state(), Connection::State::Closed);

        // Another provider's report leaves this one alone.
        feed.apply({control(QStringLiteral("conyr"), QStringLiteral("state"), {{QStringLiteral("state"), QStringLiteral("open")}}),
                    control(QStringLiteral("tweets"), QStringLiteral("state"), {{QStringLiteral("state"), QStringLiteral("failed")}})});
        QCOMPARE(connection->state(), Connection::State::Open);
    }

    void whileTheLinkIsDownEveryConnectionShowsTheLink()
    {
        RelayFeed feed;
        feed.apply({trade(1), price(150, 1)});
        Connection *conyr = feed.conyrClient(QStringLiteral("team"))->connection();
        Connection *predikt = feed.prediktClient(QStringLiteral("team"))->connection();
        QCOMPARE(conyr->state(), Connection::State::Open);
        QCOMPARE(predikt->state(), Connection::State::Open);

        feed.setLinkState(Connection::State::Reconnecting, QStringLiteral("The NATS connection was lost; reconnecting"));
        QCOMPARE(conyr->state(), Connection::State::Reconnecting);
        QCOMPARE(predikt->state(), Connection::State::Reconnecting);
        QCOMPARE(conyr->reason(), QStringLiteral("The NATS connection was lost; reconnecting"));
        // A report arriving meanwhile is kept for later, not shown over the link's state.
        feed.apply({control(QStringLiteral("conyr"), QStringLiteral("state"), {{QStringLiteral("state"), QStringLiteral("reconnecting")}})});
        QCOMPARE(conyr->reason(), QStringLiteral("The NATS connection was lost; reconnecting"));

        feed.setLinkState(Connection::State::Open);
        QCOMPARE(conyr->state(), Connection::State::Reconnecting); // the upstream's last report
        QCOMPARE(predikt->state(), Connection::State::Open);       // none: data arrives
    }

    void aRelayedPriceSessionComesBackAfterTheLinkWasDown()
    {
        RelayFeed feed;
        feed.apply({price(150, 1)});
        PrediktClient *client = feed.prediktClient(QStringLiteral("team"));
        QVERIFY(client);
        QSignalSpy prices(client, &PrediktClient::priceTick);
        feed.apply({price(151, 2)});
        QCOMPARE(prices.size(), 1);

        // Leaving Open ends a Socket.IO session; coming back opens it again, so relayed
        // prices keep arriving instead of being dropped as outside a session.
        feed.setLinkState(Connection::State::Reconnecting, QStringLiteral("away"));
        feed.setLinkState(Connection::State::Open);
        feed.apply({price(152, 3)});
        QCOMPARE(prices.size(), 2);
    }

    void connectAndDisconnectOnARelayedConnectionAskTheLink()
    {
        RelayFeed feed;
        feed.apply({trade(1)});
        Connection *connection = feed.conyrClient(QStringLiteral("team"))->connection();
        QSignalSpy opens(&feed, &RelayFeed::openRequested);
        QSignalSpy closes(&feed, &RelayFeed::closeRequested);
        connection->close();
        QCOMPARE(closes.size(), 1);
        feed.setLinkState(Connection::State::Closed, QStringLiteral("Disconnected"));
        connection->open();
        QCOMPARE(opens.size(), 1);
    }
};

QTEST_MAIN(TestRelayFeed)
#include "tst_relayfeed.moc"
