#pragma once
// One Conyr profile at run time: its client, its wanted channels (persisted), mutes and
// the subscription model the page's manager shows.

#include "core/profile.h"
#include "providers/conyr/conyrclient.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class SubscriptionModel;

/// Restores the profile's channel set and mutes from QSettings ("conyr/<profile id>/…") at
/// start (or, the first time, the profile's own subscriptions, or demo defaults), keeps
/// them saved on every change, and refreshes the subscription model when the set changes
/// and once a second for rates and ages.
class ConyrSession : public QObject
{
    Q_OBJECT
public:
    ConyrSession(const Profile &profile, QObject *parent);
    ~ConyrSession() override;

    const Profile &profile() const { return m_profile; }
    ConyrClient *client() const { return m_client; }
    SubscriptionModel *subscriptions() const { return m_subscriptions; }
    /// What the client refuses locally (the Free tier, a saved set over the cap), or empty.
    /// Key and connection problems are the workspace's ProfileSessions'.
    QString problem() const { return m_problem; }

    /// Creates the client for the profile (as it is now) with the key, restores the
    /// channels and opens the connection; returns it.
    Connection *start(const Profile &profile, const QString &key);
    /// Saves the channel set, then closes and deletes the client (an adopted one is only let go).
    void stop();
    /// Shows a client someone else owns and feeds (a relay's): nothing to open or restore.
    void adopt(ConyrClient *client);

    /// Adds channels (counted against the tier cap); false with error when refused.
    bool add(const QStringList &channels, QString *error);
    void remove(const QString &channel);
    bool isMuted(const QString &channel) const { return m_muted.contains(channel); }
    void setMuted(const QString &channel, bool muted);

    /// The chart selection, persisted with the profile.
    QString chartMint() const { return m_chartMint; }
    QString chartInterval() const { return m_chartInterval; }
    void setChart(const QString &mint, const QString &interval);

    /// Demo defaults: a few tokens' trades and candles so the page is alive at once.
    static QStringList defaultChannels();
    static QString defaultChartMint();

Q_SIGNALS:
    void changed();
    void problemChanged();

private:
    void setProblem(const QString &problem);
    void save() const;
    void sync();
    QString settingsKey(const char *name) const;

    Profile m_profile;
    ConyrClient *m_client = nullptr;
    bool m_adopted = false;
    SubscriptionModel *m_subscriptions;
    QSet<QString> m_muted;
    QString m_problem;
    QString m_chartMint;
    QString m_chartInterval;
    QTimer m_refresh;
};
