#include "alertengine.h"

#include "recordfilter.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <cmath>

namespace {

QString formatValue(const QVariant &value)
{
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::Float) {
        const double v = value.toDouble();
        if (std::isinf(v))
            return QStringLiteral("∞");
        if (v == std::floor(v) && std::abs(v) < 1e15)
            return QString::number(qint64(v));
        // Two decimals from 100 up; below, six significant digits (0.0000231 stays readable).
        const int decimals = std::abs(v) >= 100 ? 2 : std::clamp(5 - int(std::floor(std::log10(std::abs(v)))), 2, 12);
        QString text = QString::number(v, 'f', decimals);
        if (text.contains(QLatin1Char('.'))) {
            while (text.endsWith(QLatin1Char('0')))
                text.chop(1);
            if (text.endsWith(QLatin1Char('.')))
                text.chop(1);
        }
        return text;
    }
    return value.toString();
}

} // namespace

QString renderAlertMessage(const QString &messageTemplate, const QVariantMap &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    QString out;
    qsizetype last = 0;
    auto it = placeholder.globalMatch(messageTemplate);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(messageTemplate).mid(last, m.capturedStart() - last);
        const QString name = m.captured(1);
        out += values.contains(name) ? formatValue(values.value(name)) : m.captured(0);
        last = m.capturedEnd();
    }
    out += QStringView(messageTemplate).mid(last);
    return out;
}

void AlertEngine::setRecordFilterCompiler(RecordFilterCompiler filters)
{
    m_filters = std::move(filters);
    for (const auto &evaluator : m_evaluators)
        evaluator->forgetRecordFilter();
}

AlertEngine::AlertEngine(QObject *parent)
    : QObject(parent)
    , m_filters(&compileAlliumRecordFilter) // the Allium filter language
{
}

AlertEngine::~AlertEngine() = default;

qint64 AlertEngine::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void AlertEngine::setRules(const QList<AlertRule> &rules)
{
    std::vector<std::unique_ptr<RuleEvaluator>> next;
    next.reserve(size_t(rules.size()));
    const qint64 since = now();
    for (const AlertRule &rule : rules) {
        std::unique_ptr<RuleEvaluator> kept;
        for (auto &old : m_evaluators) {
            if (old && old->rule().id == rule.id && old->rule().toJson() == rule.toJson()) {
                kept = std::move(old);
                break;
            }
        }
        next.push_back(kept ? std::move(kept) : std::make_unique<RuleEvaluator>(rule, since));
    }
    m_evaluators = std::move(next);
    m_rules = rules;
}

QList<AlertRule> AlertEngine::rules() const
{
    return m_rules;
}

RuleStatus AlertEngine::status(const QString &ruleId) const
{
    for (const auto &evaluator : m_evaluators) {
        if (evaluator->rule().id == ruleId)
            return evaluator->status(now());
    }
    return {};
}

QString AlertEngine::subjectLabel(const QString &ruleId, const QString &subject) const
{
    for (const auto &evaluator : m_evaluators) {
        if (evaluator->rule().id == ruleId)
            return evaluator->labelOf(subject);
    }
    return {};
}

void AlertEngine::observe(const Observation &observation)
{
    const qint64 received = now();
    m_context.add(observation, received); // before the rules: an alert's context includes what fired it
    for (const auto &evaluator : m_evaluators) {
        if (!evaluator->rule().enabled)
            continue;
        QString error;
        const auto trigger = evaluator->observe(observation, received, m_filters, &error);
        if (!error.isEmpty()) {
            const QString &id = evaluator->rule().id;
            if (m_reportedErrors.value(id) != error) {
                m_reportedErrors.insert(id, error);
                Q_EMIT ruleError(id, error);
            }
        }
        if (trigger)
            raise(*evaluator, *trigger);
    }
}

void AlertEngine::observeConnection(const ConnectionObservation &connection)
{
    // The engine's clock, not the connection's: a replay measures blind time on the recording's.
    const qint64 received = now();
    for (const auto &evaluator : m_evaluators)
        evaluator->observeConnection(connection, received);
}

void AlertEngine::tick()
{
    const qint64 t = now();
    for (const auto &evaluator : m_evaluators) {
        if (!evaluator->rule().enabled)
            continue;
        for (const Trigger &trigger : evaluator->tick(t))
            raise(*evaluator, trigger);
    }
}

void AlertEngine::raise(const RuleEvaluator &evaluator, const Trigger &trigger)
{
    const AlertRule &rule = evaluator.rule();
    Alert alert;
    alert.id = QString::number(QDateTime::currentMSecsSinceEpoch(), 36) + QLatin1Char('-') + QString::number(++m_sequence, 36);
    alert.ruleId = rule.id;
    alert.ruleName = rule.name;
    alert.kind = rule.kind;
    alert.severity = rule.severity;
    alert.provider = trigger.provider;
    alert.source = trigger.source;
    alert.subject = trigger.subject;
    alert.value = trigger.value;
    alert.timestampMs = trigger.timestampMs;
    alert.values = trigger.values;
    alert.values.insert(QStringLiteral("rule"), rule.name);
    // Messages name the subject as a person does (a token's symbol, not its mint); the id
    // stays in the alert (rules, recovery and webhooks key on it) and as {subjectId}.
    alert.values.insert(QStringLiteral("subject"), trigger.label.isEmpty() ? trigger.subject : trigger.label);
    alert.values.insert(QStringLiteral("subjectId"), trigger.subject);
    alert.values.insert(QStringLiteral("provider"), trigger.provider);
    alert.values.insert(QStringLiteral("source"), trigger.source);
    alert.values.insert(QStringLiteral("severity"), AlertSeverities::toId(rule.severity));
    alert.values.insert(QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(trigger.timestampMs).toString(Qt::ISODate));
    alert.blind = trigger.blind;
    alert.message = renderAlertMessage(trigger.blind ? AlertRule::blindTemplate() : rule.effectiveTemplate(), alert.values);
    // A blind rule saw nothing: there is no "why" to show.
    if (!trigger.blind)
        alert.context = m_context.eventsFor({trigger.subject, trigger.label}, trigger.timestampMs, &alert.contextTruncated);
    Q_EMIT alertRaised(alert);
}
