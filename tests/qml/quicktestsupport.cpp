#include "quicktestsupport.h"

#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(TidewatchPlugin)

void TwQuickTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    prepare(engine);
}

int twQuickTestMain(int argc, char **argv, const char *name, const char *dir, TwQuickTestSetup *setup)
{
    return quick_test_main_with_setup(argc, argv, name, dir, setup);
}
