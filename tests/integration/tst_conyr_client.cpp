// ConyrClient against the Conyr simulator on loopback: subscriptions, REST backfill, auth,
// tier caps (local and server-side), resubscribe after a cut, drop and gap detection,
// and a server that sends garbage. (Documented shapes in detail: tst_conyr_strict.)

#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "sim/conyr/conyrmarket.h"
#include "sim/conyr/conyrsim.h"
#include "sim/faultproxy.h"
#include "sim/simserver.h"

#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>
#include <memory>

using namespace Conyr;

namespace {
const QString Usdc = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
const QString Bonk = QStringLiteral("DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263");

/// A server that answers every message with junk, then one valid trade.
class GarbageHandler : public SimHandler
{
public:
    using SimHandler::SimHandler;
    bool acceptsPath(const QString &path) const override { return path == QLatin1String("/ws"); }
    void acceptSocket(QWebSocket *socket) override
    {
        connect(socket, &QWebSocket::textMessageReceived, socket, [socket] {
            const QStringList junk = {
                QStringLiteral("not json"), QStringLiteral("[]"), QStringLiteral("{}"), QStringLiteral("{\"op\":7}"),
                QStringLiteral("{\"op\":\"subscribed\",\"channels\":\"token:x:trades\"}"),
                QStringLiteral("{\"channel\":null,\"data\":1}"),
                QStringLiteral("{\"channel\":\"token:%1:trades\",\"data\":\"no\"}").arg(Usdc),
                QStringLiteral("{\"channel\":\"token:%1:trades\",\"data\":{\"signature\":\"s\",\"ts\":-5,\"price\":1,\"size\":1}}").arg(Usdc),
                QStringLiteral("{\"channel\":\"token:%1:ohlcv:filtered:1m\",\"data\":{\"ts\":60000,\"o\":5,\"h\":1,\"l\":0,\"c\":1}}").arg(Usdc),
                QStringLiteral("{\"op\":\"error\",\"message\":null}"),
                QString(QChar(0xFFFF)) + QStringLiteral("\x01\x02"),
                QStringLiteral("{\"channel\":\"token:%1:trades\",\"data\":{\"trade_id\":\"ok\",\"timestamp\":1732180000000,\"usd_price\":\"1\",\"token_amount\":\"2\"}}").arg(Usdc),
            };
            for (const QString &frame : junk)
                socket->sendTextMessage(frame);
        });
    }
};
/// Notes every plain HTTP request and leaves the answer to the next handler.
class RequestRecorder : public SimHandler
{
public:
    using SimHandler::SimHandler;
    bool acceptsPath(const QString &) const override { return false; }
    void acceptSocket(QWebSocket *) override {}
    SimHttpResponse handleHttp(const SimHttpRequest &request) override
    {
        urls.append(request.url);
        return {};
    }
    QList<QUrl> urls;
};
} // namespace

class TestConyrClient : public QObject
{
    Q_OBJECT

    std::unique_ptr<SimServer> m_server;
    ConyrSimHandler *m_handler = nullptr;

    void startServer(QVariantMap options = {}, double clock = 60)
    {
        SimConfig config;
        config.clockFactor = clock;
        config.options = options;
        m_server = std::make_unique<SimServer>(config);
        m_handler = new ConyrSimHandler(m_server.get());
        m_server->addHandler(m_handler);
        QVERIFY(m_server->listen());
    }

    ConnectionConfig config(const QString &key = QStringLiteral("demo-key"), Auth::Method auth = Auth::Method::Bearer)
    {
        ConnectionConfig c;
        c.name = QStringLiteral("conyr test");
        QUrl url = m_server->baseUrl();
        url.setPath(QStringLiteral("/ws"));
        c.url = url;
        c.auth = auth;
        c.key = key;
        c.reconnect.initialMs = 100;
        c.reconnect.maxMs = 400;
        c.connectTimeoutMs = 5000;
        return c;
    }

    std::unique_ptr<ConyrClient> client(const QString &tier = QStringLiteral("layer1"), ConnectionConfig c = {}, int backfillBars = 50)
    {
        ConyrClientOptions options;
        options.tier = tier;
        options.backfillBars = backfillBars;
        options.appPingMs = 300;
        auto *connection = new Connection(c.url.isEmpty() ? config() : c);
        auto out = std::make_unique<ConyrClient>(connection, options);
        connection->setParent(out.get()); // the client does not own it; the test does, through it
        return out;
    }

    static QStringList tradeChannels(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i)
            out.append(tradesChannel(ConyrMarket::signatureFor(QStringLiteral("mint"), i).left(43)));
        return out;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_server.reset();
        m_handler = nullptr;
    }

    void subscribeReceiveAndBackfill()
    {
        startServer();
        auto c = client();
        QSignalSpy subscribed(c.get(), &ConyrClient::subscribed);
        QSignalSpy trades(c.get(), &ConyrClient::tradeReceived);
        QSignalSpy candles(c.get(), &ConyrClient::candleReceived);
        QSignalSpy backfill(c.get(), &ConyrClient::candlesBackfilled);
        QSignalSpy pong(c.get(), &ConyrClient::pong);
        const QString tradesName = tradesChannel(Usdc);
        const QString candleName = ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("1s"));
        QVERIFY(c->subscribe({tradesName, candleName}));
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 5000);
        QCOMPARE(subscribed.at(0).at(0).toStringList().size(), 2);
        QCOMPARE(c->channel(tradesName)->state, ConyrClient::ChannelState::Subscribed);
        QTRY_VERIFY_WITH_TIMEOUT(trades.count() >= 3, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(candles.count() >= 2, 5000);
        // The first answer is the initial backfill; more may follow to close the window
        // between the REST snapshot and the first live bar.
        QTRY_VERIFY_WITH_TIMEOUT(backfill.count() >= 1, 5000);
        const auto bars = backfill.at(0).at(1).value<QList<Candle>>();
        QCOMPARE(backfill.at(0).at(0).toString(), candleName);
        QCOMPARE(bars.size(), 50);
        for (int i = 1; i < bars.size(); ++i)
            QCOMPARE(bars.at(i).ts - bars.at(i - 1).ts, 1000); // no holes: a bar per interval
        const Trade t = trades.at(0).at(1).value<Trade>();
        QVERIFY(t.slot > 0);
        QVERIFY(t.id.contains(QLatin1Char(':')));
        QVERIFY(t.price > 0);
        QCOMPARE(c->channel(tradesName)->droppedTrades, 0);
        QTRY_VERIFY_WITH_TIMEOUT(pong.count() >= 1, 3000);
        QVERIFY(c->pingRoundTripMs() >= 0);
        // Unsubscribe: acknowledged, and no more data is routed for it.
        QSignalSpy unsubscribed(c.get(), &ConyrClient::unsubscribed);
        c->unsubscribe({tradesName});
        QVERIFY(unsubscribed.wait(3000));
        QVERIFY(!c->channel(tradesName));
    }

    void restAndLiveAgree()
    {
        // The REST endpoint and the live channel describe one market.
        startServer({}, 120);
        auto c = client();
        const QString name = ohlcvChannel(Bonk, QStringLiteral("full"), QStringLiteral("1s"));
        QSignalSpy candles(c.get(), &ConyrClient::candleReceived);
        QSignalSpy backfill(c.get(), &ConyrClient::candlesBackfilled);
        QVERIFY(c->subscribe({name}));
        c->open();
        QTRY_VERIFY_WITH_TIMEOUT(candles.count() >= 10, 8000);
        QTRY_VERIFY_WITH_TIMEOUT(backfill.count() >= 1, 5000);
        // A closed live bar, asked again over REST, is the same bar.
        Candle live;
        for (const auto &args : std::as_const(candles)) {
            const Candle candle = args.at(1).value<Candle>();
            if (candle.closed && candle.trades > 0)
                live = candle;
        }
        QVERIFY(live.ts > 0);
        backfill.clear();
        c->requestBackfill(name, live.ts, 0, live.ts);
        // Gap-filling answers (the window between the REST snapshot and the first live bar
        // under load) may arrive in between: wait for the answer to this request.
        auto answer = [&]() -> QList<Candle> {
            for (const auto &args : std::as_const(backfill)) {
                const auto b = args.at(1).value<QList<Candle>>();
                if (b.size() == 1 && b.constFirst().ts == live.ts)
                    return b;
            }
            return {};
        };
        QTRY_VERIFY_WITH_TIMEOUT(!answer().isEmpty(), 5000);
        const auto bars = answer();
        QCOMPARE(bars.size(), 1);
        // The fields both transports carry (REST has volume_base and unique buyers, the
        // stream the USD buy/sell split: those differ by design).
        const Candle &rest = bars.at(0);
        QCOMPARE(rest.ts, live.ts);
        QCOMPARE(rest.open, live.open);
        QCOMPARE(rest.high, live.high);
        QCOMPARE(rest.low, live.low);
        QCOMPARE(rest.close, live.close);
        QCOMPARE(rest.volume, live.volume);
        QCOMPARE(rest.volumeUsd, live.volumeUsd);
        QCOMPARE(rest.trades, live.trades);
        QCOMPARE(rest.vwap, live.vwap);
        QCOMPARE(rest.closed, live.closed); // final: its bucket has ended
    }

    void layer1BackfillIsClampedToSevenDays()
    {
        // Layer 1 keeps 7 days of OHLCV history (reference §7): an older "from" is not sent.
        SimConfig simConfig;
        simConfig.clockFactor = 1;
        m_server = std::make_unique<SimServer>(simConfig);
        auto *recorder = new RequestRecorder(m_server.get());
        m_server->addHandler(recorder); // first: sees every request, answers none
        m_handler = new ConyrSimHandler(m_server.get());
        m_server->addHandler(m_handler);
        QVERIFY(m_server->listen());
        const QString name = ohlcvChannel(Usdc, QStringLiteral("full"), QStringLiteral("1h"));
        const qint64 sevenDays = 7LL * 24 * 3600 * 1000;
        auto fromOfLastRequest = [recorder]() -> qint64 {
            for (qsizetype i = recorder->urls.size() - 1; i >= 0; --i) {
                if (recorder->urls.at(i).path().endsWith(QLatin1String("/ohlcv")))
                    return QUrlQuery(recorder->urls.at(i)).queryItemValue(QStringLiteral("from")).toLongLong();
            }
            return -1;
        };
        for (const QString &tier : {QStringLiteral("layer1"), QStringLiteral("layer2")}) {
            recorder->urls.clear();
            auto c = client(tier);
            const qint64 asked = QDateTime::currentMSecsSinceEpoch() - 30 * 24 * 3600 * 1000LL; // a month back
            const qint64 before = QDateTime::currentMSecsSinceEpoch();
            c->requestBackfill(name, asked, 100);
            QTRY_VERIFY_WITH_TIMEOUT(fromOfLastRequest() >= 0, 5000);
            const qint64 from = fromOfLastRequest();
            if (tier == QLatin1String("layer1")) {
                QVERIFY2(from >= before - sevenDays && from <= QDateTime::currentMSecsSinceEpoch() - sevenDays,
                         qPrintable(QStringLiteral("from %1, now %2").arg(from).arg(before)));
            } else {
                QCOMPARE(from, asked); // no documented depth: asked as given
            }
        }
    }

    void queryParameterAuth()
    {
        startServer();
        auto c = client(QStringLiteral("layer1"), config(QStringLiteral("demo-key"), Auth::Method::QueryParameter));
        QSignalSpy subscribed(c.get(), &ConyrClient::subscribed);
        QVERIFY(c->subscribe({tradesChannel(Usdc)}));
        c->open();
        QVERIFY(subscribed.wait(5000));
    }

    void badKeyIsRefused()
    {
        startServer();
        auto c = client(QStringLiteral("layer1"), config(QStringLiteral("wrong-key")));
        c->subscribe({tradesChannel(Usdc)});
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(c->connection()->state(), Connection::State::Failed, 5000);
        QCOMPARE(c->connection()->lastFailure(), Failure::Kind::Auth);
    }

    void freeTier()
    {
        // Locally: a Free key never connects, and says why.
        startServer();
        auto c = client(QStringLiteral("free"));
        QSignalSpy local(c.get(), &ConyrClient::localError);
        QVERIFY(!c->blockedReason().isEmpty());
        QString error;
        QVERIFY(!c->subscribe({tradesChannel(Usdc)}, &error));
        QVERIFY(error.contains(QStringLiteral("Layer 1")));
        c->open();
        QCOMPARE(c->connection()->state(), Connection::State::Idle);
        QCOMPARE(local.count(), 2);
        // Server-side: the simulator on the Free tier refuses the handshake.
        startServer({{QStringLiteral("conyr.tier"), QStringLiteral("free")}});
        auto d = client(QStringLiteral("layer1"));
        d->open();
        QTRY_COMPARE_WITH_TIMEOUT(d->connection()->state(), Connection::State::Failed, 5000);
        QCOMPARE(d->connection()->lastFailure(), Failure::Kind::Auth);
    }

    void localCap()
    {
        startServer();
        auto c = client(QStringLiteral("layer1"));
        QSignalSpy subscribed(c.get(), &ConyrClient::subscribed);
        QSignalSpy local(c.get(), &ConyrClient::localError);
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(c->connection()->state(), Connection::State::Open, 5000);
        const QStringList names = tradeChannels(51);
        QVERIFY(c->subscribe(names.mid(0, 47)));
        QVERIFY(c->subscribe(names.mid(47, 3)));
        QCOMPARE(c->activeCount(), 50);
        const qint64 sentBefore = c->connection()->stats().messagesOut;
        QString error;
        QVERIFY(!c->subscribe({names.at(50)}, &error));
        QCOMPARE(local.count(), 1);
        QVERIFY(error.contains(QStringLiteral("50")));
        QCOMPARE(c->activeCount(), 50);
        QVERIFY(!c->channel(names.at(50)));
        QCOMPARE(c->connection()->stats().messagesOut, sentBefore); // nothing was sent
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 2, 5000);
        // Enterprise has no cap.
        auto e = client(QStringLiteral("enterprise"));
        QVERIFY(e->subscribe(tradeChannels(80)));
        QCOMPARE(e->cap(), -1);
    }

    void serverCap()
    {
        // The client believes it is Enterprise; the server's tier (Layer 1) disagrees.
        startServer({{QStringLiteral("conyr.tier"), QStringLiteral("layer1")}});
        auto c = client(QStringLiteral("enterprise"));
        QSignalSpy subscribed(c.get(), &ConyrClient::subscribed);
        QSignalSpy serverError(c.get(), &ConyrClient::serverError);
        const QStringList names = tradeChannels(52);
        QVERIFY(c->subscribe(names));
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(serverError.count(), 1, 5000);
        QCOMPARE(subscribed.count(), 1);
        QCOMPARE(subscribed.at(0).at(0).toStringList().size(), 50);
        QVERIFY(serverError.at(0).at(0).toString().contains(QStringLiteral("limit")));
        int rejected = 0;
        for (const QString &name : names) {
            if (c->channel(name)->state == ConyrClient::ChannelState::Rejected) {
                ++rejected;
                QVERIFY(!c->channel(name)->error.isEmpty());
            }
        }
        QCOMPARE(rejected, 2);
        QCOMPARE(c->activeCount(), 50);
        // The error is informational: the connection stays open and keeps working.
        QCOMPARE(c->connection()->state(), Connection::State::Open);
        QSignalSpy trades(c.get(), &ConyrClient::tradeReceived);
        QVERIFY(c->subscribe({tradesChannel(Usdc)}) || true); // over the local (unlimited) cap: sent
        QTRY_COMPARE_WITH_TIMEOUT(serverError.count(), 2, 5000);
        QCOMPARE(c->connection()->state(), Connection::State::Open);
        // Unknown channels are refused with a named error too.
        c->subscribe({QStringLiteral("wallet:abc:transfers")});
        QTRY_COMPARE_WITH_TIMEOUT(serverError.count(), 3, 5000);
        QCOMPARE(c->channel(QStringLiteral("wallet:abc:transfers"))->state, ConyrClient::ChannelState::Rejected);
    }

    void resubscribeAndBackfillAfterCut()
    {
        startServer({}, 60);
        auto c = client();
        QSignalSpy subscribed(c.get(), &ConyrClient::subscribed);
        QSignalSpy backfill(c.get(), &ConyrClient::candlesBackfilled);
        QSignalSpy candles(c.get(), &ConyrClient::candleReceived);
        const QString candleName = ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("1s"));
        const QStringList names = {tradesChannel(Usdc), candleName, tradesChannel(Bonk)};
        QVERIFY(c->subscribe(names));
        c->open();
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 1, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(candles.count() >= 2 && backfill.count() >= 1, 5000);
        QTest::qWait(50); // let a gap-filling backfill (if any) land
        const int backfillsBefore = int(backfill.count());
        // Cut every socket on the server side.
        for (QWebSocket *socket : m_handler->findChildren<QWebSocket *>())
            socket->abort();
        QTRY_COMPARE_WITH_TIMEOUT(c->connection()->state(), Connection::State::Reconnecting, 5000);
        const qint64 lastBar = c->channel(candleName)->lastBarTs;
        QTRY_COMPARE_WITH_TIMEOUT(c->connection()->state(), Connection::State::Open, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 2, 5000);
        QCOMPARE(subscribed.at(1).at(0).toStringList().size(), 3);
        for (const QString &name : names)
            QCOMPARE(c->channel(name)->state, ConyrClient::ChannelState::Subscribed);
        // The missing window is loaded from the last bar we had.
        auto fromLastBar = [&] {
            for (qsizetype i = backfillsBefore; i < backfill.count(); ++i) {
                const auto b = backfill.at(i).at(1).value<QList<Candle>>();
                if (!b.isEmpty() && b.constFirst().ts == lastBar)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fromLastBar(), 5000);
        QCOMPARE(c->connection()->stats().reconnects, 1);
    }

    void resubscribeThroughFaultProxy()
    {
        startServer({}, 60);
        FaultProxy proxy;
        proxy.setTarget(QStringLiteral("127.0.0.1"), m_server->port());
        QVERIFY(proxy.listen());
        ConnectionConfig viaProxy = config();
        QUrl url = viaProxy.url;
        url.setPort(proxy.port());
        viaProxy.url = url; // REST goes through the proxy too (its base is derived from this URL)
        auto c = client(QStringLiteral("layer1"), viaProxy);
        QSignalSpy subscribed(c.get(), &ConyrClient::subscribed);
        QSignalSpy backfill(c.get(), &ConyrClient::candlesBackfilled);
        QSignalSpy candles(c.get(), &ConyrClient::candleReceived);
        QSignalSpy trades(c.get(), &ConyrClient::tradeReceived);
        const QString candleName = ohlcvChannel(Bonk, QStringLiteral("filtered"), QStringLiteral("1s"));
        QVERIFY(c->subscribe({tradesChannel(Bonk), candleName}));
        c->open();
        QTRY_VERIFY_WITH_TIMEOUT(subscribed.count() == 1 && candles.count() >= 2 && backfill.count() >= 1, 8000);

        proxy.cutAll();
        QTRY_COMPARE_WITH_TIMEOUT(c->connection()->state(), Connection::State::Reconnecting, 5000);
        const qint64 lastBar = c->channel(candleName)->lastBarTs;
        const int backfillsBefore = int(backfill.count());
        QTRY_COMPARE_WITH_TIMEOUT(subscribed.count(), 2, 8000);
        QCOMPARE(subscribed.at(1).at(0).toStringList().size(), 2);
        // The reconnect's backfill starts at the last bar we had (other, gap-filling answers
        // may come first).
        auto fromLastBar = [&] {
            for (qsizetype i = backfillsBefore; i < backfill.count(); ++i) {
                const auto b = backfill.at(i).at(1).value<QList<Candle>>();
                if (!b.isEmpty() && b.constFirst().ts == lastBar)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(fromLastBar(), 5000);

        // Corrupted bytes: the client drops the broken connection and recovers afterwards.
        proxy.setMode(FaultProxy::Mode::Corrupt);
        QTRY_VERIFY_WITH_TIMEOUT(c->connection()->state() != Connection::State::Open, 8000);
        proxy.setMode(FaultProxy::Mode::PassThrough);
        QTRY_VERIFY_WITH_TIMEOUT(subscribed.count() >= 3, 10000);
        trades.clear();
        QTRY_VERIFY_WITH_TIMEOUT(trades.count() >= 2, 5000);
    }

    void dropsAndGapsAreDetected()
    {
        startServer({{QStringLiteral("conyr.dropEvery"), 4}}, 120);
        auto c = client(QStringLiteral("layer1"), {}, 0);
        QSignalSpy gaps(c.get(), &ConyrClient::gapDetected);
        QSignalSpy backfill(c.get(), &ConyrClient::candlesBackfilled);
        const QString tradesName = tradesChannel(Usdc);
        const QString candleName = ohlcvChannel(Usdc, QStringLiteral("full"), QStringLiteral("1s"));
        QVERIFY(c->subscribe({tradesName, candleName}));
        c->open();
        QTRY_VERIFY_WITH_TIMEOUT(c->channel(tradesName)->droppedTrades > 0, 8000);
        QTRY_VERIFY_WITH_TIMEOUT(c->channel(candleName)->missingBars > 0, 8000);
        QVERIFY(gaps.count() >= 2);
        QVERIFY(c->channel(tradesName)->gapEvents > 0);
        // Trades have no sequence: the full 1s bars' trade counts tell what was dropped.
        QVERIFY(m_handler->droppedEvents() > 0);
        // Missing bars are fetched over REST.
        QTRY_VERIFY_WITH_TIMEOUT(backfill.count() >= 1, 5000);
    }

    void garbageFromTheServer()
    {
        SimConfig config;
        m_server = std::make_unique<SimServer>(config);
        m_server->addHandler(new GarbageHandler(m_server.get()));
        QVERIFY(m_server->listen());
        auto c = client(QStringLiteral("layer1"), {}, 0);
        QSignalSpy trades(c.get(), &ConyrClient::tradeReceived);
        QSignalSpy serverError(c.get(), &ConyrClient::serverError);
        const QString tradesName = tradesChannel(Usdc);
        QVERIFY(c->subscribe({tradesName, ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("1m"))}));
        c->open();
        QVERIFY(trades.wait(5000));
        QCOMPARE(trades.count(), 1);
        QCOMPARE(trades.at(0).at(1).value<Trade>().id, QStringLiteral("ok"));
        QCOMPARE(c->connection()->state(), Connection::State::Open);
        QCOMPARE(c->channel(tradesName)->notUnderstood, 2);
        QVERIFY(!c->channel(tradesName)->lastSample.isEmpty());
        QCOMPARE(serverError.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestConyrClient)
#include "tst_conyr_client.moc"
