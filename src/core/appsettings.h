#pragma once
// The application's own settings: language, theme, key storage and connection defaults.

#include "settingsvalues.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
class QSettings;

/// Settings the user changes on the Settings page, persisted in QSettings ("ui/…", "keys/…",
/// "connection/…") and applied at start by apply(). The language takes effect at the next
/// start (main.cpp loads the translator before the UI); the theme at once; connection
/// defaults for every connection opened after the change.
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    /// True when the chosen language differs from the one this run started with.
    Q_PROPERTY(bool restartNeeded READ restartNeeded NOTIFY languageChanged)
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool plaintextFallback READ plaintextFallback WRITE setPlaintextFallback NOTIFY plaintextFallbackChanged)
    Q_PROPERTY(int reconnectInitialMs READ reconnectInitialMs WRITE setReconnectInitialMs NOTIFY connectionDefaultsChanged)
    Q_PROPERTY(int reconnectMaxMs READ reconnectMaxMs WRITE setReconnectMaxMs NOTIFY connectionDefaultsChanged)
    Q_PROPERTY(int pingIntervalMs READ pingIntervalMs WRITE setPingIntervalMs NOTIFY connectionDefaultsChanged)
    Q_PROPERTY(int staleTimeoutMs READ staleTimeoutMs WRITE setStaleTimeoutMs NOTIFY connectionDefaultsChanged)
    Q_PROPERTY(int maxMessageSizeMiB READ maxMessageSizeMiB WRITE setMaxMessageSizeMiB NOTIFY connectionDefaultsChanged)
    Q_PROPERTY(QString settingsFile READ settingsFile CONSTANT)
    /// Why the last change could not be written to the settings file (disk full, read-only
    /// folder …); empty once a save works again.
    Q_PROPERTY(QString saveProblem READ saveProblem NOTIFY saveProblemChanged)

public:
    /// Bounds the setters clamp to (also the Settings page's spin boxes).
    static constexpr int MinReconnectMs = SettingsValues::MinReconnectMs;
    static constexpr int MaxReconnectMs = SettingsValues::MaxReconnectMs;
    static constexpr int MinPingMs = SettingsValues::MinPingMs;        ///< 0 turns the heartbeat off
    static constexpr int MaxPingMs = SettingsValues::MaxPingMs;
    static constexpr int MinStaleMs = SettingsValues::MinStaleMs;
    static constexpr int MaxStaleMs = SettingsValues::MaxStaleMs;
    static constexpr int MaxMessageMiB = SettingsValues::MaxMessageMiB;

    static AppSettings *instance();
    static AppSettings *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible on purpose (Qt 6.4 would bypass create()).
    explicit AppSettings(QObject *parent);

    /// Reads the stored settings and applies them: connection defaults to
    /// Profile::connectionDefaults(), the plaintext opt-in to KeyStore::instance().
    void apply();

    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    bool restartNeeded() const { return m_language != m_startLanguage; }
    QString theme() const { return m_theme; }
    void setTheme(const QString &theme);
    bool plaintextFallback() const;
    void setPlaintextFallback(bool on);

    int reconnectInitialMs() const;
    void setReconnectInitialMs(int ms);
    int reconnectMaxMs() const;
    void setReconnectMaxMs(int ms);
    int pingIntervalMs() const;
    void setPingIntervalMs(int ms);
    int staleTimeoutMs() const;
    void setStaleTimeoutMs(int ms);
    int maxMessageSizeMiB() const;
    void setMaxMessageSizeMiB(int mib);

    QString settingsFile() const;
    QString saveProblem() const { return m_saveProblem; }

    /// The language choices ({id, label}) and theme choices for the Settings page.
    Q_INVOKABLE QVariantList languages() const;
    Q_INVOKABLE QVariantList themes() const;
    /// Puts the connection defaults back to 1 s → 30 s, 15 s ping, 45 s stale, 16 MiB.
    Q_INVOKABLE void resetConnectionDefaults();

Q_SIGNALS:
    void languageChanged();
    void themeChanged();
    void plaintextFallbackChanged();
    void connectionDefaultsChanged();
    void saveProblemChanged();

private:
    void saveConnectionDefaults();
    void noteSaved(QSettings &settings);

    QString m_language = QStringLiteral("system");
    QString m_startLanguage = QStringLiteral("system");
    QString m_theme = QStringLiteral("system");
    QString m_saveProblem;
};
