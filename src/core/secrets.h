#pragma once
// The secrets in use in this process (API keys and tokens) and the one function that masks
// them wherever bytes become visible: log lines, the frame inspector (shown and copied),
// recordings, CSV exports and error texts. Redact (logging.h) is built on it.
//
// A connection holds its key here for as long as it is configured with it (Secrets::Hold in
// Connection); the key store and the CLI add the keys they read for the rest of the process.
//
// What is masked: every occurrence of a registered secret as written, JSON-escaped ("\"",
// "\\", "\/", "\uXXXX"; also escaped twice, as in a frame quoted inside another JSON string)
// and percent-encoded (upper- and lower-case hex). A secret shorter
// than MinFreeTextLength characters would mask ordinary words, so it is masked only where it
// stands as a whole value: a whole JSON string ("abc") or a whole query or assignment value
// (=abc followed by &, #, a quote, a comma, a semicolon, white space or the end).
//
// Cost: with no secret registered, mask() is one relaxed atomic load and returns its input
// shared (no copy). With secrets, it runs one precomputed Boyer-Moore search per pattern and
// copies only when something matched. Mask at the point where bytes are shown, copied or
// written, never for frames nobody looks at.

#include <QByteArray>
#include <QString>

namespace Secrets {

/// What replaces a secret.
inline constexpr char Mask[] = "•••";

/// Shorter secrets are masked only as a whole value (see above).
inline constexpr int MinFreeTextLength = 4;

/// Adds one use of a secret. Uses are counted: a key held by two connections stays
/// registered until both let it go. An empty secret is ignored.
void add(const QString &secret);
/// Lets go of one use; the secret is forgotten when its last use goes.
void remove(const QString &secret);
/// True while any secret is registered (lock-free).
bool any();
/// How many distinct secrets are registered.
int count();
/// True while this secret is registered.
bool contains(const QString &secret);

/// The bytes with every registered secret masked. Returns `utf8` itself (shared, not
/// copied) when no secret occurs in it.
QByteArray mask(const QByteArray &utf8);
/// The text with every registered secret masked; `text` itself when none occurs.
QString mask(const QString &text);

/// One use of one secret for as long as the Hold lives: set() swaps the secret it holds
/// (a changed key), destruction lets it go.
class Hold
{
public:
    Hold() = default;
    explicit Hold(const QString &secret) { set(secret); }
    ~Hold() { set(QString()); }
    Hold(const Hold &) = delete;
    Hold &operator=(const Hold &) = delete;

    void set(const QString &secret);
    const QString &secret() const { return m_secret; }

private:
    QString m_secret;
};

} // namespace Secrets
