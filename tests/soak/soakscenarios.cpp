#include "soakscenarios.h"

namespace Soak {

QStringList providerNames()
{
    return {QStringLiteral("allium"), QStringLiteral("conyr"), QStringLiteral("predikt"), QStringLiteral("tweets")};
}

std::unique_ptr<Scenario> makeScenario(const QString &provider, SimServer *server)
{
    if (provider == QLatin1String("allium"))
        return makeAlliumScenario(server);
    if (provider == QLatin1String("conyr"))
        return makeConyrScenario(server);
    if (provider == QLatin1String("predikt"))
        return makePrediktScenario(server);
    if (provider == QLatin1String("tweets"))
        return makeTweetsScenario(server);
    return nullptr;
}

QVariantMap simulatorOptions(const QString &provider)
{
    if (provider == QLatin1String("allium"))
        return {{QStringLiteral("allium.latencyMs"), 150}}; // requests are in flight when a fault comes
    if (provider == QLatin1String("conyr"))
        return {{QStringLiteral("conyr.variant"), QStringLiteral("repeat")}}; // every trade twice: the dedupe works
    if (provider == QLatin1String("predikt"))
        return {{QStringLiteral("predikt.balance"), QStringLiteral("1000000.00")}, // each connect charges an hour
                {QStringLiteral("predikt.updateIntervalMs"), 1000}};
    if (provider == QLatin1String("tweets"))
        return {{QStringLiteral("tweets.rate"), 2}, {QStringLiteral("tweets.resend"), 10}};
    return {};
}

} // namespace Soak
