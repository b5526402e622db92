// JetStreamConsumer: js_Subscribe with a durable push consumer; the message handler only
// queues, the owner's thread converts, hands over and acknowledges.

#include "jetstreamconsumer.h"

#include <QMutex>
#include <thread>
#include <utility>
#include <algorithm>
#include <nats/nats.h>
#include <vector>

struct JetStreamConsumer::Shared {
    NatsBridgePtr bridge;
    JetStreamConsumer *self = nullptr;
    QMutex mutex;
    std::vector<natsMsg *> queue; // guarded by mutex
    bool drainPosted = false;     // guarded by mutex

    /// Destroys what is queued (not acknowledged: delivered again to a later run).
    void discard()
    {
        std::vector<natsMsg *> left;
        {
            QMutexLocker lock(&mutex);
            left.swap(queue);
            drainPosted = false;
        }
        for (natsMsg *msg : left)
            natsMsg_Destroy(msg);
    }

    /// From the library's thread: the consumer's thread drains this queue next. (A nested
    /// class may call the consumer's private drain().)
    static void postDrain(const std::shared_ptr<Shared> &shared)
    {
        std::weak_ptr<Shared> from = shared;
        shared->bridge->post([self = shared->self, from] {
            if (const std::shared_ptr<Shared> sh = from.lock())
                self->drain(sh.get());
        });
    }
};

namespace {

constexpr int64_t NsPerMs = 1000 * 1000;

void onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    const auto &shared = *static_cast<std::shared_ptr<JetStreamConsumer::Shared> *>(closure);
    bool post = false;
    {
        QMutexLocker lock(&shared->mutex);
        shared->queue.push_back(msg);
        if (!shared->drainPosted) {
            shared->drainPosted = true;
            post = true;
        }
    }
    if (post)
        JetStreamConsumer::Shared::postDrain(shared);
}

QByteArray header(natsMsg *msg, const char *name)
{
    const char *value = nullptr;
    if (natsMsgHeader_Get(msg, name, &value) == NATS_OK && value)
        return QByteArray(value);
    return {};
}

} // namespace

JetStreamConsumer::JetStreamConsumer(NatsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_bridge(std::make_shared<NatsBridge>(this))
{
}

JetStreamConsumer::~JetStreamConsumer()
{
    m_bridge->detach(); // a background start's result, and queued drains, are dropped
    stop();
}

std::shared_ptr<JetStreamConsumer::Shared> JetStreamConsumer::makeShared() const
{
    auto shared = std::make_shared<Shared>();
    shared->bridge = m_bridge;
    shared->self = const_cast<JetStreamConsumer *>(this);
    return shared;
}

namespace {

QString apiError(const RelayConsumerSpec &spec, natsStatus s)
{
    // The two ways a server without (working) JetStream answers, in words a person can act on.
    if (s == NATS_TIMEOUT)
        return JetStreamConsumer::tr("the NATS server did not answer the JetStream request for consumer %1 on %2 "
                                     "within %3 s (is JetStream enabled there: nats-server -js?)")
            .arg(spec.durable, spec.stream)
            .arg(spec.apiTimeoutMs / 1000.0);
    if (s == NATS_NO_RESPONDERS)
        return JetStreamConsumer::tr("JetStream is not enabled on the NATS server (start it with -js)");
    const char *last = nats_GetLastError(nullptr); // this thread's
    return JetStreamConsumer::tr("consumer %1 on %2: %3")
        .arg(spec.durable, spec.stream, last && *last ? QString::fromUtf8(last) : NatsClient::statusText(s));
}

} // namespace

bool JetStreamConsumer::start(const RelayConsumerSpec &spec, QString *error)
{
    stop();
    m_spec = spec;
    if (!m_client->jetStream()) {
        if (error)
            *error = tr("not connected to NATS");
        return false;
    }
    const std::shared_ptr<Shared> shared = makeShared();
    const Bound bound = bind(m_client->jetStream(), spec, m_position, shared);
    if (!bound.sub) {
        if (error)
            *error = bound.error;
        return false;
    }
    adopt(bound, shared, nullptr);
    return true;
}

void JetStreamConsumer::startInBackground(const RelayConsumerSpec &spec)
{
    stop(); // also drops an earlier background start
    m_spec = spec;
    auto fail = [this](const QString &why) {
        // Still asynchronous, like every other outcome.
        QMetaObject::invokeMethod(this, [this, why] { Q_EMIT startFinished(false, why); }, Qt::QueuedConnection);
    };
    if (!m_client->handle() || !m_client->jetStream()) {
        fail(tr("not connected to NATS"));
        return;
    }
    // The worker's own JetStream context holds the connection: a close() of the client
    // meanwhile makes its requests fail, never touch freed memory.
    jsCtx *js = nullptr;
    jsOptions jsOpts;
    jsOptions_Init(&jsOpts);
    jsOpts.Wait = spec.apiTimeoutMs;
    if (natsConnection_JetStream(&js, m_client->handle(), &jsOpts) != NATS_OK) {
        fail(tr("not connected to NATS"));
        return;
    }
    // What the worker made belongs to the holder until this consumer takes it: a result
    // nobody takes closes its subscription (and releases the context) itself.
    struct Holder {
        Bound bound;
        jsCtx *js = nullptr;
        ~Holder()
        {
            if (bound.sub)
                natsSubscription_Destroy(bound.sub);
            if (js)
                jsCtx_Destroy(js);
        }
    };
    m_pendingShared = makeShared();
    std::thread([bridge = m_bridge, self = this, generation = m_generation, shared = m_pendingShared, spec,
                 position = m_position, js] {
        auto holder = std::make_shared<Holder>();
        holder->js = js;
        holder->bound = bind(js, spec, position, shared);
        bridge->post([self, generation, shared, holder] {
            if (self->m_generation != generation || self->m_pendingShared != shared)
                return; // stopped or started again meanwhile: the holder closes it
            self->m_pendingShared.reset();
            const Bound bound = std::exchange(holder->bound, Bound{});
            if (!bound.sub) {
                Q_EMIT self->startFinished(false, bound.error);
                return;
            }
            self->adopt(bound, shared, std::exchange(holder->js, nullptr));
            Q_EMIT self->startFinished(true, QString());
        });
    }).detach();
}

void JetStreamConsumer::adopt(const Bound &bound, const std::shared_ptr<Shared> &shared, jsCtx *js)
{
    m_sub = bound.sub;
    m_js = js;
    m_created = bound.created;
    m_position = bound.position;
    m_shared = shared;
    // Messages that arrived before the result waited in the queue.
    bool waiting = false;
    {
        QMutexLocker lock(&shared->mutex);
        waiting = !shared->queue.empty() && !shared->drainPosted;
        if (waiting)
            shared->drainPosted = true;
    }
    if (waiting)
        QMetaObject::invokeMethod(this, [this, shared] { drain(shared.get()); }, Qt::QueuedConnection);
}

JetStreamConsumer::Bound JetStreamConsumer::bind(jsCtx *js, const RelayConsumerSpec &spec, quint64 position,
                                                 const std::shared_ptr<Shared> &shared)
{
    Bound out;
    out.position = position;
    if (spec.durable.isEmpty()) {
        out.error = tr("a durable consumer name is required");
        return out;
    }
    const QByteArray stream = spec.stream.toUtf8();
    const QByteArray durable = spec.durable.toUtf8();
    const QByteArray filter = spec.filterSubject.toUtf8();
    // The consumer is created (or found) first and the subscription only binds to it, so
    // that ending the subscription never deletes it: its position must outlive this run.
    jsErrCode code = jsErrCode(0);
    jsConsumerInfo *info = nullptr;
    natsStatus s = js_GetConsumerInfo(&info, js, stream.constData(), durable.constData(), nullptr, &code);
    quint64 startSeq = 0; // 0: the spec's deliver policy
    if (s == NATS_OK && spec.resumeExactly) {
        // A push consumer redelivers what the last run received but did not acknowledge
        // only after the ack wait, behind newer messages whose "ack all" would then cover
        // the older ones: a gap. Messages in flight, or a changed filter, make the consumer
        // start again right after the last applied (or acknowledged) position instead.
        const QByteArray had = info->Config && info->Config->FilterSubject ? QByteArray(info->Config->FilterSubject) : QByteArray();
        const quint64 acked = info->AckFloor.Stream;
        if (info->NumAckPending > 0 || had != filter) {
            startSeq = std::max<quint64>(acked, out.position) + 1;
            jsConsumerInfo_Destroy(info);
            info = nullptr;
            js_DeleteConsumer(js, stream.constData(), durable.constData(), nullptr, &code);
            s = NATS_NOT_FOUND;
        } else {
            out.position = std::max<quint64>(out.position, acked);
        }
    } else if (s == NATS_NOT_FOUND && spec.resumeExactly) {
        // No consumer (first run, or the stream was made anew): a remembered position
        // belongs to something that is gone.
        out.position = 0;
    }
    if (s == NATS_NOT_FOUND) {
        natsInbox *inbox = nullptr;
        natsInbox_Create(&inbox);
        jsConsumerConfig cc;
        jsConsumerConfig_Init(&cc);
        cc.Durable = durable.constData();
        cc.DeliverSubject = inbox;
        cc.FilterSubject = filter.constData();
        cc.AckPolicy = js_AckAll;
        cc.AckWait = int64_t(spec.ackWaitMs) * NsPerMs;
        cc.MaxAckPending = spec.maxAckPending;
        cc.DeliverPolicy = spec.deliverNew ? js_DeliverNew : js_DeliverAll;
        if (startSeq > 0) {
            cc.DeliverPolicy = js_DeliverByStartSequence;
            cc.OptStartSeq = startSeq;
        }
        s = js_AddConsumer(&info, js, stream.constData(), &cc, nullptr, &code);
        natsInbox_Destroy(inbox);
        out.created = s == NATS_OK;
    }
    if (s != NATS_OK) {
        out.created = false;
        out.error = apiError(spec, s);
        return out;
    }
    const QByteArray boundFilter = info->Config && info->Config->FilterSubject ? QByteArray(info->Config->FilterSubject) : filter;
    jsConsumerInfo_Destroy(info);

    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = stream.constData();
    so.Consumer = durable.constData();
    so.ManualAck = true;
    natsSubscription *sub = nullptr;
    s = js_Subscribe(&sub, js, boundFilter.constData(), onMessage, new std::shared_ptr<Shared>(shared), nullptr, &so, &code);
    if (s != NATS_OK) {
        out.created = false;
        out.error = apiError(spec, s);
        return out;
    }
    // A flood must not be dropped by the library's per-subscription limit: flow control is
    // the consumer's MaxAckPending.
    natsSubscription_SetPendingLimits(sub, -1, -1);
    out.sub = sub;
    return out;
}

void JetStreamConsumer::stop()
{
    ++m_generation; // a background start on its way is dropped
    if (m_pendingShared) {
        m_pendingShared->discard();
        m_pendingShared.reset();
    }
    if (!m_sub)
        return;
    // Unsubscribe would delete a durable consumer; draining the interest keeps it.
    natsSubscription_Destroy(m_sub);
    m_sub = nullptr;
    if (m_js) {
        jsCtx_Destroy(m_js);
        m_js = nullptr;
    }
    m_shared->discard(); // not acknowledged: redelivered to the next run
    m_shared.reset();
}

void JetStreamConsumer::drain(Shared *from)
{
    if (!from || from != m_shared.get()) {
        if (from && from == m_pendingShared.get()) {
            // Bound, but its result has not arrived: adopt() continues.
            QMutexLocker lock(&from->mutex);
            from->drainPosted = false;
        } else if (from) {
            from->discard(); // a subscription given up: delivered again to a later run
        }
        return;
    }
    std::vector<natsMsg *> msgs;
    {
        QMutexLocker lock(&m_shared->mutex);
        const size_t take = std::min(m_shared->queue.size(), size_t(qMax(1, m_spec.maxBatch)));
        msgs.assign(m_shared->queue.begin(), m_shared->queue.begin() + qsizetype(take));
        m_shared->queue.erase(m_shared->queue.begin(), m_shared->queue.begin() + qsizetype(take));
        m_shared->drainPosted = !m_shared->queue.empty();
    }
    if (m_shared->drainPosted) // more than one batch waiting: continue after this one
        QMetaObject::invokeMethod(this, [this, shared = m_shared] { drain(shared.get()); }, Qt::QueuedConnection);
    if (msgs.empty())
        return;

    QList<RelayMessage> batch;
    batch.reserve(qsizetype(msgs.size()));
    for (natsMsg *msg : msgs) {
        jsMsgMetaData *meta = nullptr;
        if (natsMsg_GetMetaData(&meta, msg) != NATS_OK)
            continue; // not a JetStream delivery (e.g. a status message): nothing to apply
        const quint64 seq = meta->Sequence.Stream;
        m_pending = meta->NumPending;
        if (seq <= m_position) {
            ++m_skipped;
            jsMsgMetaData_Destroy(meta);
            continue;
        }
        RelayMessage m;
        m.subject = QByteArray(natsMsg_GetSubject(msg));
        m.payload = QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
        m.msgId = header(msg, "Nats-Msg-Id");
        const QByteArray t = header(msg, "Tidewatch-Time");
        m.sourceTimeMs = t.isEmpty() ? -1 : t.toLongLong();
        m.upstreamFilter = header(msg, "Tidewatch-Filter");
        m.storedAtMs = meta->Timestamp / NsPerMs;
        m.streamSeq = seq;
        m.pending = meta->NumPending;
        m.delivered = meta->NumDelivered;
        jsMsgMetaData_Destroy(meta);
        m_position = seq;
        batch.append(std::move(m));
    }
    m_received += batch.size();
    if (!batch.isEmpty()) {
        Q_EMIT messagesReceived(batch);
        Q_EMIT batchApplied(m_position);
    }
    // "Ack all": the last message acknowledges the whole batch, skipped ones included.
    natsMsg_Ack(msgs.back(), nullptr);
    for (natsMsg *msg : msgs)
        natsMsg_Destroy(msg);
    Q_EMIT statsChanged();
}
