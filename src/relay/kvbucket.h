#pragma once
// A JetStream key-value bucket: read, write and watch, with changes on the owner's thread.

#include "natsbridge.h"
#include "natsclient.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <atomic>
#include <thread>

struct __kvStore;

/// One bucket. open() creates it when missing. watch() starts a watcher thread (the
/// library's watcher is a blocking iterator) whose entries are queued to this object's
/// thread: first every current value, then initialValuesDone(), then each change as it
/// happens.
class KvBucket : public QObject
{
    Q_OBJECT

public:
    explicit KvBucket(NatsClient *client, QObject *parent = nullptr);
    ~KvBucket() override;

    bool open(const QString &bucket, bool createIfMissing = true, QString *error = nullptr);
    QString bucket() const { return m_bucket; }

    /// Synchronous (one round trip). The revision, or 0 on failure with *error set.
    quint64 put(const QString &key, const QByteArray &value, QString *error = nullptr);
    bool remove(const QString &key, QString *error = nullptr);
    /// The current value, or a null QByteArray when the key is absent.
    QByteArray get(const QString &key, QString *error = nullptr);

    /// Watches every key ("*" wildcards allowed in keys, default all).
    bool watch(const QString &keys = QStringLiteral(">"), QString *error = nullptr);
    void stopWatching();

Q_SIGNALS:
    /// deleted is true for a delete or purge (value empty then).
    void entryChanged(const QString &key, const QByteArray &value, quint64 revision, bool deleted);
    void initialValuesDone();

private:
    NatsClient *m_client;
    NatsBridgePtr m_bridge;
    __kvStore *m_kv = nullptr;
    QString m_bucket;
    std::thread m_watchThread;
    std::atomic<bool> m_stop{false};
};
