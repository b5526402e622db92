// Rules and history survive restarts; a crash mid-write (a child process killed while it
// writes) and a leftover temporary file leave the last good file; the history rotates.

#include "alerts/alertcenter.h"
#include "alerts/alertstore.h"
#include "alerts/atomicfile.h"
#include "core/observation.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <unistd.h>

namespace {

AlertRule makeRule(int i)
{
    AlertRule r;
    r.id = QStringLiteral("rule-%1").arg(i);
    r.name = QStringLiteral("Rule %1 — ünïcode").arg(i);
    r.kind = AlertRule::Kind::PriceAbove;
    r.level = 100 + i;
    r.messageTemplate = QString(200, QLatin1Char('x')); // makes the file big enough for many chunks
    return r;
}

Alert makeAlert(int i)
{
    Alert a;
    a.id = QStringLiteral("a%1").arg(i);
    a.ruleId = QStringLiteral("rule-1");
    a.ruleName = QStringLiteral("Rule 1");
    a.subject = QStringLiteral("BTC");
    a.message = QStringLiteral("alert %1").arg(i);
    a.timestampMs = 1'700'000'000'000 + i;
    return a;
}

// Child mode: write a big rules file and die (SIGKILL) after the first chunk.
int crashChild(const QString &folder)
{
    AlertStore store(folder);
    QList<AlertRule> rules;
    for (int i = 0; i < 2000; ++i)
        rules << makeRule(i);
    AtomicFile::setChunkHook([](qint64) { ::kill(::getpid(), SIGKILL); });
    store.saveRules(rules);
    return 0; // not reached
}

} // namespace

class TestAlertStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rulesAndHistoryRoundTrip()
    {
        QTemporaryDir dir;
        AlertStore store(dir.path());
        QList<AlertRule> rules{makeRule(1), makeRule(2)};
        QVERIFY(store.saveRules(rules));
        QList<Alert> alerts{makeAlert(1), makeAlert(2)};
        alerts[1].acknowledged = true;
        QVERIFY(store.saveHistory(alerts));

        AlertStore again(dir.path());
        QList<AlertRule> loadedRules;
        QVERIFY(again.loadRules(loadedRules));
        QCOMPARE(loadedRules.size(), 2);
        QCOMPARE(loadedRules.at(1).toJson(), rules.at(1).toJson());
        QList<Alert> loadedAlerts;
        QVERIFY(again.loadHistory(loadedAlerts));
        QCOMPARE(loadedAlerts.size(), 2);
        QCOMPARE(loadedAlerts.at(1).toJson(), alerts.at(1).toJson());
    }

    // Issue 15: a history file edited by hand or damaged with a time out of range (1e300 was
    // converted to qint64 unchecked) loses that entry only; the others load with their times.
    void historyEntryWithATimeOutOfRangeIsDropped()
    {
        QTemporaryDir dir;
        AlertStore store(dir.path());
        QJsonArray alerts;
        const struct {
            QJsonValue timestamp;
            bool kept;
            qint64 ms;
        } cases[] = {{1700000000001.0, true, 1700000000001}, {1e300, false, 0}, {-1e19, false, 0}, {1e19, false, 0},
                     {9007199254740994.0, false, 0}, {-1.0, false, 0}, {QStringLiteral("1700000000000"), false, 0},
                     {1700000000002.5, true, 1700000000002}, {QJsonValue(QJsonValue::Undefined), true, 0}};
        int i = 0;
        for (const auto &c : cases) {
            QJsonObject o = makeAlert(i++).toJson();
            if (c.timestamp.isUndefined())
                o.remove(QStringLiteral("timestamp"));
            else
                o.insert(QStringLiteral("timestamp"), c.timestamp);
            Alert parsed;
            QCOMPARE(Alert::fromJson(o, parsed), c.kept);
            if (c.kept)
                QCOMPARE(parsed.timestampMs, c.ms);
            alerts.append(o);
        }
        QFile f(store.historyPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("alerts"), alerts}}).toJson());
        f.close();
        QList<Alert> loaded;
        QVERIFY(store.loadHistory(loaded));
        QCOMPARE(loaded.size(), 3);
        QCOMPARE(loaded.at(0).id, QStringLiteral("a0"));
        QCOMPARE(loaded.at(0).timestampMs, 1700000000001LL);
        QCOMPARE(loaded.at(1).id, QStringLiteral("a7"));
        QCOMPARE(loaded.at(1).timestampMs, 1700000000002LL);
        QCOMPARE(loaded.at(2).id, QStringLiteral("a8"));
    }

    void crashMidWriteKeepsTheLastGoodFile()
    {
        QTemporaryDir dir;
        AlertStore store(dir.path());
        QVERIFY(store.saveRules({makeRule(7)}));
        const QByteArray good = [&] {
            QFile f(store.rulesPath());
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }();

        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TW_ALERTSTORE_CRASH_CHILD"), dir.path());
        child.setProcessEnvironment(env);
        child.start();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit); // it really died mid-write

        QFile after(store.rulesPath());
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), good);
        QList<AlertRule> loaded;
        AlertStore reader(dir.path());
        QVERIFY(reader.loadRules(loaded));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.constFirst().id, QStringLiteral("rule-7"));
        // The next save succeeds despite whatever the dead writer left behind.
        QVERIFY(reader.saveRules({makeRule(8)}));
        QVERIFY(reader.loadRules(loaded));
        QCOMPARE(loaded.constFirst().id, QStringLiteral("rule-8"));
    }

    void leftoverTempFileIsIgnored()
    {
        QTemporaryDir dir;
        AlertStore store(dir.path());
        QVERIFY(store.saveHistory({makeAlert(1)}));
        // What a crash between QSaveFile's write and rename leaves: a partial temp file.
        QFile temp(store.historyPath() + QStringLiteral(".XyZ123"));
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write("{\"version\":1,\"alerts\":[{\"id\":\"partial");
        temp.close();
        QList<Alert> loaded;
        QVERIFY(store.loadHistory(loaded));
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.constFirst().id, QStringLiteral("a1"));
    }

    void damagedFileIsKeptAsideNotOverwritten()
    {
        QTemporaryDir dir;
        AlertStore store(dir.path());
        QDir().mkpath(dir.path());
        QFile f(store.rulesPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        QList<AlertRule> loaded;
        QVERIFY(!store.loadRules(loaded));
        QVERIFY(store.lastError().contains(QStringLiteral("damaged")));
        QVERIFY(QFile::exists(store.rulesPath() + QStringLiteral(".damaged")));
        QVERIFY(loaded.isEmpty());
    }

    void historyIsCappedAndRotates()
    {
        QTemporaryDir dir;
        AlertStore store(dir.path(), 5);
        QList<Alert> alerts;
        for (int i = 0; i < 8; ++i)
            alerts << makeAlert(i);
        QVERIFY(store.saveHistory(alerts));
        QList<Alert> kept;
        QVERIFY(store.loadHistory(kept));
        QCOMPARE(kept.size(), 5);
        QCOMPARE(kept.constFirst().id, QStringLiteral("a3"));
        QList<Alert> archived = store.loadArchive();
        QCOMPARE(archived.size(), 3);
        QCOMPARE(archived.constLast().id, QStringLiteral("a2"));
        for (int i = 8; i < 12; ++i)
            alerts << makeAlert(i);
        QVERIFY(store.saveHistory(alerts));
        archived = store.loadArchive();
        QCOMPARE(archived.size(), 5); // the archive is capped too: a2 … a6
        QCOMPARE(archived.constFirst().id, QStringLiteral("a2"));
    }

    void centerPersistsAcrossRestarts()
    {
        QTemporaryDir dir;
        QString ruleId;
        {
            AlertCenter center(dir.path(), nullptr);
            QAbstractItemModelTester rulesTester(center.rules());
            QAbstractItemModelTester historyTester(center.history());
            QVariantMap fields = center.newRule(QStringLiteral("price-above"));
            fields.insert(QStringLiteral("name"), QStringLiteral("BTC high"));
            fields.insert(QStringLiteral("level"), 10);
            fields.insert(QStringLiteral("cooldownSec"), 0);
            QCOMPARE(center.saveRule(fields), QString());
            QCOMPARE(center.rules()->rowCount(), 1);
            ruleId = center.rules()->rules().constFirst().id;
            Observation o;
            o.provider = QStringLiteral("predikt");
            o.subject = QStringLiteral("BTC");
            o.metrics.insert(QStringLiteral("price"), 11);
            o.timestampMs = 1'700'000'000'000;
            center.observe(o);
            QTRY_COMPARE(center.history()->rowCount(), 1);
            QCOMPARE(center.unacknowledgedCount(), 1);
            QVERIFY(!center.saveRule({{QStringLiteral("kind"), QStringLiteral("volume-spike")},
                                      {QStringLiteral("name"), QStringLiteral("bad")},
                                      {QStringLiteral("threshold"), 0.5}})
                         .isEmpty());
        } // destruction flushes
        AlertCenter again(dir.path(), nullptr);
        QCOMPARE(again.rules()->rowCount(), 1);
        QCOMPARE(again.rules()->rules().constFirst().id, ruleId);
        QCOMPARE(again.history()->rowCount(), 1);
        QCOMPARE(again.unacknowledgedCount(), 1);
        QCOMPARE(again.acknowledgeAll(), 1);
        QCOMPARE(again.unacknowledgedCount(), 0);
        again.flush();
        AlertCenter third(dir.path(), nullptr);
        QCOMPARE(third.unacknowledgedCount(), 0);
    }
};

int main(int argc, char **argv)
{
    const QByteArray child = qgetenv("TW_ALERTSTORE_CRASH_CHILD");
    if (!child.isEmpty())
        return crashChild(QString::fromLocal8Bit(child));
    QCoreApplication app(argc, argv);
    TestAlertStore test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_alertstore.moc"
