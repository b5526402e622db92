#include "frametap.h"

#include "core/connection.h"

#include <QHash>

namespace {
QHash<const Connection *, int> &counts()
{
    static QHash<const Connection *, int> table;
    return table;
}
} // namespace

void FrameTap::acquire(Connection *connection)
{
    if (!connection)
        return;
    int &n = counts()[connection];
    if (n++ == 0) {
        connection->setFrameTapEnabled(true);
        QObject::connect(connection, &QObject::destroyed, [connection] { counts().remove(connection); });
    }
}

void FrameTap::release(Connection *connection)
{
    if (!connection)
        return;
    auto it = counts().find(connection);
    if (it == counts().end())
        return;
    if (--it.value() <= 0) {
        counts().erase(it);
        connection->setFrameTapEnabled(false);
    }
}

int FrameTap::users(const Connection *connection)
{
    return counts().value(connection);
}
