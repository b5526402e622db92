#include "genericobservations.h"

#include "core/connection.h"
#include "genericclient.h"

#include <QDateTime>
#include <QUrlQuery>

namespace GenericObservations {

Observation fromRecord(const Connection &connection, const QJsonObject &json)
{
    Observation o;
    o.provider = QStringLiteral("generic");
    o.source = connection.name();
    o.record = json.toVariantMap();
    addJsonFields(json, o.metrics, o.texts);
    o.kind = json.value(QLatin1String("type")).toString(QStringLiteral("record"));
    if (o.kind == QLatin1String("block") && o.metrics.contains(QStringLiteral("number")))
        o.metrics.insert(QStringLiteral("block"), o.metrics.value(QStringLiteral("number")));
    for (const char *key : {"topic", "symbol", "channel", "chain"}) {
        const QString value = json.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            o.subject = value;
            break;
        }
    }
    if (o.subject.isEmpty())
        o.subject = QUrlQuery(connection.config().url).queryItemValue(QStringLiteral("topic"));
    if (o.subject.isEmpty())
        o.subject = connection.name();
    o.timestampMs = observationTimeMs(json.value(QLatin1String("timestamp")).toVariant());
    return o;
}

ObservationSource *attach(GenericClient *client)
{
    auto *source = new ObservationSource(client);
    QObject::connect(client, &GenericClient::recordReceived, source, [client, source](const QJsonObject &record) {
        if (client->connection())
            source->publish({fromRecord(*client->connection(), record)});
    });
    return source;
}

} // namespace GenericObservations
