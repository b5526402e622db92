#pragma once
// One rule's evaluation with its per-subject state: armed/disarmed with hysteresis, the
// side of a level, sliding windows, moving averages, last block, last data, cooldown.

#include "alertrule.h"
#include "blindtracker.h"
#include "core/observation.h"
#include "models/predikt/balanceforecast.h"

#include <QHash>
#include <QJsonObject>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

class CompositeEvaluator;

/// Decides whether a stream record matches a filter in the Allium filter syntax
/// ({field, operator, value} or {op: AND|OR, conditions: […]}). Returns false and sets
/// error when the filter cannot be evaluated.
using RecordFilterFn = std::function<bool(const QJsonObject &filter, const Observation &record, QString *error)>;
/// A rule's filter made ready once: whether a record matches (false with *error set when
/// it cannot be evaluated).
using RecordPredicate = std::function<bool(const Observation &record, QString *error)>;
/// Makes a filter ready to test records: each RecordMatch rule parses its filter once, not
/// once per record. An empty compiler: record filters are not available.
using RecordFilterCompiler = std::function<RecordPredicate(const QJsonObject &filter)>;
/// A compiler over a per-record filter function (the filter is handed over with each record).
RecordFilterCompiler recordFilterCompiler(RecordFilterFn filter);

/// What made a rule fire: the scope it fired on and the values for its message.
struct Trigger {
    QString provider;
    QString source;
    QString subject;
    qint64 timestampMs = 0;
    double value = 0;
    QVariantMap values;   ///< placeholder name → value (numbers stay numbers)
    QString label;        ///< what a person calls the subject (Observation::label); empty: the subject
    bool blind = false;   ///< not the condition: the rule has been blind for blindAlertSec (AlertRule)
};

/// Why a rule does (not) fire right now: what the Alerts page shows beside each rule.
struct RuleStatus {
    enum class State {
        NoData,       ///< nothing in scope evaluated yet
        Armed,        ///< fires when the condition is met
        CoolingDown,  ///< fired; no second alert until the cooldown ends
        Held,         ///< fired; held by hysteresis until the value moves back past the band
        Expired,      ///< past its expiry time: never fires again
        Done,         ///< an only-once rule that has fired
        Waiting,      ///< a composite: some of its conditions are met, it waits for the others
        Blind,        ///< it cannot see: its connections are down, billing stopped, paused or no data
    };
    State state = State::NoData;
    double lastValue = std::numeric_limits<double>::quiet_NaN(); ///< NaN: none yet
    qint64 lastValueMs = 0;
    QString lastSubject;      ///< the subject id (a token's mint)
    QString lastSubjectLabel; ///< what a person calls it (the token's symbol); empty: unknown
    /// The rule's own subject (AlertRule::subject) in words, when the feed named it; empty: unknown.
    QString subjectLabel;
    /// Blind time (BlindTracker): blind now, why (BlindTracker::reasonId), since when, and the
    /// time blind since the rule started, the current stretch included.
    bool blind = false;
    QString blindReason;
    qint64 blindSinceMs = 0;
    qint64 blindTotalMs = 0;
    /// Composites: how many conditions (or steps of a sequence) are met, of how many, and
    /// when the last of them was; 0/0 for the other kinds.
    int met = 0;
    int total = 0;
    qint64 metAtMs = 0;
    /// The progress in words at the time of status() ("step 1 of 2 met 12 s ago"); empty
    /// when there is nothing to add to the state.
    QString detail;

    static QString stateId(State state);
    static QString stateLabel(State state);
};

class RuleEvaluator
{
public:
    /// sinceMs: when the rule started watching (for stale rules on subjects never seen).
    RuleEvaluator(AlertRule rule, qint64 sinceMs);
    ~RuleEvaluator();
    RuleEvaluator(const RuleEvaluator &) = delete;
    RuleEvaluator &operator=(const RuleEvaluator &) = delete;

    const AlertRule &rule() const { return m_rule; }
    /// True if the observation is within the rule's provider/source/subject scope.
    bool inScope(const QString &provider, const QString &source, const QString &subject) const;

    /// Feeds an observation received at receivedMs (engine clock; stale rules measure
    /// from it); returns a trigger when the rule fires (after cooldown).
    std::optional<Trigger> observe(const Observation &o, qint64 receivedMs, const RecordFilterCompiler &filters,
                                   QString *error);
    /// The record filter language changed: the rule's filter is made ready again by the next record.
    void forgetRecordFilter();
    /// Feeds a connection state change at receivedMs (engine clock): ConnectionDown rules
    /// track down-since times, the other rules their blind time.
    void observeConnection(const ConnectionObservation &c, qint64 receivedMs);
    /// Time-based conditions (stale streams, connections down) at nowMs.
    QList<Trigger> tick(qint64 nowMs);

    /// Alerts suppressed by the cooldown so far.
    int suppressed() const { return m_suppressed; }
    /// The rule's state at nowMs for its most recently evaluated subject, and that value.
    RuleStatus status(qint64 nowMs) const;
    /// A state condition (AlertRule::isStateCondition) holds for some subject in scope: it
    /// fired and has not re-armed (moved back past the band, data again, connected again).
    bool holds() const;
    /// The rule's blind time; null for a ConnectionDown rule (connection states are its data).
    const BlindTracker *blindness() const { return m_blind ? &*m_blind : nullptr; }
    /// What a person calls a subject (a token's symbol for its mint), from the labels the
    /// feeds sent for it in this rule's scope; empty when unknown.
    QString labelOf(const QString &subject) const;

private:
    struct State {
        bool armed = true;
        QString label;                         // Observation::label of the subject
        int side = 0;                          // crossings: -1 below, +1 above; channels: -1 outside, +1 inside; 0 unknown
        bool held = false;                     // the value is past the level but not yet past the band
        qint64 lastFiredMs = std::numeric_limits<qint64>::min();
        std::deque<std::pair<qint64, double>> window; // PercentChange
        // Bars (AlertRule::usesBars()): the bar of the last value, that value and its time,
        // the bar that last fired, and the closing values of recent bars (windowBars).
        qint64 bar = NoBar;
        double barValue = 0;
        qint64 barValueMs = 0;
        qint64 lastFiredBar = NoBar;
        std::deque<std::pair<qint64, double>> barCloses;
        BalanceForecast::History balance;      // BalanceForecast: the one forecast (ledger, tile, rule)
        std::deque<double> samples;            // VolumeSpike
        double lastBlock = std::numeric_limits<double>::quiet_NaN();
        qint64 lastSeenMs = -1;                // StreamStale (engine clock)
        bool paused = false;                   // StreamStale: the user paused the stream
        qint64 downSinceMs = -1;               // ConnectionDown
        QString reason;                        // ConnectionDown
        QString provider, source, subject;
    };

    static constexpr qint64 NoBar = std::numeric_limits<qint64>::min();
    /// The bar a time falls in: [n × barSec, (n + 1) × barSec) in Unix seconds.
    qint64 barOf(qint64 timeMs) const;
    /// Bar bookkeeping before a value is evaluated. Returns false when the value is not to
    /// be evaluated now (once per bar close: the bar is still open); for a bar that just
    /// closed, v and t become its closing value and time.
    bool enterBar(State &s, double &v, Trigger &t);
    /// The evaluators: true when the value fires (after the cooldown), with t's values filled.
    bool evaluateLevel(State &s, double v, Trigger &t);
    bool evaluateChannel(State &s, double v, Trigger &t);
    bool evaluateChange(State &s, double v, Trigger &t);
    bool evaluateSpike(State &s, double v, Trigger &t);
    bool evaluateGap(State &s, double v, Trigger &t);
    bool evaluateForecast(State &s, const Observation &o, Trigger &t);
    bool matchesTweet(const Observation &o) const;
    /// Applies the cooldown: true (and remembers the time) if the rule may fire now.
    bool admit(State &s, qint64 timestampMs);
    /// An only-once rule that has fired (admit() and status() ask the same questions).
    bool doneFiring() const;
    /// The subject fired less than the cooldown before timeMs.
    bool coolingDown(const State &s, qint64 timeMs) const;
    double band(double reference) const;
    /// A composite's complete combination, through the composite's cooldown, trigger mode and expiry.
    std::optional<Trigger> admitComposite(std::optional<Trigger> candidate);
    /// The alert "blind for more than blindAlertSec", once per stretch of blindness.
    std::optional<Trigger> blindAlert(qint64 nowMs);

    AlertRule m_rule;
    qint64 m_sinceMs;
    QHash<QString, State> m_states;  // by provider/source/subject
    int m_suppressed = 0;
    bool m_firedOnce = false;        // OnlyOnce: the one alert has been raised
    /// The scope and state of each provider/source/subject observations named, found by the
    /// three strings (hashed together, no key string built): a feed interleaves a few
    /// subjects (ten symbols, one topic) and the state key is an allocation.
    struct StateKey {
        QString provider, source, subject;
        friend bool operator==(const StateKey &a, const StateKey &b)
        {
            return a.subject == b.subject && a.source == b.source && a.provider == b.provider;
        }
        friend size_t qHash(const StateKey &k, size_t seed) { return qHashMulti(seed, k.provider, k.source, k.subject); }
    };
    struct KeyEntry {
        QString key;            // keyOf(…), when in scope
        bool inScope = false;
        State *state = nullptr; // m_states[key] when in scope
    };
    /// Subjects remembered at most (then forgotten and looked up again).
    static constexpr qsizetype MaxKeys = 4096;
    /// The entry for the observation's provider/source/subject.
    KeyEntry &lookUpKey(const Observation &o);
    /// m_states[key], inserted if new (which may move every state: the entries follow).
    State &stateAt(const QString &key);
    /// m_lastKey = the current entry's key, without touching the string while it already is.
    void noteLastKey();
    QString m_metric;                // the rule's effective metric
    QHash<StateKey, KeyEntry> m_keys;
    StateKey m_lastNamed;            // the last observation's provider/source/subject
    KeyEntry *m_keyEntry = nullptr;  // m_keys[m_lastNamed]
    bool m_lastKeyIsKey = false;     // m_lastKey == m_keyEntry->key
    QString m_lastKey;               // the subject of the rule's last data: its last value, record, tweet (for status())
    double m_lastValue = std::numeric_limits<double>::quiet_NaN();
    qint64 m_lastValueMs = 0;
    std::unique_ptr<CompositeEvaluator> m_composite; // Kind::Composite: its conditions
    State m_compositeState;                          // Kind::Composite: cooldown and bars of the whole
    std::optional<BlindTracker> m_blind;             // every kind but ConnectionDown
    std::optional<RecordPredicate> m_predicate;      // RecordMatch: the rule's filter, made ready by the first record
    int m_blindAlertedStretch = 0;                   // the stretch a blind alert was raised for
};
