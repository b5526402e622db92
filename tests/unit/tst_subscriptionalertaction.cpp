// The alert action "pause optional subscriptions": a firing rule that names it pauses every
// optional subscription through the overview (the same code as "Pause all optional") and
// leaves the essential ones running; its history entry says how many; a rule without the
// action pauses nothing. The rules file keeps the action only when a rule has one.
#include "alerts/alertcenter.h"
#include "alerts/alerthistorymodel.h"
#include "alerts/alertrulemodel.h"
#include "app/subscriptions/subscriptionalertaction.h"
#include "app/subscriptions/subscriptionsoverview.h"
#include "core/uitranslation.h"
#include "core/observation.h"

#include <QJsonArray>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace SubscriptionLedger;

namespace {

/// What the fake workspaces hold: a tweets key with two rules and a monitor, a Conyr key.
QList<KeyState> g_state;

Subscription sub(const QString &what, const QString &kind, double credits = 0)
{
    Subscription s;
    s.what = s.id = what;
    s.kind = kind;
    s.creditsPerDay = credits;
    return s;
}

void resetState()
{
    KeyState tweets;
    tweets.provider = Provider::Tweets;
    tweets.profileId = tweets.profileName = QStringLiteral("social");
    tweets.subscriptions = {sub(QStringLiteral("founders"), QStringLiteral("monitor"), 15996),
                            sub(QStringLiteral("#sol"), QStringLiteral("rule"), 10000),
                            sub(QStringLiteral("#eth"), QStringLiteral("rule"), 1500)};
    KeyState conyr;
    conyr.provider = Provider::Conyr;
    conyr.profileId = conyr.profileName = QStringLiteral("desk");
    conyr.tier = QStringLiteral("layer1");
    conyr.subscriptions = {sub(QStringLiteral("token:a:trades"), QStringLiteral("channel")),
                           sub(QStringLiteral("token:b:trades"), QStringLiteral("channel"))};
    g_state = {tweets, conyr};
}

QList<KeyState> source()
{
    return g_state;
}

/// Pauses in the fake state what the overview asks to pause.
bool pause(const Row &row)
{
    for (KeyState &key : g_state) {
        if (key.profileId != row.profileId)
            continue;
        for (Subscription &s : key.subscriptions) {
            if (s.kind == row.subscription.kind && s.id == row.subscription.id && s.active) {
                s.active = false;
                return true;
            }
        }
    }
    return false;
}

bool isActive(const QString &profile, const QString &what)
{
    for (const KeyState &key : std::as_const(g_state)) {
        for (const Subscription &s : key.subscriptions) {
            if (key.profileId == profile && s.what == what)
                return s.active;
        }
    }
    return false;
}

Observation balance(double usd, qint64 timeMs)
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = QStringLiteral("prices");
    o.kind = QStringLiteral("billing");
    o.subject = QStringLiteral("account");
    o.timestampMs = timeMs;
    o.metrics.insert(QStringLiteral("balance"), usd);
    return o;
}

} // namespace

class TestSubscriptionAlertAction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_subscriptionalertaction"));
        QVERIFY(UiTranslation::loadEnglish(m_english)); // "paused 2 optional subscriptions"
        QCoreApplication::installTranslator(&m_english);
    }

    void init()
    {
        QSettings().remove(QStringLiteral("subscriptions/optional"));
        resetState();
        m_dir = std::make_unique<QTemporaryDir>();
        m_center = std::make_unique<AlertCenter>(m_dir->path(), nullptr);
        m_overview = std::make_unique<SubscriptionsOverview>(&source, nullptr);
        m_overview->setPauser(&pause);
        installSubscriptionAlertActions(m_center.get(), m_overview.get());
        // #sol and one Conyr channel are optional; the rest is essential.
        m_overview->refresh();
        m_overview->setOptional(priorityKey(QStringLiteral("social"), sub(QStringLiteral("#sol"), QStringLiteral("rule"))), true);
        m_overview->setOptional(priorityKey(QStringLiteral("desk"), sub(QStringLiteral("token:b:trades"), QStringLiteral("channel"))), true);
    }

    void cleanup()
    {
        m_overview.reset();
        m_center.reset();
        m_dir.reset();
        QSettings().remove(QStringLiteral("subscriptions/optional"));
    }

    void aFiringRuleWithTheActionPausesTheOptionalOnes()
    {
        QVariantMap fields = m_center->newRule(QStringLiteral("balance-below"));
        fields.insert(QStringLiteral("name"), QStringLiteral("Balance low"));
        fields.insert(QStringLiteral("level"), 10);
        fields.insert(QStringLiteral("actions"), QStringList{QStringLiteral("pause-optional")});
        QCOMPARE(m_center->saveRule(fields), QString());
        const AlertRule saved = m_center->rules()->rules().constFirst();
        QCOMPARE(saved.actions, QStringList{QStringLiteral("pause-optional")});
        const QString summary = m_center->rules()->data(m_center->rules()->index(0), AlertRuleModel::SummaryRole).toString();
        QVERIFY2(summary.endsWith(QStringLiteral(" · then pause optional subscriptions")), qPrintable(summary));

        m_center->observe(balance(25, 1'700'000'000'000));
        QCOMPARE(m_center->history()->rowCount(), 0);
        QVERIFY(isActive(QStringLiteral("social"), QStringLiteral("#sol")));

        m_center->observe(balance(8, 1'700'000'060'000));
        QTRY_COMPARE(m_center->history()->rowCount(), 1);
        QVERIFY(!isActive(QStringLiteral("social"), QStringLiteral("#sol")));
        QVERIFY(!isActive(QStringLiteral("desk"), QStringLiteral("token:b:trades")));
        // The essential ones keep running.
        QVERIFY(isActive(QStringLiteral("social"), QStringLiteral("founders")));
        QVERIFY(isActive(QStringLiteral("social"), QStringLiteral("#eth")));
        QVERIFY(isActive(QStringLiteral("desk"), QStringLiteral("token:a:trades")));
        const QModelIndex entry = m_center->history()->index(0);
        QCOMPARE(m_center->history()->data(entry, AlertHistoryModel::ActionTextRole).toString(),
                 QStringLiteral("paused 2 optional subscriptions"));
        QCOMPARE(m_overview->optionalActive(), 0);
    }

    void aRuleWithoutTheActionPausesNothing()
    {
        QVariantMap fields = m_center->newRule(QStringLiteral("balance-below"));
        fields.insert(QStringLiteral("name"), QStringLiteral("Balance low"));
        fields.insert(QStringLiteral("level"), 10);
        QCOMPARE(m_center->saveRule(fields), QString());
        QVERIFY(m_center->rules()->rules().constFirst().actions.isEmpty());
        QVERIFY(!m_center->rules()->rules().constFirst().toJson().contains(QLatin1String("actions")));

        m_center->observe(balance(8, 1'700'000'000'000));
        QTRY_COMPARE(m_center->history()->rowCount(), 1);
        QVERIFY(isActive(QStringLiteral("social"), QStringLiteral("#sol")));
        QVERIFY(isActive(QStringLiteral("desk"), QStringLiteral("token:b:trades")));
        QCOMPARE(m_center->history()->data(m_center->history()->index(0), AlertHistoryModel::ActionTextRole).toString(), QString());
        QCOMPARE(m_overview->optionalActive(), 2);
    }

    void nothingOptionalRunningIsSaid()
    {
        m_overview->setOptional(priorityKey(QStringLiteral("social"), sub(QStringLiteral("#sol"), QStringLiteral("rule"))), false);
        m_overview->setOptional(priorityKey(QStringLiteral("desk"), sub(QStringLiteral("token:b:trades"), QStringLiteral("channel"))), false);
        QVariantMap fields = m_center->newRule(QStringLiteral("balance-below"));
        fields.insert(QStringLiteral("level"), 10);
        fields.insert(QStringLiteral("actions"), QStringLiteral("pause-optional"));
        QCOMPARE(m_center->saveRule(fields), QString());
        m_center->observe(balance(8, 1'700'000'000'000));
        QTRY_COMPARE(m_center->history()->rowCount(), 1);
        QCOMPARE(m_center->history()->data(m_center->history()->index(0), AlertHistoryModel::ActionTextRole).toString(),
                 QStringLiteral("no optional subscription was running"));
    }

    void theActionIsKeptInTheRulesAndTheHistory()
    {
        AlertRule rule;
        rule.id = QStringLiteral("r1");
        rule.name = QStringLiteral("Balance low");
        rule.kind = AlertRule::Kind::BalanceBelow;
        rule.actions = {QStringLiteral("pause-optional")};
        const QJsonObject json = rule.toJson();
        QCOMPARE(json.value(QLatin1String("actions")).toArray().size(), 1);
        AlertRule back;
        QVERIFY(AlertRule::fromJson(json, back));
        QCOMPARE(back.actions, rule.actions);
        QCOMPARE(back.toJson(), json);
        // An action this version does not know is refused with its name.
        QJsonObject unknown = json;
        unknown.insert(QStringLiteral("actions"), QJsonArray{QStringLiteral("sell-everything")});
        QString error;
        QVERIFY(!AlertRule::fromJson(unknown, back, &error));
        QVERIFY2(error.contains(QLatin1String("sell-everything")), qPrintable(error));

        Alert alert;
        alert.id = QStringLiteral("a1");
        alert.kind = AlertRule::Kind::BalanceBelow;
        QVERIFY(!alert.toJson().contains(QLatin1String("actionText")));
        alert.actionText = QStringLiteral("paused 3 optional subscriptions");
        Alert again;
        QVERIFY(Alert::fromJson(alert.toJson(), again));
        QCOMPARE(again.actionText, alert.actionText);
    }

    void withoutAHandlerTheRuleStillFiresAndSaysSo()
    {
        QTemporaryDir dir;
        AlertCenter bare(dir.path(), nullptr);
        QVariantMap fields = bare.newRule(QStringLiteral("balance-below"));
        fields.insert(QStringLiteral("level"), 10);
        fields.insert(QStringLiteral("actions"), QStringList{QStringLiteral("pause-optional")});
        QCOMPARE(bare.saveRule(fields), QString());
        QVERIFY(!bare.ruleActions().constFirst().toMap().value(QStringLiteral("available")).toBool());
        bare.observe(balance(8, 1'700'000'000'000));
        QTRY_COMPARE(bare.history()->rowCount(), 1);
        QCOMPARE(bare.history()->data(bare.history()->index(0), AlertHistoryModel::ActionTextRole).toString(),
                 QStringLiteral("could not pause optional subscriptions here"));
        QVERIFY(isActive(QStringLiteral("social"), QStringLiteral("#sol")));
    }

private:
    QTranslator m_english;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AlertCenter> m_center;
    std::unique_ptr<SubscriptionsOverview> m_overview;
};

QTEST_GUILESS_MAIN(TestSubscriptionAlertAction)
#include "tst_subscriptionalertaction.moc"
