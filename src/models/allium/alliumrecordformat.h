#pragma once
// How Allium records read in the Streams table: the columns per topic and the text of
// each cell (short hashes, wei as ETH, gwei, times).

#include "providers/allium/alliumcodec.h"

#include <QStringList>

namespace AlliumRecordFormat {

/// A table column: its title and its relative width.
struct Column {
    QString title;
    int width;   ///< relative units; the page scales them to its width
};

/// The columns for a topic (ethereum.blocks: number, hash, time, txs, gas used, base fee, miner …).
QList<Column> columnsFor(const AlliumTopic &topic);
/// The cells of one record, in the order of columnsFor(topic).
QStringList cellsFor(const AlliumTopic &topic, const AlliumRecord &record);

/// "0x1234…cdef"
QString shortHash(const QString &hash);
/// A wei decimal string as ETH with up to `decimals` places, exactly (no double).
QString weiToEth(const QString &wei, int decimals = 4);
/// Integer-unit decimal string divided by 10^shift, exactly, with up to `decimals` places.
QString shiftDecimal(const QString &integer, int shift, int decimals);
/// Groups thousands: 21000000 → "21,000,000".
QString grouped(qint64 value);
/// Unix ms as "HH:mm:ss" UTC (with the date when not today).
QString timeText(qint64 ms);

} // namespace AlliumRecordFormat
