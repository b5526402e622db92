#pragma once
// The tweet timeline: newest first, capped, fed in batches, pausable without loss.

#include "providers/tweets/tweet.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <vector>

/// A ring buffer of tweets shown newest first. Each batch becomes one beginInsertRows at
/// the top; when the cap is reached the oldest rows are removed first (one beginRemoveRows).
/// While paused, arriving tweets are held (up to the cap) and counted in pendingCount;
/// resume() inserts them as one batch. With a coalescing interval, batches that arrive
/// within it are applied together (at most one view update per frame).
class TweetTimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The timeline is owned by TweetsWorkspace")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int capacity READ capacity WRITE setCapacity NOTIFY capacityChanged)
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(double totalReceived READ totalReceived NOTIFY countChanged)

public:
    enum Roles {
        TweetIdRole = Qt::UserRole + 1,
        AuthorRole,
        TextRole,
        TweetTypeRole,
        SourceKindRole,     ///< "monitor", "filter_rule", "other"
        SourceIdRole,
        SourceNameRole,     ///< monitor name or rule tag
        SourceKeyRole,      ///< Tweet::sourceKey()
        LatencyRole,        ///< provider latency_ms, -1 unknown
        DeliveryRole,       ///< receive time − detected_at in ms, -1 unknown
        DetectedAtRole,     ///< Unix ms (double for QML), -1 unknown
        ReceivedAtRole,     ///< Unix ms (double for QML)
        TimeTextRole,       ///< detected_at (else receive time) as local HH:mm:ss
        LinkRole,           ///< https://x.com/<author>/status/<id>
    };
    Q_ENUM(Roles)

    static constexpr int DefaultCapacity = 5000;

    explicit TweetTimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The tweet at a row (0 = newest). The row must be valid.
    const Tweet &at(int row) const;
    /// The row of a tweet by identity (source key and tweet id), or -1.
    int rowOf(const QString &sourceKey, const QString &tweetId) const;

    int capacity() const { return m_capacity; }
    void setCapacity(int capacity);
    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    int pendingCount() const { return m_pendingCount; }
    qint64 totalReceived() const { return m_totalReceived; }

    /// Batches arriving within this many ms are applied together (0: apply each at once).
    void setCoalesceMs(int ms) { m_coalesceMs = ms; }

public Q_SLOTS:
    /// Adds tweets (oldest first). Shown at once, or held while paused.
    void addBatch(const TweetBatch &batch);
    /// Applies coalesced batches now.
    void flushIncoming();
    void pause() { setPaused(true); }
    void resume() { setPaused(false); }
    void clear();

Q_SIGNALS:
    void countChanged();
    void capacityChanged();
    void pausedChanged();
    void pendingCountChanged();

private:
    void insertNewest(TweetBatch batch);
    int ringIndex(int row) const;
    void holdPending(const TweetBatch &batch);

    std::vector<Tweet> m_ring;  // grows to m_capacity, then reused
    int m_start = 0;            // ring index of the oldest row
    int m_size = 0;
    int m_capacity = DefaultCapacity;
    bool m_paused = false;
    TweetBatch m_pending;       // held while paused, oldest first, at most m_capacity
    int m_pendingCount = 0;     // arrived while paused (may exceed what is held)
    TweetBatch m_incoming;      // coalesced, not yet applied
    QTimer m_coalesceTimer;
    int m_coalesceMs = 0;
    qint64 m_totalReceived = 0;
};
