#include "conyrtokens.h"

#include <iterator>

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
    for (const KnownToken &t : Known) {
        if (mint == QLatin1String(t.mint))
            return QLatin1String(t.symbol);
    }
    return mint.size() > 10 ? mint.left(4) + QChar(0x2026) + mint.right(4) : mint;
}

} // namespace Conyr
