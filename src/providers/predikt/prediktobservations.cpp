#include "prediktobservations.h"

#include "prediktclient.h"

namespace PrediktObservations {

Observation fromTick(const QString &source, const Predikt::PriceTick &tick)
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = source;
    o.kind = QStringLiteral("price");
    o.subject = tick.symbol;
    o.timestampMs = tick.timestampMs > 0 ? tick.timestampMs : 0;
    o.metrics.insert(QStringLiteral("price"), tick.price);
    o.texts.insert(QStringLiteral("source"), tick.source);
    o.record = {{QStringLiteral("symbol"), tick.symbol}, {QStringLiteral("price"), tick.price},
                {QStringLiteral("source"), tick.source}};
    return o;
}

Observation fromBilling(const QString &source, const Predikt::BillingNotice &notice)
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = source;
    o.kind = QStringLiteral("billing");
    o.subject = QStringLiteral("balance");
    o.timestampMs = notice.timestampMs > 0 ? notice.timestampMs : 0;
    o.metrics.insert(QStringLiteral("balance"), notice.remainingBalanceUsd.toDouble());
    o.metrics.insert(QStringLiteral("amount"), notice.amountUsd.toDouble());
    // exact amounts for the balance forecast (BalanceForecast::History::addObservation)
    o.texts.insert(QStringLiteral("balanceUsd"), notice.remainingBalanceUsd.toString());
    o.texts.insert(QStringLiteral("amountUsd"), notice.amountUsd.toString());
    o.texts.insert(QStringLiteral("text"), notice.message);
    o.record = {{QStringLiteral("balance"), notice.remainingBalanceUsd.toDouble()},
                {QStringLiteral("amount"), notice.amountUsd.toDouble()},
                {QStringLiteral("message"), notice.message}};
    return o;
}

ObservationSource *attach(PrediktClient *client)
{
    auto *source = new ObservationSource(client);
    auto name = [client] { return client->connection() ? client->connection()->name() : QString(); };
    QObject::connect(client, &PrediktClient::priceTick, source,
                     [source, name](const Predikt::PriceTick &tick) { source->publish({fromTick(name(), tick)}); });
    QObject::connect(client, &PrediktClient::billing, source,
                     [source, name](const Predikt::BillingNotice &notice) { source->publish({fromBilling(name(), notice)}); });
    return source;
}

} // namespace PrediktObservations
