#pragma once
// How long a rule had no data to evaluate ("blind time"): every connection that could feed
// it down, the balance run out (billing stopped), its stream paused, or nothing in its scope
// for StaleAfterMs although the connection is up. Times are on the engine's clock, so a
// replay measures blind time as the live run did. One stretch of blindness runs from when it
// began (for staleness: the last data) to the next data; the total adds every stretch.

#include "core/observation.h"

#include <QHash>
#include <QString>

class BlindTracker
{
public:
    enum class Reason { None, BillingStopped, ConnectionDown, Paused, Stale };
    /// A value rule (a price, a volume …) that saw nothing in scope for this long is stale.
    static constexpr qint64 StaleAfterMs = 60000;

    /// sinceMs: when the rule started watching (it sees nothing before its first data).
    /// staleCounts: silence is blindness (value rules); false for rules on events that may
    /// rightly be rare (tweets, records, gaps): they are blind only while nothing can reach them.
    BlindTracker(qint64 sinceMs, bool staleCounts);

    /// Data in the rule's scope arrived at atMs.
    void data(qint64 atMs)
    {
        m_lastDataMs = atMs;
        if (m_paused || m_reason != Reason::None)
            dataSlow(atMs);
    }
    void paused(qint64 atMs);
    void resumed(qint64 atMs);
    /// A connection that can feed the rule (key: its identity) is down or up at atMs.
    /// connecting: an attempt in progress, which after a failure is still down (a
    /// reconnect loop alternates Reconnecting and Connecting without any data).
    void connection(const QString &key, bool down, bool billingStopped, bool connecting, qint64 atMs);
    /// Time passes (staleness begins without an event).
    void advance(qint64 nowMs);
    /// Sets the state from outside (a composite combines its conditions' states).
    void setState(Reason reason, qint64 sinceMs, qint64 nowMs);

    bool blind() const { return m_reason != Reason::None; }
    Reason reason() const { return m_reason; }
    /// When the current stretch began (meaningful while blind()).
    qint64 blindSinceMs() const { return m_sinceMs; }
    /// Every stretch until nowMs, the current one included.
    qint64 totalMs(qint64 nowMs) const;
    /// A number that changes with each new stretch (a blind alert fires once per stretch).
    int stretch() const { return m_stretch; }

    static QString reasonId(Reason reason);
    static Reason reasonFromId(const QString &id);
    static QString reasonLabel(Reason reason);

private:
    void dataSlow(qint64 atMs);
    Reason current(qint64 nowMs) const;
    void update(qint64 nowMs);

    struct Link {
        bool down = false;
        bool billingStopped = false;
    };
    QHash<QString, Link> m_links;
    bool m_staleCounts;
    bool m_paused = false;
    qint64 m_lastDataMs;
    Reason m_reason = Reason::None;
    qint64 m_sinceMs = 0;
    qint64 m_closedMs = 0; // the stretches that ended
    int m_stretch = 0;
};
