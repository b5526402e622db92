#include "prediktsimhandler.h"

#include "core/logging.h"
#include "providers/predikt/prediktcodec.h"
#include "sim/floodsender.h"
#include "sim/simserver.h"
#include "socketioserversession.h"

#include <QDateTime>
#include <QSet>
#include <QUrlQuery>
#include <QNetworkRequest>
#include <QWebSocket>

namespace {

ExactDecimal amountOption(const QString &text, const ExactDecimal &fallback)
{
    const std::optional<ExactDecimal> d = ExactDecimal::parse(text);
    return d && !d->isNegative() ? *d : fallback;
}

} // namespace

PrediktSimHandler::PrediktSimHandler(SimServer *server)
    : SimHandler(server)
    , m_market(server->seedFor(QStringLiteral("predikt")))
{
    m_balance = amountOption(option("balance", QStringLiteral("50.00")), m_balance);
    m_fee = amountOption(option("hourlyFee", QStringLiteral("0.10")), m_fee);
    m_variants = option("variant", QString()).toLower().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &v : m_variants)
        v = v.trimmed();
    const qint64 interval = option("updateIntervalMs", QString::number(Predikt::UpdateIntervalMs)).toLongLong();
    m_priceTimer.setInterval(server->clock().realMs(std::max<qint64>(1, interval)));
    connect(&m_priceTimer, &QTimer::timeout, this, &PrediktSimHandler::publishPrices);
    m_idleTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &PrediktSimHandler::sweepIdle);
}

PrediktSimHandler::~PrediktSimHandler()
{
    qDeleteAll(m_sessions);
}

QString PrediktSimHandler::option(const char *name, const QString &fallback) const
{
    return server()->option(QStringLiteral("predikt.") + QLatin1String(name), fallback).toString();
}

bool PrediktSimHandler::variant(const char *name) const
{
    return m_variants.contains(QLatin1String(name));
}

QString PrediktSimHandler::now() const
{
    return Predikt::formatTimestamp(server()->clock().nowMs());
}

void PrediktSimHandler::stamp(QJsonObject &message) const
{
    if (variant("minimal"))
        return;
    message.insert(QStringLiteral("timestamp"), now());
}

QJsonValue PrediktSimHandler::money(const ExactDecimal &amount) const
{
    // Documented: money as decimal strings ("0.10"); the variant sends JSON numbers.
    if (variant("number-amounts"))
        return amount.toDouble();
    return amount.toFixed(2);
}

QString PrediktSimHandler::documentedKey(const QNetworkRequest &request)
{
    const QByteArray authz = request.rawHeader("Authorization").trimmed();
    if (authz.startsWith("Bearer ") || authz.startsWith("bearer "))
        return QString::fromUtf8(authz.mid(7)).trimmed();
    if (!authz.isEmpty() && !authz.contains(' '))
        return QString::fromUtf8(authz); // a bare key, as the authentication page allows
    return QUrlQuery(request.url()).queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded);
}

bool PrediktSimHandler::acceptsPath(const QString &path) const
{
    QString engine = option("path", QStringLiteral("/socket.io/"));
    if (engine.endsWith(QLatin1Char('/')))
        engine.chop(1);
    return path == engine || path == engine + QLatin1Char('/');
}

int PrediktSimHandler::upgradeStatus(const SimHttpRequest &request)
{
    const QUrlQuery query(request.url);
    if (query.queryItemValue(QStringLiteral("EIO")) != QLatin1String("4")
        || query.queryItemValue(QStringLiteral("transport")) != QLatin1String("websocket"))
        return 400;
    return 0;
}

SimHttpResponse PrediktSimHandler::handleHttp(const SimHttpRequest &request)
{
    if (!acceptsPath(request.url.path()))
        return {};
    // Long-polling is not served: socket.io's answer for an unsupported transport.
    return {400, "application/json", R"({"code":0,"message":"Transport unknown"})", {}};
}

int PrediktSimHandler::sessionCount() const
{
    int n = 0;
    for (const Session *s : m_sessions)
        n += s->counted ? 1 : 0;
    return n;
}

void PrediktSimHandler::dropAll()
{
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions) {
        if (s->io)
            s->io->dropTransport();
    }
}

void PrediktSimHandler::kickAll()
{
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions) {
        if (s->io && s->counted)
            s->io->disconnectClient();
    }
}

void PrediktSimHandler::acceptSocket(QWebSocket *socket)
{
    EngineIo::OpenInfo open;
    open.sid = QStringLiteral("sim%1").arg(m_nextConnection, 6, 10, QLatin1Char('0'));
    open.pingIntervalMs = option("pingInterval", QStringLiteral("25000")).toInt();
    open.pingTimeoutMs = option("pingTimeout", QStringLiteral("20000")).toInt();
    open.maxPayload = 1000000;
    auto *session = new Session;
    session->connectionId = QStringLiteral("conn_sim%1").arg(m_nextConnection++);
    session->io = new SocketIoServerSession(socket, open, socket);
    session->lastActivity.start();
    const QUrlQuery query(socket->requestUrl());
    session->flood = query.hasQueryItem(QStringLiteral("flood")) ? query.queryItemValue(QStringLiteral("flood")).toLongLong()
                                                                  : option("flood", QStringLiteral("0")).toLongLong();
    m_sessions.append(session);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    connect(session->io, &SocketIoServerSession::namespaceRequested, this,
            [this, session](const QString &nsp, const QJsonObject &auth) { onNamespace(session, nsp, auth); });
    connect(session->io, &SocketIoServerSession::eventReceived, this,
            [this, session](const QString &name, const QJsonArray &args, qint64 ackId) { onEvent(session, name, args, ackId); });
    connect(session->io, &SocketIoServerSession::ended, this, [this, session] { remove(session); });
    connect(session->io, &QObject::destroyed, this, [this, session] { remove(session); });
}

void PrediktSimHandler::remove(Session *session)
{
    if (!m_sessions.removeOne(session))
        return;
    if (session->billing)
        session->billing->deleteLater();
    delete session;
    if (m_sessions.isEmpty()) {
        m_priceTimer.stop();
        m_idleTimer.stop();
    }
}

void PrediktSimHandler::sendMessage(Session *session, const QJsonObject &message)
{
    if (session->io)
        session->io->emitEvent(QStringLiteral("message"), {message});
}

void PrediktSimHandler::sendError(Session *session, const QString &code, const QString &message, qint64 ackId)
{
    QJsonObject error{{QStringLiteral("type"), QStringLiteral("error")},
                      {QStringLiteral("code"), code},
                      {QStringLiteral("message"), message}};
    stamp(error);
    sendMessage(session, error);
    if (ackId >= 0 && session->io)
        session->io->sendAck(ackId, {error});
}

void PrediktSimHandler::refuse(Session *session, const QString &nsp, const QString &code, const QString &message)
{
    if (option("authErrorVia", QStringLiteral("message")) == QLatin1String("connect_error")) {
        session->io->refuse(nsp, code, QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
        return;
    }
    // As the service does: the socket joins, hears why, and is disconnected.
    session->io->accept(nsp, session->io->sid());
    sendError(session, code, message);
    session->io->disconnectClient();
}

void PrediktSimHandler::onNamespace(Session *session, const QString &nsp, const QJsonObject &auth)
{
    if (nsp != option("namespace", QStringLiteral("/api/v1/ws"))) {
        session->io->refuse(nsp, QStringLiteral("Invalid namespace"));
        return;
    }
    const QString token = auth.value(QLatin1String("token")).toString();
    session->key = token.isEmpty() ? documentedKey(session->io->socket()->request()) : token;
    const QString forced = option("fail", QString()).toUpper();
    const Predikt::Tier tier = Predikt::tierByName(option("tier", QStringLiteral("STANDARD")));

    if (forced == QLatin1String("INVALID_API_KEY") || !server()->keyAccepted(session->key))
        return refuse(session, nsp, QStringLiteral("INVALID_API_KEY"), QStringLiteral("Missing or invalid API key"));
    const QStringList noWebsocket = option("noWebsocketKeys", QString()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (forced == QLatin1String("PERMISSION_DENIED") || noWebsocket.contains(session->key))
        return refuse(session, nsp, QStringLiteral("PERMISSION_DENIED"), QStringLiteral("API key lacks websocket permission"));
    if (forced == QLatin1String("ACCOUNT_NOT_FOUND"))
        return refuse(session, nsp, forced, QStringLiteral("Account does not exist"));
    if (forced == QLatin1String("INSUFFICIENT_BALANCE") || m_balance < m_fee)
        return refuse(session, nsp, QStringLiteral("INSUFFICIENT_BALANCE"),
                      QStringLiteral("Not enough balance for connection (balance %1 USD, hourly fee %2 USD)")
                          .arg(m_balance.toFixed(2), m_fee.toFixed(2)));
    int sameKey = 0;
    for (const Session *s : std::as_const(m_sessions))
        sameKey += s->counted && s->key == session->key ? 1 : 0;
    if (forced == QLatin1String("RATE_LIMIT_EXCEEDED") || sameKey >= tier.maxConnections)
        return refuse(session, nsp, QStringLiteral("RATE_LIMIT_EXCEEDED"),
                      QStringLiteral("Maximum connections (%1) reached for %2 tier").arg(tier.maxConnections).arg(tier.name));

    session->io->accept(nsp, session->io->sid());
    session->counted = true;
    QJsonObject connected{{QStringLiteral("type"), QStringLiteral("connected")},
                          {QStringLiteral("connectionId"), session->connectionId}};
    if (!variant("minimal"))
        connected.insert(QStringLiteral("accountId"), option("accountId", QStringLiteral("acc_sim001")));
    stamp(connected);
    sendMessage(session, connected);
    const qint64 billingMs = option("billingIntervalMs", QStringLiteral("3600000")).toLongLong();
    session->billing = new QTimer;
    session->billing->setInterval(server()->clock().realMs(std::max<qint64>(1, billingMs)));
    connect(session->billing, &QTimer::timeout, this, [this, session] { charge(session); });
    session->billing->start();
    if (!m_priceTimer.isActive())
        m_priceTimer.start();
    if (!m_idleTimer.isActive())
        m_idleTimer.start();
    // The first hour is charged when the connection opens, the next ones every hour.
    charge(session);
}

void PrediktSimHandler::onEvent(Session *session, const QString &name, const QJsonArray &args, qint64 ackId)
{
    if (!session->counted)
        return;
    session->lastActivity.restart();
    const QJsonObject request = args.at(0).toObject();
    QString action = name;
    if (name == QLatin1String("message"))
        action = request.value(QLatin1String("action")).toString();
    m_eventLog << (name == QLatin1String("message") ? QLatin1String("message:") + action : name);
    if (m_eventLog.size() > 200)
        m_eventLog.removeFirst();
    if (action == QLatin1String("subscribe")) {
        subscribe(session, request, ackId);
    } else if (action == QLatin1String("unsubscribe")) {
        unsubscribe(session, request, ackId);
    } else if (action == QLatin1String("ping")) {
        QJsonObject pong{{QStringLiteral("type"), QStringLiteral("pong")}};
        stamp(pong);
        sendMessage(session, pong);
        if (ackId >= 0)
            session->io->sendAck(ackId, {pong});
    } else if (ackId >= 0) {
        session->io->sendAck(ackId, {});
    }
}

void PrediktSimHandler::subscribe(Session *session, const QJsonObject &request, qint64 ackId)
{
    const Predikt::Tier tier = Predikt::tierByName(option("tier", QStringLiteral("STANDARD")));
    if (request.value(QLatin1String("channel")).toString() != QLatin1String(Predikt::PriceChannel))
        return sendError(session, QStringLiteral("INVALID_SYMBOL"), QStringLiteral("Unknown channel; use \"price\""), ackId);
    const QStringList invalid = option("invalidSymbols", QString()).toUpper().split(QLatin1Char(','), Qt::SkipEmptyParts);
    QStringList valid;
    for (const QJsonValue &v : request.value(QLatin1String("symbols")).toArray()) {
        const QString symbol = v.toString().trimmed().toUpper();
        if (PrediktMarket::isWellFormed(symbol) && !invalid.contains(symbol) && !valid.contains(symbol))
            valid << symbol;
    }
    if (valid.isEmpty() || option("fail", QString()).toUpper() == QLatin1String("INVALID_SYMBOL"))
        return sendError(session, QStringLiteral("INVALID_SYMBOL"), QStringLiteral("No valid symbols provided"), ackId);
    QStringList added;
    for (const QString &s : std::as_const(valid)) {
        if (!session->symbols.contains(s))
            added << s;
    }
    if (session->symbols.size() + added.size() > tier.maxSymbols)
        return sendError(session, QStringLiteral("RATE_LIMIT_EXCEEDED"),
                         QStringLiteral("Maximum symbols (%1) would be exceeded for %2 tier").arg(tier.maxSymbols).arg(tier.name),
                         ackId);
    const bool first = session->symbols.isEmpty();
    session->symbols += added;
    QJsonObject reply{{QStringLiteral("type"), QStringLiteral("subscribed")},
                      {QStringLiteral("channel"), QLatin1String(Predikt::PriceChannel)},
                      {QStringLiteral("symbols"), QJsonArray::fromStringList(valid)}};
    stamp(reply);
    sendMessage(session, reply);
    if (ackId >= 0)
        session->io->sendAck(ackId, {reply});
    if (first && session->flood > 0)
        startFlood(session);
}

void PrediktSimHandler::unsubscribe(Session *session, const QJsonObject &request, qint64 ackId)
{
    QStringList removed;
    for (const QJsonValue &v : request.value(QLatin1String("symbols")).toArray()) {
        const QString symbol = v.toString().trimmed().toUpper();
        if (session->symbols.removeAll(symbol) > 0)
            removed << symbol;
    }
    QJsonObject reply{{QStringLiteral("type"), QStringLiteral("unsubscribed")},
                      {QStringLiteral("channel"), QLatin1String(Predikt::PriceChannel)},
                      {QStringLiteral("symbols"), QJsonArray::fromStringList(removed)}};
    stamp(reply);
    sendMessage(session, reply);
    if (ackId >= 0)
        session->io->sendAck(ackId, {reply});
}

void PrediktSimHandler::charge(Session *session)
{
    if (m_balance >= m_fee) {
        m_balance -= m_fee;
        QJsonObject billing{{QStringLiteral("type"), QStringLiteral("billing")},
                            {QStringLiteral("amountUsd"), money(m_fee)},
                            {QStringLiteral("remainingBalanceUsd"), money(m_balance)}};
        if (!variant("minimal"))
            billing.insert(QStringLiteral("message"), QStringLiteral("Hourly subscription fee charged"));
        stamp(billing);
        sendMessage(session, billing);
    }
    if (m_balance < m_fee) {
        // The document names the message but shows no payload beyond its type: send the
        // fields every other message has (message, timestamp), nothing invented.
        QJsonObject disconnecting{{QStringLiteral("type"), QStringLiteral("disconnecting")}};
        if (!variant("minimal"))
            disconnecting.insert(QStringLiteral("message"), QStringLiteral("Insufficient balance: %1 USD left, the hourly fee is %2 USD")
                                                                  .arg(m_balance.toFixed(2), m_fee.toFixed(2)));
        stamp(disconnecting);
        sendMessage(session, disconnecting);
        if (session->io)
            session->io->disconnectClient();
    }
}

void PrediktSimHandler::publishPrices()
{
    QSet<QString> wanted;
    for (const Session *s : std::as_const(m_sessions)) {
        if (s->flood <= 0)
            wanted.unite(QSet<QString>(s->symbols.cbegin(), s->symbols.cend()));
    }
    QHash<QString, double> vwap;
    const qint64 nowMs = server()->clock().nowMs();
    for (const QString &symbol : std::as_const(wanted))
        vwap.insert(symbol, m_market.nextVwap(symbol, nowMs));
    const QString ts = now();
    const bool minimal = variant("minimal");
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions) {
        if (!s->counted || s->flood > 0)
            continue;
        for (const QString &symbol : std::as_const(s->symbols)) {
            QJsonObject update{{QStringLiteral("type"), QStringLiteral("price_update")}, {QStringLiteral("symbol"), symbol}};
            const double price = vwap.value(symbol);
            if (variant("string-price"))
                update.insert(QStringLiteral("price"), QString::number(price, 'g', 12));
            else
                update.insert(QStringLiteral("price"), price);
            if (!minimal) {
                update.insert(QStringLiteral("source"), QStringLiteral("vwap"));
                update.insert(QStringLiteral("timestamp"), ts);
            }
            sendMessage(s, update);
        }
    }
}

void PrediktSimHandler::sweepIdle()
{
    const qint64 idleMs = option("idleCloseMs", QString::number(Predikt::IdleCloseMs)).toLongLong();
    const QList<Session *> sessions = m_sessions;
    for (Session *s : sessions) {
        if (s->counted && s->io && s->lastActivity.elapsed() > idleMs) {
            qCInfo(lcSim) << "predikt: closing idle connection" << s->connectionId;
            s->io->disconnectClient();
        }
    }
}

void PrediktSimHandler::startFlood(Session *session)
{
    const QStringList symbols = session->symbols;
    const QString ts = now();
    QPointer<SocketIoServerSession> io = session->io;
    const QString nsp = io->nsp();
    QList<double> base;
    for (const QString &s : symbols)
        base << m_market.lastVwap(s);
    const QByteArray prefix = "42" + (nsp == QLatin1String("/") ? QByteArray() : nsp.toUtf8() + ',');
    auto make = [symbols, base, ts, prefix](qint64 i) {
        const int k = int(i % symbols.size());
        const double price = base.at(k) * (1.0 + 0.0001 * double((i * 7919) % 200 - 100));
        QByteArray frame;
        frame.reserve(160);
        frame += prefix;
        frame += R"(["message",{"type":"price_update","symbol":")" + symbols.at(k).toUtf8();
        frame += R"(","price":)" + QByteArray::number(price, 'g', 10);
        frame += R"(,"source":"vwap","timestamp":")" + ts.toUtf8() + R"("}])";
        return frame;
    };
    auto *sender = new FloodSender(io->socket(), session->flood, make);
    sender->setParent(io->socket());
    sender->start();
}
