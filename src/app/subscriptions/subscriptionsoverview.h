#pragma once
// The Subscriptions page's controller: every live subscription of every profile, with the
// quota it uses and what it costs, and the totals per key (SubscriptionLedger computes them).

#include "subscriptionledger.h"
#include "subscriptionoverviewmodels.h"
#include "subscriptionpreview.h"

#include <QObject>
#include <QSet>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;
namespace SubscriptionSet {
class Target;
struct Plan;
} // namespace SubscriptionSet

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
    /// What the last export or import did, in a sentence (the page shows it).
    Q_PROPERTY(QString setStatus READ setStatus NOTIFY setStatusChanged)
    /// The last export or import failed (setStatus says why).
    Q_PROPERTY(bool setFailed READ setFailed NOTIFY setStatusChanged)

public:
    using Source = std::function<QList<SubscriptionLedger::KeyState>()>;
    /// Pauses one live subscription (tweets monitor or rule paused, Conyr channel muted, Allium
    /// stream stopped); false when its provider has no pause for it.
    using Pauser = std::function<bool(const SubscriptionLedger::Row &)>;

    static SubscriptionsOverview *instance();
    static SubscriptionsOverview *create(QQmlEngine *, QJSEngine *);
    SubscriptionsOverview(Source source, QObject *parent);
    ~SubscriptionsOverview() override;

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
    bool isOptional(const QString &priorityKey) const { return m_optional.contains(priorityKey); }
    QString setStatus() const { return m_setStatus; }
    bool setFailed() const { return m_setFailed; }
    /// Where subscription sets are read from and added to (the app: the live workspaces).
    void setSetTarget(SubscriptionSet::Target *target) { m_setTarget = target; }

    /// Reads the state and recomputes now.
    Q_INVOKABLE void refresh();
    /// Marks a subscription (by its priority key, see the rows' priorityKey role) optional or
    /// essential; kept in the settings.
    Q_INVOKABLE void setOptional(const QString &priorityKey, bool optional);
    /// Pauses every active optional subscription that its provider can pause; returns how
    /// many were paused. Predikt symbols stay: Predikt bills the connection, not the symbol.
    Q_INVOKABLE int pauseAllOptional();
    /// What a new tweets filter rule polled every intervalSeconds would cost the profile's key,
    /// before it is created; replacingRuleId: the rule being edited (its own cost is left out).
    Q_INVOKABLE SubscriptionPreview previewTweetRule(const QString &profileId, double intervalSeconds,
                                                     const QString &replacingRuleId = QString()) const;
    /// What adding the symbols typed ("WIF, RAY"; those already subscribed do not count) to the
    /// profile's connection would do; nothing typed: one more symbol.
    Q_INVOKABLE SubscriptionPreview previewPrediktSymbols(const QString &profileId, const QString &typed = QString()) const;

    /// Writes every profile's subscriptions to a subscription set (JSON, never a key); returns
    /// "" or why not.
    Q_INVOKABLE QString exportSet(const QUrl &file);
    /// Reads a set and says what importing it would add; nothing changes until applyImport().
    Q_INVOKABLE SubscriptionImportCheck checkImport(const QUrl &file);
    /// Adds what the last checkImport() said (additively); returns what happened.
    Q_INVOKABLE QString applyImport();
    /// "tidewatch-subscriptions-2026-12-03.json"
    Q_INVOKABLE QString suggestedSetName() const;
    /// Tells the page what an import that finishes later did (tweets monitors and rules are
    /// created on the server).
    void noteSetStatus(const QString &text, bool failed = false);

Q_SIGNALS:
    void totalsChanged();
    void watchingChanged();
    void setStatusChanged();

private:
    /// The state now: read from the source (a what-if must not wait for the next refresh).
    QList<SubscriptionLedger::KeyState> currentStates() const;

    Source m_source;
    Pauser m_pauser;
    QSet<QString> m_optional;
    SubscriptionRowsModel *m_rows;
    SubscriptionKeysModel *m_keys;
    SubscriptionLedger::Ledger m_ledger;
    QList<SubscriptionLedger::KeyState> m_states;
    QTimer m_timer;
    bool m_flowing = false;
    SubscriptionSet::Target *m_setTarget = nullptr;
    std::unique_ptr<SubscriptionSet::Plan> m_importPlan; ///< what checkImport() found, until applied
    QString m_setStatus;
    bool m_setFailed = false;
};

/// The live state of every profile, read from the provider workspaces, the tweets
/// subscriptions controller and the connection registry.
QList<SubscriptionLedger::KeyState> gatherLiveSubscriptions();
/// Pauses one live subscription through its workspace (the default Pauser).
bool pauseLiveSubscription(const SubscriptionLedger::Row &row);
/// The live workspaces as a subscription set's source and destination (the app's Target).
SubscriptionSet::Target *liveSubscriptionSetTarget(SubscriptionsOverview *overview);
