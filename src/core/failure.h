#pragma once
// What ended a connection, and what the connection should do about it.

#include <QMetaType>
#include <QString>

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

} // namespace Failure
