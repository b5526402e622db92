#include "failure.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace Failure {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Failure", text);
}
} // namespace

Verdict classifyClose(int code, const QString &closeReason)
{
    const QString detail = closeReason.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(closeReason);
    switch (code) {
    case 4001:
        return {Kind::Auth, tr("The server rejected the API key (close code 4001)") + detail};
    case 4003:
        return {Kind::Limit, tr("The server's connection limit for this key is reached (close code 4003)") + detail};
    case 4029:
    case 1013: // try again later
        return {Kind::Limit, tr("The server asked to back off (close code %1)").arg(code) + detail};
    case 1008: // policy violation: servers use it for auth rejections
        if (closeReason.contains(QLatin1String("key"), Qt::CaseInsensitive)
            || closeReason.contains(QLatin1String("auth"), Qt::CaseInsensitive)
            || closeReason.contains(QLatin1String("permission"), Qt::CaseInsensitive))
            return {Kind::Auth, tr("The server rejected the credentials (close code 1008)") + detail};
        return {Kind::Transient, tr("The server closed the connection for a policy violation (close code 1008)") + detail};
    case 1009:
        return {Kind::Transient, tr("A message exceeded the size limit (close code 1009)") + detail};
    case 1000:
        return {Kind::Transient, tr("The server closed the connection") + detail};
    case 1001:
        return {Kind::Transient, tr("The server is going away (close code 1001)") + detail};
    case 1006:
        return {Kind::Transient, tr("The connection was lost") + detail};
    default:
        return {Kind::Transient, tr("The connection closed with code %1").arg(code) + detail};
    }
}

int httpStatusFromError(const QString &errorString)
{
    static const QRegularExpression re(QStringLiteral("status code:?\\s*(\\d{3})"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto match = re.match(errorString);
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

Verdict classifyHandshake(const QString &errorString)
{
    const int status = httpStatusFromError(errorString);
    switch (status) {
    case 401:
        return {Kind::Auth, tr("The server rejected the API key (HTTP 401 Unauthorized)")};
    case 403:
        return {Kind::Auth, tr("The key is not allowed to use this endpoint (HTTP 403 Forbidden)")};
    case 402:
        return {Kind::Billing, tr("The account has no balance left (HTTP 402 Payment Required)")};
    case 429:
        return {Kind::Limit, tr("Too many connections or requests (HTTP 429)")};
    case 0:
        return {Kind::Transient, errorString};
    case 404:
        return {Kind::Transient, tr("The server has no WebSocket endpoint at this path (HTTP 404 Not Found)")};
    case 200:
        return {Kind::Transient,
                tr("The server answered with a web page instead of a WebSocket upgrade (HTTP 200): check the path")};
    case 503:
        return {Kind::Transient, tr("The server is unavailable for now (HTTP 503)")};
    default:
        if (status >= 500)
            return {Kind::Transient, tr("The server failed while upgrading to a WebSocket (HTTP %1)").arg(status)};
        return {Kind::Transient, tr("The server refused the WebSocket upgrade (HTTP %1)").arg(status)};
    }
}

namespace {

QString hostOf(const QUrl &url)
{
    const QString host = url.host();
    return host.isEmpty() ? tr("the server") : host;
}

QString hostAndPort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == QLatin1String("wss") || scheme == QLatin1String("https") ? 443 : 80);
    return QStringLiteral("%1:%2").arg(hostOf(url)).arg(port);
}

/// The library's detail after its own prefix ("Error during SSL handshake: …"), for TLS texts.
QString tlsDetail(const QString &errorString)
{
    QString detail = errorString.trimmed();
    const qsizetype colon = detail.indexOf(QLatin1String(": "));
    if (detail.startsWith(QLatin1String("Error during SSL handshake")) && colon >= 0)
        detail = detail.mid(colon + 2);
    if (detail.endsWith(QLatin1Char('.')))
        detail.chop(1);
    return detail;
}

QString tlsSentence(const QString &errorString, const QUrl &url)
{
    // OpenSSL's "wrong version number": what came back is not TLS at all — almost always a
    // plain ws:// server asked for wss://.
    if (errorString.contains(QLatin1String("wrong version number"), Qt::CaseInsensitive))
        return tr("The secure connection (TLS) to %1 failed: the server does not speak TLS on this port (try ws:// instead of wss://)")
            .arg(hostOf(url));
    const QString detail = tlsDetail(errorString);
    if (detail.isEmpty() || detail == QLatin1String("Unknown error"))
        return tr("The secure connection (TLS) to %1 failed").arg(hostOf(url));
    return tr("The secure connection (TLS) to %1 failed: %2").arg(hostOf(url), detail);
}

QString hostNotFound(const QUrl &url)
{
    return tr("Host %1 not found: check the address and the network connection").arg(hostOf(url));
}

QString refused(const QUrl &url)
{
    return tr("%1 refused the connection: nothing accepts connections on that port").arg(hostAndPort(url));
}

QString timedOut(const QUrl &url)
{
    return tr("%1 did not answer in time").arg(hostOf(url));
}

QString networkDown(const QUrl &url)
{
    return tr("The network connection to %1 failed: check that this computer is online").arg(hostOf(url));
}

QString closedEarly(const QUrl &url)
{
    return tr("%1 closed the connection unexpectedly").arg(hostOf(url));
}

QString proxyFailed(const QUrl &url)
{
    return tr("The proxy could not connect to %1: check the proxy settings").arg(hostOf(url));
}

} // namespace

Verdict describeSocketError(QAbstractSocket::SocketError error, const QString &errorString, const QUrl &url)
{
    // Qt reports a refused upgrade as ConnectionRefusedError (or RemoteHostClosedError) with
    // the status in the text: the status says more than the socket error.
    if (httpStatusFromError(errorString) > 0)
        return classifyHandshake(errorString);
    using E = QAbstractSocket::SocketError;
    switch (error) {
    case E::HostNotFoundError:
        return {Kind::Transient, hostNotFound(url)};
    case E::ConnectionRefusedError:
        return {Kind::Transient, refused(url)};
    case E::SocketTimeoutError:
        return {Kind::Transient, timedOut(url)};
    case E::NetworkError:
    case E::TemporaryError:
        return {Kind::Transient, networkDown(url)};
    case E::RemoteHostClosedError:
        return {Kind::Transient, closedEarly(url)};
    case E::SslHandshakeFailedError:
    case E::SslInternalError:
    case E::SslInvalidUserDataError:
        return {Kind::Transient, tlsSentence(errorString, url)};
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyConnectionTimeoutError:
    case E::ProxyNotFoundError:
    case E::ProxyProtocolError:
        return {Kind::Transient, proxyFailed(url)};
    case E::ProxyAuthenticationRequiredError:
        return {Kind::Final, tr("The proxy asks for a login: set the proxy's user and password")};
    case E::UnsupportedSocketOperationError:
        if (errorString.contains(QLatin1String("scheme"), Qt::CaseInsensitive))
            return {Kind::Final, tr("The address must start with ws:// or wss://")};
        break;
    default:
        break;
    }
    const QString detail = errorString.trimmed();
    if (detail.isEmpty() || detail == QLatin1String("Unknown error"))
        return {Kind::Transient, tr("The connection to %1 could not be opened").arg(hostOf(url))};
    return {Kind::Transient, tr("The connection to %1 failed: %2").arg(hostOf(url), detail)};
}

QString describeReplyError(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url)
{
    using E = QNetworkReply::NetworkError;
    switch (error) {
    case E::HostNotFoundError: return hostNotFound(url);
    case E::ConnectionRefusedError: return refused(url);
    case E::TimeoutError: return timedOut(url);
    case E::RemoteHostClosedError: return closedEarly(url);
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::UnknownNetworkError: return networkDown(url);
    case E::SslHandshakeFailedError:
    case E::TooManyRedirectsError:
    case E::InsecureRedirectError:
        return error == E::SslHandshakeFailedError ? tlsSentence(errorString, url)
                                                   : tr("%1 redirected the request too often or to an insecure address").arg(hostOf(url));
    case E::ProxyConnectionRefusedError:
    case E::ProxyConnectionClosedError:
    case E::ProxyNotFoundError:
    case E::ProxyTimeoutError:
    case E::UnknownProxyError:
        return proxyFailed(url);
    case E::ProxyAuthenticationRequiredError:
        return tr("The proxy asks for a login: set the proxy's user and password");
    case E::ProtocolUnknownError:
        return tr("The address must start with http:// or https://");
    default:
        return {};
    }
}

} // namespace Failure
