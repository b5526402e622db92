#pragma once
// How a profile presents its API key to a server.

#include <QMetaType>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

namespace Auth {
Q_NAMESPACE

enum class Method {
    None,
    ApiKeyHeader,        ///< "X-API-KEY: <key>" (Allium)
    LowerApiKeyHeader,   ///< "x-api-key: <key>" (tweet stream)
    Bearer,              ///< "Authorization: Bearer <key>"
    QueryParameter,      ///< "?api_key=<key>" (browser-friendly; the URL is redacted in logs)
    SocketIoToken,       ///< Socket.IO namespace auth payload {token} (Predikt); nothing on the socket
};
Q_ENUM_NS(Method)

/// Adds the key to the request (header) or to its URL (query parameter).
void apply(Method method, const QString &key, QNetworkRequest &request,
           const QString &queryName = QStringLiteral("api_key"));

/// Stable identifiers for settings and JSON ("header", "bearer", "query", …).
QString toId(Method method);
Method fromId(const QString &id, Method fallback = Method::None);
/// A short label a person reads in the UI.
QString label(Method method);

} // namespace Auth
