// bench_relay: the team relay's speed against a real nats-server -js (started here on a
// free loopback port with a temporary file store, or --nats URL).
//
//  1. publisher alone: pre-encoded Conyr trade frames → JetStreamPublisher → stored (acked)
//  2. simulator flood (50 trades channels, on its own thread) → ConyrClient → RelayUpstream
//     → JetStream, from the first trade received to the last acknowledgement
//  3. latency at a paced rate (default 10k events/s): a paced Conyr server (own thread) →
//     relay client → JetStream → durable consumer → RelayFeed → the consumer's ConyrClient
//     → TradeTapeModel; p50/p99 to "accepted by the model" and to "rows inserted" (after
//     the model's own once-per-frame coalescing). Relay and consumer share this process's
//     GUI thread, as they would not in production (worst case on this machine).

#include "../tests/relay/natsserver.h"
#include "benchutil.h"
#include "core/connection.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "relay/jetstreamconsumer.h"
#include "relay/jetstreampublisher.h"
#include "relay/jetstreamstream.h"
#include "relay/natsclient.h"
#include "relay/relayfeed.h"
#include "relay/relayupstream.h"
#include "sim/conyr/conyrmarket.h"
#include "sim/simserver.h"
#include "tradetapemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QThread>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

class SimThread : public QThread
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

/// A minimal Conyr server that sends trades on one channel at a fixed rate, and records
/// when each (by seq) was sent on a steady clock shared with the main thread.
class PacedThread : public QThread
{
public:
    PacedThread(int rate, int seconds, QString channel, std::vector<qint64> *sentNs, const QElapsedTimer *clock)
        : m_rate(rate), m_total(qint64(rate) * seconds), m_channel(std::move(channel)), m_sent(sentNs), m_clock(clock)
    {
    }
    void run() override
    {
        QWebSocketServer server(QStringLiteral("paced"), QWebSocketServer::NonSecureMode);
        server.listen(QHostAddress::LocalHost, 0);
        port = server.serverPort();
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        tick.setInterval(1);
        qint64 seq = 0;
        QElapsedTimer started;
        QWebSocket *socket = nullptr;
        QObject::connect(&server, &QWebSocketServer::newConnection, &server, [&] {
            socket = server.nextPendingConnection();
            QObject::connect(socket, &QWebSocket::textMessageReceived, socket, [&](const QString &text) {
                if (!text.contains(QLatin1String("subscribe")) || tick.isActive())
                    return;
                socket->sendTextMessage(QString::fromUtf8(Conyr::encodeAck(QStringLiteral("subscribed"), {m_channel})));
                started.start();
                tick.start();
            });
        });
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            // As many as the rate says by now: steady even when a tick comes late.
            const qint64 due = std::min(m_total, started.nsecsElapsed() * m_rate / 1000000000);
            while (seq < due) {
                ++seq;
                Conyr::Trade t;
                t.signature = QStringLiteral("L");
                t.eventIndex = seq;
                t.id = QStringLiteral("L:%1").arg(seq);
                t.ts = 1732180000000 + seq;
                t.side = Conyr::Side::Buy;
                t.price = 1.0 + double(seq % 100) / 1000.0;
                t.size = 1;
                (*m_sent)[size_t(seq)] = m_clock->nsecsElapsed();
                socket->sendTextMessage(QString::fromUtf8(Conyr::encodeTradeEvent(m_channel, t)));
            }
            if (seq >= m_total)
                tick.stop();
        });
        ready.release();
        exec();
    }
    quint16 port = 0;
    QSemaphore ready;

private:
    int m_rate;
    qint64 m_total;
    QString m_channel;
    std::vector<qint64> *m_sent;
    const QElapsedTimer *m_clock;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

bool waitConnected(NatsClient &client)
{
    QElapsedTimer t;
    t.start();
    while (client.state() != NatsClient::State::Connected && t.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return client.state() == NatsClient::State::Connected;
}

void runUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

ConnectionConfig upstreamConfig(quint16 port, const QString &query)
{
    ConnectionConfig config;
    config.name = QStringLiteral("bench");
    QUrl url(QStringLiteral("ws://127.0.0.1/ws"));
    url.setPort(port);
    if (!query.isEmpty())
        url.setQuery(query);
    config.url = url;
    config.auth = Auth::Method::Bearer;
    config.key = QStringLiteral("demo-key");
    config.pingIntervalMs = 0;
    return config;
}

ConyrClientOptions upstreamOptions()
{
    ConyrClientOptions options;
    options.tier = QStringLiteral("layer3");
    options.backfillBars = 0;
    options.appPingMs = 0;
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("nats"), QStringLiteral("Use this server instead of starting one."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events for the throughput runs."), QStringLiteral("N"),
                      QStringLiteral("500000")});
    parser.addOption({QStringLiteral("rate"), QStringLiteral("Events/s for the latency run."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Length of the latency run."), QStringLiteral("S"),
                      QStringLiteral("10")});
    parser.addOption({QStringLiteral("only"), QStringLiteral("Run only these parts: publisher, flood, latency (comma separated)."),
                      QStringLiteral("LIST"), QStringLiteral("publisher,flood,latency")});
    parser.process(app);
    const QStringList parts = parser.value(QStringLiteral("only")).split(QLatin1Char(','));
    const qint64 events = parser.value(QStringLiteral("events")).toLongLong();
    const int rate = parser.value(QStringLiteral("rate")).toInt();
    const int seconds = parser.value(QStringLiteral("seconds")).toInt();

    NatsServerProcess server;
    QString natsUrl = parser.value(QStringLiteral("nats"));
    if (natsUrl.isEmpty()) {
        if (!server.start()) {
            std::fprintf(stderr, "bench_relay: could not start nats-server -js\n%s\n", server.log().constData());
            return 1;
        }
        natsUrl = server.url();
    }
    NatsClient nats;
    NatsSettings settings;
    settings.url = natsUrl;
    if (!nats.open(settings) || !waitConnected(nats)) {
        std::fprintf(stderr, "bench_relay: no NATS at %s\n", qPrintable(natsUrl));
        return 1;
    }
    RelayStreamSpec spec;
    // Room for every event of the runs (≈ 0.5 KiB each stored): JetStream reserves the limit
    // on the disk up front, and a fixed 4 GiB failed on a fuller disk.
    spec.maxBytes = std::max<qint64>(256LL * 1024 * 1024, (2 * events + qint64(rate) * seconds) * 1024);
    const RelayStreamStatus stream = ensureRelayStream(nats.jetStream(), spec);
    if (!stream.ok) {
        std::fprintf(stderr, "bench_relay: %s\n", qPrintable(stream.error));
        return 1;
    }
    std::printf("bench_relay: nats-server at %s, stream %s (file storage)\n", qPrintable(natsUrl), qPrintable(spec.name));
    // CPU per event of this process and of the server (when it was started here): on a
    // shared machine the wall-clock rate is bounded by whatever else runs, the CPU is not.
    const qint64 serverPid = parser.isSet(QStringLiteral("nats")) ? 0 : server.pid();
    struct CpuMark {
        double self;
        double server;
    };
    auto markCpu = [serverPid] { return CpuMark{Bench::processCpuSeconds(), serverPid ? Bench::processCpuSeconds(serverPid) : -1}; };
    auto printCpu = [&markCpu](const CpuMark &from, qint64 n) {
        const CpuMark to = markCpu();
        if (n <= 0)
            return;
        const double selfUs = (to.self - from.self) * 1e6 / double(n);
        const double serverUs = from.server >= 0 ? (to.server - from.server) * 1e6 / double(n) : -1;
        if (serverUs >= 0)
            std::printf("                       CPU per event: relay process %.2f µs, nats-server %.2f µs\n", selfUs, serverUs);
        else
            std::printf("                       CPU per event: relay process %.2f µs\n", selfUs);
    };

    // 1. The publisher alone.
    if (parts.contains(QLatin1String("publisher"))) {
        JetStreamPublisher publisher(&nats);
        publisher.start();
        const QString channel = Conyr::tradesChannel(ConyrMarket::signatureFor(QStringLiteral("bench"), 0).left(43));
        const QByteArray subject = "tidewatch.conyr.bench.trade." + channel.toUtf8();
        std::vector<QByteArray> frames;
        frames.reserve(size_t(events));
        for (qint64 i = 0; i < events; ++i) {
            Conyr::Trade t;
            t.signature = QStringLiteral("P");
            t.eventIndex = i + 1;
            t.id = QStringLiteral("P:%1").arg(i + 1);
            t.ts = 1732180000000 + i;
            t.price = 1.5;
            t.size = 1;
            frames.push_back(Conyr::encodeTradeEvent(channel, t));
        }
        QElapsedTimer clock;
        clock.start();
        const CpuMark cpu = markCpu();
        for (qint64 i = 0; i < events; ++i) {
            publisher.publish({subject, frames[size_t(i)], "p" + QByteArray::number(i), 1732180000000 + i});
            if ((i & 1023) == 0)
                QCoreApplication::processEvents();
        }
        const bool all = publisher.waitAllAcked(120000);
        const double s = double(clock.nsecsElapsed()) / 1e9;
        const auto c = publisher.counters();
        std::printf("  publisher alone:     %lld events stored in %.2f s = %.0f events/s%s (dropped %lld, retried %lld)\n",
                    c.acked, s, double(c.acked) / s, all ? "" : " [NOT ALL ACKED]", c.dropped, c.retried);
        printCpu(cpu, c.acked);
        std::fflush(stdout);
    }

    // 2. Simulator flood through the relay's client and publisher.
    if (parts.contains(QLatin1String("flood"))) {
        SimThread sim;
        sim.start();
        sim.ready.acquire();
        JetStreamPublisher publisher(&nats);
        publisher.setBufferLimit(events + 1);
        publisher.start();
        RelayUpstream upstream(&publisher, QStringLiteral("flood"));
        Connection upstreamConnection(upstreamConfig(sim.port, QStringLiteral("flood=%1").arg(events)));
        ConyrClient client(&upstreamConnection, upstreamOptions());
        upstream.attachConyr(&client);
        QStringList channels;
        for (int i = 0; i < 50; ++i)
            channels.append(Conyr::tradesChannel(ConyrMarket::signatureFor(QStringLiteral("bench"), i).left(43)));
        QElapsedTimer clock;
        const CpuMark cpu = markCpu();
        qint64 received = 0;
        QObject::connect(&client, &ConyrClient::tradeReceived, &client, [&](const QString &, const Conyr::Trade &) {
            if (received++ == 0)
                clock.start();
        });
        client.subscribe(channels);
        client.open();
        runUntil([&] { return received >= events; }, 300000);
        const double receiveS = clock.isValid() ? double(clock.nsecsElapsed()) / 1e9 : 0;
        const bool all = publisher.waitAllAcked(120000);
        const double s = clock.isValid() ? double(clock.nsecsElapsed()) / 1e9 : 0;
        const auto c = publisher.counters();
        std::printf("  simulator flood:     %lld trades received in %.2f s, %lld stored by %.2f s = %.0f events/s "
                    "end to end%s (peak RSS %.0f MiB)\n",
                    received, receiveS, c.acked, s, double(c.acked) / s, all ? "" : " [NOT ALL ACKED]", Bench::peakRssMiB());
        printCpu(cpu, c.acked); // the simulator's thread included
        std::fflush(stdout);
        client.close();
        sim.quit();
        sim.wait();
    }

    // 3. Latency at a paced rate, to the consumer's model.
    if (parts.contains(QLatin1String("latency"))) {
        QElapsedTimer clock;
        clock.start();
        const qint64 total = qint64(rate) * seconds;
        std::vector<qint64> sent(size_t(total) + 2, 0);
        const QString channel = Conyr::tradesChannel(ConyrMarket::signatureFor(QStringLiteral("paced"), 0).left(43));
        PacedThread paced(rate, seconds, channel, &sent, &clock);
        paced.start();
        paced.ready.acquire();

        JetStreamPublisher publisher(&nats);
        publisher.start();
        RelayUpstream upstream(&publisher, QStringLiteral("paced"));
        Connection upstreamConnection(upstreamConfig(paced.port, {}));
        ConyrClient client(&upstreamConnection, upstreamOptions());
        upstream.attachConyr(&client);

        JetStreamConsumer consumer(&nats);
        RelayFeed feed;
        TradeTapeModel tape(nullptr, 500);
        std::vector<double> toAccepted, toRows;
        std::vector<qint64> pendingRows;
        toAccepted.reserve(size_t(total));
        toRows.reserve(size_t(total));
        QObject::connect(&feed, &RelayFeed::conyrClientCreated, &feed, [&](const QString &, ConyrClient *c) {
            QObject::connect(c, &ConyrClient::tradeReceived, c, [&](const QString &, const Conyr::Trade &t) {
                tape.add(t, QStringLiteral("PACE"));
                // event_index carries the bench's sequence number
                if (t.eventIndex > 0 && t.eventIndex <= total) {
                    toAccepted.push_back(double(clock.nsecsElapsed() - sent[size_t(t.eventIndex)]) / 1e6);
                    pendingRows.push_back(t.eventIndex);
                }
            });
        });
        QObject::connect(&tape, &QAbstractItemModel::rowsInserted, &tape, [&] {
            const qint64 now = clock.nsecsElapsed();
            for (qint64 seq : pendingRows)
                toRows.push_back(double(now - sent[size_t(seq)]) / 1e6);
            pendingRows.clear();
        });
        QObject::connect(&consumer, &JetStreamConsumer::messagesReceived, &feed, &RelayFeed::apply);
        RelayConsumerSpec cspec;
        cspec.durable = QStringLiteral("bench-latency");
        cspec.filterSubject = QStringLiteral("tidewatch.conyr.paced.>");
        cspec.deliverNew = true;
        QString error;
        if (!consumer.start(cspec, &error)) {
            std::fprintf(stderr, "bench_relay: %s\n", qPrintable(error));
            return 1;
        }
        client.subscribe({channel});
        client.open();
        runUntil([&] { return qint64(toRows.size()) >= total; }, (seconds + 30) * 1000);
        std::printf("  latency at %d/s:  %zu of %lld trades; upstream → relay → JetStream → consumer model: "
                    "accepted p50 %.2f ms p99 %.2f ms; rows inserted p50 %.2f ms p99 %.2f ms (max %.2f ms)\n",
                    rate, toRows.size(), total, percentile(toAccepted, 0.5), percentile(toAccepted, 0.99),
                    percentile(toRows, 0.5), percentile(toRows, 0.99), percentile(toRows, 1.0));
        client.close();
        paced.quit();
        paced.wait();
    }
    return 0;
}
