#include "alliumapisim.h"

#include "alliumrecordgen.h"
#include "alliumstreamsim.h"
#include "providers/allium/alliumcodec.h"
#include "sim/referencemarket.h"
#include "sim/simserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QWebSocket>
#include <cmath>

namespace {

constexpr char WsPath[] = "/api/v1/developer/ws/api";
const char *const InflightProperty = "allium_inflight";

struct AssetSpec {
    const char *chain;
    const char *symbol;
    const char *name;
    const char *address;
    int decimals;
};
constexpr AssetSpec Assets[] = {
    {"ethereum", "ETH", "Ether", "0x0000000000000000000000000000000000000000", 18},
    {"ethereum", "WETH", "Wrapped Ether", "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2", 18},
    {"ethereum", "USDC", "USD Coin", "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48", 6},
    {"ethereum", "USDT", "Tether USD", "0xdac17f958d2ee523a2206206994597c13d831ec7", 6},
    {"ethereum", "WBTC", "Wrapped BTC", "0x2260fac5e5542a773aa44fbcfedf7c193bc2c599", 8},
    {"ethereum", "DAI", "Dai Stablecoin", "0x6b175474e89094c44da98b954eedeac495271d0f", 18},
    {"ethereum", "LINK", "ChainLink Token", "0x514910771af9ca656af840dff83e8264ecf986ca", 18},
    {"ethereum", "UNI", "Uniswap", "0x1f9840a85d5af5bf1d1762f925bdaddc4201f984", 18},
    {"ethereum", "AAVE", "Aave Token", "0x7fc66500c84a76ad7e9c93437bfc5ac33e2ddae9", 18},
    {"ethereum", "PEPE", "Pepe", "0x6982508145454ce325ddbe47a25d4ec3d2311933", 18},
    {"ethereum", "stETH", "Lido Staked Ether", "0xae7ab96520de3a18e5e111b5eaab095312d7fe84", 18},
    {"ethereum", "MKR", "Maker", "0x9f8f72aa9304c8b593d555f12ef6589cc3a579a2", 18},
    {"base", "ETH", "Ether", "0x0000000000000000000000000000000000000000", 18},
    {"base", "USDC", "USD Coin", "0x833589fcd6edb6e08f4c7c32d4f71b54bda02913", 6},
    {"base", "AERO", "Aerodrome Finance", "0x940181a94a35a4569e4529a3cdfb74e38fd98631", 18},
    {"base", "cbBTC", "Coinbase Wrapped BTC", "0xcbb7c0000ab88b473b1f5afd9ef808440eed33bf", 8},
    {"base", "DEGEN", "Degen", "0x4ed4e862860bed51a9570b96d89af5e1b0efefed", 18},
    {"solana", "SOL", "Solana", "So11111111111111111111111111111111111111112", 9},
    {"solana", "USDC", "USD Coin", "EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", 6},
    {"solana", "JUP", "Jupiter", "JUPyiwrYJFskUPiHa7hkeR8VUtAeFoSYbKedZNsDvCN", 6},
    {"bitcoin", "BTC", "Bitcoin", "", 8},
};

QJsonValue notFound(const AlliumApiRequest &r)
{
    return QStringLiteral("Not Found: no route for %1 %2").arg(r.method, r.path);
}

std::pair<bool, QJsonValue> assets(const AlliumApiRequest &r)
{
    const QString chain = r.body.value(QStringLiteral("blockchain")).toString(QStringLiteral("ethereum")).toLower();
    const QJsonValue limitValue = r.body.value(QStringLiteral("limit"));
    int limit = 10;
    if (!limitValue.isUndefined()) {
        bool ok = false;
        limit = limitValue.isDouble() ? limitValue.toInt() : limitValue.toString().toInt(&ok);
        if ((!limitValue.isDouble() && !ok) || limit < 1 || limit > 100)
            return {false, QStringLiteral("Bad Request: limit must be a number from 1 to 100")};
    }
    QJsonArray items;
    bool known = false;
    for (const AssetSpec &a : Assets) {
        if (chain != QLatin1String(a.chain))
            continue;
        known = true;
        if (items.size() >= limit)
            break;
        items.append(QJsonObject{{QStringLiteral("blockchain"), QString::fromLatin1(a.chain)},
                                 {QStringLiteral("symbol"), QString::fromLatin1(a.symbol)},
                                 {QStringLiteral("name"), QString::fromLatin1(a.name)},
                                 {QStringLiteral("address"), QString::fromLatin1(a.address)},
                                 {QStringLiteral("decimals"), a.decimals}});
    }
    if (!known)
        return {false, QStringLiteral("Bad Request: unknown blockchain \"%1\"").arg(chain)};
    return {true, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("count"), items.size()}}};
}

bool isEvmAddress(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^0x[0-9a-fA-F]{40}$"));
    return re.match(s).hasMatch();
}

std::pair<bool, QJsonValue> fills(const AlliumApiRequest &r, quint32 seed)
{
    const QString type = r.body.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("userFills") && type != QLatin1String("userFillsByTime"))
        return {false, QStringLiteral("Bad Request: type must be \"userFills\" or \"userFillsByTime\"")};
    const QString user = r.body.value(QStringLiteral("user")).toString();
    if (!isEvmAddress(user))
        return {false, QStringLiteral("Bad Request: user must be a 0x-prefixed 40-hex-digit address")};
    // Seeded by the user so the same question gets the same answer.
    AlliumRecordGenerator gen(QStringLiteral("hyperliquid.fills"), seed ^ qHash(user.toLower()), 1730419200000LL);
    QJsonArray out;
    qint64 t = 1730419200000LL;
    for (int i = 0; i < 4; ++i) {
        for (QJsonObject fill : gen.hyperliquidFills(t, 2)) {
            fill.insert(QStringLiteral("user"), user);
            out.append(fill);
        }
        t += 3600000;
    }
    return {true, out};
}

std::pair<bool, QJsonValue> prices(const AlliumApiRequest &r, qint64 nowMs)
{
    const QString chain = r.body.value(QStringLiteral("chain")).toString();
    const QString token = r.body.value(QStringLiteral("token_address")).toString().toLower();
    for (const AssetSpec &a : Assets) {
        if (chain == QLatin1String(a.chain) && token == QString::fromLatin1(a.address).toLower()) {
            // The price every simulated provider shares, to the cent (or 9 significant digits).
            const double reference = ReferenceMarket::priceAt(QString::fromLatin1(a.symbol), nowMs);
            const double price = reference >= 1 ? std::round(reference * 100) / 100 : QString::number(reference, 'g', 9).toDouble();
            return {true, QJsonObject{{QStringLiteral("chain"), chain},
                                      {QStringLiteral("token_address"), QString::fromLatin1(a.address)},
                                      {QStringLiteral("symbol"), QString::fromLatin1(a.symbol)},
                                      {QStringLiteral("price"), price},
                                      {QStringLiteral("decimals"), a.decimals}}};
        }
    }
    return {false, QStringLiteral("Not Found: no price for %1 on %2").arg(token, chain.isEmpty() ? QStringLiteral("?") : chain)};
}

std::pair<bool, QJsonValue> balances(const AlliumApiRequest &r, quint32 seed)
{
    const QString chain = r.body.value(QStringLiteral("chain")).toString(QStringLiteral("ethereum"));
    const QString address = r.body.value(QStringLiteral("address")).toString();
    if (!isEvmAddress(address))
        return {false, QStringLiteral("Bad Request: address must be a 0x-prefixed 40-hex-digit address")};
    QRandomGenerator rng(seed ^ qHash(address.toLower()));
    QJsonArray out;
    for (const AssetSpec &a : Assets) {
        if (chain != QLatin1String(a.chain) || rng.bounded(2) == 0)
            continue;
        QString raw = QString::number(1 + rng.bounded(99999));
        raw += QString(a.decimals - 2, QLatin1Char('0'));
        out.append(QJsonObject{{QStringLiteral("symbol"), QString::fromLatin1(a.symbol)},
                               {QStringLiteral("token_address"), QString::fromLatin1(a.address)},
                               {QStringLiteral("raw_balance"), raw},
                               {QStringLiteral("decimals"), a.decimals}});
    }
    return {true, QJsonObject{{QStringLiteral("address"), address}, {QStringLiteral("chain"), chain}, {QStringLiteral("balances"), out}}};
}

} // namespace

AlliumApiSimHandler::AlliumApiSimHandler(SimServer *server)
    : SimHandler(server)
{
}

bool AlliumApiSimHandler::acceptsPath(const QString &path) const
{
    return path == QLatin1String(WsPath);
}

int AlliumApiSimHandler::upgradeStatus(const SimHttpRequest &request)
{
    return alliumUpgradeStatus(*server(), request);
}

std::pair<bool, QJsonValue> AlliumApiSimHandler::route(const AlliumApiRequest &r, quint32 seed, qint64 nowMs)
{
    if (nowMs <= 0)
        nowMs = QDateTime::currentMSecsSinceEpoch();
    const QString &p = r.path;
    if (p == QLatin1String("/api/v1/developer/assets"))
        return r.method == QLatin1String("GET") ? assets(r) : std::pair<bool, QJsonValue>{false, QStringLiteral("Method Not Allowed: use GET")};
    if (p == QLatin1String("/api/v1/developer/trading/hyperliquid/info/fills"))
        return r.method == QLatin1String("POST") ? fills(r, seed) : std::pair<bool, QJsonValue>{false, QStringLiteral("Method Not Allowed: use POST")};
    if (p == QLatin1String("/api/v1/developer/prices"))
        return r.method == QLatin1String("POST") ? prices(r, nowMs) : std::pair<bool, QJsonValue>{false, QStringLiteral("Method Not Allowed: use POST")};
    if (p == QLatin1String("/api/v1/developer/wallet/balances"))
        return r.method == QLatin1String("GET") ? balances(r, seed) : std::pair<bool, QJsonValue>{false, QStringLiteral("Method Not Allowed: use GET")};
    return {false, notFound(r)};
}

void AlliumApiSimHandler::acceptSocket(QWebSocket *socket)
{
    socket->setProperty(InflightProperty, 0);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QWebSocket::textMessageReceived, this, [this, socket](const QString &text) { onText(socket, text); });
}

void AlliumApiSimHandler::dropAll()
{
    for (QWebSocket *socket : findChildren<QWebSocket *>())
        socket->abort();
}

void AlliumApiSimHandler::onText(QWebSocket *socket, const QString &text)
{
    QString error;
    QString id;
    const std::optional<AlliumApiRequest> request = AlliumCodec::decodeRequest(text.toUtf8(), &error, &id);
    auto reply = [socket](const QString &replyId, bool ok, const QJsonValue &data) {
        AlliumApiResponse response;
        response.id = replyId;
        response.status = ok ? QStringLiteral("success") : QStringLiteral("error");
        response.data = data;
        socket->sendTextMessage(QString::fromUtf8(AlliumCodec::encodeResponse(response)));
    };
    if (!request) {
        ++m_badRequests;
        reply(id, false, QStringLiteral("Bad Request: %1").arg(error));
        return;
    }
    const int limit = server()->option(QStringLiteral("allium.maxInflight"), DocumentedLimit).toInt();
    const int inflight = socket->property(InflightProperty).toInt();
    if (inflight >= limit) {
        ++m_rejected;
        reply(request->id, false, QString::fromLatin1(AlliumCodec::MaxInflightMessage));
        return;
    }
    socket->setProperty(InflightProperty, inflight + 1);
    m_maxObserved = std::max(m_maxObserved, inflight + 1);

    const QString &path = request->path;
    if (path == QLatin1String("/api/v1/developer/sim/hang"))
        return; // never answered: the client's timeout must fire (the slot stays taken)
    const quint32 seed = server()->seedFor(QStringLiteral("allium.api"));
    QPointer<QWebSocket> guard(socket);
    auto answer = [this, guard, request, reply, seed] {
        if (!guard)
            return;
        guard->setProperty(InflightProperty, std::max(0, guard->property(InflightProperty).toInt() - 1));
        ++m_answered;
        if (request->path == QLatin1String("/api/v1/developer/sim/misbehave")) {
            const QString kind = request->body.value(QStringLiteral("kind")).toString();
            if (kind == QLatin1String("garbage"))
                guard->sendTextMessage(QStringLiteral("this is not JSON {"));
            else if (kind == QLatin1String("wrong-types"))
                guard->sendTextMessage(QStringLiteral(R"({"id":42.5e300,"status":7,"data":[1,2]})"));
            else if (kind == QLatin1String("unknown-id"))
                guard->sendTextMessage(QStringLiteral(R"({"id":"no-such-request","status":"success","data":{}})"));
            else if (kind == QLatin1String("huge"))
                guard->sendTextMessage(QString(int(request->body.value(QStringLiteral("bytes")).toDouble(2 * 1024 * 1024)), QLatin1Char('x')));
            else if (kind == QLatin1String("binary"))
                guard->sendBinaryMessage(QByteArray("\xff\xfe\x00garbage", 10));
            reply(request->id, true, QJsonObject{{QStringLiteral("misbehaved"), kind}});
            return;
        }
        const auto [ok, data] = route(*request, seed, server()->clock().nowMs());
        reply(request->id, ok, data);
    };
    const int latency = server()->option(QStringLiteral("allium.latencyMs"), 0).toInt();
    if (latency > 0)
        QTimer::singleShot(latency, this, answer);
    else
        answer();
}
