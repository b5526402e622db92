#pragma once
// The four providers under the soak, each a Soak::Scenario built on the simulator's server.

#include "soakharness.h"

#include <memory>

class SimServer;

namespace Soak {

/// The providers in the order the soak runs them.
QStringList providerNames();
/// Adds the provider's handlers to the server and returns its scenario (nullptr for an
/// unknown name). The simulator runs with SimConfig::clockFactor ClockFactor.
std::unique_ptr<Scenario> makeScenario(const QString &provider, SimServer *server);
/// The simulator options a provider's scenario needs (set before the server is made).
QVariantMap simulatorOptions(const QString &provider);

/// Simulated seconds per real second in the soak (block cadence, price updates, tweets).
constexpr double ClockFactor = 10.0;
/// The key the simulator accepts and every client presents.
inline QString soakKey() { return QStringLiteral("demo-key"); }

std::unique_ptr<Scenario> makeAlliumScenario(SimServer *server);
std::unique_ptr<Scenario> makeConyrScenario(SimServer *server);
std::unique_ptr<Scenario> makePrediktScenario(SimServer *server);
std::unique_ptr<Scenario> makeTweetsScenario(SimServer *server);

} // namespace Soak
