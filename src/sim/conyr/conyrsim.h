#pragma once
// The Conyr simulator as a strict peer of reference/conyr.md: the /ws channel protocol and
// the REST OHLCV routes on one set of seeded markets, serving only the documented shapes
// (trade objects, ticks, candles with is_final; {"op":"error","message"} without channels;
// REST errors {"error","code"}) and accepting only the documented auth per endpoint
// (/ws: ?api_key= or Authorization: Bearer; /v1/*: Authorization: Bearer only).
//
// Options (SimConfig::options):
//   conyr.tier       free | layer1 (default) | layer2 | layer3 | enterprise — connection and
//                    subscription caps, with Conyr's informational error over the cap;
//                    Layer 1 serves 7 days of OHLCV history
//   conyr.maxBuffer  bytes queued to a socket beyond which data events are dropped silently
//                    (Conyr's behaviour towards a slow client); default 4 MiB
//   conyr.dropEvery  N: drop every Nth data event to each socket (deterministic drops for tests)
//   conyr.tickMs     real milliseconds between market updates (default 100)
//   conyr.variant    comma list for tests: "numbers" (trade and tick decimals as JSON numbers),
//                    "candleStrings" (candle values as strings), "minimal" (no optional
//                    fields), "restArray" (REST answers a bare array), "repeat" (every trade
//                    is sent twice, as a rolling window would)
//   conyr.restPaths  both (default) | current (/v1/token/…) | legacy (/v1/tokens/…)
//   conyr.silent     true: subscribe requests are neither confirmed nor refused
// Query on /ws: flood=N sends N trades round-robin over the trades channels of the first
// subscribe as fast as the socket drains (benchmarks).

#include "sim/simhandler.h"

#include <QHash>
#include <QSet>
#include <QTimer>
#include <memory>

class ConyrMarket;
class QWebSocket;
class SimServer;

/// Adds the Conyr WebSocket (and, where the provider has one, REST) handlers.
void installConyrSimulator(SimServer &server);

class ConyrSimHandler : public SimHandler
{
    Q_OBJECT
public:
    explicit ConyrSimHandler(SimServer *server);
    ~ConyrSimHandler() override;

    bool acceptsPath(const QString &path) const override;
    void acceptSocket(QWebSocket *socket) override;
    SimHttpResponse handleHttp(const SimHttpRequest &request) override;
    int upgradeStatus(const SimHttpRequest &request) override;

    /// Data events dropped so far (slow clients and dropEvery), for tests.
    qint64 droppedEvents() const { return m_dropped; }
    /// The market of a mint (created on first use; advance() moves it on).
    ConyrMarket &market(const QString &mint);

private:
    struct Session {
        QSet<QString> channels;
        QString key;
        qint64 dataSent = 0;
        qint64 floodTotal = 0;   ///< > 0: a flood session (no live market data)
        bool floodStarted = false;
    };
    void onText(QWebSocket *socket, const QString &text);
    void subscribe(QWebSocket *socket, Session &session, const QStringList &channels);
    void unsubscribe(QWebSocket *socket, Session &session, const QStringList &channels);
    void startFlood(QWebSocket *socket, const Session &session);
    void sendData(QWebSocket *socket, Session &session, const QByteArray &frame);
    void tick();
    /// Generates the market's trades up to now and sends them (and changed candles) to
    /// the subscribers.
    void advance(ConyrMarket &market);
    QString validate(const QString &channel) const;
    SimHttpResponse handleCandles(const SimHttpRequest &request, const QString &mint);
    bool hasVariant(const char *name) const;

    QHash<QWebSocket *, Session> m_sessions;
    QHash<QString, QList<QWebSocket *>> m_subscribers;  ///< channel → sockets
    QHash<QString, std::shared_ptr<ConyrMarket>> m_markets;
    QHash<QString, int> m_connectionsPerKey;
    QTimer m_tick;
    qint64 m_dropped = 0;
};
