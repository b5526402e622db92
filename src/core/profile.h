#pragma once
// A profile: where to connect and how to authenticate. The key itself lives in the
// OS keychain under the profile's id and is never part of this struct's persisted form.

#include "auth.h"
#include "reconnectpolicy.h"

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace Provider {
Q_NAMESPACE

enum class Kind {
    Generic,       ///< any WebSocket URL (raw JSON frames)
    AlliumApi,     ///< Allium APIs over WebSocket (…/ws/api)
    AlliumStream,  ///< Allium data streams (…/ws/stream?topic=…)
    Conyr,         ///< Conyr channels (wss://api.conyr.ai/ws)
    Predikt,       ///< Predikt Socket.IO price feed
    Tweets,        ///< tweet stream (…/v1/twitter/stream)
    Relay,         ///< a team relay: NATS JetStream (nats://, tls://), fed by `tidewatch-cli relay`
};
Q_ENUM_NS(Kind)

QString toId(Kind kind);
Kind fromId(const QString &id, Kind fallback = Kind::Generic);
QString label(Kind kind);
/// The documented production endpoint for the kind.
QUrl defaultUrl(Kind kind);
/// The preferred auth method for the kind (headers first).
Auth::Method defaultAuth(Kind kind);
/// The auth methods the provider documents.
QList<Auth::Method> authMethods(Kind kind);

} // namespace Provider

struct Profile {
    /// The key the built-in simulator accepts; demo profiles use it (it is not a secret).
    static constexpr const char *DemoKey = "demo-key";

    QString id;                         ///< stable, generated; the keychain entry's name
    QString name;
    Provider::Kind kind = Provider::Kind::Generic;
    QUrl url;
    Auth::Method auth = Auth::Method::None;
    QString tier;                       ///< provider tier name, where the provider has tiers
    QStringList subscriptions;          ///< default topics / channels / symbols
    QVariantMap options;                ///< provider specific (e.g. socket.io path, namespace)
    bool demo = false;                  ///< a demo profile against the built-in simulator

    bool isValid() const { return !id.isEmpty() && url.isValid() && !url.scheme().isEmpty(); }

    /// Connection defaults the user sets in Settings (reconnect timing, heartbeat, size cap);
    /// every profile's connections start from these.
    struct ConnectionDefaults {
        ReconnectSettings reconnect;
        int connectTimeoutMs = 15000;
        int pingIntervalMs = 15000;
        int staleTimeoutMs = 45000;
        qint64 maxMessageSize = 16 * 1024 * 1024;
    };
    static ConnectionDefaults &connectionDefaults();

    /// A ready ConnectionConfig for this profile with the given key (and an optional URL
    /// override, e.g. with a topic in the query), using the connection defaults.
    struct ConnectionConfig connectionConfig(const QString &key, const QUrl &urlOverride = QUrl()) const;

    /// JSON without any key (for settings and export).
    QJsonObject toJson() const;
    /// Parses a profile; returns false and sets error to a sentence on bad input.
    static bool fromJson(const QJsonObject &json, Profile &out, QString *error = nullptr);
    static QString newId();
    /// What fromJson() does not check, as a sentence (empty when fine): no key in the URL, a
    /// host, an auth method the provider documents, a name of sane length.
    QString problem() const;
};
Q_DECLARE_METATYPE(Profile)
