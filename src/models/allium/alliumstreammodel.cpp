#include "alliumstreammodel.h"

#include "alliumrecordformat.h"

#include <QJsonDocument>

AlliumStreamModel::AlliumStreamModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(FrameMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &AlliumStreamModel::flush);
    m_rateTimer.setInterval(500);
    connect(&m_rateTimer, &QTimer::timeout, this, &AlliumStreamModel::sampleRate);
}

int AlliumStreamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_size;
}

int AlliumStreamModel::ringIndex(int row) const
{
    // Row 0 is the newest: the last written slot.
    return (m_head + m_size - 1 - row) % int(m_ring.size());
}

const AlliumRecord *AlliumStreamModel::recordAt(int row) const
{
    if (row < 0 || row >= m_size)
        return nullptr;
    return &m_ring[size_t(ringIndex(row))];
}

QVariant AlliumStreamModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const AlliumRecord &r = m_ring[size_t(ringIndex(index.row()))];
    switch (role) {
    case SequenceRole: return r.sequence;
    case CellsRole: return AlliumRecordFormat::cellsFor(m_topic, r);
    case MarkerRole:
        if (r.reorg)
            return QStringLiteral("reorg");
        if (r.gapBefore > 0)
            return QStringLiteral("gap");
        if (r.note.isEmpty())
            return QString();
        return r.resumed ? QStringLiteral("resumed") : QStringLiteral("note");
    case NoteRole: return r.note;
    case BlockNumberRole: return r.blockNumber;
    case HashRole: return r.hash;
    case Qt::DisplayRole: return AlliumRecordFormat::cellsFor(m_topic, r).join(QLatin1String("  "));
    default: return {};
    }
}

QHash<int, QByteArray> AlliumStreamModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {SequenceRole, "sequence"}, {CellsRole, "cells"},           {MarkerRole, "marker"},
        {NoteRole, "note"},         {BlockNumberRole, "blockNumber"}, {HashRole, "hash"},
    };
    return names;
}

void AlliumStreamModel::setTopic(const AlliumTopic &topic)
{
    clear();
    m_topic = topic;
    m_total = 0;
    m_totalAtSample = 0;
    m_rate = 0;
    m_gaps = 0;
    m_reorgs = 0;
    Q_EMIT topicChanged();
    Q_EMIT rateChanged();
    Q_EMIT markersChanged();
}

QStringList AlliumStreamModel::columnTitles() const
{
    QStringList out;
    for (const auto &c : AlliumRecordFormat::columnsFor(m_topic))
        out << c.title;
    return out;
}

QVariantList AlliumStreamModel::columnWidths() const
{
    QVariantList out;
    for (const auto &c : AlliumRecordFormat::columnsFor(m_topic))
        out << c.width;
    return out;
}

void AlliumStreamModel::setCap(int cap)
{
    cap = std::clamp(cap, 10, 1000000);
    if (cap == m_cap)
        return;
    flush();
    if (m_size > cap) {
        // Trim the oldest rows (at the bottom).
        beginRemoveRows({}, cap, m_size - 1);
        m_head = (m_head + (m_size - cap)) % int(m_ring.size());
        m_size = cap;
        endRemoveRows();
    }
    // Re-lay the ring out in order for the new capacity.
    std::vector<AlliumRecord> ring;
    ring.reserve(size_t(std::min(cap, std::max(m_size, 1024))));
    for (int row = m_size - 1; row >= 0; --row)
        ring.push_back(std::move(m_ring[size_t(ringIndex(row))]));
    m_ring = std::move(ring);
    m_head = 0;
    m_cap = cap;
    Q_EMIT capChanged();
    Q_EMIT countChanged();
}

void AlliumStreamModel::appendRecords(const QList<AlliumRecord> &records)
{
    if (records.isEmpty())
        return;
    m_pending += records;
    // More than a full table waiting: keep only what can be shown.
    if (m_pending.size() > 2 * m_cap)
        m_pending.remove(0, m_pending.size() - m_cap);
    m_total += records.size();
    for (const AlliumRecord &r : records) {
        m_gaps += r.gapBefore > 0 ? 1 : 0;
        m_reorgs += r.reorg ? 1 : 0;
    }
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
    if (!m_rateTimer.isActive()) {
        m_rateClock.start();
        m_totalAtSample = m_total - records.size();
        m_rateTimer.start();
    }
}

void AlliumStreamModel::flush()
{
    m_frameTimer.stop();
    if (m_pending.isEmpty())
        return;
    QList<AlliumRecord> batch;
    batch.swap(m_pending);
    if (batch.size() > m_cap)
        batch.remove(0, batch.size() - m_cap);
    const int incoming = int(batch.size());
    const int overflow = m_size + incoming - m_cap;
    bool markers = false;
    if (overflow >= m_size && m_size > 0) {
        // The batch replaces every row: one reset is cheaper than remove + insert.
        beginResetModel();
        m_ring.clear();
        m_ring.reserve(size_t(m_cap));
        for (AlliumRecord &r : batch) {
            markers = markers || r.gapBefore > 0 || r.reorg;
            r.scanned.reset(); // only for the path in flight; a row keeps its text
            m_ring.push_back(std::move(r));
        }
        m_head = 0;
        m_size = incoming;
        endResetModel();
    } else {
        if (overflow > 0) {
            // About to be full: give the ring its final size (it is in order, head 0, while growing).
            if (int(m_ring.size()) < m_cap)
                m_ring.resize(size_t(m_cap));
            beginRemoveRows({}, m_size - overflow, m_size - 1);
            m_head = (m_head + overflow) % int(m_ring.size());
            m_size -= overflow;
            endRemoveRows();
        }
        beginInsertRows({}, 0, incoming - 1);
        for (AlliumRecord &r : batch) {
            markers = markers || r.gapBefore > 0 || r.reorg;
            r.scanned.reset(); // only for the path in flight; a row keeps its text
            if (int(m_ring.size()) < m_cap) {
                // Still growing: the ring is in order (head 0) until it is full.
                m_ring.push_back(std::move(r));
            } else {
                m_ring[size_t((m_head + m_size) % m_cap)] = std::move(r);
            }
            ++m_size;
        }
        endInsertRows();
    }
    Q_EMIT countChanged();
    if (markers)
        Q_EMIT markersChanged();
    Q_EMIT batchApplied(incoming);
}

void AlliumStreamModel::clear()
{
    m_pending.clear();
    m_frameTimer.stop();
    if (m_size == 0)
        return;
    beginResetModel();
    m_ring.clear();
    m_head = 0;
    m_size = 0;
    endResetModel();
    Q_EMIT countChanged();
}

int AlliumStreamModel::rowOfSequence(qint64 sequence) const
{
    // Sequences increase with the row going up: binary search on the newest-first order.
    int lo = 0, hi = m_size - 1;
    while (lo <= hi) {
        const int mid = (lo + hi) / 2;
        const qint64 s = m_ring[size_t(ringIndex(mid))].sequence;
        if (s == sequence)
            return mid;
        if (s > sequence)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return -1;
}

QString AlliumStreamModel::detailText(int row) const
{
    const AlliumRecord *r = recordAt(row);
    if (!r)
        return {};
    // The record as sent: a wrapped record shows its payload and its source.
    QString out = QString::fromUtf8(QJsonDocument(r->wireObject()).toJson(QJsonDocument::Indented));
    if (!r->note.isEmpty())
        out.prepend(r->note + QStringLiteral("\n\n"));
    return out;
}

QList<QJsonObject> AlliumStreamModel::newest(int n) const
{
    QList<QJsonObject> out;
    // Include records still waiting for the next frame: they are the newest.
    for (auto it = m_pending.crbegin(); it != m_pending.crend() && out.size() < n; ++it)
        out << it->wireObject();
    for (int row = 0; row < m_size && out.size() < n; ++row)
        out << m_ring[size_t(ringIndex(row))].wireObject();
    return out;
}

void AlliumStreamModel::sampleRate()
{
    const qint64 elapsed = m_rateClock.restart();
    const qint64 added = m_total - m_totalAtSample;
    m_totalAtSample = m_total;
    const double instant = elapsed > 0 ? added * 1000.0 / elapsed : 0;
    // Smooth a little so the number is readable, but follow changes within a second or two.
    m_rate = m_rate <= 0 ? instant : 0.5 * m_rate + 0.5 * instant;
    if (m_rate < 0.05)
        m_rate = 0;
    m_idleSamples = added == 0 ? m_idleSamples + 1 : 0;
    if (m_idleSamples > 20 && m_rate == 0)
        m_rateTimer.stop(); // idle: stop sampling until records come again
    Q_EMIT rateChanged();
}
