// The Alerts page's dry run (AlertDryRun) against `tidewatch-cli alerts --replay FILE
// --dry-run` on the same recording and rule: the same firings (times, values, subjects,
// count). Also: a bad file is a clear error, cancel stops a run, and the notices for a
// recording without the rule's data and for a rule that never fires. Both equal a live run
// over the same frames (the frames at their recorded times, the engine ticked every second as
// the app's timer ticks it), a rule that goes blind or stale in the middle of the recording
// included: it fires there, not at the end.

#include "alerts/alertdryrun.h"
#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "alerts/alertreplay.h"
#include "alerts/alertrule.h"
#include "cliprocess.h"
#include "core/connection.h"
#include "models/record/framerecording.h"
#include "models/record/replayreader.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

class TestAlertDryRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AlertDryRun> m_run;

    /// A generic block stream: numbers with gaps, transaction counts, and a silent stretch of
    /// 90 s (for stale rules), at recorded offsets.
    QString blockRecording(const QString &name, int blocks)
    {
        RecordingHeader h;
        h.connection = QStringLiteral("demo");
        h.provider = QStringLiteral("generic");
        h.url = QStringLiteral("ws://x/demo/stream");
        h.startedAtMs = 1'700'000'000'000;
        QByteArray data = FrameRecording::headerLine(h);
        qint64 t = 0;
        int number = 100;
        for (int i = 0; i < blocks; ++i) {
            number += (i % 7 == 6) ? 3 : 1;
            t += (i == blocks / 2) ? 90'000 : 1'000 + (i * 37) % 900;
            const int txs = 100 + (i * 53) % 250;
            const QByteArray frame = QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("block")},
                                                               {QStringLiteral("number"), number},
                                                               {QStringLiteral("transaction_count"), txs},
                                                               {QStringLiteral("chain"), QStringLiteral("demo")}})
                                         .toJson(QJsonDocument::Compact);
            data += FrameRecording::frameLine(t, frame);
        }
        return writeTestFile(m_dir, name, data);
    }

    static AlertRule ruleFrom(const QByteArray &json)
    {
        AlertRule rule;
        QString error;
        if (!AlertRule::fromJson(QJsonDocument::fromJson(json).object(), rule, &error))
            qFatal("bad test rule: %s", qPrintable(error));
        return rule;
    }

    /// The alerts of a live run over the recording's frames, as the app runs: each frame
    /// arrives at its recorded time through the provider's client, and the engine's timer
    /// ticks every second in between (a tick at a frame's time after the frame).
    static QList<Alert> liveRun(const AlertRule &rule, const QString &file)
    {
        RecordingHeader h;
        QList<RecordedFrame> frames;
        QString error;
        if (!FrameRecording::read(file, h, frames, &error))
            qFatal("bad test recording: %s", qPrintable(error));
        qint64 clock = h.startedAtMs;
        AlertEngine engine;
        engine.setClock([&clock] { return clock; });
        AlertFeeds feeds;
        QObject::connect(&feeds, &AlertFeeds::observed, &engine, &AlertEngine::observe);
        QObject::connect(&feeds, &AlertFeeds::connectionObserved, &engine, &AlertEngine::observeConnection);
        QList<Alert> alerts;
        QObject::connect(&engine, &AlertEngine::alertRaised, &engine, [&alerts](const Alert &a) { alerts << a; });
        AlertRule enabled = rule;
        enabled.enabled = true;
        engine.setRules({enabled});
        ConnectionConfig config;
        config.name = h.connection;
        config.url = QUrl(h.url);
        Connection connection(config);
        feeds.attach(&connection, h.provider, ReplayReader::create(h.provider, &connection));
        qint64 nextTick = AlertReplay::TickIntervalMs;
        for (const RecordedFrame &f : frames) {
            for (; nextTick < f.offsetMs; nextTick += AlertReplay::TickIntervalMs) {
                clock = h.startedAtMs + nextTick;
                engine.tick();
            }
            clock = h.startedAtMs + f.offsetMs;
            connection.deliverForReplay(f.payload);
        }
        engine.tick(); // the end of the run
        return alerts;
    }

    static void compareAlerts(const QList<Alert> &actual, const QList<Alert> &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (int i = 0; i < actual.size(); ++i) {
            QCOMPARE(actual.at(i).timestampMs, expected.at(i).timestampMs);
            QCOMPARE(actual.at(i).value, expected.at(i).value);
            QCOMPARE(actual.at(i).subject, expected.at(i).subject);
            QCOMPARE(actual.at(i).message, expected.at(i).message);
            QCOMPARE(actual.at(i).blind, expected.at(i).blind);
        }
    }

    /// The start of the recording's longest silence, in ms after its start.
    static qint64 silenceStartMs(const QString &file, qint64 *lengthMs)
    {
        RecordingHeader h;
        QList<RecordedFrame> frames;
        QString error;
        if (!FrameRecording::read(file, h, frames, &error))
            qFatal("bad test recording: %s", qPrintable(error));
        qint64 start = 0;
        *lengthMs = 0;
        for (int i = 1; i < frames.size(); ++i) {
            if (frames.at(i).offsetMs - frames.at(i - 1).offsetMs > *lengthMs) {
                *lengthMs = frames.at(i).offsetMs - frames.at(i - 1).offsetMs;
                start = frames.at(i - 1).offsetMs;
            }
        }
        return start;
    }

    /// Runs the dry run to its end (or fails the test).
    bool runToEnd(const AlertRule &rule, const QString &file)
    {
        QSignalSpy done(m_run.get(), &AlertDryRun::finished);
        if (!m_run->start(rule, file))
            return false;
        return done.wait(30000);
    }

private Q_SLOTS:
    void init() { m_run = std::make_unique<AlertDryRun>(); }
    void cleanup() { m_run.reset(); }

    void matchesCli_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::newRow("record-match with cooldown")
            << QByteArray(R"({"id":"r1","kind":"record-match","name":"busy","cooldownSec":20,)"
                          R"("filter":{"field":"transaction_count","operator":">","value":300}})");
        QTest::newRow("block-gap") << QByteArray(R"({"id":"r2","kind":"block-gap","name":"gap","threshold":1,"cooldownSec":0})");
        QTest::newRow("cross-up on a record field")
            << QByteArray(R"({"id":"r3","kind":"cross-up","name":"busy","metric":"transaction_count","level":300,"cooldownSec":0})");
        QTest::newRow("only once")
            << QByteArray(R"({"id":"r5","kind":"record-match","name":"first busy","trigger":"once",)"
                          R"("filter":{"field":"transaction_count","operator":">","value":300}})");
        QTest::newRow("composite sequence")
            << QByteArray(R"({"id":"r4","kind":"composite","name":"busy then gap","combine":"sequence","withinSec":10,)"
                          R"("cooldownSec":0,"conditions":[{"kind":"record-match","filter":{"field":"transaction_count",)"
                          R"("operator":">","value":320}},{"kind":"block-gap","threshold":1}]})");
        // Time-based: they fire in the silent stretch, on a tick between two frames.
        QTest::newRow("stream stale")
            << QByteArray(R"({"id":"r6","kind":"stream-stale","name":"quiet","windowSec":30})");
        QTest::newRow("blind alert")
            << QByteArray(R"({"id":"r7","kind":"price-above","name":"huge","metric":"transaction_count",)"
                          R"("level":100000,"blindAlertSec":20})");
    }

    void matchesCli()
    {
        QFETCH(QByteArray, rule);
        const QString file = blockRecording(QStringLiteral("blocks.ndjson"), 400);
        const QString rules = writeTestFile(m_dir, QStringLiteral("rules.json"), "{\"rules\":[" + rule + "]}");
        const CliRun cli = runCliProcess({QStringLiteral("alerts"), QStringLiteral("--rules"), rules, QStringLiteral("--replay"),
                                          file, QStringLiteral("--dry-run")});
        QVERIFY2(cli.finished && cli.exitCode == 0, cli.err.constData());
        const QList<QJsonObject> cliAlerts = cli.eventsOfKind(QStringLiteral("alert"));
        const QList<QJsonObject> summaries = cli.eventsOfKind(QStringLiteral("summary"));
        QCOMPARE(summaries.size(), 1);

        QVERIFY(runToEnd(ruleFrom(rule), file));
        QVERIFY(m_run->error().isEmpty());
        QVERIFY(!cliAlerts.isEmpty()); // every rule here fires on this recording
        QCOMPARE(m_run->firingCount(), int(cliAlerts.size()));
        QCOMPARE(m_run->alerts().size(), cliAlerts.size());
        QCOMPARE(m_run->frameCount(), summaries.constFirst().value(QLatin1String("frames")).toInt());
        QCOMPARE(m_run->frameCount(), 400);
        for (int i = 0; i < cliAlerts.size(); ++i) {
            const Alert &a = m_run->alerts().at(i);
            const QJsonObject &c = cliAlerts.at(i);
            QCOMPARE(a.timestampMs, qint64(c.value(QLatin1String("timestamp")).toDouble()));
            QCOMPARE(a.value, c.value(QLatin1String("value")).toDouble());
            QCOMPARE(a.subject, c.value(QLatin1String("subject")).toString());
            QCOMPARE(a.message, c.value(QLatin1String("message")).toString());
        }
        // The firings the page shows are the same alerts, placed on the recording's span.
        const QVariantList firings = m_run->firings();
        QCOMPARE(firings.size(), cliAlerts.size());
        for (const QVariant &f : firings) {
            const double offset = f.toMap().value(QStringLiteral("offsetMs")).toDouble();
            QVERIFY(offset >= 0 && offset <= m_run->spanMs());
        }
        QVERIFY(m_run->spanMs() > 90'000);
        QVERIFY(m_run->observationCount() >= 400);
        QVERIFY(m_run->notice().isEmpty());
        QVERIFY(m_run->summary().contains(QString::number(cliAlerts.size())));
        // And both are what a live run over the same frames raised.
        compareAlerts(m_run->alerts(), liveRun(ruleFrom(rule), file));
    }

    void blindInTheMiddleFiresThere_data()
    {
        QTest::addColumn<QByteArray>("rule");
        QTest::addColumn<int>("afterSilenceSec"); // when it fires, after the last frame before the silence
        QTest::addColumn<bool>("blind");
        // A value rule is blind (stale) after a minute without data, counted from the last data.
        QTest::newRow("blind for 20 s")
            << QByteArray(R"({"id":"b1","kind":"price-above","name":"huge","metric":"transaction_count",)"
                          R"("level":100000,"blindAlertSec":20})")
            << 60 << true;
        QTest::newRow("blind for 75 s")
            << QByteArray(R"({"id":"b2","kind":"price-above","name":"huge","metric":"transaction_count",)"
                          R"("level":100000,"blindAlertSec":75})")
            << 75 << true;
        QTest::newRow("stale for 30 s") << QByteArray(R"({"id":"s1","kind":"stream-stale","name":"quiet","windowSec":30})")
                                        << 30 << false;
    }

    void blindInTheMiddleFiresThere()
    {
        QFETCH(QByteArray, rule);
        QFETCH(int, afterSilenceSec);
        QFETCH(bool, blind);
        const QString file = blockRecording(QStringLiteral("gap.ndjson"), 400);
        qint64 silenceMs = 0;
        const qint64 silenceStart = silenceStartMs(file, &silenceMs);
        QCOMPARE(silenceMs, 90'000);
        QVERIFY(runToEnd(ruleFrom(rule), file));
        // One alert, in the silence (on the first tick of the recording's clock after the
        // limit), not at the end of the recording.
        QCOMPARE(m_run->firingCount(), 1);
        const Alert &a = m_run->alerts().constFirst();
        QCOMPARE(a.blind, blind);
        QCOMPARE(a.value, double(afterSilenceSec));
        const qint64 offset = a.timestampMs - m_run->spanStartMs();
        QVERIFY2(offset >= silenceStart + afterSilenceSec * 1000 && offset < silenceStart + afterSilenceSec * 1000 + 1000,
                 qPrintable(QStringLiteral("fired at +%1 ms, silence from +%2 ms").arg(offset).arg(silenceStart)));
        QVERIFY(offset < silenceStart + silenceMs);
        QCOMPARE(m_run->firings().constFirst().toMap().value(QStringLiteral("offsetMs")).toDouble(), double(offset));
        QVERIFY(offset < m_run->spanMs() - 60'000);
        compareAlerts(m_run->alerts(), liveRun(ruleFrom(rule), file));
    }

    void badFileIsAClearError_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("hello\n") << QStringLiteral("not a JSON object");
        QTest::newRow("not a recording") << QByteArray("{\"format\":\"other\"}\n") << QStringLiteral("not a Tidewatch recording");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("bad time") << QByteArray("{\"format\":\"tidewatch-recording\",\"version\":1,\"provider\":\"generic\"}\n"
                                                "{\"t\":\"soon\",\"frame\":\"{}\"}\n")
                                  << QStringLiteral("no valid time");
    }

    void badFileIsAClearError()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString file = writeTestFile(m_dir, QStringLiteral("bad.ndjson"), content);
        QSignalSpy result(m_run.get(), &AlertDryRun::resultChanged);
        QVERIFY(!m_run->start(ruleFrom(R"({"kind":"block-gap","threshold":1})"), file));
        QVERIFY2(m_run->error().contains(says), qPrintable(m_run->error()));
        QVERIFY(!m_run->running());
        QVERIFY(!m_run->hasResult());
        QVERIFY(result.count() > 0);
    }

    void missingFileAndBadRule()
    {
        const QString missing = m_run->run({{QStringLiteral("kind"), QStringLiteral("block-gap")}, {QStringLiteral("threshold"), 1}},
                                           QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("absent.ndjson"))));
        QCOMPARE(missing, m_run->error());
        QVERIFY(m_run->error().contains(QStringLiteral("Cannot read")));
        const QString problem = m_run->run({{QStringLiteral("kind"), QStringLiteral("no-such-kind")}},
                                           QUrl::fromLocalFile(blockRecording(QStringLiteral("ok.ndjson"), 5)));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!m_run->running());
    }

    void cancelStops()
    {
        const QString file = blockRecording(QStringLiteral("long.ndjson"), 20000);
        QSignalSpy done(m_run.get(), &AlertDryRun::finished);
        QSignalSpy progress(m_run.get(), &AlertDryRun::progressChanged);
        QVERIFY(m_run->start(ruleFrom(R"({"kind":"block-gap","threshold":1,"cooldownSec":0})"), file));
        QVERIFY(m_run->running());
        // The run goes in slices on the event loop: it is still running after the first one.
        QVERIFY(progress.wait(10000));
        QVERIFY(m_run->progress() > 0);
        QVERIFY(m_run->progress() < 1);
        QVERIFY(m_run->running());
        m_run->cancel();
        QVERIFY(!m_run->running());
        QVERIFY(!m_run->hasResult());
        QTest::qWait(200);
        QCOMPARE(done.count(), 0);
        QCOMPARE(m_run->firingCount(), 0);
        // And a new run afterwards goes to its end.
        QVERIFY(runToEnd(ruleFrom(R"({"kind":"block-gap","threshold":1,"cooldownSec":0})"),
                         blockRecording(QStringLiteral("short.ndjson"), 50)));
        QCOMPARE(m_run->frameCount(), 50);
    }

    void noticesWithoutData()
    {
        const QString file = blockRecording(QStringLiteral("blocks.ndjson"), 30);
        // A Predikt rule over a generic recording: nothing to read.
        QVERIFY(runToEnd(ruleFrom(R"({"kind":"price-above","provider":"predikt","level":1})"), file));
        QCOMPARE(m_run->firingCount(), 0);
        QVERIFY2(m_run->notice().contains(QStringLiteral("predikt")), qPrintable(m_run->notice()));
        // A rule that reads the data and never fires.
        QVERIFY(runToEnd(ruleFrom(R"({"kind":"record-match","filter":{"field":"transaction_count","operator":">","value":100000}})"),
                         file));
        QCOMPARE(m_run->firingCount(), 0);
        QCOMPARE(m_run->notice(), AlertDryRun::tr("The rule would not have fired on this recording."));
        QVERIFY(m_run->summary().startsWith(AlertDryRun::tr("%n alert(s) in %1 of recording", "", 0).section(QLatin1Char(' '), 0, 1)));
    }
};

QTEST_GUILESS_MAIN(TestAlertDryRun)
#include "tst_alertdryrun.moc"
