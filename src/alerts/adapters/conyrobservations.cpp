// Conyr channel data → Observations: trades (price, size, value) per mint, and candles
// (open/high/low/close; volume only once a bar has closed, so spike rules compare whole
// bars) per mint and interval.

#include "adapters.h"

#include "core/connection.h"
#include "providers/conyr/conyrcodec.h"

QList<Observation> conyrObservations(const QByteArray &frame, const Connection &connection)
{
    const Conyr::ServerMessage message = Conyr::decodeServerMessage(frame);
    if (message.type != Conyr::ServerMessage::Type::Data)
        return {};
    const Conyr::ChannelDescriptor channel = Conyr::parseChannel(message.channel);
    Observation o;
    o.provider = QStringLiteral("conyr");
    o.source = connection.name();
    switch (channel.kind) {
    case Conyr::ChannelKind::Trades: {
        Conyr::Trade trade;
        if (!Conyr::decodeTrade(message.data, trade))
            return {};
        o.kind = QStringLiteral("trade");
        o.subject = channel.mint;
        o.timestampMs = trade.ts;
        o.metrics = {{QStringLiteral("price"), trade.price}, {QStringLiteral("size"), trade.size}};
        if (trade.valueUsd > 0)
            o.metrics.insert(QStringLiteral("valueUsd"), trade.valueUsd);
        o.texts = {{QStringLiteral("side"), Conyr::sideToString(trade.side)}, {QStringLiteral("id"), trade.id}};
        if (!trade.trader.isEmpty())
            o.texts.insert(QStringLiteral("trader"), trade.trader);
        o.record = Conyr::tradeToJson(trade).toVariantMap();
        return {o};
    }
    case Conyr::ChannelKind::Ticks: {
        Conyr::Tick tick;
        if (!Conyr::decodeTick(message.data, tick))
            return {};
        o.kind = QStringLiteral("trade");
        o.subject = channel.mint;
        o.timestampMs = tick.ts;
        o.metrics = {{QStringLiteral("price"), tick.price}, {QStringLiteral("size"), tick.volumeToken}};
        if (tick.volumeUsd > 0)
            o.metrics.insert(QStringLiteral("valueUsd"), tick.volumeUsd);
        o.texts = {{QStringLiteral("side"), Conyr::sideToString(tick.side)}, {QStringLiteral("id"), tick.id}};
        o.record = Conyr::tickToJson(tick).toVariantMap();
        return {o};
    }
    case Conyr::ChannelKind::Ohlcv: {
        Conyr::Candle candle;
        if (!Conyr::decodeCandle(message.data, candle))
            return {};
        o.kind = QStringLiteral("candle");
        o.subject = channel.mint + QLatin1Char('/') + channel.interval;
        o.timestampMs = candle.ts;
        o.metrics = {{QStringLiteral("open"), candle.open}, {QStringLiteral("high"), candle.high},
                     {QStringLiteral("low"), candle.low}, {QStringLiteral("close"), candle.close}};
        if (candle.closed) {
            o.metrics.insert(QStringLiteral("volume"), candle.volume);
            o.metrics.insert(QStringLiteral("trades"), double(candle.trades));
        } else {
            // The open bar's volume so far: for the dashboard, not for spike rules.
            o.metrics.insert(QStringLiteral("volumeSoFar"), candle.volume);
        }
        o.record = Conyr::candleToJson(candle).toVariantMap();
        return {o};
    }
    case Conyr::ChannelKind::Generic:
        if (!message.data.isObject())
            return {};
        o.kind = QStringLiteral("record");
        o.subject = message.channel;
        o.record = message.data.toObject().toVariantMap();
        for (auto it = o.record.cbegin(); it != o.record.cend(); ++it) {
            if (it.value().typeId() == QMetaType::Double || it.value().typeId() == QMetaType::LongLong
                || it.value().typeId() == QMetaType::Int)
                o.metrics.insert(it.key(), it.value().toDouble());
        }
        return {o};
    }
    return {};
}
