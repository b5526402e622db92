#pragma once
// The normalised input of the alert engine. Every provider's typed events (prices, candles,
// trades, blocks, stream records, tweets, billing notices) are adapted to an Observation,
// so that one set of rules works over all of them.

#include <QHash>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

/// One thing a feed reported, in the shape rules read.
struct Observation {
    QString provider;   ///< Provider::toId() of the feed: "predikt", "conyr", "allium-stream", "tweets", "generic"
    QString source;     ///< the connection (its name) or profile it came from
    QString kind;       ///< "price", "candle", "trade", "block", "record", "tweet", "billing"
    QString subject;    ///< symbol, topic or monitor the value belongs to
    qint64 timestampMs = 0; ///< when it happened (the feed's own time where it has one), Unix ms
    QHash<QString, double> metrics; ///< numbers: price, close, volume, balance, block …
    QHash<QString, QString> texts;  ///< text fields: text, author, monitor, rule …
    QVariantMap record; ///< the whole record, for filter rules

    bool hasMetric(const QString &name) const { return metrics.contains(name); }
    double metric(const QString &name, double fallback = 0) const { return metrics.value(name, fallback); }
};

/// A connection's state as the alert engine sees it.
struct ConnectionObservation {
    QString name;       ///< Connection::name()
    QString profileId;
    QString provider;   ///< Provider::toId() of the owning profile
    bool down = false;  ///< reconnecting or failed (not: closed by the user, idle)
    QString reason;     ///< the connection's reason, shown in the alert
    qint64 timestampMs = 0;
};

Q_DECLARE_METATYPE(Observation)
Q_DECLARE_METATYPE(ConnectionObservation)
