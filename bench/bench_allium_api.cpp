// Allium API benchmark: a burst of requests over one WebSocket to the simulator
// (tidewatch-sim, a process of its own). The client keeps at most 1000 in flight and queues
// the rest. Prints requests/s, p50/p99 round-trip and how many were in flight at most.
//
//   bench_allium_api [--requests N] [--latency MS]

#include "benchutil.h"
#include "core/profile.h"
#include "providers/allium/alliumapiclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("requests"), QStringLiteral("Requests in the burst."), QStringLiteral("N"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("Simulated server latency per request (ms)."), QStringLiteral("MS"), QStringLiteral("0")});
    parser.process(app);
    const int total = parser.value(QStringLiteral("requests")).toInt();
    const int latency = parser.value(QStringLiteral("latency")).toInt();
    if (total <= 0 || latency < 0) {
        std::fprintf(stderr, "bench_allium_api: --requests takes a positive number, --latency a non-negative one\n");
        return 2;
    }

    QProcess sim;
    sim.setProgram(QCoreApplication::applicationDirPath() + QStringLiteral("/tidewatch-sim"));
    sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--option"),
                      QStringLiteral("allium.latencyMs=%1").arg(latency)});
    sim.start();
    if (!sim.waitForReadyRead(10000)) {
        std::fprintf(stderr, "bench_allium_api: tidewatch-sim did not start: %s\n", qPrintable(sim.errorString()));
        return 1;
    }
    const QString banner = QString::fromUtf8(sim.readLine());
    const auto match = QRegularExpression(QStringLiteral("ws://[^\\s\"]+")).match(banner);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "bench_allium_api: unexpected simulator output: %s\n", qPrintable(banner));
        return 1;
    }

    ConnectionConfig config;
    config.name = QStringLiteral("bench");
    config.url = QUrl(match.captured(0) + QStringLiteral("/api/v1/developer/ws/api"));
    config.auth = Auth::Method::ApiKeyHeader;
    config.key = QString::fromLatin1(Profile::DemoKey);
    config.autoReconnect = false;
    config.pingIntervalMs = 0;
    Connection connection(config);
    AlliumApiClient client(&connection);

    QList<qint64> rtts;
    rtts.reserve(total);
    int failed = 0, errors = 0;
    QElapsedTimer clock;
    auto finishIfDone = [&] {
        if (rtts.size() + failed >= total)
            QCoreApplication::exit(0);
    };
    QObject::connect(&client, &AlliumApiClient::responseReceived, &app, [&](const AlliumApiResponse &r) {
        rtts << r.roundTripMs;
        errors += r.isSuccess() ? 0 : 1;
        finishIfDone();
    });
    QObject::connect(&client, &AlliumApiClient::requestFailed, &app, [&](const QString &, const QString &reason) {
        ++failed;
        std::fprintf(stderr, "bench_allium_api: request failed: %s\n", qPrintable(reason));
        finishIfDone();
    });
    QObject::connect(client.connection(), &Connection::opened, &app, [&] {
        clock.start();
        for (int i = 0; i < total; ++i)
            client.send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/assets"),
                        {{QStringLiteral("blockchain"), QStringLiteral("ethereum")}, {QStringLiteral("limit"), QStringLiteral("5")}});
    });
    QTimer::singleShot(120000, &app, [] {
        std::fprintf(stderr, "bench_allium_api: timed out\n");
        QCoreApplication::exit(1);
    });
    client.open();
    const int code = app.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    sim.kill();
    sim.waitForFinished(3000);
    if (code != 0)
        return code;
    std::sort(rtts.begin(), rtts.end());
    auto pct = [&](double p) { return rtts.isEmpty() ? -1 : rtts.at(std::min<qsizetype>(rtts.size() - 1, qsizetype(p * double(rtts.size())))); };
    std::printf("burst:        %d requests (%d answered, %d error answers, %d failed) in %.3f s = %.0f requests/s\n",
                total, int(rtts.size()), errors, failed, seconds, double(rtts.size()) / seconds);
    std::printf("round trip:   p50 %lld ms, p99 %lld ms, max %lld ms (server latency %d ms)\n", pct(0.50), pct(0.99),
                rtts.isEmpty() ? -1 : rtts.last(), latency);
    std::printf("in flight:    at most %d (limit 1000), %lld max-inflight answers re-queued\n",
                client.maxObservedInFlight(), client.limitRequeues());
    std::printf("memory:       peak RSS %.1f MiB\n", Bench::peakRssMiB());
    std::printf("result:       %s\n", rtts.size() == total && failed == 0 && client.maxObservedInFlight() <= 1000 ? "PASS (all answered, limit kept)" : "FAIL");
    return 0;
}
