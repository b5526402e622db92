#pragma once
// What a person calls a Solana token: the symbol of a well-known mint, else its mint
// shortened ("EPjF…Dt1v"). Conyr's channels name tokens by mint only; pages, alerts and the
// dashboard name them by this.

#include <QList>
#include <QString>

namespace Conyr {

/// A well-known token: its mint and symbol.
struct KnownToken {
    const char *mint;
    const char *symbol;
};
/// The tokens known by symbol (SOL, BONK, WIF, USDC).
QList<KnownToken> knownTokens();

/// The symbol of a known mint ("SOL"), else the mint shortened to its first and last four
/// characters; an empty mint stays empty.
QString tokenSymbol(const QString &mint);

} // namespace Conyr
