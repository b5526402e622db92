#include "compositeevaluator.h"

#include "alertengine.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

CompositeEvaluator::CompositeEvaluator(const AlertRule &rule, qint64 sinceMs)
    : m_combine(rule.combine)
    , m_withinMs(qint64(std::max(0, rule.withinSec)) * 1000)
{
    // Conditions fire whenever they are met: the cooldown, trigger mode and expiry are the
    // composite's (a condition read from a file has none; one built in code may).
    for (AlertRule condition : rule.conditions) {
        condition.cooldownSec = 0;
        condition.triggerMode = AlertRule::TriggerMode::EveryTime;
        condition.expiresAtMs = 0;
        condition.enabled = true;
        condition.blindAlertSec = 0; // blindness is the composite's to report
        Condition c;
        c.state = condition.isStateCondition();
        c.evaluator = std::make_unique<RuleEvaluator>(std::move(condition), sinceMs);
        m_conditions.push_back(std::move(c));
    }
}

CompositeEvaluator::~CompositeEvaluator() = default;

void CompositeEvaluator::forgetRecordFilter()
{
    for (Condition &c : m_conditions)
        c.evaluator->forgetRecordFilter();
}

std::optional<Trigger> CompositeEvaluator::observe(const Observation &o, qint64 receivedMs, const RecordFilterCompiler &filters,
                                                   QString *error)
{
    // Every condition sees every observation (its windows and averages need them all),
    // whichever of them fires.
    std::vector<std::pair<int, Trigger>> fired;
    for (size_t i = 0; i < m_conditions.size(); ++i) {
        QString problem;
        auto t = m_conditions[i].evaluator->observe(o, receivedMs, filters, &problem);
        if (!problem.isEmpty() && error && error->isEmpty())
            *error = QCoreApplication::translate("AlertRule", "Condition %1: %2").arg(i + 1).arg(problem);
        if (t)
            fired.emplace_back(int(i), std::move(*t));
    }
    expireSequence(receivedMs);
    if (fired.empty())
        return std::nullopt;
    return combine(fired, receivedMs);
}

void CompositeEvaluator::observeConnection(const ConnectionObservation &c, qint64 receivedMs)
{
    for (Condition &condition : m_conditions)
        condition.evaluator->observeConnection(c, receivedMs);
}

std::pair<BlindTracker::Reason, qint64> CompositeEvaluator::blindness(qint64 nowMs) const
{
    const bool any = m_combine == QLatin1String("any");
    BlindTracker::Reason reason = BlindTracker::Reason::None;
    qint64 since = nowMs;
    bool allBlind = true;
    qint64 latest = std::numeric_limits<qint64>::min();
    BlindTracker::Reason latestReason = BlindTracker::Reason::None;
    for (const Condition &c : m_conditions) {
        const BlindTracker *b = c.evaluator->blindness();
        if (!b || !b->blind()) {
            allBlind = false;
            continue;
        }
        // all / sequence: blind from the first condition that went blind.
        if (reason == BlindTracker::Reason::None || b->blindSinceMs() < since) {
            reason = b->reason();
            since = std::min(since, b->blindSinceMs());
        }
        // any: blind from when the last of them went blind.
        if (b->blindSinceMs() > latest) {
            latest = b->blindSinceMs();
            latestReason = b->reason();
        }
    }
    if (any)
        return allBlind && !m_conditions.empty() ? std::make_pair(latestReason, latest) : std::make_pair(BlindTracker::Reason::None, nowMs);
    return {reason, since};
}

QString CompositeEvaluator::labelOf(const QString &subject) const
{
    for (const Condition &c : m_conditions) {
        const QString label = c.evaluator->labelOf(subject);
        if (!label.isEmpty())
            return label;
    }
    return {};
}

std::optional<Trigger> CompositeEvaluator::tick(qint64 nowMs)
{
    std::vector<std::pair<int, Trigger>> fired;
    for (size_t i = 0; i < m_conditions.size(); ++i) {
        for (Trigger &t : m_conditions[i].evaluator->tick(nowMs))
            fired.emplace_back(int(i), std::move(t));
    }
    expireSequence(nowMs);
    if (fired.empty())
        return std::nullopt;
    return combine(fired, nowMs);
}

bool CompositeEvaluator::active(const Condition &c, qint64 atMs) const
{
    if (c.state)
        return c.evaluator->holds();
    return c.metAtMs >= 0 && atMs - c.metAtMs <= m_withinMs;
}

void CompositeEvaluator::expireSequence(qint64 atMs)
{
    if (m_combine != QLatin1String("sequence") || m_step == 0)
        return;
    if (atMs - m_conditions[size_t(m_step - 1)].metAtMs <= m_withinMs)
        return;
    m_step = 0; // the next step did not come in time: start over
    for (Condition &c : m_conditions)
        c.metAtMs = -1;
}

std::optional<Trigger> CompositeEvaluator::combine(const std::vector<std::pair<int, Trigger>> &fired, qint64 atMs)
{
    const int n = int(m_conditions.size());
    if (m_combine == QLatin1String("sequence")) {
        for (const auto &[index, trigger] : fired) {
            Condition &c = m_conditions[size_t(index)];
            if (index == m_step) {
                c.last = trigger;
                c.metAtMs = atMs;
                if (++m_step < n)
                    continue;
                // Complete: fires once, then waits for a new first step.
                std::vector<int> steps;
                for (int i = 0; i < n; ++i)
                    steps.push_back(i);
                const Trigger out = compose(steps, atMs);
                m_step = 0;
                for (Condition &each : m_conditions)
                    each.metAtMs = -1;
                return out;
            }
            if (index == 0) {
                // A new first step while waiting for a later one: the sequence starts over
                // from it (the window runs from the newest first step).
                for (Condition &each : m_conditions)
                    each.metAtMs = -1;
                c.last = trigger;
                c.metAtMs = atMs;
                m_step = 1;
            }
            // Any other condition out of turn does not count: "A then B" is not "B then A".
        }
        return std::nullopt;
    }

    std::vector<int> firedNow;
    for (const auto &[index, trigger] : fired) {
        Condition &c = m_conditions[size_t(index)];
        c.last = trigger;
        c.metAtMs = atMs;
        firedNow.push_back(index);
    }
    if (m_combine == QLatin1String("any"))
        return compose(firedNow, atMs);

    // all: every state condition holds and every event condition came within the window.
    std::vector<int> all;
    for (int i = 0; i < n; ++i) {
        if (!active(m_conditions[size_t(i)], atMs))
            return std::nullopt;
        all.push_back(i);
    }
    const Trigger out = compose(all, atMs);
    // The events are used up: the next alert needs new ones (state conditions still hold).
    for (Condition &c : m_conditions) {
        if (!c.state)
            c.metAtMs = -1;
    }
    return out;
}

QString CompositeEvaluator::describe(int index, const Trigger &t) const
{
    QVariantMap values = t.values;
    values.insert(QStringLiteral("subject"), t.label.isEmpty() ? t.subject : t.label);
    values.insert(QStringLiteral("provider"), t.provider);
    values.insert(QStringLiteral("source"), t.source);
    return renderAlertMessage(m_conditions[size_t(index)].evaluator->rule().effectiveTemplate(), values);
}

Trigger CompositeEvaluator::compose(const std::vector<int> &met, qint64 completedAtMs) const
{
    // The alert is about the condition met last (the last step of a sequence).
    int last = met.front();
    for (int index : met) {
        if (m_conditions[size_t(index)].metAtMs >= m_conditions[size_t(last)].metAtMs)
            last = index;
    }
    Trigger out = *m_conditions[size_t(last)].last;
    const bool sequence = m_combine == QLatin1String("sequence");
    QStringList conditions;
    QStringList steps;
    qint64 firstMs = -1;
    for (int index : met) {
        const Condition &c = m_conditions[size_t(index)];
        const QString text = describe(index, *c.last);
        conditions << text;
        const qint64 at = c.metAtMs >= 0 ? c.metAtMs : completedAtMs;
        if (firstMs < 0)
            firstMs = at;
        // "1. … → 2. … (+12 s)": each step with how long after the first it came.
        QString step = QStringLiteral("%1. %2").arg(index + 1).arg(text);
        if (sequence && at > firstMs)
            step += QLatin1Char(' ') + QCoreApplication::translate("AlertRule", "(+%1 s)").arg(QString::number(double(at - firstMs) / 1000.0, 'f', 0));
        steps << step;
        const QString n = QString::number(index + 1);
        out.values.insert(QStringLiteral("condition") + n, text);
        out.values.insert(QStringLiteral("value") + n, c.last->value);
        out.values.insert(QStringLiteral("subject") + n, c.last->label.isEmpty() ? c.last->subject : c.last->label);
        out.values.insert(QStringLiteral("provider") + n, c.last->provider);
    }
    const QString separator = sequence ? QStringLiteral(" → ") : QStringLiteral("; ");
    out.values.insert(QStringLiteral("conditions"), conditions.join(separator));
    out.values.insert(QStringLiteral("steps"), steps.join(separator));
    out.values.insert(QStringLiteral("met"), qint64(met.size()));
    out.values.insert(QStringLiteral("combine"), m_combine);
    if (sequence && firstMs >= 0)
        out.values.insert(QStringLiteral("elapsed"), qint64((completedAtMs - firstMs) / 1000));
    return out;
}

RuleStatus CompositeEvaluator::status(qint64 nowMs) const
{
    using S = RuleStatus::State;
    RuleStatus out;
    out.total = int(m_conditions.size());
    bool anyData = false;
    // The last value is the newest any condition evaluated.
    for (const Condition &c : m_conditions) {
        const RuleStatus s = c.evaluator->status(nowMs);
        anyData = anyData || s.state != S::NoData;
        if (!std::isnan(s.lastValue) && (std::isnan(out.lastValue) || s.lastValueMs >= out.lastValueMs)) {
            out.lastValue = s.lastValue;
            out.lastValueMs = s.lastValueMs;
            out.lastSubject = s.lastSubject;
        }
    }
    out.state = anyData ? S::Armed : S::NoData;
    if (m_combine == QLatin1String("sequence")) {
        int met = m_step;
        if (met > 0 && nowMs - m_conditions[size_t(met - 1)].metAtMs > m_withinMs)
            met = 0; // its window has passed; the next observation starts over
        if (met > 0) {
            out.state = S::Waiting;
            out.met = met;
            out.metAtMs = m_conditions[size_t(met - 1)].metAtMs;
            out.detail = QCoreApplication::translate("AlertRule", "step %1 of %2 met %3 s ago")
                             .arg(met)
                             .arg(out.total)
                             .arg(std::max<qint64>(0, (nowMs - out.metAtMs) / 1000));
        }
    } else if (m_combine == QLatin1String("all")) {
        for (const Condition &c : m_conditions) {
            if (active(c, nowMs)) {
                ++out.met;
                out.metAtMs = std::max(out.metAtMs, c.metAtMs);
            }
        }
        if (out.met > 0 && out.met < out.total) {
            out.state = S::Waiting;
            out.detail = QCoreApplication::translate("AlertRule", "%1 of %2 conditions met").arg(out.met).arg(out.total);
        }
    }
    return out;
}
