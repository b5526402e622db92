#pragma once
// Per-monitor and per-rule counters: tweets, tweets per minute, latency.

#include "providers/tweets/tweet.h"
#include "providers/tweets/tweetdelivery.h"

#include <QAbstractListModel>
#include <QHash>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <array>

/// One row per source (monitors first, then rules, each by name), added as sources first
/// deliver. Counts and latency update once per batch with dataChanged for exactly the rows
/// and roles that changed; tweets per minute is the count over the last 60 s (by receive
/// time) and is refreshed once a second as old tweets leave the window.
class TweetSourceStatsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Source statistics are owned by TweetsWorkspace")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(double totalTweets READ totalTweets NOTIFY totalsChanged)
    Q_PROPERTY(int totalPerMinute READ totalPerMinute NOTIFY totalsChanged)

public:
    enum Roles {
        SourceKeyRole = Qt::UserRole + 1,
        KindRole,               ///< "monitor", "filter_rule", "other"
        SourceIdRole,
        NameRole,               ///< monitor name or rule tag
        CountRole,
        PerMinuteRole,
        ProviderLatencyRole,    ///< average latency_ms, -1 unknown
        DeliveryLatencyRole,    ///< average receive − detected_at, -1 unknown
        LastProviderLatencyRole,
        LastDeliveryLatencyRole,
    };
    Q_ENUM(Roles)

    /// Sources beyond this many are counted together in one "Other sources" row.
    static constexpr int MaxSources = 200;

    explicit TweetSourceStatsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 totalTweets() const { return m_total; }
    int totalPerMinute() const;
    /// The row of a source key, or -1.
    int rowOf(const QString &sourceKey) const { return m_rowOfKey.value(sourceKey, -1); }
    /// [{key, name, kind}] for filter menus, in row order.
    QVariantList sourceList() const;

    /// Recomputes tweets per minute against the given time (Unix ms); the model's own
    /// timer calls it every second with the current time.
    void refreshRates(qint64 nowMs);

public Q_SLOTS:
    void addBatch(const TweetBatch &batch);
    void clear();

Q_SIGNALS:
    void countChanged();
    void totalsChanged();
    /// A source appeared (the filter menus change).
    void sourcesChanged();

private:
    struct Row {
        QString key;
        TweetSourceKind kind = TweetSourceKind::Other;
        QString id;
        QString name;
        SourceLatency latency;
        std::array<int, 60> perSecond{}; // counts by receive second, ring over the last minute
        qint64 newestSecond = 0;         // the receive second perSecond ends at
        int perMinute = 0;
    };
    int ensureRow(const Tweet &tweet);
    static void countAt(Row &row, qint64 second);
    static int windowCount(Row &row, qint64 nowSecond);
    void emitRowsChanged(const QList<int> &rows, const QList<int> &roles);

    QList<Row> m_rows;
    QHash<QString, int> m_rowOfKey;
    qint64 m_total = 0;
    QTimer m_rateTimer;
};
