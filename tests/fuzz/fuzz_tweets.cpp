// Tweets: one stream frame through the decoder; a tweet it accepts is re-encoded in the shape
// it came in and must decode again to the same identity (id, author, text). The "@" author
// that decoded empty and re-encoded into something else (issue 15) breaks exactly this.

#include "fuzztarget.h"

#include "providers/tweets/tweetscodec.h"

TW_FUZZ_TARGET(tweets)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const TweetsCodec::Message m = TweetsCodec::decode(bytes);
    TW_FUZZ_CHECK(m.type != TweetsCodec::Type::Malformed || !m.problem.isEmpty());
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
