#include "alliumrecordgen.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>
#include <cstdlib>

namespace {

struct TopicSpec {
    const char *topic;
    qint64 cadenceMs;
    int perTick;
    qint64 genesisNumber;   ///< block number at ReferenceMs
};
// Reference: 2024-11-01T00:00:00Z, with the chains' block heights of that day (rounded).
constexpr qint64 ReferenceMs = 1730419200000LL;
constexpr TopicSpec Topics[] = {
    {"ethereum.blocks", 12000, 1, 21090000},
    {"ethereum.transactions", 12000, 6, 21090000},
    {"ethereum.logs", 12000, 8, 21090000},
    {"base.blocks", 2000, 1, 21800000},
    {"base.dex_trades", 2000, 3, 21800000},
    {"solana.transactions", 400, 2, 300000000},
    {"bitcoin.blocks", 600000, 1, 868600},
    // Hyperliquid: ~78 ms blocks; heights from the reference's two examples (636283712 at
    // 1750476484151, 672483307 at 1753284680334) extrapolated back to the reference day.
    {"hyperliquid.blocks", 78, 1, 377700000},
    {"hyperliquid.transactions", 78, 2, 377700000},
    {"hyperliquid.fills", 500, 2, 0},
    {"hyperliquid.trades", 500, 1, 0},
    {"hyperliquid.orders", 500, 2, 0},
};

const TopicSpec *specFor(const QString &topic)
{
    for (const TopicSpec &s : Topics) {
        if (topic == QLatin1String(s.topic))
            return &s;
    }
    return nullptr;
}

const char *const Coins[] = {"BTC", "ETH", "SOL", "HYPE", "ARB", "DOGE"};
const double CoinPrices[] = {91000, 3100, 240, 14.5, 0.72, 0.38};
const char *const Projects[] = {"uniswap", "aerodrome", "sushiswap", "balancer"};
const char *const Tokens[] = {"WETH", "USDC", "cbBTC", "AERO", "DEGEN", "USDbC"};
const char *const Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

} // namespace

QStringList AlliumRecordGenerator::supportedTopics()
{
    QStringList out;
    for (const TopicSpec &s : Topics)
        out << QString::fromLatin1(s.topic);
    return out;
}

bool AlliumRecordGenerator::supports(const QString &topic)
{
    return specFor(topic) != nullptr;
}

QString AlliumRecordGenerator::hexFor(quint64 seed, int digits)
{
    QString out = QStringLiteral("0x");
    out.reserve(digits + 2);
    quint64 x = seed * 0x9E3779B97F4A7C15ULL + 0xD1B54A32D192ED03ULL;
    while (out.size() < digits + 2) {
        x ^= x >> 31;
        x *= 0xBF58476D1CE4E5B9ULL;
        x ^= x >> 29;
        out += QString::number(x, 16).rightJustified(16, QLatin1Char('0'));
    }
    out.truncate(digits + 2);
    return out;
}

AlliumRecordVariant AlliumRecordVariant::parse(const QString &commaList)
{
    AlliumRecordVariant v;
    for (const QString &part : commaList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed().toLower();
        v.strings |= p == QLatin1String("strings");
        v.numbers |= p == QLatin1String("numbers");
        v.sparse |= p == QLatin1String("sparse");
        v.flat |= p == QLatin1String("flat");
    }
    return v;
}

AlliumRecordGenerator::AlliumRecordGenerator(const QString &topic, quint32 seed, qint64 simNowMs)
    : m_topic(topic)
    , m_rng(seed)
    , m_seed(seed)
{
    const qsizetype dot = topic.indexOf(QLatin1Char('.'));
    m_chain = topic.left(dot);
    m_type = topic.mid(dot + 1);
    if (const TopicSpec *s = specFor(topic)) {
        m_cadenceMs = s->cadenceMs;
        m_perTick = s->perTick;
        m_genesisNumber = s->genesisNumber;
    }
    resumeAt(simNowMs);
}

qint64 AlliumRecordGenerator::headAt(qint64 simNowMs) const
{
    return m_genesisNumber + std::max<qint64>(0, simNowMs - ReferenceMs) / m_cadenceMs;
}

qint64 AlliumRecordGenerator::blockTimeMs(qint64 number) const
{
    return ReferenceMs + (number - m_genesisNumber) * m_cadenceMs;
}

qint64 AlliumRecordGenerator::msUntilNextBlock(qint64 simNowMs) const
{
    return m_cadenceMs - std::max<qint64>(0, simNowMs - ReferenceMs) % m_cadenceMs;
}

void AlliumRecordGenerator::resumeAt(qint64 simNowMs)
{
    m_next = std::max(m_next, headAt(simNowMs));
}

QString AlliumRecordGenerator::blockHash(qint64 number) const
{
    const auto replaced = m_replaced.constFind(number);
    if (replaced != m_replaced.constEnd())
        return *replaced;
    return hexFor(quint64(number) * 0x100000001B3ULL ^ m_seed, 64);
}

QList<QJsonObject> AlliumRecordGenerator::nextTick(qint64 simNowMs)
{
    QList<QJsonObject> out;
    const qint64 head = headAt(simNowMs);
    // A stalled event loop must not turn into a flood: deliver at most 64 blocks of backlog.
    if (head - m_next >= 64)
        m_next = head - 63;
    for (; m_next <= head; ++m_next) {
        const qint64 n = m_next;
        ++m_candidates;
        if (m_dropRemaining > 0) {
            --m_dropRemaining;
            continue;
        }
        if (m_gapEvery > 0 && m_candidates % m_gapEvery == 0) {
            m_dropRemaining = 1; // this block and the next are never sent
            continue;
        }
        if (m_type == QLatin1String("blocks") && m_reorgEvery > 0 && m_candidates % m_reorgEvery == 0)
            m_reorgDue = true;
        if (m_reorgDue && m_lastDelivered == n - 1) {
            // Replace the previous block (a one-block re-org): same height, another hash.
            m_reorgDue = false;
            m_replaced.insert(n - 1, hexFor(m_rng.generate64(), 64));
            if (m_replaced.size() > 512)
                m_replaced.erase(m_replaced.begin());
            out << recordsOfBlock(n - 1, blockTimeMs(n - 1));
        }
        out << recordsOfBlock(n, blockTimeMs(n));
        m_lastDelivered = n;
    }
    return out;
}

QList<QJsonObject> AlliumRecordGenerator::recordsOfBlock(qint64 n, qint64 simNowMs)
{
    QList<QJsonObject> out;
    if (m_topic == QLatin1String("hyperliquid.blocks")) {
        out << shaped(hyperliquidBlock(n, simNowMs));
        return out;
    }
    if (m_type == QLatin1String("blocks")) {
        out << shaped(block(n, simNowMs, blockHash(n), blockHash(n - 1)));
        return out;
    }
    for (int i = 0; i < m_perTick; ++i) {
        if (m_topic == QLatin1String("ethereum.transactions"))
            out << shaped(ethTransaction(n, simNowMs, i));
        else if (m_topic == QLatin1String("ethereum.logs"))
            out << shaped(ethLog(n, simNowMs, i));
        else if (m_topic == QLatin1String("base.dex_trades"))
            out << shaped(dexTrade(n, simNowMs, i));
        else if (m_topic == QLatin1String("solana.transactions"))
            out << shaped(solanaTransaction(n, simNowMs, i));
        else if (m_topic == QLatin1String("hyperliquid.fills"))
            out << shaped(hyperliquidFill(simNowMs, i));
        else if (m_topic == QLatin1String("hyperliquid.trades"))
            out << shaped(hyperliquidTrade(simNowMs, i));
        else if (m_topic == QLatin1String("hyperliquid.transactions"))
            out << shaped(hyperliquidTransaction(n, simNowMs, i));
        else if (m_topic == QLatin1String("hyperliquid.orders"))
            out << shaped(hyperliquidOrder(simNowMs, i));
    }
    return out;
}

QList<QJsonObject> AlliumRecordGenerator::hyperliquidFills(qint64 simNowMs, int count)
{
    QList<QJsonObject> out;
    for (int i = 0; i < count; ++i)
        out << hyperliquidFill(simNowMs, i);
    return out;
}

QJsonObject AlliumRecordGenerator::shaped(QJsonObject record) const
{
    // Optional fields (the reference's tables list them; records may lack them).
    static const char *const Optional[] = {"miner", "base_fee_per_gas", "size", "weight", "pool", "nonce",
                                           "input", "receipt_status", "error", "closedPnl", "crossed", "dir",
                                           "proposer", "numTxs", "compute_units_consumed", "sender"};
    if (m_variant.sparse) {
        for (const char *key : Optional)
            record.remove(QLatin1String(key));
        if (record.value(QLatin1String("to_address")).isNull())
            record.remove(QLatin1String("to_address"));
    }
    if (m_variant.strings || m_variant.numbers) {
        for (auto it = record.begin(); it != record.end(); ++it) {
            const QJsonValue v = it.value();
            if (m_variant.strings && v.isDouble()) {
                const double d = v.toDouble();
                it.value() = d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
            } else if (m_variant.numbers && v.isString()) {
                // Only integers that a double holds exactly (wei beyond 2^53 stays a string).
                bool ok = false;
                const qint64 n = v.toString().toLongLong(&ok);
                if (ok && !v.toString().startsWith(QLatin1Char('+')) && std::llabs(n) < (qint64(1) << 53))
                    it.value() = double(n);
            }
        }
    }
    if (m_chain != QLatin1String("hyperliquid") || m_variant.flat)
        return record;
    QJsonObject wrapped{{QStringLiteral("payload"), record}};
    if (m_type != QLatin1String("blocks") && !m_variant.sparse)
        wrapped.insert(QStringLiteral("source"), QStringLiteral("hyperliquidinternal"));
    return wrapped;
}

QString AlliumRecordGenerator::address()
{
    return hexFor(m_rng.generate64(), 40);
}

QString AlliumRecordGenerator::isoTime(qint64 ms) const
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

QJsonObject AlliumRecordGenerator::block(qint64 number, qint64 simNowMs, const QString &hash, const QString &parent)
{
    QJsonObject o;
    o.insert(QStringLiteral("blockchain"), m_chain);
    o.insert(QStringLiteral("number"), number);
    o.insert(QStringLiteral("hash"), hash);
    o.insert(QStringLiteral("timestamp"), isoTime(simNowMs));
    if (m_chain == QLatin1String("bitcoin")) {
        o.insert(QStringLiteral("previous_block_hash"), parent);
        o.insert(QStringLiteral("transaction_count"), int(2000 + m_rng.bounded(2500)));
        o.insert(QStringLiteral("size"), int(1200000 + m_rng.bounded(800000)));
        o.insert(QStringLiteral("weight"), int(3990000 + m_rng.bounded(9000)));
        o.insert(QStringLiteral("difficulty"), QStringLiteral("102289407543323"));
        o.insert(QStringLiteral("pool"), QStringLiteral("Foundry USA"));
        return o;
    }
    o.insert(QStringLiteral("parent_hash"), parent);
    o.insert(QStringLiteral("miner"), m_chain == QLatin1String("base") ? QStringLiteral("0x4200000000000000000000000000000000000011")
                                                                        : hexFor(m_rng.bounded(12), 40));
    const qint64 gasLimit = m_chain == QLatin1String("base") ? 240000000 : 30000000;
    o.insert(QStringLiteral("gas_limit"), QString::number(gasLimit));
    o.insert(QStringLiteral("gas_used"), QString::number(gasLimit / 3 + qint64(m_rng.bounded(int(gasLimit / 2)))));
    o.insert(QStringLiteral("base_fee_per_gas"), QString::number(qint64(3000000000LL + m_rng.bounded(9000000) * 1000LL)));
    o.insert(QStringLiteral("transaction_count"), int(80 + m_rng.bounded(220)));
    o.insert(QStringLiteral("size"), int(40000 + m_rng.bounded(120000)));
    return o;
}

QJsonObject AlliumRecordGenerator::ethTransaction(qint64 number, qint64 simNowMs, int index)
{
    QJsonObject o;
    o.insert(QStringLiteral("blockchain"), QStringLiteral("ethereum"));
    o.insert(QStringLiteral("hash"), hexFor(m_rng.generate64(), 64));
    o.insert(QStringLiteral("block_number"), number);
    o.insert(QStringLiteral("block_timestamp"), isoTime(simNowMs));
    o.insert(QStringLiteral("transaction_index"), index);
    o.insert(QStringLiteral("from_address"), address());
    // Contract creations have no recipient.
    if (m_rng.bounded(10) == 0)
        o.insert(QStringLiteral("to_address"), QJsonValue::Null);
    else
        o.insert(QStringLiteral("to_address"), address());
    // Wei as a decimal string: from dust to thousands of ETH (beyond 2^64).
    const int exponent = int(m_rng.bounded(23));
    QString wei = QString::number(1 + m_rng.bounded(999));
    wei += QString(exponent, QLatin1Char('0'));
    o.insert(QStringLiteral("value"), m_rng.bounded(5) == 0 ? QStringLiteral("0") : wei);
    o.insert(QStringLiteral("gas"), int(21000 + m_rng.bounded(300000)));
    o.insert(QStringLiteral("gas_price"), QString::number(qint64(4000000000LL + m_rng.bounded(20000) * 1000000LL)));
    o.insert(QStringLiteral("nonce"), int(m_rng.bounded(5000)));
    o.insert(QStringLiteral("receipt_status"), m_rng.bounded(30) == 0 ? 0 : 1);
    o.insert(QStringLiteral("input"), m_rng.bounded(3) == 0 ? QStringLiteral("0x") : QString(QStringLiteral("0xa9059cbb") + hexFor(m_rng.generate64(), 64).mid(2)));
    return o;
}

QJsonObject AlliumRecordGenerator::ethLog(qint64 number, qint64 simNowMs, int index)
{
    QJsonObject o;
    o.insert(QStringLiteral("blockchain"), QStringLiteral("ethereum"));
    o.insert(QStringLiteral("block_number"), number);
    o.insert(QStringLiteral("block_timestamp"), isoTime(simNowMs));
    o.insert(QStringLiteral("transaction_hash"), hexFor(m_rng.generate64(), 64));
    o.insert(QStringLiteral("log_index"), index);
    o.insert(QStringLiteral("address"), hexFor(m_rng.bounded(20), 40));
    // Transfer(address,address,uint256)
    o.insert(QStringLiteral("topic0"), QStringLiteral("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"));
    o.insert(QStringLiteral("topic1"), QString(QStringLiteral("0x000000000000000000000000") + address().mid(2)));
    o.insert(QStringLiteral("topic2"), QString(QStringLiteral("0x000000000000000000000000") + address().mid(2)));
    o.insert(QStringLiteral("data"), hexFor(m_rng.generate64(), 64));
    return o;
}

QJsonObject AlliumRecordGenerator::dexTrade(qint64 number, qint64 simNowMs, int index)
{
    const int bought = int(m_rng.bounded(6));
    const int sold = (bought + 1 + int(m_rng.bounded(5))) % 6;
    const double usd = 5.0 + m_rng.bounded(50000.0);
    QJsonObject o;
    o.insert(QStringLiteral("blockchain"), QStringLiteral("base"));
    o.insert(QStringLiteral("block_number"), number);
    o.insert(QStringLiteral("block_timestamp"), isoTime(simNowMs));
    o.insert(QStringLiteral("transaction_hash"), hexFor(m_rng.generate64(), 64));
    o.insert(QStringLiteral("log_index"), index);
    o.insert(QStringLiteral("project"), QString::fromLatin1(Projects[m_rng.bounded(4)]));
    o.insert(QStringLiteral("token_bought_symbol"), QString::fromLatin1(Tokens[bought]));
    o.insert(QStringLiteral("token_sold_symbol"), QString::fromLatin1(Tokens[sold]));
    o.insert(QStringLiteral("token_bought_amount_raw"), QString(QString::number(qint64(usd * 1e6)) + QStringLiteral("000000000000")));
    o.insert(QStringLiteral("token_bought_amount"), QString::number(usd / 3.0, 'f', 6));
    o.insert(QStringLiteral("token_sold_amount"), QString::number(usd, 'f', 6));
    o.insert(QStringLiteral("usd_amount"), std::round(usd * 100) / 100);
    o.insert(QStringLiteral("sender"), address());
    return o;
}

QJsonObject AlliumRecordGenerator::solanaTransaction(qint64 slot, qint64 simNowMs, int index)
{
    QString signature;
    for (int i = 0; i < 88; ++i)
        signature += QLatin1Char(Base58[m_rng.bounded(58)]);
    QString signer;
    for (int i = 0; i < 44; ++i)
        signer += QLatin1Char(Base58[m_rng.bounded(58)]);
    QJsonObject o;
    o.insert(QStringLiteral("blockchain"), QStringLiteral("solana"));
    o.insert(QStringLiteral("slot"), slot);
    o.insert(QStringLiteral("block_timestamp"), isoTime(simNowMs));
    o.insert(QStringLiteral("signature"), signature);
    o.insert(QStringLiteral("index"), index);
    o.insert(QStringLiteral("signer"), signer);
    o.insert(QStringLiteral("fee"), 5000 + int(m_rng.bounded(20)) * 5000);
    o.insert(QStringLiteral("compute_units_consumed"), int(200 + m_rng.bounded(400000)));
    o.insert(QStringLiteral("success"), m_rng.bounded(20) != 0);
    return o;
}

QJsonObject AlliumRecordGenerator::hyperliquidFill(qint64 simNowMs, int index)
{
    const int coin = int(m_rng.bounded(6));
    const double price = CoinPrices[coin] * (0.995 + m_rng.bounded(0.01));
    const double size = std::round((10.0 + m_rng.bounded(20000.0)) / price * 10000.0) / 10000.0;
    const bool buy = m_rng.bounded(2) == 0;
    QJsonObject o;
    o.insert(QStringLiteral("coin"), QString::fromLatin1(Coins[coin]));
    o.insert(QStringLiteral("px"), QString::number(price, 'f', price > 100 ? 1 : 4));
    o.insert(QStringLiteral("sz"), QString::number(size, 'f', 4));
    o.insert(QStringLiteral("side"), buy ? QStringLiteral("B") : QStringLiteral("A"));
    o.insert(QStringLiteral("dir"), buy ? QStringLiteral("Open Long") : QStringLiteral("Close Long"));
    o.insert(QStringLiteral("time"), simNowMs + index);
    o.insert(QStringLiteral("user"), address());
    o.insert(QStringLiteral("hash"), hexFor(m_rng.generate64(), 64));
    o.insert(QStringLiteral("oid"), qint64(40000000000LL + m_rng.bounded(1000000000)));
    o.insert(QStringLiteral("tid"), qint64(m_rng.generate64() >> 14));
    o.insert(QStringLiteral("fee"), QString::number(price * size * 0.00035, 'f', 6));
    o.insert(QStringLiteral("closedPnl"), QString::number(buy ? 0.0 : (m_rng.bounded(200.0) - 100.0), 'f', 4));
    o.insert(QStringLiteral("crossed"), true);
    return o;
}

QJsonObject AlliumRecordGenerator::hyperliquidTrade(qint64 simNowMs, int index)
{
    // One record per trade, buyer and seller together (reference §5.1: "fewer fields").
    const int coin = int(m_rng.bounded(6));
    const double price = CoinPrices[coin] * (0.995 + m_rng.bounded(0.01));
    const double size = std::round((10.0 + m_rng.bounded(20000.0)) / price * 10000.0) / 10000.0;
    QJsonObject o;
    o.insert(QStringLiteral("coin"), QString::fromLatin1(Coins[coin]));
    o.insert(QStringLiteral("side"), m_rng.bounded(2) == 0 ? QStringLiteral("B") : QStringLiteral("A"));
    o.insert(QStringLiteral("px"), QString::number(price, 'f', price > 100 ? 1 : 4));
    o.insert(QStringLiteral("sz"), QString::number(size, 'f', 4));
    o.insert(QStringLiteral("time"), simNowMs + index);
    o.insert(QStringLiteral("hash"), hexFor(m_rng.generate64(), 64));
    o.insert(QStringLiteral("tid"), qint64(m_rng.generate64() >> 14));
    o.insert(QStringLiteral("users"), QJsonArray{address(), address()});
    return o;
}

QJsonObject AlliumRecordGenerator::hyperliquidBlock(qint64 height, qint64 simNowMs)
{
    // The shape of the reference's blocks example: height, blockTime (ms), hash, proposer, numTxs.
    QJsonObject o;
    o.insert(QStringLiteral("height"), height);
    o.insert(QStringLiteral("blockTime"), simNowMs);
    o.insert(QStringLiteral("hash"), blockHash(height));
    o.insert(QStringLiteral("proposer"), hexFor(quint64(height % 21) + 7, 40));
    o.insert(QStringLiteral("numTxs"), int(200 + m_rng.bounded(1200)));
    return o;
}

QJsonObject AlliumRecordGenerator::hyperliquidTransaction(qint64 height, qint64 simNowMs, int index)
{
    // The shape of the reference's transactions example: time, user, action, block, hash, error.
    static const char *const Actions[] = {"order", "cancel", "cancelByCloid", "modify", "updateLeverage"};
    const int kind = int(m_rng.bounded(5));
    QJsonObject action{{QStringLiteral("type"), QString::fromLatin1(Actions[kind])}};
    if (kind == 2)
        action.insert(QStringLiteral("cancels"), QJsonArray{QJsonObject{{QStringLiteral("asset"), int(m_rng.bounded(200))},
                                                                         {QStringLiteral("cloid"), hexFor(m_rng.generate64(), 32)}}});
    QJsonObject o;
    o.insert(QStringLiteral("time"), simNowMs + index);
    o.insert(QStringLiteral("user"), address());
    o.insert(QStringLiteral("action"), action);
    o.insert(QStringLiteral("block"), height);
    o.insert(QStringLiteral("hash"), hexFor(m_rng.generate64(), 64));
    o.insert(QStringLiteral("error"), m_rng.bounded(8) == 0 ? QJsonValue(QStringLiteral("Invalid nonce: duplicate nonce"))
                                                            : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject AlliumRecordGenerator::hyperliquidOrder(qint64 simNowMs, int index)
{
    static const char *const Statuses[] = {"open", "filled", "canceled", "triggered"};
    const int coin = int(m_rng.bounded(6));
    const double price = CoinPrices[coin] * (0.98 + m_rng.bounded(0.04));
    QJsonObject order{{QStringLiteral("coin"), QString::fromLatin1(Coins[coin])},
                      {QStringLiteral("side"), m_rng.bounded(2) == 0 ? QStringLiteral("B") : QStringLiteral("A")},
                      {QStringLiteral("limitPx"), QString::number(price, 'f', price > 100 ? 1 : 4)},
                      {QStringLiteral("sz"), QString::number(0.01 + m_rng.bounded(50.0), 'f', 4)},
                      {QStringLiteral("oid"), qint64(40000000000LL + m_rng.bounded(1000000000))},
                      {QStringLiteral("timestamp"), simNowMs + index}};
    QJsonObject o;
    o.insert(QStringLiteral("time"), simNowMs + index);
    o.insert(QStringLiteral("user"), address());
    o.insert(QStringLiteral("hash"), hexFor(m_rng.generate64(), 64));
    o.insert(QStringLiteral("status"), QString::fromLatin1(Statuses[m_rng.bounded(4)]));
    o.insert(QStringLiteral("order"), order);
    return o;
}

QByteArray AlliumRecordGenerator::floodBlock(qint64 number, qint64 timestampSec)
{
    // The same shape as ethereum.blocks, built without QJson so the sender keeps up.
    auto hashOf = [](qint64 n) -> QByteArray {
        const QByteArray hex = QByteArray::number(quint64(n) * 0x9E3779B97F4A7C15ULL, 16).rightJustified(16, '0');
        return "0x" + hex + hex + hex + hex;
    };
    QByteArray out;
    out.reserve(460);
    out += R"({"blockchain":"ethereum","number":)" + QByteArray::number(number);
    out += R"(,"hash":")" + hashOf(number) + '"';
    out += R"(,"parent_hash":")" + hashOf(number - 1) + '"';
    out += R"(,"timestamp":)" + QByteArray::number(timestampSec);
    out += R"(,"miner":"0x95222290dd7278aa3ddd389cc1e1d165cc4bafe5","gas_limit":"30000000","gas_used":")"
        + QByteArray::number(12000000 + (number * 7919) % 18000000) + '"';
    out += R"(,"base_fee_per_gas":")" + QByteArray::number(8000000000LL + (number * 104729) % 9000000000LL) + '"';
    out += R"(,"transaction_count":)" + QByteArray::number(100 + number % 200);
    out += R"(,"size":)" + QByteArray::number(50000 + number % 90000) + '}';
    return out;
}
