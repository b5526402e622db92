// RelayOptions: one set of NATS options for every relay command.

#include "relayoptions.h"

#include <QFile>
#include <QSaveFile>

namespace RelayOptions {

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("nats"), QStringLiteral("NATS server URL(s), comma separated."), QStringLiteral("URL"),
                      QStringLiteral("nats://127.0.0.1:4222")});
    parser.addOption({QStringLiteral("nats-user"),
                      QStringLiteral("NATS user (the password comes from TIDEWATCH_NATS_PASSWORD)."), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("nats-nkey"),
                      QStringLiteral("The user's public NKey (U…); the seed comes from TIDEWATCH_NATS_SEED."),
                      QStringLiteral("NKEY")});
    parser.addOption({QStringLiteral("nats-tls"), QStringLiteral("Use TLS (also implied by a tls:// URL).")});
    parser.addOption({QStringLiteral("nats-ca"), QStringLiteral("PEM file of the CA(s) to trust."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("nats-cert"), QStringLiteral("Client certificate (PEM) for mutual TLS."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("nats-key"), QStringLiteral("Client certificate's private key (PEM)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("nats-insecure"), QStringLiteral("Do not verify the server's certificate (labs only).")});
    parser.addOption({QStringLiteral("stream"), QStringLiteral("JetStream stream name."), QStringLiteral("NAME"),
                      QStringLiteral("TIDEWATCH")});
}

bool connectionSettings(const QCommandLineParser &parser, NatsSettings &out, QString *error)
{
    out.url = parser.value(QStringLiteral("nats"));
    if (out.url.isEmpty()) {
        *error = QStringLiteral("--nats needs a URL such as nats://127.0.0.1:4222");
        return false;
    }
    out.user = parser.value(QStringLiteral("nats-user"));
    out.password = qEnvironmentVariable("TIDEWATCH_NATS_PASSWORD");
    out.token = qEnvironmentVariable("TIDEWATCH_NATS_TOKEN");
    out.nkeyPublic = parser.value(QStringLiteral("nats-nkey"));
    out.nkeySeed = qEnvironmentVariable("TIDEWATCH_NATS_SEED");
    if (!out.nkeyPublic.isEmpty() && out.nkeySeed.isEmpty()) {
        *error = QStringLiteral("--nats-nkey needs the seed in TIDEWATCH_NATS_SEED");
        return false;
    }
    out.tls.enabled = parser.isSet(QStringLiteral("nats-tls"));
    out.tls.caFile = parser.value(QStringLiteral("nats-ca"));
    out.tls.certFile = parser.value(QStringLiteral("nats-cert"));
    out.tls.keyFile = parser.value(QStringLiteral("nats-key"));
    out.tls.skipVerify = parser.isSet(QStringLiteral("nats-insecure"));
    if (out.tls.certFile.isEmpty() != out.tls.keyFile.isEmpty()) {
        *error = QStringLiteral("--nats-cert and --nats-key go together");
        return false;
    }
    return true;
}

QString streamName(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("stream"));
}

void addConsumerOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("durable"),
                      QStringLiteral("Durable consumer name: this consumer's identity; a restart resumes where it stopped."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("deliver"),
                      QStringLiteral("Where a new consumer starts: all (the stream's beginning) or new."),
                      QStringLiteral("FROM"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("subject"),
                      QStringLiteral("Subjects to follow (repeatable, NATS wildcards), e.g. tidewatch.conyr.team.>"),
                      QStringLiteral("SUBJECT")});
    parser.addOption({QStringLiteral("position-file"),
                      QStringLiteral("Remember the applied position in FILE as well (no repeat after a hard kill)."),
                      QStringLiteral("FILE")});
}

bool consumerSpec(const QCommandLineParser &parser, RelayConsumerSpec &out, QStringList &subjects, QString *error)
{
    out.stream = streamName(parser);
    out.durable = parser.value(QStringLiteral("durable"));
    if (out.durable.isEmpty() || out.durable.contains(QLatin1Char('.')) || out.durable.contains(QLatin1Char(' '))) {
        *error = QStringLiteral("--durable NAME is required (no dots or spaces)");
        return false;
    }
    const QString deliver = parser.value(QStringLiteral("deliver"));
    if (deliver != QLatin1String("all") && deliver != QLatin1String("new")) {
        *error = QStringLiteral("--deliver takes all or new");
        return false;
    }
    out.deliverNew = deliver == QLatin1String("new");
    subjects = parser.values(QStringLiteral("subject"));
    // nats-server 2.9 filters a consumer on one subject; more are filtered locally.
    out.filterSubject = subjects.size() == 1 ? subjects.first() : QStringLiteral("tidewatch.>");
    // What a killed run received but did not acknowledge must not be overtaken (a gap).
    out.resumeExactly = true;
    return true;
}

quint64 readPosition(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    return f.readAll().trimmed().toULongLong();
}

bool writePosition(const QString &file, quint64 position)
{
    QSaveFile f(file);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QByteArray::number(position) + '\n');
    return f.commit();
}

} // namespace RelayOptions
