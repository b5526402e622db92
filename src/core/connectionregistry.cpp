#include "connectionregistry.h"

#include "observation.h"

#include "connection.h"
#include "connectionstates.h"

#include <QCoreApplication>
#include <QJSEngine>

ConnectionRegistry *ConnectionRegistry::instance()
{
    static ConnectionRegistry *registry = new ConnectionRegistry(qApp);
    return registry;
}

ConnectionRegistry *ConnectionRegistry::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

ConnectionRegistry::ConnectionRegistry(QObject *parent)
    : QAbstractListModel(parent)
{
}

void ConnectionRegistry::add(Connection *connection, const QString &providerId, ObservationSource *observations)
{
    if (!connection || rowOf(connection) >= 0)
        return;
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({connection, connection, providerId, observations, {}});
    endInsertRows();

    auto changed = [this, connection](const QList<int> &roles) {
        const int r = rowOf(connection);
        if (r >= 0)
            Q_EMIT dataChanged(index(r), index(r), roles);
    };
    connect(connection, &Connection::stateChanged, this, [this, changed] {
        changed({StateRole, StateNameRole, ReasonRole});
        Q_EMIT healthChanged();
    });
    connect(connection, &Connection::urlChanged, this, [changed] { changed({UrlRole}); });
    connect(connection, &Connection::statsChanged, this, [changed] {
        changed({MessagesInRole, MessagesOutRole, BytesInRole, BytesOutRole, RateRole, LastMessageAgeRole,
                 RoundTripRole, ReconnectsRole});
    });
    connect(connection, &QObject::destroyed, this, [this, connection] { remove(connection); });
    Q_EMIT countChanged();
    Q_EMIT healthChanged();
    Q_EMIT connectionAdded(connection);
}

QString ConnectionRegistry::providerOf(const Connection *connection) const
{
    const int row = rowOf(connection);
    return row >= 0 ? m_entries.at(row).providerId : QString();
}

ObservationSource *ConnectionRegistry::observationsOf(const Connection *connection) const
{
    const int row = rowOf(connection);
    return row >= 0 ? m_entries.at(row).observations.data() : nullptr;
}

void ConnectionRegistry::remove(Connection *connection)
{
    const int row = rowOf(connection);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    if (connection && !QObject::sender())
        connection->disconnect(this);
    Q_EMIT countChanged();
    Q_EMIT healthChanged();
}

QList<Connection *> ConnectionRegistry::connections() const
{
    QList<Connection *> out;
    for (const Entry &e : m_entries) {
        if (e.connection)
            out << e.connection;
    }
    return out;
}

QList<Connection *> ConnectionRegistry::connectionsOfProfile(const QString &profileId) const
{
    QList<Connection *> out;
    for (const Entry &e : m_entries) {
        if (e.connection && e.connection->profileId() == profileId)
            out << e.connection;
    }
    return out;
}

void ConnectionRegistry::setSessionDetails(const Connection *connection, const QString &details)
{
    const int row = rowOf(connection);
    if (row < 0 || m_entries.at(row).sessionDetails == details)
        return;
    m_entries[row].sessionDetails = details;
    Q_EMIT dataChanged(index(row), index(row), {SessionDetailsRole});
}

QString ConnectionRegistry::sessionDetailsOf(const Connection *connection) const
{
    const int row = rowOf(connection);
    return row >= 0 ? m_entries.at(row).sessionDetails : QString();
}

int ConnectionRegistry::rowOf(const Connection *connection) const
{
    // Compare the raw pointer: while a connection is being destroyed its QPointer is null.
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).raw == connection)
            return i;
    }
    return -1;
}

int ConnectionRegistry::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ConnectionRegistry::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const Entry &entry = m_entries.at(index.row());
    const Connection *c = entry.connection;
    if (!c)
        return {};
    const ConnectionStats s = c->stats();
    switch (role) {
    case ConnectionRole: return QVariant::fromValue(const_cast<Connection *>(c));
    case NameRole: return c->name();
    case ProfileIdRole: return c->profileId();
    case ProviderRole: return entry.providerId;
    case UrlRole: return c->displayUrl();
    case StateRole: return int(c->state());
    case StateNameRole: return stateName(int(c->state()));
    case ReasonRole: return c->reason();
    case MessagesInRole: return s.messagesIn;
    case MessagesOutRole: return s.messagesOut;
    case BytesInRole: return s.bytesIn;
    case BytesOutRole: return s.bytesOut;
    case RateRole: return s.messagesPerSecond;
    case LastMessageAgeRole: return s.lastMessageAgeMs;
    case RoundTripRole: return s.pingRoundTripMs;
    case ReconnectsRole: return s.reconnects;
    case SessionDetailsRole: return entry.sessionDetails;
    }
    return {};
}

QHash<int, QByteArray> ConnectionRegistry::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {ConnectionRole, "connection"}, {NameRole, "name"}, {ProfileIdRole, "profileId"},
        {ProviderRole, "provider"}, {UrlRole, "url"}, {StateRole, "connectionState"},
        {StateNameRole, "stateName"}, {ReasonRole, "reason"}, {MessagesInRole, "messagesIn"},
        {MessagesOutRole, "messagesOut"}, {BytesInRole, "bytesIn"}, {BytesOutRole, "bytesOut"},
        {RateRole, "rate"}, {LastMessageAgeRole, "lastMessageAgeMs"}, {RoundTripRole, "roundTripMs"},
        {ReconnectsRole, "reconnects"}, {SessionDetailsRole, "sessionDetails"},
    };
    return names;
}

int ConnectionRegistry::openCount() const
{
    int n = 0;
    for (const Entry &e : m_entries)
        n += e.connection && e.connection->state() == Connection::State::Open;
    return n;
}

int ConnectionRegistry::troubleCount() const
{
    int n = 0;
    for (const Entry &e : m_entries) {
        if (!e.connection)
            continue;
        const auto st = e.connection->state();
        n += st == Connection::State::Failed || st == Connection::State::Reconnecting;
    }
    return n;
}

void ConnectionRegistry::connectRow(int row)
{
    if (row >= 0 && row < m_entries.size() && m_entries.at(row).connection)
        m_entries.at(row).connection->open();
}

void ConnectionRegistry::disconnectRow(int row)
{
    if (row >= 0 && row < m_entries.size() && m_entries.at(row).connection)
        m_entries.at(row).connection->close();
}

void ConnectionRegistry::connectProfile(const QString &profileId)
{
    for (Connection *c : connectionsOfProfile(profileId))
        c->open();
}

void ConnectionRegistry::disconnectProfile(const QString &profileId)
{
    for (Connection *c : connectionsOfProfile(profileId))
        c->close();
}

QString ConnectionRegistry::stateName(int state)
{
    return ConnectionStates::textOf(state);
}
