#include "conyrcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>
#include <algorithm>
#include <cmath>

namespace Conyr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Conyr", text);
}

/// A number that may arrive as a JSON number or a numeric string.
bool readNumber(const QJsonValue &v, double &out)
{
    if (v.isDouble()) {
        out = v.toDouble();
        return std::isfinite(out);
    }
    if (v.isString()) {
        bool ok = false;
        out = v.toString().toDouble(&ok);
        return ok && std::isfinite(out);
    }
    return false;
}

bool readInteger(const QJsonValue &v, qint64 &out)
{
    double d = 0;
    if (!readNumber(v, d) || d < -9e15 || d > 9e15)
        return false;
    out = qint64(d);
    return true;
}

QStringList readChannels(const QJsonObject &o)
{
    QStringList out;
    const QJsonValue v = o.value(QLatin1String("channels"));
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (const QJsonValue &c : array) {
            if (c.isString())
                out.append(c.toString());
        }
    } else if (v.isString()) {
        out.append(v.toString());
    }
    return out;
}

QByteArray number(double v)
{
    // Shortest round-trip form keeps prices like 0.000123 exact and the bytes short.
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

QByteArray jsonString(const QString &s)
{
    // QJsonDocument escapes for us; used only on short strings.
    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

} // namespace

// ---- channel names ---------------------------------------------------------------------

ChannelDescriptor parseChannel(const QString &name)
{
    ChannelDescriptor d;
    d.name = name;
    const QStringList parts = name.split(QLatin1Char(':'));
    if (parts.size() < 3 || parts.at(0) != QLatin1String("token") || parts.at(1).isEmpty())
        return d;
    if (parts.size() == 3 && parts.at(2) == QLatin1String("trades")) {
        d.kind = ChannelKind::Trades;
        d.mint = parts.at(1);
        return d;
    }
    if (parts.size() == 5 && parts.at(2) == QLatin1String("ohlcv") && !parts.at(3).isEmpty()) {
        const qint64 ms = intervalMs(parts.at(4));
        if (ms <= 0)
            return d;
        d.kind = ChannelKind::Ohlcv;
        d.mint = parts.at(1);
        d.variant = parts.at(3);
        d.interval = parts.at(4);
        d.intervalMs = ms;
    }
    return d;
}

QString tradesChannel(const QString &mint)
{
    return QStringLiteral("token:%1:trades").arg(mint);
}

QString ohlcvChannel(const QString &mint, const QString &variant, const QString &interval)
{
    return QStringLiteral("token:%1:ohlcv:%2:%3").arg(mint, variant, interval);
}

qint64 intervalMs(QStringView interval)
{
    if (interval.size() < 2 || interval.size() > 6)
        return 0;
    const QChar unit = interval.back();
    bool ok = false;
    const qint64 n = interval.chopped(1).toLongLong(&ok);
    if (!ok || n <= 0 || n > 100000 || !interval.front().isDigit())
        return 0;
    switch (unit.unicode()) {
    case 's': return n * 1000;
    case 'm': return n * 60 * 1000;
    case 'h': return n * 3600 * 1000;
    case 'd': return n * 86400 * 1000;
    default: return 0;
    }
}

QString intervalName(qint64 ms)
{
    if (ms <= 0)
        return {};
    if (ms % 86400000 == 0)
        return QString::number(ms / 86400000) + QLatin1Char('d');
    if (ms % 3600000 == 0)
        return QString::number(ms / 3600000) + QLatin1Char('h');
    if (ms % 60000 == 0)
        return QString::number(ms / 60000) + QLatin1Char('m');
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + QLatin1Char('s');
    return {};
}

const QStringList &streamedIntervals()
{
    static const QStringList intervals = {QStringLiteral("1s"), QStringLiteral("1m"), QStringLiteral("5m"),
                                          QStringLiteral("15m"), QStringLiteral("1h")};
    return intervals;
}

const QStringList &candleVariants()
{
    static const QStringList variants = {QStringLiteral("filtered"), QStringLiteral("raw")};
    return variants;
}

bool isPlausibleMint(QStringView mint)
{
    if (mint.size() < 32 || mint.size() > 44)
        return false;
    static const QString alphabet = QStringLiteral("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    return std::all_of(mint.begin(), mint.end(), [](QChar c) { return alphabet.contains(c); });
}

// ---- client → server ---------------------------------------------------------------------

QByteArray encodeSubscribe(const QStringList &channels)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")},
                                     {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodeUnsubscribe(const QStringList &channels)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("unsubscribe")},
                                     {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodePing()
{
    return QByteArrayLiteral(R"({"op":"ping"})");
}

// ---- server → client ---------------------------------------------------------------------

ServerMessage decodeServerMessage(const QByteArray &utf8)
{
    ServerMessage m;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        m.problem = tr("Not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
        return m;
    }
    if (!doc.isObject()) {
        m.problem = tr("Not a JSON object");
        return m;
    }
    const QJsonObject o = doc.object();
    const QJsonValue channel = o.value(QLatin1String("channel"));
    if (!channel.isUndefined()) {
        if (!channel.isString() || channel.toString().isEmpty()) {
            m.problem = tr("The channel of a data event is not a string");
            return m;
        }
        m.type = ServerMessage::Type::Data;
        m.channel = channel.toString();
        m.data = o.value(QLatin1String("data"));
        return m;
    }
    const QJsonValue op = o.value(QLatin1String("op"));
    if (!op.isString()) {
        m.problem = tr("A message with neither channel nor op");
        return m;
    }
    m.op = op.toString();
    if (m.op == QLatin1String("subscribed")) {
        m.type = ServerMessage::Type::Subscribed;
        m.channels = readChannels(o);
    } else if (m.op == QLatin1String("unsubscribed")) {
        m.type = ServerMessage::Type::Unsubscribed;
        m.channels = readChannels(o);
    } else if (m.op == QLatin1String("pong")) {
        m.type = ServerMessage::Type::Pong;
    } else if (m.op == QLatin1String("error")) {
        m.type = ServerMessage::Type::Error;
        const QJsonValue message = o.value(QLatin1String("message"));
        m.message = message.isString() ? message.toString() : tr("The server reported an error without a message");
        m.channels = readChannels(o);
    } else {
        m.type = ServerMessage::Type::UnknownOp;
    }
    return m;
}

Side sideFromString(QStringView side)
{
    if (side.compare(QLatin1String("buy"), Qt::CaseInsensitive) == 0)
        return Side::Buy;
    if (side.compare(QLatin1String("sell"), Qt::CaseInsensitive) == 0)
        return Side::Sell;
    return Side::Unknown;
}

QString sideToString(Side side)
{
    switch (side) {
    case Side::Buy: return QStringLiteral("buy");
    case Side::Sell: return QStringLiteral("sell");
    case Side::Unknown: break;
    }
    return QStringLiteral("unknown");
}

bool decodeTrade(const QJsonValue &data, Trade &out, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (!data.isObject())
        return fail(tr("A trade is not a JSON object"));
    const QJsonObject o = data.toObject();
    QJsonValue id = o.value(QLatin1String("signature"));
    if (id.isUndefined())
        id = o.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty())
        return fail(tr("A trade without a signature"));
    Trade t;
    t.id = id.toString();
    if (!readInteger(o.value(QLatin1String("ts")), t.ts) || t.ts <= 0)
        return fail(tr("A trade without a valid ts"));
    if (!readNumber(o.value(QLatin1String("price")), t.price) || t.price <= 0)
        return fail(tr("A trade without a valid price"));
    if (!readNumber(o.value(QLatin1String("size")), t.size) || t.size < 0)
        return fail(tr("A trade without a valid size"));
    const QJsonValue seq = o.value(QLatin1String("seq"));
    if (!seq.isUndefined() && (!readInteger(seq, t.seq) || t.seq < 0))
        return fail(tr("A trade with an invalid seq"));
    t.side = sideFromString(o.value(QLatin1String("side")).toString());
    readNumber(o.value(QLatin1String("value_usd")), t.valueUsd);
    t.trader = o.value(QLatin1String("trader")).toString();
    out = std::move(t);
    return true;
}

bool decodeCandle(const QJsonValue &data, Candle &out, QString *problem)
{
    auto fail = [problem](const QString &why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (!data.isObject())
        return fail(tr("A candle is not a JSON object"));
    const QJsonObject o = data.toObject();
    Candle c;
    if (!readInteger(o.value(QLatin1String("ts")), c.ts) || c.ts <= 0)
        return fail(tr("A candle without a valid ts"));
    if (!readNumber(o.value(QLatin1String("o")), c.open) || !readNumber(o.value(QLatin1String("h")), c.high)
        || !readNumber(o.value(QLatin1String("l")), c.low) || !readNumber(o.value(QLatin1String("c")), c.close))
        return fail(tr("A candle without open, high, low and close"));
    if (c.low > c.high || c.open > c.high || c.close > c.high || c.open < c.low || c.close < c.low)
        return fail(tr("A candle whose high and low do not contain open and close"));
    const QJsonValue v = o.value(QLatin1String("v"));
    if (!v.isUndefined() && (!readNumber(v, c.volume) || c.volume < 0))
        return fail(tr("A candle with an invalid volume"));
    const QJsonValue trades = o.value(QLatin1String("trades"));
    if (!trades.isUndefined() && (!readInteger(trades, c.trades) || c.trades < 0))
        return fail(tr("A candle with an invalid trade count"));
    c.closed = o.value(QLatin1String("closed")).toBool(false);
    out = c;
    return true;
}

QJsonObject tradeToJson(const Trade &t)
{
    QJsonObject o{{QStringLiteral("signature"), t.id},
                  {QStringLiteral("ts"), double(t.ts)},
                  {QStringLiteral("side"), sideToString(t.side)},
                  {QStringLiteral("price"), t.price},
                  {QStringLiteral("size"), t.size}};
    if (t.seq >= 0)
        o.insert(QStringLiteral("seq"), double(t.seq));
    if (t.valueUsd > 0)
        o.insert(QStringLiteral("value_usd"), t.valueUsd);
    if (!t.trader.isEmpty())
        o.insert(QStringLiteral("trader"), t.trader);
    return o;
}

QJsonObject candleToJson(const Candle &c)
{
    return QJsonObject{{QStringLiteral("ts"), double(c.ts)},   {QStringLiteral("o"), c.open},
                       {QStringLiteral("h"), c.high},          {QStringLiteral("l"), c.low},
                       {QStringLiteral("c"), c.close},         {QStringLiteral("v"), c.volume},
                       {QStringLiteral("trades"), double(c.trades)}, {QStringLiteral("closed"), c.closed}};
}

QByteArray encodeTradeEvent(const QString &channel, const Trade &t)
{
    // Built by hand: the simulator's flood mode sends hundreds of thousands per second.
    QByteArray out;
    out.reserve(256);
    out += R"({"channel":")";
    out += channel.toUtf8();
    out += R"(","data":{"signature":")";
    out += t.id.toUtf8();
    out += R"(","seq":)";
    out += QByteArray::number(t.seq);
    out += R"(,"ts":)";
    out += QByteArray::number(t.ts);
    out += R"(,"side":")";
    out += t.side == Side::Buy ? "buy" : (t.side == Side::Sell ? "sell" : "unknown");
    out += R"(","price":)";
    out += number(t.price);
    out += R"(,"size":)";
    out += number(t.size);
    if (t.valueUsd > 0) {
        out += R"(,"value_usd":)";
        out += number(t.valueUsd);
    }
    if (!t.trader.isEmpty()) {
        out += R"(,"trader":)";
        out += jsonString(t.trader);
    }
    out += "}}";
    return out;
}

QByteArray encodeCandleEvent(const QString &channel, const Candle &c)
{
    QByteArray out;
    out.reserve(200);
    out += R"({"channel":")";
    out += channel.toUtf8();
    out += R"(","data":{"ts":)" + QByteArray::number(c.ts);
    out += R"(,"o":)" + number(c.open) + R"(,"h":)" + number(c.high) + R"(,"l":)" + number(c.low);
    out += R"(,"c":)" + number(c.close) + R"(,"v":)" + number(c.volume);
    out += R"(,"trades":)" + QByteArray::number(c.trades);
    out += c.closed ? R"(,"closed":true}})" : R"(,"closed":false}})";
    return out;
}

QByteArray encodeAck(const QString &op, const QStringList &channels)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("op"), op},
                                     {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodeError(const QString &message, const QStringList &channels)
{
    QJsonObject o{{QStringLiteral("op"), QStringLiteral("error")}, {QStringLiteral("message"), message}};
    if (!channels.isEmpty())
        o.insert(QStringLiteral("channels"), QJsonArray::fromStringList(channels));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodePong()
{
    return QByteArrayLiteral(R"({"op":"pong"})");
}

// ---- REST candles -------------------------------------------------------------------------

QUrl restBaseFromWs(const QUrl &wsUrl)
{
    QUrl base = wsUrl;
    const QString scheme = wsUrl.scheme().toLower();
    base.setScheme(scheme == QLatin1String("wss") ? QStringLiteral("https")
                   : scheme == QLatin1String("ws") ? QStringLiteral("http")
                                                   : scheme);
    QString path = wsUrl.path();
    if (path.endsWith(QLatin1String("/ws")))
        path.chop(3);
    base.setPath(path);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

QUrl candleRequestUrl(const QUrl &restBase, const QString &mint, const QString &variant,
                      const QString &interval, qint64 fromMs, qint64 toMs, int limit)
{
    QUrl url = restBase;
    QString path = restBase.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QLatin1String(RestCandlePathPrefix) + mint + QLatin1String("/ohlcv");
    url.setPath(path);
    QUrlQuery query(restBase);
    query.addQueryItem(QStringLiteral("variant"), variant);
    query.addQueryItem(QStringLiteral("interval"), interval);
    if (fromMs > 0)
        query.addQueryItem(QStringLiteral("from"), QString::number(fromMs));
    if (toMs > 0)
        query.addQueryItem(QStringLiteral("to"), QString::number(toMs));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    return url;
}

bool decodeCandleResponse(const QByteArray &body, QList<Candle> &out, QString *problem, int *skipped)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (problem)
            *problem = tr("The candle response is not JSON: %1").arg(error.errorString());
        return false;
    }
    QJsonArray candles;
    if (doc.isArray())
        candles = doc.array();
    else if (doc.isObject() && doc.object().value(QLatin1String("candles")).isArray())
        candles = doc.object().value(QLatin1String("candles")).toArray();
    else {
        if (problem)
            *problem = tr("The candle response has no candles array");
        return false;
    }
    out.clear();
    out.reserve(candles.size());
    int bad = 0;
    for (const QJsonValue &v : std::as_const(candles)) {
        Candle c;
        if (decodeCandle(v, c))
            out.append(c);
        else
            ++bad;
    }
    std::stable_sort(out.begin(), out.end(), [](const Candle &a, const Candle &b) { return a.ts < b.ts; });
    if (skipped)
        *skipped = bad;
    return true;
}

QByteArray encodeCandleResponse(const QString &mint, const QString &variant, const QString &interval,
                                const QList<Candle> &candles)
{
    QJsonArray array;
    for (const Candle &c : candles)
        array.append(candleToJson(c));
    return QJsonDocument(QJsonObject{{QStringLiteral("mint"), mint},
                                     {QStringLiteral("variant"), variant},
                                     {QStringLiteral("interval"), interval},
                                     {QStringLiteral("candles"), array}})
        .toJson(QJsonDocument::Compact);
}

// ---- tiers --------------------------------------------------------------------------------

TierLimits tierLimits(const QString &tier)
{
    const QString id = tier.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (id == QLatin1String("free"))
        return {QStringLiteral("free"), 0, 0};
    if (id == QLatin1String("layer2"))
        return {QStringLiteral("layer2"), 20, 50};
    if (id == QLatin1String("layer3"))
        return {QStringLiteral("layer3"), 50, 50};
    if (id == QLatin1String("enterprise"))
        return {QStringLiteral("enterprise"), -1, -1};
    return {QStringLiteral("layer1"), 5, 50};
}

QStringList tierIds()
{
    return {QStringLiteral("free"), QStringLiteral("layer1"), QStringLiteral("layer2"), QStringLiteral("layer3"),
            QStringLiteral("enterprise")};
}

QString tierLabel(const QString &tier)
{
    const QString id = tierLimits(tier).id;
    if (id == QLatin1String("free"))
        return tr("Free");
    if (id == QLatin1String("layer2"))
        return tr("Layer 2");
    if (id == QLatin1String("layer3"))
        return tr("Layer 3");
    if (id == QLatin1String("enterprise"))
        return tr("Enterprise");
    return tr("Layer 1");
}

QString subscriptionCapMessage(const TierLimits &limits)
{
    return QStringLiteral("Subscription limit exceeded: your tier allows %1 subscriptions per connection")
        .arg(limits.maxSubscriptions);
}

} // namespace Conyr
