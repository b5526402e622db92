#pragma once
// Seeded price paths for the Predikt simulator: each symbol's trades stay close to the
// reference price every simulated provider shares (sim/referencemarket.h), and every update interval the volume-weighted average price (VWAP) of that interval's
// trades is published.

#include <QHash>
#include <QRandomGenerator>
#include <QString>

class PrediktMarket
{
public:
    explicit PrediktMarket(quint32 seed);

    /// True when the simulator serves the symbol (upper-case letters/digits, 1–12 long).
    static bool isWellFormed(const QString &symbol);
    /// The starting price of a symbol: known tokens near their real prices, others derived
    /// from the name.
    static double basePrice(const QString &symbol);

    /// Simulates one interval of trades for the symbol, ending at the simulated time nowMs,
    /// and returns their VWAP.
    double nextVwap(const QString &symbol, qint64 nowMs);
    /// The last published VWAP (the base price before the first interval).
    double lastVwap(const QString &symbol) const;

private:
    struct Path {
        double price = 0;
        double vwap = 0;
        double deviation = 0; ///< log distance of the last trade from the reference price
        QRandomGenerator rng;
    };
    Path &path(const QString &symbol);

    quint32 m_seed;
    QHash<QString, Path> m_paths;
};
