#include "conyrtokens.h"

#include <iterator>
#include <utility>

namespace Conyr {

namespace {
constexpr KnownToken Known[] = {
    {"So11111111111111111111111111111111111111112", "SOL"},
    {"DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263", "BONK"},
    {"EKpQGSJtjMFqKZ9KQanSqYXRcF8fBopzLHYxdM65zcjm", "WIF"},
    {"EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v", "USDC"},
};
} // namespace

QList<KnownToken> knownTokens()
{
    return {std::begin(Known), std::end(Known)};
}

QString tokenSymbol(const QString &mint)
{
    // Called for every trade: the known symbols are built once and handed out shared.
    static const QList<std::pair<QLatin1String, QString>> symbols = [] {
        QList<std::pair<QLatin1String, QString>> out;
        for (const KnownToken &t : Known)
            out.append({QLatin1String(t.mint), QString::fromLatin1(t.symbol)});
        return out;
    }();
    for (const auto &[known, symbol] : symbols) {
        if (mint == known)
            return symbol;
    }
    return mint.size() > 10 ? mint.left(4) + QChar(0x2026) + mint.right(4) : mint;
}

} // namespace Conyr
