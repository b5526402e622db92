// The three documented tweet event shapes (reference/tweets.md §2) decoded into one Tweet:
//   A {"type":"new_tweet","source",monitor_id|rule_id,…,"tweet_text","latency_ms","detected_at"}
//   B {"event":"tweet.detected","monitor_id",…,"tweet_text","tweet_url","tweet_published_at",…}
//   C {"type":"tweet","monitor_id","tweet_id","author_username",…,"tweet":{"id","text",…}}
// The documents disagree on the shape, so every one is accepted and nothing is dropped for
// a field one shape has and another lacks.

#include "tweetscodecinternal.h"

#include "core/jsonscan.h"

#include <QJsonObject>

namespace TweetsCodec::Internal {

QString stringField(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    return v.isString() ? v.toString() : QString();
}

QString stringField(const JsonScan::ObjectView &o, QLatin1String key)
{
    const JsonScan::Field *f = o.findLast(key);
    return f && f->type == 's' ? JsonScan::text(*f) : QString();
}

char kindOf(const QJsonObject &o, QLatin1String key)
{
    switch (o.value(key).type()) {
    case QJsonValue::String: return 's';
    case QJsonValue::Double: return 'n';
    case QJsonValue::Bool: return 'b';
    case QJsonValue::Null: return 'z';
    case QJsonValue::Object: return 'o';
    case QJsonValue::Array: return 'a';
    case QJsonValue::Undefined: break;
    }
    return 0;
}

char kindOf(const JsonScan::ObjectView &o, QLatin1String key)
{
    const JsonScan::Field *f = o.findLast(key);
    return f ? f->type : 0;
}

namespace {

/// The source of a tweet: "source" when sent (A); otherwise by the ids present (B and C
/// carry monitor_id; a filter-rule tweet carries rule_id).
template <typename Object>
void readSource(const Object &o, Tweet &t)
{
    const QString monitorId = stringField(o, QLatin1String("monitor_id"));
    const QString ruleId = stringField(o, QLatin1String("rule_id"));
    QString source = stringField(o, QLatin1String("source"));
    if (source.isEmpty())
        source = !ruleId.isEmpty() && monitorId.isEmpty() ? QStringLiteral("filter_rule")
            : !monitorId.isEmpty()                        ? QStringLiteral("monitor")
                                                          : QString();
    if (source == QLatin1String("monitor")) {
        t.sourceKind = TweetSourceKind::Monitor;
        t.sourceType = QStringLiteral("monitor");
        t.sourceId = monitorId;
        t.sourceName = stringField(o, QLatin1String("monitor_name"));
    } else if (source == QLatin1String("filter_rule")) {
        t.sourceKind = TweetSourceKind::FilterRule;
        t.sourceType = QStringLiteral("filter_rule");
        t.sourceId = ruleId;
        t.sourceName = stringField(o, QLatin1String("rule_tag"));
    } else {
        // A source kind newer than this client, or none named: keep the tweet, label it by
        // what is there.
        t.sourceKind = TweetSourceKind::Other;
        t.sourceType = source.isEmpty() ? QStringLiteral("other") : source;
        t.sourceId = stringField(o, QLatin1String("source_id"));
        t.sourceName = o.value(QLatin1String("source_name")).toString(source);
    }
}

} // namespace

template <typename Object>
Message decodeTweetEvent(const Object &o, const QByteArray &raw, TweetShape shape)
{
    Message m;
    m.type = Type::NewTweet;
    Tweet &t = m.tweet;
    t.shape = shape;
    readSource(o, t);

    // The nested tweet snapshot (C: "tweet"; the webhook form of B: "tweet_data").
    QJsonObject inner = o.value(QLatin1String("tweet")).toObject();
    if (inner.isEmpty())
        inner = o.value(QLatin1String("tweet_data")).toObject();

    const char idKind = kindOf(o, QLatin1String("tweet_id"));
    t.tweetId = idKind == 's' ? stringField(o, QLatin1String("tweet_id"))
                              : idValue(o.value(QLatin1String("tweet_id")), raw, QByteArrayLiteral("\"tweet_id\""));
    if (idKind == 0 && !inner.isEmpty())
        t.tweetId = idValue(inner.value(QLatin1String("id")), raw, QByteArrayLiteral("\"id\""));
    if (!isDecimalId(t.tweetId))
        return malformed(idKind == 0 && inner.value(QLatin1String("id")).isUndefined()
                             ? tr("A tweet event without a tweet_id")
                             : tr("A tweet event whose tweet_id is not a decimal id"));

    t.author = kindOf(o, QLatin1String("author_username")) == 's' ? stringField(o, QLatin1String("author_username"))
                                                                  : stringField(inner, QLatin1String("username"));
    if (t.author.isEmpty()) {
        const QJsonObject user = inner.value(QLatin1String("user")).toObject();
        t.author = stringField(user, QLatin1String("username"));
        if (t.author.isEmpty())
            t.author = stringField(user, QLatin1String("screen_name"));
    }
    if (t.author.startsWith(QLatin1Char('@')))
        t.author.remove(0, 1);
    if (t.author.isEmpty())
        return malformed(tr("A tweet event without an author_username"));
    // "@@x" would re-encode as "@x" and come back as "x": a username never holds an '@'.
    if (t.author.contains(QLatin1Char('@')))
        return malformed(tr("A tweet event whose author_username is not a username"));

    // The text: tweet_text in the flat shapes, tweet.text in the nested one (the SDKs
    // default it to empty). A text of the wrong type is a broken frame, not an empty tweet.
    const char textKind = kindOf(o, QLatin1String("tweet_text"));
    const QJsonValue innerText = inner.value(QLatin1String("text"));
    if (textKind == 's')
        t.text = unescapeTwitterEntities(stringField(o, QLatin1String("tweet_text")));
    else if (textKind != 0 && textKind != 'z')
        return malformed(tr("A tweet event whose tweet_text is not text"));
    else if (innerText.isString())
        t.text = unescapeTwitterEntities(innerText.toString());
    else if (shape != TweetShape::Nested || (!innerText.isUndefined() && !innerText.isNull()))
        return malformed(tr("A tweet event without a tweet_text"));

    t.tweetType = stringField(o, QLatin1String("tweet_type"));
    t.latencyMs = nonNegative(o.value(QLatin1String("latency_ms")));
    t.detectedAtText = stringField(o, QLatin1String("detected_at"));
    t.detectedAtMs = t.detectedAtText.isEmpty() ? -1 : parseIsoTimeMs(t.detectedAtText);
    t.publishedAtText = stringField(o, QLatin1String("tweet_published_at"));
    t.publishedAtMs = t.publishedAtText.isEmpty() ? -1 : parseIsoTimeMs(t.publishedAtText);
    if (t.publishedAtText.isEmpty()) {
        t.publishedAtText = stringField(inner, QLatin1String("created_at"));
        t.publishedAtMs = t.publishedAtText.isEmpty() ? -1 : parseTwitterTimeMs(t.publishedAtText);
        if (t.publishedAtMs < 0 && !t.publishedAtText.isEmpty())
            t.publishedAtMs = parseIsoTimeMs(t.publishedAtText);
    }
    t.url = stringField(o, QLatin1String("tweet_url"));
    t.authorName = stringField(inner, QLatin1String("user_name"));
    t.likeCount = nonNegative(inner.value(QLatin1String("favorite_count")));
    t.retweetCount = nonNegative(inner.value(QLatin1String("retweet_count")));
    t.replyCount = nonNegative(inner.value(QLatin1String("reply_count")));
    t.raw = raw;
    return m;
}

template Message decodeTweetEvent(const QJsonObject &, const QByteArray &, TweetShape);
template Message decodeTweetEvent(const JsonScan::ObjectView &, const QByteArray &, TweetShape);

} // namespace TweetsCodec::Internal

namespace TweetsCodec {

QString unescapeTwitterEntities(const QString &text)
{
    // Twitter's API escapes exactly these three in tweet texts; one left-to-right pass, so
    // "&amp;lt;" becomes "&lt;" (the text as written), not "<".
    if (!text.contains(QLatin1Char('&')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('&')) {
            const QStringView rest = QStringView(text).mid(i);
            if (rest.startsWith(QLatin1String("&amp;"))) {
                out += QLatin1Char('&');
                i += 4;
                continue;
            }
            if (rest.startsWith(QLatin1String("&lt;"))) {
                out += QLatin1Char('<');
                i += 3;
                continue;
            }
            if (rest.startsWith(QLatin1String("&gt;"))) {
                out += QLatin1Char('>');
                i += 3;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QString escapeTwitterEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')) && !text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('>')))
        return text;
    QString out = text;
    out.replace(QLatin1Char('&'), QLatin1String("&amp;"));
    out.replace(QLatin1Char('<'), QLatin1String("&lt;"));
    out.replace(QLatin1Char('>'), QLatin1String("&gt;"));
    return out;
}

} // namespace TweetsCodec
