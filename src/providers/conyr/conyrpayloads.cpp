#include "conyrpayloads.h"
#include "core/jsonnumbers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <cmath>

namespace Conyr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Conyr", text);
}

bool fail(QString *problem, const QString &why)
{
    if (problem)
        *problem = why;
    return false;
}

constexpr double MaxExactInteger = 9007199254740992.0; // 2^53

/// A finite number from a JSON number or numeric text (JsonNumbers::checkedDouble).
bool readDouble(const QJsonValue &v, double &out)
{
    const std::optional<double> d = JsonNumbers::checkedDouble(v);
    if (d)
        out = *d;
    return d.has_value();
}

/// A whole number within ±2^53 (exact in a double; converting beyond qint64 would be
/// undefined), from a JSON number or numeric text; fractions are truncated.
bool readInteger(const QJsonValue &v, qint64 &out)
{
    JsonNumbers::IntegerRange range;
    range.allowFraction = true;
    const std::optional<qint64> n = JsonNumbers::checkedInteger(v, nullptr, range);
    if (!n)
        return false;
    out = *n;
    return true;
}

/// A time in Unix ms: a number of ms (or of seconds, when too small to be ms), or ISO 8601.
bool readTimeMs(const QJsonValue &v, qint64 &out)
{
    if (v.isString()) {
        const QString s = v.toString();
        if (s.contains(QLatin1Char('T')) || s.contains(QLatin1Char('-'))) {
            const QDateTime when = QDateTime::fromString(s, Qt::ISODateWithMs);
            if (!when.isValid())
                return false;
            out = when.toMSecsSinceEpoch();
            return out > 0;
        }
    }
    qint64 n = 0;
    if (!readInteger(v, n) || n <= 0)
        return false;
    out = n < 100000000000LL ? n * 1000 : n; // before 1973 as ms = seconds
    return true;
}

/// A string field of a QJsonObject or a JsonScan::ObjectView; empty when absent or not a string.
template <typename Object>
QString str(const Object &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

QString str(const JsonScan::ObjectView &o, QLatin1String key)
{
    const JsonScan::Field *f = o.findLast(key);
    return f && f->type == 's' ? JsonScan::text(*f) : QString(); // no QJsonValue on the hot path
}

/// A decimal field (readDecimal) of a QJsonObject or a JsonScan::ObjectView.
enum class FieldRead { Absent, Ok, Bad }; // Absent: missing or null
template <typename Object>
FieldRead decimalField(const Object &o, QLatin1String key, QString &text, double &number)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return FieldRead::Absent;
    return readDecimal(v, text, number) ? FieldRead::Ok : FieldRead::Bad;
}

FieldRead decimalField(const JsonScan::ObjectView &o, QLatin1String key, QString &text, double &number)
{
    const JsonScan::Field *f = o.findLast(key);
    if (!f || f->type == 'z')
        return FieldRead::Absent;
    if (f->type != 's')
        return readDecimal(JsonScan::toValue(*f), text, number) ? FieldRead::Ok : FieldRead::Bad;
    QString s = JsonScan::text(*f); // readDecimal's string branch, without a QJsonValue
    const std::optional<double> d = JsonNumbers::checkedDouble(QStringView(s));
    if (!d)
        return FieldRead::Bad;
    text = std::move(s);
    number = *d;
    return FieldRead::Ok;
}

QByteArray jsonString(const QString &s)
{
    const QByteArray doc = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return doc.mid(1, doc.size() - 2);
}

/// A decimal field: "…":"1.5" or "…":1.5 as the style says.
void appendDecimal(QByteArray &out, const char *key, const QString &text, double value, bool asString)
{
    out += ",\"";
    out += key;
    out += "\":";
    const QByteArray digits = text.isEmpty() ? decimalText(value).toLatin1() : text.toLatin1();
    if (asString) {
        out += '"';
        out += digits;
        out += '"';
    } else {
        out += digits;
    }
}

void appendString(QByteArray &out, const char *key, const QString &value)
{
    out += ",\"";
    out += key;
    out += "\":";
    out += jsonString(value);
}

void appendInt(QByteArray &out, const char *key, qint64 value)
{
    out += ",\"";
    out += key;
    out += "\":";
    out += QByteArray::number(value);
}

void appendNumber(QByteArray &out, const char *key, double value, bool asString)
{
    out += ",\"";
    out += key;
    out += "\":";
    const QByteArray n = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    out += asString ? '"' + n + '"' : n;
}

} // namespace

// ---- exact numbers ------------------------------------------------------------------------

QString decimalText(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("0");
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

bool readDecimal(const QJsonValue &value, QString &text, double &number)
{
    if (value.isString()) {
        const std::optional<double> d = JsonNumbers::checkedDouble(value); // C locale: "0.5", "1e-7"; no "0,5"
        if (!d)
            return false;
        text = value.toString();
        number = *d;
        return true;
    }
    if (value.isDouble() && std::isfinite(value.toDouble())) {
        number = value.toDouble();
        text = decimalText(number);
        return true;
    }
    return false;
}

bool readOrderKey(const QJsonValue &value, QString &digits)
{
    QString s;
    if (value.isString()) {
        s = value.toString();
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        if (!(d >= 0) || d > MaxExactInteger || std::floor(d) != d)
            return false;
        s = QString::number(qint64(d));
    } else {
        return false;
    }
    if (s.isEmpty() || s.size() > 80)
        return false;
    for (const QChar c : std::as_const(s)) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    qsizetype zeros = 0;
    while (zeros < s.size() - 1 && s.at(zeros) == QLatin1Char('0'))
        ++zeros;
    digits = s.mid(zeros);
    return true;
}

int compareOrderKey(QStringView a, QStringView b)
{
    // Canonical digits: the longer is larger; equal lengths compare as text.
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

// ---- payloads -----------------------------------------------------------------------------

Side sideFromString(QStringView direction)
{
    if (direction.compare(QLatin1String("buy"), Qt::CaseInsensitive) == 0)
        return Side::Buy;
    if (direction.compare(QLatin1String("sell"), Qt::CaseInsensitive) == 0)
        return Side::Sell;
    if (direction.compare(QLatin1String("swap"), Qt::CaseInsensitive) == 0)
        return Side::Swap;
    if (direction.compare(QLatin1String("flash_swap"), Qt::CaseInsensitive) == 0)
        return Side::FlashSwap;
    return Side::Unknown;
}

QString sideToString(Side side)
{
    switch (side) {
    case Side::Buy: return QStringLiteral("buy");
    case Side::Sell: return QStringLiteral("sell");
    case Side::Swap: return QStringLiteral("swap");
    case Side::FlashSwap: return QStringLiteral("flash_swap");
    case Side::Unknown: break;
    }
    return QStringLiteral("unknown");
}

namespace {

/// The trade's fields from a QJsonObject or, on the hot path, a JsonScan::ObjectView: one
/// reading of the trade object for both, so they cannot disagree.
template <typename Object>
bool decodeTradeObject(const Object &o, Trade &out, QString *problem)
{
    Trade t;
    t.signature = str(o, QLatin1String("signature"));
    const QJsonValue index = o.value(QLatin1String("event_index"));
    if (!index.isUndefined() && (!readInteger(index, t.eventIndex) || t.eventIndex < 0))
        return fail(problem, tr("A trade with an invalid event_index"));
    t.id = str(o, QLatin1String("trade_id"));
    if (t.id.isEmpty() && !t.signature.isEmpty() && t.eventIndex >= 0)
        t.id = t.signature + QLatin1Char(':') + QString::number(t.eventIndex);
    if (t.id.isEmpty())
        return fail(problem, tr("A trade without a trade_id"));
    if (!readTimeMs(o.value(QLatin1String("timestamp")), t.ts))
        return fail(problem, tr("A trade without a valid timestamp"));
    if (decimalField(o, QLatin1String("usd_price"), t.priceText, t.price) != FieldRead::Ok || t.price < 0)
        return fail(problem, tr("A trade without a valid usd_price"));
    if (decimalField(o, QLatin1String("token_amount"), t.sizeText, t.size) != FieldRead::Ok || t.size < 0)
        return fail(problem, tr("A trade without a valid token_amount"));
    if (decimalField(o, QLatin1String("usd_notional"), t.valueUsdText, t.valueUsd) == FieldRead::Bad)
        return fail(problem, tr("A trade with an invalid usd_notional"));
    double baseAmount = 0;
    if (decimalField(o, QLatin1String("base_amount"), t.baseAmountText, baseAmount) == FieldRead::Bad)
        return fail(problem, tr("A trade with an invalid base_amount"));
    const QJsonValue slot = o.value(QLatin1String("slot"));
    if (!slot.isUndefined() && (!readInteger(slot, t.slot) || t.slot < 0))
        return fail(problem, tr("A trade with an invalid slot"));
    qint64 decimals = -1;
    if (readInteger(o.value(QLatin1String("token_decimals")), decimals) && decimals >= 0 && decimals <= 30)
        t.tokenDecimals = int(decimals);
    t.direction = str(o, QLatin1String("direction"));
    t.side = sideFromString(t.direction);
    t.mint = str(o, QLatin1String("token_mint"));
    t.trader = str(o, QLatin1String("wallet_address"));
    t.pool = str(o, QLatin1String("pool_address"));
    t.dex = str(o, QLatin1String("dex_name"));
    t.baseMint = str(o, QLatin1String("base_mint"));
    t.bundleId = str(o, QLatin1String("bundle_id"));
    const QJsonValue arbitrage = o.value(QLatin1String("is_arbitrage"));
    t.arbitrage = arbitrage.isBool() ? arbitrage.toBool() : (arbitrage.isDouble() && arbitrage.toDouble() != 0);
    const QJsonValue labels = o.value(QLatin1String("labels"));
    if (labels.isArray()) {
        for (const QJsonValue &l : labels.toArray()) {
            if (l.isString())
                t.labels.append(l.toString());
        }
    }
    out = std::move(t);
    return true;
}

} // namespace

bool decodeTrade(const QJsonValue &data, Trade &out, QString *problem)
{
    if (!data.isObject())
        return fail(problem, tr("A trade is not a JSON object"));
    return decodeTradeObject(data.toObject(), out, problem);
}

bool decodeTrade(const JsonScan::ObjectView &data, Trade &out, QString *problem)
{
    return decodeTradeObject(data, out, problem);
}

bool decodeTick(const QJsonValue &data, Tick &out, QString *problem)
{
    if (!data.isObject())
        return fail(problem, tr("A tick is not a JSON object"));
    const QJsonObject o = data.toObject();
    Tick t;
    if (o.contains(QLatin1String("t")) || o.contains(QLatin1String("o"))) {
        t.id = str(o, QLatin1String("t"));
        if (t.id.isEmpty())
            return fail(problem, tr("A tick without a trade id (t)"));
        t.mint = str(o, QLatin1String("m"));
        if (!readTimeMs(o.value(QLatin1String("ts")), t.ts))
            return fail(problem, tr("A tick without a valid ts"));
        const QJsonValue b = o.value(QLatin1String("b"));
        if (!b.isUndefined() && !readTimeMs(b, t.bucketTs))
            return fail(problem, tr("A tick with an invalid bucket start (b)"));
        const QJsonValue key = o.value(QLatin1String("o"));
        if (!key.isUndefined() && !readOrderKey(key, t.orderKey))
            return fail(problem, tr("A tick with an invalid order key (o)"));
        if (!readDecimal(o.value(QLatin1String("p")), t.priceText, t.price) || t.price < 0)
            return fail(problem, tr("A tick without a valid price (p)"));
        const QJsonValue vu = o.value(QLatin1String("vu"));
        if (!vu.isUndefined() && !readDecimal(vu, t.volumeUsdText, t.volumeUsd))
            return fail(problem, tr("A tick with an invalid USD volume (vu)"));
        const QJsonValue vt = o.value(QLatin1String("vt"));
        if (!vt.isUndefined() && !readDecimal(vt, t.volumeTokenText, t.volumeToken))
            return fail(problem, tr("A tick with an invalid token volume (vt)"));
        const QJsonValue s = o.value(QLatin1String("s"));
        const double side = s.isDouble() ? s.toDouble() : s.toString().toDouble();
        t.side = side > 0 ? Side::Buy : (side < 0 ? Side::Sell : Side::Swap);
        if (s.isUndefined())
            t.side = Side::Unknown;
        const QJsonValue f = o.value(QLatin1String("f"));
        t.organic = f.isBool() ? f.toBool() : !(f.isDouble() && f.toDouble() == 0);
    } else {
        // The market-data page lists these names for the same channel.
        t.id = str(o, QLatin1String("signature"));
        if (t.id.isEmpty())
            return fail(problem, tr("A tick without t or signature"));
        if (!readTimeMs(o.value(QLatin1String("timestamp")), t.ts))
            return fail(problem, tr("A tick without a valid timestamp"));
        if (!readDecimal(o.value(QLatin1String("price")), t.priceText, t.price) || t.price < 0)
            return fail(problem, tr("A tick without a valid price"));
        const QJsonValue amount = o.value(QLatin1String("token_amount"));
        if (!amount.isUndefined() && !readDecimal(amount, t.volumeTokenText, t.volumeToken))
            return fail(problem, tr("A tick with an invalid token_amount"));
        t.side = sideFromString(str(o, QLatin1String("direction")));
        t.organic = t.side != Side::FlashSwap;
    }
    out = std::move(t);
    return true;
}

bool decodeCandle(const QJsonValue &data, Candle &out, QString *problem)
{
    if (!data.isObject())
        return fail(problem, tr("A candle is not a JSON object"));
    const QJsonObject o = data.toObject();
    Candle c;
    // The stream's name first; the REST bucket timestamp's name was not documented.
    static const char *const timeKeys[] = {"bucket_start_ms", "bucket_start", "timestamp", "ts", "time",
                                           "t", "bucket", "start", "open_time"};
    bool haveTime = false;
    for (const char *key : timeKeys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined()) {
            haveTime = readTimeMs(v, c.ts);
            break;
        }
    }
    if (!haveTime)
        return fail(problem, tr("A candle without a valid bucket_start_ms"));
    if (!readDouble(o.value(QLatin1String("open")), c.open) || !readDouble(o.value(QLatin1String("high")), c.high)
        || !readDouble(o.value(QLatin1String("low")), c.low) || !readDouble(o.value(QLatin1String("close")), c.close))
        return fail(problem, tr("A candle without open, high, low and close"));
    if (c.low > c.high || c.open > c.high || c.close > c.high || c.open < c.low || c.close < c.low)
        return fail(problem, tr("A candle whose high and low do not contain open and close"));
    auto optional = [&o](const char *key, double &field) {
        const QJsonValue v = o.value(QLatin1String(key));
        return v.isUndefined() || v.isNull() || readDouble(v, field);
    };
    if (!optional("volume_token", c.volume) || c.volume < 0)
        return fail(problem, tr("A candle with an invalid volume_token"));
    if (!optional("volume_usd", c.volumeUsd) || !optional("volume_base", c.volumeBase)
        || !optional("buy_volume_token", c.buyVolumeToken) || !optional("sell_volume_token", c.sellVolumeToken)
        || !optional("buy_volume_usd", c.buyVolumeUsd) || !optional("sell_volume_usd", c.sellVolumeUsd)
        || !optional("vwap", c.vwap))
        return fail(problem, tr("A candle with an invalid volume or vwap"));
    const QJsonValue trades = o.value(QLatin1String("trades"));
    if (!trades.isUndefined() && (!readInteger(trades, c.trades) || c.trades < 0))
        return fail(problem, tr("A candle with an invalid trade count"));
    const QJsonValue end = o.value(QLatin1String("bucket_end_ms"));
    if (!end.isUndefined() && (!readTimeMs(end, c.endTs) || c.endTs <= c.ts))
        return fail(problem, tr("A candle whose bucket_end_ms is not after its start"));
    const QJsonValue last = o.value(QLatin1String("last_trade_ts_ms"));
    if (!last.isUndefined() && !last.isNull() && !readTimeMs(last, c.lastTradeTs))
        return fail(problem, tr("A candle with an invalid last_trade_ts_ms"));
    if (!o.value(QLatin1String("num_buyers")).isUndefined())
        readInteger(o.value(QLatin1String("num_buyers")), c.buyers);
    if (!o.value(QLatin1String("num_sellers")).isUndefined())
        readInteger(o.value(QLatin1String("num_sellers")), c.sellers);
    const QJsonValue isFinal = o.value(QLatin1String("is_final"));
    c.closed = isFinal.isBool() ? isFinal.toBool() : (isFinal.isDouble() && isFinal.toDouble() != 0);
    out = c;
    return true;
}

// ---- encoders -----------------------------------------------------------------------------

QJsonObject tradeToJson(const Trade &t)
{
    struct ObjectSink {
        QJsonObject o;
        void text(const char *key, const QString &value) { o.insert(QLatin1String(key), value); }
        void number(const char *key, double value) { o.insert(QLatin1String(key), value); }
        void strings(const char *key, const QStringList &values) { o.insert(QLatin1String(key), QJsonArray::fromStringList(values)); }
    } sink;
    writeTrade(sink, t);
    return sink.o;
}

QJsonObject tickToJson(const Tick &t)
{
    QJsonObject o{{QStringLiteral("t"), t.id},
                  {QStringLiteral("ts"), double(t.ts)},
                  {QStringLiteral("p"), t.priceText.isEmpty() ? decimalText(t.price) : t.priceText},
                  {QStringLiteral("f"), t.organic}};
    if (!t.mint.isEmpty())
        o.insert(QStringLiteral("m"), t.mint);
    if (t.bucketTs > 0)
        o.insert(QStringLiteral("b"), double(t.bucketTs));
    if (!t.orderKey.isEmpty())
        o.insert(QStringLiteral("o"), t.orderKey);
    if (!t.volumeUsdText.isEmpty() || t.volumeUsd > 0)
        o.insert(QStringLiteral("vu"), t.volumeUsdText.isEmpty() ? decimalText(t.volumeUsd) : t.volumeUsdText);
    if (!t.volumeTokenText.isEmpty() || t.volumeToken > 0)
        o.insert(QStringLiteral("vt"), t.volumeTokenText.isEmpty() ? decimalText(t.volumeToken) : t.volumeTokenText);
    if (t.side != Side::Unknown)
        o.insert(QStringLiteral("s"), t.side == Side::Buy ? 1 : (t.side == Side::Sell ? -1 : 0));
    return o;
}

QJsonObject candleToJson(const Candle &c, bool rest)
{
    QJsonObject o{{QStringLiteral("bucket_start_ms"), double(c.ts)}, {QStringLiteral("open"), c.open},
                  {QStringLiteral("high"), c.high},     {QStringLiteral("low"), c.low},
                  {QStringLiteral("close"), c.close},   {QStringLiteral("volume_token"), c.volume},
                  {QStringLiteral("volume_usd"), c.volumeUsd}, {QStringLiteral("trades"), double(c.trades)},
                  {QStringLiteral("vwap"), c.vwap}};
    if (c.endTs > 0)
        o.insert(QStringLiteral("bucket_end_ms"), double(c.endTs));
    if (c.lastTradeTs > 0)
        o.insert(QStringLiteral("last_trade_ts_ms"), double(c.lastTradeTs));
    o.insert(QStringLiteral("buy_volume_token"), c.buyVolumeToken);
    o.insert(QStringLiteral("sell_volume_token"), c.sellVolumeToken);
    if (rest) {
        o.insert(QStringLiteral("volume_base"), c.volumeBase);
        if (c.buyers >= 0)
            o.insert(QStringLiteral("num_buyers"), double(c.buyers));
        if (c.sellers >= 0)
            o.insert(QStringLiteral("num_sellers"), double(c.sellers));
    } else {
        o.insert(QStringLiteral("buy_volume_usd"), c.buyVolumeUsd);
        o.insert(QStringLiteral("sell_volume_usd"), c.sellVolumeUsd);
        o.insert(QStringLiteral("is_final"), c.closed);
    }
    return o;
}

QByteArray encodeTradeEvent(const QString &channel, const Trade &t, const PayloadStyle &style)
{
    // Built by hand: the simulator's flood mode sends hundreds of thousands per second.
    const bool s = style.numbersAsStrings;
    QByteArray out;
    out.reserve(640);
    out += R"({"channel":")";
    out += channel.toUtf8();
    out += R"(","data":{"trade_id":)";
    out += jsonString(t.id);
    if (!t.signature.isEmpty())
        appendString(out, "signature", t.signature);
    if (t.eventIndex >= 0)
        appendInt(out, "event_index", t.eventIndex);
    if (t.slot >= 0 && !style.omitOptional)
        appendInt(out, "slot", t.slot);
    appendInt(out, "timestamp", t.ts);
    if (!style.omitOptional) {
        if (!t.trader.isEmpty())
            appendString(out, "wallet_address", t.trader);
        if (!t.pool.isEmpty())
            appendString(out, "pool_address", t.pool);
        if (!t.dex.isEmpty())
            appendString(out, "dex_name", t.dex);
    }
    appendString(out, "direction", t.direction.isEmpty() ? sideToString(t.side) : t.direction);
    if (!t.mint.isEmpty())
        appendString(out, "token_mint", t.mint);
    if (t.tokenDecimals >= 0 && !style.omitOptional)
        appendInt(out, "token_decimals", t.tokenDecimals);
    appendDecimal(out, "token_amount", t.sizeText, t.size, s);
    if (!style.omitOptional) {
        if (!t.baseMint.isEmpty())
            appendString(out, "base_mint", t.baseMint);
        if (!t.baseAmountText.isEmpty())
            appendDecimal(out, "base_amount", t.baseAmountText, 0, s);
    }
    appendDecimal(out, "usd_price", t.priceText, t.price, s);
    if (!style.omitOptional) {
        appendDecimal(out, "usd_notional", t.valueUsdText, t.valueUsd, s);
        appendInt(out, "is_arbitrage", t.arbitrage ? 1 : 0);
        appendString(out, "bundle_id", t.bundleId);
        out += R"(,"labels":[)";
        for (int i = 0; i < t.labels.size(); ++i) {
            if (i > 0)
                out += ',';
            out += jsonString(t.labels.at(i));
        }
        out += ']';
    }
    out += "}}";
    return out;
}

QByteArray encodeTickEvent(const QString &channel, const Tick &t, const PayloadStyle &style)
{
    const bool s = style.numbersAsStrings;
    QByteArray out;
    out.reserve(320);
    out += R"({"channel":")";
    out += channel.toUtf8();
    out += R"(","data":{"t":)";
    out += jsonString(t.id);
    if (!t.mint.isEmpty())
        appendString(out, "m", t.mint);
    appendInt(out, "ts", t.ts);
    if (t.bucketTs > 0)
        appendInt(out, "b", t.bucketTs);
    if (!t.orderKey.isEmpty())
        appendString(out, "o", t.orderKey); // beyond 2^53: always a string
    appendDecimal(out, "p", t.priceText, t.price, s);
    if (!style.omitOptional) {
        appendDecimal(out, "vu", t.volumeUsdText, t.volumeUsd, s);
        appendDecimal(out, "vt", t.volumeTokenText, t.volumeToken, s);
    }
    appendInt(out, "s", t.side == Side::Buy ? 1 : (t.side == Side::Sell ? -1 : 0));
    out += t.organic ? R"(,"f":true}})" : R"(,"f":false}})";
    return out;
}

QByteArray encodeCandleEvent(const QString &channel, const Candle &c, const PayloadStyle &style)
{
    const bool s = style.candleNumbersAsStrings;
    QByteArray out;
    out.reserve(420);
    out += R"({"channel":")";
    out += channel.toUtf8();
    out += R"(","data":{"bucket_start_ms":)";
    out += QByteArray::number(c.ts);
    if (c.endTs > 0)
        appendInt(out, "bucket_end_ms", c.endTs);
    appendNumber(out, "open", c.open, s);
    appendNumber(out, "high", c.high, s);
    appendNumber(out, "low", c.low, s);
    appendNumber(out, "close", c.close, s);
    if (!style.omitOptional) {
        appendNumber(out, "volume_token", c.volume, s);
        appendNumber(out, "volume_usd", c.volumeUsd, s);
        appendNumber(out, "buy_volume_token", c.buyVolumeToken, s);
        appendNumber(out, "sell_volume_token", c.sellVolumeToken, s);
        appendNumber(out, "buy_volume_usd", c.buyVolumeUsd, s);
        appendNumber(out, "sell_volume_usd", c.sellVolumeUsd, s);
        appendInt(out, "trades", c.trades);
        appendNumber(out, "vwap", c.vwap, s);
        if (c.lastTradeTs > 0)
            appendInt(out, "last_trade_ts_ms", c.lastTradeTs);
    }
    out += c.closed ? R"(,"is_final":true}})" : R"(,"is_final":false}})";
    return out;
}

Tick tickFromTrade(const Trade &trade, qint64 bucketTs, const QString &orderKey)
{
    Tick t;
    t.id = trade.id;
    t.mint = trade.mint;
    t.ts = trade.ts;
    t.bucketTs = bucketTs;
    t.orderKey = orderKey;
    t.priceText = trade.priceText;
    t.price = trade.price;
    t.volumeUsdText = trade.valueUsdText;
    t.volumeUsd = trade.valueUsd;
    t.volumeTokenText = trade.sizeText;
    t.volumeToken = trade.size;
    t.side = trade.side == Side::FlashSwap ? Side::Swap : trade.side;
    t.organic = trade.organic();
    return t;
}

Trade tradeFromTick(const Tick &tick)
{
    Trade t;
    t.id = tick.id;
    t.mint = tick.mint;
    t.ts = tick.ts;
    t.priceText = tick.priceText;
    t.price = tick.price;
    t.sizeText = tick.volumeTokenText;
    t.size = tick.volumeToken;
    t.valueUsdText = tick.volumeUsdText;
    t.valueUsd = tick.volumeUsd;
    t.side = tick.side;
    t.arbitrage = !tick.organic; // keeps organic() == tick.organic
    return t;
}

} // namespace Conyr
