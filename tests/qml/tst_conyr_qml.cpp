#include "qml/quicktestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

// The chart tests create alert rules through AlertCenter: keep its files in test locations.
class ConyrQmlSetup : public TwQuickTestSetup
{
    Q_OBJECT
protected:
    void prepare(QQmlEngine *) override
    {
        static bool prepared = false;
        if (prepared)
            return;
        prepared = true;
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_conyr_qml"));
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }
};

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_conyr_qml, "qml/conyr", ConyrQmlSetup)

#include "tst_conyr_qml.moc"
