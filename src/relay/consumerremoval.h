#pragma once
// Deleting a desktop's durable consumer on the relay's server, off the GUI thread.

#include "natsclient.h"

#include <QObject>
#include <QString>

class QThread;

/// What ConsumerRemoval tells when it is done.
struct ConsumerRemovalResult {
    bool removed = false;   ///< the consumer is gone from the server (or was gone already)
    QString message;        ///< a sentence for people (redacted)
};

/// Removes one durable consumer (a removed relay profile's `tidewatch-desk-<id>`): opens its
/// own NATS connection with the settings the profile ran with, on a thread of its own, so
/// that neither connecting nor the JetStream request ever blocks the GUI thread. Best
/// effort: a server that does not answer within the grace time (or refuses the
/// credentials) ends it with removed = false and a sentence that says what stays on the
/// server and how to remove it there. Deletes itself after finished().
class ConsumerRemoval : public QObject
{
    Q_OBJECT

public:
    /// settings: the profile's NATS settings with its secret (kept in memory only).
    ConsumerRemoval(const NatsSettings &settings, const QString &stream, const QString &durable, QObject *parent);
    ~ConsumerRemoval() override;

    /// Starts; finished() arrives on this object's thread within graceMs (plus one
    /// JetStream request timeout at most).
    void start(int graceMs);

    QString durable() const { return m_durable; }

Q_SIGNALS:
    void finished(const ConsumerRemovalResult &result);

private:
    NatsSettings m_settings;
    QString m_stream;
    QString m_durable;
    QThread *m_thread = nullptr;
};
Q_DECLARE_METATYPE(ConsumerRemovalResult)
