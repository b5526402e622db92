#include "auth.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace Auth {

void apply(Method method, const QString &key, QNetworkRequest &request, const QString &queryName)
{
    if (key.isEmpty())
        return;
    switch (method) {
    case Method::ApiKeyHeader:
        request.setRawHeader("X-API-KEY", key.toUtf8());
        break;
    case Method::LowerApiKeyHeader:
        request.setRawHeader("x-api-key", key.toUtf8());
        break;
    case Method::Bearer:
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
        break;
    case Method::QueryParameter: {
        QUrl url = request.url();
        QUrlQuery query(url);
        query.removeAllQueryItems(queryName);
        query.addQueryItem(queryName, key);
        url.setQuery(query);
        request.setUrl(url);
        break;
    }
    case Method::SocketIoToken:
    case Method::None:
        break;
    }
}

QString toId(Method method)
{
    switch (method) {
    case Method::None: return QStringLiteral("none");
    case Method::ApiKeyHeader: return QStringLiteral("x-api-key-header");
    case Method::LowerApiKeyHeader: return QStringLiteral("x-api-key-lower-header");
    case Method::Bearer: return QStringLiteral("bearer");
    case Method::QueryParameter: return QStringLiteral("query");
    case Method::SocketIoToken: return QStringLiteral("socketio-token");
    }
    return QStringLiteral("none");
}

Method fromId(const QString &id, Method fallback)
{
    for (Method m : {Method::None, Method::ApiKeyHeader, Method::LowerApiKeyHeader, Method::Bearer,
                     Method::QueryParameter, Method::SocketIoToken}) {
        if (toId(m) == id)
            return m;
    }
    return fallback;
}

QString label(Method method)
{
    switch (method) {
    case Method::None: return QCoreApplication::translate("Auth", "No key");
    case Method::ApiKeyHeader: return QCoreApplication::translate("Auth", "X-API-KEY header");
    case Method::LowerApiKeyHeader: return QCoreApplication::translate("Auth", "x-api-key header");
    case Method::Bearer: return QCoreApplication::translate("Auth", "Authorization: Bearer");
    case Method::QueryParameter: return QCoreApplication::translate("Auth", "api_key query parameter");
    case Method::SocketIoToken: return QCoreApplication::translate("Auth", "Socket.IO auth token");
    }
    return {};
}

} // namespace Auth
