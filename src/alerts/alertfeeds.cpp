#include "alertfeeds.h"

#include "core/connection.h"
#include "core/connectionregistry.h"

#include <QDateTime>

namespace {

bool isDown(Connection::State state)
{
    return state == Connection::State::Reconnecting || state == Connection::State::Failed;
}

} // namespace

AlertFeeds::AlertFeeds(QObject *parent)
    : QObject(parent)
{
}

void AlertFeeds::follow(ConnectionRegistry *registry)
{
    const QList<Connection *> present = registry->connections();
    for (Connection *connection : present)
        attach(connection, registry->providerOf(connection), registry->observationsOf(connection));
    connect(registry, &ConnectionRegistry::connectionAdded, this, [this, registry](Connection *connection) {
        attach(connection, registry->providerOf(connection), registry->observationsOf(connection));
    });
}

void AlertFeeds::attach(Connection *connection, const QString &providerId, ObservationSource *observations)
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
        c.billingStopped = c.down && connection->lastFailure() == Failure::Kind::Billing;
        c.connecting = connection->state() == Connection::State::Connecting;
        c.timestampMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT connectionObserved(c);
    };
    connect(connection, &Connection::stateChanged, this, report);
    report();

    if (observations) {
        connect(observations, &ObservationSource::observed, this, [this](const QList<Observation> &batch) {
            for (const Observation &o : batch)
                Q_EMIT observed(o);
        });
    }
}
