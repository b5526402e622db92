#pragma once
// What ended a connection, and what the connection should do about it.

#include <QAbstractSocket>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

class QUrl;

namespace Failure {
Q_NAMESPACE

/// How a connection ending (close code, handshake error or provider message) is treated.
enum class Kind {
    None,       ///< no failure
    Transient,  ///< network trouble, server restart, stale socket: retry with backoff
    Limit,      ///< connection or subscription limit: retry, but only at the backoff cap
    Auth,       ///< key missing, invalid or lacking permission: never retried
    Billing,    ///< balance exhausted: never retried, the user must top up
    Final,      ///< the server ended the session on purpose: not retried
};
Q_ENUM_NS(Kind)

/// A verdict: the kind and a sentence a person understands.
struct Verdict {
    Kind kind = Kind::None;
    QString reason;
};

/// True when the kind stops the reconnect loop.
inline bool isTerminal(Kind kind)
{
    return kind == Kind::Auth || kind == Kind::Billing || kind == Kind::Final;
}

/// Classifies a WebSocket close frame. Knows the standard codes and the providers'
/// documented application codes (4001 invalid key, 4003 limit, 4029 rate limit).
Verdict classifyClose(int closeCode, const QString &closeReason);

/// Classifies a failed opening handshake from QWebSocket's error string, which in Qt 6.4
/// carries the HTTP status ("Unhandled http status code: 401 (Unauthorized)").
Verdict classifyHandshake(const QString &errorString);

/// The HTTP status in a handshake error string, or 0.
int httpStatusFromError(const QString &errorString);

/// The one sentence for a connection that could not be opened or broke below the WebSocket
/// layer: host not found, connection refused, timed out, TLS failure, the HTTP status of a
/// refused upgrade (via classifyHandshake), a key refused, a wrong scheme. `errorString` is
/// QWebSocket's or QAbstractSocket's own text (kept as a detail only where it says more, as
/// for TLS); `url` names the host. Every page, the CLI and the REST clients use it, so one
/// failure reads the same everywhere.
Verdict describeSocketError(QAbstractSocket::SocketError error, const QString &errorString, const QUrl &url);

/// The same sentences for a REST request's transport failure (QNetworkReply's error), or an
/// empty string when the error is not a transport one (an HTTP status the caller explains).
QString describeReplyError(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url);

} // namespace Failure
