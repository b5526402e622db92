#include "ruleevaluator.h"

#include "compositeevaluator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cmath>

namespace {

QString keyOf(const QString &provider, const QString &source, const QString &subject)
{
    return provider + QChar(0x1f) + source + QChar(0x1f) + subject;
}

/// a == b, answered by the data pointer when both are the same string (a feed's
/// observations share their source and subject strings).
bool same(const QString &a, const QString &b)
{
    return a.size() == b.size() && (a.constData() == b.constData() || a == b);
}

/// An observation's kind is name (its size first: most kinds are not the one asked for).
bool isKind(const QString &kind, QLatin1String name)
{
    return kind.size() == name.size() && kind == name;
}

bool sameText(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

double round2(double v)
{
    return std::round(v * 100.0) / 100.0;
}

} // namespace

RuleEvaluator::RuleEvaluator(AlertRule rule, qint64 sinceMs)
    : m_rule(std::move(rule))
    , m_sinceMs(sinceMs)
    , m_metric(m_rule.effectiveMetric())
{
    using K = AlertRule::Kind;
    if (m_rule.kind == K::Composite)
        m_composite = std::make_unique<CompositeEvaluator>(m_rule, sinceMs);
    // Connection states are a connection rule's data: it is never blind. Silence blinds a rule
    // on a value; tweets, records, gaps, staleness and balances (hourly) may rightly be rare.
    const bool silenceBlinds = !m_rule.isEventRule() && m_rule.kind != K::StreamStale && m_rule.kind != K::BalanceBelow
        && m_rule.kind != K::BalanceForecast && m_rule.kind != K::Composite;
    if (m_rule.kind != K::ConnectionDown)
        m_blind.emplace(sinceMs, silenceBlinds);
}

RuleEvaluator::~RuleEvaluator() = default;

bool RuleEvaluator::holds() const
{
    if (!m_rule.isStateCondition())
        return false;
    for (const State &s : m_states) {
        if (m_rule.kind == AlertRule::Kind::ConnectionDown ? (s.downSinceMs >= 0 && !s.armed) : !s.armed)
            return true;
    }
    return false;
}

std::optional<Trigger> RuleEvaluator::admitComposite(std::optional<Trigger> candidate)
{
    if (!candidate || !admit(m_compositeState, candidate->timestampMs))
        return std::nullopt;
    return candidate;
}

void RuleEvaluator::noteLastKey()
{
    if (m_lastKeyIsKey)
        return;
    m_lastKey = m_keyEntry->key;
    m_lastKeyIsKey = true;
}

RuleEvaluator::State &RuleEvaluator::stateAt(const QString &key)
{
    const qsizetype before = m_states.size();
    State &state = m_states[key];
    if (m_states.size() != before) { // an insertion may have moved every state
        for (KeyEntry &e : m_keys) {
            if (e.inScope)
                e.state = &*m_states.find(e.key);
        }
    }
    return state; // the reference operator[] gave is to the node after any move
}

RuleEvaluator::KeyEntry &RuleEvaluator::lookUpKey(const Observation &o)
{
    if (m_keyEntry && same(o.subject, m_lastNamed.subject) && same(o.source, m_lastNamed.source)
        && same(o.provider, m_lastNamed.provider))
        return *m_keyEntry;
    m_lastNamed = {o.provider, o.source, o.subject};
    auto it = m_keys.find(m_lastNamed);
    if (it == m_keys.end()) {
        if (m_keys.size() >= MaxKeys)
            m_keys.clear();
        KeyEntry entry;
        entry.inScope = inScope(o.provider, o.source, o.subject);
        if (entry.inScope)
            entry.key = keyOf(o.provider, o.source, o.subject);
        it = m_keys.insert(m_lastNamed, entry);
        if (it->inScope) {
            State &state = stateAt(it->key);
            state.provider = o.provider;
            state.source = o.source;
            state.subject = o.subject;
            it->state = &state;
        }
    }
    m_keyEntry = &*it;
    m_lastKeyIsKey = m_keyEntry->inScope && same(m_lastKey, m_keyEntry->key);
    return *m_keyEntry;
}

bool RuleEvaluator::inScope(const QString &provider, const QString &source, const QString &subject) const
{
    if (!m_rule.provider.isEmpty() && !sameText(m_rule.provider, provider))
        return false;
    if (!m_rule.source.isEmpty() && !sameText(m_rule.source, source))
        return false;
    if (!m_rule.subject.isEmpty() && !sameText(m_rule.subject, subject))
        return false;
    return true;
}

double RuleEvaluator::band(double reference) const
{
    return std::abs(reference) * m_rule.hysteresisPct / 100.0;
}

bool RuleEvaluator::doneFiring() const
{
    return m_rule.triggerMode == AlertRule::TriggerMode::OnlyOnce && m_firedOnce;
}

bool RuleEvaluator::coolingDown(const State &s, qint64 timeMs) const
{
    return s.lastFiredMs != std::numeric_limits<qint64>::min() && timeMs - s.lastFiredMs < qint64(m_rule.cooldownSec) * 1000;
}

qint64 RuleEvaluator::barOf(qint64 timeMs) const
{
    const qint64 lengthMs = qint64(std::max(1, m_rule.barSec)) * 1000;
    // Floor division: times before 1970 fall in their own bars too.
    return timeMs >= 0 ? timeMs / lengthMs : -((-timeMs + lengthMs - 1) / lengthMs);
}

bool RuleEvaluator::enterBar(State &s, double &v, Trigger &t)
{
    using M = AlertRule::TriggerMode;
    const qint64 bar = barOf(t.timestampMs);
    if (m_rule.triggerMode == M::OncePerBarClose) {
        if (s.bar == bar) { // the bar is open: its last value is the one that closes it
            s.barValue = v;
            s.barValueMs = t.timestampMs;
            return false;
        }
        if (s.bar != NoBar && bar < s.bar)
            return false; // late: older than the open bar, whose close it cannot change
        const bool closed = s.bar != NoBar;
        const double closing = s.barValue;
        const qint64 closingMs = s.barValueMs;
        s.bar = bar;
        s.barValue = v;
        s.barValueMs = t.timestampMs;
        if (!closed)
            return false; // the first bar is still open
        // The closed bar's value is evaluated as a value of that bar, with the rule armed
        // again: a condition that holds fires once on every bar that closes with it.
        v = closing;
        t.timestampMs = closingMs;
        s.armed = true;
        return true;
    }
    if (s.bar != bar) {
        if (m_rule.triggerMode == M::OncePerBar && s.bar != NoBar)
            s.armed = true; // a new bar: a condition that holds may fire again, once
        s.bar = bar;
    }
    return true;
}

bool RuleEvaluator::admit(State &s, qint64 timestampMs)
{
    // An expired rule and an only-once rule that fired stay silent; neither counts as suppressed.
    if (m_rule.isExpiredAt(timestampMs) || doneFiring())
        return false;
    // The bar modes fire at most once per bar; they have no cooldown.
    if (m_rule.triggerMode == AlertRule::TriggerMode::OncePerBar || m_rule.triggerMode == AlertRule::TriggerMode::OncePerBarClose) {
        const qint64 bar = barOf(timestampMs);
        if (s.lastFiredBar == bar) {
            ++m_suppressed;
            return false;
        }
        s.lastFiredBar = bar;
        s.lastFiredMs = timestampMs;
        return true;
    }
    if (coolingDown(s, timestampMs)) {
        ++m_suppressed;
        return false;
    }
    s.lastFiredMs = timestampMs;
    m_firedOnce = true;
    return true;
}

QString RuleStatus::stateId(State state)
{
    switch (state) {
    case State::NoData: return QStringLiteral("no-data");
    case State::Armed: return QStringLiteral("armed");
    case State::CoolingDown: return QStringLiteral("cooling-down");
    case State::Held: return QStringLiteral("held");
    case State::Expired: return QStringLiteral("expired");
    case State::Done: return QStringLiteral("done");
    case State::Waiting: return QStringLiteral("waiting");
    case State::Blind: return QStringLiteral("blind");
    }
    return {};
}

QString RuleStatus::stateLabel(State state)
{
    switch (state) {
    case State::NoData: return QCoreApplication::translate("AlertRule", "no data yet");
    case State::Armed: return QCoreApplication::translate("AlertRule", "armed");
    case State::CoolingDown: return QCoreApplication::translate("AlertRule", "cooling down");
    case State::Held: return QCoreApplication::translate("AlertRule", "held by hysteresis");
    case State::Expired: return QCoreApplication::translate("AlertRule", "expired");
    case State::Done: return QCoreApplication::translate("AlertRule", "fired once, done");
    case State::Waiting: return QCoreApplication::translate("AlertRule", "waiting for the other conditions");
    case State::Blind: return QCoreApplication::translate("AlertRule", "blind");
    }
    return {};
}

RuleStatus RuleEvaluator::status(qint64 nowMs) const
{
    using S = RuleStatus::State;
    RuleStatus out;
    const auto it = m_states.constFind(m_lastKey);
    if (m_composite) {
        out = m_composite->status(nowMs);
    } else {
        out.lastValue = m_lastValue;
        out.lastValueMs = m_lastValueMs;
        if (it != m_states.cend()) {
            out.lastSubject = it->subject;
            out.lastSubjectLabel = it->label;
        }
    }
    if (!m_rule.subject.isEmpty())
        out.subjectLabel = labelOf(m_rule.subject);
    if (m_blind) {
        out.blind = m_blind->blind();
        out.blindReason = BlindTracker::reasonId(m_blind->reason());
        out.blindSinceMs = out.blind ? m_blind->blindSinceMs() : 0;
        out.blindTotalMs = m_blind->totalMs(nowMs);
    }
    // Expired and done say it all; blind comes before what it would do if it could see.
    if (m_rule.isExpiredAt(nowMs))
        out.state = S::Expired;
    else if (doneFiring())
        out.state = S::Done;
    else if (out.blind)
        out.state = S::Blind;
    else if (m_composite)
        out.state = coolingDown(m_compositeState, nowMs) ? S::CoolingDown : out.state;
    else if (it == m_states.cend())
        out.state = S::NoData;
    else if (coolingDown(*it, nowMs))
        out.state = S::CoolingDown;
    else if (it->held)
        out.state = S::Held;
    else
        out.state = S::Armed;
    return out;
}

QString RuleEvaluator::labelOf(const QString &subject) const
{
    for (const State &s : m_states) {
        if (!s.label.isEmpty() && s.subject.compare(subject, Qt::CaseInsensitive) == 0)
            return s.label;
    }
    return m_composite ? m_composite->labelOf(subject) : QString();
}

std::optional<Trigger> RuleEvaluator::blindAlert(qint64 nowMs)
{
    if (!m_blind || m_rule.blindAlertSec <= 0 || !m_blind->blind() || m_blind->stretch() == m_blindAlertedStretch)
        return std::nullopt;
    const qint64 blindMs = nowMs - m_blind->blindSinceMs();
    if (blindMs < qint64(m_rule.blindAlertSec) * 1000 || m_rule.isExpiredAt(nowMs) || doneFiring())
        return std::nullopt;
    m_blindAlertedStretch = m_blind->stretch();
    Trigger t;
    t.provider = m_rule.provider;
    t.source = m_rule.source;
    t.subject = m_rule.subject;
    t.label = m_rule.subject.isEmpty() ? QString() : labelOf(m_rule.subject);
    t.timestampMs = nowMs;
    t.value = double(blindMs / 1000);
    t.blind = true;
    t.values.insert(QStringLiteral("seconds"), qint64(blindMs / 1000));
    t.values.insert(QStringLiteral("reason"), BlindTracker::reasonLabel(m_blind->reason()));
    t.values.insert(QStringLiteral("blindReason"), BlindTracker::reasonId(m_blind->reason()));
    t.values.insert(QStringLiteral("blindSince"), QDateTime::fromMSecsSinceEpoch(m_blind->blindSinceMs(), Qt::UTC).toString(Qt::ISODate));
    return t;
}

RecordFilterCompiler recordFilterCompiler(RecordFilterFn filter)
{
    if (!filter)
        return {};
    return [filter = std::move(filter)](const QJsonObject &rule) -> RecordPredicate {
        return [filter, rule](const Observation &o, QString *error) { return filter(rule, o, error); };
    };
}

void RuleEvaluator::forgetRecordFilter()
{
    m_predicate.reset();
    if (m_composite)
        m_composite->forgetRecordFilter();
}

std::optional<Trigger> RuleEvaluator::observe(const Observation &o, qint64 receivedMs, const RecordFilterCompiler &filters,
                                              QString *error)
{
    using K = AlertRule::Kind;
    if (m_composite) {
        auto fired = admitComposite(m_composite->observe(o, receivedMs, filters, error));
        if (m_blind->blind()) { // a condition may see again: end the stretch now, not at the next tick
            const auto [reason, since] = m_composite->blindness(receivedMs);
            m_blind->setState(reason, since, receivedMs);
        }
        return fired;
    }
    if (m_rule.kind == K::ConnectionDown)
        return std::nullopt;
    const KeyEntry &entry = lookUpKey(o);
    if (!entry.inScope)
        return std::nullopt;
    State &s = *entry.state;
    if (!same(s.label, o.label))
        s.label = o.label;

    // Who and what the trigger is about is filled in when it fires (most records fire nothing).
    Trigger t;
    t.timestampMs = o.timestampMs > 0 ? o.timestampMs : receivedMs;
    auto about = [&o](Trigger &trigger) {
        trigger.provider = o.provider;
        trigger.source = o.source;
        trigger.subject = o.subject;
        trigger.label = o.label;
    };

    // A stream the user paused sends nothing on purpose: paused time is not stale, and the
    // first record after the pause starts the stale clock and the block count over.
    if (isKind(o.kind, QLatin1String("paused"))) {
        s.paused = true;
        m_blind->paused(receivedMs);
        return std::nullopt;
    }
    if (isKind(o.kind, QLatin1String("resumed"))) {
        m_blind->resumed(receivedMs);
        s.paused = false;
        s.lastSeenMs = receivedMs;
        s.lastBlock = std::numeric_limits<double>::quiet_NaN();
        return std::nullopt;
    }
    m_blind->data(receivedMs);
    switch (m_rule.kind) {
    case K::StreamStale:
        // Billing notices come once an hour: a balance is not a feed that goes quiet in
        // minutes, unless the rule names it.
        if (isKind(o.kind, QLatin1String("billing")) && m_rule.subject.isEmpty())
            return std::nullopt;
        noteLastKey(); // any data is this rule's data
        s.lastSeenMs = receivedMs;
        s.paused = false;
        s.armed = true;
        return std::nullopt;
    case K::RecordMatch: {
        if (!o.hasRecord())
            return std::nullopt;
        noteLastKey();
        if (!m_predicate)
            m_predicate = filters ? filters(m_rule.filter) : RecordPredicate();
        if (!*m_predicate) {
            if (error)
                *error = QCoreApplication::translate("AlertRule", "Record filters are not available in this build.");
            return std::nullopt;
        }
        QString problem;
        if (!(*m_predicate)(o, &problem)) {
            if (!problem.isEmpty() && error)
                *error = problem;
            return std::nullopt;
        }
        QHash<QString, double> metrics;
        QHash<QString, QString> texts;
        o.allFields(metrics, texts);
        for (auto it = metrics.cbegin(); it != metrics.cend(); ++it)
            t.values.insert(it.key(), it.value());
        for (auto it = texts.cbegin(); it != texts.cend(); ++it)
            t.values.insert(it.key(), it.value());
        const QString field = m_rule.filter.value(QLatin1String("field")).toString();
        const QVariantMap record = o.recordMap();
        if (!field.isEmpty() && record.contains(field)) {
            t.values.insert(QStringLiteral("field"), field);
            t.values.insert(QStringLiteral("value"), record.value(field));
            t.value = record.value(field).toDouble();
        }
        if (!admit(s, t.timestampMs))
            return std::nullopt;
        about(t);
        return t;
    }
    case K::TweetMatch: {
        if (!isKind(o.kind, QLatin1String("tweet")))
            return std::nullopt;
        noteLastKey();
        if (!matchesTweet(o))
            return std::nullopt;
        for (auto it = o.texts.cbegin(); it != o.texts.cend(); ++it) // tweets keep every text typed
            t.values.insert(it.key(), it.value());
        QString author = o.text(QStringLiteral("author"));
        if (author.startsWith(QLatin1Char('@')))
            t.values.insert(QStringLiteral("author"), author.mid(1));
        if (!admit(s, t.timestampMs))
            return std::nullopt;
        about(t);
        return t;
    }
    default:
        break;
    }

    const QString &metric = m_metric;
    const std::optional<double> value = o.metricIf(metric);
    if (!value)
        return std::nullopt;
    double v = *value;
    if (!std::isfinite(v))
        return std::nullopt;
    // The state and subject status() shows belong to the value it shows.
    noteLastKey();
    m_lastValue = v;
    m_lastValueMs = t.timestampMs;
    // Once per bar close evaluates a bar's closing value when the next bar begins.
    if (m_rule.usesBars() && !enterBar(s, v, t))
        return std::nullopt;
    t.value = v;

    // The evaluators fill the trigger's values only when it fires: most values fire nothing,
    // and a map filled for nothing was most of the cost of a rule per record.
    bool fired = false;
    switch (m_rule.kind) {
    case K::PriceAbove:
    case K::PriceBelow:
    case K::PriceCross:
    case K::CrossUp:
    case K::CrossDown:
    case K::BalanceBelow: fired = evaluateLevel(s, v, t); break;
    case K::ChannelEnter:
    case K::ChannelExit:
    case K::ChannelInside:
    case K::ChannelOutside: fired = evaluateChannel(s, v, t); break;
    case K::PercentChange:
    case K::AmountChange: fired = evaluateChange(s, v, t); break;
    case K::VolumeSpike: fired = evaluateSpike(s, v, t); break;
    case K::BlockGap:
        if (o.hasMetric(QStringLiteral("resumed"))) // blocks made while paused were not asked for
            s.lastBlock = std::numeric_limits<double>::quiet_NaN();
        fired = evaluateGap(s, v, t);
        break;
    case K::BalanceForecast: fired = evaluateForecast(s, o, t); break;
    default: break;
    }
    if (!fired)
        return std::nullopt;
    about(t);
    t.values.insert(QStringLiteral("value"), v);
    if (m_rule.usesBars()) // the bar it fired on, as its start time
        t.values.insert(QStringLiteral("bar"), QDateTime::fromMSecsSinceEpoch(barOf(t.timestampMs) * qint64(m_rule.barSec) * 1000, Qt::UTC)
                                                   .toString(Qt::ISODate));
    t.values.insert(QStringLiteral("metric"), metric);
    return t;
}

bool RuleEvaluator::evaluateLevel(State &s, double v, Trigger &t)
{
    using K = AlertRule::Kind;
    const double level = m_rule.level;
    const double b = band(level);
    bool fire = false;
    switch (m_rule.kind) {
    case K::PriceAbove:
        // Fires on the way up through the level; re-arms only once back below level − band.
        if (s.armed && v > level) {
            s.armed = false;
            fire = true;
        } else if (!s.armed && v < level - b) {
            s.armed = true;
        }
        s.held = !s.armed;
        break;
    case K::PriceBelow:
    case K::BalanceBelow:
        if (s.armed && v < level) {
            s.armed = false;
            fire = true;
        } else if (!s.armed && v > level + b) {
            s.armed = true;
        }
        s.held = !s.armed;
        break;
    case K::PriceCross:
    case K::CrossUp:
    case K::CrossDown: {
        // The side changes only once the value is clearly beyond the level (± band); the
        // first value only sets the side.
        int side = s.side;
        if (v > level + b || (b == 0 && v > level))
            side = 1;
        else if (v < level - b || (b == 0 && v < level))
            side = -1;
        // Up: from below to above; down: from above to below; PriceCross: either.
        const bool wanted = m_rule.kind == K::PriceCross || (m_rule.kind == K::CrossUp ? side > 0 : side < 0);
        if (s.side != 0 && side != s.side && wanted) {
            fire = true;
            t.values.insert(QStringLiteral("direction"),
                            side > 0 ? QCoreApplication::translate("AlertRule", "upwards")
                                     : QCoreApplication::translate("AlertRule", "downwards"));
        }
        s.side = side;
        const int raw = v > level ? 1 : (v < level ? -1 : 0);
        s.held = side != 0 && raw != 0 && raw != side; // past the level, not yet past the band
        break;
    }
    default:
        break;
    }
    if (!fire || !admit(s, t.timestampMs))
        return false;
    t.values.insert(QStringLiteral("level"), level);
    return true;
}

bool RuleEvaluator::evaluateChannel(State &s, double v, Trigger &t)
{
    using K = AlertRule::Kind;
    const double low = m_rule.level;
    const double high = m_rule.upperLevel;
    // Each level has its own band, at most half the channel so that its middle is always inside.
    const double halfWidth = (high - low) / 2.0;
    const double bLow = std::min(band(low), halfWidth);
    const double bHigh = std::min(band(high), halfWidth);
    // The levels belong to the channel. The side changes only once the value is clearly past
    // a level (± its band); the first value only sets it.
    const bool rawInside = v >= low && v <= high;
    int side = s.side;
    if (s.side == 0)
        side = rawInside ? 1 : -1;
    else if (s.side > 0 && (v > high + bHigh || v < low - bLow || (!rawInside && bHigh == 0 && bLow == 0)))
        side = -1;
    else if (s.side < 0 && v >= low + bLow && v <= high - bHigh)
        side = 1;
    const bool changed = s.side != 0 && side != s.side;
    s.side = side;
    s.held = rawInside != (side > 0);
    bool fire = false;
    switch (m_rule.kind) {
    case K::ChannelEnter: fire = changed && side > 0; break;
    case K::ChannelExit: fire = changed && side < 0; break;
    case K::ChannelInside:
    case K::ChannelOutside: {
        // A condition that holds: fires once per stay (inside) or excursion (outside).
        const bool holds = m_rule.kind == K::ChannelInside ? side > 0 : side < 0;
        if (s.armed && holds) {
            s.armed = false;
            fire = true;
        } else if (!holds) {
            s.armed = true;
        }
        s.held = s.held || !s.armed;
        break;
    }
    default: break;
    }
    if (!fire || !admit(s, t.timestampMs))
        return false;
    t.values.insert(QStringLiteral("level"), low);
    t.values.insert(QStringLiteral("upperLevel"), high);
    return true;
}

bool RuleEvaluator::evaluateChange(State &s, double v, Trigger &t)
{
    double from = 0;
    const bool percent = m_rule.kind == AlertRule::Kind::PercentChange;
    if (m_rule.windowBars > 0) {
        // Within N bars: against the close of the bar N bars back (the newest close at or
        // before it when bars had no values). One entry per bar: the bar's last value.
        const qint64 bar = barOf(t.timestampMs);
        if (s.barCloses.empty() || s.barCloses.back().first < bar)
            s.barCloses.emplace_back(bar, v);
        else if (s.barCloses.back().first == bar)
            s.barCloses.back().second = v;
        else
            return false; // older than the newest bar
        const qint64 reference = bar - m_rule.windowBars;
        while (s.barCloses.size() > 2 && s.barCloses[1].first <= reference)
            s.barCloses.pop_front();
        if (s.barCloses.front().first > reference)
            return false; // not N bars of history yet
        from = s.barCloses.front().second;
        if (percent && from == 0)
            return false;
    } else {
        const qint64 windowMs = qint64(m_rule.windowSec) * 1000;
        s.window.emplace_back(t.timestampMs, v);
        while (s.window.size() > 1 && s.window.front().first < t.timestampMs - windowMs)
            s.window.pop_front();
        // Bounded even if timestamps do not advance (the same window cannot hold more).
        while (s.window.size() > 4096)
            s.window.pop_front();
        from = s.window.front().second;
        if ((percent && from == 0) || s.window.size() < 2)
            return false;
    }
    // In % of the value at the window's start, or in the metric's own unit.
    const double change = percent ? (v - from) / std::abs(from) * 100.0 : v - from;
    const QString &dir = m_rule.direction;
    const double signedChange = dir == QLatin1String("down") ? -change : (dir == QLatin1String("up") ? change : std::abs(change));
    const double threshold = m_rule.threshold;
    bool fire = false;
    if (s.armed && signedChange >= threshold) {
        s.armed = false;
        fire = true;
    } else if (!s.armed && signedChange < threshold - band(threshold)) {
        s.armed = true;
    }
    if (!fire)
        return false;
    // A percentage to two places; an amount as it is (a token priced in millionths).
    const double shown = percent ? round2(change) : change;
    t.value = shown;
    t.values.insert(QStringLiteral("change"), shown);
    t.values.insert(QStringLiteral("from"), from);
    // {window} stays seconds in a window of bars (N bars of barSec), {bars} is N.
    if (m_rule.windowBars > 0) {
        t.values.insert(QStringLiteral("window"), qint64(m_rule.windowBars) * m_rule.barSec);
        t.values.insert(QStringLiteral("bars"), m_rule.windowBars);
    } else {
        t.values.insert(QStringLiteral("window"), m_rule.windowSec);
    }
    t.values.insert(QStringLiteral("threshold"), threshold);
    if (!admit(s, t.timestampMs))
        return false;
    return true;
}

bool RuleEvaluator::evaluateSpike(State &s, double v, Trigger &t)
{
    bool result = false;
    const size_t n = size_t(m_rule.samples);
    if (s.samples.size() >= n) {
        double sum = 0;
        for (double x : s.samples)
            sum += x;
        const double average = sum / double(s.samples.size());
        const double limit = m_rule.threshold * average;
        if (average > 0) {
            if (s.armed && v > limit) {
                s.armed = false;
                t.values.insert(QStringLiteral("average"), round2(average));
                t.values.insert(QStringLiteral("ratio"), round2(v / average));
                t.values.insert(QStringLiteral("threshold"), m_rule.threshold);
                if (admit(s, t.timestampMs))
                    result = true;
            } else if (!s.armed && v < limit - band(limit)) {
                s.armed = true;
            }
        }
    }
    s.samples.push_back(v);
    while (s.samples.size() > n)
        s.samples.pop_front();
    return result;
}

bool RuleEvaluator::evaluateGap(State &s, double v, Trigger &t)
{
    const double last = s.lastBlock;
    if (std::isnan(last) || v < last - 1000) {
        // First block, or the chain restarted far behind: start over.
        s.lastBlock = v;
        return false;
    }
    if (v <= last)
        return false; // a duplicate or a reorg of recent blocks is not a gap
    s.lastBlock = v;
    const double gap = v - last - 1;
    if (gap < m_rule.threshold)
        return false;
    t.value = v;
    t.values.insert(QStringLiteral("gap"), gap);
    t.values.insert(QStringLiteral("from"), last);
    t.values.insert(QStringLiteral("threshold"), m_rule.threshold);
    if (!admit(s, t.timestampMs))
        return false;
    return true;
}

bool RuleEvaluator::evaluateForecast(State &s, const Observation &o, Trigger &t)
{
    // The same forecast as the billing ledger and the dashboard tile (whole hours, exact).
    if (!s.balance.addObservation(o, t.timestampMs))
        return false;
    const BalanceForecast::Result forecast = s.balance.result();
    const double burnPerHour = forecast.burnPerHourUsd.toDouble();
    const double horizon = m_rule.threshold;
    const double hours = forecast.hoursLeft >= 0 ? double(forecast.hoursLeft) : std::numeric_limits<double>::infinity();
    bool fire = false;
    if (s.armed && hours <= horizon) {
        s.armed = false;
        fire = true;
    } else if (!s.armed && hours > horizon + band(horizon)) {
        s.armed = true;
    }
    if (!fire)
        return false;
    t.values.insert(QStringLiteral("hours"), round2(hours));
    t.values.insert(QStringLiteral("burnPerHour"), round2(burnPerHour));
    t.values.insert(QStringLiteral("threshold"), horizon);
    if (!admit(s, t.timestampMs))
        return false;
    return true;
}

bool RuleEvaluator::matchesTweet(const Observation &o) const
{
    if (!m_rule.author.isEmpty()) {
        QString author = o.text(QStringLiteral("author"));
        if (author.startsWith(QLatin1Char('@')))
            author.remove(0, 1);
        if (!sameText(author, m_rule.author))
            return false;
    }
    // Monitors and rules match by name or by id.
    if (!m_rule.monitor.isEmpty() && !sameText(o.text(QStringLiteral("monitor")), m_rule.monitor)
        && !sameText(o.text(QStringLiteral("monitorId")), m_rule.monitor))
        return false;
    if (!m_rule.tweetRule.isEmpty()) {
        QStringList tags = o.text(QStringLiteral("rule")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        tags << o.text(QStringLiteral("ruleId"));
        bool found = false;
        for (const QString &tag : tags)
            found = found || sameText(tag.trimmed(), m_rule.tweetRule);
        if (!found)
            return false;
    }
    if (!m_rule.keywords.isEmpty()) {
        const QString text = o.text(QStringLiteral("text"));
        bool any = false;
        for (const QString &k : m_rule.keywords)
            any = any || text.contains(k, Qt::CaseInsensitive);
        if (!any)
            return false;
    }
    return true;
}

void RuleEvaluator::observeConnection(const ConnectionObservation &c, qint64 receivedMs)
{
    if (m_composite) {
        m_composite->observeConnection(c, receivedMs);
        return;
    }
    if (!m_rule.provider.isEmpty() && !sameText(m_rule.provider, c.provider))
        return;
    if (m_rule.kind != AlertRule::Kind::ConnectionDown) {
        // A connection that can feed the rule: its provider's, from the rule's source (if named).
        if (!m_rule.source.isEmpty() && !sameText(m_rule.source, c.profileId) && !sameText(m_rule.source, c.name))
            return;
        m_blind->connection(keyOf(c.provider, c.profileId, c.name), c.down, c.billingStopped, c.connecting, receivedMs);
        return;
    }
    // A connection rule's subject is the connection name; its source the profile (or name).
    if (!m_rule.subject.isEmpty() && !sameText(m_rule.subject, c.name))
        return;
    if (!m_rule.source.isEmpty() && !sameText(m_rule.source, c.profileId) && !sameText(m_rule.source, c.name))
        return;
    const QString key = keyOf(c.provider, c.profileId, c.name);
    State &s = stateAt(key);
    m_lastKeyIsKey = false;
    m_lastKey = key; // a connection state is this rule's data
    s.provider = c.provider;
    s.source = c.profileId;
    s.subject = c.name;
    if (c.down) {
        if (s.downSinceMs < 0)
            s.downSinceMs = c.timestampMs;
        s.reason = c.reason;
    } else {
        s.downSinceMs = -1;
        s.armed = true;
    }
}

QList<Trigger> RuleEvaluator::tick(qint64 nowMs)
{
    QList<Trigger> out;
    if (m_composite) {
        if (auto fired = admitComposite(m_composite->tick(nowMs)))
            out << *fired;
        const auto [reason, since] = m_composite->blindness(nowMs);
        m_blind->setState(reason, since, nowMs);
        if (auto blind = blindAlert(nowMs))
            out << *blind;
        return out;
    }
    if (m_blind) {
        m_blind->advance(nowMs);
        if (auto blind = blindAlert(nowMs))
            out << *blind;
    }
    const qint64 limitMs = qint64(m_rule.windowSec) * 1000;
    if (m_rule.kind == AlertRule::Kind::StreamStale) {
        // A subject named by the rule but never seen is stale from the moment the rule started.
        if (!m_rule.subject.isEmpty() && m_states.isEmpty()) {
            State &s = stateAt(keyOf(m_rule.provider, m_rule.source, m_rule.subject));
            s.provider = m_rule.provider;
            s.source = m_rule.source;
            s.subject = m_rule.subject;
            s.lastSeenMs = m_sinceMs;
        }
        for (State &s : m_states) {
            const qint64 silentMs = nowMs - s.lastSeenMs;
            if (s.lastSeenMs < 0 || s.paused || !s.armed || silentMs < limitMs)
                continue;
            s.armed = false;
            if (!admit(s, nowMs))
                continue;
            Trigger t{s.provider, s.source, s.subject, nowMs, double(silentMs / 1000), {}, s.label, false};
            t.values.insert(QStringLiteral("seconds"), qint64(silentMs / 1000));
            out << t;
        }
    } else if (m_rule.kind == AlertRule::Kind::ConnectionDown) {
        for (State &s : m_states) {
            if (s.downSinceMs < 0 || !s.armed || nowMs - s.downSinceMs < limitMs)
                continue;
            s.armed = false;
            if (!admit(s, nowMs))
                continue;
            const qint64 seconds = (nowMs - s.downSinceMs) / 1000;
            Trigger t{s.provider, s.source, s.subject, nowMs, double(seconds), {}, {}, false};
            t.values.insert(QStringLiteral("seconds"), seconds);
            t.values.insert(QStringLiteral("reason"), s.reason);
            out << t;
        }
    }
    return out;
}
