#include "conyrobservations.h"

#include "conyrclient.h"
#include "conyrtokens.h"

namespace ConyrObservations {

namespace {
Observation base(const QString &source)
{
    Observation o;
    o.provider = QStringLiteral("conyr");
    o.source = source;
    return o;
}
} // namespace

Observation fromTrade(const QString &source, const QString &channel, const Conyr::Trade &trade)
{
    Observation o = base(source);
    o.kind = QStringLiteral("trade");
    o.subject = Conyr::parseChannel(channel).mint;
    o.label = Conyr::tokenSymbol(o.subject);
    o.timestampMs = trade.ts;
    o.metrics = {{QStringLiteral("price"), trade.price}, {QStringLiteral("size"), trade.size}};
    if (trade.valueUsd > 0)
        o.metrics.insert(QStringLiteral("valueUsd"), trade.valueUsd);
    o.texts = {{QStringLiteral("side"), Conyr::sideToString(trade.side)}, {QStringLiteral("id"), trade.id}};
    if (!trade.trader.isEmpty())
        o.texts.insert(QStringLiteral("trader"), trade.trader);
    o.record = Conyr::tradeToJson(trade).toVariantMap();
    return o;
}

Observation fromTick(const QString &source, const QString &channel, const Conyr::Tick &tick)
{
    Observation o = base(source);
    o.kind = QStringLiteral("trade");
    o.subject = Conyr::parseChannel(channel).mint;
    o.label = Conyr::tokenSymbol(o.subject);
    o.timestampMs = tick.ts;
    o.metrics = {{QStringLiteral("price"), tick.price}, {QStringLiteral("size"), tick.volumeToken}};
    if (tick.volumeUsd > 0)
        o.metrics.insert(QStringLiteral("valueUsd"), tick.volumeUsd);
    o.texts = {{QStringLiteral("side"), Conyr::sideToString(tick.side)}, {QStringLiteral("id"), tick.id}};
    o.record = Conyr::tickToJson(tick).toVariantMap();
    return o;
}

Observation fromCandle(const QString &source, const QString &channel, const Conyr::Candle &candle)
{
    const Conyr::ChannelDescriptor descriptor = Conyr::parseChannel(channel);
    Observation o = base(source);
    o.kind = QStringLiteral("candle");
    o.subject = descriptor.mint + QLatin1Char('/') + descriptor.interval;
    o.label = Conyr::tokenSymbol(descriptor.mint) + QLatin1Char('/') + descriptor.interval;
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
    return o;
}

std::optional<Observation> fromGeneric(const QString &source, const QString &channel, const QJsonValue &data)
{
    if (channel.isEmpty() || !data.isObject())
        return std::nullopt;
    Observation o = base(source);
    o.kind = QStringLiteral("record");
    o.subject = channel;
    o.record = data.toObject().toVariantMap();
    for (auto it = o.record.cbegin(); it != o.record.cend(); ++it) {
        const int type = it.value().typeId();
        if (type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int)
            o.metrics.insert(it.key(), it.value().toDouble());
    }
    return o;
}

ObservationSource *attach(ConyrClient *client)
{
    auto *source = new ObservationSource(client);
    auto name = [client] { return client->connection() ? client->connection()->name() : QString(); };
    QObject::connect(client, &ConyrClient::tradeReceived, source, [source, name](const QString &channel, const Conyr::Trade &t) {
        source->publish({fromTrade(name(), channel, t)});
    });
    QObject::connect(client, &ConyrClient::tickReceived, source, [source, name](const QString &channel, const Conyr::Tick &t) {
        source->publish({fromTick(name(), channel, t)});
    });
    QObject::connect(client, &ConyrClient::candleReceived, source, [source, name](const QString &channel, const Conyr::Candle &c) {
        source->publish({fromCandle(name(), channel, c)});
    });
    // Only untyped channels: a typed channel's payload that did not decode carries a problem,
    // which the client reports on its own page; rules cannot read it.
    QObject::connect(client, &ConyrClient::genericReceived, source,
                     [source, name](const QString &channel, const QJsonValue &data, const QString &problem) {
                         if (!problem.isEmpty())
                             return;
                         if (std::optional<Observation> o = fromGeneric(name(), channel, data))
                             source->publish({*o});
                     });
    return source;
}

} // namespace ConyrObservations
