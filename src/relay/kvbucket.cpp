// KvBucket over kvStore_*; the watcher loop runs on its own std::thread.

#include "kvbucket.h"

#include <memory>
#include <nats/nats.h>
#include <utility>

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
    if (m_js)
        jsCtx_Destroy(m_js);
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
    startWatchThread(watcher);
    return true;
}

void KvBucket::startWatchThread(kvWatcher *watcher)
{
    m_stop = false;
    m_watcher = watcher; // destroyed by stopWatching(), after the thread has ended
    NatsBridgePtr bridge = m_bridge;
    m_watchThread = std::thread([this, watcher, bridge] {
        bool initialDone = false;
        while (!m_stop.load()) {
            kvEntry *entry = nullptr;
            const natsStatus st = kvWatcher_Next(&entry, watcher, 250);
            if (st == NATS_TIMEOUT)
                continue;
            if (st != NATS_OK)
                break; // stopped (kvWatcher_Stop wakes a waiting Next at once)
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
    });
}

void KvBucket::watchInBackground(const QString &bucket, const QString &keys, int apiTimeoutMs)
{
    stopWatching(); // also drops an earlier background start
    auto fail = [this](const QString &why) {
        QMetaObject::invokeMethod(this, [this, why] { Q_EMIT watchStarted(false, why); }, Qt::QueuedConnection);
    };
    jsCtx *js = nullptr;
    jsOptions jsOpts;
    jsOptions_Init(&jsOpts);
    jsOpts.Wait = apiTimeoutMs;
    // The worker's own context holds the connection: a close() of the client meanwhile
    // makes its requests fail, never touch freed memory.
    if (!m_client->handle() || natsConnection_JetStream(&js, m_client->handle(), &jsOpts) != NATS_OK) {
        fail(tr("not connected to NATS"));
        return;
    }
    // What the worker opened belongs to the holder until this bucket takes it.
    struct Holder {
        jsCtx *js = nullptr;
        kvStore *kv = nullptr;
        kvWatcher *watcher = nullptr;
        QString error;
        ~Holder()
        {
            if (watcher)
                kvWatcher_Destroy(watcher);
            if (kv)
                kvStore_Destroy(kv);
            if (js)
                jsCtx_Destroy(js);
        }
    };
    m_starting = true;
    std::thread([bridge = m_bridge, self = this, generation = m_generation, js, bucket, keys, apiTimeoutMs] {
        auto holder = std::make_shared<Holder>();
        holder->js = js;
        const QByteArray name = bucket.toUtf8();
        natsStatus s = js_KeyValue(&holder->kv, js, name.constData());
        if (s == NATS_OK)
            s = kvStore_Watch(&holder->watcher, holder->kv, keys.toUtf8().constData(), nullptr);
        if (s == NATS_NOT_FOUND)
            holder->error = KvBucket::tr("the key-value bucket %1 does not exist on the NATS server").arg(bucket);
        else if (s == NATS_TIMEOUT)
            holder->error = KvBucket::tr("the NATS server did not answer for the key-value bucket %1 within %2 s "
                                         "(is JetStream enabled there: nats-server -js?)")
                                .arg(bucket)
                                .arg(apiTimeoutMs / 1000.0);
        else if (s == NATS_NO_RESPONDERS)
            holder->error = KvBucket::tr("JetStream is not enabled on the NATS server (start it with -js)");
        else if (s != NATS_OK)
            holder->error = KvBucket::tr("key-value bucket %1: %2").arg(bucket, lastError(s));
        bridge->post([self, generation, holder, bucket] {
            if (self->m_generation != generation)
                return; // stopped or started again meanwhile: the holder closes it
            self->m_starting = false;
            if (!holder->error.isEmpty()) {
                Q_EMIT self->watchStarted(false, holder->error);
                return;
            }
            if (self->m_kv)
                kvStore_Destroy(self->m_kv);
            if (self->m_js)
                jsCtx_Destroy(self->m_js);
            self->m_kv = std::exchange(holder->kv, nullptr);
            self->m_js = std::exchange(holder->js, nullptr);
            self->m_bucket = bucket;
            self->startWatchThread(std::exchange(holder->watcher, nullptr));
            Q_EMIT self->watchStarted(true, QString());
        });
    }).detach();
}


void KvBucket::stopWatching()
{
    ++m_generation; // a background start on its way is dropped
    m_starting = false;
    if (!m_watchThread.joinable())
        return;
    m_stop = true;
    // Wakes the thread's waiting kvWatcher_Next now instead of after its 250 ms timeout:
    // the window's Disconnect and a profile edit end the watch without a pause.
    kvWatcher_Stop(m_watcher);
    m_watchThread.join();
    kvWatcher_Destroy(m_watcher);
    m_watcher = nullptr;
}
