#pragma once
// The Streams table: the newest records of one topic, capped, inserted in batches and
// published at most once per frame.

#include "providers/allium/alliumcodec.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <vector>

/// Newest first. Records go into a ring buffer of `cap` rows (default 10 000); the oldest
/// rows fall off the bottom. appendRecords() only queues: the queue is applied at most
/// once per frame (16 ms) with one beginRemoveRows for the overflow and one
/// beginInsertRows for the batch, so a flood of records costs the UI ≤ 60 updates a second.
/// Cells are formatted on demand (only visible rows are asked for).
class AlliumStreamModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AlliumStreams")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int cap READ cap WRITE setCap NOTIFY capChanged)
    Q_PROPERTY(QString topic READ topicName NOTIFY topicChanged)
    Q_PROPERTY(QStringList columnTitles READ columnTitles NOTIFY topicChanged)
    Q_PROPERTY(QVariantList columnWidths READ columnWidths NOTIFY topicChanged)
    Q_PROPERTY(double recordsPerSecond READ recordsPerSecond NOTIFY rateChanged)
    Q_PROPERTY(qint64 totalRecords READ totalRecords NOTIFY rateChanged)
    Q_PROPERTY(int gapCount READ gapCount NOTIFY markersChanged)
    Q_PROPERTY(int reorgCount READ reorgCount NOTIFY markersChanged)

public:
    enum Roles {
        SequenceRole = Qt::UserRole + 1, ///< the record's identity (unique per stream)
        CellsRole,                        ///< QStringList, one text per column
        MarkerRole,                       ///< "gap", "reorg", "resumed" (after a pause: not a gap), "note" or ""
        NoteRole,                         ///< the marker's sentence
        BlockNumberRole,
        HashRole,
    };
    Q_ENUM(Roles)

    static constexpr int DefaultCap = 10000;
    static constexpr int FrameMs = 16;

    explicit AlliumStreamModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Starts over for a topic (clears all rows).
    void setTopic(const AlliumTopic &topic);
    AlliumTopic topic() const { return m_topic; }
    QString topicName() const { return m_topic.name(); }
    QStringList columnTitles() const;
    QVariantList columnWidths() const;

    int cap() const { return m_cap; }
    void setCap(int cap);

    /// Queues a batch; applied within one frame.
    void appendRecords(const QList<AlliumRecord> &records);
    /// Applies the queue now (tests, benchmarks).
    void flush();
    Q_INVOKABLE void clear();

    double recordsPerSecond() const { return m_rate; }
    qint64 totalRecords() const { return m_total; }
    int gapCount() const { return m_gaps; }
    int reorgCount() const { return m_reorgs; }

    /// The record at a row (newest first); nullptr when out of range.
    const AlliumRecord *recordAt(int row) const;
    /// The row of a record by its sequence, or -1 (rows move as records arrive).
    Q_INVOKABLE int rowOfSequence(qint64 sequence) const;
    /// The full record as indented JSON (plain text for the detail pane).
    Q_INVOKABLE QString detailText(int row) const;
    /// The newest n records as sent, wrapper included (for the filter preview, which
    /// finds fields with or without the "payload." prefix).
    QList<QJsonObject> newest(int n) const;

Q_SIGNALS:
    void countChanged();
    void capChanged();
    void topicChanged();
    void rateChanged();
    void markersChanged();
    /// Emitted after each applied batch with the number of rows it added.
    void batchApplied(int rows);

private:
    int ringIndex(int row) const;
    void sampleRate();

    AlliumTopic m_topic;
    std::vector<AlliumRecord> m_ring;
    int m_head = 0;   ///< ring index of the oldest row
    int m_size = 0;
    int m_cap = DefaultCap;
    QList<AlliumRecord> m_pending;
    QTimer m_frameTimer;
    QTimer m_rateTimer;
    QElapsedTimer m_rateClock;
    qint64 m_total = 0;
    qint64 m_totalAtSample = 0;
    double m_rate = 0;
    int m_gaps = 0;
    int m_reorgs = 0;
    int m_idleSamples = 0;
};
