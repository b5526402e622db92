// KeyStore against a REAL Secret Service (scripts/test runs the suite inside dbus-run-session
// with an unlocked gnome-keyring), plus the no-backend case and the plaintext opt-in in a
// child process whose session bus points nowhere.

#include "core/keystore.h"
#include "core/logging.h"
#include "core/profile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>
#include <cstdio>
#include <qt6keychain/keychain.h>

namespace {

/// Runs one key store call and waits for its callback.
KeyStore::Result wait(const std::function<void(KeyStore::Callback)> &call)
{
    std::optional<KeyStore::Result> result;
    call([&result](const KeyStore::Result &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 20000))
        return {KeyStore::Error::Other, {}, QStringLiteral("timed out waiting for the keychain")};
    return *result;
}

QString uniqueService()
{
    return QStringLiteral("tidewatch-test-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

/// Child mode: no session bus, so no keychain service. Prints one JSON line of results.
int runChild(const QString &mode, const QString &fallbackFile)
{
    KeyStore store(uniqueService(), nullptr);
    store.setFallbackFile(fallbackFile);
    store.setPlaintextFallback(mode == QLatin1String("fallback"));
    const QString key = QStringLiteral("child-secret-0123456789");
    const KeyStore::Result written = wait([&](auto cb) { store.writeKey(QStringLiteral("p1"), key, cb); });
    const KeyStore::Result read = wait([&](auto cb) { store.readKey(QStringLiteral("p1"), cb); });
    QJsonObject out;
    out.insert(QStringLiteral("writeError"), int(written.error));
    out.insert(QStringLiteral("writeMessage"), written.message);
    out.insert(QStringLiteral("readError"), int(read.error));
    out.insert(QStringLiteral("readMatches"), read.key == key);
    out.insert(QStringLiteral("ready"), store.isReady());
    out.insert(QStringLiteral("lastError"), store.lastError());
    if (mode == QLatin1String("fallback")) {
        const KeyStore::Result removed = wait([&](auto cb) { store.deleteKey(QStringLiteral("p1"), cb); });
        const KeyStore::Result after = wait([&](auto cb) { store.readKey(QStringLiteral("p1"), cb); });
        out.insert(QStringLiteral("deleteError"), int(removed.error));
        out.insert(QStringLiteral("readAfterDeleteError"), int(after.error));
    }
    std::fputs(QJsonDocument(out).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    return 0;
}

/// Runs a command in the child's session and waits for it; returns its standard output.
QByteArray runTool(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    p.waitForFinished(20000);
    return p.readAllStandardOutput();
}

/// The process that owns org.freedesktop.secrets on the session bus, or 0.
qint64 secretServicePid()
{
    const QByteArray out = runTool(QStringLiteral("gdbus"),
                                   {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                                    QStringLiteral("org.freedesktop.DBus"), QStringLiteral("--object-path"),
                                    QStringLiteral("/org/freedesktop/DBus"), QStringLiteral("--method"),
                                    QStringLiteral("org.freedesktop.DBus.GetConnectionUnixProcessID"),
                                    QStringLiteral("org.freedesktop.secrets")});
    const qsizetype at = out.indexOf("uint32 ");
    return at < 0 ? 0 : out.mid(at + 7).split(',').value(0).trimmed().toLongLong();
}

/// Child mode "midsession", inside a session bus of its own: the keyring is locked while
/// the app runs, then its daemon goes away, then it comes back unlocked. Prints one JSON
/// line per stage: the error and message of a read, and whether it returned the key.
int runMidSessionChild()
{
    const QString daemon = QStringLiteral("gnome-keyring-daemon");
    const QByteArray password = "tidewatch-midsession";
    runTool(daemon, {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")}, password);
    KeyStore store(uniqueService(), nullptr);
    const QString key = QStringLiteral("midsession-key-0123456789");
    auto report = [&](const char *stage) {
        QElapsedTimer took;
        took.start();
        const KeyStore::Result read = wait([&](auto cb) { store.readKey(QStringLiteral("p1"), cb); });
        const QJsonObject line{{QStringLiteral("stage"), QLatin1String(stage)},
                               {QStringLiteral("error"), int(read.error)},
                               {QStringLiteral("message"), read.message},
                               {QStringLiteral("matches"), read.key == key},
                               {QStringLiteral("ms"), double(took.elapsed())}};
        std::fputs(QJsonDocument(line).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    };
    const KeyStore::Result written = wait([&](auto cb) { store.writeKey(QStringLiteral("p1"), key, cb); });
    if (!written.ok())
        return 2;
    report("unlocked");
    // Locked while Tidewatch runs (a screen lock, the user's own "Lock" in Seahorse).
    runTool(QStringLiteral("gdbus"), {QStringLiteral("call"), QStringLiteral("--session"), QStringLiteral("--dest"),
                                      QStringLiteral("org.freedesktop.secrets"), QStringLiteral("--object-path"),
                                      QStringLiteral("/org/freedesktop/secrets"), QStringLiteral("--method"),
                                      QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                                      QStringLiteral("['/org/freedesktop/secrets/collection/login']")});
    report("locked");
    // The daemon goes away (crash, logout of another session); the bus starts a new, locked
    // one on demand.
    if (const qint64 pid = secretServicePid(); pid > 0)
        runTool(QStringLiteral("kill"), {QString::number(pid)});
    QTest::qWait(300);
    report("restarted-locked");
    // Back and unlocked: the key stored before is read again.
    runTool(daemon, {QStringLiteral("--replace"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets")}, password);
    QTest::qWait(300);
    report("back");
    return 0;
}

} // namespace

class TestKeyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void errorCodesMapToOurs_data();
    void errorCodesMapToOurs();
    void missingServiceMessagesMeanNoBackend();
    void messagesArePlainSentences();
    void roundTripThroughRealKeychain();
    void qmlApiNeverHandsTheKeyBack();
    void demoProfilesUseTheDemoKey();
    void emptyKeyIsRefused();
    void turnedOffNoFileIsWritten();
    void noBackendIsReportedAsSuch();
    void plaintextFallbackWritesPrivateFile();
    void lockedKeyringIsAccessDenied();
    void keyringLockedAndGoneMidSession();

private:
    QJsonObject runChildProcess(const QString &mode, const QString &fallbackFile);

    std::unique_ptr<KeyStore> m_store;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestKeyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<KeyStore>(uniqueService(), nullptr);
    m_store->setFallbackFile(m_dir->filePath(QStringLiteral("keys.json")));
}

void TestKeyStore::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestKeyStore::errorCodesMapToOurs_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<KeyStore::Error>("expected");
    QTest::newRow("none") << int(QKeychain::NoError) << KeyStore::Error::None;
    QTest::newRow("not found") << int(QKeychain::EntryNotFound) << KeyStore::Error::NotFound;
    QTest::newRow("denied by user") << int(QKeychain::AccessDeniedByUser) << KeyStore::Error::AccessDenied;
    QTest::newRow("denied") << int(QKeychain::AccessDenied) << KeyStore::Error::AccessDenied;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << KeyStore::Error::NoBackend;
    QTest::newRow("not implemented") << int(QKeychain::NotImplemented) << KeyStore::Error::NoBackend;
    QTest::newRow("could not delete") << int(QKeychain::CouldNotDeleteEntry) << KeyStore::Error::Other;
    QTest::newRow("other") << int(QKeychain::OtherError) << KeyStore::Error::Other;
}

void TestKeyStore::errorCodesMapToOurs()
{
    QFETCH(int, code);
    QFETCH(KeyStore::Error, expected);
    QCOMPARE(KeyStore::errorFromKeychain(code), expected);
}

void TestKeyStore::missingServiceMessagesMeanNoBackend()
{
    // What libsecret says (as OtherError) when there is no bus or no Secret Service.
    QCOMPARE(KeyStore::errorFromKeychain(QKeychain::OtherError, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")),
             KeyStore::Error::NoBackend);
    QCOMPARE(KeyStore::errorFromKeychain(QKeychain::OtherError, QStringLiteral("Could not connect: No such file or directory")),
             KeyStore::Error::NoBackend);
    QCOMPARE(KeyStore::errorFromKeychain(QKeychain::OtherError,
                 QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")),
             KeyStore::Error::NoBackend);
    QCOMPARE(KeyStore::errorFromKeychain(QKeychain::OtherError, QStringLiteral("Something else broke")),
             KeyStore::Error::Other);
}

void TestKeyStore::messagesArePlainSentences()
{
    QVERIFY(KeyStore::messageFor(KeyStore::Error::None).isEmpty());
    QCOMPARE(KeyStore::messageFor(KeyStore::Error::NotFound), QStringLiteral("No key is stored for this profile."));
    QVERIFY(KeyStore::messageFor(KeyStore::Error::AccessDenied).startsWith(QLatin1String("Access to the keychain was denied.")));
    QVERIFY(KeyStore::messageFor(KeyStore::Error::NoBackend).startsWith(QLatin1String("No keychain service is available.")));
    const QString other = KeyStore::messageFor(KeyStore::Error::Other, QStringLiteral("bus exploded"));
    QVERIFY(other.contains(QLatin1String("bus exploded")));
    QVERIFY(other.endsWith(QLatin1Char('.')) || other.endsWith(QLatin1String("exploded")));
}

void TestKeyStore::roundTripThroughRealKeychain()
{
    const QString id = Profile::newId();
    const QString key = QStringLiteral("sk_test_") + QUuid::createUuid().toString(QUuid::Id128);

    const KeyStore::Result written = wait([&](auto cb) { m_store->writeKey(id, key, cb); });
    QVERIFY2(written.ok(), qPrintable(written.message + QStringLiteral(
        " — this test needs a Secret Service; run it through scripts/test (dbus-run-session + gnome-keyring).")));

    const KeyStore::Result read = wait([&](auto cb) { m_store->readKey(id, cb); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.key, key);
    // Every key read is registered for redaction.
    QVERIFY(!Redact::text(QStringLiteral("Bearer ") + key).contains(key));
    QVERIFY(m_store->isReady());

    const KeyStore::Result removed = wait([&](auto cb) { m_store->deleteKey(id, cb); });
    QVERIFY2(removed.ok(), qPrintable(removed.message));

    const KeyStore::Result gone = wait([&](auto cb) { m_store->readKey(id, cb); });
    QCOMPARE(gone.error, KeyStore::Error::NotFound);
    QCOMPARE(gone.message, QStringLiteral("No key is stored for this profile."));
    QVERIFY(gone.key.isEmpty());

    // With the fallback off, nothing ever reached a plaintext file.
    QVERIFY(!QFileInfo::exists(m_store->fallbackFile()));
}

void TestKeyStore::qmlApiNeverHandsTheKeyBack()
{
    const QString id = Profile::newId();
    QSignalSpy written(m_store.get(), &KeyStore::keyWritten);
    QSignalSpy presence(m_store.get(), &KeyStore::keyPresence);
    QSignalSpy errors(m_store.get(), &KeyStore::keyError);
    QSignalSpy removed(m_store.get(), &KeyStore::keyRemoved);

    m_store->checkKey(id);
    QTRY_COMPARE_WITH_TIMEOUT(presence.size(), 1, 20000);
    QCOMPARE(presence.at(0), (QVariantList{id, false}));

    m_store->storeKey(id, QStringLiteral("  qml-key-abcdef123456\n"));
    QTRY_COMPARE_WITH_TIMEOUT(written.size(), 1, 20000);
    QCOMPARE(written.at(0).at(0).toString(), id);
    presence.clear();
    m_store->checkKey(id);
    QTRY_COMPARE_WITH_TIMEOUT(presence.size(), 1, 20000);
    QCOMPARE(presence.at(0), (QVariantList{id, true}));

    // The stored key was trimmed.
    const KeyStore::Result read = wait([&](auto cb) { m_store->readKey(id, cb); });
    QCOMPARE(read.key, QStringLiteral("qml-key-abcdef123456"));

    // No QML-visible member returns the key.
    const QMetaObject *mo = m_store->metaObject();
    for (int i = mo->methodOffset(); i < mo->methodCount(); ++i) {
        const QMetaMethod m = mo->method(i);
        if (m.methodType() == QMetaMethod::Method || m.methodType() == QMetaMethod::Slot)
            QCOMPARE(m.returnType(), int(QMetaType::Void));
    }

    m_store->removeKey(id);
    QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 20000);
    QCOMPARE(errors.size(), 0);
}

void TestKeyStore::demoProfilesUseTheDemoKey()
{
    Profile demo;
    demo.id = QStringLiteral("demo-conyr");
    demo.demo = true;
    const KeyStore::Result r = wait([&](auto cb) { m_store->keyForProfile(demo, cb); });
    QVERIFY(r.ok());
    QCOMPARE(r.key, QString::fromLatin1(Profile::DemoKey));
}

void TestKeyStore::emptyKeyIsRefused()
{
    QSignalSpy errors(m_store.get(), &KeyStore::keyError);
    m_store->storeKey(QStringLiteral("p"), QStringLiteral("   "));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.at(0).at(1).toString(), QStringLiteral("Enter a key first."));
    m_store->storeKey(QStringLiteral("p"), QStringLiteral("abc\ndef"));
    QCOMPARE(errors.size(), 2);
}

void TestKeyStore::turnedOffNoFileIsWritten()
{
    // Turning the opt-in off moves file keys into the keychain and removes the file.
    const QString id = Profile::newId();
    QJsonObject keys{{id, QStringLiteral("moved-key-1234567")}};
    QFile file(m_store->fallbackFile());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("keys"), keys}}).toJson());
    file.close();
    m_store->setPlaintextFallback(true);
    m_store->setPlaintextFallback(false);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(m_store->fallbackFile()), 20000);
    const KeyStore::Result read = wait([&](auto cb) { m_store->readKey(id, cb); });
    QCOMPARE(read.key, QStringLiteral("moved-key-1234567"));
    wait([&](auto cb) { m_store->deleteKey(id, cb); });
}

QJsonObject TestKeyStore::runChildProcess(const QString &mode, const QString &fallbackFile)
{
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TW_KEYSTORE_CHILD"), mode);
    env.insert(QStringLiteral("TW_KEYSTORE_FILE"), fallbackFile);
    // No session bus: neither libsecret nor KWallet can answer.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tidewatch-bus"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    if (!child.waitForFinished(60000))
        return {};
    const QByteArray out = child.readAllStandardOutput().trimmed();
    const QByteArray line = out.mid(out.lastIndexOf('\n') + 1);
    if (child.exitCode() != 0)
        qWarning() << child.readAllStandardError();
    return QJsonDocument::fromJson(line).object();
}

void TestKeyStore::noBackendIsReportedAsSuch()
{
    const QJsonObject r = runChildProcess(QStringLiteral("nobackend"), m_dir->filePath(QStringLiteral("nb.json")));
    QVERIFY2(!r.isEmpty(), "child produced no result");
    QCOMPARE(r.value(QStringLiteral("writeError")).toInt(), int(KeyStore::Error::NoBackend));
    QCOMPARE(r.value(QStringLiteral("writeMessage")).toString(), KeyStore::messageFor(KeyStore::Error::NoBackend));
    QCOMPARE(r.value(QStringLiteral("readError")).toInt(), int(KeyStore::Error::NoBackend));
    QVERIFY(r.value(QStringLiteral("ready")).toBool());
    QCOMPARE(r.value(QStringLiteral("lastError")).toString(), KeyStore::messageFor(KeyStore::Error::NoBackend));
    // Without the opt-in the key went nowhere.
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("nb.json"))));
}

void TestKeyStore::plaintextFallbackWritesPrivateFile()
{
    const QString path = m_dir->filePath(QStringLiteral("sub/fallback.json"));
    const QJsonObject r = runChildProcess(QStringLiteral("fallback"), path);
    QVERIFY2(!r.isEmpty(), "child produced no result");
    QCOMPARE(r.value(QStringLiteral("writeError")).toInt(), int(KeyStore::Error::None));
    QCOMPARE(r.value(QStringLiteral("readError")).toInt(), int(KeyStore::Error::None));
    QVERIFY(r.value(QStringLiteral("readMatches")).toBool());
    QCOMPARE(r.value(QStringLiteral("deleteError")).toInt(), int(KeyStore::Error::None));
    QCOMPARE(r.value(QStringLiteral("readAfterDeleteError")).toInt(), int(KeyStore::Error::NotFound));

    // While a key is in it, the file is readable by the user only: a bus-less child writes
    // one key through the opt-in and leaves the file behind.
    const QString keyPath = m_dir->filePath(QStringLiteral("perm/keys.json"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QProcess child;
    env.insert(QStringLiteral("TW_KEYSTORE_CHILD"), QStringLiteral("keep"));
    env.insert(QStringLiteral("TW_KEYSTORE_FILE"), keyPath);
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/tidewatch-bus"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(60000));
    QVERIFY(QFileInfo::exists(keyPath));
    QCOMPARE(QFileInfo(keyPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther
                                                 | QFileDevice::WriteGroup | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(QFileInfo(keyPath).permissions() & QFileDevice::ReadOwner);
}

void TestKeyStore::lockedKeyringIsAccessDenied()
{
    // A session bus whose gnome-keyring (started on demand) has no unlocked login keyring
    // and cannot prompt for one (no display): the write is refused, reported as access denied.
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    QVERIFY2(!dbusRunSession.isEmpty(), "dbus-run-session is a test dependency (scripts/deps.txt)");
    QTemporaryDir home;
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TW_KEYSTORE_CHILD"), QStringLiteral("nobackend"));
    env.insert(QStringLiteral("TW_KEYSTORE_FILE"), home.filePath(QStringLiteral("keys.json")));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    // A runtime dir of its own, or the daemon would join the parent's unlocked keyring.
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("run")));
    QFile::setPermissions(home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    child.setProcessEnvironment(env);
    child.start(dbusRunSession, {QStringLiteral("--"), QCoreApplication::applicationFilePath()});
    QVERIFY(child.waitForFinished(60000));
    const QByteArray out = child.readAllStandardOutput().trimmed();
    const QJsonObject r = QJsonDocument::fromJson(out.mid(out.lastIndexOf('\n') + 1)).object();
    QVERIFY2(!r.isEmpty(), child.readAllStandardError().constData());
    QVERIFY2(r.value(QStringLiteral("writeError")).toInt() == int(KeyStore::Error::AccessDenied),
             qPrintable(r.value(QStringLiteral("writeMessage")).toString()));
    QCOMPARE(r.value(QStringLiteral("writeMessage")).toString(), KeyStore::messageFor(KeyStore::Error::AccessDenied));
}

void TestKeyStore::keyringLockedAndGoneMidSession()
{
    const QString dbusRunSession = QStandardPaths::findExecutable(QStringLiteral("dbus-run-session"));
    QVERIFY2(!dbusRunSession.isEmpty(), "dbus-run-session is a test dependency (scripts/deps.txt)");
    if (QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("gdbus")).isEmpty())
        QSKIP("needs gnome-keyring-daemon and gdbus (scripts/setup test installs them)");
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TW_KEYSTORE_CHILD"), QStringLiteral("midsession"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    QVERIFY(QDir(home.path()).mkdir(QStringLiteral("run")));
    QFile::setPermissions(home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    env.remove(QStringLiteral("DISPLAY")); // no unlock prompt can be shown
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(dbusRunSession, {QStringLiteral("--"), QCoreApplication::applicationFilePath()});
    QVERIFY(child.waitForFinished(120000));
    QHash<QString, QJsonObject> stages;
    for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            stages.insert(o.value(QStringLiteral("stage")).toString(), o);
    }
    QVERIFY2(stages.size() == 4, child.readAllStandardError().constData());
    QVERIFY(stages.value(QStringLiteral("unlocked")).value(QStringLiteral("matches")).toBool());
    // Locked, and gone then started again locked: a refusal in words, never the key, never
    // a hang (the unlock prompt cannot be shown here).
    for (const char *stage : {"locked", "restarted-locked"}) {
        const QJsonObject o = stages.value(QLatin1String(stage));
        QVERIFY2(o.value(QStringLiteral("error")).toInt() == int(KeyStore::Error::AccessDenied), qPrintable(QString::fromUtf8(QJsonDocument(o).toJson())));
        QCOMPARE(o.value(QStringLiteral("message")).toString(), KeyStore::messageFor(KeyStore::Error::AccessDenied));
        QVERIFY(!o.value(QStringLiteral("matches")).toBool());
        QVERIFY(o.value(QStringLiteral("ms")).toDouble() < 15000);
    }
    // Unlocked again: the same store reads the key it had, with no restart of the app.
    QVERIFY2(stages.value(QStringLiteral("back")).value(QStringLiteral("matches")).toBool(),
             qPrintable(QString::fromUtf8(QJsonDocument(stages.value(QStringLiteral("back"))).toJson())));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString mode = qEnvironmentVariable("TW_KEYSTORE_CHILD");
    if (mode == QLatin1String("midsession"))
        return runMidSessionChild();
    if (mode == QLatin1String("keep")) {
        // Writes one key through the opt-in and leaves the file for the parent to inspect.
        KeyStore store(uniqueService(), nullptr);
        store.setFallbackFile(qEnvironmentVariable("TW_KEYSTORE_FILE"));
        store.setPlaintextFallback(true);
        const KeyStore::Result r = wait([&](auto cb) { store.writeKey(QStringLiteral("p1"), QStringLiteral("kept-key-123456"), cb); });
        return r.ok() ? 0 : 1;
    }
    if (!mode.isEmpty())
        return runChild(mode, qEnvironmentVariable("TW_KEYSTORE_FILE"));
    TestKeyStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keystore.moc"
