#include "cli/cli.h"
#include "core/uitranslation.h"

#include <QCoreApplication>
#include <QTranslator>

#ifdef Q_OS_UNIX
#include <csignal>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // A reader that closes the pipe (`tidewatch-cli … | head`) is noticed as EPIPE by the
    // output writer, which ends the run quietly, instead of killing the process mid-line.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch"));
    // The same names as the app, so both read the same settings (profiles) on every OS.
    QCoreApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tidewatch.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEWATCH_VERSION));
    // Messages in English whatever the locale (scripts match on them), with real plurals.
    QTranslator english;
    if (UiTranslation::loadEnglish(english))
        QCoreApplication::installTranslator(&english);
    return runCli(QCoreApplication::arguments());
}
