// ConyrClient against the strict Conyr simulator (documented shapes only) and against small
// hand-written servers: trade/tick/candle objects, de-duplication by trade_id, payload
// variants, generic and not-understood data, error attribution without channel lists,
// unanswered requests, REST routes, auth per endpoint, REST errors, connections per key,
// and loss without sequence numbers.

#include "core/failure.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "sim/conyr/conyrmarket.h"
#include "sim/conyr/conyrsim.h"
#include "sim/simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <memory>

using namespace Conyr;

namespace {
const QString Usdc = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
const QString Bonk = QStringLiteral("DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263");

/// A server that confirms every subscribe, then sends the frames it was given.
class ScriptedHandler : public SimHandler
{
public:
    ScriptedHandler(SimServer *server, QStringList frames)
        : SimHandler(server)
        , m_frames(std::move(frames))
    {
    }
    bool acceptsPath(const QString &path) const override { return path == QLatin1String("/ws"); }
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

class TestConyrStrict : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimServer> m_server;

    void startServer(QVariantMap options = {}, double clock = 60)
    {
        SimConfig config;
        config.clockFactor = clock;
        config.options = options;
        m_server = std::make_unique<SimServer>(config);
        m_server->addHandler(new ConyrSimHandler(m_server.get()));
        QVERIFY(m_server->listen());
    }

    void startScripted(const QStringList &frames)
    {
        m_server = std::make_unique<SimServer>(SimConfig{});
        m_server->addHandler(new ScriptedHandler(m_server.get(), frames));
        QVERIFY(m_server->listen());
    }

    ConnectionConfig config(const QString &key = QStringLiteral("demo-key"), Auth::Method auth = Auth::Method::Bearer)
    {
        ConnectionConfig c;
        c.name = QStringLiteral("conyr strict test");
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/ws"));
        c.url = url;
        c.auth = auth;
        c.key = key;
        c.reconnect.initialMs = 100;
        c.reconnect.maxMs = 400;
        return c;
    }

    /// A client that owns its connection (as a child), for the test's convenience.
    std::unique_ptr<ConyrClient> client(ConyrClientOptions options = {}, ConnectionConfig c = {})
    {
        options.appPingMs = 0;
        auto *connection = new Connection(c.url.isEmpty() ? config() : c);
        auto out = std::make_unique<ConyrClient>(connection, options);
        connection->setParent(out.get());
        return out;
    }

    static ConyrClientOptions noBackfill(const QString &tier = QStringLiteral("layer1"))
    {
        ConyrClientOptions o;
        o.tier = tier;
        o.backfillBars = 0;
        return o;
    }

private Q_SLOTS:
    void cleanup() { m_server.reset(); }

    void documentedShapesAreTyped()
    {
        startServer({}, 120);
        auto c = client(noBackfill());
        QSignalSpy trades(c.get(), &ConyrClient::tradeReceived);
        QSignalSpy ticks(c.get(), &ConyrClient::tickReceived);
        QSignalSpy candles(c.get(), &ConyrClient::candleReceived);
        QSignalSpy generic(c.get(), &ConyrClient::genericReceived);
        const QString candleName = ohlcvChannel(Usdc, QStringLiteral("full"), QStringLiteral("1s"));
        QVERIFY(c->subscribe({tradesChannel(Usdc), ticksChannel(Usdc), candleName}));
        c->open();
        QTRY_VERIFY_WITH_TIMEOUT(trades.count() >= 5 && ticks.count() >= 5 && candles.count() >= 3, 8000);
        const Trade t = trades.at(0).at(1).value<Trade>();
        QVERIFY(t.id.startsWith(t.signature + QLatin1Char(':')));
        QVERIFY(t.slot > 0);
        QVERIFY(!t.priceText.isEmpty());
        QCOMPARE(t.priceText.toDouble(), t.price);
        QCOMPARE(t.mint, Usdc);
        const Tick k = ticks.at(0).at(1).value<Tick>();
        QVERIFY(k.orderKey.size() > 16); // beyond 2^53
        QVERIFY(k.bucketTs > 0 && k.bucketTs <= k.ts);
        const Candle bar = candles.at(0).at(1).value<Candle>();
        QCOMPARE(bar.endTs, bar.ts + 1000);
        QCOMPARE(generic.count(), 0);
        for (const QString &name : c->channels())
            QCOMPARE(c->channel(name)->notUnderstood, 0);
    }

    void repeatedTradesAreDeliveredOnce()
    {
        // "repeat": every trade is sent twice (a rolling window, a resend).
        startServer({{QStringLiteral("conyr.variant"), QStringLiteral("repeat")}}, 120);
        auto c = client(noBackfill());
        QSignalSpy trades(c.get(), &ConyrClient::tradeReceived);
        const QString name = tradesChannel(Bonk);
        QVERIFY(c->subscribe({name}));
        c->open();
        QTRY_VERIFY_WITH_TIMEOUT(c->channel(name)->duplicates >= 10, 8000);
        QSet<QString> ids;
        for (const auto &args : std::as_const(trades))
            ids.insert(args.at(1).value<Trade>().id);
        QCOMPARE(ids.size(), trades.count());
        QCOMPARE(c->channel(name)->delivered, qint64(trades.count()));
        QVERIFY(c->channel(name)->messages >= 2 * c->channel(name)->duplicates);
    }

    void payloadVariantsAreTyped()
    {
        startServer({{QStringLiteral("conyr.variant"), QStringLiteral("numbers,candleStrings,minimal")}}, 120);
        auto c = client(noBackfill());
        QSignalSpy trades(c.get(), &ConyrClient::tradeReceived);
        QSignalSpy ticks(c.get(), &ConyrClient::tickReceived);
        QSignalSpy candles(c.get(), &ConyrClient::candleReceived);
        QVERIFY(c->subscribe({tradesChannel(Usdc), ticksChannel(Usdc), ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("1s"))}));
        c->open();
        QTRY_VERIFY_WITH_TIMEOUT(trades.count() >= 3 && ticks.count() >= 3 && candles.count() >= 3, 8000);
        QVERIFY(!trades.at(0).at(1).value<Trade>().priceText.isEmpty());
        for (const QString &name : c->channels())
            QCOMPARE(c->channel(name)->notUnderstood, 0);
    }

    void untypedDataFlowsOnAndIsCounted()
    {
        const QString trades = tradesChannel(Usdc);
        const QString wallet = QStringLiteral("wallet:9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin:pnl");
        startScripted({
            QStringLiteral(R"({"channel":"%1","data":{"realized_pnl_usd":"12.5","token_mint":"x"}})").arg(wallet),
            QStringLiteral(R"({"channel":"%1","data":{"signature":"5hX","seq":42,"ts":1732180000123,"price":0.1,"size":1}})").arg(trades),
            QStringLiteral(R"({"channel":"token:%1:holders","data":{"n":1}})").arg(Usdc),
            QStringLiteral("not json at all"),
            QStringLiteral(R"({"channel":"%1","data":{"trade_id":"s:1","timestamp":1741348800123,"direction":"buy","usd_price":"0.1","token_amount":"1"}})").arg(trades),
        });
        auto c = client(noBackfill());
        QSignalSpy generic(c.get(), &ConyrClient::genericReceived);
        QSignalSpy typed(c.get(), &ConyrClient::tradeReceived);
        QVERIFY(c->subscribe({trades, wallet}));
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(typed.count(), 1, 5000);
        QCOMPARE(generic.count(), 4); // nothing was dropped
        QCOMPARE(generic.at(0).at(0).toString(), wallet);
        QVERIFY(generic.at(0).at(2).toString().isEmpty()); // a generic channel: no problem
        QCOMPARE(generic.at(1).at(0).toString(), trades);
        QVERIFY(!generic.at(1).at(2).toString().isEmpty()); // not understood, and why
        QCOMPARE(c->channel(trades)->notUnderstood, 1);
        QVERIFY(c->channel(trades)->lastSample.contains(QLatin1String("\"seq\":42")));
        QVERIFY(!c->channel(trades)->lastProblem.isEmpty());
        QCOMPARE(c->channel(wallet)->messages, 1);
        QVERIFY(c->channel(wallet)->lastSample.contains(QLatin1String("realized_pnl_usd")));
        QCOMPARE(c->unroutedCount(), 2); // the holders data and the frame that is not JSON
        QVERIFY(generic.at(3).at(0).toString().isEmpty());
    }

    void unansweredRequestIsMarked()
    {
        startServer({{QStringLiteral("conyr.silent"), true}});
        ConyrClientOptions options = noBackfill();
        options.confirmTimeoutMs = 300;
        auto c = client(options);
        QSignalSpy local(c.get(), &ConyrClient::localError);
        const QString name = tradesChannel(Usdc);
        QVERIFY(c->subscribe({name}));
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(c->channel(name)->state, ConyrClient::ChannelState::Unconfirmed, 5000);
        QVERIFY(!c->channel(name)->error.isEmpty());
        QCOMPARE(local.count(), 1);
        QVERIFY(local.at(0).at(0).toString().contains(name));
    }

    void unreachableBackfillNamesTheTokenAndTheHost()
    {
        // The REST host cannot be found: the page says which candles and why, in the words
        // the connection list uses for the same failure (not a channel name with a mint).
        startServer();
        ConyrClientOptions options;
        options.restBase = QUrl(QStringLiteral("http://no-such-host.invalid"));
        auto c = client(options);
        QSignalSpy local(c.get(), &ConyrClient::localError);
        QVERIFY(c->subscribe({ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("1m"))}));
        c->open();
        QTRY_VERIFY_WITH_TIMEOUT(local.count() >= 1, 10000);
        QCOMPARE(local.at(0).at(0).toString(),
                 QStringLiteral("The history of the USDC 1m candles could not be loaded: ")
                     + Failure::describeSocketError(QAbstractSocket::HostNotFoundError, {}, options.restBase).reason);
    }

    void errorsWithoutChannelsAnswerThePendingRequest()
    {
        startServer();
        auto c = client(noBackfill());
        QSignalSpy errors(c.get(), &ConyrClient::serverError);
        QSignalSpy subscribed(c.get(), &ConyrClient::subscribed);
        const QString good = tradesChannel(Usdc);
        const QString planned = QStringLiteral("token:%1:holders").arg(Usdc);
        const QString bogus = QStringLiteral("nonsense:1");
        QVERIFY(c->subscribe({good, planned, bogus}));
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 5000);
        QCOMPARE(c->channel(good)->state, ConyrClient::ChannelState::Subscribed);
        QCOMPARE(c->channel(planned)->state, ConyrClient::ChannelState::Rejected);
        QCOMPARE(c->channel(bogus)->state, ConyrClient::ChannelState::Rejected);
        QVERIFY(c->channel(planned)->error.contains(QLatin1String("not available")));
        QCOMPARE(errors.at(0).at(1).toStringList(), QStringList{planned});
        QCOMPARE(errors.at(1).at(1).toStringList(), QStringList{bogus});
        // A wallet channel of the catalogue is accepted (its backend may stay silent).
        const QString wallet = QStringLiteral("wallet:9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin:positions");
        QVERIFY(c->subscribe({wallet}));
        QTRY_COMPARE_WITH_TIMEOUT(c->channel(wallet)->state, ConyrClient::ChannelState::Subscribed, 5000);
    }

    void capErrorNamesNoChannels()
    {
        startServer({{QStringLiteral("conyr.tier"), QStringLiteral("layer1")}});
        auto c = client(noBackfill(QStringLiteral("enterprise")));
        QSignalSpy errors(c.get(), &ConyrClient::serverError);
        QStringList names;
        for (int i = 0; i < 52; ++i)
            names.append(tradesChannel(ConyrMarket::signatureFor(QStringLiteral("mint"), i).left(43)));
        QVERIFY(c->subscribe(names));
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(errors.count(), 1, 5000);
        QCOMPARE(errors.at(0).at(0).toString(), QStringLiteral("Subscription limit reached (max 50)"));
        QCOMPARE(errors.at(0).at(1).toStringList(), names.mid(50));
        QCOMPARE(c->channel(names.at(51))->state, ConyrClient::ChannelState::Rejected);
        QCOMPARE(c->channel(names.at(0))->state, ConyrClient::ChannelState::Subscribed);
        QCOMPARE(c->connection()->state(), Connection::State::Open);
    }

    void restRoutesAndTheirFallback()
    {
        const QString name = ohlcvChannel(Usdc, QStringLiteral("full"), QStringLiteral("1m"));
        // The server knows only the legacy route: Auto finds it.
        startServer({{QStringLiteral("conyr.restPaths"), QStringLiteral("legacy")}});
        ConyrClientOptions options = noBackfill();
        auto c = client(options);
        QSignalSpy backfill(c.get(), &ConyrClient::candlesBackfilled);
        QSignalSpy local(c.get(), &ConyrClient::localError);
        c->requestBackfill(name, 0, 30);
        QVERIFY(backfill.wait(5000));
        QCOMPARE(backfill.at(0).at(1).value<QList<Candle>>().size(), 30);
        QCOMPARE(local.count(), 0);
        // Pinned to the current route, the same server says 404, as a sentence.
        options.restPaths = RestPaths::Current;
        auto d = client(options);
        QSignalSpy dlocal(d.get(), &ConyrClient::localError);
        d->requestBackfill(name, 0, 30);
        QVERIFY(dlocal.wait(5000));
        QVERIFY2(dlocal.at(0).at(0).toString().contains(QLatin1String("404")), qPrintable(dlocal.at(0).at(0).toString()));
        QVERIFY(!dlocal.at(0).at(0).toString().contains(QLatin1Char('{')));
        // The current route with the documented parameters; a bare-array envelope.
        startServer({{QStringLiteral("conyr.variant"), QStringLiteral("restArray")}});
        auto e = client(noBackfill());
        QSignalSpy ebackfill(e.get(), &ConyrClient::candlesBackfilled);
        e->requestBackfill(ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("5m")), 0, 10);
        QVERIFY(ebackfill.wait(5000));
        const auto bars = ebackfill.at(0).at(1).value<QList<Candle>>();
        QCOMPARE(bars.size(), 10);
        QCOMPARE(bars.at(1).ts - bars.at(0).ts, 300000);
    }

    void wsRefusesUndocumentedAuthMethods_data()
    {
        // reference: Authorization: Bearer everywhere, and on /ws also ?api_key=. Nothing else.
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("bearer") << QByteArray("Authorization") << QByteArray("Bearer demo-key") << QString() << true;
        QTest::newRow("api_key query") << QByteArray() << QByteArray() << QStringLiteral("api_key=demo-key") << true;
        QTest::newRow("X-API-Key") << QByteArray("X-API-Key") << QByteArray("demo-key") << QString() << false;
        QTest::newRow("x-api-key") << QByteArray("x-api-key") << QByteArray("demo-key") << QString() << false;
        QTest::newRow("bare authorization") << QByteArray("Authorization") << QByteArray("demo-key") << QString() << false;
        QTest::newRow("token query") << QByteArray() << QByteArray() << QStringLiteral("token=demo-key") << false;
        QTest::newRow("none") << QByteArray() << QByteArray() << QString() << false;
    }

    void wsRefusesUndocumentedAuthMethods()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, value);
        QFETCH(QString, query);
        QFETCH(bool, accepted);
        startServer();
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/ws"));
        url.setQuery(query);
        QNetworkRequest request(url);
        if (!header.isEmpty())
            request.setRawHeader(header, value);
        QWebSocket socket;
        QSignalSpy connected(&socket, &QWebSocket::connected);
        QSignalSpy disconnected(&socket, &QWebSocket::disconnected);
        QSignalSpy errors(&socket, SIGNAL(error(QAbstractSocket::SocketError))); // errorOccurred is Qt 6.5
        socket.open(request);
        QTRY_VERIFY_WITH_TIMEOUT(connected.count() > 0 || errors.count() > 0 || disconnected.count() > 0, 5000);
        QCOMPARE(connected.count() > 0, accepted);
        if (accepted) {
            socket.sendTextMessage(QString::fromUtf8(encodePing()));
            QSignalSpy text(&socket, &QWebSocket::textMessageReceived);
            QVERIFY(text.wait(3000)); // a live session, not a socket closed after the upgrade
        }
    }

    void restWantsBearerAndAnswersDocumentedErrors()
    {
        startServer();
        QNetworkAccessManager network;
        QUrl url = candleRequestUrl(restBaseFromWs(m_server->baseUrl()), Usdc, QStringLiteral("full"), QStringLiteral("1m"), 0, 0, 5);
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("api_key"), QStringLiteral("demo-key")); // documented for /ws only
        url.setQuery(query);
        std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(url)));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        QCOMPARE(body.value(QStringLiteral("error")).toString(), QStringLiteral("Missing or invalid Authorization header"));
        QCOMPARE(body.value(QStringLiteral("code")).toInt(), 401);
        // limit beyond the documented 2000 is refused.
        QNetworkRequest tooMany(QUrl(url.toString().replace(QLatin1String("limit=5"), QLatin1String("limit=2001"))));
        tooMany.setRawHeader("Authorization", "Bearer demo-key");
        reply.reset(network.get(tooMany));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);

        // The client with a query-parameter profile streams, and backfills with Bearer.
        auto c = client({}, config(QStringLiteral("demo-key"), Auth::Method::QueryParameter));
        QSignalSpy backfill(c.get(), &ConyrClient::candlesBackfilled);
        QSignalSpy subscribed(c.get(), &ConyrClient::subscribed);
        QVERIFY(c->subscribe({ohlcvChannel(Usdc, QStringLiteral("full"), QStringLiteral("1m"))}));
        c->open();
        QVERIFY(subscribed.wait(5000));
        QTRY_COMPARE_WITH_TIMEOUT(backfill.count(), 1, 5000);

        // A key the REST route rejects: the server's sentence, and an Auth failure.
        ConyrClientOptions options = noBackfill();
        auto d = client(options, config(QStringLiteral("wrong-key")));
        QSignalSpy local(d.get(), &ConyrClient::localError);
        d->open();
        d->requestBackfill(ohlcvChannel(Usdc, QStringLiteral("full"), QStringLiteral("1m")), 0, 5);
        QTRY_VERIFY_WITH_TIMEOUT(!local.isEmpty(), 5000);
        QVERIFY(local.at(0).at(0).toString().contains(QLatin1String("Missing or invalid Authorization header")));
        QTRY_COMPARE_WITH_TIMEOUT(d->connection()->state(), Connection::State::Failed, 5000);
        QCOMPARE(d->connection()->lastFailure(), Failure::Kind::Auth);
    }

    void connectionsPerKeyAreCounted()
    {
        startServer({{QStringLiteral("conyr.tier"), QStringLiteral("layer3")}});
        std::vector<std::unique_ptr<ConyrClient>> clients;
        for (int i = 0; i < 5; ++i) {
            clients.push_back(client(noBackfill()));
            clients.back()->open();
            QTRY_COMPARE_WITH_TIMEOUT(clients.back()->connection()->state(), Connection::State::Open, 5000);
        }
        // The sixth with the same key would exceed Layer 1's five: not opened, and why.
        auto sixth = client(noBackfill());
        QSignalSpy local(sixth.get(), &ConyrClient::localError);
        QCOMPARE(sixth->connectionsWithSameKey(), 5);
        sixth->open();
        QCOMPARE(sixth->connection()->state(), Connection::State::Idle);
        QCOMPARE(local.count(), 1);
        QVERIFY(local.at(0).at(0).toString().contains(QLatin1String("5")));
        // Another key is not affected.
        auto other = client(noBackfill(), config(QStringLiteral("other-key")));
        QCOMPARE(other->connectionsWithSameKey(), 0);
        // One closes: the waiting one connects.
        clients.front()->close();
        QTRY_COMPARE_WITH_TIMEOUT(sixth->connection()->state(), Connection::State::Open, 5000);
    }

    void lossIsJudgedByBarsAndTime()
    {
        // Every 5th data event is dropped: the 1s full bars' trade counts tell how many
        // trades did not arrive.
        startServer({{QStringLiteral("conyr.dropEvery"), 5}}, 120);
        auto c = client(noBackfill());
        QSignalSpy gaps(c.get(), &ConyrClient::gapDetected);
        const QString trades = tradesChannel(Usdc);
        QVERIFY(c->subscribe({trades, ohlcvChannel(Usdc, QStringLiteral("full"), QStringLiteral("1s"))}));
        c->open();
        QTRY_VERIFY_WITH_TIMEOUT(c->channel(trades)->droppedTrades > 0, 10000);
        QVERIFY(c->channel(trades)->gapEvents > 0);
        QVERIFY(!gaps.isEmpty());
    }

    void noFalseLossWithoutDrops()
    {
        startServer({}, 120);
        auto c = client(noBackfill());
        QSignalSpy candles(c.get(), &ConyrClient::candleReceived);
        const QString trades = tradesChannel(Usdc);
        const QString ticks = ticksChannel(Usdc);
        QVERIFY(c->subscribe({trades, ticks, ohlcvChannel(Usdc, QStringLiteral("full"), QStringLiteral("1s")),
                              ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("1s"))}));
        c->open();
        QTRY_VERIFY_WITH_TIMEOUT(candles.count() >= 30, 10000);
        QCOMPARE(c->channel(trades)->droppedTrades, 0);
        QCOMPARE(c->channel(ticks)->droppedTrades, 0);
        QCOMPARE(c->channel(ticks)->outOfOrder, 0);
        // A cut: the window without coverage is reported as lost time.
        QSignalSpy coverage(c.get(), &ConyrClient::coverageGap);
        for (QWebSocket *socket : m_server->findChildren<QWebSocket *>())
            socket->abort();
        QTRY_VERIFY_WITH_TIMEOUT(coverage.count() >= 1, 8000);
        QVERIFY(coverage.at(0).at(2).toLongLong() > coverage.at(0).at(1).toLongLong());
        QVERIFY(c->channel(coverage.at(0).at(0).toString())->lostMs > 0);
    }

    void tickOrderKeyIsComparedAsABigInteger()
    {
        // Two ticks at the same time whose keys a double cannot tell apart, in reverse order.
        const QString ticks = ticksChannel(Usdc);
        auto tick = [&](const char *id, const char *key) {
            return QStringLiteral(R"({"channel":"%1","data":{"t":"%2","ts":1741348800123,"b":1741348800000,"o":"%3","p":"1","s":1,"f":true}})")
                .arg(ticks, QLatin1String(id), QLatin1String(key));
        };
        startScripted({tick("a:1", "9007199254740993"), tick("a:0", "9007199254740992"), tick("a:2", "9007199254740994"),
                       tick("a:2", "9007199254740994")});
        auto c = client(noBackfill());
        QSignalSpy received(c.get(), &ConyrClient::tickReceived);
        QVERIFY(c->subscribe({ticks}));
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(received.count(), 3, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(c->channel(ticks)->duplicates, 1, 5000);
        QCOMPARE(c->channel(ticks)->outOfOrder, 1);
        QCOMPARE(c->channel(ticks)->lastOrderKey, QStringLiteral("9007199254740994"));
    }
};

QTEST_GUILESS_MAIN(TestConyrStrict)
#include "tst_conyr_strict.moc"
