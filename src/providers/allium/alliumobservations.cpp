#include "alliumobservations.h"

#include "alliumstreamclient.h"

namespace AlliumObservations {

Observation fromRecord(const QString &source, const QString &topic, const AlliumRecord &r)
{
    const bool blocks = r.kind == AlliumTopic::Kind::Blocks;
    Observation o;
    o.provider = QStringLiteral("allium-stream");
    o.source = source;
    o.subject = topic.isEmpty() ? source : topic;
    o.kind = blocks ? QStringLiteral("block") : QStringLiteral("record");
    o.timestampMs = r.timestampMs > 0 ? r.timestampMs : 0;
    // The stream keeps records as JSON text; rules read fields, so parse it here.
    const QJsonObject raw = r.object();
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        if (it.value().isDouble())
            o.metrics.insert(it.key(), it.value().toDouble());
        else if (it.value().isString())
            o.texts.insert(it.key(), it.value().toString());
    }
    if (blocks && r.blockNumber >= 0)
        o.metrics.insert(QStringLiteral("block"), double(r.blockNumber));
    else if (r.blockNumber >= 0)
        o.metrics.insert(QStringLiteral("block_number"), double(r.blockNumber));
    if (r.resumed)
        o.metrics.insert(QStringLiteral("resumed"), 1);
    o.record = raw.toVariantMap();
    return o;
}

ObservationSource *attach(AlliumStreamClient *client)
{
    auto *source = new ObservationSource(client);
    QObject::connect(client, &AlliumStreamClient::recordsArrived, source, [client, source](const QList<AlliumRecord> &records) {
        const QString name = client->connection() ? client->connection()->name() : QString();
        const QString topic = client->topic().name();
        QList<Observation> batch;
        batch.reserve(records.size());
        for (const AlliumRecord &r : records)
            batch << fromRecord(name, topic, r);
        source->publish(batch);
    });
    // Pausing is the user's choice: rules must not call the silence stale (see RuleEvaluator).
    QObject::connect(client, &AlliumStreamClient::pausedChanged, source, [client, source](bool paused) {
        source->publish({pauseObservation(client->connection() ? client->connection()->name() : QString(),
                                          client->topic().name(), paused)});
    });
    return source;
}

Observation pauseObservation(const QString &source, const QString &topic, bool paused)
{
    Observation o;
    o.provider = QStringLiteral("allium-stream");
    o.source = source;
    o.subject = topic.isEmpty() ? source : topic;
    o.kind = paused ? QStringLiteral("paused") : QStringLiteral("resumed");
    return o;
}

} // namespace AlliumObservations
