#include "conyrsim.h"

#include "conyrmarket.h"
#include "core/logging.h"
#include "providers/conyr/conyrcodec.h"
#include "sim/floodsender.h"
#include "sim/simserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Conyr;

namespace {
constexpr int MaxMarkets = 256;
constexpr int DefaultRestLimit = 500;
constexpr int MaxRestLimit = 5000;
constexpr qint64 ServerPingSimMs = 30000;
constexpr qint64 DefaultMaxBuffer = 4 * 1024 * 1024;

QNetworkRequest toRequest(const SimHttpRequest &http)
{
    QNetworkRequest request(http.url);
    for (auto it = http.headers.cbegin(); it != http.headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    return request;
}

SimHttpResponse jsonError(int status, const QString &message)
{
    return {status, "application/json",
            QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}).toJson(QJsonDocument::Compact), {}};
}
} // namespace

void installConyrSimulator(SimServer &server)
{
    server.addHandler(new ConyrSimHandler(&server));
}

ConyrSimHandler::ConyrSimHandler(SimServer *server)
    : SimHandler(server)
{
    const int tickMs = std::max(10, server->option(QStringLiteral("conyr.tickMs"), 100).toInt());
    m_tick.setInterval(tickMs);
    connect(&m_tick, &QTimer::timeout, this, &ConyrSimHandler::tick);
}

ConyrSimHandler::~ConyrSimHandler() = default;

bool ConyrSimHandler::acceptsPath(const QString &path) const
{
    return path == QLatin1String("/ws");
}

int ConyrSimHandler::upgradeStatus(const SimHttpRequest &request)
{
    const QString key = SimServer::presentedKey(toRequest(request));
    if (!server()->keyAccepted(key))
        return 401;
    const TierLimits limits = tierLimits(server()->option(QStringLiteral("conyr.tier"), QStringLiteral("layer1")).toString());
    if (limits.maxConnections == 0)
        return 403;
    if (!limits.unlimitedConnections() && m_connectionsPerKey.value(key) >= limits.maxConnections)
        return 429;
    return 0;
}

ConyrMarket &ConyrSimHandler::market(const QString &mint)
{
    auto it = m_markets.find(mint);
    if (it == m_markets.end()) {
        if (m_markets.size() >= MaxMarkets)
            m_markets.erase(m_markets.begin()); // a bound on memory, whatever clients ask for
        const quint32 seed = server()->seedFor(QStringLiteral("conyr:") + mint);
        it = m_markets.insert(mint, std::make_shared<ConyrMarket>(mint, seed, server()->clock().nowMs(),
                                                                  ConyrMarket::startPriceFor(mint, seed)));
    }
    return **it;
}

void ConyrSimHandler::advance(ConyrMarket &m)
{
    // Every advance broadcasts what it generated, whoever triggered it (the tick or a REST
    // request), so live subscribers never miss a trade the REST endpoint already knows.
    const QString tradesName = tradesChannel(m.mint());
    const QList<QWebSocket *> tradeSockets = m_subscribers.value(tradesName);
    m.advanceTo(server()->clock().nowMs(), [&](const Trade &trade) {
        if (tradeSockets.isEmpty())
            return;
        const QByteArray frame = encodeTradeEvent(tradesName, trade);
        for (QWebSocket *socket : tradeSockets)
            sendData(socket, m_sessions[socket], frame);
    });
    for (auto aggIt = m.aggregators().begin(); aggIt != m.aggregators().end(); ++aggIt) {
        const QList<Candle> changed = aggIt.value()->takeChanged();
        if (changed.isEmpty())
            continue;
        const QString variant = aggIt.key().section(QLatin1Char(':'), 0, 0);
        const QString channel = ohlcvChannel(m.mint(), variant, intervalName(aggIt.value()->intervalMs()));
        const QList<QWebSocket *> sockets = m_subscribers.value(channel);
        for (const Candle &candle : changed) {
            const QByteArray frame = encodeCandleEvent(channel, candle);
            for (QWebSocket *socket : sockets)
                sendData(socket, m_sessions[socket], frame);
        }
    }
}

void ConyrSimHandler::acceptSocket(QWebSocket *socket)
{
    Session session;
    session.key = SimServer::presentedKey(socket->request());
    const QUrlQuery query(socket->requestUrl());
    session.floodTotal = query.queryItemValue(QStringLiteral("flood")).toLongLong();
    m_sessions.insert(socket, session);
    ++m_connectionsPerKey[session.key];

    // A WebSocket-level ping every 30 s of simulated time, as Conyr does.
    auto *ping = new QTimer(socket);
    connect(ping, &QTimer::timeout, socket, [socket] { socket->ping(); });
    ping->start(server()->clock().realMs(ServerPingSimMs));

    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onText(socket, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        const auto it = m_sessions.find(socket);
        if (it != m_sessions.end()) {
            for (const QString &channel : std::as_const(it->channels))
                m_subscribers[channel].removeAll(socket);
            if (--m_connectionsPerKey[it->key] <= 0)
                m_connectionsPerKey.remove(it->key);
            m_sessions.erase(it);
        }
        socket->deleteLater();
    });
}

QString ConyrSimHandler::validate(const QString &channel) const
{
    const ChannelDescriptor d = parseChannel(channel);
    if (d.kind == ChannelKind::Generic)
        return QStringLiteral("Unknown channel: %1").arg(channel);
    if (!isPlausibleMint(d.mint))
        return QStringLiteral("Unknown token mint in channel: %1").arg(channel);
    if (d.kind == ChannelKind::Ohlcv) {
        if (!candleVariants().contains(d.variant))
            return QStringLiteral("Unknown candle variant '%1' in channel: %2").arg(d.variant, channel);
        if (!streamedIntervals().contains(d.interval))
            return QStringLiteral("Interval '%1' is not streamed (use %2): %3")
                .arg(d.interval, streamedIntervals().join(QLatin1String(", ")), channel);
    }
    return {};
}

void ConyrSimHandler::onText(QWebSocket *socket, const QString &text)
{
    auto it = m_sessions.find(socket);
    if (it == m_sessions.end())
        return;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        socket->sendTextMessage(QString::fromUtf8(encodeError(QStringLiteral("Invalid message: expected a JSON object"))));
        return;
    }
    const QJsonObject o = doc.object();
    const QString op = o.value(QLatin1String("op")).toString();
    QStringList channels;
    const QJsonValue list = o.value(QLatin1String("channels"));
    if (list.isArray()) {
        for (const QJsonValue &v : list.toArray()) {
            if (v.isString())
                channels.append(v.toString());
        }
    }
    if (op == QLatin1String("ping")) {
        socket->sendTextMessage(QString::fromUtf8(encodePong()));
    } else if (op == QLatin1String("subscribe") || op == QLatin1String("unsubscribe")) {
        if (!list.isArray() || channels.isEmpty()) {
            socket->sendTextMessage(QString::fromUtf8(encodeError(QStringLiteral("%1 needs a non-empty channels array").arg(op))));
            return;
        }
        if (op == QLatin1String("subscribe"))
            subscribe(socket, *it, channels);
        else
            unsubscribe(socket, *it, channels);
    } else {
        socket->sendTextMessage(QString::fromUtf8(encodeError(QStringLiteral("Unknown op: %1").arg(op))));
    }
}

void ConyrSimHandler::subscribe(QWebSocket *socket, Session &session, const QStringList &channels)
{
    const TierLimits limits = tierLimits(server()->option(QStringLiteral("conyr.tier"), QStringLiteral("layer1")).toString());
    QStringList accepted;
    QStringList overCap;
    for (const QString &channel : channels) {
        if (session.channels.contains(channel)) {
            accepted.append(channel); // idempotent: confirm again
            continue;
        }
        const QString problem = validate(channel);
        if (!problem.isEmpty()) {
            socket->sendTextMessage(QString::fromUtf8(encodeError(problem, {channel})));
            continue;
        }
        if (!limits.unlimitedSubscriptions() && session.channels.size() >= limits.maxSubscriptions) {
            overCap.append(channel);
            continue;
        }
        session.channels.insert(channel);
        accepted.append(channel);
        if (session.floodTotal > 0)
            continue; // flood sessions get generated trades only
        m_subscribers[channel].append(socket);
        const ChannelDescriptor d = parseChannel(channel);
        ConyrMarket &m = market(d.mint);
        if (d.kind == ChannelKind::Ohlcv)
            m.candles(d.variant, d.intervalMs);
    }
    if (!accepted.isEmpty())
        socket->sendTextMessage(QString::fromUtf8(encodeAck(QStringLiteral("subscribed"), accepted)));
    if (!overCap.isEmpty())
        socket->sendTextMessage(QString::fromUtf8(encodeError(subscriptionCapMessage(limits), overCap)));
    if (session.floodTotal > 0) {
        if (!session.floodStarted) {
            session.floodStarted = true;
            startFlood(socket, session);
        }
    } else if (!m_tick.isActive()) {
        m_tick.start();
    }
}

void ConyrSimHandler::unsubscribe(QWebSocket *socket, Session &session, const QStringList &channels)
{
    QStringList done;
    for (const QString &channel : channels) {
        if (session.channels.remove(channel)) {
            m_subscribers[channel].removeAll(socket);
            done.append(channel);
        }
    }
    socket->sendTextMessage(QString::fromUtf8(encodeAck(QStringLiteral("unsubscribed"), done)));
}

void ConyrSimHandler::startFlood(QWebSocket *socket, const Session &session)
{
    // Trades round-robin over the subscribed trades channels, each with its own sequence.
    struct Lane {
        QByteArray prefix;
        QString mint;
    };
    QList<Lane> lanes;
    for (const QString &channel : std::as_const(session.channels)) {
        const ChannelDescriptor d = parseChannel(channel);
        if (d.kind == ChannelKind::Trades)
            lanes.append({R"({"channel":")" + channel.toUtf8() + R"(","data":{"signature":")", d.mint});
    }
    if (lanes.isEmpty())
        return;
    std::sort(lanes.begin(), lanes.end(), [](const Lane &a, const Lane &b) { return a.prefix < b.prefix; });
    const qint64 startTs = server()->clock().nowMs();
    auto *sender = new FloodSender(socket, session.floodTotal, [lanes, startTs](qint64 i) {
        const Lane &lane = lanes.at(int(i % lanes.size()));
        const qint64 seq = i / lanes.size() + 1;
        const double price = 1.0 + double((i * 7919) % 1000) / 10000.0;
        QByteArray out;
        out.reserve(220);
        out += lane.prefix;
        out += QByteArray::number(quint64(i) * 0x9E3779B97F4A7C15ULL, 36);
        out += R"(","seq":)";
        out += QByteArray::number(seq);
        out += R"(,"ts":)";
        out += QByteArray::number(startTs + i / 10);
        out += (i & 1) ? R"(,"side":"buy","price":)" : R"(,"side":"sell","price":)";
        out += QByteArray::number(price, 'g', 10);
        out += R"(,"size":)";
        out += QByteArray::number(double(1 + i % 5000) / 10.0, 'g', 10);
        out += "}}";
        return out;
    });
    sender->start();
}

void ConyrSimHandler::sendData(QWebSocket *socket, Session &session, const QByteArray &frame)
{
    ++session.dataSent;
    const qint64 dropEvery = server()->option(QStringLiteral("conyr.dropEvery"), 0).toLongLong();
    const qint64 maxBuffer = server()->option(QStringLiteral("conyr.maxBuffer"), DefaultMaxBuffer).toLongLong();
    // A slow consumer loses messages silently instead of backing up the server.
    if ((dropEvery > 0 && session.dataSent % dropEvery == 0) || socket->bytesToWrite() > maxBuffer) {
        ++m_dropped;
        return;
    }
    socket->sendTextMessage(QString::fromUtf8(frame));
}

void ConyrSimHandler::tick()
{
    if (m_sessions.isEmpty()) {
        m_tick.stop();
        return;
    }
    // Which markets are watched.
    QSet<QString> mints;
    for (auto it = m_subscribers.cbegin(); it != m_subscribers.cend(); ++it) {
        if (!it.value().isEmpty())
            mints.insert(parseChannel(it.key()).mint);
    }
    for (const QString &mint : std::as_const(mints)) {
        auto marketIt = m_markets.find(mint);
        if (marketIt != m_markets.end())
            advance(**marketIt);
    }
}

SimHttpResponse ConyrSimHandler::handleHttp(const SimHttpRequest &request)
{
    const QString path = request.url.path();
    if (!path.startsWith(QLatin1String(RestCandlePathPrefix)) || !path.endsWith(QLatin1String("/ohlcv")))
        return {};
    if (request.method != "GET")
        return jsonError(405, QStringLiteral("Use GET"));
    if (!server()->keyAccepted(SimServer::presentedKey(toRequest(request))))
        return jsonError(401, QStringLiteral("Invalid or missing API key"));
    const QString mint = path.mid(int(qstrlen(RestCandlePathPrefix))).chopped(6);
    if (!isPlausibleMint(mint))
        return jsonError(404, QStringLiteral("Unknown token mint"));
    const QUrlQuery query(request.url);
    const QString variant = query.queryItemValue(QStringLiteral("variant")).isEmpty()
        ? QStringLiteral("filtered")
        : query.queryItemValue(QStringLiteral("variant"));
    if (!candleVariants().contains(variant))
        return jsonError(400, QStringLiteral("Unknown variant"));
    const QString interval = query.queryItemValue(QStringLiteral("interval"));
    const qint64 ms = intervalMs(interval);
    if (ms < 1000 || ms > 86400000)
        return jsonError(400, QStringLiteral("interval must be between 1s and 1d, e.g. 1m"));
    bool ok = true;
    auto number = [&](const char *name, qint64 fallback) {
        const QString v = query.queryItemValue(QString::fromLatin1(name));
        if (v.isEmpty())
            return fallback;
        bool parsed = false;
        const qint64 n = v.toLongLong(&parsed);
        ok = ok && parsed;
        return n;
    };
    const qint64 now = server()->clock().nowMs();
    const qint64 from = number("from", 0);
    const qint64 to = number("to", now);
    const qint64 limit = std::clamp<qint64>(number("limit", DefaultRestLimit), 1, MaxRestLimit);
    if (!ok)
        return jsonError(400, QStringLiteral("from, to and limit are integers"));
    ConyrMarket &m = market(mint);
    advance(m);
    QList<Candle> candles = m.candles(variant, ms).candles(from, std::min(to, now));
    if (candles.size() > limit)
        candles = candles.mid(candles.size() - limit);
    return {200, "application/json", encodeCandleResponse(mint, variant, intervalName(ms), candles), {}};
}
