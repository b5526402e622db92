// tidewatch-cli tweets as a real process against the tweet simulator in this test: data
// events carry the tweet (id as a string), error events carry the code, exit 3 on 4001,
// exit 4 on 4003, and the key never reaches the output.

#include "cliprocess.h"
#include "providers/tweets/tweetsclient.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetssim.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <memory>
#include <vector>

namespace {

const QString Key = QStringLiteral("tw-cli-key-5d1c9e");

using Run = CliRun;

} // namespace

class TestTweetsCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void printsTweetsAsDataEvents_data();
    void printsTweetsAsDataEvents();
    void printsEveryDocumentedShape_data();
    void printsEveryDocumentedShape();
    void invalidKeyExitsWith3();
    void connectionLimitExitsWith4();
    void unknownAuthIsAUsageError();

private:
    Run runCli(const QStringList &arguments, const QString &key);
    QString url() const { return QStringLiteral("ws://127.0.0.1:%1/v1/twitter/stream").arg(m_server->port()); }

    SimServer *m_server = nullptr;
    TweetsSimHandler *m_sim = nullptr;
};

void TestTweetsCli::initTestCase()
{
    QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath() + QStringLiteral(" is not built")));
}

void TestTweetsCli::init()
{
    SimConfig config;
    config.acceptedKeys = {Key};
    config.clockFactor = 50; // plenty of tweets quickly
    m_server = new SimServer(config, this);
    m_sim = new TweetsSimHandler(m_server);
    m_server->addHandler(m_sim);
    QVERIFY(m_server->listen());
}

void TestTweetsCli::cleanup()
{
    delete m_server;
    m_server = nullptr;
}

Run TestTweetsCli::runCli(const QStringList &arguments, const QString &key)
{
    return runCliProcess(QStringList{QStringLiteral("tweets")} + arguments, key);
}

void TestTweetsCli::printsTweetsAsDataEvents_data()
{
    QTest::addColumn<QString>("auth");
    QTest::newRow("x-api-key header") << QStringLiteral("header");
    QTest::newRow("api_key query") << QStringLiteral("query");
}

void TestTweetsCli::printsTweetsAsDataEvents()
{
    QFETCH(QString, auth);
    const Run run = runCli({QStringLiteral("--url"), url(), QStringLiteral("--auth"), auth, QStringLiteral("--count"),
                            QStringLiteral("5")},
                           Key);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    const QList<QJsonObject> data = run.eventsOfKind(QStringLiteral("data"));
    QCOMPARE(data.size(), 5);
    for (const QJsonObject &event : data) {
        const QJsonObject tweet = event.value(QStringLiteral("data")).toObject();
        QVERIFY(tweet.value(QStringLiteral("tweet_id")).isString());
        QVERIFY(tweet.value(QStringLiteral("tweet_id")).toString().size() >= 18);
        QVERIFY(!tweet.value(QStringLiteral("author_username")).toString().isEmpty());
        QVERIFY(tweet.value(QStringLiteral("tweet_text")).isString());
        const QString source = tweet.value(QStringLiteral("source")).toString();
        QVERIFY(source == QLatin1String("monitor") || source == QLatin1String("filter_rule"));
        QVERIFY(tweet.contains(source == QLatin1String("monitor") ? QStringLiteral("monitor_name") : QStringLiteral("rule_tag")));
        QVERIFY(tweet.value(QStringLiteral("latency_ms")).toDouble() > 0);
        QVERIFY(tweet.contains(QStringLiteral("delivery_ms")));
        QVERIFY(tweet.value(QStringLiteral("link")).toString().startsWith(QLatin1String("https://x.com/")));
    }
    QCOMPARE(run.eventsOfKind(QStringLiteral("connected")).size(), 1);
    QVERIFY(!run.out.contains(Key.toUtf8()));
    QVERIFY(!run.err.contains(Key.toUtf8()));
}

void TestTweetsCli::printsEveryDocumentedShape_data()
{
    QTest::addColumn<QString>("shape");
    QTest::newRow("new_tweet") << QStringLiteral("new_tweet");
    QTest::newRow("tweet.detected") << QStringLiteral("tweet.detected");
    QTest::newRow("nested tweet") << QStringLiteral("tweet");
}

void TestTweetsCli::printsEveryDocumentedShape()
{
    QFETCH(QString, shape);
    // A server that sends monitor tweets in this one shape (filter-rule tweets are always
    // new_tweet, the only shape documented with rule fields); many of them, quickly.
    delete m_server;
    SimConfig config;
    config.acceptedKeys = {Key};
    config.clockFactor = 400;
    config.options.insert(QStringLiteral("tweets.shape"), shape);
    m_server = new SimServer(config, this);
    m_sim = new TweetsSimHandler(m_server);
    m_server->addHandler(m_sim);
    QVERIFY(m_server->listen());

    const Run run = runCli({QStringLiteral("--url"), url(), QStringLiteral("--count"), QStringLiteral("60")}, Key);
    QVERIFY2(run.finished && run.exitCode == 0, qPrintable(run.describe()));
    const QList<QJsonObject> data = run.eventsOfKind(QStringLiteral("data"));
    QCOMPARE(data.size(), 60);
    int inShape = 0;
    for (const QJsonObject &event : data) {
        const QJsonObject tweet = event.value(QStringLiteral("data")).toObject();
        const QString source = tweet.value(QStringLiteral("source")).toString();
        const QString name = tweet.value(QStringLiteral("event")).toString();
        QVERIFY2(tweet.value(QStringLiteral("tweet_id")).toString().size() >= 18, qPrintable(run.describe()));
        QVERIFY(!tweet.value(QStringLiteral("author_username")).toString().isEmpty());
        QVERIFY(!tweet.value(QStringLiteral("tweet_text")).toString().isEmpty());
        QVERIFY(tweet.value(QStringLiteral("link")).toString().startsWith(QLatin1String("https://x.com/")));
        if (source == QLatin1String("filter_rule")) {
            QCOMPARE(name, QStringLiteral("new_tweet"));
            QVERIFY(!tweet.value(QStringLiteral("rule_tag")).toString().isEmpty());
            continue;
        }
        QCOMPARE(source, QStringLiteral("monitor"));
        QCOMPARE(name, shape);
        ++inShape;
        QVERIFY(!tweet.value(QStringLiteral("monitor_id")).toString().isEmpty());
        if (shape != QLatin1String("new_tweet"))
            QVERIFY(tweet.value(QStringLiteral("tweet_published_at")).toString().endsWith(QLatin1Char('Z')));
        if (shape == QLatin1String("tweet.detected")) {
            QVERIFY(!tweet.value(QStringLiteral("monitor_name")).toString().isEmpty());
            QCOMPARE(tweet.value(QStringLiteral("tweet_url")).toString(), tweet.value(QStringLiteral("link")).toString());
        }
        if (shape == QLatin1String("tweet"))
            QVERIFY(tweet.value(QStringLiteral("favorite_count")).toDouble() >= 0);
    }
    QVERIFY2(inShape > 0, qPrintable(run.describe()));
}

void TestTweetsCli::invalidKeyExitsWith3()
{
    const Run run = runCli({QStringLiteral("--url"), url()}, QStringLiteral("wrong-key-0000"));
    QVERIFY2(run.finished && run.exitCode == 3, qPrintable(run.describe()));
    const QList<QJsonObject> errors = run.eventsOfKind(QStringLiteral("error"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().value(QStringLiteral("code")).toInt(), 4001);
    QVERIFY(errors.constFirst().value(QStringLiteral("message")).toString().contains(QLatin1String("not retrying")));
    QCOMPARE(m_sim->rejectedKeys(), 1);
    QVERIFY(!run.out.contains("wrong-key-0000"));
    QVERIFY(!run.err.contains("wrong-key-0000"));
}

void TestTweetsCli::connectionLimitExitsWith4()
{
    // This test process holds the key's five connections; the CLI is the sixth.
    std::vector<std::unique_ptr<TweetsClient>> held;
    for (int i = 0; i < 5; ++i) {
        ConnectionConfig c;
        c.url = QUrl(url());
        c.auth = Auth::Method::LowerApiKeyHeader;
        c.key = Key;
        auto *connection = new Connection(c);
        held.push_back(std::make_unique<TweetsClient>(connection));
        connection->setParent(held.back().get());
        QSignalSpy session(held.back().get(), &TweetsClient::sessionStarted);
        held.back()->open();
        QVERIFY(session.wait(5000));
    }
    const Run run = runCli({QStringLiteral("--url"), url()}, Key);
    QVERIFY2(run.finished && run.exitCode == 4, qPrintable(run.describe()));
    const QList<QJsonObject> errors = run.eventsOfKind(QStringLiteral("error"));
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.constFirst().value(QStringLiteral("code")).toInt(), 4003);
    QCOMPARE(m_sim->rejectedOverLimit(), 1);
}

void TestTweetsCli::unknownAuthIsAUsageError()
{
    const Run run = runCli({QStringLiteral("--url"), url(), QStringLiteral("--auth"), QStringLiteral("bearer")}, Key);
    QVERIFY2(run.finished && run.exitCode == 2, qPrintable(run.describe()));
}

QTEST_GUILESS_MAIN(TestTweetsCli)
#include "tst_tweets_cli.moc"
