// Record a live connection against the simulator, replay the recording through the same
// decoding and alert engine, and get the same alerts; the recording format's edge cases;
// replay pacing at 1× and 10×.

#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "core/connection.h"
#include "models/record/framerecorder.h"
#include "models/record/framereplayer.h"
#include "models/record/framerecording.h"
#include "models/record/replayreader.h"
#include "sim/simserver.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Pipeline {
    AlertEngine engine;
    AlertFeeds feeds;
    QList<Alert> alerts;

    explicit Pipeline(const QList<AlertRule> &rules)
    {
        engine.setRules(rules);
        // Every fifth block: the filter stands in for the Allium evaluator here.
        engine.setRecordFilter([](const QJsonObject &, const Observation &o, QString *) {
            return o.recordMap().value(QStringLiteral("number")).toLongLong() % 5 == 0;
        });
        QObject::connect(&feeds, &AlertFeeds::observed, &engine, &AlertEngine::observe);
        QObject::connect(&engine, &AlertEngine::alertRaised, &engine, [this](const Alert &a) { alerts << a; });
    }
    QStringList signature() const
    {
        QStringList out;
        for (const Alert &a : alerts)
            out << QStringLiteral("%1|%2|%3|%4|%5").arg(a.ruleId, a.subject, a.message).arg(a.timestampMs).arg(a.value);
        return out;
    }
};

QList<AlertRule> rules()
{
    AlertRule match;
    match.id = QStringLiteral("every-fifth");
    match.name = QStringLiteral("Every fifth block");
    match.kind = AlertRule::Kind::RecordMatch;
    match.cooldownSec = 0;
    match.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("number")}};
    match.messageTemplate = QStringLiteral("block {number} with {transaction_count} transactions");
    AlertRule cross;
    cross.id = QStringLiteral("first-block");
    cross.name = QStringLiteral("Any block");
    cross.kind = AlertRule::Kind::PriceAbove;
    cross.metric = QStringLiteral("number");
    cross.level = 1;
    return {match, cross};
}

} // namespace

class TestRecordReplay : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Alert>(); }

    void replayReproducesLiveAlerts()
    {
        SimServer server;
        server.installStandardHandlers();
        QVERIFY(server.listen());
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/demo/stream"));
        url.setQuery(QStringLiteral("interval=20"));
        ConnectionConfig config;
        config.name = QStringLiteral("demo");
        config.url = url;
        Connection live(config);

        Pipeline liveRun(rules());
        liveRun.feeds.attach(&live, QStringLiteral("generic"), ReplayReader::create(QStringLiteral("generic"), &live));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.ndjson"));
        FrameRecorder recorder;
        QVERIFY(recorder.start(&live, QStringLiteral("generic"), path));
        live.open();
        QTRY_VERIFY_WITH_TIMEOUT(recorder.frames() >= 40, 20000);
        recorder.stop();
        live.close();
        QVERIFY(liveRun.alerts.size() >= 8);

        FrameReplayer replayer;
        QVERIFY2(replayer.load(path), qPrintable(replayer.error()));
        QCOMPARE(replayer.header().connection, QStringLiteral("demo"));
        QCOMPARE(replayer.header().provider, QStringLiteral("generic"));
        QCOMPARE(replayer.total(), int(recorder.frames()));

        ConnectionConfig replayConfig;
        replayConfig.name = QStringLiteral("demo");
        Connection target(replayConfig);
        Pipeline replayRun(rules());
        // The same client class reads the replay as read the live run.
        replayRun.feeds.attach(&target, replayer.header().provider, ReplayReader::create(replayer.header().provider, &target));
        QSignalSpy finished(&replayer, &FrameReplayer::finished);
        replayer.start(&target, 0);
        QVERIFY(finished.wait(10000));
        QCOMPARE(target.stats().messagesIn, recorder.frames());
        // Live may have fired for a frame that arrived after the recorder stopped: compare
        // the alerts of the recorded frames.
        QCOMPARE(replayRun.signature(), liveRun.signature().mid(0, replayRun.alerts.size()));
        QVERIFY(replayRun.alerts.size() >= 8);
    }

    void pacing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("paced.ndjson"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(FrameRecording::headerLine({QStringLiteral("c"), {}, QStringLiteral("generic"), {}, 0}));
        for (int t : {0, 400, 800})
            f.write(FrameRecording::frameLine(t, "{\"n\":" + QByteArray::number(t) + "}"));
        f.close();

        auto run = [&path](double speed) {
            FrameReplayer replayer;
            if (!replayer.load(path))
                return qint64(-1);
            ConnectionConfig config;
            config.name = QStringLiteral("c");
            Connection target(config);
            QSignalSpy finished(&replayer, &FrameReplayer::finished);
            QElapsedTimer clock;
            clock.start();
            replayer.start(&target, speed);
            if (!finished.wait(10000) || target.stats().messagesIn != 3)
                return qint64(-1);
            return clock.elapsed();
        };
        const qint64 normal = run(1);
        const qint64 fast = run(10);
        const qint64 full = run(0);
        QVERIFY2(normal >= 790, qPrintable(QString::number(normal)));
        QVERIFY2(fast >= 75 && fast < normal, qPrintable(QString::number(fast)));
        QVERIFY2(full >= 0 && full < 75, qPrintable(QString::number(full)));
    }

    void badRecordings()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(content);
            return f.fileName();
        };
        const QByteArray header = FrameRecording::headerLine({QStringLiteral("c"), {}, QStringLiteral("generic"), {}, 0});
        FrameReplayer replayer;
        QVERIFY(!replayer.load(dir.filePath(QStringLiteral("missing.ndjson"))));
        QVERIFY(!replayer.load(write(QStringLiteral("empty"), "")));
        QVERIFY(!replayer.load(write(QStringLiteral("other"), "{\"hello\":1}\n")));
        QVERIFY(replayer.error().contains(QStringLiteral("not a Tidewatch recording")));
        QVERIFY(!replayer.load(write(QStringLiteral("badline"), header + "nonsense\n{\"t\":1,\"frame\":\"x\"}\n")));
        QVERIFY(replayer.error().contains(QStringLiteral("Line 2")));
        QVERIFY(!replayer.load(write(QStringLiteral("no-t"), header + "{\"frame\":\"x\"}\n")));
        // Cut off by a crash mid-line: what came before still replays.
        QVERIFY(replayer.load(write(QStringLiteral("cut"), header + "{\"t\":1,\"frame\":\"a\"}\n{\"t\":2,\"fra")));
        QCOMPARE(replayer.total(), 1);
        // Binary frames survive as base64.
        const QByteArray binary("\xff\x00\xfe", 3);
        QVERIFY(replayer.load(write(QStringLiteral("bin"), header + FrameRecording::frameLine(5, binary))));
        QCOMPARE(replayer.total(), 1);
    }

    // Issue 15: a time in a hand-edited or corrupt file (t 1e300, startedAt 1e300) was
    // converted to qint64 unchecked. It is refused with the line and the reason.
    void timesOutOfRange()
    {
        QTemporaryDir dir;
        auto write = [&dir](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(content);
            return f.fileName();
        };
        const QByteArray header = FrameRecording::headerLine({QStringLiteral("c"), {}, QStringLiteral("generic"), {}, 0});
        RecordingHeader h;
        QList<RecordedFrame> frames;
        QString error;
        for (const char *t : {"1e300", "-1e300", "1e19", "9007199254740994", "-1", "\"5\"", "null", "true"}) {
            const QByteArray line = QByteArray("{\"t\":") + t + ",\"frame\":\"x\"}\n";
            error.clear();
            QVERIFY2(!FrameRecording::read(write(QStringLiteral("t"), header + "{\"t\":1,\"frame\":\"a\"}\n" + line), h, frames, &error), t);
            QVERIFY2(error.contains(QStringLiteral("Line 3")) && error.contains(QStringLiteral("\"t\"")), qPrintable(error));
        }
        QVERIFY(!FrameRecording::read(write(QStringLiteral("t"), header + "{\"t\":1e300,\"frame\":\"a\"}\n"), h, frames, &error));
        QVERIFY2(error.contains(QStringLiteral("out of range")), qPrintable(error));
        // A fraction of a ms is dropped; 2^53 ms is the largest offset.
        QVERIFY2(FrameRecording::read(write(QStringLiteral("t"), header + "{\"t\":1.75,\"frame\":\"a\"}\n{\"t\":9007199254740992,\"frame\":\"b\"}\n"),
                                      h, frames, &error),
                 qPrintable(error));
        QCOMPARE(frames.size(), 2);
        QCOMPARE(frames.at(0).offsetMs, 1);
        QCOMPARE(frames.at(1).offsetMs, 9007199254740992LL);

        QByteArray badStart = header;
        QVERIFY(badStart.contains("\"startedAt\":0"));
        badStart.replace("\"startedAt\":0", "\"startedAt\":1e300");
        QVERIFY(!FrameRecording::read(write(QStringLiteral("start"), badStart + "{\"t\":1,\"frame\":\"a\"}\n"), h, frames, &error));
        QVERIFY2(error.contains(QStringLiteral("startedAt")), qPrintable(error));
        FrameReplayer replayer;
        QVERIFY(!replayer.load(write(QStringLiteral("start"), badStart + "{\"t\":1,\"frame\":\"a\"}\n")));
        QVERIFY2(replayer.error().contains(QStringLiteral("startedAt")), qPrintable(replayer.error()));
    }
};

QTEST_GUILESS_MAIN(TestRecordReplay)
#include "tst_recordreplay.moc"
