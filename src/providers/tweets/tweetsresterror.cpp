#include "tweetsresterror.h"

#include "tweetsrest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace TweetsRest {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TweetsRest", text);
}

QString textOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (const char *k : {"message", "msg", "detail", "error"}) {
            const QString s = textOf(o.value(QLatin1String(k)));
            if (!s.isEmpty())
                return s;
        }
    }
    return {};
}

// FastAPI: {"detail":[{"loc":["body","name"],"msg":"…","type":"…"}]}; also accepted:
// {"errors":{"name":["…"]}}, {"errors":[{"field":"name","message":"…"}]}, {"detail":{"name":"…"}}.
void readFieldErrors(const QJsonObject &o, QMap<QString, QString> &fields)
{
    auto add = [&fields](const QString &field, const QString &message) {
        if (field.isEmpty() || message.isEmpty())
            return;
        fields[field] = fields.contains(field) ? fields[field] + QLatin1Char(' ') + message : message;
    };
    auto readList = [&add](const QJsonArray &list) {
        for (const QJsonValue &v : list) {
            const QJsonObject e = v.toObject();
            QString field = e.value(QLatin1String("field")).toString();
            const QJsonArray loc = e.value(QLatin1String("loc")).toArray();
            if (field.isEmpty() && !loc.isEmpty()) {
                // The last named part of the location ("body" is the request body itself).
                for (qsizetype i = loc.size() - 1; i >= 0 && field.isEmpty(); --i) {
                    if (loc.at(i).isString() && loc.at(i).toString() != QLatin1String("body"))
                        field = loc.at(i).toString();
                }
                if (field.isEmpty())
                    field = QStringLiteral("body");
            }
            add(field, textOf(e));
        }
    };
    auto readMap = [&add](const QJsonObject &map) {
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (it->isArray()) {
                QStringList parts;
                for (const QJsonValue &m : it->toArray())
                    parts.append(textOf(m));
                add(it.key(), parts.join(QLatin1Char(' ')));
            } else {
                add(it.key(), textOf(*it));
            }
        }
    };
    for (const char *k : {"detail", "errors", "fields"}) {
        const QJsonValue v = o.value(QLatin1String(k));
        if (v.isArray())
            readList(v.toArray());
        else if (v.isObject() && !v.toObject().contains(QLatin1String("message")))
            readMap(v.toObject());
    }
}

// Seconds as an int, capped: a server's "retry after 1e300 s" must not overflow the conversion.
int secondsCapped(double s)
{
    return std::isnan(s) ? 0 : int(std::clamp(std::ceil(s), 0.0, double(std::numeric_limits<int>::max())));
}

int retryAfterOf(const QByteArray &header, const QJsonObject &body, const QDateTime &now)
{
    const QByteArray h = header.trimmed();
    if (!h.isEmpty()) {
        bool ok = false;
        const double s = h.toDouble(&ok);
        if (ok && s >= 0)
            return secondsCapped(s);
        // HTTP-date: "Wed, 21 Oct 2015 07:28:00 GMT"
        QString date = QString::fromLatin1(h);
        if (date.endsWith(QLatin1String(" GMT")))
            date = date.left(date.size() - 4) + QStringLiteral(" +0000"); // Qt's RFC 2822 parser wants the offset
        const QDateTime at = QDateTime::fromString(date, Qt::RFC2822Date);
        if (at.isValid())
            return int(std::max<qint64>(0, now.secsTo(at)));
    }
    double d = 0;
    for (const char *k : {"retry_after", "retry_after_seconds"}) {
        if (readNumber(body.value(QLatin1String(k)), d) && d >= 0)
            return secondsCapped(d);
    }
    const QJsonValue reset = body.value(QLatin1String("reset_at"));
    if (readNumber(reset, d) && d > 1e9) // epoch seconds
        return secondsCapped(d - double(now.toSecsSinceEpoch()));
    const QDateTime at = QDateTime::fromString(reset.toString(), Qt::ISODateWithMs);
    if (at.isValid())
        return int(std::max<qint64>(0, now.secsTo(at)));
    return -1;
}

} // namespace

Failure::Kind RestError::failureKind() const
{
    switch (kind) {
    case Kind::None: return Failure::Kind::None;
    case Kind::Auth:
    case Kind::Scope: return Failure::Kind::Auth;
    case Kind::NoCredits: return Failure::Kind::Billing;
    case Kind::RateLimited: return Failure::Kind::Limit;
    case Kind::Network:
    case Kind::Server: return Failure::Kind::Transient;
    case Kind::NotFound:
    case Kind::Duplicate:
    case Kind::Validation:
    case Kind::Protocol: return Failure::Kind::Final;
    }
    return Failure::Kind::Final;
}

QString fieldLabel(const QString &field)
{
    static const QMap<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("TweetsRest", "Name")},
        {QStringLiteral("usernames"), QT_TRANSLATE_NOOP("TweetsRest", "Usernames")},
        {QStringLiteral("filter_types"), QT_TRANSLATE_NOOP("TweetsRest", "Tweet types")},
        {QStringLiteral("webhook_url"), QT_TRANSLATE_NOOP("TweetsRest", "Webhook URL")},
        {QStringLiteral("webhook_secret"), QT_TRANSLATE_NOOP("TweetsRest", "Webhook secret")},
        {QStringLiteral("tag"), QT_TRANSLATE_NOOP("TweetsRest", "Tag")},
        {QStringLiteral("query"), QT_TRANSLATE_NOOP("TweetsRest", "Query")},
        {QStringLiteral("interval_seconds"), QT_TRANSLATE_NOOP("TweetsRest", "Interval")},
        {QStringLiteral("max_results_per_poll"), QT_TRANSLATE_NOOP("TweetsRest", "Max results per poll")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("TweetsRest", "Status")},
    };
    const auto it = labels.constFind(field);
    return it != labels.cend() ? tr(*it) : field;
}

RestError errorFromResponse(int status, const QByteArray &body, const QByteArray &retryAfter, const QString &what,
                            const QDateTime &now)
{
    RestError e;
    e.httpStatus = status;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    // The server's sentence: {"detail":"…"}, {"message":"…"}, {"error":"…"} or {"error":{"message"}}.
    for (const char *k : {"detail", "message", "error_description", "error"}) {
        const QString s = textOf(o.value(QLatin1String(k)));
        if (!s.isEmpty() && s != QLatin1String("insufficient_scope")) {
            e.serverMessage = s;
            break;
        }
    }
    if (e.serverMessage.isEmpty() && o.isEmpty() && !body.trimmed().isEmpty() && body.size() < 300)
        e.serverMessage = QString::fromUtf8(body.trimmed());
    const QString server = e.serverMessage.isEmpty() ? QString() : QLatin1Char(' ') + tr("The server said: “%1”").arg(e.serverMessage);

    switch (status) {
    case 401:
        e.kind = RestError::Kind::Auth;
        e.message = tr("The API key was rejected (HTTP 401). Check the key on the Connections page.");
        break;
    case 402:
        e.kind = RestError::Kind::NoCredits;
        e.message = tr("Not enough credits (HTTP 402): top up the balance of this key, then try again.");
        break;
    case 403:
        e.kind = RestError::Kind::Scope;
        e.requiredScope = o.value(QLatin1String("required_scope")).toString();
        for (const QJsonValue &v : o.value(QLatin1String("allowed_scopes")).toArray())
            e.allowedScopes.append(v.toString());
        e.message = e.requiredScope.isEmpty()
            ? tr("This key may not do that (HTTP 403, insufficient scope).")
            : tr("This key lacks the scope “%1” (HTTP 403). Its scopes: %2.")
                  .arg(e.requiredScope, e.allowedScopes.isEmpty() ? tr("none") : e.allowedScopes.join(QStringLiteral(", ")));
        break;
    case 404:
        e.kind = RestError::Kind::NotFound;
        e.message = tr("The %1 was not found (HTTP 404); it may have been deleted elsewhere.").arg(what);
        break;
    case 409:
        e.kind = RestError::Kind::Duplicate;
        e.message = tr("A %1 with this name already exists (HTTP 409). Choose another name.").arg(what);
        break;
    case 400:
    case 422: {
        e.kind = RestError::Kind::Validation;
        readFieldErrors(o, e.fieldErrors);
        const int n = int(e.fieldErrors.size());
        if (n > 0) {
            // The sentence names the fields, so it stays useful where per-field text is not shown.
            QStringList names;
            for (auto it = e.fieldErrors.cbegin(); it != e.fieldErrors.cend(); ++it)
                names.append(fieldLabel(it.key()));
            e.message = QCoreApplication::translate("TweetsRest", "The server did not accept %n field(s): %1.", nullptr, n).arg(names.join(QStringLiteral(", ")));
        } else {
            e.message = tr("The server did not accept the %1 (HTTP %2).").arg(what).arg(status) + server;
        }
        break;
    }
    case 429:
        e.kind = RestError::Kind::RateLimited;
        e.retryAfterSeconds = retryAfterOf(retryAfter, o, now);
        e.message = e.retryAfterSeconds >= 0
            ? QCoreApplication::translate("TweetsRest", "Too many requests (HTTP 429). Try again in %n second(s).", nullptr, e.retryAfterSeconds)
            : tr("Too many requests (HTTP 429). Try again in a moment.");
        break;
    default:
        e.kind = status >= 500 ? RestError::Kind::Server : RestError::Kind::Protocol;
        e.message = status >= 500 ? tr("The server had a problem (HTTP %1). Try again later.").arg(status) + server
                                  : tr("Unexpected answer (HTTP %1).").arg(status) + server;
        return e;
    }
    if (e.kind != RestError::Kind::Validation && !server.isEmpty() && e.kind != RestError::Kind::Auth)
        e.message += server;
    return e;
}

RestError networkError(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url)
{
    RestError e;
    e.kind = RestError::Kind::Network;
    // The transport sentence every page uses (host not found, refused, TLS …); anything
    // else (a cancel) keeps the library's own words.
    const QString why = Failure::describeReplyError(error, errorString, url);
    e.message = why.isEmpty() ? tr("The server could not be reached: %1").arg(errorString) : why;
    return e;
}

RestError protocolError(const QString &problem)
{
    RestError e;
    e.kind = RestError::Kind::Protocol;
    e.message = tr("The server's answer could not be read: %1").arg(problem);
    return e;
}

} // namespace TweetsRest
