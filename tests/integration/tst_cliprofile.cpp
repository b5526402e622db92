// tidewatch-cli --profile NAME: the profile comes from the app's settings, its key from the
// REAL keychain (scripts/test provides an unlocked gnome-keyring) through the app's KeyStore,
// and every way this can go wrong ends with a sentence on stderr and a documented exit code.

#include "core/keystore.h"
#include "core/profilestore.h"
#include "sim/simserver.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void unknownProfileIsAUsageError();
    void missingKeyIsAUsageError();
    void keyFromTheKeychainReachesTheServer();
    void wrongKeyIsAnAuthRejection();
    void noKeychainServiceIsAFailure();

private:
    Run run(const QStringList &args, const QProcessEnvironment &extra = {});

    QTemporaryDir m_dir;
    std::unique_ptr<SimServer> m_sim;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<KeyStore> m_keys;
    QString m_profileId;
    QString m_key;
};

void TestCliProfile::initTestCase()
{
    // The same organisation and application names as tidewatch-cli, with the user settings
    // under our temporary directory (the child gets it as XDG_CONFIG_HOME).
    QCoreApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));

    m_key = QStringLiteral("cli-key-") + QUuid::createUuid().toString(QUuid::Id128);
    SimConfig config;
    config.acceptedKeys = {m_key};
    m_sim = std::make_unique<SimServer>(config);
    m_sim->installStandardHandlers();
    QVERIFY(m_sim->listen());

    m_profiles = std::make_unique<ProfileStore>(QStringLiteral("profiles"), nullptr);
    QVERIFY(m_profiles->load());
    QUrl url = m_sim->baseUrl();
    url.setPath(QStringLiteral("/demo/stream"));
    url.setQuery(QStringLiteral("key=required"));
    // The simulator's "?key=required" switch looks like a credential to the editor's check,
    // so this profile goes in through upsert() (the C++ path, without UI validation).
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QStringLiteral("Sim stream");
    profile.kind = Provider::Kind::Generic;
    profile.url = url;
    profile.auth = Auth::Method::Bearer;
    m_profiles->upsert(profile);
    m_profileId = profile.id;
    QVERIFY(m_profiles->lastError().isEmpty());
    QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("config/Tidewatch/tidewatch.conf"))));
    m_keys = std::make_unique<KeyStore>(QStringLiteral("Tidewatch"), nullptr);
}

void TestCliProfile::cleanupTestCase()
{
    if (m_keys && !m_profileId.isEmpty()) {
        bool done = false;
        m_keys->deleteKey(m_profileId, [&done](const KeyStore::Result &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    }
}

Run TestCliProfile::run(const QStringList &args, const QProcessEnvironment &extra)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("TIDEWATCH_API_KEY"));
    for (const QString &name : extra.keys())
        env.insert(name, extra.value(name));
    cli.setProcessEnvironment(env);
    QSignalSpy finished(&cli, &QProcess::finished);
    cli.start(QStringLiteral(TW_BINARY_DIR "/bin/tidewatch-cli"), args);
    // Wait with the event loop running: the simulator lives in this process.
    if (!finished.wait(60000)) {
        cli.kill();
        cli.waitForFinished();
    }
    return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1,
            QString::fromUtf8(cli.readAllStandardOutput()), QString::fromUtf8(cli.readAllStandardError())};
}

void TestCliProfile::unknownProfileIsAUsageError()
{
    const Run r = run({QStringLiteral("raw"), QStringLiteral("--profile"), QStringLiteral("Nope"), QStringLiteral("--count"),
                       QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("no profile called 'Nope'")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliProfile::missingKeyIsAUsageError()
{
    const Run r = run({QStringLiteral("raw"), QStringLiteral("--profile"), QStringLiteral("Sim stream"), QStringLiteral("--count"),
                       QStringLiteral("1")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QLatin1String("profile 'Sim stream': No key is stored for this profile.")), qPrintable(r.err));
}

void TestCliProfile::keyFromTheKeychainReachesTheServer()
{
    std::optional<KeyStore::Result> written;
    m_keys->writeKey(m_profileId, m_key, [&written](const KeyStore::Result &r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    QVERIFY2(written->ok(), qPrintable(written->message));

    // No --url: the profile's endpoint. The name matches case-insensitively.
    const Run r = run({QStringLiteral("raw"), QStringLiteral("--profile"), QStringLiteral("sim STREAM"), QStringLiteral("--auth"),
                       QStringLiteral("bearer"), QStringLiteral("--count"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int data = 0;
    for (const QString &line : lines) {
        data += line.contains(QLatin1String("\"kind\":\"data\""));
        QVERIFY(line.contains(QLatin1String("\"source\":\"Sim stream\"")));
    }
    QCOMPARE(data, 2);
    QVERIFY2(!r.out.contains(m_key) && !r.err.contains(m_key), "the key was printed");
}

void TestCliProfile::wrongKeyIsAnAuthRejection()
{
    std::optional<KeyStore::Result> written;
    m_keys->writeKey(m_profileId, QStringLiteral("not-the-right-key-123"), [&written](const KeyStore::Result &r) { written = r; });
    QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 20000);
    QVERIFY(written->ok());
    const Run r = run({QStringLiteral("raw"), QStringLiteral("--profile"), QStringLiteral("Sim stream"), QStringLiteral("--auth"),
                       QStringLiteral("bearer"), QStringLiteral("--count"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 3);
    QVERIFY(!r.out.contains(QLatin1String("not-the-right-key-123")));
}

void TestCliProfile::noKeychainServiceIsAFailure()
{
    QProcessEnvironment noBus;
    noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tidewatch-bus"));
    const Run r = run({QStringLiteral("raw"), QStringLiteral("--profile"), QStringLiteral("Sim stream"), QStringLiteral("--count"),
                       QStringLiteral("1")},
                      noBus);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("No keychain service is available.")), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
