// bench_conyr: a flood of documented trade objects (trade_id, decimal strings, ~500 bytes
// each) over 50 channels from the Conyr simulator (on its own thread) through ConyrClient
// (decode, trade_id de-duplication, loss bookkeeping) into per-channel CandleAggregators and
// the TradeTapeModel, as the Markets page consumes it. Prints trades/s, the RSS every second
// (flat once the tape is full) and the peak RSS.
//
//   bench_conyr [--trades N] [--channels C] [--tape CAP]

#include "benchutil.h"
#include "candleseriesmodel.h"
#include "providers/conyr/candleaggregator.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/conyr/recentids.h"
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
#include <ctime>
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

/// CPU time of the calling thread: the client's own cost, whatever else loads the machine.
double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

/// The same pipeline without sockets: codec → aggregator → tape, on pre-encoded frames.
void pipelineWithoutNetwork(int channelCount, int tapeCap)
{
    const int frames = 400000;
    QList<QByteArray> encoded;
    QStringList names;
    for (int i = 0; i < channelCount; ++i)
        names.append(Conyr::tradesChannel(ConyrMarket::signatureFor(QStringLiteral("bench"), i).left(43)));
    for (int i = 0; i < frames; ++i) {
        Conyr::Trade t;
        t.signature = ConyrMarket::signatureFor(QStringLiteral("sig"), i);
        t.eventIndex = i % 4;
        t.id = t.signature + QLatin1Char(':') + QString::number(t.eventIndex);
        t.slot = 312000000 + i / 4;
        t.ts = 1732180000000 + i;
        t.side = i % 2 ? Conyr::Side::Buy : Conyr::Side::Sell;
        t.mint = names.at(i % channelCount).mid(6, 43);
        t.trader = QStringLiteral("9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin");
        t.pool = QStringLiteral("58oQChx4yWmvKdwLLZzBi4ChoCc2fqCUWBkwMihLYQo2");
        t.dex = QStringLiteral("Raydium");
        t.tokenDecimals = 6;
        t.price = 1.0 + (i % 1000) / 10000.0;
        t.size = 1 + i % 500;
        t.valueUsd = t.price * t.size;
        encoded.append(Conyr::encodeTradeEvent(names.at(i % channelCount), t));
    }
    QHash<QString, std::shared_ptr<CandleAggregator>> aggregators;
    for (const QString &name : std::as_const(names))
        aggregators.insert(name, std::make_shared<CandleAggregator>(60000, 1000));
    TradeTapeModel tape(nullptr, tapeCap);
    QElapsedTimer clock;
    clock.start();
    const double cpuStart = threadCpuSeconds();
    qint64 decoded = 0;
    Conyr::RecentIds seen;
    for (int i = 0; i < frames; ++i) {
        const Conyr::ServerMessage m = Conyr::decodeServerMessage(encoded.at(i));
        Conyr::Trade t;
        if (m.type != Conyr::ServerMessage::Type::Data || !Conyr::decodeTrade(m.data, t) || !seen.insert(t.id))
            continue;
        aggregators.value(m.channel)->addTrade(t);
        tape.add(t, m.channel.mid(6, 4));
        if (i % 5000 == 0)
            tape.flush();
        ++decoded;
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpu = threadCpuSeconds() - cpuStart;
    std::printf("bench_conyr: without the network (codec → de-dup → aggregator → tape): %lld trades in %.2f s = %.0f trades/s, "
                "%.0f trades per CPU second = %.2f µs CPU per trade (frames ~%lld bytes)\n",
                decoded, seconds, double(decoded) / seconds, double(decoded) / cpu, cpu * 1e6 / double(decoded),
                qint64(encoded.constFirst().size()));
}

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
    Connection connection(config);
    ConyrClient client(&connection, options);

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
    double cpuStart = 0;
    QObject::connect(&client, &ConyrClient::tradeReceived, &client, [&](const QString &channel, const Conyr::Trade &trade) {
        if (received == 0) {
            clock.start();
            cpuStart = threadCpuSeconds();
        }
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
    const double cpu = threadCpuSeconds() - cpuStart;
    tape.flush();
    qint64 drops = 0;
    qint64 duplicates = 0;
    for (const QString &name : std::as_const(channels)) {
        if (const auto *info = client.channel(name)) {
            drops += info->droppedTrades + info->notUnderstood;
            duplicates += info->duplicates;
        }
    }
    std::printf("bench_conyr: %lld trades in %.2f s = %.0f trades/s (aggregator + tape attached), "
                "drops or not understood %lld, duplicates %lld, tape rows %d, chart bars %d, RSS %.1f MiB, peak RSS %.1f MiB\n",
                received, seconds, seconds > 0 ? double(received) / seconds : 0.0, drops, duplicates, tape.rowCount(),
                chart.rowCount(), Bench::rssMiB(), Bench::peakRssMiB());
    // Wall time depends on how loaded the machine is (the simulator competes for the same
    // cores); the client thread's CPU time per trade is its own capacity.
    std::printf("bench_conyr: client thread CPU %.2f s = %.2f µs per trade = capacity %.0f trades per CPU second\n",
                cpu, received > 0 ? cpu * 1e6 / double(received) : 0.0, cpu > 0 ? double(received) / cpu : 0.0);
    server.quit();
    server.wait();
    // Last, so that its pre-encoded frames do not count in the RSS figures above.
    pipelineWithoutNetwork(channelCount, tapeCap);
    return rc;
}
