// Tweets: one stream frame through the decoder; a tweet it accepts is re-encoded in the shape
// it came in and must decode again to the same identity (id, author, text). The "@" author
// that decoded empty and re-encoded into something else (issue 15) breaks exactly this.
// Differential: decode() reads most frames through JsonScan's one-pass scanner; the result
// must be exactly what the QJsonDocument reading (decodeFull) gives.

#include "fuzztarget.h"

#include "providers/tweets/tweetscodec.h"
#include "providers/tweets/tweetscodecinternal.h"

namespace {

/// Every field of a decoded message, as one text to compare.
QString summary(const TweetsCodec::Message &m)
{
    const Tweet &t = m.tweet;
    return QStringList{QString::number(int(m.type)), m.problem, m.typeName, m.pingTimestamp,
                       m.connected.connectionId, m.connected.apiKeyId, QString::number(m.error.code),
                       m.error.message, t.tweetId, t.author, t.text, t.sourceType, t.sourceId, t.sourceName,
                       t.tweetType, QString::number(t.latencyMs), t.detectedAtText, t.publishedAtText,
                       QString::number(t.publishedAtMs), t.url, t.authorName, QString::number(t.likeCount),
                       QString::number(t.retweetCount), QString::number(t.replyCount)}
        .join(QChar(0));
}

} // namespace

TW_FUZZ_TARGET(tweets)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const TweetsCodec::Message m = TweetsCodec::decode(bytes);
    TW_FUZZ_CHECK(m.type != TweetsCodec::Type::Malformed || !m.problem.isEmpty());
    TW_FUZZ_CHECK(summary(m) == summary(TweetsCodec::Internal::decodeFull(bytes)));
    if (m.type == TweetsCodec::Type::NewTweet) {
        TW_FUZZ_CHECK(!m.tweet.author.isEmpty() && !m.tweet.tweetId.isEmpty());
        const TweetsCodec::Message again = TweetsCodec::decode(TweetsCodec::encodeTweet(m.tweet));
        TW_FUZZ_CHECK(again.type == TweetsCodec::Type::NewTweet);
        TW_FUZZ_CHECK(again.tweet.tweetId == m.tweet.tweetId);
        TW_FUZZ_CHECK(again.tweet.author == m.tweet.author);
        TW_FUZZ_CHECK(again.tweet.text == m.tweet.text);
    }
    const QString text = QString::fromUtf8(bytes.left(200));
    TweetsCodec::parseIsoTimeMs(text);
    TweetsCodec::parseTwitterTimeMs(text);
    TweetsCodec::unescapeTwitterEntities(text);
    return 0;
}
