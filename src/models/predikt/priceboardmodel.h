#pragma once
// The VWAP price board: one row per symbol, fed by PriceTicks.

#include "providers/predikt/prediktcodec.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <deque>
#include <functional>

/// One row per symbol, in the order the symbols were added. Rows are looked up by symbol.
/// Ticks update rows in place; the changed rows are announced at most every
/// CoalesceMs with one dataChanged over the changed range and the exact roles, so a burst
/// of updates costs one UI update. A one-second timer refreshes the age and stale roles.
class PriceBoardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The price board is owned by the Predikt workspace")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int liveCount READ liveCount NOTIFY countChanged)
    Q_PROPERTY(int updateIntervalMs READ updateIntervalMs WRITE setUpdateIntervalMs NOTIFY updateIntervalMsChanged)
    Q_PROPERTY(qint64 totalUpdates READ totalUpdates NOTIFY totalUpdatesChanged)

public:
    enum Roles {
        SymbolRole = Qt::UserRole + 1,
        PriceRole,              ///< last VWAP, NaN before the first update
        HasPriceRole,
        ChangeSinceSubscribeRole, ///< percent since the first price after subscribing
        ChangeHourRole,         ///< percent over the last hour (or what of it was seen)
        HourCoverageMinutesRole, ///< minutes of history ChangeHourRole spans (≤ 60)
        SparklineRole,          ///< QList<qreal> of recent prices, oldest first
        SourceRole,             ///< "vwap"
        LastUpdateRole,         ///< server timestamp of the last update (Unix ms), -1 before
        AgeMsRole,              ///< ms since the last update arrived here, -1 before
        StaleRole,              ///< no update for more than two intervals
        LiveRole,               ///< the server confirmed the subscription
        UpdatesRole,            ///< updates received
    };
    Q_ENUM(Roles)

    static constexpr int SparklinePoints = 60;
    static constexpr int HistoryCap = 1000;     ///< points kept for the 1 h change per symbol
    static constexpr qint64 HourMs = 3600 * 1000;
    static constexpr int CoalesceMs = 50;

    explicit PriceBoardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Adds rows for new symbols (one insert for the batch); existing ones are kept.
    void addSymbols(const QStringList &symbols);
    void removeSymbols(const QStringList &symbols);
    /// Makes the board show exactly these symbols, keeping the rows (and history) of those
    /// that stay.
    void setSymbols(const QStringList &symbols);
    /// Marks which symbols the server confirmed (others show as pending).
    void setLive(const QStringList &symbols);
    QStringList symbols() const;
    int rowOf(const QString &symbol) const { return m_index.value(symbol, -1); }

    /// Applies a tick to its symbol's row; ticks for symbols not on the board are ignored.
    void applyTick(const Predikt::PriceTick &tick);
    void applyTicks(const QList<Predikt::PriceTick> &ticks);
    /// Announces pending changes now instead of on the coalescing timer.
    void flush();

    int liveCount() const;
    int updateIntervalMs() const { return m_intervalMs; }
    void setUpdateIntervalMs(int ms);
    qint64 totalUpdates() const { return m_totalUpdates; }

    /// Replaces the monotonic clock (tests drive the age and stale roles with it).
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }

Q_SIGNALS:
    void countChanged();
    void updateIntervalMsChanged();
    void totalUpdatesChanged();

private:
    struct Point {
        qint64 t;
        double price;
    };
    struct Row {
        QString symbol;
        double price = qQNaN();
        double firstPrice = qQNaN();
        QString source;
        qint64 lastUpdate = -1;   // server time
        qint64 receivedAt = -1;   // m_clock time
        std::deque<Point> history;
        QList<qreal> spark;
        int updates = 0;
        bool live = false;
        bool stale = false;
    };

    qint64 now() const { return m_clock(); }
    bool isStale(const Row &row) const;
    void markDirty(int row);
    void refreshAges();
    void reindex();

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    int m_dirtyFirst = -1;
    int m_dirtyLast = -1;
    QTimer m_coalesce;
    QTimer m_ageTimer;
    int m_intervalMs = Predikt::UpdateIntervalMs;
    qint64 m_totalUpdates = 0;
    QElapsedTimer m_monotonic;
    std::function<qint64()> m_clock;
};
