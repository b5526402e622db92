#pragma once
// Delivery bookkeeping for the tweet stream: the dedupe window that hides tweets sent twice
// around a reconnect, and per-source latency figures.

#include "tweet.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QVector>
#include <memory>

/// Remembers the last `capacity` (source, tweet_id) pairs. A tweet seen again inside the
/// window is a duplicate (the server resends recent tweets after a reconnect). Memory is
/// bounded: the oldest pair is forgotten when a new one arrives at capacity.
class TweetDedupeWindow
{
public:
    explicit TweetDedupeWindow(int capacity = 4096);

    /// True if the tweet was already seen (drop it); otherwise remembers it and returns false.
    bool isDuplicate(const Tweet &tweet);
    void clear();
    int capacity() const { return m_capacity; }
    int size() const { return int(m_seen.size()); }

    /// The identity a duplicate shares: source kind, source id and tweet id.
    static QString identity(const Tweet &tweet);

private:
    int m_capacity;
    QVector<QString> m_ring;
    int m_next = 0;
    QSet<QString> m_seen;
};

/// One dedupe window per API key, shared by every client that reads with that key. The
/// server delivers all monitors and rules of a key to each of the key's connections, so two
/// profiles with one key receive every tweet twice; with a shared window the second copy is
/// a duplicate and is dropped. Keys are held only as SHA-256 digests. A window lives as long
/// as a client holds it.
class TweetDedupePool
{
public:
    explicit TweetDedupePool(int capacity = 4096);

    /// The window for a key (created on first use). An empty key gets a window of its own.
    std::shared_ptr<TweetDedupeWindow> windowFor(const QString &key);
    /// Keys with a window that a client still holds.
    int liveWindows() const;

private:
    int m_capacity;
    QHash<QByteArray, std::weak_ptr<TweetDedupeWindow>> m_windows;
};

/// Latency of one source (monitor or rule): the provider's latency_ms, and the delivery
/// latency this app measured (receive time − detected_at).
struct SourceLatency {
    qint64 tweets = 0;
    qint64 providerCount = 0;
    qint64 providerSumMs = 0;
    qint64 providerMaxMs = -1;
    qint64 providerLastMs = -1;
    qint64 deliveryCount = 0;
    qint64 deliverySumMs = 0;
    qint64 deliveryMaxMs = -1;
    qint64 deliveryLastMs = -1;

    void add(const Tweet &tweet);
    /// Averages in ms, or -1 with no samples.
    double providerAverageMs() const { return providerCount ? double(providerSumMs) / double(providerCount) : -1; }
    double deliveryAverageMs() const { return deliveryCount ? double(deliverySumMs) / double(deliveryCount) : -1; }
};

/// Latency per source key (Tweet::sourceKey()).
using SourceLatencyMap = QHash<QString, SourceLatency>;
