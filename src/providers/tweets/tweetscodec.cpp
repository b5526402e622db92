#include "tweetscodec.h"

#include "tweetscodecinternal.h"

#include "core/jsonnumbers.h"
#include "core/jsonscan.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>
#include <algorithm>
#include <cmath>

QString Tweet::link() const
{
    // Usernames are [A-Za-z0-9_]; anything else is percent-encoded so a hostile name cannot
    // change where the link points.
    const auto unreserved = [](QChar c) { // what toPercentEncoding leaves as it is
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_'
            || c == u'-' || c == u'.' || c == u'~';
    };
    QString out;
    out.reserve(22 + author.size() * 3 + tweetId.size());
    out += QLatin1String("https://x.com/");
    if (std::all_of(author.cbegin(), author.cend(), unreserved))
        out += author; // the usual name: nothing to encode, no conversion
    else
        out += QString::fromLatin1(QUrl::toPercentEncoding(author));
    out += QLatin1String("/status/");
    out += tweetId;
    return out;
}

QString Tweet::eventName() const
{
    switch (shape) {
    case TweetShape::NewTweet: break;
    case TweetShape::TweetDetected: return QStringLiteral("tweet.detected");
    case TweetShape::Nested: return QStringLiteral("tweet");
    }
    return QStringLiteral("new_tweet");
}

QString TweetSource::kindId(TweetSourceKind kind)
{
    switch (kind) {
    case TweetSourceKind::Monitor: return QStringLiteral("monitor");
    case TweetSourceKind::FilterRule: return QStringLiteral("filter_rule");
    case TweetSourceKind::Other: break;
    }
    return QStringLiteral("other");
}

namespace TweetsCodec {

namespace Internal {

QString tr(const char *text)
{
    return QCoreApplication::translate("TweetsCodec", text);
}

Message malformed(const QString &problem)
{
    Message m;
    m.type = Type::Malformed;
    m.problem = problem;
    return m;
}

bool isDecimalId(QStringView s)
{
    if (s.isEmpty() || s.size() > 20)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

QString rawDigitsAfterKey(const QByteArray &raw, const QByteArray &quotedKey, double parsed)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    qsizetype from = 0;
    while ((from = raw.indexOf(quotedKey, from)) >= 0) {
        qsizetype i = from + quotedKey.size();
        from = i;
        while (i < raw.size() && isSpace(raw.at(i)))
            ++i;
        if (i >= raw.size() || raw.at(i) != ':')
            continue;
        ++i;
        while (i < raw.size() && isSpace(raw.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < raw.size() && raw.at(i) >= '0' && raw.at(i) <= '9')
            ++i;
        if (i == start || (i < raw.size() && (raw.at(i) == '.' || raw.at(i) == 'e' || raw.at(i) == 'E')))
            continue;
        const QByteArray digits = raw.mid(start, i - start);
        if (digits.toDouble() == parsed)
            return QString::fromLatin1(digits);
    }
    return {};
}

QString idValue(const QJsonValue &v, const QByteArray &raw, const QByteArray &quotedKey)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return rawDigitsAfterKey(raw, quotedKey, v.toDouble());
    return {};
}

qint64 nonNegative(const QJsonValue &v)
{
    const std::optional<double> d = JsonNumbers::checkedDouble(v);
    if (!d || *d < 0 || *d > 1e15)
        return -1;
    return qint64(std::llround(*d));
}

} // namespace Internal

using namespace Internal;

namespace {

/// One event from its top-level object: a QJsonObject or a scanned JsonScan::ObjectView,
/// read the same way.
template <typename Object>
Message decodeObject(const Object &o, const QByteArray &utf8)
{
    // Shape B names itself by "event" and has no "type".
    QLatin1String typeKey("type");
    if (kindOf(o, typeKey) == 0)
        typeKey = QLatin1String("event");
    if (kindOf(o, typeKey) != 's')
        return malformed(tr("An event without a type"));
    const QString name = stringField(o, typeKey);

    if (name == QLatin1String("new_tweet"))
        return decodeTweetEvent(o, utf8, TweetShape::NewTweet);
    if (name == QLatin1String("tweet.detected"))
        return decodeTweetEvent(o, utf8, TweetShape::TweetDetected);
    if (name == QLatin1String("tweet"))
        return decodeTweetEvent(o, utf8, TweetShape::Nested);

    Message m;
    m.typeName = name;
    if (name == QLatin1String("ping")) {
        m.type = Type::Ping;
        m.pingTimestamp = o.value(QLatin1String("timestamp")).toString();
        return m;
    }
    if (name == QLatin1String("connected")) {
        m.type = Type::Connected;
        m.connected.connectionId = o.value(QLatin1String("connection_id")).toString();
        m.connected.apiKeyId = o.value(QLatin1String("api_key_id")).toString();
        return m;
    }
    if (name == QLatin1String("error")) {
        const QJsonValue code = o.value(QLatin1String("code"));
        bool ok = code.isDouble();
        int value = ok ? code.toInt(-1) : -1;
        if (code.isString())
            value = code.toString().toInt(&ok);
        if (!ok || value < 0)
            return malformed(tr("An error event without a numeric code"));
        m.type = Type::Error;
        m.error.code = value;
        m.error.message = o.value(QLatin1String("message")).toString();
        return m;
    }
    m.type = Type::Unknown;
    return m;
}

} // namespace

Message Internal::decodeFull(const QByteArray &utf8)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(tr("Not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return malformed(tr("Not a JSON object"));
    return decodeObject(doc.object(), utf8);
}

Message decode(const QByteArray &utf8)
{
    // Most frames are tweets read on the hot path: scanned in one pass, without building a
    // QJsonObject. The scanner accepts nothing QJsonDocument refuses; what it declines (not
    // JSON, or a rare form such as an escaped key) is read by QJsonDocument, which also says
    // what is wrong.
    JsonScan::ObjectView view;
    if (view.scan(utf8))
        return decodeObject(view, utf8);
    return decodeFull(utf8);
}

QByteArray encodeConnected(const Connected &connected)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("connected")},
                  {QStringLiteral("connection_id"), connected.connectionId},
                  {QStringLiteral("api_key_id"), connected.apiKeyId}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeError(int code, const QString &message)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodePing(const QString &timestamp)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("ping")},
                                     {QStringLiteral("timestamp"), timestamp}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodePong()
{
    return QByteArrayLiteral(R"({"type":"pong"})");
}

QByteArray encodeTweet(const Tweet &tweet)
{
    return encodeTweet(tweet, tweet.shape, WireVariant());
}

namespace {

constexpr char IdPlaceholder[] = "\"@tweet-id@\"";

QJsonValue number(qint64 value, const WireVariant &variant)
{
    return variant.numbersAsStrings ? QJsonValue(QString::number(value)) : QJsonValue(value);
}

QString isoOr(const QString &text, qint64 ms)
{
    return text.isEmpty() && ms >= 0 ? formatIsoTime(ms) : text;
}

} // namespace

QByteArray encodeTweet(const Tweet &t, TweetShape shape, const WireVariant &variant)
{
    const bool full = !variant.omitOptional;
    QJsonObject o;
    switch (shape) {
    case TweetShape::NewTweet: o.insert(QStringLiteral("type"), QStringLiteral("new_tweet")); break;
    case TweetShape::TweetDetected: o.insert(QStringLiteral("event"), QStringLiteral("tweet.detected")); break;
    case TweetShape::Nested: o.insert(QStringLiteral("type"), QStringLiteral("tweet")); break;
    }
    if (shape == TweetShape::NewTweet)
        o.insert(QStringLiteral("source"), t.sourceType);
    if (t.sourceKind == TweetSourceKind::Monitor) {
        o.insert(QStringLiteral("monitor_id"), t.sourceId);
        if (full && shape != TweetShape::Nested)
            o.insert(QStringLiteral("monitor_name"), t.sourceName);
    } else if (t.sourceKind == TweetSourceKind::FilterRule) {
        o.insert(QStringLiteral("rule_id"), t.sourceId);
        if (full)
            o.insert(QStringLiteral("rule_tag"), t.sourceName);
    }
    // A number id is spliced in as digits afterwards: a double cannot hold them.
    o.insert(QStringLiteral("tweet_id"), variant.idsAsNumbers ? QStringLiteral("@tweet-id@") : t.tweetId);
    o.insert(QStringLiteral("author_username"), t.author);
    if (shape != TweetShape::Nested)
        o.insert(QStringLiteral("tweet_text"), escapeTwitterEntities(t.text));
    if (full && shape == TweetShape::NewTweet)
        o.insert(QStringLiteral("tweet_type"), t.tweetType);
    if (full && shape == TweetShape::TweetDetected)
        o.insert(QStringLiteral("tweet_url"), t.url.isEmpty() ? t.link() : t.url);
    if (full && shape != TweetShape::NewTweet && (t.publishedAtMs >= 0 || !t.publishedAtText.isEmpty()))
        o.insert(QStringLiteral("tweet_published_at"),
                 t.publishedAtMs >= 0 ? formatIsoTime(t.publishedAtMs) : t.publishedAtText);
    if (full && t.latencyMs >= 0)
        o.insert(QStringLiteral("latency_ms"), number(t.latencyMs, variant));
    if (full || shape == TweetShape::Nested)
        o.insert(QStringLiteral("detected_at"), isoOr(t.detectedAtText, t.detectedAtMs));
    if (shape == TweetShape::Nested) {
        QJsonObject inner{{QStringLiteral("id"), t.tweetId}, {QStringLiteral("text"), escapeTwitterEntities(t.text)}};
        if (full) {
            if (t.publishedAtMs >= 0)
                inner.insert(QStringLiteral("created_at"), formatTwitterTime(t.publishedAtMs));
            inner.insert(QStringLiteral("username"), t.author);
            if (!t.authorName.isEmpty())
                inner.insert(QStringLiteral("user_name"), t.authorName);
            inner.insert(QStringLiteral("favorite_count"), number(std::max<qint64>(0, t.likeCount), variant));
            inner.insert(QStringLiteral("retweet_count"), number(std::max<qint64>(0, t.retweetCount), variant));
            inner.insert(QStringLiteral("reply_count"), number(std::max<qint64>(0, t.replyCount), variant));
            inner.insert(QStringLiteral("media"), QJsonArray());
            inner.insert(QStringLiteral("urls"), QJsonArray());
            inner.insert(QStringLiteral("hashtags"), QJsonArray());
        }
        o.insert(QStringLiteral("tweet"), inner);
    }
    QByteArray frame = QJsonDocument(o).toJson(QJsonDocument::Compact);
    if (variant.idsAsNumbers)
        frame.replace(IdPlaceholder, t.tweetId.toLatin1());
    return frame;
}

} // namespace TweetsCodec
