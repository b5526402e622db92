#pragma once
// A failed REST call of the tweet stream as one value: the HTTP status, what it means for the
// user (a translated sentence), per-field validation messages (422) and the wait a 429 asks for.

#include "core/failure.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace TweetsRest {

struct RestError {
    /// What the user can do about it.
    enum class Kind {
        None,
        Network,        ///< no HTTP answer (refused, timeout, TLS)
        Auth,           ///< 401: the key was rejected
        NoCredits,      ///< 402: top up
        Scope,          ///< 403: the key lacks a scope
        NotFound,       ///< 404: gone (deleted elsewhere?)
        Duplicate,      ///< 409: the name is taken
        Validation,     ///< 422 (or 400): fields to fix
        RateLimited,    ///< 429: wait retryAfterSeconds
        Server,         ///< 5xx
        Protocol,       ///< a 2xx answer we could not read
    };
    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;                    ///< one translated sentence for the UI
    QString serverMessage;              ///< the server's own text, when it sent one
    QMap<QString, QString> fieldErrors; ///< wire field name ("name", "interval_seconds") → message
    int retryAfterSeconds = -1;         ///< 429: from Retry-After (seconds or HTTP date) or reset_at
    QString requiredScope;              ///< 403 insufficient_scope
    QStringList allowedScopes;

    bool isError() const { return kind != Kind::None; }
    /// The connection-level kind (Auth, Billing, Limit, Transient, Final) for shared handling.
    Failure::Kind failureKind() const;
};

/// Builds the error for a non-2xx answer. retryAfter is the raw Retry-After header; now is used
/// for HTTP-date values. what names the object ("monitor", "filter rule") for the sentences.
RestError errorFromResponse(int status, const QByteArray &body, const QByteArray &retryAfter,
                            const QString &what, const QDateTime &now = QDateTime::currentDateTimeUtc());
/// An error for a call that got no HTTP answer.
RestError networkError(QNetworkReply::NetworkError error, const QString &errorString, const QUrl &url);
/// An error for a 2xx answer whose body we could not read.
RestError protocolError(const QString &problem);

/// A readable label for a wire field name in validation messages ("interval_seconds" → "Interval").
QString fieldLabel(const QString &field);

} // namespace TweetsRest
