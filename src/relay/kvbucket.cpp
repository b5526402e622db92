// KvBucket over kvStore_*; the watcher loop runs on its own std::thread.

#include "kvbucket.h"

#include <nats/nats.h>

namespace {

QString lastError(natsStatus s)
{
    const char *last = nats_GetLastError(nullptr);
    return last && *last ? QString::fromUtf8(last) : NatsClient::statusText(s);
}

} // namespace

KvBucket::KvBucket(NatsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bridge(std::make_shared<NatsBridge>(this))
{
}

KvBucket::~KvBucket()
{
    m_bridge->detach();
    stopWatching();
    if (m_kv)
        kvStore_Destroy(m_kv);
}

bool KvBucket::open(const QString &bucket, bool createIfMissing, QString *error)
{
    if (!m_client->jetStream()) {
        if (error)
            *error = tr("not connected to NATS");
        return false;
    }
    const QByteArray name = bucket.toUtf8();
    natsStatus s = js_KeyValue(&m_kv, m_client->jetStream(), name.constData());
    if (s == NATS_NOT_FOUND && createIfMissing) {
        kvConfig cfg;
        kvConfig_Init(&cfg);
        cfg.Bucket = name.constData();
        cfg.History = 5;
        s = js_CreateKeyValue(&m_kv, m_client->jetStream(), &cfg);
    }
    if (s != NATS_OK) {
        m_kv = nullptr;
        if (error)
            *error = tr("key-value bucket %1: %2").arg(bucket, lastError(s));
        return false;
    }
    m_bucket = bucket;
    return true;
}

quint64 KvBucket::put(const QString &key, const QByteArray &value, QString *error)
{
    uint64_t rev = 0;
    const natsStatus s = m_kv ? kvStore_Put(&rev, m_kv, key.toUtf8().constData(), value.constData(), int(value.size()))
                              : NATS_INVALID_ARG;
    if (s != NATS_OK) {
        if (error)
            *error = tr("could not write %1: %2").arg(key, lastError(s));
        return 0;
    }
    return rev;
}

bool KvBucket::remove(const QString &key, QString *error)
{
    const natsStatus s = m_kv ? kvStore_Delete(m_kv, key.toUtf8().constData()) : NATS_INVALID_ARG;
    if (s != NATS_OK && error)
        *error = tr("could not delete %1: %2").arg(key, lastError(s));
    return s == NATS_OK;
}

QByteArray KvBucket::get(const QString &key, QString *error)
{
    kvEntry *entry = nullptr;
    const natsStatus s = m_kv ? kvStore_Get(&entry, m_kv, key.toUtf8().constData()) : NATS_INVALID_ARG;
    if (s == NATS_NOT_FOUND)
        return {};
    if (s != NATS_OK) {
        if (error)
            *error = tr("could not read %1: %2").arg(key, lastError(s));
        return {};
    }
    QByteArray value(static_cast<const char *>(kvEntry_Value(entry)), kvEntry_ValueLen(entry));
    if (value.isNull())
        value = QByteArray("");
    kvEntry_Destroy(entry);
    return value;
}

bool KvBucket::watch(const QString &keys, QString *error)
{
    stopWatching();
    if (!m_kv) {
        if (error)
            *error = tr("the bucket is not open");
        return false;
    }
    kvWatcher *watcher = nullptr;
    const natsStatus s = kvStore_Watch(&watcher, m_kv, keys.toUtf8().constData(), nullptr);
    if (s != NATS_OK) {
        if (error)
            *error = tr("could not watch %1: %2").arg(m_bucket, lastError(s));
        return false;
    }
    m_stop = false;
    NatsBridgePtr bridge = m_bridge;
    m_watchThread = std::thread([this, watcher, bridge] {
        bool initialDone = false;
        while (!m_stop.load()) {
            kvEntry *entry = nullptr;
            const natsStatus st = kvWatcher_Next(&entry, watcher, 250);
            if (st == NATS_TIMEOUT)
                continue;
            if (st != NATS_OK)
                break; // stopped
            if (!entry) {
                // A null entry marks the end of the current values.
                if (!initialDone) {
                    initialDone = true;
                    bridge->post([this] { Q_EMIT initialValuesDone(); });
                }
                continue;
            }
            const QString key = QString::fromUtf8(kvEntry_Key(entry));
            const QByteArray value(static_cast<const char *>(kvEntry_Value(entry)), kvEntry_ValueLen(entry));
            const quint64 revision = kvEntry_Revision(entry);
            const bool deleted = kvEntry_Operation(entry) != kvOp_Put;
            kvEntry_Destroy(entry);
            bridge->post([this, key, value, revision, deleted] { Q_EMIT entryChanged(key, value, revision, deleted); });
        }
        kvWatcher_Destroy(watcher);
    });
    return true;
}

void KvBucket::stopWatching()
{
    if (!m_watchThread.joinable())
        return;
    m_stop = true;
    m_watchThread.join();
}
