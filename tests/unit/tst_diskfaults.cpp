// Saving settings, alert rules, alert history and the dashboard layout onto a disk that is
// full or read-only: each save fails with a sentence that names the cause ("full",
// "read-only"), the last good file stays byte for byte, and the next save after the fault
// is lifted works again (and clears the message).
//
// The faults are real: a 64 KiB tmpfs filled to the last block, the same tmpfs remounted
// read-only, and (when not root, who ignores permission bits) a folder chmod'ed to 0555.
// Mounting needs CAP_SYS_ADMIN; without it those rows are skipped with the reason.

#include "alerts/alertstore.h"
#include "alerts/dashboard/dashboardlayout.h"
#include "core/appsettings.h"
#include "core/storagefault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr char TmpfsOptions[] = "size=64k,mode=0755";

AlertRule makeRule(int i)
{
    AlertRule r;
    r.id = QStringLiteral("rule-%1").arg(i);
    r.name = QStringLiteral("Rule %1").arg(i);
    r.kind = AlertRule::Kind::PriceAbove;
    r.level = 100 + i;
    r.messageTemplate = QString(300, QLatin1Char('x'));
    return r;
}

Alert makeAlert(int i)
{
    Alert a;
    a.id = QStringLiteral("a%1").arg(i);
    a.ruleId = QStringLiteral("rule-1");
    a.ruleName = QStringLiteral("Rule 1");
    a.subject = QStringLiteral("BTC");
    a.message = QStringLiteral("alert %1 ").arg(i) + QString(300, QLatin1Char('y'));
    a.timestampMs = 1'700'000'000'000 + i;
    return a;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Fills the file system holding folder to its last byte.
void fillDisk(const QString &folder)
{
    const QByteArray path = QFile::encodeName(folder + QStringLiteral("/filler"));
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    QVERIFY2(fd >= 0, std::strerror(errno));
    const QByteArray block(4096, 'f');
    while (::write(fd, block.constData(), size_t(block.size())) > 0) {
    }
    const QByteArray byte(1, 'f');
    while (::write(fd, byte.constData(), 1) > 0) {
    }
    ::close(fd);
}

/// One thing the app saves: save(v) writes version v and returns the problem text (empty
/// when the save worked); path is the file it lives in.
struct Target {
    std::function<QString(int)> save;
    QString path;
    std::shared_ptr<QObject> owner; // keeps an AppSettings or DashboardLayout alive
};

} // namespace

class TestDiskFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void saveFailsClearlyAndKeepsTheLastGoodFile_data();
    void saveFailsClearlyAndKeepsTheLastGoodFile();
    void describeNamesTheCause();

private:
    Target makeTarget(const QString &kind, const QString &folder);
    bool mountTmpfs(const QString &at);

    bool m_canMount = false;
    QString m_mountWhyNot;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_mounted;
};

void TestDiskFaults::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("diskfaults"));
    QTemporaryDir probe;
    QVERIFY(probe.isValid());
    if (::mount("tmpfs", QFile::encodeName(probe.path()).constData(), "tmpfs", 0, TmpfsOptions) == 0) {
        m_canMount = true;
        ::umount2(QFile::encodeName(probe.path()).constData(), MNT_DETACH);
    } else {
        m_mountWhyNot = QStringLiteral("cannot mount a tmpfs here (%1); run as root or with CAP_SYS_ADMIN")
                            .arg(QString::fromLocal8Bit(std::strerror(errno)));
    }
}

void TestDiskFaults::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDiskFaults::cleanup()
{
    if (!m_mounted.isEmpty()) {
        ::umount2(QFile::encodeName(m_mounted).constData(), MNT_DETACH);
        m_mounted.clear();
    }
    if (m_dir)
        ::chmod(QFile::encodeName(m_dir->path() + QStringLiteral("/config")).constData(), 0755);
    m_dir.reset();
}

bool TestDiskFaults::mountTmpfs(const QString &at)
{
    if (::mount("tmpfs", QFile::encodeName(at).constData(), "tmpfs", 0, TmpfsOptions) != 0)
        return false;
    m_mounted = at;
    return true;
}

Target TestDiskFaults::makeTarget(const QString &kind, const QString &folder)
{
    Target t;
    if (kind == QLatin1String("settings") || kind == QLatin1String("layout")) {
        // Both live in the QSettings file; each row gets its own folder for it.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
        t.path = QSettings().fileName();
    }
    if (kind == QLatin1String("settings")) {
        auto settings = std::make_shared<AppSettings>(nullptr);
        t.owner = settings;
        t.save = [settings](int v) {
            static const QStringList themes{QStringLiteral("light"), QStringLiteral("dark"), QStringLiteral("system")};
            settings->setTheme(themes.at((v - 1) % themes.size()));
            return settings->saveProblem();
        };
    } else if (kind == QLatin1String("layout")) {
        auto layout = std::make_shared<DashboardLayout>(QStringLiteral("dashboard/tiles"), nullptr);
        t.owner = layout;
        t.save = [layout](int) {
            layout->addTile(QStringLiteral("price"), QStringLiteral("BTC"));
            return layout->saveProblem();
        };
    } else if (kind == QLatin1String("rules")) {
        auto store = std::make_shared<AlertStore>(folder + QStringLiteral("/alerts"));
        t.path = store->rulesPath();
        t.save = [store](int v) {
            QList<AlertRule> rules;
            for (int i = 0; i < v * 3; ++i)
                rules << makeRule(i);
            return store->saveRules(rules) ? QString() : store->lastError();
        };
    } else {
        auto store = std::make_shared<AlertStore>(folder + QStringLiteral("/alerts"));
        t.path = store->historyPath();
        t.save = [store](int v) {
            QList<Alert> alerts;
            for (int i = 0; i < v * 3; ++i)
                alerts << makeAlert(i);
            return store->saveHistory(alerts) ? QString() : store->lastError();
        };
    }
    return t;
}

void TestDiskFaults::saveFailsClearlyAndKeepsTheLastGoodFile_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("cause");
    for (const char *target : {"settings", "rules", "history", "layout"}) {
        QTest::addRow("%s, disk full", target) << target << "full" << "full";
        QTest::addRow("%s, read-only disk", target) << target << "remount-ro" << "read-only";
        QTest::addRow("%s, read-only folder (chmod)", target) << target << "chmod" << "read-only";
    }
}

void TestDiskFaults::saveFailsClearlyAndKeepsTheLastGoodFile()
{
    QFETCH(QString, target);
    QFETCH(QString, fault);
    QFETCH(QString, cause);

    const QString folder = m_dir->path() + QStringLiteral("/config");
    QVERIFY(QDir().mkpath(folder));
    if (fault == QLatin1String("chmod")) {
        if (::geteuid() == 0)
            QSKIP("root ignores permission bits; the read-only remount rows cover a folder that cannot be written");
    } else {
        if (!m_canMount)
            QSKIP(qPrintable(m_mountWhyNot));
        QVERIFY2(mountTmpfs(folder), std::strerror(errno));
    }
    const QByteArray mountPoint = QFile::encodeName(folder);

    Target t = makeTarget(target, folder);
    QCOMPARE(t.save(1), QString());
    const QByteArray good = contents(t.path);
    QVERIFY2(!good.isEmpty(), qPrintable(t.path));

    // The fault.
    if (fault == QLatin1String("full")) {
        fillDisk(folder);
    } else if (fault == QLatin1String("remount-ro")) {
        QVERIFY2(::mount(nullptr, mountPoint.constData(), nullptr, MS_REMOUNT | MS_RDONLY, TmpfsOptions) == 0,
                 std::strerror(errno));
    } else {
        QCOMPARE(::chmod(mountPoint.constData(), 0555), 0);
        if (!t.path.startsWith(folder + QLatin1Char('/')) || QFileInfo(t.path).absolutePath() != folder)
            ::chmod(QFile::encodeName(QFileInfo(t.path).absolutePath()).constData(), 0555);
    }

    const QString problem = t.save(2);
    qInfo().noquote() << problem;
    QVERIFY2(!problem.isEmpty(), "the save should have failed");
    QVERIFY2(problem.contains(cause), qPrintable(problem));
    QVERIFY2(problem.contains(QFileInfo(t.path).fileName()), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("last saved version is kept")), qPrintable(problem));
    QCOMPARE(contents(t.path), good);
    // No temporary copy is left behind beside the file.
    const QStringList left = QDir(QFileInfo(t.path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
    for (const QString &name : left)
        QVERIFY2(name == QFileInfo(t.path).fileName() || name == QLatin1String("filler") || name.endsWith(QLatin1String(".lock")),
                 qPrintable(name));

    // The fault lifted: the next save works and the message goes away.
    if (fault == QLatin1String("full")) {
        QVERIFY(QFile::remove(folder + QStringLiteral("/filler")));
    } else if (fault == QLatin1String("remount-ro")) {
        QVERIFY2(::mount(nullptr, mountPoint.constData(), nullptr, MS_REMOUNT, TmpfsOptions) == 0, std::strerror(errno));
    } else {
        ::chmod(QFile::encodeName(QFileInfo(t.path).absolutePath()).constData(), 0755);
        QCOMPARE(::chmod(mountPoint.constData(), 0755), 0);
    }
    QCOMPARE(t.save(3), QString());
    QVERIFY(contents(t.path) != good);
}

void TestDiskFaults::describeNamesTheCause()
{
    // Without a cause QStorageInfo can see, Qt's own words are passed on.
    const QString path = m_dir->path() + QStringLiteral("/rules.json");
    const QString text = StorageFault::describe(path, 10, QStringLiteral("Input/output error"));
    QVERIFY2(text.contains(QLatin1String("rules.json")) && text.contains(QLatin1String("Input/output error")),
             qPrintable(text));
}

QTEST_GUILESS_MAIN(TestDiskFaults)
#include "tst_diskfaults.moc"
