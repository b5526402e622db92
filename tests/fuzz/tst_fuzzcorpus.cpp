// Replays every committed fuzz input (tests/fuzz/<target>/*) through its target, built with
// the normal compiler: the corpora stay regression tests without clang or sanitizers, and a
// crash libFuzzer found (saved into a corpus) fails here until it is fixed.

#include "fuzz/fuzztarget.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

namespace FuzzTargets {
QMap<QString, Function> &registry()
{
    static QMap<QString, Function> targets;
    return targets;
}
bool add(const char *name, Function function)
{
    registry().insert(QString::fromLatin1(name), function);
    return true;
}
} // namespace FuzzTargets

class TestFuzzCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasACorpus()
    {
        const QDir root(QStringLiteral(TW_FUZZ_CORPUS_DIR));
        const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        const QStringList targets = FuzzTargets::registry().keys();
        QCOMPARE(targets.size(), 10);
        QCOMPARE(dirs, targets);
        for (const QString &name : targets)
            QVERIFY2(!QDir(root.filePath(name)).isEmpty(QDir::Files), qPrintable(name));
    }

    void replay_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        const QDir root(QStringLiteral(TW_FUZZ_CORPUS_DIR));
        for (const QString &name : FuzzTargets::registry().keys()) {
            const QDir dir(root.filePath(name));
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(name + QLatin1Char('/') + file)) << name << dir.filePath(file);
        }
    }
    void replay()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray input = f.readAll();
        // A crash or a broken invariant aborts the process: the test fails with the row's name.
        QCOMPARE(FuzzTargets::registry().value(target)(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size())), 0);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "tst_fuzzcorpus.moc"
