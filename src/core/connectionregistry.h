#pragma once
// Every live Connection in the process, as a model for the Connections page.

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

class Connection;
class ObservationSource;
class QQmlEngine;
class QJSEngine;

/// Provider clients register their connections here; the Connections page, the tray and
/// the dashboard read state and statistics from it. Rows are looked up by identity.
class ConnectionRegistry : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY healthChanged)
    Q_PROPERTY(int troubleCount READ troubleCount NOTIFY healthChanged)

public:
    enum Roles {
        ConnectionRole = Qt::UserRole + 1, ///< the Connection object
        NameRole,
        ProfileIdRole,
        ProviderRole,      ///< Provider::toId() of the owning profile kind
        UrlRole,           ///< redacted
        StateRole,         ///< Connection::State as int
        StateNameRole,     ///< translated state name
        ReasonRole,
        MessagesInRole,
        MessagesOutRole,
        BytesInRole,
        BytesOutRole,
        RateRole,
        LastMessageAgeRole,
        RoundTripRole,
        ReconnectsRole,
        SessionDetailsRole, ///< the server's ids of the session for people ("Connection ID …"), or empty
    };
    Q_ENUM(Roles)

    static ConnectionRegistry *instance();
    static ConnectionRegistry *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible on purpose: Qt 6.4 would construct a second instance
    /// for QML instead of calling create().
    explicit ConnectionRegistry(QObject *parent);

    /// Registers a connection; it is removed automatically when destroyed. observations:
    /// what the connection's provider client reports to alerts and the dashboard (its
    /// adapter's source, src/providers/<name>/<name>observations.h); none for connections
    /// whose data no rule reads (the Allium API console).
    void add(Connection *connection, const QString &providerId, ObservationSource *observations = nullptr);
    void remove(Connection *connection);
    QList<Connection *> connections() const;
    QString providerOf(const Connection *connection) const;
    ObservationSource *observationsOf(const Connection *connection) const;
    QList<Connection *> connectionsOfProfile(const QString &profileId) const;
    /// What the server told about this connection's session, for people: its connection and
    /// account or key ids (Predikt's connectionId, the tweet stream's api_key_id). Set by
    /// whoever reads the session's handshake; kept until the next one.
    void setSessionDetails(const Connection *connection, const QString &details);
    QString sessionDetailsOf(const Connection *connection) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int openCount() const;
    int troubleCount() const;

    Q_INVOKABLE void connectRow(int row);
    Q_INVOKABLE void disconnectRow(int row);
    /// Opens or closes every connection of a profile.
    Q_INVOKABLE void connectProfile(const QString &profileId);
    Q_INVOKABLE void disconnectProfile(const QString &profileId);

    /// The translated state word; the same as ConnectionStates::textOf().
    static QString stateName(int state);

Q_SIGNALS:
    void countChanged();
    void healthChanged();
    void connectionAdded(Connection *connection);

private:
    struct Entry {
        const Connection *raw;
        QPointer<Connection> connection;
        QString providerId;
        QPointer<ObservationSource> observations;
        QString sessionDetails;
    };
    int rowOf(const Connection *connection) const;

    QList<Entry> m_entries;
};
