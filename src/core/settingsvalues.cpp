#include "settingsvalues.h"

#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace SettingsValues {

qint64 integer(const QVariant &value, qint64 fallback, qint64 min, qint64 max)
{
    if (!value.isValid())
        return std::clamp(fallback, min, max);
    bool ok = false;
    qint64 n = 0;
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        n = value.toLongLong(&ok);
        break;
    default:
        // An INI file holds text; a hand-edited value may carry spaces around the digits.
        n = value.toString().trimmed().toLongLong(&ok);
        break;
    }
    return ok ? std::clamp(n, min, max) : std::clamp(fallback, min, max);
}

bool boolean(const QVariant &value, bool fallback)
{
    if (!value.isValid())
        return fallback;
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    const QString text = value.toString().trimmed().toLower();
    if (text == QLatin1String("true") || text == QLatin1String("1") || text == QLatin1String("yes") || text == QLatin1String("on"))
        return true;
    if (text == QLatin1String("false") || text == QLatin1String("0") || text == QLatin1String("no") || text == QLatin1String("off"))
        return false;
    return fallback;
}

QString choice(const QVariant &value, const QStringList &choices, const QString &fallback)
{
    const QString text = value.toString();
    return choices.contains(text) ? text : fallback;
}

QStringList languages()
{
    return {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de")};
}

QStringList themes()
{
    return {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};
}

Profile::ConnectionDefaults connectionDefaults(const QSettings &settings, const Profile::ConnectionDefaults &base)
{
    const Profile::ConnectionDefaults factory;
    Profile::ConnectionDefaults d = base;
    d.reconnect.initialMs = int(integer(settings.value(QLatin1String(InitialKey)), factory.reconnect.initialMs,
                                        MinReconnectMs, MaxReconnectMs));
    d.reconnect.maxMs = int(integer(settings.value(QLatin1String(MaxKey)), factory.reconnect.maxMs,
                                    d.reconnect.initialMs, MaxReconnectMs));
    const qint64 ping = integer(settings.value(QLatin1String(PingKey)), factory.pingIntervalMs, -1, MaxPingMs);
    d.pingIntervalMs = ping <= 0 ? 0 : int(std::max<qint64>(ping, MinPingMs));
    d.staleTimeoutMs = int(integer(settings.value(QLatin1String(StaleKey)), factory.staleTimeoutMs, MinStaleMs, MaxStaleMs));
    d.maxMessageSize = integer(settings.value(QLatin1String(SizeKey)), factory.maxMessageSize, MiB, MaxMessageMiB * MiB);
    return d;
}

QString language(const QSettings &settings)
{
    return choice(settings.value(QLatin1String(LanguageKey)), languages(), QStringLiteral("system"));
}

QString theme(const QSettings &settings)
{
    return choice(settings.value(QLatin1String(ThemeKey)), themes(), QStringLiteral("system"));
}

bool plaintextFallback(const QSettings &settings)
{
    return boolean(settings.value(QLatin1String(FallbackKey)), false);
}

} // namespace SettingsValues
