#include "conyrmarket.h"

#include <QCryptographicHash>
#include <cmath>

namespace {
constexpr size_t MaxStoredTrades = 120000;
constexpr double MeanGapMs = 1800;
constexpr double DustValue = 0.5;   // trades worth less than this (quote units) are dust
constexpr int MaxBars = 4000;

double normal(QRandomGenerator &r)
{
    // Box–Muller; enough for a price walk.
    const double u1 = std::max(1e-12, r.generateDouble());
    const double u2 = r.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
}
} // namespace

ConyrMarket::ConyrMarket(QString mint, quint32 seed, qint64 startMs, double startPrice)
    : m_mint(std::move(mint))
    , m_random(seed)
    , m_cursorMs(startMs - HistoryMs)
    , m_price(startPrice)
{
    advanceTo(startMs);
}

double ConyrMarket::startPriceFor(const QString &mint, quint32 seed)
{
    if (mint.startsWith(QLatin1String("So1111")))
        return 142.5;
    if (mint.startsWith(QLatin1String("EPjFWdd5")))
        return 1.0;
    if (mint.startsWith(QLatin1String("DezXAZ8z")))
        return 0.0000241;
    if (mint.startsWith(QLatin1String("EKpQGSJt")))
        return 2.13;
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
    trade.id = signatureFor(m_mint, t.seq);
    trade.seq = t.seq;
    trade.ts = t.ts;
    trade.side = t.buy ? Conyr::Side::Buy : Conyr::Side::Sell;
    trade.price = t.price;
    trade.size = t.size;
    return trade;
}

void ConyrMarket::feed(CandleAggregator &aggregator, bool filtered, const StoredTrade &t) const
{
    if (filtered && t.dust)
        return;
    Conyr::Trade trade;
    trade.ts = t.ts;
    trade.seq = t.seq;
    trade.price = t.price;
    trade.size = t.size;
    aggregator.addTrade(trade);
}

void ConyrMarket::advanceTo(qint64 nowMs, const std::function<void(const Conyr::Trade &)> &onTrade)
{
    while (m_cursorMs <= nowMs) {
        // Volatility clusters a little: occasional bursts of fast, larger moves.
        const bool burst = m_random.bounded(100) < 4;
        const double sigma = burst ? 0.004 : 0.0012;
        const double drift = normal(m_random) * sigma;
        const double previous = m_price;
        m_price = std::max(1e-12, m_price * std::exp(drift));
        StoredTrade t;
        t.ts = m_cursorMs;
        t.seq = m_nextSeq++;
        t.price = m_price;
        const bool dust = m_random.bounded(100) < 5;
        const double value = dust ? m_random.generateDouble() * DustValue : std::exp(normal(m_random) * 1.2 + 5.0);
        t.size = value / m_price;
        t.buy = m_price > previous || (m_price == previous && m_random.bounded(2) == 0);
        t.dust = value < DustValue;
        m_trades.push_back(t);
        if (m_trades.size() > MaxStoredTrades)
            m_trades.pop_front();
        for (auto it = m_aggregators.begin(); it != m_aggregators.end(); ++it)
            feed(*it.value(), it.key().startsWith(QLatin1String("filtered")), t);
        if (onTrade)
            onTrade(toTrade(t));
        const double gap = -std::log(std::max(1e-9, m_random.generateDouble())) * MeanGapMs * (burst ? 0.2 : 1.0);
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
