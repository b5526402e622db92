// Allium stream benchmark: the simulator's flood of ethereum.blocks-like records
// (tidewatch-sim, a process of its own) → AlliumStreamClient (decode, typed records, gap and
// re-org checks, batches) → AlliumStreamModel (capped ring, one insert per frame), as the
// Streams page has it. Prints records/s (wall clock and per client CPU second), peak RSS and
// RSS at intervals (flat once the cap is reached). Also prints the codec alone.
//
//   bench_allium_stream [--records N] [--cap ROWS]

#include "benchutil.h"
#include "core/profile.h"
#include "models/allium/alliumstreammodel.h"
#include "providers/allium/alliumstreamclient.h"
#include "sim/allium/alliumrecordgen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
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

void benchCodec(qint64 count)
{
    QList<QByteArray> frames;
    for (int i = 0; i < 4096; ++i)
        frames << AlliumRecordGenerator::floodBlock(21000000 + i, 1730419200 + i * 12);
    qint64 records = 0;
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < count; ++i)
        records += AlliumCodec::decodeStreamFrame(frames.at(int(i % frames.size())), AlliumTopic::Kind::Blocks).records.size();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("codec only:   %lld records decoded in %.3f s = %.0f records/s (%.2f µs/record, frame %lld B)\n",
                records, seconds, double(records) / seconds, seconds * 1e6 / double(count), qint64(frames.first().size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Records in the flood."), QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("cap"), QStringLiteral("Rows the model keeps."), QStringLiteral("ROWS"), QStringLiteral("10000")});
    parser.process(app);
    const qint64 total = parser.value(QStringLiteral("records")).toLongLong();
    const int cap = parser.value(QStringLiteral("cap")).toInt();
    if (total <= 0 || cap <= 0) {
        std::fprintf(stderr, "bench_allium_stream: --records and --cap take positive numbers\n");
        return 2;
    }

    benchCodec(std::min<qint64>(total, 200000));

    // The simulator in a process of its own, so that it has a core of its own.
    QProcess sim;
    sim.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/tidewatch-sim"));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0")});
    sim.start();
    if (!sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_allium_stream: tidewatch-sim did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    const QString banner = QString::fromUtf8(sim.readLine());
    const auto match = QRegularExpression(QStringLiteral("ws://[^\\s\"]+")).match(banner);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "bench_allium_stream: unexpected simulator output: %s\n", qPrintable(banner));
        return 1;
    }

    ConnectionConfig config;
    config.name = QStringLiteral("bench");
    config.url = QUrl(match.captured(0) + QStringLiteral("/api/v1/developer/ws/stream?flood=%1").arg(total));
    config.auth = Auth::Method::ApiKeyHeader;
    config.key = QString::fromLatin1(Profile::DemoKey);
    config.autoReconnect = false;
    config.pingIntervalMs = 0;

    const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("ethereum.blocks"));
    Connection connection(AlliumStreamClient::connectionConfig(config, topic));
    AlliumStreamClient client(&connection, topic);
    AlliumStreamModel model;
    model.setTopic(client.topic());
    model.setCap(cap);

    QElapsedTimer clock;
    double cpuStart = 0;
    qint64 received = 0;
    qint64 nextReport = std::max<qint64>(cap, total / 10);
    int batches = 0;
    QObject::connect(&client, &AlliumStreamClient::recordsArrived, &app, [&](const QList<AlliumRecord> &batch) {
        if (received == 0) {
            clock.start();
            cpuStart = cpuSeconds();
        }
        received += batch.size();
        ++batches;
        model.appendRecords(batch);
        if (received >= nextReport) {
            std::printf("  %8lld records: RSS %.1f MiB, %d rows\n", received, Bench::rssMiB(), model.rowCount());
            nextReport += std::max<qint64>(cap, total / 10);
        }
        if (received >= total) {
            model.flush();
            QCoreApplication::exit(0);
        }
    });
    QObject::connect(client.connection(), &Connection::stateChanged, &app, [&](Connection::State state) {
        if (state == Connection::State::Failed || state == Connection::State::Closed) {
            std::fprintf(stderr, "bench_allium_stream: connection ended: %s\n", qPrintable(client.connection()->reason()));
            QCoreApplication::exit(1);
        }
    });
    QTimer::singleShot(300000, &app, [] {
        std::fprintf(stderr, "bench_allium_stream: timed out\n");
        QCoreApplication::exit(1);
    });
    client.start();
    client.open();
    const int code = app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuStart;
    sim.kill();
    sim.waitForFinished(3000);
    if (code != 0)
        return code;

    const double rate = double(received) / seconds;
    std::printf("end to end:   %lld records in %.3f s = %.0f records/s wall clock; client CPU %.2f µs/record = %.0f records per CPU second (%d batches)\n",
                received, seconds, rate, cpu * 1e6 / double(received), double(received) / cpu, batches);
    std::printf("model:        %d rows kept (cap %d), %d gaps, %d re-orgs, %lld bad frames\n",
                model.rowCount(), model.cap(), model.gapCount(), model.reorgCount(), client.badFrames());
    std::printf("memory:       RSS %.1f MiB at the end; peak RSS %.1f MiB\n", Bench::rssMiB(), Bench::peakRssMiB());
    // On a shared machine the wall clock mostly measures the other processes; the client's
    // own cost per record (CPU seconds) is what the target is about.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    const QByteArray load = loadavg.open(QIODevice::ReadOnly) ? loadavg.readAll().split(' ').value(0) : QByteArray("?");
    const double capacity = double(received) / cpu;
    std::printf("result:       receiver capacity %s (%.0f records per CPU second, target >= 250000); wall clock %s (%.0f records/s, load average %s on %d cores)\n",
                capacity >= 250000 ? "PASS" : "BELOW TARGET", capacity, rate >= 250000 ? "PASS" : "below target", rate,
                load.constData(), QThread::idealThreadCount());
    return 0;
}
