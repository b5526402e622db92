#pragma once
// Logging categories per layer, and redaction of secrets before anything is logged or shown.

#include "secrets.h"

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
inline constexpr const char *Mask = Secrets::Mask;

/// True for query parameter or header names that carry credentials
/// (api_key, apikey, key, token, access_token, secret, password, authorization, x-api-key).
bool isSecretName(QStringView name);

/// The URL with the values of credential query parameters and any user info masked.
QString url(const QUrl &url);

/// "Name: value" lines for a request's headers with credential headers masked.
QString headers(const QNetworkRequest &request);

/// Every registered secret occurring in text is masked (Secrets::mask, the one masker
/// behind logs, the frame inspector, recordings and CSV exports).
QString text(const QString &text);

/// Remembers a secret for the rest of the process (an API key read from the key store or
/// given to the CLI) so that text(), Secrets::mask() and the installed log handler mask it
/// wherever it appears. One use of Secrets::add(): unregisterSecret() lets go of it again.
/// Secrets shorter than 4 characters are masked only as a whole value (see secrets.h).
void registerSecret(const QString &secret);
void unregisterSecret(const QString &secret);

/// Installs a Qt message handler that masks registered secrets in every log line
/// before passing it on to the previous handler. Idempotent.
void installLogFilter();

} // namespace Redact
