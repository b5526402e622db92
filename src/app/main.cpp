// tidewatch: the desktop app.

#include "app/appcontroller.h"
#include "app/perfprobe.h"
#include "app/screenshot.h"
#include "core/logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(TidewatchPlugin)

int main(int argc, char *argv[])
{
    // QtCharts' ChartView needs a QApplication, not a QGuiApplication.
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("tidewatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tidewatch"));
    QApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QApplication::setOrganizationDomain(QStringLiteral("tidewatch.example.org"));
    QApplication::setApplicationVersion(QStringLiteral(TIDEWATCH_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/qt/qml/Tidewatch/resources/icons/tidewatch.svg")));
    Redact::installLogFilter();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Live monitor for crypto and social data streams"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
        QApplication::translate("main", "Start with demo profiles against the built-in simulator."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window once the page shows live data, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
        QApplication::translate("main", "The page to show first (dashboard, streams, api-console, markets, prices, tweets, alerts, connections, settings)."),
        QStringLiteral("NAME"));
    parser.addOptions({demo, screenshot, page});
    parser.process(app);

    QTranslator translator;
    const QString language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    const QLocale locale = language == QLatin1String("system") ? QLocale::system() : QLocale(language);
    if (translator.load(locale, QStringLiteral("tidewatch"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    AppController::instance()->start(parser.isSet(demo));

    // Material, dense (a desktop monitor shows a lot at once); light or dark follows the system.
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_MATERIAL_VARIANT"))
        qputenv("QT_QUICK_CONTROLS_MATERIAL_VARIANT", "Dense");
    QQmlApplicationEngine engine;
    // Qt 6.4 does not search the resource path that qt_add_qml_module uses by default (6.5 does).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties({{QStringLiteral("initialPage"), parser.value(page)}});
    // Qt 6.4 has no loadFromModule(); load the module's Main.qml from its resource path.
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tidewatch/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    PerfProbe::startIfRequested(window);
    if (parser.isSet(screenshot)) {
        new Screenshotter(window, parser.value(screenshot), parser.value(page), 30000, &app);
    }
    return app.exec();
}
