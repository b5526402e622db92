// End-to-end receive benchmark: the simulator (tidewatch-sim, a process of its own so that
// it has a core of its own) floods ~400-byte block-like JSON messages over loopback, and
//   (a) a bare QWebSocket + QJsonDocument::fromJson loop and
//   (b) our Connection + QJsonDocument::fromJson
// receive them. Each receiver runs in a fresh child process, so its peak RSS is its own.
// Prints messages/s, MB/s, CPU time per message and peak RSS for both, and the ratio.
//
//   bench_connection [--messages N] [--rounds R]
//
// The wall-clock rate is bounded by the slower side of the pipe and by whatever else runs on
// the machine; the CPU time the receiver spends per message is its own cost either way. So
// both are shown, and the comparison uses the receiver's capacity (messages per CPU second).

#include "benchutil.h"
#include "core/connection.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QFile>
#include <QRegularExpression>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <memory>
#include <optional>

namespace {

constexpr int ReceiverTimeoutMs = 120000;

/// What one receiver run measured.
struct Result {
    QString variant;
    qint64 messages = 0;
    qint64 bytes = 0;
    double seconds = 0;
    double cpuSeconds = 0;
    double peakRssMiB = 0;

    double rate() const { return seconds > 0 ? double(messages) / seconds : 0; }
    double mbPerSecond() const { return seconds > 0 ? double(bytes) / 1e6 / seconds : 0; }
    double cpuMicrosPerMessage() const { return messages > 0 ? cpuSeconds * 1e6 / double(messages) : 0; }
    /// Messages per second one free core would receive: the receiver's own speed.
    double capacity() const { return cpuSeconds > 0 ? double(messages) / cpuSeconds : 0; }
};

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

/// Counts messages and bytes from the first message on; quits after `total`.
class Meter
{
public:
    explicit Meter(qint64 total)
        : m_total(total)
    {
    }

    void onMessage(const QByteArray &utf8)
    {
        if (m_count == 0) {
            m_clock.start();
            m_cpuStart = cpuSeconds();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(utf8);
        if (doc.isObject())
            ++m_objects;
        m_bytes += utf8.size();
        if (++m_count == m_total) {
            m_seconds = double(m_clock.nsecsElapsed()) / 1e9;
            m_cpu = cpuSeconds() - m_cpuStart;
            QCoreApplication::exit(0);
        }
    }

    Result result(const QString &variant) const
    {
        return {variant, m_count, m_bytes, m_seconds, m_cpu, Bench::peakRssMiB()};
    }
    qint64 objects() const { return m_objects; }

private:
    qint64 m_total;
    qint64 m_count = 0;
    qint64 m_objects = 0;
    qint64 m_bytes = 0;
    QElapsedTimer m_clock;
    double m_cpuStart = 0;
    double m_seconds = 0;
    double m_cpu = 0;
};

/// Child process: receives `total` messages from url with one variant and prints a RESULT line.
int runReceiver(const QString &variant, const QUrl &url, qint64 total)
{
    Meter meter(total);
    QWebSocket bare;
    std::unique_ptr<Connection> connection;
    if (variant == QLatin1String("bare")) {
        bare.setMaxAllowedIncomingMessageSize(16 * 1024 * 1024);
        QObject::connect(&bare, &QWebSocket::textMessageReceived, &bare,
                         [&meter](const QString &text) { meter.onMessage(text.toUtf8()); });
        bare.open(url);
    } else {
        ConnectionConfig config;
        config.name = QStringLiteral("bench");
        config.url = url;
        config.autoReconnect = false;
        connection = std::make_unique<Connection>(config);
        QObject::connect(connection.get(), &Connection::messageReceived, connection.get(),
                         [&meter](const QByteArray &payload) { meter.onMessage(payload); });
        connection->open();
    }
    QTimer::singleShot(ReceiverTimeoutMs, qApp, [] {
        std::fprintf(stderr, "bench_connection: receiver timed out\n");
        QCoreApplication::exit(1);
    });
    if (QCoreApplication::exec() != 0)
        return 1;
    const Result r = meter.result(variant);
    if (meter.objects() != r.messages) {
        std::fprintf(stderr, "bench_connection: %lld of %lld messages were not JSON objects\n",
                     r.messages - meter.objects(), r.messages);
        return 1;
    }
    std::printf("RESULT %s %lld %lld %.6f %.6f %.1f\n", qPrintable(variant), r.messages, r.bytes, r.seconds,
                r.cpuSeconds, r.peakRssMiB);
    return 0;
}

std::optional<Result> runChild(const QString &variant, const QUrl &url, qint64 total)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--variant"), variant, QStringLiteral("--url"), url.toString(),
                 QStringLiteral("--messages"), QString::number(total)});
    if (!child.waitForFinished(ReceiverTimeoutMs + 10000) || child.exitCode() != 0)
        return std::nullopt;
    static const QRegularExpression re(QStringLiteral("^RESULT (\\S+) (\\d+) (\\d+) ([\\d.]+) ([\\d.]+) ([\\d.-]+)$"),
                                       QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(child.readAllStandardOutput()));
    if (!m.hasMatch())
        return std::nullopt;
    return Result{m.captured(1), m.captured(2).toLongLong(), m.captured(3).toLongLong(), m.captured(4).toDouble(),
                  m.captured(5).toDouble(), m.captured(6).toDouble()};
}

void printRow(const char *label, const Result &fastest, const Result &cheapest)
{
    std::printf("%-17s %11.0f %8.1f %11.2f %13.0f %13.1f\n", label, fastest.rate(), fastest.mbPerSecond(),
                cheapest.cpuMicrosPerMessage(), cheapest.capacity(), std::max(fastest.peakRssMiB, cheapest.peakRssMiB));
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().split(' ').value(0) : QByteArray("?");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Receive throughput: bare QWebSocket vs Connection."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("messages"), QStringLiteral("Messages per run."), QStringLiteral("N"), QStringLiteral("400000")});
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Runs per variant (the best counts)."), QStringLiteral("R"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("sim"), QStringLiteral("Path of tidewatch-sim."), QStringLiteral("PATH"),
                      QCoreApplication::applicationDirPath() + QStringLiteral("/tidewatch-sim")});
    parser.addOption({QStringLiteral("variant"), QStringLiteral("(internal) run one receiver."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("url"), QStringLiteral("(internal) the flood URL."), QStringLiteral("URL")});
    parser.process(app);
    const qint64 total = std::max<qint64>(1000, parser.value(QStringLiteral("messages")).toLongLong());
    // Children inherit this: connection and simulator chatter would drown the table.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "tidewatch.*.info=false");
    // Children inherit this: connection and simulator chatter would drown the table.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        qputenv("QT_LOGGING_RULES", "tidewatch.*.info=false");

    if (parser.isSet(QStringLiteral("variant")))
        return runReceiver(parser.value(QStringLiteral("variant")), QUrl(parser.value(QStringLiteral("url"))), total);

    // The simulator in a process of its own.
    QProcess sim;
    sim.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sim.start(parser.value(QStringLiteral("sim")), {QStringLiteral("--port"), QStringLiteral("0")});
    if (!sim.waitForStarted(5000)) {
        std::fprintf(stderr, "bench_connection: cannot start %s (build the tidewatch-sim target)\n",
                     qPrintable(parser.value(QStringLiteral("sim"))));
        return 1;
    }
    QString banner;
    while (!banner.contains(QLatin1Char('\n')) && sim.waitForReadyRead(10000))
        banner += QString::fromUtf8(sim.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("(ws://\\S+)")).match(banner);
    if (!m.hasMatch()) {
        std::fprintf(stderr, "bench_connection: the simulator did not say where it listens\n");
        sim.kill();
        return 1;
    }
    QUrl url(m.captured(1));
    url.setPath(QStringLiteral("/demo/stream"));
    url.setQuery(QStringLiteral("flood=%1").arg(total));

    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());
    std::printf("bench_connection: %lld messages of ~400 bytes per run, best of %d runs, load average %s on %d cores\n",
                total, rounds, loadAverage().constData(), QThread::idealThreadCount());
    // Per variant: the fastest run (wall clock) and the cheapest run (CPU per message).
    std::optional<Result> fastest[2];
    std::optional<Result> cheapest[2];
    const QString variants[2] = {QStringLiteral("bare"), QStringLiteral("connection")};
    for (int round = 0; round < rounds; ++round) {
        for (int i = 0; i < 2; ++i) {
            // Alternate the order each round, so that neither always runs first after the
            // simulator's previous client.
            const int v = (round + i) % 2;
            const auto r = runChild(variants[v], url, total);
            if (!r) {
                std::fprintf(stderr, "bench_connection: the %s receiver failed\n", qPrintable(variants[v]));
                sim.kill();
                return 1;
            }
            if (!fastest[v] || r->rate() > fastest[v]->rate())
                fastest[v] = r;
            if (!cheapest[v] || r->cpuMicrosPerMessage() < cheapest[v]->cpuMicrosPerMessage())
                cheapest[v] = r;
        }
    }
    sim.kill();
    sim.waitForFinished(3000);

    std::printf("%-17s %11s %8s %11s %13s %13s\n", "receiver", "wall msg/s", "MB/s", "CPU us/msg", "msg/CPU-s",
                "peak RSS MiB");
    printRow("bare QWebSocket", *fastest[0], *cheapest[0]);
    printRow("Connection", *fastest[1], *cheapest[1]);
    const double rateRatio = fastest[1]->rate() / fastest[0]->rate();
    const double capacityRatio = cheapest[1]->capacity() / cheapest[0]->capacity();
    std::printf("Connection / bare: %.3f of the wall-clock rate, %.3f of the capacity (messages per CPU second)\n",
                rateRatio, capacityRatio);
    std::printf("target, Connection within 10 %% of bare: %s\n", capacityRatio >= 0.9 ? "met" : "MISSED");
    if (rateRatio < 0.9 && capacityRatio >= 0.9)
        std::printf("(the wall-clock rates differ more: the machine was busy; rerun when it is idle)\n");
    return 0;
}
