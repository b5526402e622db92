// RelayProfile: a relay profile's options → NatsSettings and a durable consumer.

#include "relayprofile.h"

#include "core/profile.h"

#include <QCoreApplication>

namespace RelayProfile {

QStringList defaultSubjects()
{
    return {QStringLiteral("tidewatch.>")};
}

QStringList subjects(const Profile &profile)
{
    return profile.subscriptions.isEmpty() ? defaultSubjects() : profile.subscriptions;
}

QString authMode(const Profile &profile)
{
    const QString mode = profile.options.value(QLatin1String(AuthOption)).toString();
    return mode.isEmpty() ? QStringLiteral("none") : mode;
}

bool needsSecret(const Profile &profile)
{
    return authMode(profile) != QLatin1String("none");
}

QString durableName(const Profile &profile)
{
    // Durable names may not hold '.', '*', '>' or whitespace; a profile id is a UUID.
    QString id = profile.id;
    for (QChar &c : id) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return QStringLiteral("tidewatch-desk-") + id;
}

QString rulesBucket(const Profile &profile)
{
    return profile.options.value(QLatin1String(RulesBucketOption)).toString().trimmed();
}

NatsSettings natsSettings(const Profile &profile, const QString &secret)
{
    NatsSettings s;
    s.url = profile.url.toString();
    s.name = QStringLiteral("tidewatch-desktop %1").arg(profile.name);
    const QString mode = authMode(profile);
    if (mode == QLatin1String("user")) {
        s.user = profile.options.value(QLatin1String(UserOption)).toString().trimmed();
        s.password = secret;
    } else if (mode == QLatin1String("token")) {
        s.token = secret;
    } else if (mode == QLatin1String("nkey")) {
        s.nkeyPublic = profile.options.value(QLatin1String(NkeyOption)).toString().trimmed();
        s.nkeySeed = secret.trimmed();
    }
    s.tls.enabled = profile.options.value(QLatin1String(TlsOption)).toBool()
                    || profile.url.scheme() == QLatin1String("tls");
    s.tls.caFile = profile.options.value(QLatin1String(CaOption)).toString();
    s.tls.certFile = profile.options.value(QLatin1String(CertOption)).toString();
    s.tls.keyFile = profile.options.value(QLatin1String(KeyFileOption)).toString();
    s.tls.skipVerify = profile.options.value(QLatin1String(InsecureOption)).toBool();
    return s;
}

RelayConsumerSpec consumerSpec(const Profile &profile)
{
    RelayConsumerSpec spec;
    const QString stream = profile.options.value(QLatin1String(StreamOption)).toString().trimmed();
    if (!stream.isEmpty())
        spec.stream = stream;
    spec.durable = durableName(profile);
    const QStringList patterns = subjects(profile);
    spec.filterSubject = patterns.size() == 1 ? patterns.first() : QStringLiteral("tidewatch.>");
    spec.deliverNew = profile.options.value(QLatin1String(DeliverOption)).toString() == QLatin1String("new");
    spec.resumeExactly = true;
    return spec;
}

QVariantMap editorFields(const Profile &profile)
{
    return {
        {QLatin1String(AuthOption), authMode(profile)},
        {QLatin1String(UserOption), profile.options.value(QLatin1String(UserOption)).toString()},
        {QLatin1String(NkeyOption), profile.options.value(QLatin1String(NkeyOption)).toString()},
        {QLatin1String(TlsOption), profile.options.value(QLatin1String(TlsOption)).toBool()},
        {QLatin1String(CaOption), profile.options.value(QLatin1String(CaOption)).toString()},
        {QLatin1String(CertOption), profile.options.value(QLatin1String(CertOption)).toString()},
        {QLatin1String(KeyFileOption), profile.options.value(QLatin1String(KeyFileOption)).toString()},
        {QLatin1String(InsecureOption), profile.options.value(QLatin1String(InsecureOption)).toBool()},
        {QLatin1String(StreamOption), profile.options.value(QLatin1String(StreamOption), QStringLiteral("TIDEWATCH")).toString()},
        {QLatin1String(DeliverOption), profile.options.value(QLatin1String(DeliverOption), QStringLiteral("all")).toString()},
        {QLatin1String(RulesBucketOption), rulesBucket(profile)},
    };
}

} // namespace RelayProfile
