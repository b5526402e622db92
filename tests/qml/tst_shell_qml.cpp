// Qt Quick Test of the shell: shared components and the window (Main.qml) with its keyboard
// shortcuts. The AlertCenter gets a few unacknowledged alerts first, for "acknowledge all".

#include "qml/quicktestsupport.h"

#include "alerts/alertcenter.h"

#include <QDateTime>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>

class ShellQmlSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *) override
    {
        // Called for each test file's engine; the singletons outlive them: fill them once.
        if (!isolateOnce("tst_shell_qml"))
            return;

        // A rule with no cooldown and a price that crosses its level back and forth: alerts.
        AlertCenter *center = AlertCenter::instance();
        QVariantMap fields = center->newRule(QStringLiteral("price-above"));
        fields.insert(QStringLiteral("name"), QStringLiteral("BTC above 100"));
        fields.insert(QStringLiteral("level"), 100);
        fields.insert(QStringLiteral("cooldownSec"), 0);
        fields.insert(QStringLiteral("hysteresisPct"), 0);
        const QString problem = center->saveRule(fields);
        if (!problem.isEmpty())
            qFatal("rule not saved: %s", qPrintable(problem));
        const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
        for (int i = 0; i < 6; ++i) {
            Observation price;
            price.provider = QStringLiteral("predikt");
            price.kind = QStringLiteral("price");
            price.subject = QStringLiteral("BTC");
            price.timestampMs = t0 + i * 5000;
            price.metrics.insert(QStringLiteral("price"), i % 2 == 0 ? 95 : 105);
            center->observe(price);
        }
        center->flush();
    }
};

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_shell_qml, "qml/shell", ShellQmlSetup)

#include "tst_shell_qml.moc"
