#pragma once
// Alert rules shared through a JetStream key-value bucket (one key per rule).

#include "alerts/alertrule.h"
#include "kvbucket.h"

#include <QMap>
#include <QObject>
#include <QTimer>

/// Watches a rules bucket and keeps the current rule set: every put (a rule as the JSON
/// AlertRule::toJson writes) or delete of a key changes it, and rulesChanged() follows at
/// once (changes that arrive together are coalesced into one emission within the same
/// event-loop turn). A value that is not a valid rule is reported and ignored; the rule it
/// would replace stays as it was.
class SharedRules : public QObject
{
    Q_OBJECT

public:
    explicit SharedRules(KvBucket *bucket, QObject *parent = nullptr);

    /// Starts watching (the bucket must be open).
    bool start(QString *error = nullptr);
    /// Opens and watches the bucket off this thread (KvBucket::watchInBackground); the
    /// rules start empty, the bucket's current ones arrive as one rulesChanged(). For a
    /// window; failures reach KvBucket::watchStarted().
    void startInBackground(const QString &bucket);
    QList<AlertRule> rules() const { return m_rules.values(); }
    bool ready() const { return m_ready; }

    /// The key a rule is stored under (its id, made a valid key).
    static QString keyFor(const AlertRule &rule);
    /// Writes rules into a bucket (one key each); returns how many were written.
    static int push(KvBucket &bucket, const QList<AlertRule> &rules, QString *error = nullptr);

Q_SIGNALS:
    void rulesChanged(const QList<AlertRule> &rules);
    void ruleRejected(const QString &key, const QString &reason);

private:
    void onEntry(const QString &key, const QByteArray &value, quint64 revision, bool deleted);

    KvBucket *m_bucket;
    QMap<QString, AlertRule> m_rules; // key → rule
    bool m_ready = false;
    QTimer m_emit;
};
