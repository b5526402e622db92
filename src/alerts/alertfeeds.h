#pragma once
// Everything the alert engine and the dashboard read: the observations of every registered
// connection's provider client (the clients' typed events, after their validation and
// de-duplication, through each provider's adapter) and the connections' states. Frames are
// decoded once, by the clients: the same path serves live connections, replays (the
// replay's own client, ReplayReader) and relays (RelayFeed's clients).

#include "core/observation.h"

#include <QHash>
#include <QObject>

class Connection;
class ConnectionRegistry;

class AlertFeeds : public QObject
{
    Q_OBJECT

public:
    explicit AlertFeeds(QObject *parent = nullptr);

    /// Follows a registry: every connection it holds now or later is attached with the
    /// observations it was registered with.
    void follow(ConnectionRegistry *registry);
    /// Attaches one connection of a provider (Provider::toId) and, when its client reports
    /// any, the client's observations. Idempotent per connection.
    void attach(Connection *connection, const QString &providerId, ObservationSource *observations);

Q_SIGNALS:
    void observed(const Observation &observation);
    void connectionObserved(const ConnectionObservation &connection);

private:
    QHash<const Connection *, QString> m_attached;
};
