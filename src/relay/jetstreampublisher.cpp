// JetStreamPublisher: js_PublishMsgAsync with an acknowledgement handler on the library's
// thread that only counts, and hands failed messages back to the owner's thread.

#include "jetstreampublisher.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>
#include <charconv>
#include <nats/nats.h>

struct JetStreamPublisher::Shared {
    NatsBridgePtr bridge;
    JetStreamPublisher *self = nullptr;
    std::atomic<qint64> inFlight{0};
    std::atomic<qint64> acked{0};
    std::atomic<qint64> duplicates{0};
    std::atomic<bool> drainWanted{false};
    QMutex mutex;
    QList<RelayOutgoing> failed; // guarded by mutex
};

namespace {

constexpr char MsgIdHeader[] = "Nats-Msg-Id";
constexpr char TimeHeader[] = "Tidewatch-Time";
constexpr char FilterHeader[] = "Tidewatch-Filter";

void onAck(jsCtx *, natsMsg *msg, jsPubAck *pa, jsPubAckErr *pae, void *closure)
{
    // The closure holds a shared_ptr to the state (leaked on purpose: the library may call
    // this after the context is destroyed; the detached bridge then drops everything).
    auto &shared = **static_cast<std::shared_ptr<JetStreamPublisher::Shared> *>(closure);
    bool post = false;
    if (pa) {
        shared.acked.fetch_add(1, std::memory_order_relaxed);
        if (pa->Duplicate)
            shared.duplicates.fetch_add(1, std::memory_order_relaxed);
    } else if (pae && msg) {
        RelayOutgoing again;
        again.subject = QByteArray(natsMsg_GetSubject(msg));
        again.payload = QByteArray(natsMsg_GetData(msg), natsMsg_GetDataLength(msg));
        const char *value = nullptr;
        if (natsMsgHeader_Get(msg, MsgIdHeader, &value) == NATS_OK && value)
            again.msgId = QByteArray(value);
        if (natsMsgHeader_Get(msg, TimeHeader, &value) == NATS_OK && value)
            again.sourceTimeMs = QByteArray(value).toLongLong();
        if (natsMsgHeader_Get(msg, FilterHeader, &value) == NATS_OK && value)
            again.upstreamFilter = QByteArray(value);
        QMutexLocker lock(&shared.mutex);
        shared.failed.append(std::move(again));
        post = true;
    }
    shared.inFlight.fetch_sub(1, std::memory_order_acq_rel);
    natsMsg_Destroy(msg);
    if (shared.drainWanted.exchange(false) || post) {
        JetStreamPublisher *self = shared.self;
        shared.bridge->post([self] { self->drain(); });
    }
}

} // namespace

JetStreamPublisher::JetStreamPublisher(NatsClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_shared(std::make_shared<Shared>())
{
    m_shared->bridge = std::make_shared<NatsBridge>(this);
    m_shared->self = this;
    // A safety net beside the handler-triggered drains (e.g. after a reconnect).
    m_drainTimer.setInterval(100);
    connect(&m_drainTimer, &QTimer::timeout, this, &JetStreamPublisher::drain);
    connect(client, &NatsClient::stateChanged, this, [this](NatsClient::State state) {
        if (state == NatsClient::State::Connected)
            drain();
    });
}

JetStreamPublisher::~JetStreamPublisher()
{
    m_shared->bridge->detach();
    if (m_js)
        jsCtx_Destroy(m_js);
}

bool JetStreamPublisher::start(QString *error)
{
    if (!m_client->handle()) {
        if (error)
            *error = tr("not connected to NATS");
        return false;
    }
    jsOptions opts;
    jsOptions_Init(&opts);
    opts.PublishAsync.AckHandler = onAck;
    opts.PublishAsync.AckHandlerClosure = new std::shared_ptr<Shared>(m_shared);
    // Our own in-flight bound is lower, so the library never stalls the caller.
    opts.PublishAsync.MaxPending = int64_t(m_maxInFlight) * 2;
    const natsStatus s = natsConnection_JetStream(&m_js, m_client->handle(), &opts);
    if (s != NATS_OK) {
        if (error)
            *error = tr("JetStream: %1").arg(NatsClient::statusText(s));
        return false;
    }
    m_drainTimer.start();
    return true;
}

bool JetStreamPublisher::canSend() const
{
    return m_js && m_client->state() == NatsClient::State::Connected
        && m_shared->inFlight.load(std::memory_order_acquire) < m_maxInFlight;
}

void JetStreamPublisher::publish(RelayOutgoing message)
{
    ++m_submitted;
    if (m_buffer.empty() && canSend() && send(message))
        return;
    enqueue(std::move(message), false);
    if (m_client->state() == NatsClient::State::Connected)
        m_shared->drainWanted.store(true);
}

bool JetStreamPublisher::send(RelayOutgoing &message)
{
    natsMsg *msg = nullptr;
    if (natsMsg_Create(&msg, message.subject.constData(), nullptr, message.payload.constData(),
                       int(message.payload.size()))
        != NATS_OK)
        return false;
    if (!message.msgId.isEmpty())
        natsMsgHeader_Set(msg, MsgIdHeader, message.msgId.constData());
    if (message.sourceTimeMs >= 0) {
        // On the stack: a QByteArray per message was a tenth of this function's cost.
        char time[24];
        const auto end = std::to_chars(time, time + sizeof(time) - 1, message.sourceTimeMs).ptr;
        *end = '\0';
        natsMsgHeader_Set(msg, TimeHeader, time);
    }
    if (!message.upstreamFilter.isEmpty())
        natsMsgHeader_Set(msg, FilterHeader, message.upstreamFilter.constData());
    jsPubOptions po;
    jsPubOptions_Init(&po);
    po.MaxWait = m_ackTimeoutMs;
    m_shared->inFlight.fetch_add(1, std::memory_order_acq_rel);
    const natsStatus s = js_PublishMsgAsync(m_js, &msg, &po);
    if (s != NATS_OK) {
        m_shared->inFlight.fetch_sub(1, std::memory_order_acq_rel);
        natsMsg_Destroy(msg);
        return false;
    }
    return true;
}

void JetStreamPublisher::enqueue(RelayOutgoing message, bool front)
{
    if (front)
        m_buffer.push_front(std::move(message));
    else
        m_buffer.push_back(std::move(message));
    while (qint64(m_buffer.size()) > m_bufferLimit) {
        m_buffer.pop_front();
        ++m_dropped;
        ++m_unreportedDrops;
        if (!m_overflowing) {
            m_overflowing = true;
            Q_EMIT overflowStarted(m_bufferLimit);
        }
    }
}

void JetStreamPublisher::drain()
{
    QList<RelayOutgoing> failed;
    {
        QMutexLocker lock(&m_shared->mutex);
        failed.swap(m_shared->failed);
    }
    // Failed messages are older than anything buffered: they go first, in their order.
    for (auto it = failed.rbegin(); it != failed.rend(); ++it)
        enqueue(std::move(*it), true);
    m_retried += failed.size();

    while (!m_buffer.empty() && canSend()) {
        if (!send(m_buffer.front()))
            break;
        m_buffer.pop_front();
    }
    if (!m_buffer.empty() && m_client->state() == NatsClient::State::Connected)
        m_shared->drainWanted.store(true);
    if (m_buffer.empty() && m_overflowing && m_client->state() == NatsClient::State::Connected) {
        m_overflowing = false;
        const qint64 lost = m_unreportedDrops;
        m_unreportedDrops = 0;
        Q_EMIT lossReported(lost);
    }
}

JetStreamPublisher::Counters JetStreamPublisher::counters() const
{
    Counters c;
    c.submitted = m_submitted;
    c.acked = m_shared->acked.load();
    c.duplicates = m_shared->duplicates.load();
    c.retried = m_retried;
    c.dropped = m_dropped;
    c.buffered = qint64(m_buffer.size());
    c.inFlight = m_shared->inFlight.load();
    return c;
}

bool JetStreamPublisher::waitAllAcked(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        drain();
        if (m_buffer.empty() && m_shared->inFlight.load() == 0)
            return true;
        QThread::msleep(2);
        QCoreApplication::processEvents();
    }
    return false;
}
