#include "profile.h"

#include "connection.h"
#include "logging.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QUuid>

namespace Provider {

QString toId(Kind kind)
{
    switch (kind) {
    case Kind::Generic: return QStringLiteral("generic");
    case Kind::AlliumApi: return QStringLiteral("allium-api");
    case Kind::AlliumStream: return QStringLiteral("allium-stream");
    case Kind::Conyr: return QStringLiteral("conyr");
    case Kind::Predikt: return QStringLiteral("predikt");
    case Kind::Tweets: return QStringLiteral("tweets");
    case Kind::Relay: return QStringLiteral("relay");
    }
    return QStringLiteral("generic");
}

Kind fromId(const QString &id, Kind fallback)
{
    for (Kind k : {Kind::Generic, Kind::AlliumApi, Kind::AlliumStream, Kind::Conyr, Kind::Predikt, Kind::Tweets, Kind::Relay}) {
        if (toId(k) == id)
            return k;
    }
    return fallback;
}

QString label(Kind kind)
{
    switch (kind) {
    case Kind::Generic: return QCoreApplication::translate("Provider", "Generic WebSocket");
    case Kind::AlliumApi: return QCoreApplication::translate("Provider", "Allium API");
    case Kind::AlliumStream: return QCoreApplication::translate("Provider", "Allium streams");
    case Kind::Conyr: return QCoreApplication::translate("Provider", "Conyr");
    case Kind::Predikt: return QCoreApplication::translate("Provider", "Predikt");
    case Kind::Tweets: return QCoreApplication::translate("Provider", "Tweet stream");
    case Kind::Relay: return QCoreApplication::translate("Provider", "Relay (NATS)");
    }
    return {};
}

QUrl defaultUrl(Kind kind)
{
    switch (kind) {
    case Kind::Generic: return QUrl(QStringLiteral("wss://example.org/stream"));
    case Kind::AlliumApi: return QUrl(QStringLiteral("wss://api.allium.so/api/v1/developer/ws/api"));
    case Kind::AlliumStream: return QUrl(QStringLiteral("wss://api.allium.so/api/v1/developer/ws/stream"));
    case Kind::Conyr: return QUrl(QStringLiteral("wss://api.conyr.ai/ws"));
    case Kind::Predikt: return QUrl(QStringLiteral("wss://api.predikt.fun/api/v1/ws"));
    case Kind::Tweets: return QUrl(QStringLiteral("wss://scrapebadger.com/v1/twitter/stream"));
    case Kind::Relay: return QUrl(QStringLiteral("nats://127.0.0.1:4222"));
    }
    return {};
}

Auth::Method defaultAuth(Kind kind)
{
    switch (kind) {
    case Kind::Generic: return Auth::Method::None;
    case Kind::AlliumApi:
    case Kind::AlliumStream: return Auth::Method::ApiKeyHeader;
    case Kind::Conyr: return Auth::Method::Bearer;
    case Kind::Predikt: return Auth::Method::Bearer;
    case Kind::Tweets: return Auth::Method::LowerApiKeyHeader;
    // NATS credentials are not an Auth::Method: the kind of credential (user and password,
    // token, NKey) is the profile option "natsAuth"; the secret is the profile's keychain
    // entry like an API key (src/relay/relayprofile.h).
    case Kind::Relay: return Auth::Method::None;
    }
    return Auth::Method::None;
}

QList<Auth::Method> authMethods(Kind kind)
{
    using M = Auth::Method;
    switch (kind) {
    case Kind::Generic: return {M::None, M::ApiKeyHeader, M::LowerApiKeyHeader, M::Bearer, M::QueryParameter};
    case Kind::AlliumApi:
    case Kind::AlliumStream: return {M::ApiKeyHeader};
    case Kind::Conyr: return {M::Bearer, M::QueryParameter};
    case Kind::Predikt: return {M::Bearer, M::QueryParameter, M::SocketIoToken};
    case Kind::Tweets: return {M::LowerApiKeyHeader, M::QueryParameter};
    case Kind::Relay: return {M::None};
    }
    return {};
}

} // namespace Provider

QJsonObject Profile::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("kind"), Provider::toId(kind));
    o.insert(QStringLiteral("url"), url.toString());
    o.insert(QStringLiteral("auth"), Auth::toId(auth));
    if (!tier.isEmpty())
        o.insert(QStringLiteral("tier"), tier);
    o.insert(QStringLiteral("subscriptions"), QJsonArray::fromStringList(subscriptions));
    if (!options.isEmpty())
        o.insert(QStringLiteral("options"), QJsonObject::fromVariantMap(options));
    return o;
}

bool Profile::fromJson(const QJsonObject &json, Profile &out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    Profile p;
    p.id = json.value(QStringLiteral("id")).toString();
    if (p.id.isEmpty())
        p.id = newId();
    p.name = json.value(QStringLiteral("name")).toString().trimmed();
    if (p.name.isEmpty())
        return fail(QCoreApplication::translate("Profile", "A profile needs a name."));
    const QString kindId = json.value(QStringLiteral("kind")).toString();
    p.kind = Provider::fromId(kindId, Provider::Kind::Generic);
    if (Provider::toId(p.kind) != kindId)
        return fail(QCoreApplication::translate("Profile", "Profile \"%1\": unknown provider \"%2\".").arg(p.name, kindId));
    p.url = QUrl(json.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
    if (p.kind == Provider::Kind::Relay) {
        if (!p.url.isValid() || (p.url.scheme() != QLatin1String("nats") && p.url.scheme() != QLatin1String("tls")))
            return fail(QCoreApplication::translate("Profile", "Profile \"%1\": a relay URL must start with nats:// or tls://.").arg(p.name));
    } else if (!p.url.isValid() || (p.url.scheme() != QLatin1String("ws") && p.url.scheme() != QLatin1String("wss"))) {
        return fail(QCoreApplication::translate("Profile", "Profile \"%1\": the URL must start with ws:// or wss://.").arg(p.name));
    }
    p.auth = Auth::fromId(json.value(QStringLiteral("auth")).toString(), Provider::defaultAuth(p.kind));
    p.tier = json.value(QStringLiteral("tier")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("subscriptions")).toArray()) {
        if (v.isString())
            p.subscriptions << v.toString();
    }
    p.options = json.value(QStringLiteral("options")).toObject().toVariantMap();
    out = p;
    return true;
}

namespace {

/// True when the URL itself carries a credential (user info or a key-like query parameter):
/// such a URL would put the key into the settings file and into exports.
bool urlCarriesSecret(const QUrl &url)
{
    if (!url.userInfo().isEmpty())
        return true;
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        if (Redact::isSecretName(item.first))
            return true;
    }
    return false;
}

/// True when a NATS subject (or pattern) is well formed: dot-separated non-empty tokens
/// without whitespace, `*` only as a whole token, `>` only as the whole last token.
bool isNatsSubject(const QString &subject)
{
    if (subject.isEmpty())
        return false;
    const QStringList tokens = subject.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString &t = tokens.at(i);
        if (t.isEmpty())
            return false;
        for (const QChar c : t) {
            if (c.isSpace() || c.category() == QChar::Other_Control)
                return false;
        }
        if (t.size() > 1 && (t.contains(QLatin1Char('*')) || t.contains(QLatin1Char('>'))))
            return false;
        if (t == QLatin1String(">") && i != tokens.size() - 1)
            return false;
    }
    return true;
}

/// True when a JetStream stream name is usable: printable ASCII without whitespace, `.`,
/// `*`, `>` or path separators, at most 255 characters (the server's own rules).
bool isStreamName(const QString &name)
{
    if (name.isEmpty() || name.size() > 255)
        return false;
    for (const QChar c : name) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f || QStringLiteral(".*>/\\").contains(c))
            return false;
    }
    return true;
}

/// A relay profile's own checks: its credential kind and the fields it needs, TLS, the
/// stream and the subjects. The option names are the relay profile's
/// (src/relay/relayprofile.h); core only checks them. Each sentence names the profile and
/// the field. Empty text options count as not set (the editor saves every field).
QString relayProblem(const Profile &p)
{
    auto text = [&p](const char *name) { return p.options.value(QLatin1String(name)).toString().trimmed(); };
    auto isText = [&p](const char *name) {
        const QVariant v = p.options.value(QLatin1String(name));
        return !v.isValid() || v.isNull() || v.typeId() == QMetaType::QString;
    };
    for (const char *name : {"natsAuth", "natsUser", "natsNkey", "tlsCa", "tlsCert", "tlsKey", "stream", "deliver", "rulesBucket"}) {
        if (!isText(name))
            return QCoreApplication::translate("ProfileStore", "Profile \"%1\": the option \"%2\" must be text.")
                .arg(p.name, QLatin1String(name));
    }
    for (const char *name : {"tls", "tlsInsecure"}) {
        const QVariant v = p.options.value(QLatin1String(name));
        if (v.isValid() && !v.isNull() && v.typeId() != QMetaType::Bool)
            return QCoreApplication::translate("ProfileStore", "Profile \"%1\": the option \"%2\" must be true or false.")
                .arg(p.name, QLatin1String(name));
    }

    const QString mode = text("natsAuth").isEmpty() ? QStringLiteral("none") : text("natsAuth");
    if (mode != QLatin1String("none") && mode != QLatin1String("user") && mode != QLatin1String("token") && mode != QLatin1String("nkey"))
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": unknown NATS authentication \"%2\".").arg(p.name, mode);
    if (mode == QLatin1String("user") && text("natsUser").isEmpty())
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": user and password authentication needs a user name.").arg(p.name);
    if (mode == QLatin1String("nkey")) {
        const QString nkey = text("natsNkey");
        static const QRegularExpression publicUserKey(QStringLiteral("^U[A-Z2-7]{55}$"));
        if (!publicUserKey.match(nkey).hasMatch())
            return QCoreApplication::translate("ProfileStore", "Profile \"%1\": NKey authentication needs the user's public NKey (56 characters, starting with U); its seed goes to the keychain.").arg(p.name);
    }

    const bool tls = p.options.value(QStringLiteral("tls")).toBool() || p.url.scheme() == QLatin1String("tls");
    const bool insecure = p.options.value(QStringLiteral("tlsInsecure")).toBool();
    if (insecure && !tls)
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": \"no certificate check\" (tlsInsecure) needs TLS: use a tls:// URL or turn TLS on.").arg(p.name);
    const struct { const char *option; const char *field; } files[] = {
        {"tlsCa", QT_TRANSLATE_NOOP("ProfileStore", "the TLS CA file")},
        {"tlsCert", QT_TRANSLATE_NOOP("ProfileStore", "the TLS client certificate")},
        {"tlsKey", QT_TRANSLATE_NOOP("ProfileStore", "the TLS private key")},
    };
    for (const auto &f : files) {
        const QString path = text(f.option);
        if (path.isEmpty())
            continue;
        const QString field = QCoreApplication::translate("ProfileStore", f.field);
        if (!tls)
            return QCoreApplication::translate("ProfileStore", "Profile \"%1\": %2 is set but TLS is off: use a tls:// URL or turn TLS on.")
                .arg(p.name, field);
        if (!QFileInfo(path).isAbsolute())
            return QCoreApplication::translate("ProfileStore", "Profile \"%1\": %2 must be an absolute path (%3).")
                .arg(p.name, field, path);
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable())
            return QCoreApplication::translate("ProfileStore", "Profile \"%1\": %2 %3 cannot be read.")
                .arg(p.name, field, path);
    }
    if (text("tlsCert").isEmpty() != text("tlsKey").isEmpty())
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": a client certificate and its private key go together.").arg(p.name);

    const QVariant stream = p.options.value(QStringLiteral("stream"));
    if (stream.isValid() && !text("stream").isEmpty() && !isStreamName(text("stream")))
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": \"%2\" is not a JetStream stream name (letters, digits, - and _; no spaces, dots, *, > or slashes).")
            .arg(p.name, text("stream"));
    const QString deliver = text("deliver");
    if (!deliver.isEmpty() && deliver != QLatin1String("all") && deliver != QLatin1String("new"))
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": where a new consumer starts (deliver) must be \"all\" or \"new\", not \"%2\".")
            .arg(p.name, deliver);

    // Key-value bucket names: letters, digits, - and _ (the server refuses anything else).
    static const QRegularExpression bucketName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!text("rulesBucket").isEmpty() && !bucketName.match(text("rulesBucket")).hasMatch())
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": \"%2\" is not a key-value bucket name for the shared rules (letters, digits, - and _, at most 64).")
            .arg(p.name, text("rulesBucket"));

    for (const QString &s : p.subscriptions) {
        if (!isNatsSubject(s))
            return QCoreApplication::translate("ProfileStore", "Profile \"%1\": \"%2\" is not a NATS subject.").arg(p.name, s);
    }
    return {};
}

} // namespace

QString Profile::problem() const
{
    if (urlCarriesSecret(url)) {
        return QCoreApplication::translate("ProfileStore",
                   "Profile \"%1\": the URL contains a key or password. Remove it from the URL and enter the key in "
                   "the key field instead; keys are kept in the keychain, never in the profile.").arg(name);
    }
    if (url.host().isEmpty())
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": the URL has no host.").arg(name);
    if (!Provider::authMethods(kind).contains(auth)) {
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": %2 does not support \"%3\" authentication.")
            .arg(name, Provider::label(kind), Auth::label(auth));
    }
    if (name.size() > 80)
        return QCoreApplication::translate("ProfileStore", "Profile \"%1\": the name is too long.").arg(name.left(20));
    if (kind == Provider::Kind::Relay)
        return relayProblem(*this);
    return {};
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Profile::ConnectionDefaults &Profile::connectionDefaults()
{
    static ConnectionDefaults defaults;
    return defaults;
}

ConnectionConfig Profile::connectionConfig(const QString &key, const QUrl &urlOverride) const
{
    const ConnectionDefaults &d = connectionDefaults();
    ConnectionConfig c;
    c.name = name;
    c.profileId = id;
    c.url = urlOverride.isEmpty() ? url : urlOverride;
    c.auth = auth;
    c.key = key;
    c.reconnect = d.reconnect;
    c.connectTimeoutMs = d.connectTimeoutMs;
    c.pingIntervalMs = d.pingIntervalMs;
    c.staleTimeoutMs = d.staleTimeoutMs;
    c.maxMessageSize = d.maxMessageSize;
    return c;
}
