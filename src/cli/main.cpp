#include "cli/cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch"));
    // The same names as the app, so both read the same settings (profiles) on every OS.
    QCoreApplication::setOrganizationName(QStringLiteral("Tidewatch"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tidewatch.example.org"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEWATCH_VERSION));
    return runCli(QCoreApplication::arguments());
}
