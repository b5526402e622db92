#include "subscriptionmodel.h"

namespace {
constexpr qint64 MinSampleMs = 500;
}

SubscriptionModel::SubscriptionModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SubscriptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SubscriptionModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const Entry &e = row.entry;
    switch (role) {
    case ChannelRole: return e.channel;
    case KindRole: return e.kind;
    case MintRole: return e.mint;
    case SymbolRole: return e.symbol;
    case VariantRole: return e.variant;
    case IntervalRole: return e.interval;
    case StateRole: return e.state;
    case ErrorRole: return e.error;
    case MessagesRole: return e.messages;
    case RateRole: return row.rate;
    case LastMessageAgeRole: return row.age;
    case MutedRole: return e.muted;
    case DropsRole: return e.drops;
    case GapsRole: return e.gaps;
    case DuplicatesRole: return e.duplicates;
    case NotUnderstoodRole: return e.notUnderstood;
    case SampleRole: return e.sample;
    case ProblemRole: return e.problem;
    default: return {};
    }
}

QHash<int, QByteArray> SubscriptionModel::roleNames() const
{
    static const QHash<int, QByteArray> names = {
        {ChannelRole, "channel"},   {KindRole, "kind"},         {MintRole, "mint"},
        {SymbolRole, "symbol"},     {VariantRole, "variant"},   {IntervalRole, "interval"},
        {StateRole, "state"},       {ErrorRole, "error"},       {MessagesRole, "messages"},
        {RateRole, "rate"},         {LastMessageAgeRole, "lastMessageAge"},
        {MutedRole, "muted"},       {DropsRole, "drops"},       {GapsRole, "gaps"},
        {DuplicatesRole, "duplicates"}, {NotUnderstoodRole, "notUnderstood"},
        {SampleRole, "sample"},     {ProblemRole, "problem"},
    };
    return names;
}

int SubscriptionModel::rowOf(const QString &channel) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).entry.channel == channel)
            return i;
    }
    return -1;
}

QString SubscriptionModel::channelAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).entry.channel : QString();
}

QList<int> SubscriptionModel::update(Row &row, const Entry &e, qint64 nowMs)
{
    QList<int> roles;
    Entry &old = row.entry;
    auto set = [&roles](auto &field, const auto &value, int role) {
        if (field != value) {
            field = value;
            roles.append(role);
        }
    };
    set(old.kind, e.kind, KindRole);
    set(old.mint, e.mint, MintRole);
    set(old.symbol, e.symbol, SymbolRole);
    set(old.variant, e.variant, VariantRole);
    set(old.interval, e.interval, IntervalRole);
    set(old.state, e.state, StateRole);
    set(old.error, e.error, ErrorRole);
    set(old.messages, e.messages, MessagesRole);
    set(old.lastMessageMs, e.lastMessageMs, LastMessageAgeRole);
    set(old.muted, e.muted, MutedRole);
    set(old.drops, e.drops, DropsRole);
    set(old.gaps, e.gaps, GapsRole);
    set(old.duplicates, e.duplicates, DuplicatesRole);
    set(old.notUnderstood, e.notUnderstood, NotUnderstoodRole);
    set(old.sample, e.sample, SampleRole);
    set(old.problem, e.problem, ProblemRole);
    if (nowMs - row.sampleMs >= MinSampleMs) {
        const double rate = double(e.messages - row.sampleMessages) * 1000.0 / double(nowMs - row.sampleMs);
        set(row.rate, std::max(0.0, rate), RateRole);
        row.sampleMessages = e.messages;
        row.sampleMs = nowMs;
    }
    const qint64 age = e.lastMessageMs < 0 ? -1 : std::max<qint64>(0, nowMs - e.lastMessageMs);
    // The age changes every sample; announce it once it moved by a displayable amount.
    if ((age < 0) != (row.age < 0) || std::abs(age - row.age) >= 100) {
        row.age = age;
        if (!roles.contains(LastMessageAgeRole))
            roles.append(LastMessageAgeRole);
    }
    return roles;
}

void SubscriptionModel::sync(const QList<Entry> &entries, qint64 nowMs)
{
    const int countBefore = int(m_rows.size());
    // Removed channels first (from the bottom, so rows stay valid).
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        const QString &channel = m_rows.at(i).entry.channel;
        const bool kept = std::any_of(entries.cbegin(), entries.cend(), [&](const Entry &e) { return e.channel == channel; });
        if (!kept) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    QList<Row> added;
    for (const Entry &e : entries) {
        const int row = rowOf(e.channel);
        if (row < 0) {
            if (std::none_of(added.cbegin(), added.cend(), [&](const Row &r) { return r.entry.channel == e.channel; })) {
                Row r;
                r.entry = e;
                r.sampleMessages = e.messages;
                r.sampleMs = nowMs;
                r.age = e.lastMessageMs < 0 ? -1 : std::max<qint64>(0, nowMs - e.lastMessageMs);
                added.append(r);
            }
            continue;
        }
        const QList<int> roles = update(m_rows[row], e, nowMs);
        if (!roles.isEmpty())
            Q_EMIT dataChanged(index(row), index(row), roles);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
    if (int(m_rows.size()) != countBefore)
        Q_EMIT countChanged();
}
