#pragma once
// A "Relay (NATS)" profile (Provider::Kind::Relay): what its options mean, and the NATS
// settings and durable consumer a desktop builds from it.

#include "jetstreamconsumer.h"
#include "natsclient.h"

#include <QString>
#include <QVariantMap>

struct Profile;

/// The profile keeps the NATS URL in Profile::url and the subjects to follow (NATS
/// patterns) in Profile::subscriptions; everything else is an option. The secret (the
/// password, the token or the NKey seed) is the profile's keychain entry, read like an API
/// key; it is never an option, never in the settings file.
namespace RelayProfile {

/// Option names (Profile::options).
inline constexpr char AuthOption[] = "natsAuth";       ///< none | user | token | nkey
inline constexpr char UserOption[] = "natsUser";       ///< with natsAuth = user
inline constexpr char NkeyOption[] = "natsNkey";       ///< the user's public NKey (U…), with natsAuth = nkey
inline constexpr char TlsOption[] = "tls";             ///< bool: TLS (also implied by tls://)
inline constexpr char CaOption[] = "tlsCa";            ///< PEM file of the CAs to trust
inline constexpr char CertOption[] = "tlsCert";        ///< client certificate (mutual TLS)
inline constexpr char KeyFileOption[] = "tlsKey";      ///< its private key file
inline constexpr char InsecureOption[] = "tlsInsecure"; ///< bool: no certificate check (labs)
inline constexpr char StreamOption[] = "stream";       ///< JetStream stream, default TIDEWATCH
inline constexpr char DeliverOption[] = "deliver";     ///< where a new consumer starts: all | new
/// The team's shared alert rules: a JetStream key-value bucket the desktop watches (empty:
/// none). Its rules run beside the local ones, listed as shared and read-only.
inline constexpr char RulesBucketOption[] = "rulesBucket";

/// The subjects a profile follows when it names none.
QStringList defaultSubjects();
/// The profile's subjects (its subscriptions, or the default).
QStringList subjects(const Profile &profile);
/// "none", "user", "token" or "nkey".
QString authMode(const Profile &profile);
/// True when the profile needs a secret from the keychain.
bool needsSecret(const Profile &profile);
/// The durable consumer's name: derived from the profile id, so that the same profile
/// resumes where it stopped after a restart of the desktop.
QString durableName(const Profile &profile);

/// The shared rules bucket the profile watches, or empty.
QString rulesBucket(const Profile &profile);

/// Connection settings for the profile with its secret (empty when none is needed).
NatsSettings natsSettings(const Profile &profile, const QString &secret);
/// The durable consumer for the profile: one server-side filter when it follows one
/// pattern, else everything under tidewatch.> filtered locally (nats-server 2.9).
RelayConsumerSpec consumerSpec(const Profile &profile);

/// The editor's fields of a profile's options (no secret), with defaults filled in.
QVariantMap editorFields(const Profile &profile);

} // namespace RelayProfile
