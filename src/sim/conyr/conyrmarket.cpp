#include "conyrmarket.h"

#include "providers/conyr/conyrpayloads.h"
#include "sim/referencemarket.h"

#include <algorithm>
#include <cmath>

namespace {
constexpr size_t MaxStoredTrades = 120000;
constexpr double MeanGapMs = 1800;
constexpr double Reversion = 0.95; // share of a trade's deviation from the reference the next keeps
constexpr int FlashPercent = 6;    // share of trades that are flash swaps or arbitrage legs
const QString Wsol = QStringLiteral("So11111111111111111111111111111111111111112");
constexpr int MaxBars = 4000;

double normal(QRandomGenerator &r)
{
    // Box–Muller; enough for a price walk.
    const double u1 = std::max(1e-12, r.generateDouble());
    const double u2 = r.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
}
} // namespace

double ConyrMarket::valueOf(const StoredTrade &t)
{
    return std::round(t.price * t.size * 100) / 100;
}

ConyrMarket::ConyrMarket(QString mint, quint32 seed, qint64 startMs, double startPrice, double activity)
    : m_mint(std::move(mint))
    , m_random(seed)
    , m_cursorMs(startMs - HistoryMs)
    , m_price(startPrice)
    , m_basePrice(startPrice)
    , m_activity(std::clamp(activity, 1.0, 1000.0))
    , m_liveFromMs(startMs)
    , m_liveKeep(std::pow(Reversion, 1.0 / m_activity))
    , m_liveSpread(m_activity == 1.0 ? 1.0 : std::sqrt((1 - m_liveKeep * m_liveKeep) / (1 - Reversion * Reversion)))
{
    const QString symbol = ReferenceMarket::symbolOfMint(m_mint);
    m_referenceName = symbol.isEmpty() ? m_mint : symbol;
    m_stablecoin = ReferenceMarket::isStablecoin(m_referenceName);
    advanceTo(startMs);
}

double ConyrMarket::startPriceFor(const QString &mint, quint32 seed)
{
    // A mint the simulator knows trades around the reference price every provider shares.
    const QString symbol = ReferenceMarket::symbolOfMint(mint);
    if (!symbol.isEmpty())
        return ReferenceMarket::basePrice(symbol);
    QRandomGenerator r(seed);
    return std::pow(10.0, r.bounded(-5.0) + 2.0) * (1.0 + r.generateDouble());
}

QString ConyrMarket::signatureFor(const QString &mint, qint64 seq)
{
    // A base58-looking, deterministic signature without hashing every trade twice.
    static const char alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    quint64 x = quint64(seq) * 0x9E3779B97F4A7C15ULL ^ quint64(qHash(mint));
    QString out;
    out.reserve(44);
    for (int i = 0; i < 44; ++i) {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.append(QLatin1Char(alphabet[x % 58]));
    }
    return out;
}

Conyr::Trade ConyrMarket::toTrade(const StoredTrade &t) const
{
    Conyr::Trade trade;
    trade.signature = signatureFor(m_mint, t.slot * 8 + t.eventIndex);
    trade.eventIndex = t.eventIndex;
    trade.id = trade.signature + QLatin1Char(':') + QString::number(t.eventIndex);
    trade.slot = t.slot;
    trade.ts = t.ts;
    trade.side = t.flash ? (t.buy ? Conyr::Side::FlashSwap : Conyr::Side::Swap) : (t.buy ? Conyr::Side::Buy : Conyr::Side::Sell);
    trade.direction = Conyr::sideToString(trade.side);
    trade.arbitrage = t.flash && !t.buy;
    trade.mint = m_mint;
    trade.tokenDecimals = 6;
    trade.trader = signatureFor(QStringLiteral("wallet"), t.seq % 97).left(44);
    trade.pool = signatureFor(m_mint + QLatin1String("pool"), 1).left(44);
    trade.dex = (t.seq % 3 == 0) ? QStringLiteral("PumpFun") : QStringLiteral("Raydium");
    trade.baseMint = Wsol;
    // Decimal strings as Conyr sends them (the values were rounded when generated).
    trade.price = t.price;
    trade.priceText = Conyr::decimalText(t.price);
    trade.size = t.size;
    trade.sizeText = Conyr::decimalText(t.size);
    trade.valueUsd = valueOf(t);
    trade.valueUsdText = QString::number(trade.valueUsd, 'f', 2);
    trade.bundleId = QString();
    if (t.flash)
        trade.labels = {QStringLiteral("mev")};
    return trade;
}

Conyr::Tick ConyrMarket::tickFor(const Conyr::Trade &trade, qint64 intervalMs)
{
    // slot × 10^9 + event index as decimal text: a strict order beyond 2^53.
    const QString key = QString::number(trade.slot) + QString::number(trade.eventIndex).rightJustified(9, QLatin1Char('0'));
    const qint64 bucket = trade.ts - trade.ts % intervalMs;
    return Conyr::tickFromTrade(trade, bucket, key);
}

void ConyrMarket::feed(CandleAggregator &aggregator, bool filtered, const StoredTrade &t) const
{
    if (filtered && t.flash)
        return;
    // What the aggregator reads, without building the strings of a whole trade.
    Conyr::Trade trade;
    trade.ts = t.ts;
    trade.price = t.price;
    trade.size = t.size;
    trade.valueUsd = valueOf(t);
    trade.side = t.buy ? Conyr::Side::Buy : Conyr::Side::Sell;
    aggregator.addTrade(trade);
}

void ConyrMarket::advanceTo(qint64 nowMs, const std::function<void(const Conyr::Trade &)> &onTrade)
{
    while (m_cursorMs <= nowMs) {
        // Volatility clusters a little: occasional bursts of fast, larger moves.
        // Each trade's distance from the shared reference price is a mean-reverting walk
        // (about 0.4 % typical): Conyr's SOL stays near Predikt's.
        // At activity a the walk takes a steps where it took one, with the same spread: the
        // price path per minute does not depend on how many trades make it up.
        const bool live = m_cursorMs >= m_liveFromMs;
        const double activity = live ? m_activity : 1.0;
        const double keep = live ? m_liveKeep : Reversion;
        const double spread = live ? m_liveSpread : 1.0;
        const bool burst = m_random.bounded(100) < 4;
        const double sigma = (burst ? 0.004 : 0.0012) * (m_stablecoin ? 0.05 : 1.0) * spread;
        m_deviation = keep * m_deviation + normal(m_random) * sigma;
        const double previous = m_price;
        m_price = std::max(1e-12, ReferenceMarket::priceAt(m_referenceName, m_cursorMs, m_basePrice) * std::exp(m_deviation));
        StoredTrade t;
        t.ts = m_cursorMs;
        t.seq = m_nextSeq++;
        // ~400 ms slots; several swaps may share one, told apart by the event index.
        const qint64 slot = 312000000 + t.ts / 400;
        m_eventIndex = slot == m_slot ? m_eventIndex + 1 : 0;
        m_slot = std::max(m_slot, slot);
        t.slot = m_slot;
        t.eventIndex = m_eventIndex;
        // Rounded as the wire carries them: 9 significant digits of price, 6 decimals of amount.
        t.price = QString::number(m_price, 'g', 9).toDouble();
        const double value = std::exp(normal(m_random) * 1.2 + 5.0) / activity;
        t.size = std::max(0.000001, std::round(value / t.price * 1e6) / 1e6);
        t.buy = m_price > previous || (m_price == previous && m_random.bounded(2) == 0);
        t.flash = m_random.bounded(100) < FlashPercent;
        m_trades.push_back(t);
        if (m_trades.size() > MaxStoredTrades)
            m_trades.pop_front();
        for (auto it = m_aggregators.begin(); it != m_aggregators.end(); ++it)
            feed(*it.value(), it.key().startsWith(QLatin1String("filtered")), t);
        if (onTrade)
            onTrade(toTrade(t));
        const double gap = -std::log(std::max(1e-9, m_random.generateDouble())) * MeanGapMs * (burst ? 0.2 : 1.0) / activity;
        m_cursorMs += std::max<qint64>(1, qint64(gap));
    }
    m_nowMs = std::max(m_nowMs, nowMs);
    for (auto &aggregator : m_aggregators)
        aggregator->advanceTo(nowMs);
}

QString ConyrMarket::aggregatorKey(const QString &variant, qint64 intervalMs)
{
    return variant + QLatin1Char(':') + QString::number(intervalMs);
}

CandleAggregator &ConyrMarket::candles(const QString &variant, qint64 intervalMs)
{
    const QString key = aggregatorKey(variant, intervalMs);
    auto it = m_aggregators.find(key);
    if (it != m_aggregators.end())
        return **it;
    auto aggregator = std::make_shared<CandleAggregator>(intervalMs, MaxBars);
    const bool filtered = variant == QLatin1String("filtered");
    for (const StoredTrade &t : m_trades)
        feed(*aggregator, filtered, t);
    if (!m_trades.empty())
        aggregator->advanceTo(m_nowMs);
    aggregator->takeChanged(); // history is not news
    m_aggregators.insert(key, aggregator);
    return *aggregator;
}
