// Qt Quick tests of the Tweets page and its components. The workspace's models are filled
// with tweets whose text looks like markup before the tests run.

#include "app/tweets/tweetsworkspace.h"
#include "qml/quicktestsupport.h"

#include <QDateTime>

namespace {

Tweet tweet(int n, const QString &text, TweetSourceKind kind)
{
    Tweet t;
    t.sourceKind = kind;
    t.sourceType = TweetSource::kindId(kind);
    t.sourceId = kind == TweetSourceKind::Monitor ? QStringLiteral("mon-1") : QStringLiteral("rule-1");
    t.sourceName = kind == TweetSourceKind::Monitor ? QStringLiteral("Tech Leaders") : QStringLiteral("bitcoin-mentions");
    t.tweetId = QString::number(1900000000000000000LL + n);
    t.author = QStringLiteral("mallory");
    t.text = text;
    t.tweetType = QStringLiteral("original");
    t.latencyMs = 850;
    t.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    t.detectedAtMs = t.receivedAtMs - 40;
    t.raw = R"({"type":"new_tweet"})";
    return t;
}

class TweetsQmlSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *) override
    {
        const char *markup = R"(<b>bold</b> <img src="file:///nonexistent/tidewatch-test.png"> <a href="https://evil.example">click</a>)";
        TweetBatch batch;
        batch << tweet(1, QStringLiteral("plain first tweet"), TweetSourceKind::Monitor)
              << tweet(2, QString::fromUtf8(markup), TweetSourceKind::FilterRule);
        TweetsWorkspace *w = TweetsWorkspace::instance();
        w->allTweets()->addBatch(batch);
        w->allTweets()->flushIncoming();
        w->sources()->addBatch(batch);
        w->latency()->addBatch(batch);
    }
};

} // namespace

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_tweets_qml, "qml/tweets", TweetsQmlSetup)

#include "tst_tweets_qml.moc"
