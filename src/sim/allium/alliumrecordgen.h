#pragma once
// Seeded, realistic records for the simulated Allium topics, on the simulator's clock.

#include <QHash>
#include <algorithm>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

/// The shape variants a strict simulator can serve (all within what the documents allow),
/// so that tests cover what real servers may send. Parsed from a comma list.
struct AlliumRecordVariant {
    bool strings = false;  ///< "strings": numbers sent as decimal strings
    bool numbers = false;  ///< "numbers": decimal strings that fit a double exactly sent as numbers
    bool sparse = false;   ///< "sparse": optional fields left out (miner, base fee, source, error …)
    bool flat = false;     ///< "flat": Hyperliquid records not wrapped in {payload, source}

    static AlliumRecordVariant parse(const QString &commaList);
};

/// Generates the records of one topic. The chain is a function of the simulated time:
/// block numbers follow from it whether or not anybody is listening, so a client that
/// stops and starts again sees the chain where it is now (and nothing in between). Hashes
/// are a function of the number (a chain whose parent hashes link), except where a re-org
/// replaced a block.
///
/// Hyperliquid topics are wrapped as documented (reference/allium.md §5.1):
/// {"payload": {…}, "source": "hyperliquidinternal"} — the blocks example has no source,
/// so blocks come without one.
class AlliumRecordGenerator
{
public:
    /// Topics the simulator serves.
    static QStringList supportedTopics();
    static bool supports(const QString &topic);

    AlliumRecordGenerator(const QString &topic, quint32 seed, qint64 simNowMs);

    /// Simulated milliseconds between blocks (ethereum 12 s, base 2 s, solana 0.4 s, bitcoin 600 s …).
    qint64 cadenceMs() const { return m_cadenceMs; }
    /// Another block time (the stream's intervalMs option); the head follows from it.
    void setCadenceMs(qint64 ms) { m_cadenceMs = std::max<qint64>(1, ms); m_next = 0; }
    /// The chain's newest block number at a simulated time.
    qint64 headAt(qint64 simNowMs) const;
    /// When a block was produced (simulated Unix ms): records carry their block's time.
    qint64 blockTimeMs(qint64 number) const;
    /// Simulated ms from simNowMs until the next block is produced (1 … cadence).
    qint64 msUntilNextBlock(qint64 simNowMs) const;
    /// The records of every block produced up to simNowMs since the last call (usually one
    /// block's worth), each stamped with its block's time.
    QList<QJsonObject> nextTick(qint64 simNowMs);
    /// Continues from the chain's head at simNowMs: the next nextTick() delivers the head
    /// block (a client that starts or resumes sees the newest block at once).
    void resumeAt(qint64 simNowMs);

    /// Fault injection: leave out two blocks every n blocks (0 = never) / replace the
    /// previous block with another hash every n blocks (a one-block re-org).
    void setGapEvery(int n) { m_gapEvery = n; }
    void setReorgEvery(int n) { m_reorgEvery = n; }
    void setVariant(const AlliumRecordVariant &variant) { m_variant = variant; }

    /// Hyperliquid fills as the info API returns them (flat, not wrapped), for the API simulator.
    QList<QJsonObject> hyperliquidFills(qint64 simNowMs, int count);

    /// A fast ethereum.blocks-like record for floods (consecutive numbers, linked hashes).
    static QByteArray floodBlock(qint64 number, qint64 timestampSec);
    /// A deterministic 0x-prefixed hex string of the given number of hex digits.
    static QString hexFor(quint64 seed, int digits);

private:
    QList<QJsonObject> recordsOfBlock(qint64 number, qint64 simNowMs);
    QString blockHash(qint64 number) const;
    QJsonObject block(qint64 number, qint64 simNowMs, const QString &hash, const QString &parent);
    QJsonObject ethTransaction(qint64 number, qint64 simNowMs, int index);
    QJsonObject ethLog(qint64 number, qint64 simNowMs, int index);
    QJsonObject dexTrade(qint64 number, qint64 simNowMs, int index);
    QJsonObject solanaTransaction(qint64 slot, qint64 simNowMs, int index);
    QJsonObject hyperliquidFill(qint64 simNowMs, int index);
    QJsonObject hyperliquidTrade(qint64 simNowMs, int index);
    QJsonObject hyperliquidBlock(qint64 height, qint64 simNowMs);
    QJsonObject hyperliquidTransaction(qint64 height, qint64 simNowMs, int index);
    QJsonObject hyperliquidOrder(qint64 simNowMs, int index);
    QJsonObject shaped(QJsonObject record) const;
    QString address();
    QString isoTime(qint64 ms) const;

    QString m_topic;
    QString m_chain;
    QString m_type;
    QRandomGenerator m_rng;
    quint32 m_seed;
    qint64 m_cadenceMs = 12000;
    int m_perTick = 1;
    qint64 m_genesisNumber = 0;
    qint64 m_next = 0;            ///< the next block number to deliver
    qint64 m_candidates = 0;      ///< blocks considered for delivery (fault injection counts them)
    int m_dropRemaining = 0;
    qint64 m_lastDelivered = -2;
    bool m_reorgDue = false;
    QHash<qint64, QString> m_replaced; ///< block number → hash after a re-org
    int m_gapEvery = 0;
    int m_reorgEvery = 0;
    AlliumRecordVariant m_variant;
};
