#pragma once
// What the settings file says, read as values the app can use: each value is checked on its
// own, and one that cannot be read as what it should be (text where a number belongs, a
// number out of range, an unknown language) falls back to its default or nearest bound,
// never to 0. Pure functions over a QSettings, so that a damaged file can be fuzzed.

#include "profile.h"

#include <QString>

class QSettings;
class QVariant;

namespace SettingsValues {

inline constexpr int MinReconnectMs = 100;
inline constexpr int MaxReconnectMs = 600000;
inline constexpr int MinPingMs = 1000;        ///< 0 turns the heartbeat off
inline constexpr int MaxPingMs = 300000;
inline constexpr int MinStaleMs = 2000;
inline constexpr int MaxStaleMs = 900000;
inline constexpr int MaxMessageMiB = 256;
inline constexpr qint64 MiB = 1024 * 1024;

/// An integer setting: the value when it is a whole number (text or number), clamped to
/// [min, max]; otherwise fallback. A missing value is fallback.
qint64 integer(const QVariant &value, qint64 fallback, qint64 min, qint64 max);
/// A switch: true/false, 1/0, yes/no, on/off (any case); otherwise fallback.
bool boolean(const QVariant &value, bool fallback);
/// One of choices (exactly), otherwise fallback.
QString choice(const QVariant &value, const QStringList &choices, const QString &fallback);

/// The connection defaults the settings hold, each within its range (reconnect max ≥ initial);
/// what the settings do not hold (the connect timeout) comes from base.
Profile::ConnectionDefaults connectionDefaults(const QSettings &settings, const Profile::ConnectionDefaults &base = {});
QString language(const QSettings &settings);
QString theme(const QSettings &settings);
bool plaintextFallback(const QSettings &settings);

QStringList languages();
QStringList themes();

// The keys, for the writers in AppSettings.
inline const char LanguageKey[] = "ui/language";
inline const char ThemeKey[] = "ui/theme";
inline const char FallbackKey[] = "keys/plaintextFallback";
inline const char InitialKey[] = "connection/reconnectInitialMs";
inline const char MaxKey[] = "connection/reconnectMaxMs";
inline const char PingKey[] = "connection/pingIntervalMs";
inline const char StaleKey[] = "connection/staleTimeoutMs";
inline const char SizeKey[] = "connection/maxMessageSize";

} // namespace SettingsValues
