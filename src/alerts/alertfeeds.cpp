#include "alertfeeds.h"

#include "adapters/adapters.h"

#include "core/connection.h"
#include "core/connectionregistry.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

QHash<QString, FrameDecoder> &decoders()
{
    static QHash<QString, FrameDecoder> table = [] {
        QHash<QString, FrameDecoder> t;
        t.insert(QStringLiteral("generic"), &AlertFeeds::decodeGeneric);
        t.insert(QStringLiteral("tweets"), &tweetsObservations);
        t.insert(QStringLiteral("allium-stream"), &alliumStreamObservations);
        t.insert(QStringLiteral("conyr"), &conyrObservations);
        return t;
    }();
    return table;
}

bool isDown(Connection::State state)
{
    return state == Connection::State::Reconnecting || state == Connection::State::Failed;
}

} // namespace

qint64 observationTimeMs(const QVariant &value)
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

AlertFeeds::AlertFeeds(QObject *parent)
    : QObject(parent)
{
}

FrameDecoder AlertFeeds::decoderFor(const QString &providerId)
{
    return decoders().value(providerId);
}

void AlertFeeds::registerDecoder(const QString &providerId, FrameDecoder decoder)
{
    decoders().insert(providerId, std::move(decoder));
}

void AlertFeeds::follow(ConnectionRegistry *registry)
{
    for (int row = 0; row < registry->rowCount(); ++row) {
        const QModelIndex index = registry->index(row);
        attach(index.data(ConnectionRegistry::ConnectionRole).value<Connection *>(),
               index.data(ConnectionRegistry::ProviderRole).toString());
    }
    connect(registry, &ConnectionRegistry::connectionAdded, this, [this, registry](Connection *connection) {
        for (int row = 0; row < registry->rowCount(); ++row) {
            const QModelIndex index = registry->index(row);
            if (index.data(ConnectionRegistry::ConnectionRole).value<Connection *>() == connection)
                attach(connection, index.data(ConnectionRegistry::ProviderRole).toString());
        }
    });
}

void AlertFeeds::attach(Connection *connection, const QString &providerId)
{
    if (!connection || m_attached.contains(connection))
        return;
    m_attached.insert(connection, providerId);
    connect(connection, &QObject::destroyed, this, [this, connection] { m_attached.remove(connection); });

    auto report = [this, connection, providerId] {
        ConnectionObservation c;
        c.name = connection->name();
        c.profileId = connection->profileId();
        c.provider = providerId;
        c.down = isDown(connection->state());
        c.reason = connection->reason();
        c.timestampMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT connectionObserved(c);
    };
    connect(connection, &Connection::stateChanged, this, report);
    report();

    // The decoder is looked up per frame: a provider may register it after we attached.
    connect(connection, &Connection::messageReceived, this, [this, connection, providerId](const QByteArray &frame) {
        const auto &table = decoders();
        const auto it = table.constFind(providerId);
        if (it == table.constEnd())
            return;
        const QList<Observation> observations = (*it)(frame, *connection);
        for (const Observation &o : observations)
            Q_EMIT observed(o);
    });
}

QList<Observation> AlertFeeds::decodeGeneric(const QByteArray &frame, const Connection &connection)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject json = doc.object();
    Observation o;
    o.provider = QStringLiteral("generic");
    o.source = connection.name();
    o.record = json.toVariantMap();
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.value().isDouble())
            o.metrics.insert(it.key(), it.value().toDouble());
        else if (it.value().isString())
            o.texts.insert(it.key(), it.value().toString());
    }
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
    return {o};
}
