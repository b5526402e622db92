#include "failure.h"

#include <QCoreApplication>
#include <QRegularExpression>

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
    default:
        return {Kind::Transient, tr("The server refused the WebSocket upgrade (HTTP %1)").arg(status)};
    }
}

} // namespace Failure
