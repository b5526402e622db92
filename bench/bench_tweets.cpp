// Tweet stream benchmark: a burst of tweets from the simulator (tidewatch-sim, a process of
// its own) → TweetsClient (decode, dedupe, latency, batches) → the timeline model (capped at
// 5 000) with a free-text filter active, plus the source counters and the latency histogram,
// as the Tweets page has them. Prints tweets/s, CPU µs per tweet, peak RSS and RSS as the
// burst goes on (flat once the cap is reached). Also prints the codec alone.
//
//   bench_tweets [--tweets N] [--filter TEXT]

#include "benchutil.h"
#include "core/profile.h"
#include "models/tweets/tweetfiltermodel.h"
#include "models/tweets/tweetlatencymodel.h"
#include "models/tweets/tweetsourcestatsmodel.h"
#include "models/tweets/tweettimelinemodel.h"
#include "providers/tweets/tweetsclient.h"
#include "providers/tweets/tweetscodec.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetssim.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <cstdio>
#include <ctime>

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

/// Decodes frames from the simulator's own flood generator, without a network.
void benchCodec(qint64 count)
{
    SimConfig config;
    config.options.insert(QStringLiteral("tweets.rate"), 0);
    SimServer server(config);
    auto *sim = new TweetsSimHandler(&server);
    server.addHandler(sim);
    QList<QByteArray> frames;
    for (int i = 0; i < 4096; ++i)
        frames << sim->floodFrame(i);
    qint64 bytes = 0;
    qint64 tweets = 0;
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray &frame = frames.at(int(i % frames.size()));
        bytes += frame.size();
        if (TweetsCodec::decode(frame).type == TweetsCodec::Type::NewTweet)
            ++tweets;
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("codec only:     %lld tweets decoded in %.3f s = %.0f tweets/s (%.2f µs/tweet, avg frame %lld B)\n",
                tweets, seconds, double(tweets) / seconds, seconds * 1e6 / double(count), bytes / count);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tweets"), QStringLiteral("Tweets in the burst."), QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("filter"), QStringLiteral("Free-text filter on the timeline."), QStringLiteral("TEXT"),
                      QStringLiteral("bitcoin")});
    parser.process(app);
    const qint64 total = parser.value(QStringLiteral("tweets")).toLongLong();
    if (total <= 0) {
        std::fprintf(stderr, "bench_tweets: --tweets takes a positive number\n");
        return 2;
    }

    benchCodec(total);

    // The simulator in a process of its own, so that it has a core of its own.
    QProcess sim;
    sim.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/tidewatch-sim"));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--option"), QStringLiteral("tweets.rate=0")});
    sim.start();
    if (!sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_tweets: tidewatch-sim did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    const QString banner = QString::fromUtf8(sim.readLine());
    const auto match = QRegularExpression(QStringLiteral("ws://[^\\s]+")).match(banner);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "bench_tweets: unexpected simulator output: %s\n", qPrintable(banner));
        return 1;
    }

    ConnectionConfig config;
    config.name = QStringLiteral("bench");
    config.url = QUrl(match.captured(0) + QStringLiteral("/v1/twitter/stream?flood=%1").arg(total));
    config.auth = Auth::Method::LowerApiKeyHeader;
    config.key = QString::fromLatin1(Profile::DemoKey);
    config.autoReconnect = false;
    config.pingIntervalMs = 0;

    TweetsClient client(config);
    TweetTimelineModel timeline;
    timeline.setCoalesceMs(16); // as the workspace does
    TweetFilterModel filter(&timeline);
    filter.setSearch(parser.value(QStringLiteral("filter")));
    TweetSourceStatsModel sources;
    TweetLatencyModel latency;

    QElapsedTimer clock;
    double cpuStart = 0;
    double rssAtCap = -1;
    double rssAtHalf = -1;
    qint64 received = 0;
    int batches = 0;
    QObject::connect(&client, &TweetsClient::tweetsReceived, &app, [&](const TweetBatch &batch) {
        if (received == 0) {
            clock.start();
            cpuStart = cpuSeconds();
        }
        received += batch.size();
        ++batches;
        timeline.addBatch(batch);
        sources.addBatch(batch);
        latency.addBatch(batch);
        if (rssAtCap < 0 && received >= timeline.capacity())
            rssAtCap = Bench::rssMiB();
        if (rssAtHalf < 0 && received >= total / 2)
            rssAtHalf = Bench::rssMiB();
        if (received >= total) {
            timeline.flushIncoming();
            QCoreApplication::exit(0);
        }
    });
    QObject::connect(client.connection(), &Connection::stateChanged, &app, [&](Connection::State state) {
        if (state == Connection::State::Failed || state == Connection::State::Closed) {
            std::fprintf(stderr, "bench_tweets: connection ended: %s\n", qPrintable(client.connection()->reason()));
            QCoreApplication::exit(1);
        }
    });
    QTimer::singleShot(180000, &app, [] {
        std::fprintf(stderr, "bench_tweets: timed out\n");
        QCoreApplication::exit(1);
    });
    client.open();
    const int code = app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    sim.kill();
    sim.waitForFinished(3000);
    if (code != 0)
        return code;

    std::printf("end to end:     %lld tweets in %.3f s = %.0f tweets/s (%.2f µs CPU/tweet in the client process, %d batches)\n",
                received, seconds, double(received) / seconds, cpu * 1e6 / double(received), batches);
    std::printf("timeline:       %d rows kept (cap %d), %d match the text filter \"%s\", %lld sources, %lld duplicates\n",
                timeline.rowCount(), timeline.capacity(), filter.rowCount(), qPrintable(filter.search()),
                qint64(sources.rowCount()), client.duplicateCount());
    std::printf("memory:         RSS %.1f MiB at the cap (%d tweets), %.1f MiB halfway, %.1f MiB at the end; peak RSS %.1f MiB\n",
                rssAtCap, timeline.capacity(), rssAtHalf, Bench::rssMiB(), Bench::peakRssMiB());
    std::printf("result:         %s (target >= 100000 tweets/s)\n", double(received) / seconds >= 100000 ? "PASS" : "BELOW TARGET");
    return 0;
}
