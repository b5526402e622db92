#pragma once
// A composite rule's conditions and how far their combination has come: all (AND), any
// (OR) or a sequence ("A, then B within W seconds"), across providers. Each condition is
// evaluated by its own RuleEvaluator, so the kinds' logic exists once; this class only
// combines what they report. The composite's cooldown, trigger mode and expiry are applied
// by the RuleEvaluator that owns it.

#include "ruleevaluator.h"

#include <memory>
#include <optional>
#include <vector>

class CompositeEvaluator
{
public:
    CompositeEvaluator(const AlertRule &rule, qint64 sinceMs);
    ~CompositeEvaluator();

    /// Feeds every condition. Returns the composite's trigger when this observation
    /// completes the combination; the subject is that of the condition met last.
    std::optional<Trigger> observe(const Observation &o, qint64 receivedMs, const RecordFilterCompiler &filters, QString *error);
    void forgetRecordFilter();
    void observeConnection(const ConnectionObservation &c, qint64 receivedMs);
    /// The time-based conditions (stale, down) and the end of a sequence's window at nowMs.
    std::optional<Trigger> tick(qint64 nowMs);
    /// Progress (Waiting / Armed / NoData with met, total, metAtMs, detail) at nowMs; the
    /// owner overrides it with Expired, Done or CoolingDown.
    RuleStatus status(qint64 nowMs) const;
    /// Whether the combination can be seen at nowMs (after the conditions' ticks): "any" is
    /// blind when every condition is, "all" and a sequence when one of them is. Returns the
    /// reason and since when (None when it sees).
    std::pair<BlindTracker::Reason, qint64> blindness(qint64 nowMs) const;
    /// A subject's label from any condition's feeds; empty when unknown.
    QString labelOf(const QString &subject) const;

private:
    struct Condition {
        std::unique_ptr<RuleEvaluator> evaluator;
        bool state = false;         // AlertRule::isStateCondition: counts while it holds
        std::optional<Trigger> last; // what it reported when it was met last
        qint64 metAtMs = -1;         // engine clock; -1: not met (or consumed by a completed combination)
    };

    /// Combines what fired (indexes into m_conditions, ascending) at atMs (engine clock).
    std::optional<Trigger> combine(const std::vector<std::pair<int, Trigger>> &fired, qint64 atMs);
    /// Forgets sequence progress whose window has passed at atMs.
    void expireSequence(qint64 atMs);
    bool active(const Condition &c, qint64 atMs) const;
    /// The composite's trigger from the conditions that make it up, in order.
    Trigger compose(const std::vector<int> &met, qint64 completedAtMs) const;
    /// One condition's own message (its kind's default template over its trigger's values).
    QString describe(int index, const Trigger &t) const;

    QString m_combine;
    qint64 m_withinMs;
    std::vector<Condition> m_conditions;
    // sequence: the steps met so far (their times in m_conditions[i].metAtMs)
    int m_step = 0;
};
