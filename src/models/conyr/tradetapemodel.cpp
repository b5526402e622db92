#include "tradetapemodel.h"

#include "providers/conyr/conyrcodec.h"

#include <limits>

namespace {
constexpr int FrameMs = 16;
}

TradeTapeModel::TradeTapeModel(QObject *parent, int cap)
    : QAbstractListModel(parent)
    , m_cap(std::max(1, cap))
{
    m_frame.setSingleShot(true);
    m_frame.setInterval(FrameMs);
    connect(&m_frame, &QTimer::timeout, this, &TradeTapeModel::flush);
}

int TradeTapeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TradeTapeModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const Conyr::Trade &t = row.trade;
    switch (role) {
    case TimestampRole: return t.ts;
    case SideRole: return Conyr::sideToString(t.side);
    case PriceRole: return t.price;
    case SizeRole: return t.size;
    case ValueRole: return t.valueUsdText.isEmpty() ? t.price * t.size : t.valueUsd;
    case SymbolRole: return row.symbol;
    case SignatureRole: return t.signature.isEmpty() ? t.id : t.signature;
    case TradeIdRole: return t.id;
    case PriceTextRole: return t.priceText;
    case SizeTextRole: return t.sizeText;
    case ValueTextRole: return t.valueUsdText;
    case DexRole: return t.dex;
    case OrganicRole: return t.organic();
    default: return {};
    }
}

QHash<int, QByteArray> TradeTapeModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {TimestampRole, "timestamp"}, {SideRole, "side"},     {PriceRole, "price"},
        {SizeRole, "size"},           {ValueRole, "value"},   {SymbolRole, "symbol"},
        {SignatureRole, "signature"}, {TradeIdRole, "tradeId"}, {PriceTextRole, "priceText"},
        {SizeTextRole, "sizeText"},   {ValueTextRole, "valueText"}, {DexRole, "dex"},
        {OrganicRole, "organic"},
    };
    return names;
}

void TradeTapeModel::add(const Conyr::Trade &trade, const QString &symbol)
{
    ++m_received;
    if (m_paused && m_pendingCount < std::numeric_limits<int>::max())
        ++m_pendingCount;
    m_pending.push_back({trade, symbol});
    if (m_pending.size() > size_t(m_cap))
        m_pending.pop_front(); // would be trimmed from the tape in the same frame anyway
    if (!m_frame.isActive())
        m_frame.start();
}

void TradeTapeModel::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    m_pendingCount = 0;
    Q_EMIT pausedChanged();
    flush(); // resumed: what arrived meanwhile, in one batch
    publishPending();
}

void TradeTapeModel::publishPending()
{
    if (m_shownPending == m_pendingCount)
        return;
    m_shownPending = m_pendingCount;
    Q_EMIT pendingCountChanged();
}

void TradeTapeModel::flush()
{
    m_frame.stop();
    if (m_paused) {
        publishPending(); // the rows stay; the count of what waits changes once per frame
        return;
    }
    if (m_pending.empty())
        return;
    const int incoming = int(m_pending.size());
    const int overflow = int(m_rows.size()) + incoming - m_cap;
    if (overflow > 0) {
        const int first = int(m_rows.size()) - overflow;
        beginRemoveRows({}, first, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.end() - overflow, m_rows.end());
        endRemoveRows();
    }
    beginInsertRows({}, 0, incoming - 1);
    // Newest first: the last queued trade becomes row 0.
    for (Row &row : m_pending)
        m_rows.push_front(std::move(row));
    m_pending.clear();
    endInsertRows();
    Q_EMIT countChanged();
}

void TradeTapeModel::clear()
{
    m_frame.stop();
    m_pending.clear();
    m_received = 0;
    m_pendingCount = 0;
    publishPending();
    if (m_rows.empty()) {
        Q_EMIT countChanged();
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
    Q_EMIT countChanged();
}
