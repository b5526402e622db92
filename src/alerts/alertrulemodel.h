#pragma once
// The alert rules as a list model for the Alerts page, with each rule's webhook state
// and how often it fired. Rows are looked up by rule id.

#include "alertrule.h"

#include "ruleevaluator.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class AlertEngine;
class WebhookNotifier;

class AlertRuleModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The rules belong to AlertCenter")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        NameRole,
        KindRole,
        KindLabelRole,
        EnabledRole,
        SeverityRole,
        SummaryRole,        ///< one line: scope and condition
        WebhookUrlRole,
        WebhookStateRole,   ///< WebhookNotifier::stateId, "" without a webhook
        WebhookErrorRole,
        FiredCountRole,
        LastFiredRole,      ///< Unix ms, 0 if never
        RuleRole,           ///< the whole rule as a map (for the editor)
        StateRole,          ///< RuleStatus::stateId: no-data, armed, cooling-down, held, expired, done
        StateLabelRole,     ///< the state in words
        LastValueRole,      ///< the last value the rule evaluated (NaN: none)
        LastValueTimeRole,  ///< when (Unix ms, 0 if none)
        LastSubjectRole,    ///< of which subject, as a person calls it (a token's symbol where known)
        BlindRole,          ///< blind now (BlindTracker)
        BlindReasonRole,    ///< BlindTracker::reasonId while blind, else ""
        BlindTotalRole,     ///< ms blind since the rule started, the current stretch included
        BlindTextRole,      ///< the blind time in words ("blind for 42 s: connection down · 3 min in total"), "" if never
        SharedRole,         ///< from a shared rules bucket: read-only here
        SharedFromRole,     ///< which bucket ("bucket team-rules · Team relay"), "" for a local rule
    };
    Q_ENUM(Roles)

    explicit AlertRuleModel(QObject *parent = nullptr);
    void setNotifier(WebhookNotifier *notifier);
    /// The engine whose rule states the State roles show; polled every second (the engine's
    /// tick rate), rows change only when their state or value did.
    void setEngine(const AlertEngine *engine);
    /// Reads every rule's state from the engine now.
    void refreshStatus();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setRules(const QList<AlertRule> &rules);
    /// Makes the list these rules without a reset: rows that went are removed, changed ones
    /// updated, new ones appended in one insert. sharedFrom: rule id → its bucket, for the
    /// rules that are shared.
    void sync(const QList<AlertRule> &rules, const QHash<QString, QString> &sharedFrom);
    const QList<AlertRule> &rules() const { return m_rules; }
    int rowOf(const QString &ruleId) const;
    /// Adds or replaces (by id).
    void upsert(const AlertRule &rule);
    bool remove(const QString &ruleId);
    void noteFired(const QString &ruleId, qint64 timestampMs);

    /// "BTC-USD · above 70000" — what the rule watches, in words.
    /// subjectLabel: what a person calls the rule's subject (a token's symbol for its mint),
    /// shown instead of it; empty: the subject as written. conditionLabels: the same for a
    /// composite's conditions, by their subject.
    static QString summarize(const AlertRule &rule, const QString &subjectLabel = {},
                             const QHash<QString, QString> &conditionLabels = {});
    /// A duration for people: "42 s", "3 min 5 s", "2 h 4 min".
    static QString durationText(qint64 ms);
    /// The blind time of a status in words at nowMs; "" when the rule was never blind.
    static QString blindText(const RuleStatus &status, qint64 nowMs);
    /// A bar length for people: "5 min", "1 h", "1 d", "90 s".
    static QString barLength(int seconds);
    /// What follows the condition in a summary: trigger mode, expiry, actions (" · only once").
    static QString triggerSuffix(const AlertRule &rule);

Q_SIGNALS:
    void countChanged();

private:
    void changed(const QString &ruleId, const QList<int> &roles);

    QList<AlertRule> m_rules;
    QHash<QString, QString> m_sharedFrom; // id → bucket, shared rules only
    QHash<QString, QPair<int, qint64>> m_fired; // id → count, last
    WebhookNotifier *m_notifier = nullptr;
    const AlertEngine *m_engine = nullptr;
    QHash<QString, RuleStatus> m_status; // id → last read state
    QHash<QString, QHash<QString, QString>> m_conditionLabels; // composite's id → condition subject → label
    QTimer m_statusTimer;
};
