// The alert engine alone and a dry run over a recording (issue: ≥ 500k observations/s
// through 20 mixed rules; a 1M-frame recording replayed in a dry run in ≤ 5 s).
//
// 1. 20 mixed rules (levels, crossings, channels, changes in seconds and in bars, bar
//    trigger modes, spikes, gaps, staleness, a record filter) over price, candle and block
//    observations of 10 subjects, fed straight into AlertEngine::observe.
// 2. A recording of N Allium block frames written to a temporary file, then
//    `tidewatch-cli alerts --replay FILE --rules RULES --dry-run` run on it, its wall time
//    measured from start to exit (reading the file, the stream client, the rules).
//
//   bench_alert_engine [--observations N] [--frames N]

#include "alerts/alertengine.h"
#include "alerts/recordfilter.h"
#include "benchutil.h"
#include "models/record/framerecording.h"
#include "sim/allium/alliumrecordgen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

QList<AlertRule> twentyRules()
{
    using K = AlertRule::Kind;
    using M = AlertRule::TriggerMode;
    QList<AlertRule> rules;
    auto add = [&rules](K kind, const char *id) -> AlertRule & {
        AlertRule r;
        r.id = QString::fromLatin1(id);
        r.name = r.id;
        r.kind = kind;
        r.cooldownSec = 0;
        rules << r;
        return rules.last();
    };
    add(K::PriceAbove, "above").level = 190;
    add(K::PriceBelow, "below").level = 150;
    add(K::PriceCross, "cross").level = 170;
    add(K::CrossUp, "cross-up").level = 175;
    add(K::CrossDown, "cross-down").level = 165;
    AlertRule &enter = add(K::ChannelEnter, "enter");
    enter.level = 160;
    enter.upperLevel = 180;
    AlertRule &exit = add(K::ChannelExit, "exit");
    exit.level = 150;
    exit.upperLevel = 190;
    AlertRule &inside = add(K::ChannelInside, "inside");
    inside.level = 168;
    inside.upperLevel = 172;
    AlertRule &outside = add(K::ChannelOutside, "outside");
    outside.level = 100;
    outside.upperLevel = 250;
    AlertRule &pct = add(K::PercentChange, "pct-60s");
    pct.threshold = 3;
    AlertRule &pctBars = add(K::PercentChange, "pct-5-bars");
    pctBars.threshold = 4;
    pctBars.windowBars = 5;
    AlertRule &amount = add(K::AmountChange, "amount");
    amount.threshold = 10;
    AlertRule &perBar = add(K::PriceAbove, "above-once-per-bar");
    perBar.level = 185;
    perBar.triggerMode = M::OncePerBar;
    AlertRule &barClose = add(K::PriceBelow, "below-on-bar-close");
    barClose.level = 155;
    barClose.triggerMode = M::OncePerBarClose;
    AlertRule &spike = add(K::VolumeSpike, "volume");
    spike.metric = QStringLiteral("volume");
    spike.threshold = 4;
    AlertRule &closeAbove = add(K::PriceAbove, "close-above");
    closeAbove.metric = QStringLiteral("close");
    closeAbove.level = 188;
    add(K::BlockGap, "gap").threshold = 3;
    add(K::StreamStale, "stale").windowSec = 30;
    AlertRule &busy = add(K::PriceAbove, "busy-block");
    busy.metric = QStringLiteral("transaction_count");
    busy.level = 290;
    AlertRule &match = add(K::RecordMatch, "miner");
    match.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("miner")},
                               {QStringLiteral("operator"), QStringLiteral("=")},
                               {QStringLiteral("value"), QStringLiteral("0xnobody")}};
    return rules;
}

/// Prices, candles and blocks of 10 subjects, about one per millisecond of feed time.
QList<Observation> observations(int count)
{
    QList<Observation> out;
    out.reserve(count);
    const qint64 t0 = 1'730'419'200'000;
    for (int i = 0; i < count; ++i) {
        Observation o;
        o.source = QStringLiteral("bench");
        o.timestampMs = t0 + i;
        const int subject = i % 10;
        const double wave = 170 + 25 * std::sin(i / 5000.0 + subject);
        switch ((i / 10) % 3) {
        case 0:
            o.provider = QStringLiteral("predikt");
            o.kind = QStringLiteral("price");
            o.subject = QStringLiteral("SYM%1").arg(subject);
            o.metrics.insert(QStringLiteral("price"), wave);
            break;
        case 1:
            o.provider = QStringLiteral("conyr");
            o.kind = QStringLiteral("candle");
            o.subject = QStringLiteral("MINT%1/1m").arg(subject);
            o.metrics.insert(QStringLiteral("close"), wave);
            o.metrics.insert(QStringLiteral("volume"), 1000 + (i % 97) * 10);
            break;
        default:
            o.provider = QStringLiteral("allium-stream");
            o.kind = QStringLiteral("block");
            o.subject = QStringLiteral("chain%1.blocks").arg(subject);
            o.metrics.insert(QStringLiteral("block"), 21'000'000 + i / 30);
            o.metrics.insert(QStringLiteral("transaction_count"), 150 + i % 140);
            o.texts.insert(QStringLiteral("miner"), QStringLiteral("0x95222290dd7278aa3ddd389cc1e1d165cc4bafe5"));
            o.record = QVariantMap{{QStringLiteral("miner"), QStringLiteral("0x95222290dd7278aa3ddd389cc1e1d165cc4bafe5")},
                                   {QStringLiteral("number"), 21'000'000 + i / 30}};
            break;
        }
        out << o;
    }
    return out;
}

void engineRun(int count)
{
    // A pool of distinct observations fed round and round with advancing times (a list of
    // millions would measure the allocator and swap, not the engine).
    QList<Observation> feed = observations(std::min(count, 30000));
    AlertEngine engine;
    engine.setRecordFilterCompiler(&compileAlliumRecordFilter);
    engine.setRules(twentyRules());
    qint64 alerts = 0;
    QObject::connect(&engine, &AlertEngine::alertRaised, &engine, [&alerts] { ++alerts; });
    const qint64 t0 = feed.first().timestampMs;
    qint64 now = t0;
    engine.setClock([&now] { return now; });
    for (const Observation &o : std::as_const(feed)) // warm up
        engine.observe(o);
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = cpuSeconds();
    for (int i = 0; i < count; ++i) {
        Observation &o = feed[i % feed.size()];
        o.timestampMs = now = t0 + feed.size() + i;
        engine.observe(o);
    }
    const double cpu = cpuSeconds() - cpu0;
    const double wall = double(clock.nsecsElapsed()) / 1e9;
    std::printf("engine:   %d observations through %d rules in %.3f s = %.0f observations/s (target ≥ 500000); "
                "CPU %.3f µs/observation; %lld alerts\n",
                count, int(twentyRules().size()), wall, count / wall, cpu * 1e6 / count, alerts);
}

bool dryRun(int frames)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return false;
    if (qEnvironmentVariableIsSet("TIDEWATCH_BENCH_KEEP")) { // to profile the dry run by hand
        dir.setAutoRemove(false);
        std::printf("dry run:  recording and rules kept in %s\n", qPrintable(dir.path()));
    }
    const QString recording = dir.filePath(QStringLiteral("flood.twrec"));
    const QString rulesFile = dir.filePath(QStringLiteral("rules.json"));
    {
        QFile out(recording);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        RecordingHeader header;
        header.connection = QStringLiteral("bench · ethereum.blocks");
        header.provider = QStringLiteral("allium-stream");
        header.url = QStringLiteral("wss://api.allium.so/api/v1/developer/ws/stream?topic=ethereum.blocks");
        header.startedAtMs = 1'730'419'200'000;
        out.write(FrameRecording::headerLine(header));
        for (int i = 0; i < frames; ++i)
            out.write(FrameRecording::frameLine(i / 10, AlliumRecordGenerator::floodBlock(21'000'000 + i, 1'730'419'200 + i * 12)));
    }
    {
        QJsonArray rules;
        for (AlertRule r : twentyRules()) {
            r.provider.clear();
            rules.append(r.toJson());
        }
        QFile out(rulesFile);
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(QJsonDocument(QJsonObject{{QStringLiteral("rules"), rules}}).toJson());
    }
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/tidewatch-cli");
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(dir.filePath(QStringLiteral("stderr.txt")));
    QElapsedTimer clock;
    clock.start();
    process.start(cli, {QStringLiteral("alerts"), QStringLiteral("--replay"), recording, QStringLiteral("--rules"), rulesFile,
                        QStringLiteral("--dry-run")});
    if (!process.waitForFinished(600'000)) {
        std::fprintf(stderr, "bench_alert_engine: the dry run did not finish: %s\n", qPrintable(process.errorString()));
        return false;
    }
    const double wall = double(clock.nsecsElapsed()) / 1e9;
    std::printf("dry run:  %d frames replayed through %d rules by tidewatch-cli in %.2f s wall = %.0f frames/s (target ≤ 5 s "
                "for 1M); exit code %d; recording %.0f MiB\n",
                frames, int(twentyRules().size()), wall, frames / wall, process.exitCode(),
                double(QFileInfo(recording).size()) / (1024.0 * 1024.0));
    return process.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("observations"), QStringLiteral("Observations through the engine."), QStringLiteral("N"),
                      QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Frames in the dry run's recording (0: skip)."), QStringLiteral("N"),
                      QStringLiteral("1000000")});
    parser.process(app);
    const int observationsCount = parser.value(QStringLiteral("observations")).toInt();
    const int frames = parser.value(QStringLiteral("frames")).toInt();
    if (observationsCount <= 0 || frames < 0) {
        std::fprintf(stderr, "bench_alert_engine: --observations takes a positive number, --frames zero or more\n");
        return 2;
    }
    engineRun(observationsCount);
    if (frames > 0 && !dryRun(frames))
        return 1;
    std::printf("memory:   peak RSS %.1f MiB (this process)\n", Bench::peakRssMiB());
    return 0;
}
