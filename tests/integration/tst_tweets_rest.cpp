// The tweet stream's REST client (monitors, filter rules, validate, pricing) against the
// simulator over real loopback HTTP: every operation, pagination, every documented error status
// (401, 402, 403, 404, 409, 422 per field, 429 with Retry-After, 5xx), the wire variants, and the
// stream following the monitors and rules that exist.

#include "core/profile.h"
#include "providers/tweets/tweetsrestclient.h"
#include "sim/simserver.h"
#include "sim/tweets/tweetsrestsim.h"
#include "sim/tweets/tweetssim.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <memory>

using namespace TweetsRest;

namespace {
const QString GoodKey = QStringLiteral("tweets-rest-key-1");

MonitorDraft monitorDraft(const QString &name, QStringList usernames = {QStringLiteral("naval"), QStringLiteral("paulg")})
{
    MonitorDraft d;
    d.name = name;
    d.usernames = std::move(usernames);
    return d;
}

RuleDraft ruleDraft(const QString &tag, double interval = 60, const QString &query = QStringLiteral("#python lang:en -is:retweet"))
{
    RuleDraft d;
    d.tag = tag;
    d.query = query;
    d.intervalSeconds = interval;
    d.maxResultsPerPoll = 25;
    return d;
}
} // namespace

class TestTweetsRest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void monitorLifecycle();
    void ruleLifecycle();
    void validateReturnsSamplesOrTheError();
    void pricingMatchesTheDocumentedTable();
    void monitorPagination();
    void rulePagination();
    void duplicateNameIs409();
    void validationErrorsPerField422();
    void noCredits402SuspendsAndRefuses();
    void insufficientScope403();
    void rateLimited429WithRetryAfter();
    void badKey401AndKeyOnlyInTheHeader();
    void notFound404AndServerError5xx();
    void unreachableServerIsANetworkError();
    void realServerVariantsAreRead();
    void streamFollowsMonitorsAndRules();
    void theDemoSimulatorServesTheRestApi();

private:
    void startServer(const QVariantMap &options = {});
    /// Waits for the reply and returns it (kept by the client until cleanup).
    TweetsRestReply *wait(TweetsRestReply *reply);

    SimServer *m_server = nullptr;
    TweetsSimHandler *m_sim = nullptr;
    std::unique_ptr<TweetsRestClient> m_client;
};

void TestTweetsRest::startServer(const QVariantMap &options)
{
    SimConfig config;
    config.acceptedKeys = {GoodKey};
    config.options = options;
    config.options.insert(QStringLiteral("tweets.rate"), 0); // the tests generate tweets themselves
    m_server = new SimServer(config, this);
    m_sim = new TweetsSimHandler(m_server);
    m_server->addHandler(m_sim);
    QVERIFY(m_server->listen());
    QUrl stream = m_server->baseUrl();
    stream.setPath(QStringLiteral("/v1/twitter/stream"));
    m_client = std::make_unique<TweetsRestClient>(TweetsRestClient::restBaseFor(stream), GoodKey);
    m_client->setTimeoutMs(5000);
}

void TestTweetsRest::init()
{
    startServer();
}

void TestTweetsRest::cleanup()
{
    m_client.reset();
    delete m_server;
    m_server = nullptr;
}

TweetsRestReply *TestTweetsRest::wait(TweetsRestReply *reply)
{
    if (!reply->isFinished()) {
        QSignalSpy spy(reply, &TweetsRestReply::finished);
        if (!spy.wait(5000))
            qWarning("reply did not finish");
    }
    return reply;
}

void TestTweetsRest::monitorLifecycle()
{
    QCOMPARE(TweetsRestClient::restBaseFor(QUrl(QStringLiteral("wss://scrapebadger.com/v1/twitter/stream"))),
             QUrl(QStringLiteral("https://scrapebadger.com")));

    MonitorDraft draft = monitorDraft(QStringLiteral("Founders"), {QStringLiteral("@naval"), QStringLiteral("paulg")});
    draft.filterTypes = {QStringLiteral("original"), QStringLiteral("quote")};
    auto *created = wait(m_client->createMonitor(draft));
    QVERIFY2(created->ok(), qPrintable(created->error().message));
    const StreamMonitor m = created->monitor;
    QVERIFY(!m.id.isEmpty());
    QCOMPARE(m.name, QStringLiteral("Founders"));
    QCOMPARE(m.usernames, (QStringList{QStringLiteral("naval"), QStringLiteral("paulg")})); // @ stripped
    QCOMPARE(m.filterTypes, draft.filterTypes);
    QCOMPARE(m.status, Status::Active);
    QCOMPARE(m.creditsPerAccountPerDay, 1667.0);
    QCOMPARE(m.estimatedCreditsPerDay, 2 * 1667.0);
    QVERIFY(m.unknownFields.isEmpty());
    QVERIFY(m.problems.isEmpty());

    auto *got = wait(m_client->getMonitor(m.id));
    QVERIFY(got->ok());
    QCOMPARE(got->monitor.name, m.name);

    auto *edited = wait(m_client->updateMonitor(m.id, encodeMonitor(monitorDraft(QStringLiteral("Founders 2"),
        {QStringLiteral("naval"), QStringLiteral("paulg"), QStringLiteral("sama")}))));
    QVERIFY2(edited->ok(), qPrintable(edited->error().message));
    QCOMPARE(edited->monitor.name, QStringLiteral("Founders 2"));
    QCOMPARE(edited->monitor.usernames.size(), 3);
    QCOMPARE(edited->monitor.estimatedCreditsPerDay, 3 * 1667.0);
    QVERIFY(edited->monitor.filterTypes.isEmpty()); // null = all

    auto *paused = wait(m_client->setMonitorPaused(m.id, true));
    QVERIFY(paused->ok());
    QCOMPARE(paused->monitor.status, Status::Paused);
    auto *resumed = wait(m_client->setMonitorPaused(m.id, false));
    QVERIFY(resumed->ok());
    QCOMPARE(resumed->monitor.status, Status::Active);

    auto *list = wait(m_client->listAllMonitors());
    QVERIFY(list->ok());
    QCOMPARE(list->total, 5); // four seeded + ours
    QVERIFY(std::any_of(list->monitors.cbegin(), list->monitors.cend(), [&m](const StreamMonitor &x) { return x.id == m.id; }));
    // The seeded suspended monitor says why.
    const auto suspended = std::find_if(list->monitors.cbegin(), list->monitors.cend(),
                                        [](const StreamMonitor &x) { return x.status == Status::Suspended; });
    QVERIFY(suspended != list->monitors.cend());
    QCOMPARE(suspended->statusReason, QStringLiteral("insufficient_credits"));

    auto *filtered = wait(m_client->listMonitors(1, 100, QStringLiteral("suspended")));
    QVERIFY(filtered->ok());
    QCOMPARE(filtered->monitors.size(), 1);

    auto *deleted = wait(m_client->deleteMonitor(m.id));
    QVERIFY2(deleted->ok(), qPrintable(deleted->error().message));
    auto *gone = wait(m_client->getMonitor(m.id));
    QCOMPARE(gone->error().kind, RestError::Kind::NotFound);
    QCOMPARE(gone->error().httpStatus, 404);
}

void TestTweetsRest::ruleLifecycle()
{
    auto *created = wait(m_client->createRule(ruleDraft(QStringLiteral("python"), 5)));
    QVERIFY2(created->ok(), qPrintable(created->error().message));
    const FilterRule r = created->rule;
    QCOMPARE(r.tag, QStringLiteral("python"));
    QCOMPARE(r.intervalSeconds, 5.0);
    QCOMPARE(r.maxResultsPerPoll, 25);
    QCOMPARE(r.status, Status::Active);
    QCOMPARE(r.pricingTier, QStringLiteral("Fast"));
    QCOMPARE(r.creditsPerRulePerDay, 10000.0);

    auto *got = wait(m_client->getRule(r.id));
    QVERIFY(got->ok());
    QCOMPARE(got->rule.query, r.query);

    auto *edited = wait(m_client->updateRule(r.id, {{QStringLiteral("interval_seconds"), 600}, {QStringLiteral("tag"), QStringLiteral("py")}}));
    QVERIFY2(edited->ok(), qPrintable(edited->error().message));
    QCOMPARE(edited->rule.tag, QStringLiteral("py"));
    QCOMPARE(edited->rule.pricingTier, QStringLiteral("Relaxed"));
    QCOMPARE(edited->rule.creditsPerRulePerDay, 500.0);

    QCOMPARE(wait(m_client->setRulePaused(r.id, true))->rule.status, Status::Paused);
    QCOMPARE(wait(m_client->setRulePaused(r.id, false))->rule.status, Status::Active);

    auto *list = wait(m_client->listAllRules());
    QVERIFY(list->ok());
    QCOMPARE(list->total, 5); // four seeded + ours
    QVERIFY(std::any_of(list->rules.cbegin(), list->rules.cend(), [](const FilterRule &x) { return x.status == Status::Paused; }));

    QVERIFY(wait(m_client->deleteRule(r.id))->ok());
    QCOMPARE(wait(m_client->getRule(r.id))->error().kind, RestError::Kind::NotFound);
    QCOMPARE(wait(m_client->deleteRule(r.id))->error().httpStatus, 404);
}

void TestTweetsRest::validateReturnsSamplesOrTheError()
{
    auto *ok = wait(m_client->validateQuery(QStringLiteral("from:elonmusk has:media")));
    QVERIFY(ok->ok());
    QVERIFY(ok->validation.valid);
    QVERIFY(ok->validation.sampleCount > 0);
    QVERIFY(ok->validation.error.isEmpty());

    auto *bad = wait(m_client->validateQuery(QStringLiteral("(bitcoin OR")));
    QVERIFY(bad->ok()); // a 200 answer that says "invalid"
    QVERIFY(!bad->validation.valid);
    QVERIFY(!bad->validation.error.isEmpty());

    auto *unknown = wait(m_client->validateQuery(QStringLiteral("frmo:elonmusk")));
    QVERIFY(!unknown->validation.valid);
    QVERIFY(unknown->validation.error.contains(QLatin1String("frmo")));
}

void TestTweetsRest::pricingMatchesTheDocumentedTable()
{
    auto *reply = wait(m_client->pricing());
    QVERIFY2(reply->ok(), qPrintable(reply->error().message));
    QCOMPARE(reply->tiers.size(), documentedRuleTiers().size());
    for (qsizetype i = 0; i < reply->tiers.size(); ++i) {
        QCOMPARE(reply->tiers.at(i).label, documentedRuleTiers().at(i).label);
        QCOMPARE(reply->tiers.at(i).maxIntervalSeconds, documentedRuleTiers().at(i).maxIntervalSeconds);
        QCOMPARE(reply->tiers.at(i).creditsPerRulePerDay, documentedRuleTiers().at(i).creditsPerRulePerDay);
    }
    // The cost computed before creation is what the server then states.
    for (double interval : {0.3, 2.0, 45.0, 300.0, 3600.0}) {
        const PricingTier before = ruleTierFor(interval, reply->tiers);
        auto *created = wait(m_client->createRule(ruleDraft(QStringLiteral("cost-%1").arg(interval), interval)));
        QVERIFY(created->ok());
        QCOMPARE(created->rule.pricingTier, before.label);
        QCOMPARE(created->rule.creditsPerRulePerDay, before.creditsPerRulePerDay);
    }
}

void TestTweetsRest::monitorPagination()
{
    for (int i = 0; i < 21; ++i)
        QVERIFY(wait(m_client->createMonitor(monitorDraft(QStringLiteral("Monitor %1").arg(i))))->ok());
    const int before = m_client->requestCount();
    auto *all = wait(m_client->listAllMonitors(10));
    QVERIFY(all->ok());
    QCOMPARE(all->total, 25);
    QCOMPARE(all->monitors.size(), 25);
    QCOMPARE(all->pagesFetched, 3);
    QCOMPARE(m_client->requestCount() - before, 3);
    QSet<QString> ids;
    for (const StreamMonitor &m : std::as_const(all->monitors))
        ids.insert(m.id);
    QCOMPARE(ids.size(), 25);

    auto *second = wait(m_client->listMonitors(2, 10));
    QCOMPARE(second->monitors.size(), 10);
    QCOMPARE(second->page.page, 2);
    QCOMPARE(second->page.pageSize, 10);
    QCOMPARE(second->monitors.first().id, all->monitors.at(10).id);
    // Out of the documented range: the server's 422 names the parameter.
    auto *tooBig = wait(m_client->listMonitors(1, 101));
    QCOMPARE(tooBig->error().kind, RestError::Kind::Validation);
    QVERIFY(tooBig->error().fieldErrors.contains(QStringLiteral("page_size")));
}

void TestTweetsRest::rulePagination()
{
    for (int i = 0; i < 16; ++i)
        QVERIFY(wait(m_client->createRule(ruleDraft(QStringLiteral("rule %1").arg(i))))->ok());
    auto *all = wait(m_client->listAllRules(7));
    QVERIFY(all->ok());
    QCOMPARE(all->total, 20);
    QCOMPARE(all->rules.size(), 20);
    QCOMPARE(all->pagesFetched, 3);
    auto *page = wait(m_client->listRules(7, 14));
    QCOMPARE(page->rules.size(), 6);
    QCOMPARE(page->page.offset, 14);
    QCOMPARE(page->rules.first().id, all->rules.at(14).id);

    // The documented cap: 50 rules per key.
    for (int i = 16; i < 46; ++i)
        QVERIFY(wait(m_client->createRule(ruleDraft(QStringLiteral("rule %1").arg(i))))->ok());
    auto *over = wait(m_client->createRule(ruleDraft(QStringLiteral("one too many"))));
    QCOMPARE(over->error().kind, RestError::Kind::Validation);
    QVERIFY(over->error().message.contains(QLatin1String("50")) || over->error().fieldErrors.value(QStringLiteral("body")).contains(QLatin1String("50")));
}

void TestTweetsRest::duplicateNameIs409()
{
    QVERIFY(wait(m_client->createMonitor(monitorDraft(QStringLiteral("Dup"))))->ok());
    auto *again = wait(m_client->createMonitor(monitorDraft(QStringLiteral("dup"))));
    QCOMPARE(again->error().kind, RestError::Kind::Duplicate);
    QCOMPARE(again->error().httpStatus, 409);
    QVERIFY(again->error().message.contains(QLatin1String("409")));
    QVERIFY(again->error().serverMessage.contains(QLatin1String("dup")));
    // Renaming onto a taken name too.
    auto *rename = wait(m_client->updateMonitor(QStringLiteral("mon-101"), {{QStringLiteral("name"), QStringLiteral("Dup")}}));
    QCOMPARE(rename->error().kind, RestError::Kind::Duplicate);
}

void TestTweetsRest::validationErrorsPerField422()
{
    MonitorDraft bad;
    bad.name = QString(101, QLatin1Char('x'));
    bad.usernames = {QStringLiteral("not a handle!")};
    bad.filterTypes = {QStringLiteral("likes")};
    bad.webhookUrl = QStringLiteral("http://insecure.example/hook");
    auto *monitor = wait(m_client->createMonitor(bad));
    QCOMPARE(monitor->error().kind, RestError::Kind::Validation);
    QCOMPARE(monitor->error().httpStatus, 422);
    const auto fields = monitor->error().fieldErrors;
    for (const char *f : {"name", "usernames", "filter_types", "webhook_url"})
        QVERIFY2(fields.contains(QLatin1String(f)), f);
    QVERIFY(monitor->error().message.contains(fieldLabel(QStringLiteral("webhook_url"))));

    RuleDraft rule = ruleDraft(QStringLiteral("bad"), 0.01, QStringLiteral("\"unbalanced"));
    rule.maxResultsPerPoll = 500;
    auto *r = wait(m_client->createRule(rule));
    QCOMPARE(r->error().kind, RestError::Kind::Validation);
    for (const char *f : {"interval_seconds", "query", "max_results_per_poll"})
        QVERIFY2(r->error().fieldErrors.contains(QLatin1String(f)), f);
    QVERIFY(!r->error().fieldErrors.contains(QStringLiteral("tag")));
}

void TestTweetsRest::noCredits402SuspendsAndRefuses()
{
    m_sim->store()->setCredits(0);
    // The documented auto-pause: everything active is suspended, with the reason.
    auto *list = wait(m_client->listAllMonitors());
    QVERIFY(list->ok());
    for (const StreamMonitor &m : std::as_const(list->monitors)) {
        QCOMPARE(m.status, Status::Suspended);
        QCOMPARE(m.statusReason, QStringLiteral("insufficient_credits"));
    }
    auto *create = wait(m_client->createMonitor(monitorDraft(QStringLiteral("Broke"))));
    QCOMPARE(create->error().kind, RestError::Kind::NoCredits);
    QCOMPARE(create->error().httpStatus, 402);
    QCOMPARE(create->error().failureKind(), Failure::Kind::Billing);
    auto *resume = wait(m_client->setRulePaused(QStringLiteral("rule-201"), false));
    QCOMPARE(resume->error().kind, RestError::Kind::NoCredits);
    auto *rule = wait(m_client->createRule(ruleDraft(QStringLiteral("broke"))));
    QCOMPARE(rule->error().httpStatus, 402);

    // Top-up: auto-resume.
    m_sim->store()->setCredits(1e9);
    auto *after = wait(m_client->getMonitor(QStringLiteral("mon-101")));
    QCOMPARE(after->monitor.status, Status::Active);
    QVERIFY(after->monitor.statusReason.isEmpty());

    // The injection hook as well.
    m_sim->rest()->failNext(402);
    QCOMPARE(wait(m_client->listAllRules())->error().kind, RestError::Kind::NoCredits);
    QVERIFY(wait(m_client->listAllRules())->ok());
}

void TestTweetsRest::insufficientScope403()
{
    m_sim->rest()->setScopes({QStringLiteral("streams:read")});
    QVERIFY(wait(m_client->listAllMonitors())->ok());
    auto *create = wait(m_client->createRule(ruleDraft(QStringLiteral("no scope"))));
    QCOMPARE(create->error().kind, RestError::Kind::Scope);
    QCOMPARE(create->error().httpStatus, 403);
    QCOMPARE(create->error().requiredScope, QStringLiteral("streams:write"));
    QCOMPARE(create->error().allowedScopes, QStringList{QStringLiteral("streams:read")});
    QVERIFY(create->error().message.contains(QLatin1String("streams:write")));
    QCOMPARE(wait(m_client->deleteMonitor(QStringLiteral("mon-101")))->error().kind, RestError::Kind::Scope);
    QVERIFY(m_sim->store()->monitor(QStringLiteral("mon-101")));
}

void TestTweetsRest::rateLimited429WithRetryAfter()
{
    m_sim->rest()->failNext(429, 1, 7);
    auto *limited = wait(m_client->listAllMonitors());
    QCOMPARE(limited->error().kind, RestError::Kind::RateLimited);
    QCOMPARE(limited->error().httpStatus, 429);
    QCOMPARE(limited->error().retryAfterSeconds, 7);
    QCOMPARE(limited->error().failureKind(), Failure::Kind::Limit);
    QVERIFY(limited->error().message.contains(QLatin1String("7")));

    // A real window: the fourth request in a minute is refused with a positive wait.
    m_sim->rest()->setRateLimit(3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(wait(m_client->getMonitor(QStringLiteral("mon-101")))->ok());
    auto *fourth = wait(m_client->getMonitor(QStringLiteral("mon-101")));
    QCOMPARE(fourth->error().kind, RestError::Kind::RateLimited);
    QVERIFY(fourth->error().retryAfterSeconds > 0);
    QVERIFY(fourth->error().retryAfterSeconds <= 61);
}

void TestTweetsRest::badKey401AndKeyOnlyInTheHeader()
{
    TweetsRestClient wrong(m_client->base(), QStringLiteral("not-the-key"));
    auto *reply = wait(wrong.listAllMonitors());
    QCOMPARE(reply->error().kind, RestError::Kind::Auth);
    QCOMPARE(reply->error().httpStatus, 401);
    QCOMPARE(reply->error().failureKind(), Failure::Kind::Auth);
    QVERIFY(!reply->error().message.contains(QLatin1String("not-the-key")));

    QVERIFY(wait(m_client->listAllMonitors())->ok());
    QVERIFY(wait(m_client->validateQuery(QStringLiteral("bitcoin")))->ok());
    QVERIFY(m_sim->rest()->keysInQuery().isEmpty());
}

void TestTweetsRest::notFound404AndServerError5xx()
{
    auto *patch = wait(m_client->updateMonitor(QStringLiteral("mon-missing"), {{QStringLiteral("name"), QStringLiteral("x")}}));
    QCOMPARE(patch->error().kind, RestError::Kind::NotFound);
    m_sim->rest()->failNext(503);
    auto *server = wait(m_client->pricing());
    QCOMPARE(server->error().kind, RestError::Kind::Server);
    QCOMPARE(server->error().httpStatus, 503);
    QCOMPARE(server->error().failureKind(), Failure::Kind::Transient);
}

void TestTweetsRest::unreachableServerIsANetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    TweetsRestClient client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), GoodKey);
    auto *reply = wait(client.listAllMonitors());
    QVERIFY(reply->isFinished());
    QCOMPARE(reply->error().kind, RestError::Kind::Network);
    QVERIFY(!reply->error().message.isEmpty());
}

void TestTweetsRest::realServerVariantsAreRead()
{
    cleanup();
    startServer({{QStringLiteral("tweets.restVariant"), QStringLiteral("variants")}});
    auto *list = wait(m_client->listAllMonitors(2));
    QVERIFY2(list->ok(), qPrintable(list->error().message));
    QCOMPARE(list->total, 4);
    QCOMPARE(list->monitors.size(), 4);
    QCOMPARE(list->pagesFetched, 2);
    const StreamMonitor &m = list->monitors.first();
    QCOMPARE(m.usernames.size(), 4);
    QCOMPARE(m.status, Status::Active);
    QCOMPARE(m.estimatedCreditsPerDay, 4 * 1667.0);
    QCOMPARE(m.pricingTier, QStringLiteral("1-10"));
    QCOMPARE(m.unknownFields, QStringList{QStringLiteral("region")}); // kept, not dropped
    QVERIFY(m.problems.isEmpty());

    auto *rules = wait(m_client->listAllRules());
    QVERIFY(rules->ok());
    QCOMPARE(rules->rules.size(), 4);
    QCOMPARE(rules->rules.first().intervalSeconds, 5.0);
    QCOMPARE(rules->rules.first().pricingTier, QStringLiteral("Fast"));

    auto *validation = wait(m_client->validateQuery(QStringLiteral("from:naval")));
    QVERIFY(validation->ok());
    QVERIFY(!validation->validation.samples.isEmpty());
    QCOMPARE(validation->validation.sampleCount, int(validation->validation.samples.size()));
    QVERIFY(!validation->validation.samples.first().author.isEmpty());
    QVERIFY(validation->validation.samples.first().text.contains(QLatin1String("from:naval")));
}

void TestTweetsRest::streamFollowsMonitorsAndRules()
{
    auto sample = [this](int n) {
        QList<Tweet> tweets;
        for (int i = 0; i < n; ++i)
            tweets.append(m_sim->broadcastNext());
        return tweets;
    };
    // Everything the stream names exists and is active.
    for (const Tweet &t : sample(300)) {
        QVERIFY(!t.tweetId.isEmpty());
        if (t.sourceKind == TweetSourceKind::Monitor) {
            const StreamMonitor *m = m_sim->store()->monitor(t.sourceId);
            QVERIFY(m);
            QCOMPARE(m->status, Status::Active);
            QCOMPARE(t.sourceName, m->name);
            QVERIFY(m->usernames.contains(t.author));
        } else {
            const FilterRule *r = m_sim->store()->rule(t.sourceId);
            QVERIFY(r);
            QCOMPARE(r->status, Status::Active);
        }
    }
    // Pause one, rename one, add a replies-only monitor: the stream follows.
    QVERIFY(wait(m_client->setRulePaused(QStringLiteral("rule-201"), true))->ok());
    QVERIFY(wait(m_client->updateMonitor(QStringLiteral("mon-102"), {{QStringLiteral("name"), QStringLiteral("Builders")}}))->ok());
    MonitorDraft replies = monitorDraft(QStringLiteral("Replies only"), {QStringLiteral("dril")});
    replies.filterTypes = {QStringLiteral("reply")};
    const QString newId = wait(m_client->createMonitor(replies))->monitor.id;
    int fromNew = 0;
    for (const Tweet &t : sample(600)) {
        QVERIFY(t.sourceId != QLatin1String("rule-201"));
        QVERIFY(t.sourceId != QLatin1String("mon-104")); // suspended
        QVERIFY(t.sourceId != QLatin1String("rule-204")); // paused
        if (t.sourceId == QLatin1String("mon-102"))
            QCOMPARE(t.sourceName, QStringLiteral("Builders"));
        if (t.sourceId == newId) {
            ++fromNew;
            QCOMPARE(t.tweetType, QStringLiteral("reply"));
            QCOMPARE(t.author, QStringLiteral("dril"));
        }
    }
    QVERIFY(fromNew > 0);
    // Nothing active: nothing streams.
    for (const StreamMonitor &m : m_sim->store()->monitors())
        wait(m_client->setMonitorPaused(m.id, true));
    for (const FilterRule &r : m_sim->store()->rules())
        wait(m_client->setRulePaused(r.id, true));
    QVERIFY(m_sim->broadcastNext().tweetId.isEmpty());
}

void TestTweetsRest::theDemoSimulatorServesTheRestApi()
{
    // Every provider's handler on one port, as demo mode and tidewatch-sim run it: the other
    // providers' REST handlers must leave the tweet stream's paths alone.
    SimConfig config;
    SimServer all(config);
    all.installStandardHandlers();
    QVERIFY(all.listen());
    QUrl stream = all.baseUrl();
    stream.setPath(QStringLiteral("/v1/twitter/stream"));
    TweetsRestClient client(TweetsRestClient::restBaseFor(stream), QString::fromLatin1(Profile::DemoKey));
    auto *monitors = wait(client.listAllMonitors());
    QVERIFY2(monitors->ok(), qPrintable(monitors->error().message));
    QCOMPARE(monitors->monitors.size(), 4);
    auto *validation = wait(client.validateQuery(QStringLiteral("bitcoin")));
    QVERIFY2(validation->ok(), qPrintable(validation->error().message));
}

QTEST_GUILESS_MAIN(TestTweetsRest)
#include "tst_tweets_rest.moc"
