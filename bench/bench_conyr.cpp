// bench_conyr: a trades flood over 50 channels from the Conyr simulator (on its own thread)
// through ConyrClient into per-channel CandleAggregators and the TradeTapeModel, as the
// Markets page consumes it. Prints trades/s, the RSS every second (flat once the tape is
// full) and the peak RSS.
//
//   bench_conyr [--trades N] [--channels C] [--tape CAP]

#include "benchutil.h"
#include "candleseriesmodel.h"
#include "providers/conyr/candleaggregator.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "sim/conyr/conyrmarket.h"
#include "sim/simserver.h"
#include "tradetapemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <cstdio>
#include <memory>

namespace {

/// Runs the simulator in its own thread so that the client's thread only consumes.
class ServerThread : public QThread
{
public:
    void run() override
    {
        SimConfig config;
        config.options.insert(QStringLiteral("conyr.tier"), QStringLiteral("layer3"));
        SimServer server(config);
        server.installStandardHandlers();
        if (server.listen())
            port = server.port();
        ready.release();
        exec();
    }
    quint16 port = 0;
    QSemaphore ready;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("trades"), QStringLiteral("Trades to flood."), QStringLiteral("N"), QStringLiteral("2000000")});
    parser.addOption({QStringLiteral("channels"), QStringLiteral("Trades channels."), QStringLiteral("C"), QStringLiteral("50")});
    parser.addOption({QStringLiteral("tape"), QStringLiteral("Tape cap (rows)."), QStringLiteral("CAP"), QStringLiteral("500")});
    parser.process(app);
    const qint64 total = parser.value(QStringLiteral("trades")).toLongLong();
    const int channelCount = std::clamp(parser.value(QStringLiteral("channels")).toInt(), 1, 50);
    const int tapeCap = std::max(1, parser.value(QStringLiteral("tape")).toInt());

    ServerThread server;
    server.start();
    server.ready.acquire();
    if (server.port == 0) {
        std::fprintf(stderr, "bench_conyr: the simulator could not listen\n");
        return 1;
    }

    ConnectionConfig config;
    config.name = QStringLiteral("bench");
    QUrl url(QStringLiteral("ws://127.0.0.1/ws"));
    url.setPort(server.port);
    url.setQuery(QStringLiteral("flood=%1").arg(total));
    config.url = url;
    config.auth = Auth::Method::Bearer;
    config.key = QStringLiteral("demo-key");
    config.pingIntervalMs = 0;
    ConyrClientOptions options;
    options.tier = QStringLiteral("layer3");
    options.backfillBars = 0;
    options.appPingMs = 0;
    ConyrClient client(config, options);

    QStringList channels;
    QHash<QString, std::shared_ptr<CandleAggregator>> aggregators;
    for (int i = 0; i < channelCount; ++i) {
        const QString name = Conyr::tradesChannel(ConyrMarket::signatureFor(QStringLiteral("bench"), i).left(43));
        channels.append(name);
        aggregators.insert(name, std::make_shared<CandleAggregator>(60000, 1000));
    }
    TradeTapeModel tape(nullptr, tapeCap);
    CandleSeriesModel chart(nullptr, 1000);
    chart.reset(channels.constFirst(), 60000);
    // The page shows one chart: its aggregator's changes go to the chart model per frame;
    // the others are drained so that their change lists stay bounded too.
    QTimer frame;
    frame.setInterval(16);
    QObject::connect(&frame, &QTimer::timeout, &frame, [&] {
        for (auto it = aggregators.begin(); it != aggregators.end(); ++it) {
            const QList<Conyr::Candle> changed = it.value()->takeChanged();
            if (it.key() == channels.constFirst())
                chart.addBackfill(changed);
        }
    });
    frame.start();

    qint64 received = 0;
    QElapsedTimer clock;
    QObject::connect(&client, &ConyrClient::tradeReceived, &client, [&](const QString &channel, const Conyr::Trade &trade) {
        if (received == 0)
            clock.start();
        ++received;
        const auto it = aggregators.constFind(channel);
        if (it != aggregators.cend())
            it.value()->addTrade(trade);
        tape.add(trade, channel.mid(6, 4));
        if (received == total)
            QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); });
    });
    QObject::connect(client.connection(), &Connection::stateChanged, &client, [&](Connection::State state) {
        if (state == Connection::State::Failed || state == Connection::State::Reconnecting) {
            std::fprintf(stderr, "bench_conyr: connection %s\n", qPrintable(client.connection()->reason()));
            QCoreApplication::exit(1);
        }
    });
    QTimer report;
    qint64 lastReceived = 0;
    QObject::connect(&report, &QTimer::timeout, &report, [&] {
        std::printf("  t=%5.1fs trades=%9lld (%7.0f/s this second) tape rows=%d RSS=%.1f MiB\n",
                    clock.isValid() ? double(clock.elapsed()) / 1000.0 : 0.0, received,
                    double(received - lastReceived), tape.rowCount(), Bench::rssMiB());
        std::fflush(stdout);
        lastReceived = received;
    });
    report.start(1000);

    client.subscribe(channels);
    client.open();
    std::printf("bench_conyr: %lld trades over %d channels, tape cap %d\n", total, channelCount, tapeCap);
    const int rc = app.exec();
    const double seconds = clock.isValid() ? double(clock.nsecsElapsed()) / 1e9 : 0;
    tape.flush();
    qint64 drops = 0;
    for (const QString &name : std::as_const(channels)) {
        if (const auto *info = client.channel(name))
            drops += info->droppedTrades;
    }
    std::printf("bench_conyr: %lld trades in %.2f s = %.0f trades/s (aggregator + tape attached), "
                "drops seen %lld, tape rows %d, chart bars %d, RSS %.1f MiB, peak RSS %.1f MiB\n",
                received, seconds, seconds > 0 ? double(received) / seconds : 0.0, drops, tape.rowCount(),
                chart.rowCount(), Bench::rssMiB(), Bench::peakRssMiB());
    server.quit();
    server.wait();
    return rc;
}
