// The tweet stream REST codec without a network: the reference's and the SDK's own example
// bodies (tests/data/tweets/rest), the documented pricing tables at their borders, and the
// error bodies (FastAPI 422, 403 insufficient_scope, 429 with Retry-After or reset_at).

#include "providers/tweets/tweetsrest.h"
#include "providers/tweets/tweetsresterror.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <limits>

using namespace TweetsRest;

namespace {
QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(TW_TEST_DATA_DIR "/tweets/rest/") + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return f.readAll();
}
} // namespace

class TestTweetsRestCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ruleTiers_data();
    void ruleTiers();
    void monitorVolumePricing();
    void documentedRuleExample();
    void sdkMonitorListKeepsWhatItCannotRead();
    void sdkRuleListAndPricing();
    void validationCountOrSamples();
    void fastApi422PerField();
    void scope403();
    void retryAfterForms();
    void encodeDrafts();
};

void TestTweetsRestCodec::ruleTiers_data()
{
    QTest::addColumn<double>("interval");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<double>("credits");
    QTest::newRow("0.1 s") << 0.1 << "Turbo" << 30000.0;
    QTest::newRow("0.5 s") << 0.5 << "Turbo" << 30000.0;
    QTest::newRow("0.6 s") << 0.6 << "Fast" << 10000.0;
    QTest::newRow("5 s") << 5.0 << "Fast" << 10000.0;
    QTest::newRow("5.5 s") << 5.5 << "Standard" << 1500.0;
    QTest::newRow("60 s") << 60.0 << "Standard" << 1500.0;
    QTest::newRow("61 s") << 61.0 << "Relaxed" << 500.0;
    QTest::newRow("600 s") << 600.0 << "Relaxed" << 500.0;
    QTest::newRow("601 s") << 601.0 << "Daily" << 100.0;
    QTest::newRow("86400 s") << 86400.0 << "Daily" << 100.0;
    QTest::newRow("too fast") << 0.05 << "" << 0.0;
    QTest::newRow("too slow") << 86401.0 << "" << 0.0;
}

void TestTweetsRestCodec::ruleTiers()
{
    QFETCH(double, interval);
    QFETCH(QString, tier);
    QFETCH(double, credits);
    const PricingTier t = ruleTierFor(interval);
    QCOMPARE(t.label, tier);
    QCOMPARE(t.creditsPerRulePerDay, credits);
    // The server's own tier list gives the same answer.
    QList<PricingTier> served;
    QVERIFY(decodePricing(fixture("pricing_sdk.json"), served, nullptr));
    QCOMPARE(ruleTierFor(interval, served).creditsPerRulePerDay, credits);
}

void TestTweetsRestCodec::monitorVolumePricing()
{
    QCOMPARE(monitorCreditsPerDay(1), 1667.0);
    QCOMPARE(monitorCreditsPerDay(10), 16670.0);
    QCOMPARE(monitorCreditsPerDay(11), 11 * 1333.0);
    QCOMPARE(monitorCreditsPerDay(50), 50 * 1333.0);
    QCOMPARE(monitorCreditsPerDay(51), 51 * 1000.0);
    QCOMPARE(monitorCreditsPerDay(100), 100000.0);
    QCOMPARE(monitorCreditsPerDay(101), 101 * 833.0);
    QCOMPARE(monitorCreditsPerDay(0), 0.0);
    StreamMonitor m;
    m.usernames = {QStringLiteral("a"), QStringLiteral("b")};
    QCOMPARE(estimatedCredits(m), 3334.0);    // computed when the server sent nothing
    m.estimatedCreditsPerDay = 999;
    QCOMPARE(estimatedCredits(m), 999.0);     // the server's figure wins
}

void TestTweetsRestCodec::documentedRuleExample()
{
    FilterRule r;
    QVERIFY(decodeRule(QJsonDocument::fromJson(fixture("rule_get_documented.json")).object(), r));
    QCOMPARE(r.tag, QStringLiteral("AI news tracker"));
    QCOMPARE(r.intervalSeconds, 60.0);
    QCOMPARE(r.maxResultsPerPoll, 20);
    QCOMPARE(r.status, Status::Active);
    QCOMPARE(r.pricingTier, QStringLiteral("1-minute")); // the server's label, shown as sent
    QCOMPARE(r.creditsPerRulePerDay, 123.0);              // and its figure, not the table's
    QVERIFY(r.webhookSecretSet);
    QVERIFY(r.unknownFields.isEmpty());
    QVERIFY(r.problems.isEmpty());
}

void TestTweetsRestCodec::sdkMonitorListKeepsWhatItCannotRead()
{
    QList<StreamMonitor> list;
    PageInfo page;
    QString problem;
    QVERIFY(decodeMonitorList(fixture("monitor_list_sdk.json"), list, page, &problem));
    QCOMPARE(list.size(), 2);
    QCOMPARE(page.skipped, 1); // the item without an id is counted, not silently dropped
    QCOMPARE(page.total, 3);
    QCOMPARE(page.pageSize, 20);
    const StreamMonitor &sdk = list.at(0);
    QCOMPARE(sdk.status, Status::Error);
    QCOMPARE(sdk.statusReason, QStringLiteral("scraper unavailable"));
    QCOMPARE(sdk.estimatedCreditsPerDay, 138.9 * 24); // hourly figure, per day
    QCOMPARE(sdk.pricingTier, QStringLiteral("High"));
    QVERIFY(sdk.unknownFields.isEmpty());
    const StreamMonitor &macro = list.at(1);
    QCOMPARE(macro.status, Status::Suspended);
    QCOMPARE(macro.statusReason, QStringLiteral("insufficient_credits"));
    QCOMPARE(macro.filterTypes, (QStringList{QStringLiteral("original"), QStringLiteral("quote")}));

    StreamMonitor odd;
    QVERIFY(decodeMonitor(QJsonObject{{QStringLiteral("id"), 42},
                                      {QStringLiteral("name"), QStringLiteral("x")},
                                      {QStringLiteral("status"), QStringLiteral("Hibernating")},
                                      {QStringLiteral("estimated_credits_per_day"), QStringLiteral("lots")},
                                      {QStringLiteral("colour"), QStringLiteral("teal")}}, odd));
    QCOMPARE(odd.id, QStringLiteral("42"));
    QCOMPARE(odd.status, Status::Unknown);
    QCOMPARE(odd.statusText, QStringLiteral("Hibernating"));
    QCOMPARE(odd.problems, QStringList{QStringLiteral("estimated_credits_per_day")});
    QCOMPARE(odd.unknownFields, QStringList{QStringLiteral("colour")});

    QVERIFY(!decodeMonitorList("{\"nothing\":1}", list, page, &problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(decodeMonitorList("[{\"id\":\"m\",\"name\":\"bare array\"}]", list, page, &problem));
    QCOMPARE(list.size(), 1);
}

void TestTweetsRestCodec::sdkRuleListAndPricing()
{
    QList<FilterRule> rules;
    PageInfo page;
    QVERIFY(decodeRuleList(fixture("rule_list_sdk.json"), rules, page, nullptr));
    QCOMPARE(rules.size(), 1);
    QCOMPARE(rules.first().status, Status::Inactive);
    QCOMPARE(rules.first().maxResultsPerPoll, 10);
    QCOMPARE(page.limit, 20);
    QCOMPARE(page.offset, 0);
    QList<PricingTier> tiers;
    QVERIFY(decodePricing(fixture("pricing_sdk.json"), tiers, nullptr));
    QCOMPARE(tiers.size(), 5);
    QCOMPARE(tiers.at(2).label, QStringLiteral("Standard"));
    QCOMPARE(tiers.at(2).creditsPerRulePerDay, 1500.0);
}

void TestTweetsRestCodec::validationCountOrSamples()
{
    RuleValidation v;
    QVERIFY(decodeValidation(fixture("validation_sdk.json"), v, nullptr));
    QVERIFY(v.valid);
    QCOMPARE(v.sampleCount, 12);
    QVERIFY(v.samples.isEmpty());
    QVERIFY(decodeValidation(R"({"valid":true,"sample_results":[{"id":"1","text":"hi","user":{"username":"ann"}},{"tweet_id":"2","tweet_text":"yo","author_username":"bob"}]})", v, nullptr));
    QCOMPARE(v.sampleCount, 2);
    QCOMPARE(v.samples.at(0).author, QStringLiteral("ann"));
    QCOMPARE(v.samples.at(1).text, QStringLiteral("yo"));
    QVERIFY(decodeValidation(R"({"valid":false,"error":"Unbalanced quotes","sample_results":0})", v, nullptr));
    QVERIFY(!v.valid);
    QCOMPARE(v.error, QStringLiteral("Unbalanced quotes"));
    // Issue 15: a count beyond int (1e300) is no count, rather than an undefined conversion.
    QVERIFY(decodeValidation("{\"valid\":true,\"sample_results\":1e300}", v, nullptr));
    QCOMPARE(v.sampleCount, -1);
    QVERIFY(decodeValidation("{\"valid\":true,\"sample_results\":[{\"id\":\"1\",\"text\":\"a\"}],\"sample_count\":-1e19}", v, nullptr));
    QCOMPARE(v.sampleCount, 1);
    QVERIFY(decodeValidation("{\"valid\":true,\"sample_count\":\"2147483647\"}", v, nullptr));
    QCOMPARE(v.sampleCount, 2147483647);
    QVERIFY(decodeValidation("{\"valid\":true,\"sample_count\":2147483648}", v, nullptr));
    QCOMPARE(v.sampleCount, -1);
    QString problem;
    QVERIFY(!decodeValidation("{}", v, &problem));
    QVERIFY(!problem.isEmpty());
}

void TestTweetsRestCodec::fastApi422PerField()
{
    const RestError e = errorFromResponse(422, fixture("error_422_fastapi.json"), {}, QStringLiteral("filter rule"));
    QCOMPARE(e.kind, RestError::Kind::Validation);
    QCOMPARE(e.fieldErrors.size(), 2);
    QCOMPARE(e.fieldErrors.value(QStringLiteral("interval_seconds")), QStringLiteral("Input should be greater than or equal to 0.1"));
    QVERIFY(e.fieldErrors.contains(QStringLiteral("tag")));
    QVERIFY(e.message.contains(fieldLabel(QStringLiteral("interval_seconds"))));
    const RestError other = errorFromResponse(422, R"({"errors":{"name":["is taken","is too long"]}})", {}, QStringLiteral("monitor"));
    QCOMPARE(other.fieldErrors.value(QStringLiteral("name")), QStringLiteral("is taken is too long"));
    const RestError plain = errorFromResponse(422, R"({"detail":"Query is not valid"})", {}, QStringLiteral("filter rule"));
    QVERIFY(plain.fieldErrors.isEmpty());
    QVERIFY(plain.message.contains(QLatin1String("Query is not valid")));
}

void TestTweetsRestCodec::scope403()
{
    const RestError e = errorFromResponse(403, fixture("error_403_scope.json"), {}, QStringLiteral("monitor"));
    QCOMPARE(e.kind, RestError::Kind::Scope);
    QCOMPARE(e.requiredScope, QStringLiteral("streams:write"));
    QCOMPARE(e.allowedScopes.size(), 2);
    QVERIFY(e.message.contains(QLatin1String("streams:write")));
    QVERIFY(!e.message.contains(QLatin1String("The server said"))); // "insufficient_scope" is not a sentence
}

void TestTweetsRestCodec::retryAfterForms()
{
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-04T12:00:00Z"), Qt::ISODate);
    QCOMPARE(errorFromResponse(429, {}, "12", {}, now).retryAfterSeconds, 12);
    QCOMPARE(errorFromResponse(429, {}, "Wed, 04 Mar 2026 12:00:30 GMT", {}, now).retryAfterSeconds, 30);
    QCOMPARE(errorFromResponse(429, fixture("error_429.json"), {}, {}, now).retryAfterSeconds, 60);
    // Issue 15: seconds beyond int (1e300) are capped, not converted out of range.
    QCOMPARE(errorFromResponse(429, {}, "1e300", {}, now).retryAfterSeconds, std::numeric_limits<int>::max());
    QCOMPARE(errorFromResponse(429, "{\"retry_after\":1e300}", {}, {}, now).retryAfterSeconds, std::numeric_limits<int>::max());
    QCOMPARE(errorFromResponse(429, "{\"reset_at\":1e300}", {}, {}, now).retryAfterSeconds, std::numeric_limits<int>::max());
    const RestError none = errorFromResponse(429, {}, {}, {}, now);
    QCOMPARE(none.retryAfterSeconds, -1);
    QVERIFY(!none.message.isEmpty());
    QCOMPARE(errorFromResponse(402, {}, {}, {}, now).kind, RestError::Kind::NoCredits);
    QCOMPARE(errorFromResponse(409, R"({"detail":"exists"})", {}, QStringLiteral("monitor"), now).serverMessage, QStringLiteral("exists"));
    QCOMPARE(errorFromResponse(502, "<html>bad gateway</html>", {}, {}, now).kind, RestError::Kind::Server);
}

void TestTweetsRestCodec::encodeDrafts()
{
    MonitorDraft m;
    m.name = QStringLiteral("  Team ");
    m.usernames = {QStringLiteral("@ann "), QStringLiteral(""), QStringLiteral("bob")};
    QJsonObject o = encodeMonitor(m);
    QCOMPARE(o.value(QLatin1String("name")).toString(), QStringLiteral("Team"));
    QCOMPARE(o.value(QLatin1String("usernames")).toArray().size(), 2);
    QCOMPARE(o.value(QLatin1String("usernames")).toArray().at(0).toString(), QStringLiteral("ann"));
    QVERIFY(o.value(QLatin1String("filter_types")).isNull()); // all types
    QVERIFY(!o.contains(QLatin1String("webhook_url")));
    RuleDraft r;
    r.tag = QStringLiteral("t");
    r.query = QStringLiteral("q");
    r.intervalSeconds = 0.5;
    o = encodeRule(r);
    QCOMPARE(o.value(QLatin1String("interval_seconds")).toDouble(), 0.5);
    QCOMPARE(o.value(QLatin1String("max_results_per_poll")).toInt(), 20);
}

QTEST_GUILESS_MAIN(TestTweetsRestCodec)
#include "tst_tweets_restcodec.moc"
