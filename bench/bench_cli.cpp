// bench_cli: tidewatch-cli against what a user would script instead — a Node.js `ws` client
// that parses every message and prints it as one JSON line (bench_cli_printer.js, with `ws`
// from tests/peers/node_modules) — on the same flood from the simulator (tidewatch-sim, a
// process of its own) over loopback. For each command and each kind of stdout (/dev/null, and
// a pipe this benchmark reads) it prints the consumer's CPU per message (user + system, from
// getrusage of the finished child), and the ratio Node CPU / CLI CPU (how many times faster the
// CLI is; the target is >= 1.5).
//
// CPU per message is given twice: "gross" (the whole run, start-up included, divided by the
// messages) and "marginal" ((run of N − run of N/10) / (0.9 N): start-up cancels out). Each
// figure is the minimum over --repeat runs (the machine is shared; the least disturbed run
// is the closest to the real cost).
//
//   bench_cli [--messages N] [--commands raw,allium-stream,conyr,tweets] [--outputs devnull,pipe]
//             [--repeat R]

#include "benchutil.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

namespace {

const QString Key = QStringLiteral("demo-key");
const QString Mint = QStringLiteral("So11111111111111111111111111111111111111112");

struct Flood {
    QString command;
    QString path;                 // with %1 for the message count
    QStringList cliOptions;
    QString nodeSend;             // sent by the Node printer once open
    QString nodeHeaders;          // JSON object
};

QList<Flood> floods()
{
    const QString channel = QStringLiteral("token:%1:trades").arg(Mint);
    return {
        {QStringLiteral("raw"), QStringLiteral("/demo/stream?flood=%1"), {}, {}, {}},
        {QStringLiteral("allium-stream"), QStringLiteral("/api/v1/developer/ws/stream?topic=ethereum.blocks&flood=%1"),
         {QStringLiteral("--topic"), QStringLiteral("ethereum.blocks")}, QStringLiteral(R"({"action":"start"})"),
         QStringLiteral(R"({"X-API-KEY":"%1"})").arg(Key)},
        {QStringLiteral("conyr"), QStringLiteral("/ws?flood=%1"), {QStringLiteral("--channel"), channel},
         QStringLiteral(R"({"op":"subscribe","channels":["%1"]})").arg(channel),
         QStringLiteral(R"({"Authorization":"Bearer %1"})").arg(Key)},
        {QStringLiteral("tweets"), QStringLiteral("/v1/twitter/stream?flood=%1"), {}, {},
         QStringLiteral(R"({"x-api-key":"%1"})").arg(Key)},
    };
}

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

struct Run {
    bool ok = false;
    double cpu = 0;     // seconds, user + system of the consumer
    double wall = 0;    // seconds
    qint64 lines = 0;   // lines read (pipe only)
    QString problem;
};

/// Runs one consumer to completion. The simulator is a child too but stays alive, so the
/// difference in RUSAGE_CHILDREN is this consumer's CPU alone.
Run runConsumer(const QString &program, const QStringList &arguments, const QProcessEnvironment &env, bool pipe)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    if (!pipe)
        process.setStandardOutputFile(QProcess::nullDevice());
    Run run;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&] {
        const QByteArray chunk = process.readAllStandardOutput();
        run.lines += chunk.count('\n');
    });
    const double before = childrenCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    process.start(program, arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(3000);
        run.problem = QStringLiteral("timed out");
        return run;
    }
    run.wall = double(clock.nsecsElapsed()) / 1e9;
    if (pipe)
        run.lines += process.readAllStandardOutput().count('\n');
    run.cpu = childrenCpuSeconds() - before;
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!run.ok)
        run.problem = QStringLiteral("exit %1: %2").arg(process.exitCode()).arg(QString::fromUtf8(process.readAllStandardError().left(500)));
    return run;
}

struct Measured {
    bool ok = true;
    double gross = 1e9;     // µs per message
    double marginal = 1e9;  // µs per message
    double wall = 0;        // s, of the best full run
    qint64 lines = 0;
    QString problem;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages in each flood."), QStringLiteral("N"), QStringLiteral("300000")});
    parser.addOption({QStringLiteral("commands"), QStringLiteral("Commands to measure."), QStringLiteral("LIST"),
                      QStringLiteral("allium-stream,conyr,tweets,raw")});
    parser.addOption({QStringLiteral("outputs"), QStringLiteral("Where the consumers print: devnull, pipe."), QStringLiteral("LIST"),
                      QStringLiteral("devnull,pipe")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Runs per figure (the minimum is kept)."), QStringLiteral("R"), QStringLiteral("3")});
    parser.process(app);
    const qint64 total = parser.value(QStringLiteral("messages")).toLongLong();
    const int repeat = parser.value(QStringLiteral("repeat")).toInt();
    const QStringList commands = parser.value(QStringLiteral("commands")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList outputs = parser.value(QStringLiteral("outputs")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (total < 1000 || repeat < 1) {
        std::fprintf(stderr, "bench_cli: --messages takes a number >= 1000, --repeat a number >= 1\n");
        return 2;
    }

    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const QString peers = QStringLiteral(TW_SOURCE_DIR "/tests/peers");
    const QString printer = QStringLiteral(TW_SOURCE_DIR "/bench/bench_cli_printer.js");
    if (node.isEmpty() || !QFile::exists(peers + QStringLiteral("/node_modules/ws/package.json"))) {
        std::fprintf(stderr, "bench_cli: needs node and the ws package: run `npm ci` in tests/peers\n");
        return 1;
    }
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/tidewatch-cli");

    QProcess sim;
    sim.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/tidewatch-sim"));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0")});
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start();
    if (!sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_cli: tidewatch-sim did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    const auto match = QRegularExpression(QStringLiteral("ws://[^\\s\"/]+")).match(QString::fromUtf8(sim.readLine()));
    if (!match.hasMatch()) {
        std::fprintf(stderr, "bench_cli: unexpected simulator output\n");
        return 1;
    }
    const QString base = match.captured(0);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TIDEWATCH_API_KEY"), Key);
    env.insert(QStringLiteral("NODE_PATH"), peers + QStringLiteral("/node_modules"));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));

    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().trimmed() : QByteArray("?");
    std::printf("bench_cli: %lld messages per flood, best of %d runs; load average %s on %d cores\n", total, repeat,
                load.constData(), QThread::idealThreadCount());
    std::printf("%-14s %-8s %-5s %12s %12s %9s %9s\n", "command", "stdout", "who", "gross µs/msg", "marg. µs/msg",
                "wall s", "msgs/s");

    bool allPass = true;
    const qint64 small = total / 10;
    for (const Flood &flood : floods()) {
        if (!commands.contains(flood.command))
            continue;
        for (const QString &output : outputs) {
            const bool pipe = output == QLatin1String("pipe");
            auto measure = [&](bool isNode) {
                Measured m;
                for (int r = 0; r < repeat && m.ok; ++r) {
                    Run runs[2];
                    const qint64 counts[2] = {total, small};
                    for (int i = 0; i < 2; ++i) {
                        const QString url = base + flood.path.arg(counts[i]);
                        QStringList args;
                        QProcessEnvironment runEnv = env;
                        if (isNode) {
                            args << printer << url << QString::number(counts[i]);
                            if (!flood.nodeSend.isEmpty())
                                args << flood.nodeSend;
                            // The key travels in the environment, as for the CLI.
                            runEnv.insert(QStringLiteral("TW_BENCH_HEADERS"), flood.nodeHeaders);
                        } else {
                            args << flood.command << QStringLiteral("--url") << url << flood.cliOptions
                                 << QStringLiteral("--count") << QString::number(counts[i]);
                        }
                        runs[i] = runConsumer(isNode ? node : cli, args, runEnv, pipe);
                        if (!runs[i].ok) {
                            m.ok = false;
                            m.problem = runs[i].problem;
                            break;
                        }
                    }
                    if (!m.ok)
                        break;
                    const double gross = runs[0].cpu * 1e6 / double(total);
                    if (gross < m.gross) {
                        m.gross = gross;
                        m.wall = runs[0].wall;
                        m.lines = runs[0].lines;
                    }
                    m.marginal = std::min(m.marginal, (runs[0].cpu - runs[1].cpu) * 1e6 / double(total - small));
                }
                return m;
            };
            const Measured n = measure(true);
            const Measured c = measure(false);
            for (const auto &[who, m] : {std::pair{"node", n}, std::pair{"cli", c}}) {
                if (!m.ok) {
                    std::printf("%-14s %-8s %-5s failed: %s\n", qPrintable(flood.command), qPrintable(output), who,
                                qPrintable(m.problem));
                    continue;
                }
                std::printf("%-14s %-8s %-5s %12.2f %12.2f %9.2f %9.0f%s\n", qPrintable(flood.command), qPrintable(output),
                            who, m.gross, m.marginal, m.wall, double(total) / m.wall,
                            pipe && m.lines < total ? "  (fewer lines than messages!)" : "");
            }
            if (!n.ok || !c.ok) {
                allPass = false;
                continue;
            }
            const double grossRatio = n.gross / c.gross;
            const double marginalRatio = n.marginal / c.marginal;
            const bool pass = grossRatio >= 1.5 && marginalRatio >= 1.5;
            allPass = allPass && pass;
            std::printf("%-14s %-8s ratio node/cli CPU per message: gross %.2fx, marginal %.2fx  %s\n",
                        qPrintable(flood.command), qPrintable(output), grossRatio, marginalRatio,
                        pass ? "PASS (>= 1.5x)" : "BELOW TARGET (1.5x)");
            std::fflush(stdout);
        }
    }
    sim.kill();
    sim.waitForFinished(3000);
    std::printf("result: %s\n", allPass ? "PASS: tidewatch-cli >= 1.5x the Node printer everywhere" : "BELOW TARGET somewhere (see above)");
    return 0;
}
