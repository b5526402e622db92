#include "alliumobservations.h"

#include "alliumfilter.h"
#include "alliumjsonscan.h"
#include "alliumstreamclient.h"

#include <QJsonDocument>

namespace AlliumObservations {

namespace {

/// A record's fields read from its JSON text on demand: the top-level fields are scanned
/// (no QJsonObject) the first time a rule asks; paths and whole records parse the text once.
class LazyRecordFields final : public ObservationFields
{
public:
    explicit LazyRecordFields(QByteArray json)
        : m_json(std::move(json))
    {
    }

    std::optional<double> metric(const QString &name) const override
    {
        const AlliumJsonScan::Field *f = field(name);
        if (!f || f->type != 'n')
            return std::nullopt;
        bool ok = false;
        const double v = QByteArray::fromRawData(f->value.data(), f->value.size()).toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }
    std::optional<QString> text(const QString &name) const override
    {
        const AlliumJsonScan::Field *f = field(name);
        if (!f || f->type != 's')
            return std::nullopt;
        return AlliumJsonScan::text(*f);
    }
    void collect(QHash<QString, double> &metrics, QHash<QString, QString> &texts) const override
    {
        addJsonFields(object(), metrics, texts);
    }
    QVariantMap record() const override { return object().toVariantMap(); }
    QJsonValue lookup(const QString &path) const override
    {
        // A top-level scalar straight from the scan; anything else through the parsed record.
        if (const AlliumJsonScan::Field *f = field(path)) {
            switch (f->type) {
            case 'n': {
                if (const std::optional<double> v = metric(path))
                    return *v;
                break;
            }
            case 's': return AlliumJsonScan::text(*f);
            case 'b': return f->value == QByteArrayView("true");
            case 'z': return QJsonValue(QJsonValue::Null);
            default: break;
            }
        }
        return AlliumFilter::lookup(object(), path);
    }

private:
    const AlliumJsonScan::Field *field(const QString &name) const
    {
        if (!m_scanned) {
            m_scanned = true;
            qsizetype pos = AlliumJsonScan::skipSpace(m_json, 0);
            QString error;
            if (!AlliumJsonScan::scanObject(m_json, pos, m_fields, error))
                m_fields.clear();
        }
        const QByteArray key = name.toUtf8();
        return AlliumJsonScan::find(m_fields, key);
    }
    const QJsonObject &object() const
    {
        if (!m_object)
            m_object = QJsonDocument::fromJson(m_json).object();
        return *m_object;
    }

    const QByteArray m_json; // the scanned fields point into it
    mutable bool m_scanned = false;
    mutable AlliumJsonScan::Fields m_fields;
    mutable std::optional<QJsonObject> m_object;
};

} // namespace

Observation fromRecord(const QString &source, const QString &topic, const AlliumRecord &r)
{
    const bool blocks = r.kind == AlliumTopic::Kind::Blocks;
    Observation o;
    o.provider = QStringLiteral("allium-stream");
    o.source = source;
    o.subject = topic.isEmpty() ? source : topic;
    o.kind = blocks ? QStringLiteral("block") : QStringLiteral("record");
    o.timestampMs = r.timestampMs > 0 ? r.timestampMs : 0;
    if (!r.wrapped && r.raw.isEmpty() && !r.json.isEmpty()) {
        // The stream keeps records as JSON text: fields are read from it when a rule asks.
        o.fields = std::make_shared<LazyRecordFields>(r.json);
    } else {
        const QJsonObject raw = r.object();
        addJsonFields(raw, o.metrics, o.texts);
        o.record = raw.toVariantMap();
    }
    // The client's typed readings win over the record's own fields of the same name.
    if (blocks && r.blockNumber >= 0)
        o.metrics.insert(QStringLiteral("block"), double(r.blockNumber));
    else if (r.blockNumber >= 0)
        o.metrics.insert(QStringLiteral("block_number"), double(r.blockNumber));
    if (r.resumed)
        o.metrics.insert(QStringLiteral("resumed"), 1);
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
