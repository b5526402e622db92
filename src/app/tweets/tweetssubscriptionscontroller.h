#pragma once
// What a tweet-stream key delivers, managed from the app: its Stream Monitors and Filter Rules
// (REST), with their status and what they cost per day. The editors are TweetMonitorEditor and
// TweetRuleEditor; this class owns the lists, the client and the quick actions.

#include "providers/tweets/tweetsrest.h"
#include "providers/tweets/tweetsrestclient.h"
#include "tweetsubscriptionmodels.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class KeyStore;
class ProfileSessions;
class ProfileStore;
struct Profile;
class QJSEngine;
class QQmlEngine;

/// One tweet-stream profile at a time (the first, or the one chosen), run by ProfileSessions
/// like every connection (an edit or a new key starts it over): reads its key, talks to
/// the provider's REST API at the stream URL's host, lists monitors and rules (all pages),
/// pauses, resumes and deletes them, and keeps the pricing tiers. Failures are sentences in
/// `problem` (lists) or `notice` (actions); the lists are kept as they were. C++-owned singleton.
class TweetsSubscriptionsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(TweetMonitorListModel *monitors READ monitors CONSTANT)
    Q_PROPERTY(TweetRuleListModel *rules READ rules CONSTANT)
    /// [{id, name}] of the tweet-stream profiles.
    Q_PROPERTY(QVariantList profiles READ profiles NOTIFY profilesChanged)
    Q_PROPERTY(QString profileId READ profileId WRITE setProfileId NOTIFY stateChanged)
    Q_PROPERTY(QString profileName READ profileName NOTIFY stateChanged)
    /// A client exists (the key was read).
    Q_PROPERTY(bool ready READ ready NOTIFY stateChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY stateChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY stateChanged)
    /// Why the lists could not be (re)loaded; empty when fine.
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
    /// The outcome of the last quick action when it failed; empty otherwise.
    Q_PROPERTY(QString notice READ notice NOTIFY noticeChanged)
    /// Ids with an action in flight (their buttons wait).
    Q_PROPERTY(QStringList busyIds READ busyIds NOTIFY busyChanged)
    /// Credits per day of everything active, and as a sentence.
    Q_PROPERTY(double totalCreditsPerDay READ totalCreditsPerDay NOTIFY totalsChanged)
    Q_PROPERTY(QString totalText READ totalText NOTIFY totalsChanged)
    /// [{label, maxIntervalText, creditsText}] of the rule pricing tiers in use.
    Q_PROPERTY(QVariantList pricingTiers READ pricingTierList NOTIFY pricingChanged)
    Q_PROPERTY(int maxRules READ maxRules CONSTANT)

public:
    static TweetsSubscriptionsController *instance();
    static TweetsSubscriptionsController *create(QQmlEngine *, QJSEngine *);
    /// Not default-constructible on purpose (Qt 6.4 would bypass create()).
    TweetsSubscriptionsController(ProfileStore *profiles, KeyStore *keys, QObject *parent);
    ~TweetsSubscriptionsController() override;

    TweetMonitorListModel *monitors() const { return m_monitors; }
    TweetRuleListModel *rules() const { return m_rules; }
    QVariantList profiles() const;
    QString profileId() const;
    void setProfileId(const QString &id);
    QString profileName() const;
    bool ready() const { return m_client != nullptr; }
    bool loading() const { return m_pending > 0; }
    bool loaded() const { return m_loaded; }
    QString problem() const { return m_problem; }
    QString notice() const { return m_notice; }
    QStringList busyIds() const { return QStringList(m_busy.cbegin(), m_busy.cend()); }
    double totalCreditsPerDay() const;
    QString totalText() const;
    QVariantList pricingTierList() const;
    int maxRules() const { return TweetsRest::MaxRulesPerKey; }

    /// Reads the key if needed and loads both lists (all pages) and the pricing tiers.
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setMonitorPaused(const QString &id, bool paused);
    Q_INVOKABLE void setRulePaused(const QString &id, bool paused);
    Q_INVOKABLE void deleteMonitor(const QString &id);
    Q_INVOKABLE void deleteRule(const QString &id);
    Q_INVOKABLE void clearNotice();

    // For the editors (C++).
    TweetsRestClient *client() const { return m_client; }
    /// The pricing tiers from the server, or the documented ones.
    QList<TweetsRest::PricingTier> tiers() const;
    /// Credits per day of what is active, leaving out one monitor or rule (the one being edited).
    double activeCreditsExcept(const QString &id) const;
    void monitorSaved(const TweetsRest::StreamMonitor &monitor);
    void ruleSaved(const TweetsRest::FilterRule &rule);

    /// Tests: talk to this REST base with this key instead of a profile's.
    void useEndpoint(const QUrl &restBase, const QString &key);

Q_SIGNALS:
    void profilesChanged();
    void stateChanged();
    void noticeChanged();
    void busyChanged();
    void totalsChanged();
    void pricingChanged();

private:
    /// The chosen profile changed: the old client and lists go.
    void onChosen();
    QString noProfileText() const;
    void openProfile();
    void openClient(const Profile &profile, const QString &key);
    void closeClient();
    void load();
    void finishLoad(TweetsRestReply *reply);
    void track(const QString &id, TweetsRestReply *reply, std::function<void(TweetsRestReply *)> onOk);
    void setNotice(const QString &text);

    ProfileSessions *m_sessions;
    TweetMonitorListModel *m_monitors;
    TweetRuleListModel *m_rules;
    QPointer<TweetsRestClient> m_client;
    QString m_problem;
    QString m_notice;
    QList<TweetsRest::PricingTier> m_serverTiers;
    QSet<QString> m_busy;
    int m_pending = 0;
    int m_generation = 0;
    bool m_loaded = false;
    bool m_following = false;   // m_sessions started (on the first refresh)
    bool m_endpoint = false;    // useEndpoint(): no profile runs
};
