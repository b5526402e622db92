#pragma once
// Seeded, repeatable tweets for the simulator: a few stream monitors and filter rules with
// their own authors and topics, realistic rates, and the text a real timeline throws at a
// client: long posts, emoji, Japanese, Arabic and Cyrillic, and text that looks like markup.

#include "providers/tweets/tweet.h"

#include <QHash>
#include <QRandomGenerator>
#include <QStringList>
#include <QVector>

class TweetGenerator
{
public:
    /// One monitor or rule the simulator delivers from.
    struct Source {
        TweetSourceKind kind;
        QString id;
        QString name;           ///< monitor name or rule tag
        QStringList authors;
        QStringList texts;
        double perMinute;       ///< average tweets per simulated minute
    };

    explicit TweetGenerator(quint32 seed);

    const QVector<Source> &sources() const { return m_sources; }
    /// Replaces what tweets come from (the simulator follows its monitors and rules: paused
    /// ones are left out). typesBySource limits a source's tweet types (missing or empty: all).
    void setSources(const QVector<Source> &sources, const QHash<QString, QStringList> &typesBySource = {});
    bool hasSources() const { return !m_sources.isEmpty(); }
    /// Tweets per simulated second across all sources.
    double totalRatePerSecond() const;
    /// A random wait (simulated ms) until the next tweet at the given total rate (exponential).
    qint64 nextIntervalMs(double ratePerSecond);

    /// The next tweet: a source chosen by its rate, a snowflake-like 19-digit id for the
    /// given time, detected_at = nowMs − a small detection delay, provider latency_ms.
    /// Without sources: an empty Tweet (no id).
    Tweet next(qint64 nowMs);

private:
    QVector<Source> m_sources;
    QHash<QString, QStringList> m_types;
    QRandomGenerator m_random;
    quint32 m_sequence = 0;
};
