// A desktop watches its relay profile's shared rules bucket: against a real nats-server -js
// on loopback, a rule put into the JetStream key-value bucket reaches the desktop's
// AlertCenter (its engine and its rule list, marked shared) within a second; an edit
// changes it, a delete removes it, a value that is not a rule is reported and skipped. The
// local rules run beside the shared ones and stay this desktop's: rules.json never holds a
// shared rule, and a shared rule cannot be edited here.

#include "natsserver.h"

#include "alerts/alertcenter.h"
#include "alerts/alertengine.h"
#include "alerts/alertrulemodel.h"
#include "app/relay/relaylink.h"
#include "core/profile.h"
#include "relay/jetstreamstream.h"
#include "relay/kvbucket.h"
#include "relay/natsclient.h"
#include "relay/relayprofile.h"
#include "relay/sharedrules.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr char Bucket[] = "team-rules";
} // namespace

class TestRelayRules : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<NatsServerProcess> m_nats;
    std::unique_ptr<NatsClient> m_writerClient;
    std::unique_ptr<KvBucket> m_writer;
    std::unique_ptr<AlertCenter> m_center;
    std::unique_ptr<RelayLink> m_link;

    static AlertRule priceAbove(const QString &id, double level)
    {
        AlertRule r;
        r.id = id;
        r.name = QStringLiteral("SOL above %1").arg(level);
        r.kind = AlertRule::Kind::PriceAbove;
        r.provider = QStringLiteral("predikt");
        r.subject = QStringLiteral("SOL");
        r.level = level;
        return r;
    }
    void put(const AlertRule &rule)
    {
        QString error;
        QVERIFY2(m_writer->put(SharedRules::keyFor(rule), QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact), &error) > 0,
                 qPrintable(error));
    }
    /// The rule the engine runs under this id (a default rule with an empty id when none).
    AlertRule running(const QString &id) const
    {
        for (const AlertRule &r : m_center->engine()->rules()) {
            if (r.id == id)
                return r;
        }
        return {};
    }
    QVariant listed(const QString &id, int role) const
    {
        AlertRuleModel *model = m_center->rules();
        const int row = model->rowOf(id);
        return row < 0 ? QVariant() : model->data(model->index(row), role);
    }
    Profile profile() const
    {
        Profile p;
        p.id = QStringLiteral("5d2c7a10-rules");
        p.name = QStringLiteral("Team relay");
        p.kind = Provider::Kind::Relay;
        p.url = QUrl(m_nats->url());
        p.options.insert(QLatin1String(RelayProfile::RulesBucketOption), QLatin1String(Bucket));
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (NatsServerProcess::program().isEmpty())
            QSKIP("nats-server is not installed (scripts/setup installs it)");
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_relayrules"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        m_nats = std::make_unique<NatsServerProcess>();
        QVERIFY2(m_nats->start(), m_nats->log().constData());
        m_writerClient = std::make_unique<NatsClient>();
        NatsSettings s;
        s.url = m_nats->url();
        QVERIFY(m_writerClient->open(s));
        QTRY_COMPARE(m_writerClient->state(), NatsClient::State::Connected);
        QVERIFY(ensureRelayStream(m_writerClient->jetStream(), RelayStreamSpec{}).ok);
        m_writer = std::make_unique<KvBucket>(m_writerClient.get());
        QString error;
        QVERIFY2(m_writer->open(QLatin1String(Bucket), true, &error), qPrintable(error));

        m_center = std::make_unique<AlertCenter>(m_dir.filePath(QStringLiteral("alerts")), nullptr);
        // One rule of this desktop's own, before any shared one.
        QVariantMap local = m_center->newRule(QStringLiteral("price-above"));
        local.insert(QStringLiteral("id"), QStringLiteral("local-1"));
        local.insert(QStringLiteral("name"), QStringLiteral("My own rule"));
        QCOMPARE(m_center->saveRule(local), QString());
        // A rule that was in the bucket before the desktop started.
        put(priceAbove(QStringLiteral("before"), 100));

        RelayTargets targets; // no provider workspaces: the rules are what this test is about
        targets.alerts = m_center.get();
        m_link = std::make_unique<RelayLink>(profile(), targets, nullptr);
        m_link->start(QString());
    }

    void cleanupTestCase()
    {
        m_link.reset();
        m_center.reset();
        m_writer.reset();
        m_writerClient.reset();
    }

    void theBucketsRulesRunBesideTheLocalOnes()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_link->watchingRules(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("before")).level, 100.0, 5000);
        QVERIFY(!running(QStringLiteral("local-1")).id.isEmpty());
        // Listed with the local one, marked shared, with where it comes from.
        QCOMPARE(listed(QStringLiteral("before"), AlertRuleModel::SharedRole).toBool(), true);
        QVERIFY(listed(QStringLiteral("before"), AlertRuleModel::SharedFromRole).toString().contains(QLatin1String(Bucket)));
        QCOMPARE(listed(QStringLiteral("local-1"), AlertRuleModel::SharedRole).toBool(), false);
        QVERIFY(m_center->isShared(QStringLiteral("before")));
        QCOMPARE(m_link->status().value(QStringLiteral("sharedRules")).toInt(), 1);
    }

    void aPutReachesTheEngineWithinASecond()
    {
        QElapsedTimer sincePut;
        sincePut.start();
        put(priceAbove(QStringLiteral("r1"), 150));
        QTRY_VERIFY_WITH_TIMEOUT(!running(QStringLiteral("r1")).id.isEmpty(), 1000);
        QVERIFY2(sincePut.elapsed() < 1000, qPrintable(QString::number(sincePut.elapsed())));
        QCOMPARE(listed(QStringLiteral("r1"), AlertRuleModel::NameRole).toString(), QStringLiteral("SOL above 150"));
        QCOMPARE(listed(QStringLiteral("r1"), AlertRuleModel::SharedRole).toBool(), true);
    }

    void anEditChangesIt()
    {
        put(priceAbove(QStringLiteral("r1"), 175));
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("r1")).level, 175.0, 1000);
        QCOMPARE(listed(QStringLiteral("r1"), AlertRuleModel::NameRole).toString(), QStringLiteral("SOL above 175"));
    }

    void aDeleteRemovesIt()
    {
        QVERIFY(m_writer->remove(SharedRules::keyFor(priceAbove(QStringLiteral("r1"), 0))));
        QTRY_VERIFY_WITH_TIMEOUT(running(QStringLiteral("r1")).id.isEmpty(), 1000);
        QCOMPARE(m_center->rules()->rowOf(QStringLiteral("r1")), -1);
        QVERIFY(!running(QStringLiteral("before")).id.isEmpty());
        QVERIFY(!running(QStringLiteral("local-1")).id.isEmpty());
    }

    void aMalformedValueIsReportedAndSkipped()
    {
        QVERIFY(m_writer->put(QStringLiteral("broken"), "{\"kind\": \"price-above\", ") > 0);
        QVERIFY(m_writer->put(QStringLiteral("unknown-kind"), "{\"id\":\"x\",\"name\":\"x\",\"kind\":\"no-such-kind\"}") > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_link->lastProblem().contains(QLatin1String("unknown-kind")), 2000);
        QVERIFY2(m_link->lastProblem().contains(QLatin1String(Bucket)), qPrintable(m_link->lastProblem()));
        QVERIFY2(m_center->lastError().contains(QLatin1String("unknown-kind")), qPrintable(m_center->lastError()));
        // What ran before runs on; the link is fine.
        QVERIFY(!running(QStringLiteral("before")).id.isEmpty());
        QCOMPARE(m_center->engine()->rules().size(), 2);
        // A broken value over a good rule leaves the good one running.
        QVERIFY(m_writer->put(SharedRules::keyFor(priceAbove(QStringLiteral("before"), 0)), "not json") > 0);
        QTRY_VERIFY_WITH_TIMEOUT(m_link->lastProblem().contains(QLatin1String("before")), 2000);
        QCOMPARE(running(QStringLiteral("before")).level, 100.0);
    }

    void sharedRulesAreReadOnlyAndNeverSavedLocally()
    {
        // Editing a shared rule here is refused with a sentence; the bucket's version runs on.
        QVariantMap edited = priceAbove(QStringLiteral("before"), 1).toJson().toVariantMap();
        const QString refused = m_center->saveRule(edited);
        QVERIFY2(refused.contains(QLatin1String("shared")), qPrintable(refused));
        QCOMPARE(running(QStringLiteral("before")).level, 100.0);
        m_center->removeRule(QStringLiteral("before"));
        m_center->setRuleEnabled(QStringLiteral("before"), false);
        QVERIFY(running(QStringLiteral("before")).enabled);
        // rules.json holds the local rule only.
        m_center->saveRule(m_center->rules()->rules().at(m_center->rules()->rowOf(QStringLiteral("local-1"))).toJson().toVariantMap());
        QFile file(m_dir.filePath(QStringLiteral("alerts/rules.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("local-1"));
        QVERIFY(!saved.contains("\"before\""));
        QCOMPARE(m_center->localRules().size(), 1);
    }

    void aSharedRuleWithALocalIdRunsInsteadOfIt()
    {
        put(priceAbove(QStringLiteral("local-1"), 222));
        QTRY_COMPARE_WITH_TIMEOUT(running(QStringLiteral("local-1")).level, 222.0, 1000);
        QCOMPARE(listed(QStringLiteral("local-1"), AlertRuleModel::SharedRole).toBool(), true);
        // Dropped from the bucket: the local rule is back.
        QVERIFY(m_writer->remove(QStringLiteral("local-1")));
        QTRY_COMPARE_WITH_TIMEOUT(listed(QStringLiteral("local-1"), AlertRuleModel::SharedRole).toBool(), false, 1000);
        QCOMPARE(running(QStringLiteral("local-1")).name, QStringLiteral("My own rule"));
    }

    void theLinksEndTakesNothingTheWorkspaceDoesNotSay()
    {
        // Disconnect keeps the team's rules as last seen; the workspace clears them when the
        // profile goes (RelayWorkspace::halt), here by hand as it does.
        // The watch ends at once (kvWatcher_Stop), not after the watcher's 250 ms wait.
        QElapsedTimer stopping;
        stopping.start();
        m_link->stop();
        QVERIFY2(stopping.elapsed() < 100, qPrintable(QString::number(stopping.elapsed())));
        QVERIFY(!m_link->watchingRules());
        QVERIFY(!running(QStringLiteral("before")).id.isEmpty());
        m_center->setSharedRules(profile().id, QString(), {});
        QVERIFY(running(QStringLiteral("before")).id.isEmpty());
        QCOMPARE(m_center->rules()->rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRelayRules)
#include "tst_relayrules.moc"
