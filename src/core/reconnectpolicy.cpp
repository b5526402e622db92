#include "reconnectpolicy.h"

#include <algorithm>
#include <cmath>

namespace {

int baseDelay(const ReconnectPolicy::Settings &s, int attempt)
{
    const double raw = s.initialMs * std::pow(std::max(1.0, s.multiplier), std::min(attempt, 30));
    return int(std::min<double>(raw, s.maxMs));
}

} // namespace

ReconnectPolicy::ReconnectPolicy(Settings settings, quint32 seed)
    : m_settings(settings)
    , m_random(seed)
{
}

int ReconnectPolicy::nextDelayMs()
{
    const int delay = jittered(baseDelay(m_settings, m_attempt));
    ++m_attempt;
    return delay;
}

int ReconnectPolicy::capDelayMs()
{
    ++m_attempt;
    return jittered(m_settings.maxMs);
}

int ReconnectPolicy::jittered(int baseMs)
{
    const double jitter = std::clamp(m_settings.jitter, 0.0, 1.0);
    const double cut = jitter * m_random.generateDouble();
    return std::max(1, int(baseMs * (1.0 - cut)));
}

std::pair<int, int> ReconnectPolicy::bounds(const Settings &settings, int attempt)
{
    const int base = baseDelay(settings, attempt);
    const double jitter = std::clamp(settings.jitter, 0.0, 1.0);
    return {std::max(1, int(base * (1.0 - jitter))), base};
}
