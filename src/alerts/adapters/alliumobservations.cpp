// Allium stream records → Observations (blocks carry "block" for gap rules; every record
// is kept whole for filter rules), and the Allium filter language for RecordMatch rules.

#include "adapters.h"

#include "core/connection.h"
#include "providers/allium/alliumcodec.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QUrlQuery>

namespace {

QString topicOf(const Connection &connection)
{
    return QUrlQuery(connection.config().url).queryItemValue(QStringLiteral("topic"));
}

} // namespace

QList<Observation> alliumStreamObservations(const QByteArray &frame, const Connection &connection)
{
    const QString topicName = topicOf(connection);
    const std::optional<AlliumTopic> topic = AlliumTopic::parse(topicName);
    const AlliumTopic::Kind kind = topic ? topic->kind : AlliumTopic::Kind::Other;
    const AlliumCodec::StreamFrame decoded = AlliumCodec::decodeStreamFrame(frame, kind);
    QList<Observation> out;
    out.reserve(decoded.records.size());
    for (const AlliumRecord &r : decoded.records) {
        Observation o;
        o.provider = QStringLiteral("allium-stream");
        o.source = connection.name();
        o.subject = topicName.isEmpty() ? connection.name() : topicName;
        o.kind = kind == AlliumTopic::Kind::Blocks ? QStringLiteral("block") : QStringLiteral("record");
        o.timestampMs = r.timestampMs > 0 ? r.timestampMs : 0;
        // The stream keeps records as JSON text; rules read fields, so parse it here.
        const QJsonObject raw = r.object();
        for (auto it = raw.begin(); it != raw.end(); ++it) {
            if (it.value().isDouble())
                o.metrics.insert(it.key(), it.value().toDouble());
            else if (it.value().isString())
                o.texts.insert(it.key(), it.value().toString());
        }
        if (kind == AlliumTopic::Kind::Blocks && r.blockNumber >= 0)
            o.metrics.insert(QStringLiteral("block"), double(r.blockNumber));
        else if (r.blockNumber >= 0)
            o.metrics.insert(QStringLiteral("block_number"), double(r.blockNumber));
        o.record = raw.toVariantMap();
        out << o;
    }
    return out;
}

bool alliumRecordFilter(const QJsonObject &filter, const QVariantMap &record, QString *error)
{
    // Parsed filters are cached by their text: a rule's filter is read once, not per record.
    static QMutex mutex;
    static QHash<QByteArray, AlliumFilterParsed> cache;
    const QByteArray key = QJsonDocument(filter).toJson(QJsonDocument::Compact);
    AlliumFilterParsed parsed;
    {
        QMutexLocker lock(&mutex);
        auto it = cache.constFind(key);
        if (it == cache.constEnd()) {
            if (cache.size() > 256)
                cache.clear();
            it = cache.insert(key, AlliumFilter::parse(filter));
        }
        parsed = *it;
    }
    if (!parsed.filter) {
        if (error)
            *error = parsed.message();
        return false;
    }
    return parsed.filter->matches(QJsonObject::fromVariantMap(record));
}
