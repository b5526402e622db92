// tidewatch-sim: the simulator as a standalone server.

#include "sim/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEWATCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves every provider's protocol on one loopback port, seeded, on an accelerated clock."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."), QStringLiteral("PORT"), QStringLiteral("8765")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Address to listen on."), QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed for the generated data."), QStringLiteral("N"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("clock"), QStringLiteral("Simulated seconds per real second."), QStringLiteral("FACTOR"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("accept-key"), QStringLiteral("An API key the simulator accepts (repeatable; default: demo-key; 'any' accepts every non-empty key)."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("option"), QStringLiteral("A provider option NAME=VALUE (repeatable), e.g. conyr.tier=layer1."), QStringLiteral("NAME=VALUE")});
    parser.process(app);

    SimConfig config;
    config.seed = parser.value(QStringLiteral("seed")).toUInt();
    config.clockFactor = parser.value(QStringLiteral("clock")).toDouble();
    if (config.clockFactor <= 0) {
        std::fprintf(stderr, "tidewatch-sim: --clock takes a positive factor\n");
        return 2;
    }
    const QStringList keys = parser.values(QStringLiteral("accept-key"));
    if (!keys.isEmpty()) {
        config.acceptedKeys.clear();
        if (!keys.contains(QStringLiteral("any")))
            config.acceptedKeys = QSet<QString>(keys.cbegin(), keys.cend());
    }
    for (const QString &option : parser.values(QStringLiteral("option"))) {
        const qsizetype eq = option.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            std::fprintf(stderr, "tidewatch-sim: --option takes NAME=VALUE, got '%s'\n", qPrintable(option));
            return 2;
        }
        config.options.insert(option.left(eq), option.mid(eq + 1));
    }

    SimServer server(config);
    server.installStandardHandlers();
    if (!server.listen(QHostAddress(parser.value(QStringLiteral("host"))), quint16(parser.value(QStringLiteral("port")).toUInt()))) {
        std::fprintf(stderr, "tidewatch-sim: cannot listen: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    std::printf("tidewatch-sim listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return app.exec();
}
