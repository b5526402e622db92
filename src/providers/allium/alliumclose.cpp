#include "alliumclose.h"

#include <QCoreApplication>

namespace AlliumClose {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AlliumClose", text);
}

bool mentionsAny(const QString &text, std::initializer_list<const char *> words)
{
    for (const char *w : words) {
        if (text.contains(QLatin1String(w), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

std::optional<Failure::Verdict> classify(int code, const QString &reason)
{
    // Application codes the shared classifier knows (4001, 4003, 4029, 1013) keep their meaning.
    if (code == 4001 || code == 4003 || code == 4029 || code == 1013)
        return std::nullopt;
    const bool policy = code == 1008 || (code >= 4000 && code <= 4999);
    if (!policy || reason.isEmpty())
        return std::nullopt;
    const QString detail = QStringLiteral(" (%1)").arg(reason);
    if (mentionsAny(reason, {"429", "rate limit", "rate-limit", "too many", "limit exceeded",
                                             "limit reached", "quota", "max connections"}))
        return Failure::Verdict{Failure::Kind::Limit,
                                tr("Allium's rate or connection limit is reached (close code %1)").arg(code) + detail};
    if (mentionsAny(reason, {"401", "403", "unauthori", "forbidden", "api key", "api-key", "invalid key",
                             "not enabled", "access denied", "no access", "permission"}))
        return Failure::Verdict{Failure::Kind::Auth,
                                tr("Allium rejected the key or its access to this endpoint (close code %1)").arg(code) + detail};
    return std::nullopt;
}

} // namespace AlliumClose
