#include "tweetdelivery.h"

#include <QCryptographicHash>
#include <algorithm>

TweetDedupeWindow::TweetDedupeWindow(int capacity)
    : m_capacity(std::max(1, capacity))
{
    m_ring.resize(m_capacity);
    m_seen.reserve(m_capacity);
}

QString TweetDedupeWindow::identity(const Tweet &tweet)
{
    const QString source = tweet.sourceKey();
    QString key;
    key.reserve(source.size() + tweet.tweetId.size() + 1);
    key += source;
    key += QLatin1Char('\x1f');
    key += tweet.tweetId;
    return key;
}

bool TweetDedupeWindow::isDuplicate(const Tweet &tweet)
{
    QString key = identity(tweet);
    if (m_seen.contains(key))
        return true;
    QString &slot = m_ring[m_next];
    if (!slot.isNull())
        m_seen.remove(slot);
    m_seen.insert(key);
    slot = std::move(key);
    m_next = (m_next + 1) % m_capacity;
    return false;
}

void TweetDedupeWindow::clear()
{
    m_seen.clear();
    m_ring.fill(QString());
    m_next = 0;
}

TweetDedupePool::TweetDedupePool(int capacity)
    : m_capacity(capacity)
{
}

std::shared_ptr<TweetDedupeWindow> TweetDedupePool::windowFor(const QString &key)
{
    if (key.isEmpty())
        return std::make_shared<TweetDedupeWindow>(m_capacity);
    // Forget windows no client holds any more, so the pool stays as small as the live keys.
    for (auto it = m_windows.begin(); it != m_windows.end();)
        it = it->expired() ? m_windows.erase(it) : std::next(it);
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256);
    if (std::shared_ptr<TweetDedupeWindow> window = m_windows.value(digest).lock())
        return window;
    auto window = std::make_shared<TweetDedupeWindow>(m_capacity);
    m_windows.insert(digest, window);
    return window;
}

int TweetDedupePool::liveWindows() const
{
    int n = 0;
    for (const auto &w : m_windows)
        n += w.expired() ? 0 : 1;
    return n;
}

void SourceLatency::add(const Tweet &tweet)
{
    ++tweets;
    if (tweet.latencyMs >= 0) {
        ++providerCount;
        providerSumMs += tweet.latencyMs;
        providerMaxMs = std::max(providerMaxMs, tweet.latencyMs);
        providerLastMs = tweet.latencyMs;
    }
    const qint64 delivery = tweet.deliveryMs();
    if (tweet.receivedAtMs >= 0 && tweet.detectedAtMs >= 0) {
        ++deliveryCount;
        deliverySumMs += delivery;
        deliveryMaxMs = deliveryCount == 1 ? delivery : std::max(deliveryMaxMs, delivery);
        deliveryLastMs = delivery;
    }
}
