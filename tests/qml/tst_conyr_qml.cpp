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
        // Called for each test file's engine; the singletons outlive them: fill them once.
        if (!isolateOnce("tst_conyr_qml"))
            return;
    }
};

TW_QUICK_TEST_MAIN_WITH_SETUP(tst_conyr_qml, "qml/conyr", ConyrQmlSetup)

#include "tst_conyr_qml.moc"
