#pragma once
// The simulator's in-memory Stream Monitors and Filter Rules, with the documented validation,
// pricing fields and credit-based suspension. HTTP routing, auth and fault hooks are in
// TweetsRestSim; this class only answers "what would the server do with this body".

#include "providers/tweets/tweetsrest.h"

#include <QJsonValue>
#include <QList>
#include <QObject>

class TweetsRestStore : public QObject
{
    Q_OBJECT
public:
    /// status (200, 201, 204, 404, 409, 422) and the JSON body to send.
    struct Result {
        int status = 200;
        QJsonValue body;
    };

    explicit TweetsRestStore(QObject *parent = nullptr);

    /// Adds a monitor or rule as is (seeding; no validation). Ids must be unique.
    void add(const TweetsRest::StreamMonitor &monitor);
    void add(const TweetsRest::FilterRule &rule);

    const QList<TweetsRest::StreamMonitor> &monitors() const { return m_monitors; }
    const QList<TweetsRest::FilterRule> &rules() const { return m_rules; }
    const TweetsRest::StreamMonitor *monitor(const QString &id) const;
    const TweetsRest::FilterRule *rule(const QString &id) const;

    Result listMonitors(int page, int pageSize, const QString &status) const;
    Result getMonitor(const QString &id) const;
    Result createMonitor(const QJsonValue &body);
    Result patchMonitor(const QString &id, const QJsonValue &body);
    Result deleteMonitor(const QString &id);

    Result listRules(int limit, int offset, const QString &status) const;
    Result getRule(const QString &id) const;
    Result createRule(const QJsonValue &body);
    Result patchRule(const QString &id, const QJsonValue &body);
    Result deleteRule(const QString &id);

    Result validate(const QJsonValue &body) const;
    Result pricing() const;

    /// A rough syntax check of an Advanced Search query; empty when it looks valid.
    static QString queryProblem(const QString &query);

    /// The key's credit balance. Below the hourly cost of what is active, everything active is
    /// suspended with status_reason "insufficient_credits" (documented auto-pause); at or
    /// above it, what was suspended for that reason resumes (documented auto-resume).
    void setCredits(double credits);
    double credits() const { return m_credits; }
    /// Credits per day of everything active.
    double activeCreditsPerDay() const;
    /// True when resuming or creating something costing creditsPerDay more would leave the
    /// balance below an hour of the total.
    bool cannotAfford(double extraCreditsPerDay) const;

    /// Wire variants (string numbers, comma-joined usernames, tier objects, "data" wrappers).
    void setVariant(bool variants) { m_variants = variants; }
    bool variant() const { return m_variants; }

Q_SIGNALS:
    /// A monitor or rule was added, edited, paused, resumed, suspended or deleted.
    void changed();

private:
    QJsonObject wire(const TweetsRest::StreamMonitor &m) const;
    QJsonObject wire(const TweetsRest::FilterRule &r) const;
    void price(TweetsRest::StreamMonitor &m) const;
    void price(TweetsRest::FilterRule &r) const;
    bool applyMonitor(TweetsRest::StreamMonitor &m, const QJsonObject &o, bool creating, QJsonArray &errors) const;
    bool applyRule(TweetsRest::FilterRule &r, const QJsonObject &o, bool creating, QJsonArray &errors) const;
    Result applyStatus(TweetsRest::Status &status, QString &text, QString &reason, const QJsonObject &o,
                       double creditsPerDay, QJsonArray &errors) const;

    QList<TweetsRest::StreamMonitor> m_monitors;
    QList<TweetsRest::FilterRule> m_rules;
    double m_credits = 1e12;
    int m_nextMonitor = 1;
    int m_nextRule = 1;
    bool m_variants = false;
};
