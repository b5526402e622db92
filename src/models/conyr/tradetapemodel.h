#pragma once
// The trades tape: the newest trades first, capped, inserted in batches once per frame;
// paused, it holds what arrives (a person reads a frozen tape) and counts it.

#include "providers/conyr/conyrtypes.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <deque>

/// Trades queue between frames (only the newest `cap` are kept); a frame timer inserts
/// them at the top with one beginInsertRows and trims the oldest rows with one
/// beginRemoveRows, so memory stays flat however fast trades arrive. While paused the rows
/// stay as they are; arriving trades queue as between frames (the newest `cap` kept, which
/// is all the tape would show of them) and pendingCount counts them; resuming inserts them
/// in one batch, as if the tape had never stopped.
class TradeTapeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The trades tape is owned by the Conyr workspace")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int cap READ cap CONSTANT)
    Q_PROPERTY(qint64 received READ received NOTIFY countChanged)
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    /// Trades that arrived while paused (not yet rows); 0 when running.
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)

public:
    enum Roles {
        TimestampRole = Qt::UserRole + 1,
        SideRole,       ///< "buy", "sell", "swap", "flash_swap" or "unknown"
        PriceRole,
        SizeRole,
        ValueRole,      ///< usd_notional (price × size when absent)
        SymbolRole,     ///< the token's symbol (or a shortened mint)
        SignatureRole,  ///< the transaction signature
        TradeIdRole,    ///< trade_id, "{signature}:{event_index}"
        PriceTextRole,  ///< usd_price exactly as sent
        SizeTextRole,   ///< token_amount exactly as sent
        ValueTextRole,  ///< usd_notional exactly as sent (empty if absent)
        DexRole,
        OrganicRole,    ///< false for flash swaps and arbitrage legs
    };
    Q_ENUM(Roles)

    explicit TradeTapeModel(QObject *parent = nullptr, int cap = 500);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int cap() const { return m_cap; }
    /// Trades accepted since the last clear (including those that never became rows).
    qint64 received() const { return m_received; }
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    int pendingCount() const { return m_shownPending; }

    /// Queues a trade for the next frame.
    void add(const Conyr::Trade &trade, const QString &symbol);
    /// Applies the queue now (the frame timer calls this; tests and benchmarks may too);
    /// while paused it only publishes pendingCount.
    void flush();
    void clear();

Q_SIGNALS:
    void countChanged();
    void pausedChanged();
    void pendingCountChanged();

private:
    void publishPending();

    struct Row {
        Conyr::Trade trade;
        QString symbol;
    };
    int m_cap;
    std::deque<Row> m_rows;      ///< newest first
    std::deque<Row> m_pending;   ///< oldest first
    qint64 m_received = 0;
    bool m_paused = false;
    int m_pendingCount = 0;  ///< arrived while paused (may exceed what is held)
    int m_shownPending = 0;  ///< m_pendingCount as last published (once per frame)
    QTimer m_frame;
};
