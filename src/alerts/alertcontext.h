#pragma once
// What happened around an alert's subject before it fired: the engine keeps the last
// windowSec of observations from every feed, and an alert takes those that touch its subject
// (the subject or its label, the same symbol in another provider's pair, a tweet naming it,
// a record whose text field names it) — tweets, transfers, trades and price ticks side by
// side, so a person sees why. Kept as the observations themselves (a copy shares their data);
// the texts are made only when an alert fires.

#include "core/observation.h"

#include <QJsonArray>
#include <QStringList>
#include <deque>

class AlertContext
{
public:
    /// Events given to one alert (the newest of the window); the alert says when there were more.
    static constexpr int MaxEvents = 25;
    static constexpr int DefaultWindowSec = 60;
    static constexpr int MaxWindowSec = 3600;
    /// Observations kept however fast the feeds are (a flood keeps its last MaxBuffered).
    static constexpr int MaxBuffered = 5000;
    /// An alert looks at the newest this many of them (a flood's alerts stay cheap; the alert
    /// then says its context was cut, contextTruncated).
    static constexpr int MaxScanned = 1000;

    /// 0 turns context off (nothing is kept).
    void setWindowSec(int seconds);
    int windowSec() const { return m_windowSec; }

    /// Keeps an observation (receivedMs: when it arrived, for one without a time of its own).
    void add(const Observation &o, qint64 receivedMs);
    /// The events at or before atMs and within the window that touch one of names, oldest
    /// first, at most MaxEvents (the newest); *truncated says whether more matched.
    QJsonArray eventsFor(const QStringList &names, qint64 atMs, bool *truncated = nullptr) const;
    int buffered() const { return int(m_buffer.size()); }
    void clear() { m_buffer.clear(); }

    /// One event in words: "@author: text", "trade · price 1.23 · amount 40 · side buy".
    static QString describe(const Observation &o);
    /// True if the observation is about one of the names (lower case, see eventsFor).
    static bool touches(const Observation &o, const QStringList &lowerNames);

private:
    struct Entry {
        qint64 timeMs;
        Observation observation;
    };
    std::deque<Entry> m_buffer;
    int m_windowSec = DefaultWindowSec;
};
