#include "appsettings.h"

#include "keystore.h"
#include "profile.h"
#include "settingsvalues.h"
#include "storagefault.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QSettings>

namespace {

constexpr qint64 MiB = SettingsValues::MiB;
const QString LanguageKey = QLatin1String(SettingsValues::LanguageKey);
const QString ThemeKey = QLatin1String(SettingsValues::ThemeKey);
const QString FallbackKey = QLatin1String(SettingsValues::FallbackKey);
const QString InitialKey = QLatin1String(SettingsValues::InitialKey);
const QString MaxKey = QLatin1String(SettingsValues::MaxKey);
const QString PingKey = QLatin1String(SettingsValues::PingKey);
const QString StaleKey = QLatin1String(SettingsValues::StaleKey);
const QString SizeKey = QLatin1String(SettingsValues::SizeKey);
const QStringList Languages = SettingsValues::languages();
const QStringList Themes = SettingsValues::themes();

} // namespace

AppSettings *AppSettings::instance()
{
    static AppSettings *settings = new AppSettings(qApp);
    return settings;
}

AppSettings *AppSettings::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

AppSettings::AppSettings(QObject *parent)
    : QObject(parent)
{
    QSettings settings;
    // A value that cannot be read falls back to its default (SettingsValues).
    m_language = SettingsValues::language(settings);
    m_startLanguage = m_language;
    m_theme = SettingsValues::theme(settings);
    connect(KeyStore::instance(), &KeyStore::plaintextFallbackChanged, this, [this] {
        QSettings settings;
        settings.setValue(FallbackKey, KeyStore::instance()->plaintextFallback());
        noteSaved(settings);
        Q_EMIT plaintextFallbackChanged();
    });
}

void AppSettings::apply()
{
    QSettings settings;
    Profile::connectionDefaults() = SettingsValues::connectionDefaults(settings, Profile::connectionDefaults());
    KeyStore::instance()->setPlaintextFallback(SettingsValues::plaintextFallback(settings));
    Q_EMIT connectionDefaultsChanged();
}

void AppSettings::setLanguage(const QString &language)
{
    if (!Languages.contains(language) || language == m_language)
        return;
    m_language = language;
    QSettings settings;
    settings.setValue(LanguageKey, language);
    noteSaved(settings);
    Q_EMIT languageChanged();
}

void AppSettings::setTheme(const QString &theme)
{
    if (!Themes.contains(theme) || theme == m_theme)
        return;
    m_theme = theme;
    QSettings settings;
    settings.setValue(ThemeKey, theme);
    noteSaved(settings);
    Q_EMIT themeChanged();
}

bool AppSettings::plaintextFallback() const
{
    return KeyStore::instance()->plaintextFallback();
}

void AppSettings::setPlaintextFallback(bool on)
{
    // KeyStore announces the change; the connection in the constructor persists it.
    KeyStore::instance()->setPlaintextFallback(on);
}

int AppSettings::reconnectInitialMs() const
{
    return Profile::connectionDefaults().reconnect.initialMs;
}

void AppSettings::setReconnectInitialMs(int ms)
{
    auto &d = Profile::connectionDefaults();
    ms = std::clamp(ms, MinReconnectMs, MaxReconnectMs);
    if (ms == d.reconnect.initialMs)
        return;
    d.reconnect.initialMs = ms;
    d.reconnect.maxMs = std::max(d.reconnect.maxMs, ms);
    saveConnectionDefaults();
}

int AppSettings::reconnectMaxMs() const
{
    return Profile::connectionDefaults().reconnect.maxMs;
}

void AppSettings::setReconnectMaxMs(int ms)
{
    auto &d = Profile::connectionDefaults();
    ms = std::clamp(ms, MinReconnectMs, MaxReconnectMs);
    if (ms == d.reconnect.maxMs)
        return;
    d.reconnect.maxMs = ms;
    d.reconnect.initialMs = std::min(d.reconnect.initialMs, ms);
    saveConnectionDefaults();
}

int AppSettings::pingIntervalMs() const
{
    return Profile::connectionDefaults().pingIntervalMs;
}

void AppSettings::setPingIntervalMs(int ms)
{
    auto &d = Profile::connectionDefaults();
    ms = ms <= 0 ? 0 : std::clamp(ms, MinPingMs, MaxPingMs);
    if (ms == d.pingIntervalMs)
        return;
    d.pingIntervalMs = ms;
    // A connection must be allowed at least one missed pong before it counts as stale.
    if (ms > 0 && d.staleTimeoutMs < 2 * ms)
        d.staleTimeoutMs = std::min(2 * ms, MaxStaleMs);
    saveConnectionDefaults();
}

int AppSettings::staleTimeoutMs() const
{
    return Profile::connectionDefaults().staleTimeoutMs;
}

void AppSettings::setStaleTimeoutMs(int ms)
{
    auto &d = Profile::connectionDefaults();
    ms = std::clamp(ms, MinStaleMs, MaxStaleMs);
    if (ms == d.staleTimeoutMs)
        return;
    d.staleTimeoutMs = ms;
    saveConnectionDefaults();
}

int AppSettings::maxMessageSizeMiB() const
{
    return int(Profile::connectionDefaults().maxMessageSize / MiB);
}

void AppSettings::setMaxMessageSizeMiB(int mib)
{
    auto &d = Profile::connectionDefaults();
    mib = std::clamp(mib, 1, MaxMessageMiB);
    if (qint64(mib) * MiB == d.maxMessageSize)
        return;
    d.maxMessageSize = qint64(mib) * MiB;
    saveConnectionDefaults();
}

void AppSettings::resetConnectionDefaults()
{
    const Profile::ConnectionDefaults factory;
    Profile::connectionDefaults() = factory;
    saveConnectionDefaults();
}

void AppSettings::saveConnectionDefaults()
{
    const auto &d = Profile::connectionDefaults();
    QSettings settings;
    settings.setValue(InitialKey, d.reconnect.initialMs);
    settings.setValue(MaxKey, d.reconnect.maxMs);
    settings.setValue(PingKey, d.pingIntervalMs);
    settings.setValue(StaleKey, d.staleTimeoutMs);
    settings.setValue(SizeKey, d.maxMessageSize);
    noteSaved(settings);
    Q_EMIT connectionDefaultsChanged();
}

void AppSettings::noteSaved(QSettings &settings)
{
    // Synced at once, so that a full disk or a read-only folder is said at the change that
    // could not be kept. The change stays in effect for this run; the file keeps the last
    // good values and the next change tries again.
    const QString problem = StorageFault::sync(settings);
    if (problem == m_saveProblem)
        return;
    m_saveProblem = problem;
    Q_EMIT saveProblemChanged();
}

QString AppSettings::settingsFile() const
{
    return QSettings().fileName();
}

QVariantList AppSettings::languages() const
{
    return {
        QVariantMap{{QStringLiteral("id"), QStringLiteral("system")}, {QStringLiteral("label"), tr("System language")}},
        QVariantMap{{QStringLiteral("id"), QStringLiteral("en")}, {QStringLiteral("label"), QStringLiteral("English")}},
        QVariantMap{{QStringLiteral("id"), QStringLiteral("de")}, {QStringLiteral("label"), QStringLiteral("Deutsch")}},
    };
}

QVariantList AppSettings::themes() const
{
    return {
        QVariantMap{{QStringLiteral("id"), QStringLiteral("system")}, {QStringLiteral("label"), tr("Follow the system")}},
        QVariantMap{{QStringLiteral("id"), QStringLiteral("light")}, {QStringLiteral("label"), tr("Light")}},
        QVariantMap{{QStringLiteral("id"), QStringLiteral("dark")}, {QStringLiteral("label"), tr("Dark")}},
    };
}
