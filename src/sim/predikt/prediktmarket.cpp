#include "prediktmarket.h"

#include "sim/referencemarket.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <cmath>

namespace {

quint32 hashOf(const QString &text)
{
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
    return (quint32(quint8(h[0])) << 24) | (quint32(quint8(h[1])) << 16) | (quint32(quint8(h[2])) << 8) | quint8(h[3]);
}

} // namespace

PrediktMarket::PrediktMarket(quint32 seed)
    : m_seed(seed)
{
}

bool PrediktMarket::isWellFormed(const QString &symbol)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9]{1,12}$"));
    return pattern.match(symbol).hasMatch();
}

double PrediktMarket::basePrice(const QString &symbol)
{
    return ReferenceMarket::basePrice(symbol);
}

PrediktMarket::Path &PrediktMarket::path(const QString &symbol)
{
    auto it = m_paths.find(symbol);
    if (it == m_paths.end()) {
        Path p;
        p.price = p.vwap = basePrice(symbol);
        p.rng.seed(m_seed ^ hashOf(symbol));
        it = m_paths.insert(symbol, p);
    }
    return *it;
}

double PrediktMarket::nextVwap(const QString &symbol, qint64 nowMs)
{
    Path &p = path(symbol);
    // ~8 trades per interval around the reference price every simulated provider shares:
    // each trade's deviation from it is a mean-reverting walk (0.08 % per trade, about
    // 0.2 % typical), sizes skewed so that a few large trades pull the VWAP.
    const double reference = ReferenceMarket::priceAt(symbol, nowMs);
    const double sigma = ReferenceMarket::isStablecoin(symbol) ? 0.00005 : 0.0008;
    double notional = 0;
    double volume = 0;
    const int trades = 5 + int(p.rng.bounded(7));
    for (int i = 0; i < trades; ++i) {
        const double u1 = std::max(1e-12, p.rng.generateDouble());
        const double u2 = p.rng.generateDouble();
        const double normal = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
        p.deviation = 0.9 * p.deviation + sigma * normal;
        p.price = reference * std::exp(p.deviation);
        const double size = 0.1 + std::pow(p.rng.generateDouble(), 3.0) * 50.0;
        notional += p.price * size;
        volume += size;
    }
    p.vwap = notional / volume;
    return p.vwap;
}

double PrediktMarket::lastVwap(const QString &symbol) const
{
    const auto it = m_paths.constFind(symbol);
    return it == m_paths.cend() ? basePrice(symbol) : it->vwap;
}
