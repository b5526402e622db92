// The tweet stream codec on the documents' own examples (tests/data/tweets: the seed page's
// frames, the docs site's tweet.detected example, the SDK's nested tweet and ping models),
// on malformed input, and the delivery bookkeeping (dedupe window and pool, latency).

#include "providers/tweets/tweetdelivery.h"
#include "providers/tweets/tweetscodec.h"
#include "core/profile.h"

#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace TweetsCodec;

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TW_TEST_DATA_DIR "/tweets/%1").arg(QLatin1String(name)));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}

qint64 utcMs(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

} // namespace

class TestTweetsCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultUrlIsTheDocumentedEndpoint();
    void seedConnected();
    void seedMonitorTweet();
    void seedFilterRuleTweet();
    void seedError();
    void limitError();
    void docsTweetDetected();
    void sdkNestedTweet();
    void nestedTweetCarriesTheFieldsItself();
    void nestedNameIsNotRequired();
    void sdkPing();
    void sourceIsInferredFromIds();
    void everyShapeAndVariantRoundTrips_data();
    void everyShapeAndVariantRoundTrips();
    void twitterTimes();
    void htmlEntitiesBecomeCharacters();
    void tweetIdAsJsonNumberKeepsEveryDigit();
    void tweetIdLargerThanDoublePrecision();
    void unknownTypeIsExplicit();
    void unknownSourceKindIsKept();
    void malformed_data();
    void malformed();
    void optionalFieldsDefault();
    void markupTextIsKeptVerbatim();
    void isoTimes_data();
    void isoTimes();
    void linkIsEscaped();
    void encodeRoundTrip();
    void mutatedFramesNeverCrash();
    void dedupeWindowDropsRepeats();
    void dedupeWindowIsBounded();
    void dedupePoolSharesPerKey();
    void sourceLatencyAverages();
};

void TestTweetsCodec::seedConnected()
{
    const Message m = decode(fixture("connected.json"));
    QCOMPARE(m.type, Type::Connected);
    QCOMPARE(m.connected.connectionId, QStringLiteral("abc-123"));
    QCOMPARE(m.connected.apiKeyId, QStringLiteral("key-456"));
}

void TestTweetsCodec::seedMonitorTweet()
{
    const QByteArray raw = fixture("monitor.json");
    const Message m = decode(raw);
    QCOMPARE(m.type, Type::NewTweet);
    const Tweet &t = m.tweet;
    QCOMPARE(t.sourceKind, TweetSourceKind::Monitor);
    QCOMPARE(t.sourceType, QStringLiteral("monitor"));
    QCOMPARE(t.sourceId, QStringLiteral("mon-123"));
    QCOMPARE(t.sourceName, QStringLiteral("Tech Leaders"));
    QCOMPARE(t.sourceKey(), QStringLiteral("monitor:mon-123"));
    QCOMPARE(t.tweetId, QStringLiteral("1234567890123456789"));
    QCOMPARE(t.author, QStringLiteral("elonmusk"));
    QCOMPARE(t.text, QStringLiteral("The future is electric..."));
    QCOMPARE(t.tweetType, QStringLiteral("original"));
    QCOMPARE(t.latencyMs, 850);
    QCOMPARE(t.detectedAtText, QStringLiteral("2026-03-04T12:00:00Z"));
    QCOMPARE(t.detectedAtMs, utcMs(2026, 3, 4, 12, 0, 0));
    QCOMPARE(t.receivedAtMs, -1);
    QCOMPARE(t.deliveryMs(), -1);
    QCOMPARE(t.raw, raw);
    QCOMPARE(t.link(), QStringLiteral("https://x.com/elonmusk/status/1234567890123456789"));
}

void TestTweetsCodec::seedFilterRuleTweet()
{
    const Message m = decode(fixture("filter_rule.json"));
    QCOMPARE(m.type, Type::NewTweet);
    const Tweet &t = m.tweet;
    QCOMPARE(t.sourceKind, TweetSourceKind::FilterRule);
    QCOMPARE(t.sourceId, QStringLiteral("rule-456"));
    QCOMPARE(t.sourceName, QStringLiteral("bitcoin-mentions"));
    QCOMPARE(t.sourceKey(), QStringLiteral("filter_rule:rule-456"));
    QCOMPARE(t.author, QStringLiteral("cryptonews"));
    QCOMPARE(t.text, QStringLiteral("Bitcoin hits new ATH..."));
    QCOMPARE(t.latencyMs, 1200);
    QCOMPARE(t.detectedAtMs, utcMs(2026, 3, 4, 12, 0, 0));
}

void TestTweetsCodec::seedError()
{
    const Message m = decode(fixture("error.json"));
    QCOMPARE(m.type, Type::Error);
    QCOMPARE(m.error.code, 4001);
    QCOMPARE(m.error.message, QStringLiteral("Invalid or missing API key"));
}

void TestTweetsCodec::limitError()
{
    const Message m = decode(fixture("error_limit.json"));
    QCOMPARE(m.type, Type::Error);
    QCOMPARE(m.error.code, int(ConnectionLimitCode));
    QCOMPARE(m.error.message, QStringLiteral("Connection limit exceeded"));
}

void TestTweetsCodec::docsTweetDetected()
{
    const QByteArray raw = fixture("tweet_detected.json");
    const Message m = decode(raw);
    QCOMPARE(m.type, Type::NewTweet);
    const Tweet &t = m.tweet;
    QCOMPARE(t.shape, TweetShape::TweetDetected);
    QCOMPARE(t.eventName(), QStringLiteral("tweet.detected"));
    QCOMPARE(t.sourceKind, TweetSourceKind::Monitor);
    QCOMPARE(t.sourceType, QStringLiteral("monitor"));
    QCOMPARE(t.sourceId, QStringLiteral("abc-123"));
    QCOMPARE(t.sourceName, QStringLiteral("Tech Leaders"));
    QCOMPARE(t.tweetId, QStringLiteral("1234567890"));
    QCOMPARE(t.author, QStringLiteral("elonmusk"));
    QCOMPARE(t.text, QStringLiteral("Just announced..."));
    QCOMPARE(t.url, QStringLiteral("https://x.com/elonmusk/status/1234567890"));
    QCOMPARE(t.link(), t.url);
    QCOMPARE(t.publishedAtText, QStringLiteral("2026-03-13T12:00:00Z"));
    QCOMPARE(t.publishedAtMs, utcMs(2026, 3, 13, 12, 0, 0));
    QCOMPARE(t.detectedAtMs, utcMs(2026, 3, 13, 12, 0, 0, 150));
    QCOMPARE(t.latencyMs, 150);
    QCOMPARE(t.raw, raw);
}

void TestTweetsCodec::sdkNestedTweet()
{
    const Message m = decode(fixture("tweet_nested.json"));
    QCOMPARE(m.type, Type::NewTweet);
    const Tweet &t = m.tweet;
    QCOMPARE(t.shape, TweetShape::Nested);
    QCOMPARE(t.eventName(), QStringLiteral("tweet"));
    QCOMPARE(t.sourceKind, TweetSourceKind::Monitor);
    QCOMPARE(t.sourceId, QStringLiteral("550e8400-e29b-41d4-a716-446655440000"));
    QCOMPARE(t.sourceName, QString()); // the nested shape names no monitor
    QCOMPARE(t.sourceLabel(), t.sourceId);
    QCOMPARE(t.tweetId, QStringLiteral("1896527816543645987"));
    QCOMPARE(t.author, QStringLiteral("elonmusk"));
    QCOMPARE(t.authorName, QStringLiteral("Elon Musk"));
    QCOMPARE(t.text, QStringLiteral("The future is electric..."));
    QCOMPARE(t.publishedAtMs, utcMs(2026, 3, 3, 9, 59, 57));
    QCOMPARE(t.detectedAtMs, utcMs(2026, 3, 3, 9, 59, 58, 120));
    QCOMPARE(t.latencyMs, 1120);
    QCOMPARE(t.likeCount, 1520);
    QCOMPARE(t.retweetCount, 230);
    QCOMPARE(t.replyCount, 98);
}

void TestTweetsCodec::nestedTweetCarriesTheFieldsItself()
{
    // Only the nested object has id, author, text and time: still a whole tweet.
    const Message m = decode(R"({"type":"tweet","monitor_id":"m1","tweet":{"id":1896527816543645987,"text":"hi",)"
                             R"("username":"@naval","created_at":"Mon Mar 03 09:59:57 +0000 2026"}})");
    QCOMPARE(m.type, Type::NewTweet);
    QCOMPARE(m.tweet.tweetId, QStringLiteral("1896527816543645987"));
    QCOMPARE(m.tweet.author, QStringLiteral("naval"));
    QCOMPARE(m.tweet.text, QStringLiteral("hi"));
    QCOMPARE(m.tweet.publishedAtMs, utcMs(2026, 3, 3, 9, 59, 57));
    QCOMPARE(m.tweet.likeCount, -1);

    // The SDKs default the text to empty.
    const Message empty = decode(R"({"type":"tweet","monitor_id":"m1","tweet_id":"7","author_username":"a","tweet":{"id":"7"}})");
    QCOMPARE(empty.type, Type::NewTweet);
    QCOMPARE(empty.tweet.text, QString());
}

void TestTweetsCodec::nestedNameIsNotRequired()
{
    const Message m = decode(R"({"type":"tweet","monitor_id":"m1","tweet_id":"8","author_username":"a"})");
    QCOMPARE(m.type, Type::NewTweet);
    QCOMPARE(m.tweet.sourceKey(), QStringLiteral("monitor:m1"));
}

void TestTweetsCodec::sdkPing()
{
    const Message m = decode(fixture("ping.json"));
    QCOMPARE(m.type, Type::Ping);
    QCOMPARE(m.pingTimestamp, QStringLiteral("2026-03-04T12:00:30Z"));
    QCOMPARE(decode(encodePing(QStringLiteral("t"))).type, Type::Ping);
    QCOMPARE(encodePong(), QByteArray(R"({"type":"pong"})"));
    QCOMPARE(decode(R"({"type":"ping"})").type, Type::Ping); // the timestamp is optional
}

void TestTweetsCodec::sourceIsInferredFromIds()
{
    const Message rule = decode(R"({"type":"new_tweet","rule_id":"r9","rule_tag":"btc","tweet_id":"1","author_username":"a","tweet_text":"x"})");
    QCOMPARE(rule.type, Type::NewTweet);
    QCOMPARE(rule.tweet.sourceKind, TweetSourceKind::FilterRule);
    QCOMPARE(rule.tweet.sourceKey(), QStringLiteral("filter_rule:r9"));
    QCOMPARE(rule.tweet.sourceName, QStringLiteral("btc"));

    const Message detectedRule = decode(R"({"event":"tweet.detected","rule_id":"r9","tweet_id":"1","author_username":"a","tweet_text":"x"})");
    QCOMPARE(detectedRule.tweet.sourceKind, TweetSourceKind::FilterRule);

    // No source and no ids: kept, labelled "other" (never dropped for a missing field).
    const Message none = decode(R"({"type":"new_tweet","tweet_id":"1","author_username":"a","tweet_text":"x"})");
    QCOMPARE(none.type, Type::NewTweet);
    QCOMPARE(none.tweet.sourceKind, TweetSourceKind::Other);
    QCOMPARE(none.tweet.sourceType, QStringLiteral("other"));
}

void TestTweetsCodec::everyShapeAndVariantRoundTrips_data()
{
    QTest::addColumn<int>("shape");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("variant");
    const QList<QPair<const char *, TweetShape>> shapes{{"new_tweet", TweetShape::NewTweet},
                                                         {"tweet.detected", TweetShape::TweetDetected},
                                                         {"tweet", TweetShape::Nested}};
    for (const auto &[shapeName, shape] : shapes) {
        for (const char *variant : {"documented", "numbers", "strings", "sparse"}) {
            QTest::addRow("%s %s monitor", shapeName, variant) << int(shape) << int(TweetSourceKind::Monitor) << QString::fromLatin1(variant);
            QTest::addRow("%s %s rule", shapeName, variant) << int(shape) << int(TweetSourceKind::FilterRule) << QString::fromLatin1(variant);
        }
    }
}

void TestTweetsCodec::everyShapeAndVariantRoundTrips()
{
    QFETCH(int, shape);
    QFETCH(int, kind);
    QFETCH(QString, variant);
    WireVariant v;
    v.idsAsNumbers = variant == QLatin1String("numbers");
    v.numbersAsStrings = variant == QLatin1String("strings");
    v.omitOptional = variant == QLatin1String("sparse");
    Tweet t;
    t.sourceKind = TweetSourceKind(kind);
    t.sourceType = TweetSource::kindId(t.sourceKind);
    t.sourceId = QStringLiteral("src-1");
    t.sourceName = QStringLiteral("Source One");
    t.tweetId = QStringLiteral("1900000000000000001"); // beyond 2^53
    t.author = QStringLiteral("someone");
    t.text = QStringLiteral("a \"quoted\" & <b>text</b> 🚀");
    t.tweetType = QStringLiteral("reply");
    t.latencyMs = 640;
    t.detectedAtMs = utcMs(2026, 1, 2, 3, 4, 5, 600);
    t.publishedAtMs = utcMs(2026, 1, 2, 3, 4, 5);
    t.likeCount = 3;
    const QByteArray frame = encodeTweet(t, TweetShape(shape), v);
    const Message m = decode(frame);
    QVERIFY2(m.type == Type::NewTweet, frame.constData());
    QCOMPARE(int(m.tweet.shape), shape);
    QCOMPARE(m.tweet.sourceKind, t.sourceKind);
    QCOMPARE(m.tweet.sourceId, t.sourceId);
    QCOMPARE(m.tweet.tweetId, t.tweetId);
    QCOMPARE(m.tweet.author, t.author);
    QCOMPARE(m.tweet.text, t.text);
    if (v.idsAsNumbers)
        QVERIFY(frame.contains("\"tweet_id\":1900000000000000001"));
    if (v.omitOptional) {
        QCOMPARE(m.tweet.latencyMs, -1);
        QVERIFY(m.tweet.sourceName.isEmpty());
        return;
    }
    QCOMPARE(m.tweet.latencyMs, t.latencyMs);
    QCOMPARE(m.tweet.detectedAtMs, t.detectedAtMs);
    if (TweetShape(shape) != TweetShape::NewTweet)
        QCOMPARE(m.tweet.publishedAtMs, t.publishedAtMs);
    if (TweetShape(shape) == TweetShape::Nested)
        QCOMPARE(m.tweet.likeCount, 3);
    else
        QCOMPARE(m.tweet.sourceName, t.sourceName);
}

void TestTweetsCodec::twitterTimes()
{
    QCOMPARE(parseTwitterTimeMs(u"Mon Mar 03 09:59:57 +0000 2026"), utcMs(2026, 3, 3, 9, 59, 57));
    QCOMPARE(parseTwitterTimeMs(u"Tue Mar 03 11:59:57 +0200 2026"), utcMs(2026, 3, 3, 9, 59, 57));
    QCOMPARE(parseTwitterTimeMs(u"Mon Foo 03 09:59:57 +0000 2026"), -1);
    QCOMPARE(parseTwitterTimeMs(u"Mon Feb 30 09:59:57 +0000 2026"), -1);
    QCOMPARE(parseTwitterTimeMs(u"2026-03-03T09:59:57Z"), -1);
    QCOMPARE(parseTwitterTimeMs(u""), -1);
    const qint64 ms = utcMs(2026, 12, 1, 21, 5, 9);
    QCOMPARE(formatTwitterTime(ms), QStringLiteral("Tue Dec 01 21:05:09 +0000 2026"));
    QCOMPARE(parseTwitterTimeMs(formatTwitterTime(ms)), ms);
}

void TestTweetsCodec::htmlEntitiesBecomeCharacters()
{
    // Twitter's API sends & < > as entities; people read the characters (still plain text).
    const Message m = decode(R"({"type":"new_tweet","source":"monitor","monitor_id":"m","tweet_id":"1","author_username":"a",)"
                             R"("tweet_text":"BTC &gt; 100k &amp; ETH &lt; 5k; &amp;lt; stays &lt; once; &quot; untouched &"})");
    QCOMPARE(m.tweet.text, QStringLiteral("BTC > 100k & ETH < 5k; &lt; stays < once; &quot; untouched &"));
    const Message nested = decode(R"({"type":"tweet","monitor_id":"m","tweet_id":"1","author_username":"a","tweet":{"text":"a &amp; b"}})");
    QCOMPARE(nested.tweet.text, QStringLiteral("a & b"));
    QCOMPARE(escapeTwitterEntities(QStringLiteral("<b>&</b>")), QStringLiteral("&lt;b&gt;&amp;&lt;/b&gt;"));
    QCOMPARE(unescapeTwitterEntities(escapeTwitterEntities(QStringLiteral("&lt; <x> & &amp;"))), QStringLiteral("&lt; <x> & &amp;"));
}

void TestTweetsCodec::tweetIdAsJsonNumberKeepsEveryDigit()
{
    // 1234567890123456789 as a double is 1234567890123456768: the digits must come from the bytes.
    const Message m = decode(R"({"type":"new_tweet","source":"monitor","monitor_id":"m","tweet_id": 1234567890123456789,)"
                             R"("author_username":"a","tweet_text":"x"})");
    QCOMPARE(m.type, Type::NewTweet);
    QCOMPARE(m.tweet.tweetId, QStringLiteral("1234567890123456789"));

    // The same key nested elsewhere with another value must not be taken.
    const Message nested = decode(R"({"type":"new_tweet","quoted":{"tweet_id":5},"source":"monitor",)"
                                  R"("tweet_id":1234567890123456789,"author_username":"a","tweet_text":"x"})");
    QCOMPARE(nested.type, Type::NewTweet);
    QCOMPARE(nested.tweet.tweetId, QStringLiteral("1234567890123456789"));
}

void TestTweetsCodec::tweetIdLargerThanDoublePrecision()
{
    const QString id = QStringLiteral("18446744073709551615"); // 2^64 − 1
    const char *frame = R"({"type":"new_tweet","source":"filter_rule","rule_id":"r","rule_tag":"t",)"
                        R"("tweet_id":"%1","author_username":"a","tweet_text":"x"})";
    const Message m = decode(QString::fromUtf8(frame).arg(id).toUtf8());
    QCOMPARE(m.type, Type::NewTweet);
    QCOMPARE(m.tweet.tweetId, id);
}

void TestTweetsCodec::unknownTypeIsExplicit()
{
    const Message m = decode(R"({"type":"rule_updated","rule_id":"r"})");
    QCOMPARE(m.type, Type::Unknown);
    QCOMPARE(m.typeName, QStringLiteral("rule_updated"));
}

void TestTweetsCodec::unknownSourceKindIsKept()
{
    const Message m = decode(R"({"type":"new_tweet","source":"list","tweet_id":"7","author_username":"a","tweet_text":"x"})");
    QCOMPARE(m.type, Type::NewTweet);
    QCOMPARE(m.tweet.sourceKind, TweetSourceKind::Other);
    QCOMPARE(m.tweet.sourceLabel(), QStringLiteral("list"));
}

void TestTweetsCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("frame");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("hello");
    QTest::newRow("truncated") << QByteArray(R"({"type":"new_tweet","source":"mon)");
    QTest::newRow("array") << QByteArray(R"([{"type":"connected"}])");
    QTest::newRow("string") << QByteArray(R"("connected")");
    QTest::newRow("no type") << QByteArray(R"({"connection_id":"abc"})");
    QTest::newRow("numeric type") << QByteArray(R"({"type":3})");
    QTest::newRow("null type") << QByteArray(R"({"type":null})");
    QTest::newRow("tweet without id") << QByteArray(R"({"type":"new_tweet","source":"monitor","author_username":"a","tweet_text":"x"})");
    QTest::newRow("tweet id not digits") << QByteArray(R"({"type":"new_tweet","source":"monitor","tweet_id":"12ab","author_username":"a","tweet_text":"x"})");
    QTest::newRow("tweet id object") << QByteArray(R"({"type":"new_tweet","source":"monitor","tweet_id":{},"author_username":"a","tweet_text":"x"})");
    QTest::newRow("tweet id negative") << QByteArray(R"({"type":"new_tweet","source":"monitor","tweet_id":-5,"author_username":"a","tweet_text":"x"})");
    QTest::newRow("tweet id fraction") << QByteArray(R"({"type":"new_tweet","source":"monitor","tweet_id":1.5,"author_username":"a","tweet_text":"x"})");
    QTest::newRow("tweet id too long") << QByteArray(R"({"type":"new_tweet","source":"monitor","tweet_id":"123456789012345678901","author_username":"a","tweet_text":"x"})");
    QTest::newRow("detected without text") << QByteArray(R"({"event":"tweet.detected","monitor_id":"m","tweet_id":"1","author_username":"a"})");
    QTest::newRow("nested text number") << QByteArray(R"({"type":"tweet","monitor_id":"m","tweet_id":"1","author_username":"a","tweet":{"text":5}})");
    QTest::newRow("nested without id") << QByteArray(R"({"type":"tweet","monitor_id":"m","author_username":"a","tweet":{"text":"x"}})");
    QTest::newRow("event not text") << QByteArray(R"({"event":7,"tweet_id":"1"})");
    QTest::newRow("no author") << QByteArray(R"({"type":"new_tweet","source":"monitor","tweet_id":"1","tweet_text":"x"})");
    // Issue 15: "@" became an empty author, and "@@x" re-encoded as "@x" decoded as "x".
    QTest::newRow("author only @") << QByteArray("{\"type\":\"new_tweet\",\"source\":\"monitor\",\"tweet_id\":\"1\",\"author_username\":\"@\",\"tweet_text\":\"x\"}");
    QTest::newRow("author @@x") << QByteArray("{\"type\":\"new_tweet\",\"source\":\"monitor\",\"tweet_id\":\"1\",\"author_username\":\"@@x\",\"tweet_text\":\"x\"}");
    QTest::newRow("author a@b") << QByteArray("{\"type\":\"new_tweet\",\"source\":\"monitor\",\"tweet_id\":\"1\",\"author_username\":\"a@b\",\"tweet_text\":\"x\"}");
    QTest::newRow("nested username @") << QByteArray("{\"type\":\"tweet\",\"monitor_id\":\"m\",\"tweet\":{\"id\":\"1\",\"text\":\"x\",\"user\":{\"username\":\"@\"}}}");
    QTest::newRow("numeric text") << QByteArray(R"({"type":"new_tweet","source":"monitor","tweet_id":"1","author_username":"a","tweet_text":5})");
    QTest::newRow("error without code") << QByteArray(R"({"type":"error","message":"x"})");
    QTest::newRow("error code text") << QByteArray(R"({"type":"error","code":"bad"})");
    QTest::newRow("invalid utf8") << QByteArray("{\"type\":\"new_tweet\",\"source\":\"monitor\",\"tweet_id\":\"1\",\"author_username\":\"a\",\"tweet_text\":\"\xff\xfe\"");
}

void TestTweetsCodec::malformed()
{
    QFETCH(QByteArray, frame);
    const Message m = decode(frame);
    QCOMPARE(m.type, Type::Malformed);
    QVERIFY(!m.problem.isEmpty());
}

void TestTweetsCodec::optionalFieldsDefault()
{
    const Message m = decode(R"({"type":"new_tweet","source":"monitor","monitor_id":"m","tweet_id":"1","author_username":"@a",)"
                             R"("tweet_text":"","latency_ms":-4,"detected_at":"yesterday"})");
    QCOMPARE(m.type, Type::NewTweet);
    QCOMPARE(m.tweet.author, QStringLiteral("a"));
    QCOMPARE(m.tweet.text, QString());
    QCOMPARE(m.tweet.tweetType, QString());
    QCOMPARE(m.tweet.latencyMs, -1);
    QCOMPARE(m.tweet.detectedAtMs, -1);
    QCOMPARE(m.tweet.detectedAtText, QStringLiteral("yesterday"));

    const Message rounded = decode(R"({"type":"new_tweet","source":"monitor","tweet_id":"1","author_username":"a",)"
                                   R"("tweet_text":"x","latency_ms":850.6})");
    QCOMPARE(rounded.tweet.latencyMs, 851);
}

void TestTweetsCodec::markupTextIsKeptVerbatim()
{
    const char *markup = R"(<b>bold</b> <img src="http://evil.example/x.png"> <a href="http://x">x</a> & 日本語 العربية Привет 🚀)";
    const QString text = QString::fromUtf8(markup);
    Tweet t;
    t.sourceKind = TweetSourceKind::Monitor;
    t.sourceType = QStringLiteral("monitor");
    t.sourceId = QStringLiteral("m");
    t.tweetId = QStringLiteral("42");
    t.author = QStringLiteral("a");
    t.text = text;
    const Message m = decode(encodeTweet(t));
    QCOMPARE(m.type, Type::NewTweet);
    QCOMPARE(m.tweet.text, text);
}

void TestTweetsCodec::isoTimes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::newRow("seed") << QStringLiteral("2026-03-04T12:00:00Z") << utcMs(2026, 3, 4, 12, 0, 0);
    QTest::newRow("millis") << QStringLiteral("2026-03-04T12:00:00.123Z") << utcMs(2026, 3, 4, 12, 0, 0, 123);
    QTest::newRow("micros") << QStringLiteral("2026-03-04T12:00:00.123456Z") << utcMs(2026, 3, 4, 12, 0, 0, 123);
    QTest::newRow("offset") << QStringLiteral("2026-03-04T14:00:00+02:00") << utcMs(2026, 3, 4, 12, 0, 0);
    QTest::newRow("negative offset") << QStringLiteral("2026-03-04T07:30:00-0430") << utcMs(2026, 3, 4, 12, 0, 0);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T00:00:00Z") << utcMs(2028, 2, 29, 0, 0, 0);
    QTest::newRow("epoch") << QStringLiteral("1970-01-01T00:00:00Z") << qint64(0);
    QTest::newRow("feb 30") << QStringLiteral("2026-02-30T00:00:00Z") << qint64(-1);
    QTest::newRow("hour 24") << QStringLiteral("2026-03-04T24:00:00Z") << qint64(-1);
    QTest::newRow("garbage tail") << QStringLiteral("2026-03-04T12:00:00Zjunk") << qint64(-1);
    QTest::newRow("letters") << QStringLiteral("2026-0a-04T12:00:00Z") << qint64(-1);
    QTest::newRow("empty") << QString() << qint64(-1);
    QTest::newRow("word") << QStringLiteral("now") << qint64(-1);
}

void TestTweetsCodec::isoTimes()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QCOMPARE(parseIsoTimeMs(text), ms);
    if (ms > 0)
        QCOMPARE(parseIsoTimeMs(formatIsoTime(ms)), ms);
}

void TestTweetsCodec::linkIsEscaped()
{
    Tweet t;
    t.author = QStringLiteral("evil/../x?y=1#");
    t.tweetId = QStringLiteral("99");
    const QString link = t.link();
    QVERIFY(link.startsWith(QLatin1String("https://x.com/evil")));
    QVERIFY2(!link.mid(14).contains(QLatin1Char('?')) && !link.mid(14).contains(QLatin1Char('#')), qPrintable(link));
    QVERIFY(link.endsWith(QLatin1String("/status/99")));
}

void TestTweetsCodec::encodeRoundTrip()
{
    Tweet t;
    t.sourceKind = TweetSourceKind::FilterRule;
    t.sourceType = QStringLiteral("filter_rule");
    t.sourceId = QStringLiteral("rule-1");
    t.sourceName = QStringLiteral("eth");
    t.tweetId = QStringLiteral("1900000000000000001");
    t.author = QStringLiteral("vitalik");
    t.text = QStringLiteral("line one\nline \"two\"");
    t.tweetType = QStringLiteral("quote");
    t.latencyMs = 640;
    t.detectedAtMs = utcMs(2026, 1, 2, 3, 4, 5, 600);
    const Message m = decode(encodeTweet(t));
    QCOMPARE(m.type, Type::NewTweet);
    QCOMPARE(m.tweet.sourceKind, t.sourceKind);
    QCOMPARE(m.tweet.sourceName, t.sourceName);
    QCOMPARE(m.tweet.tweetId, t.tweetId);
    QCOMPARE(m.tweet.text, t.text);
    QCOMPARE(m.tweet.tweetType, t.tweetType);
    QCOMPARE(m.tweet.latencyMs, t.latencyMs);
    QCOMPARE(m.tweet.detectedAtMs, t.detectedAtMs);

    // An author given with its "@" comes back without it, and stays the same on every round.
    t.author = QStringLiteral("@vitalik");
    const Message once = decode(encodeTweet(t));
    QCOMPARE(once.type, Type::NewTweet);
    QCOMPARE(once.tweet.author, QStringLiteral("vitalik"));
    QCOMPARE(decode(encodeTweet(once.tweet)).tweet.author, QStringLiteral("vitalik"));

    QCOMPARE(decode(encodeError(4003, QStringLiteral("limit"))).error.code, 4003);
    QCOMPARE(decode(encodeConnected({QStringLiteral("c"), QStringLiteral("k")})).connected.apiKeyId, QStringLiteral("k"));
}

void TestTweetsCodec::mutatedFramesNeverCrash()
{
    // A small fuzz pass: truncations, flipped bytes and spliced garbage of the seed's frames
    // decode to some value, never a crash; a NewTweet always has a decimal id and an author.
    QRandomGenerator random(7);
    const QList<QByteArray> seeds{fixture("connected.json"),      fixture("monitor.json"),
                                  fixture("filter_rule.json"),    fixture("error.json"),
                                  fixture("tweet_detected.json"), fixture("tweet_nested.json"),
                                  fixture("ping.json"),           fixture("error_limit.json")};
    for (int i = 0; i < 20000; ++i) {
        QByteArray frame = seeds.at(i % seeds.size());
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits && !frame.isEmpty(); ++e) {
            const int at = int(random.bounded(frame.size()));
            switch (random.bounded(4)) {
            case 0: frame.truncate(at); break;
            case 1: frame[at] = char(random.bounded(256)); break;
            case 2: frame.insert(at, frame.mid(int(random.bounded(frame.size())), 8)); break;
            default: frame.remove(at, 1 + int(random.bounded(6))); break;
            }
        }
        const Message m = decode(frame);
        if (m.type == Type::NewTweet) {
            QVERIFY(!m.tweet.tweetId.isEmpty());
            QVERIFY(!m.tweet.author.isEmpty());
        }
        if (m.type == Type::Malformed)
            QVERIFY(!m.problem.isEmpty());
    }
}

void TestTweetsCodec::dedupeWindowDropsRepeats()
{
    TweetDedupeWindow window(16);
    Tweet a = decode(fixture("monitor.json")).tweet;
    Tweet b = decode(fixture("filter_rule.json")).tweet; // same tweet id, another source
    QVERIFY(!window.isDuplicate(a));
    QVERIFY(!window.isDuplicate(b));
    QVERIFY(window.isDuplicate(a));
    QVERIFY(window.isDuplicate(b));
    a.tweetId = QStringLiteral("1");
    QVERIFY(!window.isDuplicate(a));
}

void TestTweetsCodec::dedupeWindowIsBounded()
{
    TweetDedupeWindow window(100);
    Tweet t = decode(fixture("monitor.json")).tweet;
    for (int i = 0; i < 1000; ++i) {
        t.tweetId = QString::number(i);
        QVERIFY(!window.isDuplicate(t));
        QVERIFY(window.size() <= 100);
    }
    t.tweetId = QStringLiteral("999");
    QVERIFY(window.isDuplicate(t));   // inside the window
    t.tweetId = QStringLiteral("5");
    QVERIFY(!window.isDuplicate(t));  // forgotten: the window is bounded
    QCOMPARE(window.size(), 100);
}

void TestTweetsCodec::dedupePoolSharesPerKey()
{
    TweetDedupePool pool(64);
    const Tweet t = decode(fixture("monitor.json")).tweet;
    auto a = pool.windowFor(QStringLiteral("key-one"));
    auto b = pool.windowFor(QStringLiteral("key-one"));
    auto other = pool.windowFor(QStringLiteral("key-two"));
    QCOMPARE(a.get(), b.get());
    QVERIFY(a.get() != other.get());
    QCOMPARE(a->capacity(), 64);
    QVERIFY(!a->isDuplicate(t));
    QVERIFY(b->isDuplicate(t));       // the second profile with the key: shown once
    QVERIFY(!other->isDuplicate(t));  // another key is another stream
    QVERIFY(pool.windowFor(QString()).get() != pool.windowFor(QString()).get());
    QCOMPARE(pool.liveWindows(), 2);
    a.reset();
    b.reset();
    QCOMPARE(pool.liveWindows(), 1);  // nobody holds key-one's window any more
    QVERIFY(!pool.windowFor(QStringLiteral("key-one"))->isDuplicate(t));
}

void TestTweetsCodec::sourceLatencyAverages()
{
    SourceLatency s;
    Tweet t;
    t.latencyMs = 800;
    t.detectedAtMs = 1000;
    t.receivedAtMs = 2500;
    s.add(t);
    t.latencyMs = 1200;
    t.receivedAtMs = 1500;
    s.add(t);
    t.latencyMs = -1;
    t.detectedAtMs = -1;
    s.add(t);
    QCOMPARE(s.tweets, 3);
    QCOMPARE(s.providerAverageMs(), 1000.0);
    QCOMPARE(s.providerMaxMs, 1200);
    QCOMPARE(s.deliveryAverageMs(), 1000.0);
    QCOMPARE(s.deliveryMaxMs, 1500);
    QCOMPARE(s.deliveryLastMs, 500);
}

void TestTweetsCodec::defaultUrlIsTheDocumentedEndpoint()
{
    // reference/tweets.md: WS URL wss://scrapebadger.com/v1/twitter/stream (the seed's
    // ws://localhost:8000/... is a dev example, not a default).
    QCOMPARE(Provider::defaultUrl(Provider::Kind::Tweets).toString(QUrl::FullyEncoded),
             QStringLiteral("wss://scrapebadger.com/v1/twitter/stream"));
    QCOMPARE(Provider::defaultAuth(Provider::Kind::Tweets), Auth::Method::LowerApiKeyHeader);
}

QTEST_GUILESS_MAIN(TestTweetsCodec)
#include "tst_tweets_codec.moc"
