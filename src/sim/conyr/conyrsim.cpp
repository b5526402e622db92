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
#include <QRegularExpression>
#include <QUrlQuery>
#include <QWebSocket>

using namespace Conyr;

namespace {
constexpr int MaxMarkets = 256;
constexpr int DefaultRestLimit = 500;
constexpr qint64 ServerPingSimMs = 30000;
constexpr qint64 DefaultMaxBuffer = 4 * 1024 * 1024;

/// The documented ways to present a key: Authorization: Bearer everywhere, and on /ws also
/// the api_key query parameter. Nothing else (no X-API-Key).
QString bearerKey(const QMap<QByteArray, QByteArray> &headers)
{
    const QByteArray authz = headers.value("authorization");
    return authz.startsWith("Bearer ") ? QString::fromUtf8(authz.mid(7)).trimmed() : QString();
}

QString wsKey(const QMap<QByteArray, QByteArray> &headers, const QUrl &url)
{
    const QString bearer = bearerKey(headers);
    return bearer.isEmpty() ? QUrlQuery(url).queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded) : bearer;
}

QMap<QByteArray, QByteArray> headersOf(const QNetworkRequest &request)
{
    QMap<QByteArray, QByteArray> out;
    for (const QByteArray &name : request.rawHeaderList())
        out.insert(name.toLower(), request.rawHeader(name));
    return out;
}

SimHttpResponse jsonError(int status, const QString &message)
{
    return {status, "application/json", encodeRestError(status, message), {}};
}

/// Channels of the catalogue that exist but carry shapes the reference does not document:
/// accepted, and (like Conyr's opt-in backends) silent here.
bool isCatalogued(const QString &channel)
{
    const QStringList parts = channel.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.at(1).isEmpty())
        return false;
    if (parts.at(0) == QLatin1String("wallet"))
        return QStringList{QStringLiteral("pnl"), QStringLiteral("positions"), QStringLiteral("labels"),
                           QStringLiteral("security"), QStringLiteral("follow"), QStringLiteral("entity")}
            .contains(parts.at(2));
    if (parts.at(0) == QLatin1String("token"))
        return parts.at(2) == QLatin1String("security") || parts.at(2) == QLatin1String("campaign");
    return false;
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

bool ConyrSimHandler::hasVariant(const char *name) const
{
    return server()->option(QStringLiteral("conyr.variant")).toString().split(QLatin1Char(',')).contains(QLatin1String(name));
}

int ConyrSimHandler::upgradeStatus(const SimHttpRequest &request)
{
    const QString key = wsKey(request.headers, request.url);
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
                                                                  ConyrMarket::startPriceFor(mint, seed),
                                                                  server()->option(QStringLiteral("conyr.activity"), 1.0).toDouble()));
    }
    return **it;
}

void ConyrSimHandler::advance(ConyrMarket &m)
{
    // Every advance broadcasts what it generated, whoever triggered it (the tick or a REST
    // request), so live subscribers never miss a trade the REST endpoint already knows.
    const QString tradesName = tradesChannel(m.mint());
    const QString ticksName = ticksChannel(m.mint());
    const QList<QWebSocket *> tradeSockets = m_subscribers.value(tradesName);
    const QList<QWebSocket *> tickSockets = m_subscribers.value(ticksName);
    PayloadStyle style;
    style.numbersAsStrings = !hasVariant("numbers");
    style.candleNumbersAsStrings = hasVariant("candleStrings");
    style.omitOptional = hasVariant("minimal");
    const int copies = hasVariant("repeat") ? 2 : 1;
    m.advanceTo(server()->clock().nowMs(), [&](const Trade &trade) {
        if (!tradeSockets.isEmpty()) {
            const QByteArray frame = encodeTradeEvent(tradesName, trade, style);
            for (int copy = 0; copy < copies; ++copy) {
                for (QWebSocket *socket : tradeSockets)
                    sendData(socket, m_sessions[socket], frame);
            }
        }
        if (!tickSockets.isEmpty()) {
            const QByteArray frame = encodeTickEvent(ticksName, ConyrMarket::tickFor(trade), style);
            for (QWebSocket *socket : tickSockets)
                sendData(socket, m_sessions[socket], frame);
        }
    });
    for (auto aggIt = m.aggregators().begin(); aggIt != m.aggregators().end(); ++aggIt) {
        const QList<Candle> changed = aggIt.value()->takeChanged();
        if (changed.isEmpty())
            continue;
        const QString variant = aggIt.key().section(QLatin1Char(':'), 0, 0);
        const QString channel = ohlcvChannel(m.mint(), variant, intervalName(aggIt.value()->intervalMs()));
        const QList<QWebSocket *> sockets = m_subscribers.value(channel);
        for (const Candle &candle : changed) {
            const QByteArray frame = encodeCandleEvent(channel, candle, style);
            for (QWebSocket *socket : sockets)
                sendData(socket, m_sessions[socket], frame);
        }
    }
}

void ConyrSimHandler::acceptSocket(QWebSocket *socket)
{
    Session session;
    session.key = wsKey(headersOf(socket->request()), socket->requestUrl());
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
    static const QRegularExpression planned(QStringLiteral("^token:[^:]+:(holders|holders:summary|score)$"));
    if (planned.match(channel).hasMatch())
        return QStringLiteral("Channel not available yet: %1").arg(channel);
    if (isCatalogued(channel))
        return {};
    const ChannelDescriptor d = parseChannel(channel);
    if (d.kind == ChannelKind::Generic)
        return QStringLiteral("Invalid channel: %1").arg(channel);
    if (!isPlausibleMint(d.mint))
        return QStringLiteral("Unknown token mint in channel: %1").arg(channel);
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
    } else if ((op == QLatin1String("subscribe") || op == QLatin1String("unsubscribe"))
               && server()->option(QStringLiteral("conyr.silent")).toBool()) {
        return; // a server that never answers: the client must not show "pending" forever
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
            socket->sendTextMessage(QString::fromUtf8(encodeError(problem)));
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
        if (d.kind == ChannelKind::Generic)
            continue; // catalogued, silent
        ConyrMarket &m = market(d.mint);
        if (d.kind == ChannelKind::Ohlcv)
            m.candles(d.variant, d.intervalMs);
    }
    if (!accepted.isEmpty())
        socket->sendTextMessage(QString::fromUtf8(encodeAck(QStringLiteral("subscribed"), accepted)));
    if (!overCap.isEmpty())
        socket->sendTextMessage(QString::fromUtf8(encodeError(subscriptionCapMessage(limits))));
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
    // Documented trade objects round-robin over the subscribed trades channels.
    struct Lane {
        QByteArray prefix;
        QByteArray mint;
    };
    QList<Lane> lanes;
    for (const QString &channel : std::as_const(session.channels)) {
        const ChannelDescriptor d = parseChannel(channel);
        if (d.kind == ChannelKind::Trades)
            lanes.append({R"({"channel":")" + channel.toUtf8() + R"(","data":{"trade_id":")", d.mint.toUtf8()});
    }
    if (lanes.isEmpty())
        return;
    std::sort(lanes.begin(), lanes.end(), [](const Lane &a, const Lane &b) { return a.prefix < b.prefix; });
    const qint64 startTs = server()->clock().nowMs();
    auto *sender = new FloodSender(socket, session.floodTotal, [lanes, startTs](qint64 i) {
        const Lane &lane = lanes.at(int(i % lanes.size()));
        const QByteArray signature = QByteArray::number(quint64(i) * 0x9E3779B97F4A7C15ULL, 36);
        const qint64 slot = 312000000 + i / 4;
        const int index = int(i % 4);
        const double price = 1.0 + double((i * 7919) % 1000) / 10000.0;
        const double amount = double(1 + i % 5000) / 10.0;
        QByteArray out;
        out.reserve(560);
        out += lane.prefix;
        out += signature + ':' + QByteArray::number(index);
        out += R"(","signature":")" + signature;
        out += R"(","event_index":)" + QByteArray::number(index);
        out += R"(,"slot":)" + QByteArray::number(slot);
        out += R"(,"timestamp":)" + QByteArray::number(startTs + i / 10);
        out += R"(,"wallet_address":"9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin","pool_address":"58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2","dex_name":"Raydium")";
        out += (i & 1) ? R"(,"direction":"buy")" : R"(,"direction":"sell")";
        out += R"(,"token_mint":")" + lane.mint + R"(","token_decimals":6,"token_amount":")";
        out += QByteArray::number(amount, 'f', 1);
        out += R"(","base_mint":"So11111111111111111111111111111111111111112","usd_price":")";
        out += QByteArray::number(price, 'f', 4);
        out += R"(","usd_notional":")";
        out += QByteArray::number(price * amount, 'f', 2);
        out += R"(","is_arbitrage":0,"bundle_id":"","labels":[]}})";
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
    if (!path.startsWith(QLatin1String("/v1/")))
        return {};
    const QString which = server()->option(QStringLiteral("conyr.restPaths"), QStringLiteral("both")).toString();
    QString mint;
    for (const char *prefix : {RestCurrentPrefix, RestLegacyPrefix}) {
        const bool legacy = prefix == RestLegacyPrefix;
        if (path.startsWith(QLatin1String(prefix)) && path.endsWith(QLatin1String("/ohlcv"))
            && (which == QLatin1String("both") || which == QLatin1String(legacy ? "legacy" : "current")))
            mint = path.mid(int(qstrlen(prefix))).chopped(6);
    }
    // Every /v1/* call needs the Bearer header (the api_key parameter is for /ws only).
    if (!server()->keyAccepted(bearerKey(request.headers)))
        return jsonError(401, QStringLiteral("Missing or invalid Authorization header"));
    if (mint.isEmpty() || mint.contains(QLatin1Char('/')))
        return jsonError(404, QStringLiteral("Not found"));
    if (request.method != "GET")
        return jsonError(405, QStringLiteral("Use GET"));
    return handleCandles(request, mint);
}

SimHttpResponse ConyrSimHandler::handleCandles(const SimHttpRequest &request, const QString &mint)
{
    if (!isPlausibleMint(mint))
        return jsonError(404, QStringLiteral("Unknown token mint"));
    const TierLimits limits = tierLimits(server()->option(QStringLiteral("conyr.tier"), QStringLiteral("layer1")).toString());
    if (limits.id == QLatin1String("free"))
        return jsonError(403, QStringLiteral("OHLCV needs a Layer 1 key or higher"));
    const QUrlQuery query(request.url);
    const QString view = query.queryItemValue(QStringLiteral("view")).isEmpty() ? QStringLiteral("full")
                                                                               : query.queryItemValue(QStringLiteral("view"));
    if (view == QLatin1String("organic"))
        return jsonError(403, QStringLiteral("The organic view needs a Pro plan"));
    if (!candleVariants().contains(view))
        return jsonError(400, QStringLiteral("Invalid view. Use full or filtered"));
    const QString timeframe = query.queryItemValue(QStringLiteral("timeframe")).isEmpty()
        ? QStringLiteral("1m")
        : query.queryItemValue(QStringLiteral("timeframe"));
    if (!streamedIntervals().contains(timeframe))
        return jsonError(400, QStringLiteral("Invalid timeframe. Use 1s, 1m, 5m, 15m or 1h"));
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
    qint64 from = number("from", 0);
    const qint64 to = number("to", now);
    const qint64 limit = number("limit", DefaultRestLimit);
    if (!ok)
        return jsonError(400, QStringLiteral("from, to and limit are integers (from and to in unix ms)"));
    if (limit < 1 || limit > MaxRestLimit)
        return jsonError(400, QStringLiteral("limit must be between 1 and %1").arg(MaxRestLimit));
    if (limits.historyMs > 0)
        from = std::max(from, now - limits.historyMs); // Layer 1: 7 days of history
    ConyrMarket &m = market(mint);
    advance(m);
    QList<Candle> candles = m.candles(view, intervalMs(timeframe)).candles(from, std::min(to, now));
    if (candles.size() > limit)
        candles = candles.mid(candles.size() - limit);
    if (hasVariant("restArray")) {
        QJsonArray array;
        for (const Candle &c : std::as_const(candles))
            array.append(candleToJson(c, true));
        return {200, "application/json", QJsonDocument(array).toJson(QJsonDocument::Compact), {}};
    }
    return {200, "application/json", encodeCandleResponse(mint, view, timeframe, candles), {}};
}
