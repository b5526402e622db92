// One number for one thing (issue 10): the Prices page's billing ledger, the dashboard's
// balance tile and the balance-forecast alert rule give the same hours left for the same
// history, because all three read the one BalanceForecast.

#include "alerts/dashboard/dashboardfeed.h"
#include "alerts/ruleevaluator.h"
#include "models/predikt/billingledgermodel.h"

#include <QTest>

namespace {

constexpr qint64 T0 = 1768651200000LL; // 2026-01-17T12:00:00Z
constexpr qint64 H = 3600000;

struct Notice {
    qint64 t;
    const char *amount;
    const char *remaining;
};

// Hourly charges with the server's jitter, two connections charged at the same time and an
// uneven last charge: the cases where a two-point slope or a least-squares fit differ.
const QList<Notice> History = {
    {T0, "0.10", "4.90"},
    {T0 + H + 2000, "0.10", "4.80"},
    {T0 + 2 * H + 1000, "0.10", "4.70"},
    {T0 + 2 * H + 1000, "0.10", "4.60"},
    {T0 + 3 * H - 500, "0.10", "4.50"},
    {T0 + 4 * H + 3000, "0.10", "4.40"},
    {T0 + 5 * H, "0.25", "4.15"},
};

ExactDecimal usd(const char *text)
{
    return ExactDecimal::parse(QString::fromLatin1(text)).value_or(ExactDecimal());
}

// As the Predikt observation adapter builds it: double metrics plus the exact texts.
Observation observation(const Notice &n, bool withTexts)
{
    Observation o;
    o.provider = QStringLiteral("predikt");
    o.source = QStringLiteral("demo-predikt");
    o.kind = QStringLiteral("billing");
    o.subject = QStringLiteral("balance");
    o.timestampMs = n.t;
    o.metrics.insert(QStringLiteral("balance"), usd(n.remaining).toDouble());
    o.metrics.insert(QStringLiteral("amount"), usd(n.amount).toDouble());
    if (withTexts) {
        o.texts.insert(QStringLiteral("balanceUsd"), QString::fromLatin1(n.remaining));
        o.texts.insert(QStringLiteral("amountUsd"), QString::fromLatin1(n.amount));
    }
    return o;
}

AlertRule forecastRule(double hours)
{
    AlertRule rule;
    rule.id = QStringLiteral("forecast");
    rule.kind = AlertRule::Kind::BalanceForecast;
    rule.threshold = hours;
    rule.cooldownSec = 0;
    return rule;
}

// The hours the rule reports when it fires on the k-th notice, or -1 when it does not fire there.
double ruleHoursAt(int k, double threshold, bool withTexts)
{
    RuleEvaluator rule(forecastRule(threshold), T0);
    double hours = -1;
    for (int i = 0; i <= k; ++i) {
        QString error;
        const std::optional<Trigger> t = rule.observe(observation(History.at(i), withTexts), History.at(i).t, {}, &error);
        hours = t && i == k ? t->values.value(QStringLiteral("hours")).toDouble() : -1;
    }
    return hours;
}

} // namespace

class TestBalanceForecastShared : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ledgerTileAndRuleAgree_data()
    {
        QTest::addColumn<bool>("withTexts");
        QTest::newRow("exact texts") << true;
        QTest::newRow("metrics only") << false; // observations without the exact texts
    }
    void ledgerTileAndRuleAgree()
    {
        QFETCH(bool, withTexts);
        BillingLedgerModel ledger{QString()};
        DashboardFeed tile(nullptr);
        tile.setClock([] { return T0; });
        QList<qint64> ledgerHours;
        for (int k = 0; k < History.size(); ++k) {
            const Notice &n = History.at(k);
            ledger.addCharge({QStringLiteral("Hourly subscription fee charged"), usd(n.amount), usd(n.remaining), n.t});
            tile.observe(observation(n, withTexts));
            const qint64 hours = ledger.forecast().hoursLeft;
            QVERIFY(hours >= 0);
            ledgerHours << hours;
            const QVariantMap shown = tile.balance(QString());
            QCOMPARE(shown.value(QStringLiteral("hoursLeft")).toDouble(), double(hours));
            QCOMPARE(shown.value(QStringLiteral("burnPerHour")).toDouble(), ledger.burnPerHourUsd());
            QCOMPARE(shown.value(QStringLiteral("balanceText")).toString(), ledger.balanceText());
        }
        // the ledger's own numbers, worked out by hand: 0.10/h after one charge, 0.30 over
        // 2 h 1 s after the double charge, 0.65 over 5 h at the end
        QCOMPARE(ledgerHours, (QList<qint64>{49, 48, 47, 30, 33, 35, 27}));

        // The rule fires on the notice whose forecast first reaches its threshold, with the
        // same hours; one hour less and it stays quiet. Checked on every notice whose hours
        // are below all earlier ones (elsewhere an earlier notice fires first).
        int checked = 0;
        for (int k = 0; k < History.size(); ++k) {
            bool lowest = true;
            for (int j = 0; j < k; ++j)
                lowest &= ledgerHours.at(j) > ledgerHours.at(k);
            if (!lowest)
                continue;
            ++checked;
            QCOMPARE(ruleHoursAt(k, double(ledgerHours.at(k)), withTexts), double(ledgerHours.at(k)));
            QCOMPARE(ruleHoursAt(k, double(ledgerHours.at(k)) - 0.5, withTexts), -1.0);
        }
        QCOMPARE(checked, 5);
    }
};

QTEST_GUILESS_MAIN(TestBalanceForecastShared)
#include "tst_balanceforecast_shared.moc"
