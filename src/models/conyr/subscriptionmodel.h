#pragma once
// The channels of one Conyr connection, for the subscription manager: kind, interval,
// state, message rate, last-message age, muted, drops and gaps, duplicates, and the
// payloads not understood (count and the latest sample).

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

/// Rows are looked up by channel name. sync() takes the full current picture (the
/// workspace calls it when the set changes and once a second for the counters): new
/// channels are appended in one batch, gone ones removed, and changed fields announced
/// with dataChanged carrying exactly the roles that changed.
class SubscriptionModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The subscription model is owned by the Conyr workspace")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        ChannelRole = Qt::UserRole + 1,
        KindRole,            ///< "trades", "ticks", "ohlcv", "local" (candles built from trades), "generic"
        MintRole,
        SymbolRole,
        VariantRole,
        IntervalRole,
        StateRole,           ///< "pending", "subscribed", "rejected", "unconfirmed"
        ErrorRole,
        MessagesRole,
        RateRole,            ///< messages per second over the last sample
        LastMessageAgeRole,  ///< ms, -1 before the first message
        MutedRole,
        DropsRole,           ///< trades missing by sequence + bars missing
        GapsRole,            ///< gap events
        DuplicatesRole,      ///< repeated trade ids, not shown twice
        NotUnderstoodRole,   ///< payloads that could not be typed (shown as generic data)
        SampleRole,          ///< the latest payload not understood (or, for generic channels, the latest payload)
        ProblemRole,         ///< why that payload was not understood
    };
    Q_ENUM(Roles)

    struct Entry {
        QString channel;
        QString kind;
        QString mint;
        QString symbol;
        QString variant;
        QString interval;
        QString state;
        QString error;
        qint64 messages = 0;
        qint64 lastMessageMs = -1;  ///< Unix ms
        bool muted = false;
        qint64 drops = 0;
        qint64 gaps = 0;
        qint64 duplicates = 0;
        qint64 notUnderstood = 0;
        QString sample;
        QString problem;
    };

    explicit SubscriptionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Replaces the picture; nowMs is the local Unix time of the sample.
    void sync(const QList<Entry> &entries, qint64 nowMs);
    int rowOf(const QString &channel) const;
    Q_INVOKABLE QString channelAt(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    struct Row {
        Entry entry;
        double rate = 0;
        qint64 age = -1;
        qint64 sampleMessages = 0;
        qint64 sampleMs = 0;
    };
    QList<int> update(Row &row, const Entry &entry, qint64 nowMs);

    QList<Row> m_rows;
};
