#include "quicktestsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(TidewatchPlugin)

void TwQuickTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    prepare(engine);
}

bool TwQuickTestSetup::isolateOnce(const char *applicationName)
{
    if (m_isolated)
        return false;
    m_isolated = true;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
    QCoreApplication::setApplicationName(QString::fromLatin1(applicationName));
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QSettings().clear();
    return true;
}

int twQuickTestMain(int argc, char **argv, const char *name, const char *dir, TwQuickTestSetup *setup)
{
    return quick_test_main_with_setup(argc, argv, name, dir, setup);
}
