#include "alliumrecordformat.h"
#include "core/jsonnumbers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>

namespace AlliumRecordFormat {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlliumRecordFormat", text);
}

QString text(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        return JsonNumbers::numberText(v.toDouble(), 12);
    }
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    return {};
}

QString integerText(const QJsonObject &o, const char *key)
{
    const qint64 n = AlliumCodec::parseInteger(o.value(QLatin1String(key)));
    return n < 0 ? text(o, key) : grouped(n);
}

bool isBitcoin(const AlliumTopic &t)
{
    return t.chain == QLatin1String("bitcoin");
}

bool isSolana(const AlliumTopic &t)
{
    return t.chain == QLatin1String("solana");
}

/// A field at a dot path ("action.type", "order.coin") as text.
QString pathText(const QJsonObject &o, const QString &path)
{
    const QJsonValue v = AlliumFilter::lookup(o, path, AlliumFilter::Paths::Documented);
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? tr("yes") : tr("no");
    return {};
}

QString sideText(const QString &side)
{
    if (side == QLatin1String("B"))
        return tr("buy");
    if (side == QLatin1String("A"))
        return tr("sell");
    return side;
}

} // namespace

QString grouped(qint64 value)
{
    QString digits = QString::number(value < 0 ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(','));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

QString shortHash(const QString &hash)
{
    if (hash.size() <= 14)
        return hash;
    return hash.left(6) + QChar(0x2026) + hash.right(4);
}

QString shiftDecimal(const QString &integer, int shift, int decimals)
{
    QString digits = integer.trimmed();
    bool negative = false;
    if (digits.startsWith(QLatin1Char('-'))) {
        negative = true;
        digits.remove(0, 1);
    }
    for (const QChar c : std::as_const(digits)) {
        if (!c.isDigit())
            return integer; // not an integer: show as sent
    }
    if (digits.isEmpty())
        return integer;
    if (digits.size() <= shift)
        digits = QString(shift - digits.size() + 1, QLatin1Char('0')) + digits;
    QString whole = digits.left(digits.size() - shift);
    QString fraction = digits.mid(digits.size() - shift).left(decimals);
    while (fraction.endsWith(QLatin1Char('0')))
        fraction.chop(1);
    bool ok = false;
    const qint64 wholeNumber = whole.toLongLong(&ok);
    QString out = ok ? grouped(wholeNumber) : whole;
    if (!fraction.isEmpty())
        out += QLatin1Char('.') + fraction;
    if (out == QLatin1String("0") && digits.count(QLatin1Char('0')) != digits.size())
        out = QStringLiteral("<0.") + QString(decimals - 1, QLatin1Char('0')) + QLatin1Char('1');
    return negative ? QLatin1Char('-') + out : out;
}

QString weiToEth(const QString &wei, int decimals)
{
    return shiftDecimal(wei, 18, decimals);
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    if (t.date() == QDateTime::currentDateTimeUtc().date())
        return t.toString(QStringLiteral("HH:mm:ss"));
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QList<Column> columnsFor(const AlliumTopic &topic)
{
    using K = AlliumTopic::Kind;
    switch (topic.kind) {
    case K::Blocks:
        if (topic.isHyperliquid())
            return {{tr("Height"), 11}, {tr("Hash"), 14}, {tr("Time (UTC)"), 10}, {tr("Txs"), 7}, {tr("Proposer"), 14}};
        if (isBitcoin(topic))
            return {{tr("Height"), 10}, {tr("Hash"), 14}, {tr("Time (UTC)"), 10}, {tr("Txs"), 7},
                    {tr("Size (kB)"), 9}, {tr("Weight"), 10}, {tr("Pool"), 12}};
        return {{tr("Number"), 10}, {tr("Hash"), 14}, {tr("Time (UTC)"), 10}, {tr("Txs"), 6},
                {tr("Gas used"), 12}, {tr("Base fee (gwei)"), 11}, {tr("Miner"), 14}};
    case K::Transactions:
        if (topic.isHyperliquid())
            return {{tr("Block"), 11}, {tr("Hash"), 14}, {tr("Time (UTC)"), 10}, {tr("User"), 14},
                    {tr("Action"), 12}, {tr("Error"), 16}};
        if (isSolana(topic))
            return {{tr("Slot"), 11}, {tr("Signature"), 14}, {tr("Signer"), 14}, {tr("Fee (SOL)"), 10},
                    {tr("Compute units"), 11}, {tr("Success"), 7}};
        return {{tr("Block"), 10}, {tr("Hash"), 14}, {tr("From"), 14}, {tr("To"), 14},
                {tr("Value (ETH)"), 12}, {tr("Gas price (gwei)"), 10}, {tr("Status"), 6}};
    case K::Logs:
        return {{tr("Block"), 10}, {tr("Tx hash"), 14}, {tr("Log #"), 6}, {tr("Contract"), 14},
                {tr("Topic 0"), 14}, {tr("Time (UTC)"), 10}};
    case K::DexTrades:
        return {{tr("Time (UTC)"), 10}, {tr("Project"), 10}, {tr("Bought"), 14}, {tr("Sold"), 14},
                {tr("USD"), 10}, {tr("Tx hash"), 14}};
    case K::Fills:
        return {{tr("Time (UTC)"), 10}, {tr("Coin"), 7}, {tr("Side"), 6}, {tr("Price"), 10},
                {tr("Size"), 10}, {tr("User"), 14}, {tr("Closed PnL"), 10}};
    case K::Other:
        if (topic.isHyperliquid() && topic.dataType == QLatin1String("orders"))
            return {{tr("Time (UTC)"), 10}, {tr("Coin"), 7}, {tr("Side"), 6}, {tr("Limit price"), 10},
                    {tr("Size"), 10}, {tr("Status"), 9}, {tr("User"), 14}};
        break;
    }
    return {{tr("Block"), 10}, {tr("Hash"), 14}, {tr("Time (UTC)"), 10}, {tr("Record"), 40}};
}

QStringList cellsFor(const AlliumTopic &topic, const AlliumRecord &r)
{
    using K = AlliumTopic::Kind;
    const QJsonObject o = r.object();
    switch (topic.kind) {
    case K::Blocks:
        if (topic.isHyperliquid())
            return {r.blockNumber >= 0 ? grouped(r.blockNumber) : text(o, "height"), shortHash(r.hash),
                    timeText(r.timestampMs), integerText(o, "numTxs"), shortHash(text(o, "proposer"))};
        if (isBitcoin(topic)) {
            const qint64 size = AlliumCodec::parseInteger(o.value(QLatin1String("size")));
            return {r.blockNumber >= 0 ? grouped(r.blockNumber) : text(o, "number"), shortHash(r.hash),
                    timeText(r.timestampMs), integerText(o, "transaction_count"),
                    size >= 0 ? QString::number(size / 1000.0, 'f', 1) : QString(), integerText(o, "weight"), text(o, "pool")};
        }
        return {r.blockNumber >= 0 ? grouped(r.blockNumber) : text(o, "number"), shortHash(r.hash),
                timeText(r.timestampMs), integerText(o, "transaction_count"), integerText(o, "gas_used"),
                shiftDecimal(text(o, "base_fee_per_gas"), 9, 3), shortHash(text(o, "miner"))};
    case K::Transactions:
        if (topic.isHyperliquid())
            return {r.blockNumber >= 0 ? grouped(r.blockNumber) : text(o, "block"), shortHash(r.hash),
                    timeText(r.timestampMs), shortHash(text(o, "user")), pathText(o, QStringLiteral("action.type")),
                    text(o, "error")};
        if (isSolana(topic))
            return {integerText(o, "slot"), shortHash(text(o, "signature")), shortHash(text(o, "signer")),
                    shiftDecimal(text(o, "fee"), 9, 6), integerText(o, "compute_units_consumed"), text(o, "success")};
        return {integerText(o, "block_number"), shortHash(text(o, "hash")), shortHash(text(o, "from_address")),
                o.value(QLatin1String("to_address")).isString() ? shortHash(text(o, "to_address")) : tr("(contract creation)"),
                weiToEth(text(o, "value")), shiftDecimal(text(o, "gas_price"), 9, 3),
                o.contains(QLatin1String("receipt_status")) ? (text(o, "receipt_status") == QLatin1String("1") ? tr("ok") : tr("failed")) : QString()};
    case K::Logs:
        return {integerText(o, "block_number"), shortHash(text(o, "transaction_hash")), text(o, "log_index"),
                shortHash(text(o, "address")), shortHash(text(o, "topic0")), timeText(r.timestampMs)};
    case K::DexTrades:
        return {timeText(r.timestampMs), text(o, "project"),
                text(o, "token_bought_amount") + QLatin1Char(' ') + text(o, "token_bought_symbol"),
                text(o, "token_sold_amount") + QLatin1Char(' ') + text(o, "token_sold_symbol"),
                QLocale::c().toString(o.value(QLatin1String("usd_amount")).toDouble(), 'f', 2), shortHash(r.hash)};
    case K::Fills:
        return {timeText(r.timestampMs), text(o, "coin"), sideText(text(o, "side")), text(o, "px"), text(o, "sz"),
                // trades name both sides in "users" [buyer, seller]
                shortHash(o.contains(QLatin1String("user")) ? text(o, "user") : pathText(o, QStringLiteral("users.0"))),
                text(o, "closedPnl")};
    case K::Other:
        if (topic.isHyperliquid() && topic.dataType == QLatin1String("orders"))
            return {timeText(AlliumCodec::parseTimestampMs(o.value(QLatin1String("time")))), pathText(o, QStringLiteral("order.coin")),
                    sideText(pathText(o, QStringLiteral("order.side"))), pathText(o, QStringLiteral("order.limitPx")),
                    pathText(o, QStringLiteral("order.sz")), text(o, "status"), shortHash(text(o, "user"))};
        break;
    }
    return {r.blockNumber >= 0 ? grouped(r.blockNumber) : QString(), shortHash(r.hash), timeText(r.timestampMs),
            QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact).left(300))};
}

} // namespace AlliumRecordFormat
