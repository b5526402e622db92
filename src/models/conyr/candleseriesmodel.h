#pragma once
// One candle series (a token, a variant, an interval) as a list model: backfilled bars and
// live bars merged without gaps or duplicates, capped, updated at most once per frame.

#include "providers/conyr/conyrtypes.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <vector>

/// Rows are bars sorted by open time, oldest first, one per timestamp. Bars arrive from
/// two places: REST backfill and the live channel (or a local CandleAggregator). Both go
/// through the same merge: a bar for a timestamp that already exists replaces it when it
/// supersedes it (see supersedes()), otherwise it is inserted in order — so overlap gives
/// no duplicates, out-of-order bars land in their place, and a live update of the current
/// bar replaces it. Missing intervals between bars are reported as gaps (a row's
/// gapBefore role, and the gaps property for the chart's markers).
///
/// Updates are queued and applied by a timer at most once per frame: one beginInsertRows
/// per run of new bars, one dataChanged with the exact roles for replaced bars.
class CandleSeriesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString channel READ channel NOTIFY seriesChanged)
    Q_PROPERTY(qint64 intervalMs READ intervalMs NOTIFY seriesChanged)
    Q_PROPERTY(int cap READ cap CONSTANT)
    Q_PROPERTY(QVariantList gaps READ gapList NOTIFY gapsChanged)
    Q_PROPERTY(int gapCount READ gapCount NOTIFY gapsChanged)
    Q_PROPERTY(double lastPrice READ lastPrice NOTIFY updated)

public:
    enum Roles {
        TimestampRole = Qt::UserRole + 1,
        OpenRole,
        HighRole,
        LowRole,
        CloseRole,
        VolumeRole,
        TradesRole,
        ClosedRole,
        GapBeforeRole,   ///< true when bars are missing right before this one
    };
    Q_ENUM(Roles)

    /// A run of missing bars: [startMs, endMs) (endMs is the next bar's open time).
    struct Gap {
        qint64 startMs;
        qint64 endMs;
        qint64 bars;
    };

    explicit CandleSeriesModel(QObject *parent = nullptr, int cap = 1000);
    /// QML may create one (e.g. a chart preview or test); the workspace owns the real ones.

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString channel() const { return m_channel; }
    qint64 intervalMs() const { return m_intervalMs; }
    int cap() const { return m_cap; }
    double lastPrice() const { return m_bars.empty() ? 0.0 : m_bars.back().close; }
    const std::vector<Conyr::Candle> &bars() const { return m_bars; }
    QList<Gap> gaps() const { return m_gaps; }
    int gapCount() const { return int(m_gaps.size()); }
    QVariantList gapList() const;

    /// Starts a new series (clears the rows).
    Q_INVOKABLE void reset(const QString &channel, qint64 intervalMs);
    /// QML and tests: queues one bar (ts in Unix ms).
    Q_INVOKABLE void addBar(double ts, double open, double high, double low, double close, double volume,
                            bool closed = true);
    /// Queues a live bar (or an update of one).
    void addLive(const Conyr::Candle &candle);
    /// Queues bars loaded over REST.
    void addBackfill(const QList<Conyr::Candle> &candles);
    /// The newest count bars, oldest first, as [{t, o, h, l, c, v}] (the dashboard's shape).
    Q_INVOKABLE QVariantList lastBars(int count) const;
    /// Applies everything queued now (the frame timer calls this; tests call it directly).
    Q_INVOKABLE void flush();
    bool hasPending() const { return !m_pending.empty(); }

    /// The merge rule: does incoming replace existing (same timestamp)? A final bar is never
    /// replaced by an open one; otherwise the bar with at least as many trades wins (bars
    /// only grow, so a stale backfill never overwrites a fresher live bar).
    static bool supersedes(const Conyr::Candle &incoming, const Conyr::Candle &existing);

Q_SIGNALS:
    void countChanged();
    void seriesChanged();
    void gapsChanged();
    /// Emitted after each flush that changed something.
    void updated();

private:
    void schedule();
    void trimToCap();
    void updateGaps();

    QString m_channel;
    qint64 m_intervalMs = 60000;
    int m_cap;
    std::vector<Conyr::Candle> m_bars;
    std::vector<bool> m_gapBefore;
    std::vector<Conyr::Candle> m_pending;
    QList<Gap> m_gaps;
    QTimer m_frame;
};
