#pragma once
// The timeline as the user filters it: by source, author, tweet type and free text.

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

class TweetTimelineModel;
struct Tweet;

/// Filters a TweetTimelineModel without changing its order (newest first). Every filter
/// left empty matches everything; all set filters must match. Text comparisons ignore case.
class TweetFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The filtered timeline is owned by TweetsWorkspace")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// A source key ("monitor:mon-1") or a source name (monitor name / rule tag).
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY filterChanged)
    /// Part of the author's username ("@" optional).
    Q_PROPERTY(QString author READ author WRITE setAuthor NOTIFY filterChanged)
    /// "original", "reply", "retweet", "quote" …
    Q_PROPERTY(QString tweetType READ tweetType WRITE setTweetType NOTIFY filterChanged)
    /// Free text found in the tweet's text, author or source name.
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY filterChanged)
    Q_PROPERTY(bool active READ isActive NOTIFY filterChanged)

public:
    explicit TweetFilterModel(TweetTimelineModel *timeline, QObject *parent = nullptr);

    QString source() const { return m_source; }
    void setSource(const QString &source);
    QString author() const { return m_author; }
    void setAuthor(const QString &author);
    QString tweetType() const { return m_type; }
    void setTweetType(const QString &type);
    QString search() const { return m_search; }
    void setSearch(const QString &text);
    bool isActive() const;

    /// True if the tweet passes the current filters.
    bool accepts(const Tweet &tweet) const;
    /// The timeline row behind a row of this model, or -1.
    Q_INVOKABLE int timelineRow(int row) const;

    Q_INVOKABLE void clearFilters();

Q_SIGNALS:
    void countChanged();
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void apply();

    TweetTimelineModel *m_timeline;
    QString m_source;
    QString m_author;
    QString m_type;
    QString m_search;
};
