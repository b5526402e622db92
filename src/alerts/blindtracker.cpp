#include "blindtracker.h"

#include <QCoreApplication>

BlindTracker::BlindTracker(qint64 sinceMs, bool staleCounts)
    : m_staleCounts(staleCounts)
    , m_lastDataMs(sinceMs)
{
}

BlindTracker::Reason BlindTracker::current(qint64 nowMs) const
{
    // Billing before a plain outage (it will not come back by itself), then an outage, then a
    // pause the user chose, then silence.
    if (!m_links.isEmpty()) {
        bool allDown = true;
        bool billing = false;
        for (const Link &l : m_links) {
            allDown = allDown && l.down;
            billing = billing || (l.down && l.billingStopped);
        }
        if (allDown)
            return billing ? Reason::BillingStopped : Reason::ConnectionDown;
    }
    if (m_paused)
        return Reason::Paused;
    if (m_staleCounts && nowMs - m_lastDataMs >= StaleAfterMs)
        return Reason::Stale;
    return Reason::None;
}

void BlindTracker::setState(Reason reason, qint64 sinceMs, qint64 nowMs)
{
    if (reason == Reason::None) {
        if (m_reason != Reason::None)
            m_closedMs += std::max<qint64>(0, nowMs - m_sinceMs);
        m_reason = Reason::None;
        return;
    }
    if (m_reason == Reason::None) {
        m_sinceMs = std::min(sinceMs, nowMs);
        ++m_stretch;
    }
    m_reason = reason; // the stretch goes on under another reason (down, then up but silent)
}

void BlindTracker::update(qint64 nowMs)
{
    const Reason next = current(nowMs);
    // Silence began with the last data; the other reasons begin now.
    setState(next, next == Reason::Stale ? m_lastDataMs : nowMs, nowMs);
}

void BlindTracker::dataSlow(qint64 atMs)
{
    m_paused = false; // a paused stream that sends again is no longer paused
    update(atMs);
}

void BlindTracker::paused(qint64 atMs)
{
    m_paused = true;
    update(atMs);
}

void BlindTracker::resumed(qint64 atMs)
{
    // Blind until the first data after the resume: the rule has still seen nothing.
    m_paused = false;
    update(atMs);
}

void BlindTracker::connection(const QString &key, bool down, bool billingStopped, bool connecting, qint64 atMs)
{
    // Back up but silent: a value rule stays blind (stale) until its first data.
    Link &l = m_links[key];
    l.down = down || (connecting && l.down);
    l.billingStopped = billingStopped;
    update(atMs);
}

void BlindTracker::advance(qint64 nowMs)
{
    update(nowMs);
}

qint64 BlindTracker::totalMs(qint64 nowMs) const
{
    return m_closedMs + (m_reason != Reason::None ? std::max<qint64>(0, nowMs - m_sinceMs) : 0);
}

QString BlindTracker::reasonId(Reason reason)
{
    switch (reason) {
    case Reason::None: return {};
    case Reason::BillingStopped: return QStringLiteral("billing-stopped");
    case Reason::ConnectionDown: return QStringLiteral("connection-down");
    case Reason::Paused: return QStringLiteral("paused");
    case Reason::Stale: return QStringLiteral("stale");
    }
    return {};
}

BlindTracker::Reason BlindTracker::reasonFromId(const QString &id)
{
    for (Reason r : {Reason::BillingStopped, Reason::ConnectionDown, Reason::Paused, Reason::Stale}) {
        if (reasonId(r) == id)
            return r;
    }
    return Reason::None;
}

QString BlindTracker::reasonLabel(Reason reason)
{
    switch (reason) {
    case Reason::None: return {};
    case Reason::BillingStopped: return QCoreApplication::translate("AlertRule", "billing stopped");
    case Reason::ConnectionDown: return QCoreApplication::translate("AlertRule", "connection down");
    case Reason::Paused: return QCoreApplication::translate("AlertRule", "paused");
    case Reason::Stale: return QCoreApplication::translate("AlertRule", "no data");
    }
    return {};
}
