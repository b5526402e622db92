#include "genericclient.h"

#include "core/connection.h"

#include <QJsonDocument>

GenericClient::GenericClient(Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
    Q_ASSERT(connection);
    connect(m_connection, &Connection::messageReceived, this, &GenericClient::onMessage);
}

void GenericClient::onMessage(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_malformed;
        Q_EMIT protocolProblem(error.error != QJsonParseError::NoError
                                   ? tr("A frame is not JSON (%1 at offset %2)").arg(error.errorString()).arg(error.offset)
                                   : tr("A frame is JSON but not an object"));
        return;
    }
    ++m_records;
    Q_EMIT recordReceived(doc.object());
}
