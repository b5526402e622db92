#pragma once
// A latency histogram over the most recent tweets: provider latency (latency_ms) and the
// delivery latency this app measured (receive time − detected_at), in the same buckets.

#include "providers/tweets/tweet.h"

#include <QAbstractListModel>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <vector>

/// Rows are fixed buckets (< 50 ms … ≥ 10 s). Counts cover the last `window` tweets, so the
/// histogram follows the stream and memory stays flat; dataChanged names exactly the roles
/// that changed. Percentiles are recomputed at most twice a second.
class TweetLatencyModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The latency histogram is owned by TweetsWorkspace")
    Q_PROPERTY(int samples READ samples NOTIFY statsChanged)
    Q_PROPERTY(int providerMax READ providerMax NOTIFY statsChanged)
    Q_PROPERTY(int deliveryMax READ deliveryMax NOTIFY statsChanged)
    Q_PROPERTY(int providerP50 READ providerP50 NOTIFY percentilesChanged)
    Q_PROPERTY(int providerP95 READ providerP95 NOTIFY percentilesChanged)
    Q_PROPERTY(int deliveryP50 READ deliveryP50 NOTIFY percentilesChanged)
    Q_PROPERTY(int deliveryP95 READ deliveryP95 NOTIFY percentilesChanged)

public:
    enum Roles {
        LabelRole = Qt::UserRole + 1,   ///< "250–500 ms"
        LowerMsRole,
        UpperMsRole,                    ///< -1 for the open last bucket
        ProviderCountRole,
        DeliveryCountRole,
    };
    Q_ENUM(Roles)

    explicit TweetLatencyModel(int window = 5000, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int samples() const { return m_filled; }
    /// The largest bucket count (for bar scaling in QML).
    int providerMax() const;
    int deliveryMax() const;
    int providerP50() const { return m_providerP50; }
    int providerP95() const { return m_providerP95; }
    int deliveryP50() const { return m_deliveryP50; }
    int deliveryP95() const { return m_deliveryP95; }

    /// The bucket a latency falls in (negative delivery from clock skew: the first).
    static int bucketOf(qint64 ms);
    static int bucketCount();

public Q_SLOTS:
    void addBatch(const TweetBatch &batch);
    /// Recomputes the percentiles now (the model does it on its own timer otherwise).
    void updatePercentiles();
    void clear();

Q_SIGNALS:
    void statsChanged();
    void percentilesChanged();

private:
    struct Sample {
        qint32 providerMs;  // -1: none
        qint32 deliveryMs;  // INT_MIN: none
    };
    int m_window;
    std::vector<Sample> m_samples;  // ring of the last m_window tweets
    int m_next = 0;
    int m_filled = 0;
    std::vector<int> m_provider;    // per bucket
    std::vector<int> m_delivery;
    int m_providerP50 = -1;
    int m_providerP95 = -1;
    int m_deliveryP50 = -1;
    int m_deliveryP95 = -1;
    QTimer m_percentileTimer;
};
