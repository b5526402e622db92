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
struct __kvWatcher;
struct __jsCtx;

/// One bucket. open() creates it when missing. watch() starts a watcher thread (the
/// library's watcher is a blocking iterator) whose entries are queued to this object's
/// thread: first every current value, then initialValuesDone(), then each change as it
/// happens. open() and watch() wait for the server (JetStream API requests); a window
/// uses watchInBackground(), which does both on a worker thread.
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
    /// Opens the existing bucket and watches keys, with the JetStream API requests (each up
    /// to apiTimeoutMs) on a worker thread: returns at once, and watchStarted() tells the
    /// outcome on this thread; the entries follow as with watch(). stopWatching(), another
    /// call or the object's end meanwhile drops the result (which then closes itself).
    void watchInBackground(const QString &bucket, const QString &keys = QStringLiteral(">"), int apiTimeoutMs = 5000);
    bool isStarting() const { return m_starting; }
    void stopWatching();

Q_SIGNALS:
    /// watchInBackground() has finished: watching (ok), or why not (error, a sentence).
    void watchStarted(bool ok, const QString &error);
    /// deleted is true for a delete or purge (value empty then).
    void entryChanged(const QString &key, const QByteArray &value, quint64 revision, bool deleted);
    void initialValuesDone();

private:
    /// Runs the watcher loop on its own thread (owns watcher).
    void startWatchThread(__kvWatcher *watcher);

    NatsClient *m_client;
    NatsBridgePtr m_bridge;
    __kvStore *m_kv = nullptr;
    __kvWatcher *m_watcher = nullptr; ///< while the watch thread runs
    __jsCtx *m_js = nullptr; ///< the context watchInBackground() opened m_kv with (owned)
    quint64 m_generation = 0; ///< counts watchInBackground() and stopWatching()
    bool m_starting = false;
    QString m_bucket;
    std::thread m_watchThread;
    std::atomic<bool> m_stop{false};
};
