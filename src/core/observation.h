#pragma once
// The normalised input of the alert engine and the dashboard. Every provider client's typed
// events (prices, candles, trades, blocks, stream records, tweets, billing notices) are
// adapted to Observations by one small adapter per provider
// (src/providers/<name>/<name>observations.h), after the client's validation and
// de-duplication, so that one set of rules works over all of them.

#include "fieldvalue.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVariantMap>
#include <memory>
#include <optional>

/// Fields an adapter leaves in their wire form until a consumer asks for them: parsing
/// every record of a flood (the Allium streams) would cost more than the rest of the path,
/// while most rules read one or two fields. Shared by every copy of the observation and
/// parsed at most once. Implemented by the provider's adapter.
class ObservationFields
{
public:
    virtual ~ObservationFields() = default;
    /// A numeric top-level field.
    virtual std::optional<double> metric(const QString &name) const = 0;
    /// A text top-level field.
    virtual std::optional<QString> text(const QString &name) const = 0;
    /// Every numeric and text top-level field (for a message's placeholders).
    virtual void collect(QHash<QString, double> &metrics, QHash<QString, QString> &texts) const = 0;
    /// The whole record.
    virtual QVariantMap record() const = 0;
    /// The value at a field path (the Allium filter's paths); undefined when missing.
    virtual QJsonValue lookup(const QString &path) const = 0;
    /// The same as a FieldValue (what record filters compare); an adapter that can read a
    /// field without a QJsonValue overrides it.
    virtual FieldValue value(const QString &path) const { return FieldValue::of(lookup(path)); }
};

/// One thing a feed reported, in the shape rules read. Read fields through the accessors:
/// an adapter may keep some of them in `fields` rather than in metrics/texts/record.
struct Observation {
    QString provider;   ///< Provider::toId() of the feed: "predikt", "conyr", "allium-stream", "tweets", "generic"
    QString source;     ///< the connection (its name) or profile it came from
    QString kind;       ///< "price", "candle", "trade", "block", "record", "tweet", "billing", "paused", "resumed"
    QString subject;    ///< symbol, topic or monitor the value belongs to
    QString label;      ///< what a person calls the subject (a token's symbol for its mint); empty: the subject
    qint64 timestampMs = 0; ///< when it happened (the feed's own time where it has one), Unix ms
    QHash<QString, double> metrics; ///< numbers: price, close, volume, balance, block …
    QHash<QString, QString> texts;  ///< text fields: text, author, monitor, rule …
    QVariantMap record; ///< the whole record, for filter rules
    std::shared_ptr<const ObservationFields> fields; ///< more fields, parsed when asked

    /// A metric, looked up once (hasMetric() followed by metric() would read it twice).
    std::optional<double> metricIf(const QString &name) const
    {
        const auto it = metrics.constFind(name);
        if (it != metrics.constEnd())
            return *it;
        return fields ? fields->metric(name) : std::nullopt;
    }
    bool hasMetric(const QString &name) const { return metricIf(name).has_value(); }
    double metric(const QString &name, double fallback = 0) const { return metricIf(name).value_or(fallback); }
    QString text(const QString &name) const
    {
        const auto it = texts.constFind(name);
        if (it != texts.constEnd())
            return *it;
        return fields ? fields->text(name).value_or(QString()) : QString();
    }
    bool hasRecord() const { return !record.isEmpty() || fields; }
    QVariantMap recordMap() const { return record.isEmpty() && fields ? fields->record() : record; }
    /// Every metric and text, those in `fields` included (metrics and texts win).
    void allFields(QHash<QString, double> &allMetrics, QHash<QString, QString> &allTexts) const
    {
        if (fields)
            fields->collect(allMetrics, allTexts);
        allMetrics.insert(metrics);
        allTexts.insert(texts);
    }
};

/// A JSON record's top-level numbers as metrics and strings as texts (how adapters read
/// records whose fields have no typed meaning).
inline void addJsonFields(const QJsonObject &record, QHash<QString, double> &metrics, QHash<QString, QString> &texts)
{
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (it.value().isDouble())
            metrics.insert(it.key(), it.value().toDouble());
        else if (it.value().isString())
            texts.insert(it.key(), it.value().toString());
    }
}

/// A connection's state as the alert engine sees it.
struct ConnectionObservation {
    QString name;       ///< Connection::name()
    QString profileId;
    QString provider;   ///< Provider::toId() of the owning profile
    bool down = false;  ///< reconnecting or failed (not: closed by the user, idle)
    QString reason;     ///< the connection's reason, shown in the alert
    qint64 timestampMs = 0;
    bool billingStopped = false; ///< down because the balance ran out (Failure::Billing): not coming back by itself
    bool connecting = false;     ///< an attempt in progress (after a failure: still without data)
};

/// A timestamp that may be seconds, milliseconds or an ISO date, as Unix ms (0 if unknown).
inline qint64 observationTimeMs(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString) {
        const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (dt.isValid())
            return dt.toMSecsSinceEpoch();
    }
    bool ok = false;
    const double v = value.toDouble(&ok);
    if (!ok || v <= 0)
        return 0;
    // Seconds until the year 5138; milliseconds after that.
    return v < 1e11 ? qint64(v * 1000.0) : qint64(v);
}

/// The observations of one provider client, emitted as the client delivers its typed
/// events. A provider's adapter creates it as a child of the client; whoever registers the
/// client's connection (ConnectionRegistry::add) hands it over, and AlertFeeds reads it.
class ObservationSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Emits a batch (adapters call this; a client's batch stays one batch).
    void publish(const QList<Observation> &batch)
    {
        if (!batch.isEmpty())
            Q_EMIT observed(batch);
    }

Q_SIGNALS:
    void observed(const QList<Observation> &batch);
};

Q_DECLARE_METATYPE(Observation)
Q_DECLARE_METATYPE(ConnectionObservation)
