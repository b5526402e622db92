#pragma once
// Exponential backoff with jitter for reconnect attempts.

#include <QRandomGenerator>

/// Reconnect timing; defaults 1 s → 30 s.
struct ReconnectSettings {
    int initialMs = 1000;
    int maxMs = 30000;
    double multiplier = 2.0;
    double jitter = 0.2;   ///< fraction of the delay that may be taken off at random (0..1)
    int stableMs = 60000;  ///< an open connection this old resets the attempt counter
};

/// Computes reconnect delays: initial × multiplier^attempt, capped, with a random jitter
/// that only ever shortens the delay (so the cap is a hard upper bound). The attempt
/// counter is reset by the connection once a connection has stayed up for stableMs.
class ReconnectPolicy
{
public:
    using Settings = ReconnectSettings;

    explicit ReconnectPolicy(Settings settings = Settings(), quint32 seed = QRandomGenerator::global()->generate());

    /// The delay before the next attempt; advances the attempt counter.
    int nextDelayMs();
    /// A delay at the cap (with jitter): used after a limit rejection.
    int capDelayMs();
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }
    const Settings &settings() const { return m_settings; }
    void setSettings(const Settings &settings) { m_settings = settings; }

    /// The closed range a delay for the given attempt (0-based) falls in.
    static std::pair<int, int> bounds(const Settings &settings, int attempt);

private:
    int jittered(int baseMs);

    Settings m_settings;
    QRandomGenerator m_random;
    int m_attempt = 0;
};
