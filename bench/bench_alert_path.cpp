// The single data path under a flood: Allium stream frames → AlliumStreamClient → the
// Streams model, once alone and once with the alert engine (6 rules) and the dashboard
// attached through the client's observations (AlertFeeds), as the app wires them. Frames
// are handed to the connection in process (Connection::deliverForReplay), so the numbers
// are the path's own cost, not the socket's or the simulator's. Prints records/s and the CPU
// per record of both runs and their ratio (issue target: ≥ 250k records/s with alerts, ≤ 1.15×).
// With --rss-curve it runs only the whole path (alerts and dashboard attached) and prints its
// resident memory every 5 % of the records, and whether it stays within ±5 % after the first
// 10 % (issue 15: the pipeline under a flood of 10M messages keeps RSS flat).
//
//   bench_alert_path [--records N] [--rss-curve] [--only plain|alerts]

#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "alerts/dashboard/dashboardfeed.h"
#include "alerts/recordfilter.h"
#include "benchutil.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "models/allium/alliumstreammodel.h"
#include "providers/allium/alliumobservations.h"
#include "providers/allium/alliumstreamclient.h"
#include "sim/allium/alliumrecordgen.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>
#include <ctime>

namespace {

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

QList<AlertRule> sixRules()
{
    QList<AlertRule> rules;
    auto rule = [&rules](const char *id, AlertRule::Kind kind) -> AlertRule & {
        AlertRule r;
        r.id = QString::fromLatin1(id);
        r.name = r.id;
        r.kind = kind;
        r.provider = QStringLiteral("allium-stream");
        r.cooldownSec = 0;
        rules << r;
        return rules.last();
    };
    rule("gap", AlertRule::Kind::BlockGap).threshold = 5;
    rule("stale", AlertRule::Kind::StreamStale).windowSec = 30;
    AlertRule &busy = rule("busy-block", AlertRule::Kind::PriceAbove);
    busy.metric = QStringLiteral("transaction_count");
    busy.level = 1e9; // never: the cost of evaluating, not of alerting
    AlertRule &jump = rule("gas-jump", AlertRule::Kind::PercentChange);
    jump.metric = QStringLiteral("size");
    jump.threshold = 1e6;
    AlertRule &spike = rule("size-spike", AlertRule::Kind::VolumeSpike);
    spike.metric = QStringLiteral("transaction_count");
    spike.threshold = 1e6;
    AlertRule &match = rule("miner", AlertRule::Kind::RecordMatch);
    match.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("miner")},
                               {QStringLiteral("operator"), QStringLiteral("=")},
                               {QStringLiteral("value"), QStringLiteral("0xnobody")}};
    return rules;
}

struct Result {
    qint64 records = 0;
    double wallSeconds = 0;
    double cpuSeconds = 0;
    qint64 observations = 0;
    qint64 alerts = 0;
};

/// RSS samples (records so far, MiB) taken during a run.
using Curve = QList<std::pair<qint64, double>>;

Result run(const QList<QByteArray> &frames, qint64 total, bool withAlerts, Curve *curve = nullptr)
{
    const AlliumTopic topic = *AlliumTopic::parse(QStringLiteral("ethereum.blocks"));
    ConnectionConfig config;
    config.name = QStringLiteral("bench");
    config.url = AlliumStreamClient::streamUrl(QUrl(QStringLiteral("ws://bench/api/v1/developer/ws/stream")), topic.name());
    config.autoReconnect = false;
    ConnectionRegistry registry(nullptr);
    auto *connection = new Connection(config, &registry);
    auto *client = new AlliumStreamClient(connection, topic, connection);
    AlliumStreamModel model;
    model.setTopic(topic);
    model.setCap(10000);
    QObject::connect(client, &AlliumStreamClient::recordsArrived, &model, &AlliumStreamModel::appendRecords);

    AlertFeeds feeds;
    AlertEngine engine;
    DashboardFeed dashboard(nullptr);
    Result result;
    if (withAlerts) {
        engine.setRules(sixRules());
        feeds.follow(&registry);
        QObject::connect(&feeds, &AlertFeeds::observed, &engine, &AlertEngine::observe);
        QObject::connect(&feeds, &AlertFeeds::observed, &dashboard, &DashboardFeed::observe);
        QObject::connect(&feeds, &AlertFeeds::observed, &feeds, [&result] { ++result.observations; });
        QObject::connect(&engine, &AlertEngine::alertRaised, &engine, [&result] { ++result.alerts; });
    }
    registry.add(connection, QStringLiteral("allium-stream"), AlliumObservations::attach(client));
    client->start();

    qint64 received = 0;
    QObject::connect(client, &AlliumStreamClient::recordsArrived, &model,
                     [&received](const QList<AlliumRecord> &batch) { received += batch.size(); });
    QElapsedTimer clock;
    clock.start();
    const double cpu0 = cpuSeconds();
    // Frames in bursts, as a socket hands them over; the event loop runs between bursts
    // (the client's batches, the model's queue).
    constexpr int Burst = 512;
    const qint64 sampleEvery = std::max<qint64>(Burst, total / 20 / Burst * Burst);
    for (qint64 i = 0; i < total; ++i) {
        connection->deliverForReplay(frames.at(int(i % frames.size())));
        if (i % Burst == Burst - 1)
            QCoreApplication::processEvents();
        if (curve && (i + 1) % sampleEvery == 0)
            curve->append({i + 1, Bench::rssMiB()});
    }
    while (received < total)
        QCoreApplication::processEvents();
    model.flush();
    result.cpuSeconds = cpuSeconds() - cpu0;
    result.wallSeconds = double(clock.nsecsElapsed()) / 1e9;
    result.records = received;
    return result;
}

void print(const char *label, const Result &r)
{
    std::printf("%-16s %lld records in %.3f s = %.0f records/s wall; CPU %.2f µs/record = %.0f records per CPU second",
                label, r.records, r.wallSeconds, double(r.records) / r.wallSeconds, r.cpuSeconds * 1e6 / double(r.records),
                double(r.records) / r.cpuSeconds);
    if (r.observations)
        std::printf("; %lld observations, %lld alerts", r.observations, r.alerts);
    std::printf("\n");
}

int rssCurve(const QList<QByteArray> &frames, qint64 total)
{
    Curve curve;
    const Result r = run(frames, total, true, &curve);
    print("whole path:", r);
    std::printf("RSS curve (records → MiB):\n");
    for (const auto &[records, mib] : curve)
        std::printf("  %12lld  %7.1f\n", records, mib);
    // After warm-up: the samples from 10 % of the records on, against their mean.
    double lo = 1e300, hi = 0, sum = 0;
    int n = 0;
    for (const auto &[records, mib] : curve) {
        if (records * 10 < total)
            continue;
        lo = std::min(lo, mib);
        hi = std::max(hi, mib);
        sum += mib;
        ++n;
    }
    if (n == 0) {
        std::printf("RSS: too few samples (give more --records)\n");
        return 1;
    }
    const double mean = sum / n;
    const double spread = std::max(hi - mean, mean - lo) / mean * 100;
    std::printf("RSS after warm-up: %.1f–%.1f MiB, mean %.1f MiB: within ±%.1f %% (target ±5 %%) %s\n", lo, hi, mean,
                spread, spread <= 5 ? "PASS" : "BELOW TARGET");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("records"), QStringLiteral("Records per run."), QStringLiteral("N"), QStringLiteral("400000")});
    parser.addOption({QStringLiteral("rss-curve"), QStringLiteral("Only the whole path; print its RSS every 5 % of the records.")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Only one run, for a profiler: plain or alerts."), QStringLiteral("RUN")});
    parser.process(app);
    const qint64 total = parser.value(QStringLiteral("records")).toLongLong();
    if (total <= 0) {
        std::fprintf(stderr, "bench_alert_path: --records takes a positive number\n");
        return 2;
    }
    QList<QByteArray> frames;
    for (int i = 0; i < 8192; ++i)
        frames << AlliumRecordGenerator::floodBlock(21000000 + i, 1730419200 + i * 12);

    run(frames, std::min<qint64>(total, 20000), true); // warm up caches and allocators
    if (parser.isSet(QStringLiteral("rss-curve")))
        return rssCurve(frames, total);
    if (parser.isSet(QStringLiteral("only"))) {
        const bool withAlerts = parser.value(QStringLiteral("only")) == QLatin1String("alerts");
        print(withAlerts ? "+alerts+dash:" : "client+model:", run(frames, total, withAlerts));
        return 0;
    }
    const Result plain = run(frames, total, false);
    const Result alerts = run(frames, total, true);
    print("client+model:", plain);
    print("+alerts+dash:", alerts);
    const double ratio = (alerts.cpuSeconds / double(alerts.records)) / (plain.cpuSeconds / double(plain.records));
    std::printf("cost ratio:      %.2f× the CPU per record with the alert engine (6 rules) and the dashboard attached"
                " (target ≤ 1.15×); with alerts %.0f records per CPU second (target ≥ 250000)\n",
                ratio, double(alerts.records) / alerts.cpuSeconds);
    std::printf("memory:          peak RSS %.1f MiB\n", Bench::peakRssMiB());
    return 0;
}
