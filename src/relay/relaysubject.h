#pragma once
// Relay subjects: tidewatch.<provider>.<source>.<kind>.<subject>, and the relay's own
// control messages on tidewatch.<provider>.<source>.relay.<what>.

#include <QByteArray>
#include <QString>

namespace RelaySubject {

inline constexpr char Root[] = "tidewatch";
inline constexpr char ControlKind[] = "relay";

/// A subject's parts. valid is false for anything that is not a relay subject.
struct Parts {
    bool valid = false;
    QString provider;
    QString source;
    QString kind;       ///< e.g. trade, candle, tweet, price; "relay" for control messages
    QString subject;    ///< the rest (may contain further dots)
};

/// One subject token: characters NATS reserves (whitespace, '.', '*', '>') and anything
/// outside printable ASCII become '_'; an empty token becomes '_'.
QString token(const QString &text);
/// tidewatch.<provider>.<source>.<kind>.<subject>, each part made a token (the subject may
/// keep dots when keepDots, e.g. an Allium topic).
QByteArray build(const QString &provider, const QString &source, const QString &kind, const QString &subject,
                 bool keepDots = false);
Parts parse(const QByteArray &subject);
/// The subject a consumer filters on for one source (all providers: provider "*").
QString filterFor(const QString &provider, const QString &source);
/// True when subject matches a NATS pattern ('*' one token, '>' the rest).
bool matches(const QByteArray &subject, const QByteArray &pattern);

} // namespace RelaySubject
