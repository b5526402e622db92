#pragma once
// The alert history as a list model, newest first, capped; acknowledge by alert id.

#include "alert.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

class AlertHistoryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The alert history belongs to AlertCenter")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int unacknowledgedCount READ unacknowledgedCount NOTIFY unacknowledgedCountChanged)

public:
    enum Roles {
        IdRole = Qt::UserRole + 1,
        RuleIdRole,
        RuleNameRole,
        KindRole,          ///< AlertRule::kindId
        KindLabelRole,
        SeverityRole,      ///< "info", "warning", "critical"
        SeverityLabelRole,
        ProviderRole,
        SourceRole,
        SubjectRole,
        MessageRole,
        ValueRole,
        TimestampRole,     ///< Unix ms
        TimeRole,          ///< local date and time as text
        AcknowledgedRole,
        ActionTextRole,    ///< what the rule's actions did, "" when it has none
        BlindRole,         ///< a blind alert (the rule saw nothing), not its condition
        ContextRole,       ///< [{timeText, beforeText, provider, kind, subject, text}] oldest first (Alert::context)
        ContextCountRole,
        ContextTruncatedRole, ///< more events touched the subject than the alert keeps
    };
    Q_ENUM(Roles)

    explicit AlertHistoryModel(int cap = 2000, QObject *parent = nullptr);

    /// An alert's context for a view: each event with its time, how long before the alert
    /// ("12 s before"), and the subject as a person calls it.
    static QVariantList contextRows(const Alert &alert);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int cap() const { return m_cap; }
    int unacknowledgedCount() const { return m_unacknowledged; }

    /// Replaces everything (alerts oldest first, as stored).
    void reset(const QList<Alert> &alertsOldestFirst);
    /// Adds a batch (oldest first) at the top with one insert; trims the oldest beyond the cap.
    void prepend(const QList<Alert> &alertsOldestFirst);
    /// All alerts, oldest first (for saving).
    QList<Alert> alertsOldestFirst() const;
    const Alert *find(const QString &id) const;

    Q_INVOKABLE bool acknowledge(const QString &id);
    Q_INVOKABLE int acknowledgeAll();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();
    void unacknowledgedCountChanged();
    /// Acknowledgement or content changed in a way that should be saved.
    void modified();

private:
    void recount();

    QList<Alert> m_alerts;   // newest first
    int m_cap;
    int m_unacknowledged = 0;
};
