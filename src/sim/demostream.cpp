#include "demostream.h"

#include "floodsender.h"
#include "simserver.h"

#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>

namespace {
constexpr qint64 FirstBlock = 21000000;
}

DemoStreamHandler::DemoStreamHandler(SimServer *server)
    : SimHandler(server)
{
}

bool DemoStreamHandler::acceptsPath(const QString &path) const
{
    return path == QLatin1String("/demo/stream");
}

QByteArray DemoStreamHandler::blockHash(qint64 number)
{
    // 64 hex digits from four rounds of a 64-bit mixer (splitmix64) seeded by the number.
    QByteArray out("0x");
    out.reserve(66);
    quint64 x = quint64(number) * 0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 4; ++i) {
        x += 0x9E3779B97F4A7C15ULL;
        quint64 z = x;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        out += QByteArray::number(z, 16).rightJustified(16, '0');
    }
    return out;
}

QByteArray DemoStreamHandler::makeRecord(qint64 number, qint64 timestampMs)
{
    // Hash-like hex, distinct per block, without a real hash on the hot path; the parent
    // hash is the previous block's hash, as on a chain.
    const QByteArray hash = blockHash(number);
    const QByteArray parent = blockHash(number - 1);
    QByteArray out;
    out.reserve(420);
    out += R"({"type":"block","number":)" + QByteArray::number(number);
    out += R"(,"hash":")" + hash + '"';
    out += R"(,"parent_hash":")" + parent + '"';
    out += R"(,"timestamp":)" + QByteArray::number(timestampMs / 1000);
    out += R"(,"transaction_count":)" + QByteArray::number(100 + number % 200);
    out += R"(,"gas_used":")" + QByteArray::number(12000000 + (number * 7919) % 18000000) + '"';
    out += R"(,"gas_limit":"30000000","base_fee_per_gas":")" + QByteArray::number(8000000000LL + (number * 104729) % 9000000000LL) + '"';
    out += R"(,"miner":"0x95222290dd7278aa3ddd389cc1e1d165cc4bafe5","size":)" + QByteArray::number(50000 + number % 90000);
    out += R"(,"chain":"demo"})";
    return out;
}

void DemoStreamHandler::acceptSocket(QWebSocket *socket)
{
    const QUrlQuery query(socket->requestUrl());
    if (query.queryItemValue(QStringLiteral("key")) == QLatin1String("required")
        && !server()->keyAccepted(SimServer::presentedKey(socket->request()))) {
        socket->close(QWebSocketProtocol::CloseCode(4001), QStringLiteral("Invalid or missing API key"));
        return;
    }
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    const qint64 flood = query.queryItemValue(QStringLiteral("flood")).toLongLong();
    if (flood > 0) {
        const qint64 ts = server()->clock().nowMs();
        auto *sender = new FloodSender(socket, flood, [ts](qint64 i) { return makeRecord(FirstBlock + i, ts); });
        sender->start();
        return;
    }
    const int interval = std::max(10, query.queryItemValue(QStringLiteral("interval")).toInt());
    const qint64 simInterval = query.hasQueryItem(QStringLiteral("interval")) ? interval : 2000;
    auto *timer = new QTimer(socket);
    auto number = std::make_shared<qint64>(FirstBlock + server()->clock().nowMs() / 12000 % 1000000);
    connect(timer, &QTimer::timeout, socket, [this, socket, number] {
        socket->sendTextMessage(QString::fromUtf8(makeRecord((*number)++, server()->clock().nowMs())));
    });
    timer->start(server()->clock().realMs(simInterval));
}
