#include "logging.h"

#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcConnection, "tidewatch.core.connection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeyStore, "tidewatch.core.keystore", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "tidewatch.core.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSim, "tidewatch.sim", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "tidewatch.app", QtInfoMsg)

namespace {

QtMessageHandler previousHandler = nullptr;

void filteringHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString clean = Redact::text(message);
    if (previousHandler)
        previousHandler(type, context, clean);
}

} // namespace

namespace Redact {

bool isSecretName(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("api_key"), QStringLiteral("apikey"), QStringLiteral("api-key"),
        QStringLiteral("key"), QStringLiteral("token"), QStringLiteral("access_token"),
        QStringLiteral("secret"), QStringLiteral("password"), QStringLiteral("authorization"),
        QStringLiteral("x-api-key"), QStringLiteral("auth"),
    };
    for (const QString &n : names) {
        if (name.compare(n, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString url(const QUrl &input)
{
    QUrl out = input;
    if (!out.userInfo().isEmpty())
        out.setUserInfo(QString::fromUtf8(Mask));
    if (out.hasQuery()) {
        QUrlQuery query(out);
        const auto items = query.queryItems(QUrl::FullyDecoded);
        QUrlQuery masked;
        for (const auto &[name, value] : items)
            masked.addQueryItem(name, isSecretName(name) ? QString::fromUtf8(Mask) : value);
        out.setQuery(masked);
    }
    return text(out.toDisplayString());
}

QString headers(const QNetworkRequest &request)
{
    QStringList lines;
    const auto names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const QString n = QString::fromLatin1(name);
        const QString v = isSecretName(n) ? QString::fromUtf8(Mask)
                                          : text(QString::fromLatin1(request.rawHeader(name)));
        lines << n + QStringLiteral(": ") + v;
    }
    return lines.join(QLatin1Char('\n'));
}

QString text(const QString &input)
{
    return Secrets::mask(input);
}

void registerSecret(const QString &secret)
{
    Secrets::add(secret);
}

void unregisterSecret(const QString &secret)
{
    Secrets::remove(secret);
}

void installLogFilter()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previousHandler = qInstallMessageHandler(filteringHandler);
}

} // namespace Redact
