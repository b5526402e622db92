#pragma once
// A bounded memory of the ids seen lately (trade ids), for de-duplication.

#include <QHash>
#include <QSet>
#include <QStringView>
#include <deque>

namespace Conyr {

/// Remembers the last `capacity` ids by a 64-bit hash (a collision among a few thousand
/// ids is about 1 in 10^12), so memory stays flat however long a channel runs. insert()
/// returns false for an id already remembered.
class RecentIds
{
public:
    explicit RecentIds(int capacity = 4096)
        : m_capacity(std::max(1, capacity))
    {
    }

    bool insert(QStringView id)
    {
        const quint64 h = quint64(qHash(id, size_t(0x5bd1e995)));
        if (m_set.contains(h))
            return false;
        m_set.insert(h);
        m_order.push_back(h);
        if (int(m_order.size()) > m_capacity) {
            m_set.remove(m_order.front());
            m_order.pop_front();
        }
        return true;
    }
    bool contains(QStringView id) const { return m_set.contains(quint64(qHash(id, size_t(0x5bd1e995)))); }
    int size() const { return int(m_order.size()); }
    void clear()
    {
        m_set.clear();
        m_order.clear();
    }

private:
    int m_capacity;
    QSet<quint64> m_set;
    std::deque<quint64> m_order;
};

} // namespace Conyr
