#pragma once
// Seeded, realistic records for the simulated Allium topics, on the simulator's clock.

#include <QJsonObject>
#include <QRandomGenerator>
#include <QString>

/// Generates the records of one topic. Each tick stands for one block (or one batch of
/// trades/fills) at the chain's cadence; block numbers follow from the simulated time.
class AlliumRecordGenerator
{
public:
    /// Topics the simulator serves.
    static QStringList supportedTopics();
    static bool supports(const QString &topic);

    AlliumRecordGenerator(const QString &topic, quint32 seed, qint64 simNowMs);

    /// Simulated milliseconds between ticks (ethereum 12 s, base 2 s, solana 0.4 s, bitcoin 600 s …).
    qint64 cadenceMs() const { return m_cadenceMs; }
    /// The records of the next tick, stamped with the given simulated time.
    QList<QJsonObject> nextTick(qint64 simNowMs);

    /// Fault injection: skip blocks every n ticks (0 = never) / replay the previous
    /// block with another hash every n ticks.
    void setGapEvery(int n) { m_gapEvery = n; }
    void setReorgEvery(int n) { m_reorgEvery = n; }

    /// A fast ethereum.blocks-like record for floods (consecutive numbers, linked hashes).
    static QByteArray floodBlock(qint64 number, qint64 timestampSec);
    /// A deterministic 0x-prefixed hex string of the given number of hex digits.
    static QString hexFor(quint64 seed, int digits);

private:
    QJsonObject block(qint64 number, qint64 simNowMs, const QString &hash, const QString &parent);
    QJsonObject ethTransaction(qint64 number, qint64 simNowMs, int index);
    QJsonObject ethLog(qint64 number, qint64 simNowMs, int index);
    QJsonObject dexTrade(qint64 number, qint64 simNowMs, int index);
    QJsonObject solanaTransaction(qint64 slot, qint64 simNowMs, int index);
    QJsonObject hyperliquidFill(qint64 simNowMs, int index);
    QString address();
    QString isoTime(qint64 ms) const;

    QString m_topic;
    QString m_chain;
    QString m_type;
    QRandomGenerator m_rng;
    qint64 m_cadenceMs = 12000;
    int m_perTick = 1;
    qint64 m_number = 0;
    QString m_lastHash;
    qint64 m_tick = 0;
    int m_gapEvery = 0;
    int m_reorgEvery = 0;
};
