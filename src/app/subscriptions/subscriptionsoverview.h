#pragma once
// The Subscriptions page's controller: every live subscription of every profile, with the
// quota it uses and what it costs, and the totals per key (SubscriptionLedger computes them).

#include "subscriptionledger.h"
#include "subscriptionoverviewmodels.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>

class QQmlEngine;
class QJSEngine;

/// Reads the workspaces' state through a source function (by default
/// gatherLiveSubscriptions(), tests pass fixtures) once a second while watched, runs the
/// ledger and fills the two models. C++-owned QML singleton.
class SubscriptionsOverview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(SubscriptionRowsModel *rows READ rows CONSTANT)
    Q_PROPERTY(SubscriptionKeysModel *keys READ keys CONSTANT)
    Q_PROPERTY(double usdPerHour READ usdPerHour NOTIFY totalsChanged)
    Q_PROPERTY(double usdPerMonth READ usdPerMonth NOTIFY totalsChanged)
    Q_PROPERTY(double creditsPerDay READ creditsPerDay NOTIFY totalsChanged)
    Q_PROPERTY(QString usdText READ usdText NOTIFY totalsChanged)
    Q_PROPERTY(QString creditsText READ creditsText NOTIFY totalsChanged)
    /// Some subscription has delivered a message (the screenshot waits for it).
    Q_PROPERTY(bool flowing READ flowing NOTIFY totalsChanged)
    /// "3 optional · pausing them saves 10,000 credits/day", empty when none is optional.
    Q_PROPERTY(QString optionalText READ optionalText NOTIFY totalsChanged)
    Q_PROPERTY(int optionalActive READ optionalActive NOTIFY totalsChanged)
    /// Refresh once a second (the page sets it while it is shown).
    Q_PROPERTY(bool watching READ watching WRITE setWatching NOTIFY watchingChanged)

public:
    using Source = std::function<QList<SubscriptionLedger::KeyState>()>;
    /// Pauses one live subscription (tweets monitor or rule paused, Conyr channel muted, Allium
    /// stream stopped); false when its provider has no pause for it.
    using Pauser = std::function<bool(const SubscriptionLedger::Row &)>;

    static SubscriptionsOverview *instance();
    static SubscriptionsOverview *create(QQmlEngine *, QJSEngine *);
    SubscriptionsOverview(Source source, QObject *parent);

    void setSource(Source source);
    void setPauser(Pauser pauser) { m_pauser = std::move(pauser); }
    SubscriptionRowsModel *rows() const { return m_rows; }
    SubscriptionKeysModel *keys() const { return m_keys; }
    double usdPerHour() const { return m_ledger.usdPerHour; }
    double usdPerMonth() const { return m_ledger.usdPerMonth; }
    double creditsPerDay() const { return m_ledger.creditsPerDay; }
    QString usdText() const;
    QString creditsText() const;
    bool flowing() const { return m_flowing; }
    QString optionalText() const;
    int optionalActive() const { return m_ledger.optionalActive; }
    bool watching() const { return m_timer.isActive(); }
    void setWatching(bool on);
    const SubscriptionLedger::Ledger &ledger() const { return m_ledger; }

    /// Reads the state and recomputes now.
    Q_INVOKABLE void refresh();
    /// Marks a subscription (by its priority key, see the rows' priorityKey role) optional or
    /// essential; kept in the settings.
    Q_INVOKABLE void setOptional(const QString &priorityKey, bool optional);
    /// Pauses every active optional subscription that its provider can pause; returns how
    /// many were paused. Predikt symbols stay: Predikt bills the connection, not the symbol.
    Q_INVOKABLE int pauseAllOptional();
    /// What a new tweets filter rule polled every intervalSeconds would cost the profile's key,
    /// before it is created: {ok, error, quotaText, costText, creditsPerDay, totalCreditsPerDay}.
    Q_INVOKABLE QVariantMap previewTweetRule(const QString &profileId, double intervalSeconds) const;
    /// What adding a Predikt symbol to the profile would do: {ok, error, quotaText, costText}.
    Q_INVOKABLE QVariantMap previewPrediktSymbol(const QString &profileId) const;

Q_SIGNALS:
    void totalsChanged();
    void watchingChanged();

private:
    Source m_source;
    Pauser m_pauser;
    QSet<QString> m_optional;
    SubscriptionRowsModel *m_rows;
    SubscriptionKeysModel *m_keys;
    SubscriptionLedger::Ledger m_ledger;
    QList<SubscriptionLedger::KeyState> m_states;
    QTimer m_timer;
    bool m_flowing = false;
};

/// The live state of every profile, read from the provider workspaces, the tweets
/// subscriptions controller and the connection registry.
QList<SubscriptionLedger::KeyState> gatherLiveSubscriptions();
/// Pauses one live subscription through its workspace (the default Pauser).
bool pauseLiveSubscription(const SubscriptionLedger::Row &row);
