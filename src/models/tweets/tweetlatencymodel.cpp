#include "tweetlatencymodel.h"

#include <QCoreApplication>
#include <algorithm>
#include <climits>

namespace {

// Bucket lower bounds in ms; the last bucket is open.
constexpr int Bounds[] = {0, 50, 100, 250, 500, 1000, 2000, 5000, 10000};
constexpr int BucketCount = int(sizeof(Bounds) / sizeof(Bounds[0]));
constexpr qint32 NoDelivery = INT_MIN;

QString formatMs(int ms)
{
    return ms >= 1000 ? QCoreApplication::translate("TweetLatencyModel", "%1 s").arg(ms / 1000)
                      : QCoreApplication::translate("TweetLatencyModel", "%1 ms").arg(ms);
}

int percentile(std::vector<int> &values, double p)
{
    if (values.empty())
        return -1;
    const size_t k = std::min(values.size() - 1, size_t(p * double(values.size())));
    std::nth_element(values.begin(), values.begin() + qptrdiff(k), values.end());
    return values[k];
}

} // namespace

TweetLatencyModel::TweetLatencyModel(int window, QObject *parent)
    : QAbstractListModel(parent)
    , m_window(std::max(1, window))
    , m_provider(size_t(BucketCount), 0)
    , m_delivery(size_t(BucketCount), 0)
{
    m_percentileTimer.setSingleShot(true);
    m_percentileTimer.setInterval(500);
    connect(&m_percentileTimer, &QTimer::timeout, this, &TweetLatencyModel::updatePercentiles);
}

int TweetLatencyModel::bucketCount()
{
    return BucketCount;
}

int TweetLatencyModel::bucketOf(qint64 ms)
{
    for (int b = BucketCount - 1; b > 0; --b) {
        if (ms >= Bounds[b])
            return b;
    }
    return 0;
}

int TweetLatencyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : BucketCount;
}

QVariant TweetLatencyModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int b = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        if (b == 0)
            return QCoreApplication::translate("TweetLatencyModel", "< %1").arg(formatMs(Bounds[1]));
        if (b == BucketCount - 1)
            return QCoreApplication::translate("TweetLatencyModel", "≥ %1").arg(formatMs(Bounds[b]));
        return QCoreApplication::translate("TweetLatencyModel", "%1–%2").arg(formatMs(Bounds[b]), formatMs(Bounds[b + 1]));
    case LowerMsRole: return Bounds[b];
    case UpperMsRole: return b + 1 < BucketCount ? Bounds[b + 1] : -1;
    case ProviderCountRole: return m_provider[size_t(b)];
    case DeliveryCountRole: return m_delivery[size_t(b)];
    default: return {};
    }
}

QHash<int, QByteArray> TweetLatencyModel::roleNames() const
{
    static const QHash<int, QByteArray> names{
        {LabelRole, "label"},
        {LowerMsRole, "lowerMs"},
        {UpperMsRole, "upperMs"},
        {ProviderCountRole, "providerCount"},
        {DeliveryCountRole, "deliveryCount"},
    };
    return names;
}

int TweetLatencyModel::providerMax() const
{
    return *std::max_element(m_provider.cbegin(), m_provider.cend());
}

int TweetLatencyModel::deliveryMax() const
{
    return *std::max_element(m_delivery.cbegin(), m_delivery.cend());
}

void TweetLatencyModel::addBatch(const TweetBatch &batch)
{
    if (batch.isEmpty())
        return;
    if (m_samples.empty())
        m_samples.reserve(size_t(m_window));
    std::vector<char> providerTouched(size_t(BucketCount), 0);
    std::vector<char> deliveryTouched(size_t(BucketCount), 0);
    auto count = [&](const Sample &s, int delta) {
        if (s.providerMs >= 0) {
            const int b = bucketOf(s.providerMs);
            m_provider[size_t(b)] += delta;
            providerTouched[size_t(b)] = 1;
        }
        if (s.deliveryMs != NoDelivery) {
            const int b = bucketOf(s.deliveryMs);
            m_delivery[size_t(b)] += delta;
            deliveryTouched[size_t(b)] = 1;
        }
    };
    for (const Tweet &t : batch) {
        const qint64 delivery = t.deliveryMs();
        const bool hasDelivery = t.receivedAtMs >= 0 && t.detectedAtMs >= 0;
        const Sample s{qint32(std::min<qint64>(t.latencyMs, INT_MAX)),
                       hasDelivery ? qint32(std::clamp<qint64>(delivery, INT_MIN + 1, INT_MAX)) : NoDelivery};
        if (m_filled < m_window) {
            m_samples.push_back(s);
            ++m_filled;
        } else {
            count(m_samples[size_t(m_next)], -1);
            m_samples[size_t(m_next)] = s;
        }
        m_next = (m_next + 1) % m_window;
        count(s, +1);
    }
    for (int b = 0; b < BucketCount; ++b) {
        QList<int> roles;
        if (providerTouched[size_t(b)])
            roles << ProviderCountRole;
        if (deliveryTouched[size_t(b)])
            roles << DeliveryCountRole;
        if (!roles.isEmpty())
            Q_EMIT dataChanged(index(b), index(b), roles);
    }
    Q_EMIT statsChanged();
    if (!m_percentileTimer.isActive())
        m_percentileTimer.start();
}

void TweetLatencyModel::updatePercentiles()
{
    m_percentileTimer.stop();
    std::vector<int> provider;
    std::vector<int> delivery;
    provider.reserve(m_samples.size());
    delivery.reserve(m_samples.size());
    for (const Sample &s : m_samples) {
        if (s.providerMs >= 0)
            provider.push_back(s.providerMs);
        if (s.deliveryMs != NoDelivery)
            delivery.push_back(s.deliveryMs);
    }
    m_providerP50 = percentile(provider, 0.50);
    m_providerP95 = percentile(provider, 0.95);
    m_deliveryP50 = percentile(delivery, 0.50);
    m_deliveryP95 = percentile(delivery, 0.95);
    Q_EMIT percentilesChanged();
}

void TweetLatencyModel::clear()
{
    m_samples.clear();
    m_next = 0;
    m_filled = 0;
    std::fill(m_provider.begin(), m_provider.end(), 0);
    std::fill(m_delivery.begin(), m_delivery.end(), 0);
    Q_EMIT dataChanged(index(0), index(BucketCount - 1), {ProviderCountRole, DeliveryCountRole});
    updatePercentiles();
    Q_EMIT statsChanged();
}
