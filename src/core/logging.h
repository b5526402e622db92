#pragma once
// Logging categories per layer, and redaction of secrets before anything is logged or shown.

#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcConnection)
Q_DECLARE_LOGGING_CATEGORY(lcKeyStore)
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
Q_DECLARE_LOGGING_CATEGORY(lcSim)
Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace Redact {

/// Placeholder that replaces every secret.
inline constexpr char Mask[] = "•••";

/// True for query parameter or header names that carry credentials
/// (api_key, apikey, key, token, access_token, secret, password, authorization, x-api-key).
bool isSecretName(QStringView name);

/// The URL with the values of credential query parameters and any user info masked.
QString url(const QUrl &url);

/// "Name: value" lines for a request's headers with credential headers masked.
QString headers(const QNetworkRequest &request);

/// Every registered secret occurring in text is masked.
QString text(const QString &text);

/// Remembers a secret (an API key loaded from the key store) so that text() and the
/// installed log handler mask it wherever it appears. Secrets shorter than 4 characters
/// are ignored (they would mask ordinary words).
void registerSecret(const QString &secret);
void unregisterSecret(const QString &secret);

/// Installs a Qt message handler that masks registered secrets in every log line
/// before passing it on to the previous handler. Idempotent.
void installLogFilter();

} // namespace Redact
