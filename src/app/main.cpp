// tidewatch: the desktop app.

#include "app/appcontroller.h"
#include "app/perfprobe.h"
#include "app/screenshot.h"
#include "core/logging.h"
#include "core/uitranslation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QSize>
#include <QTranslator>
#include <QtQml/QQmlExtensionPlugin>
#include <cstdio>
#include <optional>

Q_IMPORT_QML_PLUGIN(TidewatchPlugin)

namespace {

struct AppOptions {
    QCommandLineOption demo{QStringLiteral("demo"),
        QCoreApplication::translate("main", "Start with demo profiles against the built-in simulator.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save a PNG of the window once the page shows live data, then quit."),
        QStringLiteral("FILE")};
    QCommandLineOption page{QStringLiteral("page"),
        QCoreApplication::translate("main", "The page to show first (dashboard, streams, api-console, markets, prices, tweets, subscriptions, alerts, connections, settings)."),
        QStringLiteral("NAME")};
    QCommandLineOption size{QStringLiteral("size"),
        QCoreApplication::translate("main", "The window's initial size in pixels, for example 1024x700."),
        QStringLiteral("WxH")};
};

void setUpParser(QCommandLineParser &parser, const AppOptions &options)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Live monitor for crypto and social data streams"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({options.demo, options.screenshot, options.page, options.size});
}

/// Whether the command line asks only for help or the version: those are answered without a
/// QApplication, which would need a display (a terminal over ssh, a packaging script, CI).
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tidewatch.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEWATCH_VERSION));
}

/// The UI language from the settings (or the system's), for the window and for --help.
void installTranslator(QTranslator &translator)
{
    const QString language = QSettings().value(QStringLiteral("ui/language"), QStringLiteral("system")).toString();
    const QLocale locale = language == QLatin1String("system") ? QLocale::system() : QLocale(language);
    if (UiTranslation::load(translator, locale))
        QCoreApplication::installTranslator(&translator);
}

/// "1024x700" → 1024×700; anything else (no "x", a zero, a sign, a unit) → nullopt.
std::optional<QSize> parseWindowSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]{1,5})[xX]([0-9]{1,5})$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() <= 0 || size.height() <= 0)
        return std::nullopt;
    return size;
}

/// Exit code for a malformed option value: the usual "usage error" of command-line tools, and
/// distinct from 1, which --screenshot uses for "no live data" or "could not save".
constexpr int UsageError = 2;

void printUsageError(const QString &message)
{
    std::fprintf(stderr, "tidewatch: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char *argv[])
{
    setApplicationNames();
    QTranslator translator;
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        installTranslator(translator);
        QCommandLineParser parser;
        const AppOptions options;
        setUpParser(parser, options);
        parser.process(app); // prints the help or the version and exits
        return 0;
    }

    // QtCharts' ChartView needs a QApplication, not a QGuiApplication.
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Tidewatch"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/qt/qml/Tidewatch/resources/icons/tidewatch.svg")));
    Redact::installLogFilter();
    installTranslator(translator);

    QCommandLineParser parser;
    const AppOptions options;
    setUpParser(parser, options);
    parser.process(app);

    std::optional<QSize> windowSize;
    if (parser.isSet(options.size)) {
        windowSize = parseWindowSize(parser.value(options.size));
        if (!windowSize) {
            printUsageError(QCoreApplication::translate("main", "--size expects WIDTHxHEIGHT in pixels, for example 1024x700, not \"%1\".")
                                .arg(parser.value(options.size)));
            return UsageError;
        }
    }

    AppController::instance()->start(parser.isSet(options.demo));

    // Material, dense (a desktop monitor shows a lot at once); light or dark follows the system.
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_MATERIAL_VARIANT"))
        qputenv("QT_QUICK_CONTROLS_MATERIAL_VARIANT", "Dense");
    QQmlApplicationEngine engine;
    // Qt 6.4 does not search the resource path that qt_add_qml_module uses by default (6.5 does).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QVariantMap initialProperties{{QStringLiteral("initialPage"), parser.value(options.page)}};
    if (windowSize) {
        initialProperties.insert(QStringLiteral("width"), windowSize->width());
        initialProperties.insert(QStringLiteral("height"), windowSize->height());
    }
    engine.setInitialProperties(initialProperties);
    // Qt 6.4 has no loadFromModule(); load the module's Main.qml from its resource path.
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Tidewatch/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;

    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (windowSize && (windowSize->width() < window->minimumWidth() || windowSize->height() < window->minimumHeight())) {
        printUsageError(QCoreApplication::translate("main", "--size %1x%2 is smaller than the window's minimum size, %3x%4.")
                            .arg(windowSize->width()).arg(windowSize->height())
                            .arg(window->minimumWidth()).arg(window->minimumHeight()));
        return UsageError;
    }
    PerfProbe::startIfRequested(window);
    if (parser.isSet(options.screenshot)) {
        new Screenshotter(window, parser.value(options.screenshot), parser.value(options.page), 30000, &app);
    }
    return app.exec();
}
