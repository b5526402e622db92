#include "appsettings.h"

#include "keystore.h"
#include "profile.h"
#include "storagefault.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QSettings>

namespace {

const QString LanguageKey = QStringLiteral("ui/language");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString FallbackKey = QStringLiteral("keys/plaintextFallback");
const QString InitialKey = QStringLiteral("connection/reconnectInitialMs");
const QString MaxKey = QStringLiteral("connection/reconnectMaxMs");
const QString PingKey = QStringLiteral("connection/pingIntervalMs");
const QString StaleKey = QStringLiteral("connection/staleTimeoutMs");
const QString SizeKey = QStringLiteral("connection/maxMessageSize");
constexpr qint64 MiB = 1024 * 1024;

const QStringList Languages = {QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de")};
const QStringList Themes = {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")};

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
    m_language = settings.value(LanguageKey, QStringLiteral("system")).toString();
    if (!Languages.contains(m_language))
        m_language = QStringLiteral("system");
    m_startLanguage = m_language;
    m_theme = settings.value(ThemeKey, QStringLiteral("system")).toString();
    if (!Themes.contains(m_theme))
        m_theme = QStringLiteral("system");
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
    Profile::ConnectionDefaults &d = Profile::connectionDefaults();
    const Profile::ConnectionDefaults factory;
    d.reconnect.initialMs = std::clamp(settings.value(InitialKey, factory.reconnect.initialMs).toInt(),
                                       MinReconnectMs, MaxReconnectMs);
    d.reconnect.maxMs = std::clamp(settings.value(MaxKey, factory.reconnect.maxMs).toInt(),
                                   d.reconnect.initialMs, MaxReconnectMs);
    const int ping = settings.value(PingKey, factory.pingIntervalMs).toInt();
    d.pingIntervalMs = ping <= 0 ? 0 : std::clamp(ping, MinPingMs, MaxPingMs);
    d.staleTimeoutMs = std::clamp(settings.value(StaleKey, factory.staleTimeoutMs).toInt(), MinStaleMs, MaxStaleMs);
    d.maxMessageSize = std::clamp(settings.value(SizeKey, factory.maxMessageSize).toLongLong(), MiB,
                                  qint64(MaxMessageMiB) * MiB);
    KeyStore::instance()->setPlaintextFallback(settings.value(FallbackKey, false).toBool());
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
