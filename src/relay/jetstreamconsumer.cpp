// JetStreamConsumer: js_Subscribe with a durable push consumer; the message handler only
// queues, the owner's thread converts, hands over and acknowledges.

#include "jetstreamconsumer.h"

#include <QMutex>
#include <algorithm>
#include <nats/nats.h>
#include <vector>

struct JetStreamConsumer::Shared {
    NatsBridgePtr bridge;
    JetStreamConsumer *self = nullptr;
    QMutex mutex;
    std::vector<natsMsg *> queue; // guarded by mutex
    bool drainPosted = false;     // guarded by mutex
};

namespace {

constexpr int64_t NsPerMs = 1000 * 1000;

void onMessage(natsConnection *, natsSubscription *, natsMsg *msg, void *closure)
{
    auto &shared = **static_cast<std::shared_ptr<JetStreamConsumer::Shared> *>(closure);
    bool post = false;
    {
        QMutexLocker lock(&shared.mutex);
        shared.queue.push_back(msg);
        if (!shared.drainPosted) {
            shared.drainPosted = true;
            post = true;
        }
    }
    if (post) {
        JetStreamConsumer *self = shared.self;
        shared.bridge->post([self] { self->enqueueFromLibrary(nullptr); });
    }
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
    , m_shared(std::make_shared<Shared>())
{
    m_shared->bridge = std::make_shared<NatsBridge>(this);
    m_shared->self = this;
}

JetStreamConsumer::~JetStreamConsumer()
{
    m_shared->bridge->detach();
    stop();
}

bool JetStreamConsumer::start(const RelayConsumerSpec &spec, QString *error)
{
    stop();
    m_spec = spec;
    if (!m_client->jetStream()) {
        if (error)
            *error = tr("not connected to NATS");
        return false;
    }
    if (spec.durable.isEmpty()) {
        if (error)
            *error = tr("a durable consumer name is required");
        return false;
    }
    const QByteArray stream = spec.stream.toUtf8();
    const QByteArray durable = spec.durable.toUtf8();
    const QByteArray filter = spec.filterSubject.toUtf8();
    // The consumer is created (or found) first and the subscription only binds to it, so
    // that ending the subscription never deletes it: its position must outlive this run.
    jsErrCode code = jsErrCode(0);
    jsConsumerInfo *info = nullptr;
    m_created = false;
    natsStatus s = js_GetConsumerInfo(&info, m_client->jetStream(), stream.constData(), durable.constData(), nullptr, &code);
    quint64 startSeq = 0; // 0: the spec's deliver policy
    if (s == NATS_OK && spec.resumeExactly) {
        // A push consumer redelivers what the last run received but did not acknowledge
        // only after the ack wait, behind newer messages whose "ack all" would then cover
        // the older ones: a gap. Messages in flight, or a changed filter, make the consumer
        // start again right after the last applied (or acknowledged) position instead.
        const QByteArray had = info->Config && info->Config->FilterSubject ? QByteArray(info->Config->FilterSubject) : QByteArray();
        const quint64 acked = info->AckFloor.Stream;
        if (info->NumAckPending > 0 || had != filter) {
            startSeq = std::max<quint64>(acked, m_position) + 1;
            jsConsumerInfo_Destroy(info);
            info = nullptr;
            js_DeleteConsumer(m_client->jetStream(), stream.constData(), durable.constData(), nullptr, &code);
            s = NATS_NOT_FOUND;
        } else {
            m_position = std::max<quint64>(m_position, acked);
        }
    } else if (s == NATS_NOT_FOUND && spec.resumeExactly) {
        // No consumer (first run, or the stream was made anew): a remembered position
        // belongs to something that is gone.
        m_position = 0;
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
        s = js_AddConsumer(&info, m_client->jetStream(), stream.constData(), &cc, nullptr, &code);
        natsInbox_Destroy(inbox);
        m_created = s == NATS_OK;
    }
    if (s != NATS_OK) {
        if (error) {
            const char *last = nats_GetLastError(nullptr);
            *error = tr("consumer %1 on %2: %3")
                         .arg(spec.durable, spec.stream,
                              last && *last ? QString::fromUtf8(last) : NatsClient::statusText(s));
        }
        return false;
    }
    const QByteArray boundFilter = info->Config && info->Config->FilterSubject ? QByteArray(info->Config->FilterSubject) : filter;
    jsConsumerInfo_Destroy(info);

    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Stream = stream.constData();
    so.Consumer = durable.constData();
    so.ManualAck = true;
    natsSubscription *sub = nullptr;
    s = js_Subscribe(&sub, m_client->jetStream(), boundFilter.constData(), onMessage,
                                      new std::shared_ptr<Shared>(m_shared), nullptr, &so, &code);
    if (s != NATS_OK) {
        if (error) {
            const char *last = nats_GetLastError(nullptr);
            *error = tr("consumer %1 on %2: %3")
                         .arg(spec.durable, spec.stream,
                              last && *last ? QString::fromUtf8(last) : NatsClient::statusText(s));
        }
        return false;
    }
    // A flood must not be dropped by the library's per-subscription limit: flow control is
    // the consumer's MaxAckPending.
    natsSubscription_SetPendingLimits(sub, -1, -1);
    m_sub = sub;
    return true;
}

void JetStreamConsumer::stop()
{
    if (!m_sub)
        return;
    // Unsubscribe would delete a durable consumer; draining the interest keeps it.
    natsSubscription_Destroy(m_sub);
    m_sub = nullptr;
    std::vector<natsMsg *> left;
    {
        QMutexLocker lock(&m_shared->mutex);
        left.swap(m_shared->queue);
    }
    for (natsMsg *msg : left)
        natsMsg_Destroy(msg); // not acknowledged: redelivered to the next run
}

void JetStreamConsumer::enqueueFromLibrary(void *)
{
    drain();
}

void JetStreamConsumer::drain()
{
    std::vector<natsMsg *> msgs;
    {
        QMutexLocker lock(&m_shared->mutex);
        const size_t take = std::min(m_shared->queue.size(), size_t(qMax(1, m_spec.maxBatch)));
        msgs.assign(m_shared->queue.begin(), m_shared->queue.begin() + qsizetype(take));
        m_shared->queue.erase(m_shared->queue.begin(), m_shared->queue.begin() + qsizetype(take));
        m_shared->drainPosted = !m_shared->queue.empty();
    }
    if (m_shared->drainPosted) // more than one batch waiting: continue after this one
        QMetaObject::invokeMethod(this, &JetStreamConsumer::drain, Qt::QueuedConnection);
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
