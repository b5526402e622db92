// AppSettings: persisted in QSettings, clamped to sane bounds, applied to the connection
// defaults every new connection starts from, and the plaintext opt-in handed to KeyStore.

#include "core/appsettings.h"
#include "core/connection.h"
#include "core/keystore.h"
#include "core/profile.h"

#include <QCoreApplication>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsMatchTheConnectionCore();
    void valuesPersistAndApplyAtStart();
    void settersClampToSaneBounds();
    void reset();
    void languageAndTheme();
    void plaintextOptInIsPersisted();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppSettings::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
}

void TestAppSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    Profile::connectionDefaults() = Profile::ConnectionDefaults();
}

void TestAppSettings::cleanup()
{
    KeyStore::instance()->setPlaintextFallback(false);
    m_dir.reset();
}

void TestAppSettings::defaultsMatchTheConnectionCore()
{
    AppSettings settings(nullptr);
    settings.apply();
    const ConnectionConfig core;
    QCOMPARE(settings.reconnectInitialMs(), core.reconnect.initialMs);
    QCOMPARE(settings.reconnectMaxMs(), core.reconnect.maxMs);
    QCOMPARE(settings.pingIntervalMs(), core.pingIntervalMs);
    QCOMPARE(settings.staleTimeoutMs(), core.staleTimeoutMs);
    QCOMPARE(qint64(settings.maxMessageSizeMiB()) * 1024 * 1024, core.maxMessageSize);
    QCOMPARE(settings.language(), QStringLiteral("system"));
    QCOMPARE(settings.theme(), QStringLiteral("system"));
    QVERIFY(!settings.plaintextFallback());
    QVERIFY(settings.settingsFile().startsWith(m_dir->path()));
}

void TestAppSettings::valuesPersistAndApplyAtStart()
{
    {
        AppSettings settings(nullptr);
        QSignalSpy changed(&settings, &AppSettings::connectionDefaultsChanged);
        settings.setReconnectInitialMs(2000);
        settings.setReconnectMaxMs(60000);
        settings.setPingIntervalMs(5000);
        settings.setStaleTimeoutMs(20000);
        settings.setMaxMessageSizeMiB(4);
        QCOMPARE(changed.size(), 5);
    }
    // A new run: the factory defaults in memory, the stored values on disk.
    Profile::connectionDefaults() = Profile::ConnectionDefaults();
    AppSettings settings(nullptr);
    settings.apply();
    const Profile::ConnectionDefaults &d = Profile::connectionDefaults();
    QCOMPARE(d.reconnect.initialMs, 2000);
    QCOMPARE(d.reconnect.maxMs, 60000);
    QCOMPARE(d.pingIntervalMs, 5000);
    QCOMPARE(d.staleTimeoutMs, 20000);
    QCOMPARE(d.maxMessageSize, qint64(4) * 1024 * 1024);

    // Every profile's connection starts from them.
    Profile p;
    p.id = QStringLiteral("p");
    p.url = QUrl(QStringLiteral("wss://example.org/s"));
    const ConnectionConfig c = p.connectionConfig(QStringLiteral("k"));
    QCOMPARE(c.reconnect.initialMs, 2000);
    QCOMPARE(c.reconnect.maxMs, 60000);
    QCOMPARE(c.pingIntervalMs, 5000);
    QCOMPARE(c.staleTimeoutMs, 20000);
    QCOMPARE(c.maxMessageSize, qint64(4) * 1024 * 1024);
}

void TestAppSettings::settersClampToSaneBounds()
{
    AppSettings settings(nullptr);
    settings.apply();
    settings.setReconnectInitialMs(5);
    QCOMPARE(settings.reconnectInitialMs(), AppSettings::MinReconnectMs);
    settings.setReconnectMaxMs(50);  // below the initial delay: the initial follows it down
    QCOMPARE(settings.reconnectMaxMs(), AppSettings::MinReconnectMs);
    settings.setReconnectInitialMs(5000); // above the cap: the cap follows it up
    QCOMPARE(settings.reconnectMaxMs(), 5000);
    settings.setPingIntervalMs(0);
    QCOMPARE(settings.pingIntervalMs(), 0); // heartbeat off is allowed
    settings.setPingIntervalMs(10);
    QCOMPARE(settings.pingIntervalMs(), AppSettings::MinPingMs);
    settings.setStaleTimeoutMs(3000);
    settings.setPingIntervalMs(20000);  // stale must allow one missed pong
    QCOMPARE(settings.staleTimeoutMs(), 40000);
    settings.setMaxMessageSizeMiB(0);
    QCOMPARE(settings.maxMessageSizeMiB(), 1);
    settings.setMaxMessageSizeMiB(100000);
    QCOMPARE(settings.maxMessageSizeMiB(), AppSettings::MaxMessageMiB);

    // Damaged stored values: a number out of range is clamped on apply, one that is no
    // number at all is the default (it read as 0 and so as the minimum before), and a
    // hand-edited value with spaces around its digits still reads.
    QSettings().setValue(QStringLiteral("connection/reconnectInitialMs"), -7);
    QSettings().setValue(QStringLiteral("connection/maxMessageSize"), QStringLiteral("lots"));
    QSettings().setValue(QStringLiteral("connection/pingIntervalMs"), QStringLiteral("often"));
    QSettings().setValue(QStringLiteral("connection/staleTimeoutMs"), QStringLiteral(" 60000 "));
    QSettings().setValue(QStringLiteral("keys/plaintextFallback"), QStringLiteral("maybe"));
    settings.apply();
    QCOMPARE(settings.reconnectInitialMs(), AppSettings::MinReconnectMs);
    QCOMPARE(settings.maxMessageSizeMiB(), 16);
    QCOMPARE(settings.pingIntervalMs(), 15000);
    QCOMPARE(settings.staleTimeoutMs(), 60000);
    QCOMPARE(settings.plaintextFallback(), false);
    QSettings().setValue(QStringLiteral("ui/theme"), 42);
    QCOMPARE(AppSettings(nullptr).theme(), QStringLiteral("system"));
}

void TestAppSettings::reset()
{
    AppSettings settings(nullptr);
    settings.setPingIntervalMs(3000);
    settings.resetConnectionDefaults();
    QCOMPARE(settings.pingIntervalMs(), 15000);
    QCOMPARE(QSettings().value(QStringLiteral("connection/pingIntervalMs")).toInt(), 15000);
}

void TestAppSettings::languageAndTheme()
{
    {
        AppSettings settings(nullptr);
        QSignalSpy language(&settings, &AppSettings::languageChanged);
        QSignalSpy theme(&settings, &AppSettings::themeChanged);
        settings.setLanguage(QStringLiteral("klingon"));
        QCOMPARE(language.size(), 0);
        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(language.size(), 1);
        QVERIFY(settings.restartNeeded());
        settings.setTheme(QStringLiteral("dark"));
        settings.setTheme(QStringLiteral("purple"));
        QCOMPARE(theme.size(), 1);
        QCOMPARE(settings.languages().size(), 3);
        QCOMPARE(settings.themes().size(), 3);
    }
    // main.cpp reads the same key before the UI loads.
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    AppSettings next(nullptr);
    QCOMPARE(next.language(), QStringLiteral("de"));
    QVERIFY(!next.restartNeeded());
    QCOMPARE(next.theme(), QStringLiteral("dark"));
}

void TestAppSettings::plaintextOptInIsPersisted()
{
    AppSettings settings(nullptr);
    settings.apply();
    QVERIFY(!KeyStore::instance()->plaintextFallback());
    QSignalSpy changed(&settings, &AppSettings::plaintextFallbackChanged);
    settings.setPlaintextFallback(true);
    QCOMPARE(changed.size(), 1);
    QVERIFY(KeyStore::instance()->plaintextFallback());
    QCOMPARE(QSettings().value(QStringLiteral("keys/plaintextFallback")).toBool(), true);

    KeyStore::instance()->setPlaintextFallback(false);  // e.g. from QML through KeyStore
    QCOMPARE(QSettings().value(QStringLiteral("keys/plaintextFallback")).toBool(), false);
    QSettings().setValue(QStringLiteral("keys/plaintextFallback"), true);
    settings.apply();
    QVERIFY(KeyStore::instance()->plaintextFallback());
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
