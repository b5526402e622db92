// A cross-provider composite rule over a recording of the simulator: the tweet stream and
// the Predikt price feed are recorded live, then replayed together in recorded-time order
// through the same provider clients (ReplayReader) into the alert engine. "A tweet
// mentioning SOL, then SOL's VWAP crosses L within W s" must fire exactly where a plain
// reading of the replayed events says it should (at those times, on those ticks), and the
// same conditions in the other order exactly where that order is met.

#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "core/connection.h"
#include "models/record/framerecorder.h"
#include "models/record/framerecording.h"
#include "models/record/replayreader.h"
#include "providers/predikt/prediktclient.h"
#include "providers/tweets/tweetsclient.h"
#include "sim/simserver.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <memory>
#include <vector>

namespace {

constexpr int WithinSec = 3;

/// The engine over a merged replay of recordings; the engine clock is the recorded time of
/// the frame being delivered (as in `tidewatch-cli alerts --replay`).
struct MergedReplay {
    AlertEngine engine;
    AlertFeeds feeds;
    qint64 clock = 0;
    QList<QPair<qint64, Observation>> seen; // (engine clock, observation), in order
    QList<QPair<qint64, Alert>> alerts;     // (engine clock when raised, alert)
    std::vector<std::unique_ptr<Connection>> connections;

    explicit MergedReplay(const QList<AlertRule> &rules)
    {
        engine.setClock([this] { return clock; });
        engine.setRules(rules);
        QObject::connect(&feeds, &AlertFeeds::observed, &engine, [this](const Observation &o) {
            seen.append({clock, o});
            engine.observe(o);
        });
        QObject::connect(&engine, &AlertEngine::alertRaised, &engine, [this](const Alert &a) { alerts.append({clock, a}); });
    }

    bool run(const QStringList &paths, QString *error)
    {
        struct Source {
            RecordingHeader header;
            QList<RecordedFrame> frames;
            Connection *connection = nullptr;
            int next = 0;
        };
        std::vector<Source> sources(size_t(paths.size()));
        for (int i = 0; i < paths.size(); ++i) {
            Source &s = sources[size_t(i)];
            if (!FrameRecording::read(paths.at(i), s.header, s.frames, error))
                return false;
            ConnectionConfig config;
            config.name = s.header.connection;
            config.profileId = s.header.profileId;
            config.url = QUrl(s.header.url);
            connections.push_back(std::make_unique<Connection>(config));
            s.connection = connections.back().get();
            ObservationSource *observations = ReplayReader::create(s.header.provider, s.connection, error);
            if (!observations)
                return false;
            feeds.attach(s.connection, s.header.provider, observations);
        }
        // Frames in recorded-time order across the recordings; each one's events are
        // delivered (the clients flush on a zero timer) before the next frame.
        for (;;) {
            Source *earliest = nullptr;
            for (Source &s : sources) {
                if (s.next < s.frames.size()
                    && (!earliest
                        || s.header.startedAtMs + s.frames.at(s.next).offsetMs
                            < earliest->header.startedAtMs + earliest->frames.at(earliest->next).offsetMs))
                    earliest = &s;
            }
            if (!earliest)
                break;
            const RecordedFrame &frame = earliest->frames.at(earliest->next++);
            clock = earliest->header.startedAtMs + frame.offsetMs;
            earliest->connection->deliverForReplay(frame.payload);
            QCoreApplication::processEvents();
        }
        QCoreApplication::processEvents();
        return true;
    }
};

bool isSolTweet(const Observation &o)
{
    return o.provider == QLatin1String("tweets") && o.kind == QLatin1String("tweet")
        && o.text(QStringLiteral("text")).contains(QLatin1String("SOL"), Qt::CaseInsensitive);
}

bool isSolPrice(const Observation &o)
{
    return o.provider == QLatin1String("predikt") && o.kind == QLatin1String("price") && o.subject == QLatin1String("SOL")
        && o.hasMetric(QStringLiteral("price"));
}

AlertRule tweetCondition()
{
    AlertRule c;
    c.kind = AlertRule::Kind::TweetMatch;
    c.provider = QStringLiteral("tweets");
    c.keywords = {QStringLiteral("SOL")};
    return c;
}

AlertRule crossCondition(double level)
{
    AlertRule c;
    c.kind = AlertRule::Kind::PriceCross;
    c.provider = QStringLiteral("predikt");
    c.subject = QStringLiteral("SOL");
    c.level = level;
    c.hysteresisPct = 0;
    return c;
}

AlertRule sequenceRule(const QString &id, std::vector<AlertRule> conditions)
{
    AlertRule r;
    r.id = id;
    r.name = id;
    r.kind = AlertRule::Kind::Composite;
    r.combine = QStringLiteral("sequence");
    r.withinSec = WithinSec;
    r.cooldownSec = 0;
    r.conditions = std::move(conditions);
    return r;
}

/// Which replayed observation was a SOL tweet, which a crossing of level (the first price
/// only sets the side; a value on the level keeps it).
struct Reading {
    QList<QPair<qint64, Observation>> events;
    QList<bool> tweet;
    QList<bool> cross;
};

Reading read(const QList<QPair<qint64, Observation>> &seen, double level)
{
    Reading r;
    int side = 0;
    for (const auto &[at, o] : seen) {
        bool crossed = false;
        if (isSolPrice(o)) {
            const double v = o.metric(QStringLiteral("price"));
            const int next = v > level ? 1 : (v < level ? -1 : side);
            crossed = side != 0 && next != side;
            side = next;
        }
        r.events.append({at, o});
        r.tweet << isSolTweet(o);
        r.cross << crossed;
    }
    return r;
}

/// Where "first, then second within WithinSec s" is met: the index of each completing event.
QList<int> expectedCompletions(const Reading &r, const QList<bool> &first, const QList<bool> &second)
{
    QList<int> out;
    qint64 stepAt = -1;
    for (int i = 0; i < r.events.size(); ++i) {
        const qint64 at = r.events.at(i).first;
        if (stepAt >= 0 && at - stepAt > WithinSec * 1000)
            stepAt = -1;
        if (stepAt >= 0 && second.at(i)) {
            out << i;
            stepAt = -1;
            continue;
        }
        if (first.at(i))
            stepAt = at;
    }
    return out;
}

} // namespace

class TestAlertCompositeReplay : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// Records the simulator's tweet stream and SOL's Predikt feed until both have enough.
    void record(QString &tweetsPath, QString &prediktPath)
    {
        SimConfig config;
        config.clockFactor = 50;
        config.options.insert(QStringLiteral("tweets.rate"), 0.8); // about 40 tweets a second, a few on SOL
        SimServer server(config);
        server.installStandardHandlers();
        QVERIFY2(server.listen(), qPrintable(server.errorString()));

        ConnectionConfig tweetsConfig;
        tweetsConfig.name = QStringLiteral("tweets-live");
        QUrl url = server.baseUrl();
        url.setPath(QStringLiteral("/v1/twitter/stream"));
        tweetsConfig.url = url;
        tweetsConfig.auth = Auth::Method::LowerApiKeyHeader;
        tweetsConfig.key = QStringLiteral("demo-key");
        Connection tweetsConnection(tweetsConfig);
        TweetsClient tweets(&tweetsConnection);

        ConnectionConfig prediktConfig;
        prediktConfig.name = QStringLiteral("predikt-live");
        prediktConfig.url = QUrl(server.baseUrl().toString() + QStringLiteral("/api/v1/ws"));
        prediktConfig.auth = Auth::Method::Bearer;
        prediktConfig.key = QStringLiteral("demo-key");
        PrediktClientOptions options;
        Connection prediktConnection(PrediktClient::connectionConfig(prediktConfig, options));
        PrediktClient predikt(&prediktConnection, options);
        QVERIFY(predikt.subscribe({QStringLiteral("SOL")}));

        int solTweets = 0;
        int solTicks = 0;
        int ticksAtFirstSolTweet = -1;
        connect(&tweets, &TweetsClient::tweetsReceived, this, [&](const TweetBatch &batch) {
            for (const Tweet &t : batch)
                solTweets += t.text.contains(QLatin1String("SOL"), Qt::CaseInsensitive);
            if (solTweets > 0 && ticksAtFirstSolTweet < 0)
                ticksAtFirstSolTweet = solTicks;
        });
        connect(&predikt, &PrediktClient::priceTick, this, [&solTicks](const Predikt::PriceTick &tick) {
            solTicks += tick.symbol == QLatin1String("SOL");
        });

        tweetsPath = m_dir.filePath(QStringLiteral("tweets.ndjson"));
        prediktPath = m_dir.filePath(QStringLiteral("predikt.ndjson"));
        FrameRecorder tweetsRecorder;
        FrameRecorder prediktRecorder;
        QVERIFY(tweetsRecorder.start(&tweetsConnection, QStringLiteral("tweets"), tweetsPath));
        QVERIFY(prediktRecorder.start(&prediktConnection, QStringLiteral("predikt"), prediktPath));
        tweets.open();
        predikt.open();
        // Enough SOL tweets, and SOL ticks for longer than the window after the first of them.
        QTRY_VERIFY_WITH_TIMEOUT(solTweets >= 3 && ticksAtFirstSolTweet >= 0 && solTicks >= ticksAtFirstSolTweet + 50, 60000);
        tweetsRecorder.stop();
        prediktRecorder.stop();
        tweetsConnection.close();
        prediktConnection.close();
        qInfo("recorded %lld tweet frames (%d mention SOL) and %lld Predikt frames (%d SOL ticks)",
              tweetsRecorder.frames(), solTweets, prediktRecorder.frames(), solTicks);
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<Alert>(); }

    void firesWhereTheRecordingSaysAndNotOtherwise()
    {
        QString tweetsPath;
        QString prediktPath;
        record(tweetsPath, prediktPath);
        if (QTest::currentTestFailed())
            return;
        const QStringList paths{tweetsPath, prediktPath};

        // What the replay holds, read once without rules: the level is chosen between two
        // SOL ticks that follow a SOL tweet within the window, so the rule has a case to fire on.
        MergedReplay plain({});
        QString error;
        QVERIFY2(plain.run(paths, &error), qPrintable(error));
        double level = std::nan("");
        qint64 tweetAt = -1;
        double previous = std::nan("");
        for (const auto &[at, o] : plain.seen) {
            if (isSolTweet(o))
                tweetAt = at; // the newest SOL tweet
            if (!isSolPrice(o))
                continue;
            const double v = o.metric(QStringLiteral("price"));
            if (tweetAt >= 0 && at > tweetAt && at - tweetAt <= WithinSec * 1000 && !std::isnan(previous) && v != previous) {
                level = (v + previous) / 2;
                break;
            }
            previous = v;
        }
        QVERIFY2(!std::isnan(level), "the recording has a SOL tweet followed by a SOL price move within the window");

        const Reading reading = read(plain.seen, level);
        const QList<int> forward = expectedCompletions(reading, reading.tweet, reading.cross);
        const QList<int> backward = expectedCompletions(reading, reading.cross, reading.tweet);
        QVERIFY(!forward.isEmpty());

        MergedReplay run({sequenceRule(QStringLiteral("tweet-then-cross"), {tweetCondition(), crossCondition(level)}),
                          sequenceRule(QStringLiteral("cross-then-tweet"), {crossCondition(level), tweetCondition()})});
        QVERIFY2(run.run(paths, &error), qPrintable(error));
        // The replay delivers the same events on every run.
        QCOMPARE(run.seen.size(), plain.seen.size());

        auto firedBy = [&run](const QString &ruleId) {
            QStringList out;
            for (const auto &[at, a] : run.alerts) {
                if (a.ruleId == ruleId)
                    out << QStringLiteral("%1|%2|%3|%4").arg(at).arg(a.timestampMs).arg(a.provider, a.subject);
            }
            return out;
        };
        auto expected = [&reading](const QList<int> &indexes) {
            QStringList out;
            for (int i : indexes) {
                const auto &[at, o] = reading.events.at(i);
                out << QStringLiteral("%1|%2|%3|%4").arg(at).arg(o.timestampMs).arg(o.provider, o.subject);
            }
            return out;
        };
        QCOMPARE(firedBy(QStringLiteral("tweet-then-cross")), expected(forward));
        QCOMPARE(firedBy(QStringLiteral("cross-then-tweet")), expected(backward));
        // Each alert is on the completing event: a SOL tick for the first rule, and says both steps.
        for (const auto &[at, a] : run.alerts) {
            if (a.ruleId == QLatin1String("tweet-then-cross")) {
                QCOMPARE(a.subject, QStringLiteral("SOL"));
                QVERIFY2(a.message.contains(QLatin1String("1. @")) && a.message.contains(QLatin1String("2. SOL crossed")),
                         qPrintable(a.message));
            }
        }
        qInfo("level %.6f: %lld events, %lld completions in order, %lld the other way round", level,
              qlonglong(reading.events.size()), qlonglong(forward.size()), qlonglong(backward.size()));
    }
};

QTEST_GUILESS_MAIN(TestAlertCompositeReplay)
#include "tst_alertcompositereplay.moc"
