#pragma once
// Turns every registered connection's traffic into Observations for the alert engine.
// Each provider has a frame decoder (built on its pure codec) that maps one incoming frame
// to typed events and those to Observations. The same path serves live connections,
// replays (Connection::deliverForReplay) and the CLI, so a replay fires the same alerts.

#include "observation.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

class Connection;
class ConnectionRegistry;

/// Maps one incoming frame of a provider's connection to observations.
using FrameDecoder = std::function<QList<Observation>(const QByteArray &frame, const Connection &connection)>;

class AlertFeeds : public QObject
{
    Q_OBJECT

public:
    explicit AlertFeeds(QObject *parent = nullptr);

    /// Follows a registry: every connection it holds now or later is attached.
    void follow(ConnectionRegistry *registry);
    /// Attaches one connection of a provider (Provider::toId). Idempotent.
    void attach(Connection *connection, const QString &providerId);

    /// The decoder for a provider id, or a null function when it has none.
    static FrameDecoder decoderFor(const QString &providerId);
    /// Providers register their decoders (see alertfeeds.cpp for the built-in table).
    static void registerDecoder(const QString &providerId, FrameDecoder decoder);

    /// Decodes a generic JSON frame: numeric fields become metrics (a block's "number"
    /// also "block"), strings texts, the object the record; subject from topic/symbol/type.
    static QList<Observation> decodeGeneric(const QByteArray &frame, const Connection &connection);

Q_SIGNALS:
    void observed(const Observation &observation);
    void connectionObserved(const ConnectionObservation &connection);

private:
    QHash<const Connection *, QString> m_attached;
};

/// A timestamp that may be seconds, milliseconds or an ISO date, as Unix ms (0 if unknown).
qint64 observationTimeMs(const QVariant &value);
