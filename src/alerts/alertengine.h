#pragma once
// The alert engine: rules over Observations and connection states, without any UI.
// Used by the app (AlertCenter), the CLI (tidewatch-cli alerts) and replay.

#include "alert.h"
#include "alertcontext.h"
#include "ruleevaluator.h"

#include <QObject>
#include <functional>
#include <memory>
#include <vector>

class AlertEngine : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    explicit AlertEngine(QObject *parent = nullptr);
    ~AlertEngine() override;

    /// Replaces the rules. A rule whose definition did not change keeps its state (armed,
    /// windows, cooldown); changed and new rules start fresh. Disabled rules are kept but
    /// never evaluated.
    void setRules(const QList<AlertRule> &rules);
    QList<AlertRule> rules() const;
    /// Why the rule does (not) fire now (see RuleStatus); NoData for an unknown id.
    RuleStatus status(const QString &ruleId) const;
    /// What a person calls subject in the rule's scope (a token's symbol for its mint), from
    /// the labels its feeds sent (a composite's: any condition's); empty when unknown. The
    /// rule list names a composite's conditions by it, as RuleStatus::subjectLabel a rule's.
    QString subjectLabel(const QString &ruleId, const QString &subject) const;

    /// The clock for time-based rules (stale, connection down); wall time by default.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    qint64 now() const;

    /// The filter language of RecordMatch rules (the Allium filter syntax by default,
    /// compileAlliumRecordFilter). Without one, RecordMatch rules report ruleError() once
    /// and stay silent.
    void setRecordFilterCompiler(RecordFilterCompiler filters);
    /// The same over a function that takes the filter with every record (tests, stand-ins).
    void setRecordFilter(RecordFilterFn filter) { setRecordFilterCompiler(recordFilterCompiler(std::move(filter))); }

    /// How many seconds of events before an alert it carries as context (AlertContext); 0: none.
    void setContextWindowSec(int seconds) { m_context.setWindowSec(seconds); }
    int contextWindowSec() const { return m_context.windowSec(); }

public Q_SLOTS:
    void observe(const Observation &observation);
    void observeConnection(const ConnectionObservation &connection);
    /// Evaluates time-based rules at now() (the app calls this every second).
    void tick();

Q_SIGNALS:
    void alertRaised(const Alert &alert);
    /// A rule could not be evaluated (e.g. a filter it cannot read); once per rule and message.
    void ruleError(const QString &ruleId, const QString &message);

private:
    void raise(const RuleEvaluator &evaluator, const Trigger &trigger);

    std::vector<std::unique_ptr<RuleEvaluator>> m_evaluators;
    QList<AlertRule> m_rules;
    Clock m_clock;
    RecordFilterCompiler m_filters;
    QHash<QString, QString> m_reportedErrors;
    AlertContext m_context;
    quint64 m_sequence = 0;
};

/// Fills {placeholders} in a template from values; numbers are shown without trailing
/// zeros, unknown placeholders stay as they are.
QString renderAlertMessage(const QString &messageTemplate, const QVariantMap &values);
