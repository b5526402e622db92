// Predikt frames as alert observations: prices ("price", metric price) and billing notices
// ("billing", metrics balance and amount), decoded with the same pure codecs as the client.

#include "alerts/alertfeeds.h"
#include "core/connection.h"
#include "core/socketio/engineio.h"
#include "core/socketio/socketiopacket.h"
#include "providers/predikt/prediktcodec.h"

namespace {

QList<Observation> decodePrediktFrame(const QByteArray &frame, const Connection &connection)
{
    EngineIo::Packet engine;
    if (!EngineIo::decode(frame, false, engine) || engine.type != EngineIo::PacketType::Message)
        return {};
    SocketIo::Packet packet;
    if (!SocketIo::decode(engine.data, packet) || packet.type != SocketIo::PacketType::Event)
        return {};
    Predikt::Message m;
    if (!Predikt::decodeEvent(packet.eventName(), packet.arguments(), m))
        return {};
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = connection.name();
    if (m.type == Predikt::MessageType::PriceUpdate) {
        o.kind = QStringLiteral("price");
        o.subject = m.tick.symbol;
        o.timestampMs = m.tick.timestampMs > 0 ? m.tick.timestampMs : 0;
        o.metrics.insert(QStringLiteral("price"), m.tick.price);
        o.texts.insert(QStringLiteral("source"), m.tick.source);
        o.record = {{QStringLiteral("symbol"), m.tick.symbol}, {QStringLiteral("price"), m.tick.price},
                    {QStringLiteral("source"), m.tick.source}};
        return {o};
    }
    if (m.type == Predikt::MessageType::Billing) {
        o.kind = QStringLiteral("billing");
        o.subject = QStringLiteral("balance");
        o.timestampMs = m.billing.timestampMs > 0 ? m.billing.timestampMs : 0;
        o.metrics.insert(QStringLiteral("balance"), m.billing.remainingBalanceUsd.toDouble());
        o.metrics.insert(QStringLiteral("amount"), m.billing.amountUsd.toDouble());
        // exact amounts for the balance forecast (BalanceForecast::History::addObservation)
        o.texts.insert(QStringLiteral("balanceUsd"), m.billing.remainingBalanceUsd.toString());
        o.texts.insert(QStringLiteral("amountUsd"), m.billing.amountUsd.toString());
        o.texts.insert(QStringLiteral("text"), m.billing.message);
        o.record = {{QStringLiteral("balance"), m.billing.remainingBalanceUsd.toDouble()},
                    {QStringLiteral("amount"), m.billing.amountUsd.toDouble()}, {QStringLiteral("message"), m.billing.message}};
        return {o};
    }
    return {};
}

} // namespace

void registerPrediktAlertDecoder()
{
    AlertFeeds::registerDecoder(QStringLiteral("predikt"), decodePrediktFrame);
}
