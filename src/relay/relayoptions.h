#pragma once
// Command-line options shared by the commands that talk to a relay (relay, alerts --relay).

#include "jetstreamconsumer.h"
#include "jetstreamstream.h"
#include "natsclient.h"

#include <QCommandLineParser>

namespace RelayOptions {

/// --nats, --nats-user, --nats-nkey, --nats-tls, --nats-ca, --nats-cert, --nats-key,
/// --nats-insecure, --stream. Secrets come from the environment only:
/// TIDEWATCH_NATS_PASSWORD, TIDEWATCH_NATS_TOKEN, TIDEWATCH_NATS_SEED.
void addConnectionOptions(QCommandLineParser &parser);
/// The settings, or false with a sentence in *error.
bool connectionSettings(const QCommandLineParser &parser, NatsSettings &out, QString *error);
QString streamName(const QCommandLineParser &parser);

/// --durable, --deliver, --subject (repeatable), --position-file.
void addConsumerOptions(QCommandLineParser &parser);
bool consumerSpec(const QCommandLineParser &parser, RelayConsumerSpec &out, QStringList &subjects, QString *error);

/// Reads and writes a consumer's applied stream position (atomically), so that a consumer
/// killed between applying and acknowledging skips the redelivery instead of repeating it.
quint64 readPosition(const QString &file);
bool writePosition(const QString &file, quint64 position);

} // namespace RelayOptions
