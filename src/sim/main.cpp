// tidewatch-sim: the simulator as a standalone server, optionally behind a fault proxy.

#include "sim/faultproxy.h"
#include "sim/simserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <cstdio>
#include <iostream>
#include <memory>
#include <string>
#include <thread>

namespace {

const char *const ProxyHelp =
    "Fault proxy:\n"
    "  --proxy PORT forwards every connection on PORT to the simulator started by this process\n"
    "  (or, with --target HOST:PORT, to any server; the simulator is then not started) and\n"
    "  injects the --fault MODE:\n"
    "    pass        forward unchanged\n"
    "    latency     delay every chunk by --latency MS in each direction (default 200)\n"
    "    cut         close both sides at once (new connections after --cut-after MS)\n"
    "    black-hole  accept and read bytes, forward nothing, never close (a half-open socket)\n"
    "    corrupt     flip one byte in --corrupt-stride N of every forwarded chunk (default 7)\n"
    "    truncate    forward half of the next chunk, then cut\n"
    "    reset       reset every connection with a TCP RST (new connections too)\n"
    "    fin         end every connection with a FIN and no close frame (new connections too)\n"
    "    close-frame send a server close frame (code 1001, or the number given on stdin)\n"
    "    http-error  answer new connections' upgrade with HTTP 503 (or the number given)\n"
    "  While running, a line on standard input switches the mode: a mode name, optionally\n"
    "  followed by a number for latency, cut, corrupt, close-frame or http-error (e.g.\n"
    "  'latency 500', 'close-frame 4000', 'http-error 502', 'black-hole', 'pass').\n"
    "Example: tidewatch-sim --port 8765 --proxy 9000 --fault black-hole\n";

/// Parses HOST:PORT (IPv6 hosts in brackets). Returns false on a malformed value.
bool parseHostPort(const QString &value, QString *host, quint16 *port)
{
    const qsizetype colon = value.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint p = value.mid(colon + 1).toUInt(&ok);
    if (!ok || p == 0 || p > 65535)
        return false;
    QString h = value.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    *host = h;
    *port = quint16(p);
    return !h.isEmpty();
}

/// Applies one control line ("latency 300", "black-hole", …) to the proxy.
void applyControlLine(FaultProxy *proxy, const QString &line)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return;
    const auto mode = FaultProxy::modeFromName(words.constFirst());
    if (!mode) {
        std::fprintf(stderr, "tidewatch-sim: unknown fault mode '%s' (one of: %s)\n", qPrintable(words.constFirst()),
                     qPrintable(FaultProxy::modeNames().join(QLatin1String(", "))));
        return;
    }
    if (words.size() > 1) {
        const int value = words.at(1).toInt();
        if (*mode == FaultProxy::Mode::Latency)
            proxy->setLatencyMs(value);
        else if (*mode == FaultProxy::Mode::Cut)
            proxy->setCutAfterMs(value);
        else if (*mode == FaultProxy::Mode::Corrupt)
            proxy->setCorruptStride(value);
        else if (*mode == FaultProxy::Mode::CloseFrame)
            proxy->setCloseCode(value);
        else if (*mode == FaultProxy::Mode::HttpError)
            proxy->setHttpStatus(value);
    }
    proxy->setMode(*mode);
    std::printf("fault proxy mode: %s\n", qPrintable(FaultProxy::modeName(*mode)));
    std::fflush(stdout);
}

/// Reads control lines from standard input on a thread of its own (portable, unlike a
/// socket notifier on stdin) and hands each to the proxy on the main thread.
void watchStandardInput(FaultProxy *proxy)
{
    QPointer<FaultProxy> guarded(proxy);
    std::thread([guarded] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QString text = QString::fromStdString(line);
            QMetaObject::invokeMethod(QCoreApplication::instance(), [guarded, text] {
                if (guarded)
                    applyControlLine(guarded, text);
            });
        }
    }).detach();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tidewatch-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TIDEWATCH_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves every provider's protocol on one loopback port, seeded, on an accelerated clock.\n\n")
        + QString::fromLatin1(ProxyHelp));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."), QStringLiteral("PORT"), QStringLiteral("8765")});
    parser.addOption({QStringLiteral("host"), QStringLiteral("Address to listen on."), QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Seed for the generated data."), QStringLiteral("N"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("clock"), QStringLiteral("Simulated seconds per real second."), QStringLiteral("FACTOR"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("accept-key"), QStringLiteral("An API key the simulator accepts (repeatable; default: demo-key; 'any' accepts every non-empty key)."), QStringLiteral("KEY")});
    parser.addOption({QStringLiteral("option"), QStringLiteral("A provider option NAME=VALUE (repeatable), e.g. conyr.tier=layer1."), QStringLiteral("NAME=VALUE")});
    parser.addOption({QStringLiteral("proxy"), QStringLiteral("Also run a fault proxy on this loopback port (0 = any free port)."), QStringLiteral("PORT")});
    parser.addOption({QStringLiteral("target"), QStringLiteral("Forward the proxy to HOST:PORT instead of this simulator (no simulator is started)."), QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("fault"), QStringLiteral("The proxy's fault: pass, latency, cut, black-hole, corrupt, truncate, reset, fin, close-frame, http-error."), QStringLiteral("MODE"), QStringLiteral("pass")});
    parser.addOption({QStringLiteral("latency"), QStringLiteral("Delay per direction in latency mode."), QStringLiteral("MS"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("cut-after"), QStringLiteral("In cut mode, how long a new connection lives."), QStringLiteral("MS"), QStringLiteral("0")});
    parser.addOption({QStringLiteral("corrupt-stride"), QStringLiteral("In corrupt mode, flip one byte in N."), QStringLiteral("N"), QStringLiteral("7")});
    parser.process(app);

    const bool withProxy = parser.isSet(QStringLiteral("proxy"));
    const bool proxyOnly = parser.isSet(QStringLiteral("target"));
    if (proxyOnly && !withProxy) {
        std::fprintf(stderr, "tidewatch-sim: --target needs --proxy PORT\n");
        return 2;
    }
    const auto mode = FaultProxy::modeFromName(parser.value(QStringLiteral("fault")));
    if (!mode) {
        std::fprintf(stderr, "tidewatch-sim: unknown --fault '%s' (one of: %s)\n",
                     qPrintable(parser.value(QStringLiteral("fault"))),
                     qPrintable(FaultProxy::modeNames().join(QLatin1String(", "))));
        return 2;
    }
    bool ok = true;
    const int latency = parser.value(QStringLiteral("latency")).toInt(&ok);
    const int cutAfter = ok ? parser.value(QStringLiteral("cut-after")).toInt(&ok) : 0;
    const int stride = ok ? parser.value(QStringLiteral("corrupt-stride")).toInt(&ok) : 0;
    if (!ok || latency < 0 || cutAfter < 0 || stride < 1) {
        std::fprintf(stderr, "tidewatch-sim: --latency and --cut-after take milliseconds >= 0, --corrupt-stride a number >= 1\n");
        return 2;
    }

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

    std::unique_ptr<SimServer> server;
    QString targetHost = QStringLiteral("127.0.0.1");
    quint16 targetPort = 0;
    if (proxyOnly) {
        if (!parseHostPort(parser.value(QStringLiteral("target")), &targetHost, &targetPort)) {
            std::fprintf(stderr, "tidewatch-sim: --target takes HOST:PORT\n");
            return 2;
        }
    } else {
        server = std::make_unique<SimServer>(config);
        server->installStandardHandlers();
        if (!server->listen(QHostAddress(parser.value(QStringLiteral("host"))), quint16(parser.value(QStringLiteral("port")).toUInt()))) {
            std::fprintf(stderr, "tidewatch-sim: cannot listen: %s\n", qPrintable(server->errorString()));
            return 1;
        }
        std::printf("tidewatch-sim listening on %s\n", qPrintable(server->baseUrl().toString()));
        targetHost = server->baseUrl().host();
        targetPort = server->port();
    }

    std::unique_ptr<FaultProxy> proxy;
    if (withProxy) {
        const uint proxyPort = parser.value(QStringLiteral("proxy")).toUInt(&ok);
        if (!ok || proxyPort > 65535) {
            std::fprintf(stderr, "tidewatch-sim: --proxy takes a port number\n");
            return 2;
        }
        proxy = std::make_unique<FaultProxy>();
        proxy->setTarget(targetHost, targetPort);
        proxy->setLatencyMs(latency);
        proxy->setCutAfterMs(cutAfter);
        proxy->setCorruptStride(stride);
        proxy->setMode(*mode);
        if (!proxy->listen(QHostAddress::LocalHost, quint16(proxyPort))) {
            std::fprintf(stderr, "tidewatch-sim: proxy cannot listen: %s\n", qPrintable(proxy->errorString()));
            return 1;
        }
        std::printf("fault proxy on 127.0.0.1:%u -> %s:%u, mode %s\n", unsigned(proxy->port()),
                    qPrintable(targetHost), unsigned(targetPort), qPrintable(FaultProxy::modeName(*mode)));
        watchStandardInput(proxy.get());
    }
    std::fflush(stdout);
    const int code = QCoreApplication::exec();
    proxy.reset();
    server.reset();
    return code;
}
