#include "tweetfiltermodel.h"

#include "tweettimelinemodel.h"

TweetFilterModel::TweetFilterModel(TweetTimelineModel *timeline, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_timeline(timeline)
{
    setSourceModel(timeline);
    // Keep the timeline's order; filter as rows arrive.
    setDynamicSortFilter(true);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &TweetFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &TweetFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &TweetFilterModel::countChanged);
}

void TweetFilterModel::setSource(const QString &source)
{
    if (source == m_source)
        return;
    m_source = source;
    apply();
}

void TweetFilterModel::setAuthor(const QString &author)
{
    QString a = author.trimmed();
    if (a.startsWith(QLatin1Char('@')))
        a.remove(0, 1);
    if (a == m_author)
        return;
    m_author = a;
    apply();
}

void TweetFilterModel::setTweetType(const QString &type)
{
    if (type == m_type)
        return;
    m_type = type;
    apply();
}

void TweetFilterModel::setSearch(const QString &text)
{
    const QString s = text.trimmed();
    if (s == m_search)
        return;
    m_search = s;
    apply();
}

bool TweetFilterModel::isActive() const
{
    return !m_source.isEmpty() || !m_author.isEmpty() || !m_type.isEmpty() || !m_search.isEmpty();
}

void TweetFilterModel::clearFilters()
{
    if (!isActive())
        return;
    m_source.clear();
    m_author.clear();
    m_type.clear();
    m_search.clear();
    apply();
}

void TweetFilterModel::apply()
{
    // Qt 6.4 has no beginFilterChange(); invalidateFilter() re-evaluates every row.
    invalidateFilter();
    Q_EMIT filterChanged();
    Q_EMIT countChanged();
}

bool TweetFilterModel::accepts(const Tweet &t) const
{
    if (!m_source.isEmpty() && m_source != t.sourceName && m_source != t.sourceKey())
        return false;
    if (!m_type.isEmpty() && m_type != t.tweetType)
        return false;
    if (!m_author.isEmpty() && !t.author.contains(m_author, Qt::CaseInsensitive))
        return false;
    if (!m_search.isEmpty() && !t.text.contains(m_search, Qt::CaseInsensitive)
        && !t.author.contains(m_search, Qt::CaseInsensitive) && !t.sourceName.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

bool TweetFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid() || sourceRow < 0 || sourceRow >= m_timeline->rowCount())
        return false;
    // Straight to the typed value: no QVariant per row on the hot path.
    return accepts(m_timeline->at(sourceRow));
}

int TweetFilterModel::timelineRow(int row) const
{
    if (row < 0 || row >= rowCount())
        return -1;
    return mapToSource(index(row, 0)).row();
}
