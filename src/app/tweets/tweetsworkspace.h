#pragma once
// The Tweets workspace: tweet-stream profiles → clients → timeline, counters and latency
// models, and the actions the Tweets page offers.

#include "core/profilesessions.h"
#include "models/tweets/tweetfiltermodel.h"
#include "models/tweets/tweetlatencymodel.h"
#include "models/tweets/tweetsourcestatsmodel.h"
#include "models/tweets/tweettimelinemodel.h"
#include "core/profile.h"
#include "providers/tweets/tweetdelivery.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class Connection;
class KeyStore;
class ProfileSessions;
class ProfileStore;
class QQmlEngine;
class QJSEngine;
class TweetsClient;

/// Runs one TweetsClient per tweet-stream profile (demo profiles included), feeds every
/// tweet into one timeline (newest first, capped), per-source counters and a latency
/// histogram, and exposes them with the page's actions. C++-owned QML singleton.
class TweetsWorkspace : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// The timeline as filtered by the page.
    Q_PROPERTY(TweetFilterModel *timeline READ timeline CONSTANT)
    /// The whole timeline (pause/resume, pending count, capacity).
    Q_PROPERTY(TweetTimelineModel *allTweets READ allTweets CONSTANT)
    Q_PROPERTY(TweetSourceStatsModel *sources READ sources CONSTANT)
    Q_PROPERTY(TweetLatencyModel *latency READ latency CONSTANT)
    /// [{key, name, kind}] of every source seen so far, for the source filter.
    Q_PROPERTY(QVariantList sourceOptions READ sourceOptions NOTIFY sourceOptionsChanged)
    /// Tweet types seen so far plus the usual ones, for the type filter.
    Q_PROPERTY(QStringList tweetTypes READ tweetTypes NOTIFY tweetTypesChanged)
    Q_PROPERTY(int profileCount READ profileCount NOTIFY statusChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY statusChanged)
    /// A sentence about the connections ("Connected to 1 tweet stream", a failure reason …).
    Q_PROPERTY(QString statusText READ statusText NOTIFY statusChanged)
    /// True when a connection failed, waits at a limit or has no key.
    Q_PROPERTY(bool hasProblem READ hasProblem NOTIFY statusChanged)
    /// Why a profile is not connected ("Name: reason"), empty when every one is fine.
    Q_PROPERTY(QString problem READ problem NOTIFY statusChanged)
    /// [{name, state (Connection::State), stateName, connectionId, apiKeyId, reason}] per profile.
    Q_PROPERTY(QVariantList connections READ connections NOTIFY statusChanged)
    Q_PROPERTY(double duplicatesDropped READ duplicatesDropped NOTIFY countersChanged)
    Q_PROPERTY(double skippedFrames READ skippedFrames NOTIFY countersChanged)

public:
    static TweetsWorkspace *instance();
    static TweetsWorkspace *create(QQmlEngine *, QJSEngine *);

    /// Not default-constructible on purpose (Qt 6.4 would bypass create()). Tests pass
    /// their own stores.
    TweetsWorkspace(ProfileStore *profiles, KeyStore *keys, QObject *parent);
    ~TweetsWorkspace() override;

    /// Starts a client for every tweet-stream profile and follows profile changes.
    void start();

    TweetFilterModel *timeline() const { return m_filter; }
    TweetTimelineModel *allTweets() const { return m_timeline; }
    TweetSourceStatsModel *sources() const { return m_sources; }
    TweetLatencyModel *latency() const { return m_latency; }
    QVariantList sourceOptions() const { return m_sources->sourceList(); }
    QStringList tweetTypes() const;
    int profileCount() const;
    int openCount() const;
    QString statusText() const;
    bool hasProblem() const { return !problem().isEmpty(); }
    QString problem() const;
    QVariantList connections() const;
    qint64 duplicatesDropped() const;
    qint64 skippedFrames() const;
    /// The client of a profile (tests, the Connections page), or nullptr.
    TweetsClient *client(const QString &profileId) const;
    /// A client fed from elsewhere (a relay profile's, src/app/relay): its tweets join the
    /// timeline under id until detachExternalClient(); the caller owns the client.
    void attachExternalClient(const QString &id, TweetsClient *client);
    void detachExternalClient(const QString &id);

    /// A tweet's full record, looked up by identity: every field, the link, delivery
    /// latency and the frame as received (pretty-printed JSON). Empty when it is gone.
    Q_INVOKABLE QVariantMap record(const QString &sourceKey, const QString &tweetId) const;
    /// Puts text (a tweet's link or text) on the clipboard.
    Q_INVOKABLE void copyToClipboard(const QString &text) const;
    /// Reconnects every tweet-stream connection (e.g. after fixing a key).
    Q_INVOKABLE void reconnectAll();

Q_SIGNALS:
    void sourceOptionsChanged();
    void tweetTypesChanged();
    void statusChanged();
    void countersChanged();

private:
    ProfileSessions::Started startClient(const Profile &profile, const QString &key);
    void stopClient(const QString &profileId);
    void onTweets(const TweetBatch &batch);

    ProfileSessions *m_sessions;
    QHash<QString, QPointer<TweetsClient>> m_clients;
    TweetTimelineModel *m_timeline;
    TweetFilterModel *m_filter;
    TweetSourceStatsModel *m_sources;
    TweetLatencyModel *m_latency;
    QSet<QString> m_seenTypes;
    TweetDedupePool m_dedupe;   // one window per key, shared by that key's clients
};
