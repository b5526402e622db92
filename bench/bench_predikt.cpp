// Predikt decode throughput: Engine.IO/Socket.IO frames of `42/api/v1/ws,["message",
// {…price_update…}]` (1) through the codecs alone, (2) through SocketIoClient and
// PrediktClient into the PriceBoardModel, and (3) end to end from the simulator's flood
// over loopback. Target: at least 300k packets/s for (2).

#include "benchutil.h"
#include "core/socketio/engineio.h"
#include "core/socketio/socketiopacket.h"
#include "models/predikt/priceboardmodel.h"
#include "providers/predikt/prediktclient.h"
#include "sim/predikt/prediktsimhandler.h"
#include "sim/simserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>

namespace {

const QStringList Symbols = {"SOL", "BTC", "ETH", "JUP", "BONK", "WIF", "RAY", "PYTH", "JTO", "ORCA"};

QList<QByteArray> makeFrames(int count)
{
    QList<QByteArray> frames;
    frames.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QString symbol = Symbols.at(i % Symbols.size());
        const double price = 100.0 + (i * 7919 % 10000) / 100.0;
        frames << QByteArray(R"(42/api/v1/ws,["message",{"type":"price_update","symbol":")") + symbol.toLatin1()
                      + R"(","price":)" + QByteArray::number(price, 'f', 4)
                      + R"(,"source":"vwap","timestamp":"2026-01-17T12:00:)" + QByteArray::number(10 + i % 50)
                      + R"(.000Z"}])";
    }
    return frames;
}

void report(const char *what, qint64 packets, qint64 ns)
{
    const double seconds = double(ns) / 1e9;
    std::printf("%-44s %10lld packets in %7.3f s = %10.0f packets/s (%.2f µs each)\n", what, (long long)packets, seconds,
                double(packets) / seconds, double(ns) / 1000.0 / double(packets));
}

qint64 codecOnly(const QList<QByteArray> &frames, int rounds)
{
    qint64 ok = 0;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        for (const QByteArray &frame : frames) {
            EngineIo::Packet engine;
            SocketIo::Packet packet;
            Predikt::Message m;
            if (EngineIo::decode(frame, false, engine) && SocketIo::decode(engine.data, packet)
                && Predikt::decodeEvent(packet.eventName(), packet.arguments(), m))
                ++ok;
        }
    }
    const qint64 ns = timer.nsecsElapsed();
    report("codecs, full JSON path (fallback)", ok, ns);
    return ok;
}

qint64 scanOnly(const QList<QByteArray> &frames, int rounds)
{
    qint64 ok = 0;
    QElapsedTimer timer;
    timer.start();
    for (int r = 0; r < rounds; ++r) {
        for (const QByteArray &frame : frames) {
            SocketIo::Header header;
            Predikt::PriceTick tick;
            const QByteArrayView text = QByteArrayView(frame).sliced(1);
            if (SocketIo::decodeHeader(text, header) && Predikt::scanPriceUpdate(text.sliced(header.payloadAt), tick))
                ++ok;
        }
    }
    report("codecs, price_update scan (hot path)", ok, timer.nsecsElapsed());
    return ok;
}

double clientIntoBoard(const QList<QByteArray> &frames, int rounds)
{
    ConnectionConfig config;
    config.url = QUrl(QStringLiteral("ws://127.0.0.1:1/api/v1/ws"));
    PrediktClientOptions options;
    options.tier = Predikt::tierByName(QStringLiteral("ENTERPRISE"));
    Connection connection(PrediktClient::connectionConfig(config, options));
    PrediktClient client(&connection, options);
    PriceBoardModel board;
    board.addSymbols(Symbols);
    QObject::connect(&client, &PrediktClient::priceTick, &board, &PriceBoardModel::applyTick);
    client.subscribe(Symbols);
    SocketIoClient *io = client.socketIo();
    io->processFrame(R"(0{"sid":"bench","upgrades":[],"pingInterval":25000,"pingTimeout":20000,"maxPayload":1000000})");
    io->processFrame(R"(40/api/v1/ws,{"sid":"bench-nsp"})");
    if (!io->isJoined()) {
        std::printf("bench: the client did not join\n");
        return 0;
    }
    QElapsedTimer timer;
    timer.start();
    qint64 packets = 0;
    for (int r = 0; r < rounds; ++r) {
        for (const QByteArray &frame : frames) {
            io->processFrame(frame);
            ++packets;
        }
        board.flush(); // what the coalescing timer does once per frame time
    }
    const qint64 ns = timer.nsecsElapsed();
    report("frames → SocketIoClient → PrediktClient → board", packets, ns);
    if (board.totalUpdates() != packets)
        std::printf("bench: the board saw %lld of %lld updates\n", (long long)board.totalUpdates(), (long long)packets);
    return double(packets) / (double(ns) / 1e9);
}

void endToEnd(qint64 flood)
{
    SimConfig config;
    SimServer server(config);
    server.addHandler(new PrediktSimHandler(&server));
    if (!server.listen()) {
        std::printf("bench: the simulator could not listen\n");
        return;
    }
    ConnectionConfig cc;
    cc.url = QUrl(server.baseUrl().toString() + QStringLiteral("/api/v1/ws?flood=") + QString::number(flood));
    cc.auth = Auth::Method::Bearer;
    cc.key = QStringLiteral("demo-key");
    cc.maxMessageSize = 1 << 20;
    PrediktClientOptions ccOptions;
    Connection connection(PrediktClient::connectionConfig(cc, ccOptions));
    PrediktClient client(&connection, ccOptions);
    PriceBoardModel board;
    board.addSymbols({QStringLiteral("SOL"), QStringLiteral("BTC")});
    client.subscribe({QStringLiteral("SOL"), QStringLiteral("BTC")});
    QElapsedTimer timer;
    qint64 received = 0;
    QObject::connect(&client, &PrediktClient::subscribed, &client, [&timer] { timer.start(); });
    QObject::connect(&client, &PrediktClient::priceTick, &board, [&](const Predikt::PriceTick &t) {
        board.applyTick(t);
        if (++received == flood)
            QCoreApplication::exit(0);
    });
    QTimer::singleShot(120000, qApp, [] { QCoreApplication::exit(1); });
    client.open();
    QCoreApplication::exec();
    report("simulator flood over loopback → board", received, timer.nsecsElapsed());
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QList<QByteArray> frames = makeFrames(1000);
    std::printf("bench_predikt: %lld-byte frames, e.g. %s\n", (long long)frames.first().size(), frames.first().constData());
    codecOnly(frames, 300);
    scanOnly(frames, 500);
    const double rate = clientIntoBoard(frames, 500);
    std::printf("target ≥ 300000 packets/s through client and board: %s\n", rate >= 300000 ? "met" : "NOT MET");
    endToEnd(200000);
    std::printf("peak RSS %.1f MiB\n", Bench::peakRssMiB());
    return 0;
}
