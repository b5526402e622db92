// Tweet stream benchmark: a burst of tweets from the simulator (tidewatch-sim, a process of
// its own) → TweetsClient (decode, dedupe, latency, batches) → the timeline model (capped at
// 5 000) with a free-text filter active, plus the source counters and the latency histogram,
// as the Tweets page has them. Prints tweets/s, CPU µs per tweet, peak RSS and RSS as the
// bursts go on (flat once the cap is reached). Also prints the codec alone. The wall-clock
// rate is bounded by the slower side of the pipe and by whatever else runs on the machine;
// the CPU time this process spends per tweet is its own cost, so both are shown.
//
//   bench_tweets [--tweets N] [--bursts N] [--filter TEXT]

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
#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
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
    const double cpuStart = cpuSeconds();
    for (qint64 i = 0; i < count; ++i) {
        const QByteArray &frame = frames.at(int(i % frames.size()));
        bytes += frame.size();
        if (TweetsCodec::decode(frame).type == TweetsCodec::Type::NewTweet)
            ++tweets;
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    std::printf("codec only:     %lld tweets decoded in %.3f s = %.0f tweets/s wall, %.2f µs CPU/tweet (avg frame %lld B)\n",
                tweets, seconds, double(tweets) / seconds, cpu * 1e6 / double(count), bytes / count);
}

/// The 1-minute load average: a wall-clock rate on a busy machine says more about the machine.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().split(' ').value(0)) : QStringLiteral("?");
}

/// A minimal WebSocket server for the burst: it answers the upgrade and then writes the
/// tweets as prebuilt frames (the simulator's own flood frames) as fast as the socket takes
/// them, so that the sender costs next to nothing and the receiver sets the pace.
int runReplayServer(qint64 total)
{
    SimConfig config;
    config.options.insert(QStringLiteral("tweets.rate"), 0);
    SimServer frames(config);
    auto *sim = new TweetsSimHandler(&frames);
    frames.addHandler(sim);

    QByteArray stream;
    stream.reserve(total * 370);
    auto appendFrame = [&stream](const QByteArray &payload) {
        const qsizetype n = payload.size();
        stream += char(0x81); // FIN + text; server frames are not masked
        if (n < 126) {
            stream += char(n);
        } else if (n < 65536) {
            stream += char(126);
            stream += char((n >> 8) & 0xff);
            stream += char(n & 0xff);
        } else {
            stream += char(127);
            for (int shift = 56; shift >= 0; shift -= 8)
                stream += char((quint64(n) >> shift) & 0xff);
        }
        stream += payload;
    };
    appendFrame(TweetsCodec::encodeConnected({QStringLiteral("bench"), QStringLiteral("key-bench")}));
    for (qint64 i = 0; i < total; ++i)
        appendFrame(sim->floodFrame(i));

    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0)) {
        std::fprintf(stderr, "bench_tweets: replay server cannot listen\n");
        return 1;
    }
    QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, &stream] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto head = std::make_shared<QByteArray>();
            auto offset = std::make_shared<qsizetype>(-1);
            auto pump = [socket, offset, &stream] {
                constexpr qsizetype Chunk = 4 * 1024 * 1024;
                while (*offset >= 0 && *offset < stream.size() && socket->bytesToWrite() < Chunk) {
                    const qsizetype n = std::min(Chunk, stream.size() - *offset);
                    socket->write(stream.constData() + *offset, n);
                    *offset += n;
                }
            };
            QObject::connect(socket, &QTcpSocket::bytesWritten, socket, pump);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, head, offset, pump] {
                if (*offset >= 0) {
                    socket->readAll(); // the client's close frame: not needed
                    return;
                }
                *head += socket->readAll();
                if (!head->contains("\r\n\r\n"))
                    return;
                QByteArray key;
                for (const QByteArray &line : head->split('\n')) {
                    if (line.toLower().startsWith("sec-websocket-key:"))
                        key = line.mid(18).trimmed();
                }
                const QByteArray accept = QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                                                   QCryptographicHash::Sha1).toBase64();
                socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                              "Sec-WebSocket-Accept: " + accept + "\r\n\r\n");
                *offset = 0;
                pump();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
    std::printf("replay listening on ws://127.0.0.1:%d\n", server.serverPort());
    std::fflush(stdout);
    return QCoreApplication::exec();
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
    parser.addOption({QStringLiteral("bursts"), QStringLiteral("Bursts in a row (memory must stay flat)."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("via-sim"), QStringLiteral("Take the tweets from tidewatch-sim (its flood mode) instead of "
                                                                "the prebuilt replay server.")});
    parser.addOption({QStringLiteral("replay-server"), QStringLiteral("Internal: run the replay server.")});
    parser.process(app);
    const qint64 total = parser.value(QStringLiteral("tweets")).toLongLong();
    if (total <= 0) {
        std::fprintf(stderr, "bench_tweets: --tweets takes a positive number\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("replay-server")))
        return runReplayServer(total);
    const bool viaSim = parser.isSet(QStringLiteral("via-sim"));

    benchCodec(total);

    // The sender in a process of its own, so that it has a core of its own.
    QProcess sim;
    if (viaSim) {
        sim.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/tidewatch-sim"));
        sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--option"), QStringLiteral("tweets.rate=0")});
    } else {
        sim.setProgram(QCoreApplication::applicationFilePath());
        sim.setArguments({QStringLiteral("--replay-server"), QStringLiteral("--tweets"), QString::number(total)});
    }
    sim.start();
    if (!sim.waitForReadyRead(60000)) {
        std::fprintf(stderr, "bench_tweets: tidewatch-sim did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    const QString banner = QString::fromUtf8(sim.readLine());
    const auto match = QRegularExpression(QStringLiteral("ws://[^\\s]+")).match(banner);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "bench_tweets: unexpected simulator output: %s\n", qPrintable(banner));
        return 1;
    }

    TweetTimelineModel timeline;
    timeline.setCoalesceMs(16); // as the workspace does
    TweetFilterModel filter(&timeline);
    filter.setSearch(parser.value(QStringLiteral("filter")));
    TweetSourceStatsModel sources;
    TweetLatencyModel latency;
    const int bursts = std::max(1, parser.value(QStringLiteral("bursts")).toInt());
    double bestRate = 0;
    double bestPerCore = 0;

    for (int burst = 1; burst <= bursts; ++burst) {
        ConnectionConfig config;
        config.name = QStringLiteral("bench");
        config.url = QUrl(match.captured(0) + QStringLiteral("/v1/twitter/stream?flood=%1").arg(total));
        std::printf("burst %d from:   %s\n", burst, viaSim ? "tidewatch-sim (flood mode)" : "replay server (prebuilt frames)");
        config.auth = Auth::Method::LowerApiKeyHeader;
        config.key = QString::fromLatin1(Profile::DemoKey);
        config.autoReconnect = false;
        config.pingIntervalMs = 0;
        Connection connection(config);
        TweetsClient client(&connection);

        QEventLoop loop;
        QElapsedTimer clock;
        double cpuStart = 0;
        double rssAtCap = -1;
        qint64 received = 0;
        int batches = 0;
        QObject::connect(&client, &TweetsClient::tweetsReceived, &loop, [&](const TweetBatch &batch) {
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
            if (received >= total) {
                timeline.flushIncoming();
                loop.exit(0);
            }
        });
        QObject::connect(client.connection(), &Connection::stateChanged, &loop, [&](Connection::State state) {
            if (state == Connection::State::Failed || state == Connection::State::Closed) {
                std::fprintf(stderr, "bench_tweets: connection ended: %s\n", qPrintable(client.connection()->reason()));
                loop.exit(1);
            }
        });
        QTimer::singleShot(180000, &loop, [&loop] {
            std::fprintf(stderr, "bench_tweets: timed out\n");
            loop.exit(1);
        });
        client.open();
        if (loop.exec() != 0)
            return 1;
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const double cpu = cpuSeconds() - cpuStart;
        QObject::disconnect(client.connection(), nullptr, &loop, nullptr);
        client.close();
        // Outside exec() deferred deletes wait forever: free the closed socket (and whatever
        // it buffered) before measuring.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        const double rate = double(received) / seconds;
        bestRate = std::max(bestRate, rate);
        bestPerCore = std::max(bestPerCore, double(received) / cpu);
        std::printf("burst %d:        %lld tweets in %.3f s = %.0f tweets/s wall; %.2f µs CPU/tweet in this process "
                    "(= %.0f tweets/s per core); %d batches\n",
                    burst, received, seconds, rate, cpu * 1e6 / double(received), double(received) / cpu, batches);
        std::printf("                RSS %.1f MiB once %d tweets were in, %.1f MiB after the burst\n", rssAtCap,
                    timeline.capacity(), Bench::rssMiB());
    }
    std::printf("timeline:       %d rows kept (cap %d), %d match the text filter \"%s\", %d sources\n", timeline.rowCount(),
                timeline.capacity(), filter.rowCount(), qPrintable(filter.search()), sources.rowCount());
    std::printf("peak RSS:       %.1f MiB\n", Bench::peakRssMiB());
    std::printf("result:         best %.0f tweets/s wall, %.0f tweets/s per core of CPU (target >= 100000); "
                "load average now %s\n",
                bestRate, bestPerCore, qPrintable(loadAverage()));
    sim.kill();
    sim.waitForFinished(3000);
    return 0;
}
