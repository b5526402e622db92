#include "alliumobservations.h"

#include "alliumfilter.h"
#include "core/jsonscan.h"
#include "alliumstreamclient.h"

#include <QJsonDocument>
#include <QVarLengthArray>

#include <array>

namespace AlliumObservations {

namespace {

/// A record's fields read from its JSON text on demand: the top-level fields are scanned
/// (no QJsonObject) the first time a rule asks; paths and whole records parse the text once.
class LazyRecordFields final : public ObservationFields
{
public:
    /// scanned: the client's scan of json (its views point into json's bytes), if it kept one.
    LazyRecordFields(QByteArray json, std::shared_ptr<const JsonScan::Fields> scanned)
        : m_json(std::move(json))
        , m_shared(std::move(scanned))
    {
    }

    /// A typed reading of the client's (the block number): it wins over the record's own
    /// field of that name. Kept here rather than in the observation's metrics, whose hash
    /// would cost an allocation per record.
    void setTyped(QLatin1String name, double value) { m_typed.append({name, value}); }

    std::optional<double> metric(const QString &name) const override
    {
        if (const std::optional<double> v = typed(name))
            return v;
        const JsonScan::Field *f = field(name);
        if (!f || f->type != 'n')
            return std::nullopt;
        // Several rules (and the dashboard) read the same field: converted once.
        for (const auto &[known, value] : m_numbers) {
            if (known == f)
                return value;
        }
        const std::optional<double> v = numberOf(f->value);
        if (v)
            m_numbers.append({f, *v});
        return v;
    }
    std::optional<QString> text(const QString &name) const override
    {
        const JsonScan::Field *f = field(name);
        if (!f || f->type != 's')
            return std::nullopt;
        return JsonScan::text(*f);
    }
    void collect(QHash<QString, double> &metrics, QHash<QString, QString> &texts) const override
    {
        addJsonFields(object(), metrics, texts);
        for (const auto &[name, value] : m_typed)
            metrics.insert(name, value);
    }
    QVariantMap record() const override { return object().toVariantMap(); }
    QJsonValue lookup(const QString &path) const override
    {
        // A typed reading, a top-level scalar straight from the scan; anything else through
        // the parsed record.
        if (const std::optional<double> v = typed(path))
            return *v;
        if (const JsonScan::Field *f = field(path)) {
            switch (f->type) {
            case 'n': {
                if (const std::optional<double> v = metric(path))
                    return *v;
                break;
            }
            case 's': return JsonScan::text(*f);
            case 'b': return f->value == QByteArrayView("true");
            case 'z': return QJsonValue(QJsonValue::Null);
            default: break;
            }
        }
        return AlliumFilter::lookup(object(), path);
    }
    FieldValue value(const QString &path) const override
    {
        // As lookup(), without a QJsonValue for the scanned scalars.
        if (const std::optional<double> v = typed(path))
            return FieldValue::ofNumber(*v);
        if (const JsonScan::Field *f = field(path)) {
            switch (f->type) {
            case 'n': {
                if (const std::optional<double> v = metric(path))
                    return FieldValue::ofNumber(*v);
                break;
            }
            case 's': return FieldValue::ofText(JsonScan::text(*f));
            case 'b': return FieldValue::ofBool(f->value == QByteArrayView("true"));
            case 'z': return FieldValue::null();
            default: break;
            }
        }
        return FieldValue::of(AlliumFilter::lookup(object(), path));
    }

private:
    /// A scanned JSON number as a double. Most fields of a flood are short integers (counts,
    /// sizes, block numbers): up to 15 digits they are exact as doubles and read here without
    /// the general conversion; everything else goes through it.
    static std::optional<double> numberOf(QByteArrayView text)
    {
        const bool negative = text.startsWith('-');
        const QByteArrayView digits = negative ? text.sliced(1) : text;
        if (!digits.isEmpty() && digits.size() <= 15) {
            qint64 n = 0;
            bool plain = true;
            for (const char c : digits) {
                if (c < '0' || c > '9') {
                    plain = false;
                    break;
                }
                n = n * 10 + (c - '0');
            }
            if (plain)
                return negative ? -double(n) : double(n);
        }
        bool ok = false;
        const double v = QByteArray::fromRawData(text.data(), text.size()).toDouble(&ok);
        return ok ? std::optional<double>(v) : std::nullopt;
    }
    std::optional<double> typed(const QString &name) const
    {
        for (const auto &[typedName, value] : m_typed) {
            if (typedName == name)
                return value;
        }
        return std::nullopt;
    }
    const JsonScan::Field *field(const QString &name) const
    {
        if (!m_shared && !m_scanned) {
            m_scanned = true;
            qsizetype pos = JsonScan::skipSpace(m_json, 0);
            QString error;
            if (!JsonScan::scanObject(m_json, pos, m_fields, error))
                m_fields.clear();
        }
        const JsonScan::Fields &fields = m_shared ? *m_shared : m_fields;
        // Twenty rules ask every record for their metric, and most names are not in it (a
        // price rule on a block): the key signature answers "absent" without a search.
        if (!m_signaturesReady) {
            m_signaturesReady = true;
            for (const JsonScan::Field &f : fields)
                m_signatures |= signatureOf(f.key);
        }
        const quint64 wanted = signatureOf(name);
        if (wanted && !(m_signatures & wanted))
            return nullptr;
        return findHinted(fields, name);
    }
    /// One bit from a key's length in bytes and its first and last bytes. Only ASCII names
    /// are compared by their bits (below), and an ASCII name equals a key only if the key is
    /// the same bytes: a key with other bytes may set any bit, which costs a search, never
    /// a field.
    static quint64 signatureOf(QByteArrayView key)
    {
        return key.isEmpty() ? 1 : bit(key.size(), uchar(key.front()), uchar(key.back()));
    }
    /// The name's bit, or 0 (search) for a name that is not ASCII (its UTF-16 length is not
    /// its keys' UTF-8 length).
    static quint64 signatureOf(QStringView name)
    {
        if (name.isEmpty())
            return 1;
        if (!QtPrivate::isAscii(name))
            return 0;
        return bit(name.size(), name.front().unicode(), name.back().unicode());
    }
    static quint64 bit(qsizetype size, unsigned first, unsigned last)
    {
        return quint64(1) << ((quint64(size) * 31 + first * 7 + last) & 63);
    }
    /// A flood's records share one shape: a field a rule asks for sits where it sat in the
    /// record before. Each asking name (a rule's metric, a constant) remembers that index;
    /// the key there is compared first, and only a miss searches the record. The hint is
    /// only a guess (always verified), so a stale one costs a search, never a wrong field.
    static const JsonScan::Field *findHinted(const JsonScan::Fields &fields, const QString &name)
    {
        struct Hint {
            const QChar *name = nullptr;
            qsizetype index = 0;
        };
        thread_local std::array<Hint, 16> hints;
        thread_local unsigned next = 0;
        const QChar *id = name.constData();
        for (const Hint &h : hints) {
            if (h.name == id) {
                if (h.index < fields.size() && JsonScan::keyEquals(fields[h.index].key, name))
                    return &fields[h.index];
                break;
            }
        }
        const JsonScan::Field *f = JsonScan::find(fields, QStringView(name));
        if (f) {
            Hint *slot = nullptr;
            for (Hint &h : hints) {
                if (h.name == id)
                    slot = &h;
            }
            if (!slot)
                slot = &hints[next++ % hints.size()];
            *slot = {id, qsizetype(f - fields.constData())};
        }
        return f;
    }
    const QJsonObject &object() const
    {
        if (!m_object)
            m_object = QJsonDocument::fromJson(m_json).object();
        return *m_object;
    }

    const QByteArray m_json; // the scanned fields point into it
    mutable bool m_scanned = false;
    mutable bool m_signaturesReady = false;
    mutable quint64 m_signatures = 0; // signatureOf each key, or-ed
    mutable JsonScan::Fields m_fields;
    mutable std::optional<QJsonObject> m_object;
    const std::shared_ptr<const JsonScan::Fields> m_shared; // views into m_json (the same bytes)
    QVarLengthArray<std::pair<QLatin1String, double>, 2> m_typed;
    mutable QVarLengthArray<std::pair<const JsonScan::Field *, double>, 4> m_numbers; // converted fields
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
    // The client's typed readings win over the record's own fields of the same name.
    QVarLengthArray<std::pair<QLatin1String, double>, 2> typed;
    if (r.blockNumber >= 0)
        typed.append({blocks ? QLatin1String("block") : QLatin1String("block_number"), double(r.blockNumber)});
    if (r.resumed)
        typed.append({QLatin1String("resumed"), 1});
    if (!r.wrapped && r.raw.isEmpty() && !r.json.isEmpty()) {
        // The stream keeps records as JSON text: fields are read from it when a rule asks.
        auto fields = std::make_shared<LazyRecordFields>(r.json, r.scanned);
        for (const auto &[name, value] : typed)
            fields->setTyped(name, value);
        o.fields = std::move(fields);
    } else {
        const QJsonObject raw = r.object();
        addJsonFields(raw, o.metrics, o.texts);
        o.record = raw.toVariantMap();
        for (const auto &[name, value] : typed)
            o.metrics.insert(name, value);
    }
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
