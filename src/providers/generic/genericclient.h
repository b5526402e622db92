#pragma once
// The client of a generic WebSocket endpoint (a profile of kind Generic): every text frame
// that is a JSON object is a record. Anything else is counted and reported, never dropped
// without a word.

#include <QJsonObject>
#include <QObject>
#include <QPointer>

class Connection;

/// Reads a Connection it does not own (live or replayed).
class GenericClient : public QObject
{
    Q_OBJECT

public:
    explicit GenericClient(Connection *connection, QObject *parent = nullptr);

    Connection *connection() const { return m_connection; }
    qint64 records() const { return m_records; }
    qint64 malformed() const { return m_malformed; }

Q_SIGNALS:
    void recordReceived(const QJsonObject &record);
    /// A frame that is not a JSON object (counted, then skipped).
    void protocolProblem(const QString &problem);

private:
    void onMessage(const QByteArray &payload);

    QPointer<Connection> m_connection;
    qint64 m_records = 0;
    qint64 m_malformed = 0;
};
