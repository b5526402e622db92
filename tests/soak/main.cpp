// tidewatch-soak: drives each provider's real client through the fault proxy against the
// built-in simulator, forcing N faults of random kinds at random moments, and checks after
// each one that the client reconnected with the configured backoff and restored everything.
// Prints one table row per provider; exits 1 when any check failed. (Issue 15, "a fault soak".)

#include "sim/faultproxy.h"
#include "sim/simserver.h"
#include "soakharness.h"
#include "soakscenarios.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSysInfo>
#include <cstdio>

namespace {

QString mib(qint64 kib)
{
    return kib < 0 ? QStringLiteral("–") : QString::number(double(kib) / 1024.0, 'f', 1);
}

QString count(qint64 n)
{
    return n < 0 ? QStringLiteral("n/a") : QString::number(n);
}

void printTable(const QList<Soak::Result> &results)
{
    std::printf("\n| provider | faults | reconnects | restored | lost | duplicated | backoff violations | RSS start → peak → end (MiB) | time |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const Soak::Result &r : results) {
        std::printf("| %s | %d | %lld | %d/%d | %s | %s | %lld of %lld retries | %s → %s → %s | %.0f s |\n",
                    qPrintable(r.provider), r.faults, qlonglong(r.reconnects), r.restored, r.faults,
                    qPrintable(count(r.lost)), qPrintable(count(r.duplicated)), qlonglong(r.backoffViolations),
                    qlonglong(r.retries), qPrintable(mib(r.rssStartKiB)), qPrintable(mib(r.rssPeakKiB)),
                    qPrintable(mib(r.rssEndKiB)), double(r.elapsedMs) / 1000.0);
    }
    std::printf("\n");
    for (const Soak::Result &r : results) {
        QStringList kinds;
        for (auto it = r.kinds.cbegin(); it != r.kinds.cend(); ++it)
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        std::printf("%s: %s. Faults by kind: %s. %d of %d faults dropped a connection.\n", qPrintable(r.provider),
                    qPrintable(r.detail), qPrintable(kinds.join(QLatin1String(", "))), r.hits, r.faults);
        const int shown = std::min<int>(int(r.problems.size()), 20);
        for (int i = 0; i < shown; ++i)
            std::printf("  FAIL %s\n", qPrintable(r.problems.at(i)));
        if (r.problems.size() > shown)
            std::printf("  … and %lld more\n", qlonglong(r.problems.size() - shown));
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch-soak"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Fault soak: each provider's client against the simulator behind the fault proxy. Faults: "
        "TCP reset, FIN without a close frame, black hole, corrupted and truncated frames, server "
        "close codes (1001, 1011, 1012, 1013, 4000), HTTP 5xx at the upgrade."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("faults"), QStringLiteral("Faults per provider (default 100)."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the fault plan (default: random, printed)."), QStringLiteral("SEED")});
    parser.addOption({QStringLiteral("providers"), QStringLiteral("Comma list (default: allium,conyr,predikt,tweets)."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("max-gap"), QStringLiteral("Longest pause between a recovery and the next fault, ms (default 600)."), QStringLiteral("MS"), QStringLiteral("600")});
    parser.addOption({QStringLiteral("recover-timeout"), QStringLiteral("Time allowed to restore everything after a fault, ms (default 20000)."), QStringLiteral("MS"), QStringLiteral("20000")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("One line per fault (the clients' logs: QT_LOGGING_RULES=tidewatch.*=true).")});
    parser.process(app);

    Soak::Settings settings;
    bool ok = false;
    settings.faults = parser.value(QStringLiteral("faults")).toInt(&ok);
    if (!ok || settings.faults < 1) {
        std::fprintf(stderr, "tidewatch-soak: --faults takes a positive number\n");
        return 2;
    }
    settings.maxGapMs = std::max(0, parser.value(QStringLiteral("max-gap")).toInt());
    settings.recoverTimeoutMs = std::max(1000, parser.value(QStringLiteral("recover-timeout")).toInt());
    settings.verbose = parser.isSet(QStringLiteral("verbose"));
    settings.seed = QRandomGenerator::global()->generate();
    if (parser.isSet(QStringLiteral("seed"))) {
        settings.seed = parser.value(QStringLiteral("seed")).toUInt(&ok);
        if (!ok) {
            std::fprintf(stderr, "tidewatch-soak: --seed takes a number\n");
            return 2;
        }
    }
    QStringList providers = Soak::providerNames();
    if (parser.isSet(QStringLiteral("providers")))
        providers = parser.value(QStringLiteral("providers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &p : std::as_const(providers)) {
        if (!Soak::providerNames().contains(p)) {
            std::fprintf(stderr, "tidewatch-soak: unknown provider '%s' (one of: %s)\n", qPrintable(p),
                         qPrintable(Soak::providerNames().join(QLatin1String(", "))));
            return 2;
        }
    }
    // The clients' own logs only when asked for (QT_LOGGING_RULES=tidewatch.*=true).
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("tidewatch.*.info=false\ntidewatch.*.warning=false\nqt.*=false"));

    std::printf("tidewatch-soak: %d faults per provider, seed %u (rerun with --seed %u), %s, %s\n", settings.faults,
                settings.seed, settings.seed, qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    std::fflush(stdout);

    QList<Soak::Result> results;
    for (int i = 0; i < providers.size(); ++i) {
        const QString &provider = providers.at(i);
        SimConfig config;
        config.seed = 42;
        config.clockFactor = Soak::ClockFactor;
        config.options = Soak::simulatorOptions(provider);
        SimServer server(config);
        std::unique_ptr<Soak::Scenario> scenario = Soak::makeScenario(provider, &server);
        FaultProxy proxy;
        Soak::Result failed;
        failed.provider = provider;
        if (!server.listen()) {
            failed.problems << QStringLiteral("the simulator cannot listen: %1").arg(server.errorString());
            results << failed;
            continue;
        }
        proxy.setTarget(QStringLiteral("127.0.0.1"), server.port());
        if (!proxy.listen()) {
            failed.problems << QStringLiteral("the proxy cannot listen: %1").arg(proxy.errorString());
            results << failed;
            continue;
        }
        QString error;
        if (!scenario->start(proxy.port(), &error)) {
            failed.problems << QStringLiteral("cannot start: %1").arg(error);
            results << failed;
            continue;
        }
        // Each provider's plan is its own stream of the one seed, so a provider can be rerun alone.
        const quint32 seed = settings.seed ^ quint32(qHash(provider));
        Soak::Driver driver(&proxy, scenario.get(), settings, seed);
        results << driver.run();
        std::printf("%s done: %d/%d restored in %.0f s\n", qPrintable(provider), results.constLast().restored,
                    results.constLast().faults, double(results.constLast().elapsedMs) / 1000.0);
        std::fflush(stdout);
        scenario.reset();
        Soak::spin(100); // let the sockets' deferred deletes run before the server goes
    }

    printTable(results);
    bool allOk = true;
    for (const Soak::Result &r : std::as_const(results))
        allOk = allOk && r.ok() && r.faults == settings.faults;
    std::printf("%s (seed %u)\n", allOk ? "PASS" : "FAIL", settings.seed);
    return allOk ? 0 : 1;
}
