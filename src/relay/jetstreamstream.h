#pragma once
// Creating or checking the relay's JetStream stream.

#include <QString>
#include <QStringList>

struct __jsCtx;

/// The stream the relay publishes into and desktops consume from. Limits are options of
/// `tidewatch-cli relay` (retention by age, size and count; the oldest are discarded).
struct RelayStreamSpec {
    QString name = QStringLiteral("TIDEWATCH");
    QStringList subjects{QStringLiteral("tidewatch.>")};
    bool memoryStorage = false;     ///< file storage survives a nats-server restart
    qint64 maxAgeMs = 24LL * 3600 * 1000;
    qint64 maxBytes = 1024LL * 1024 * 1024;
    qint64 maxMsgs = -1;            ///< -1: no count limit
    qint64 duplicateWindowMs = 2 * 60 * 1000; ///< Nats-Msg-Id de-duplication window
};

/// What ensureRelayStream() found or did.
struct RelayStreamStatus {
    bool ok = false;
    bool created = false;
    bool updated = false;           ///< limits differed and were updated
    QString error;                  ///< a sentence when !ok
    quint64 messages = 0;
    quint64 bytes = 0;
    quint64 firstSeq = 0;
    quint64 lastSeq = 0;
};

/// Creates the stream, or checks an existing one and updates its limits to the spec.
/// Blocks for one JetStream API round trip (at most the context's wait, 5 s).
RelayStreamStatus ensureRelayStream(__jsCtx *js, const RelayStreamSpec &spec);
/// The stream's current state, without changing it.
RelayStreamStatus relayStreamInfo(__jsCtx *js, const QString &name);
