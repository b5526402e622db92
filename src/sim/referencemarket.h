#pragma once
// One market behind every simulated provider: a token's reference price is a pure function
// of its symbol and the simulated time, so Predikt's VWAP, Conyr's trades and Allium's price
// endpoint quote the same SOL within a fraction of a percent of each other, and a
// stablecoin stays near 1.00.

#include <QString>
#include <QtGlobal>

namespace ReferenceMarket {

/// The price a known symbol trades around (near its real price), or 0 when unknown.
double knownPrice(const QString &symbol);
/// The price a symbol trades around: knownPrice(), or one derived from the name (0.01–100).
double basePrice(const QString &symbol);
/// True for symbols pegged to the US dollar (USDC, USDT): they barely move.
bool isStablecoin(const QString &symbol);
/// The reference price of a symbol at a simulated time: the base price moved by slow,
/// deterministic swings (minutes to hours, a few percent; a stablecoin within 0.1 %).
/// basePrice() is used when base is 0.
double priceAt(const QString &symbol, qint64 ms, double base = 0);
/// The symbol of a Solana mint the simulator knows (SOL, USDC, BONK, WIF, JUP), or empty.
QString symbolOfMint(const QString &mint);

} // namespace ReferenceMarket
