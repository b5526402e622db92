#include "conyrclient.h"

#include "candlerestclient.h"
#include "conyrcodec.h"
#include "conyrtokens.h"
#include "core/logging.h"

#include <QDateTime>

using namespace Conyr;

namespace {
constexpr int SampleChars = 300;

/// Every client of this process, for counting connections per key against the tier.
QList<ConyrClient *> &allClients()
{
    static QList<ConyrClient *> clients;
    return clients;
}

bool isActive(const Connection *connection)
{
    if (!connection)
        return false;
    const Connection::State s = connection->state();
    return s == Connection::State::Connecting || s == Connection::State::Open || s == Connection::State::Reconnecting;
}

} // namespace

ConyrClient::ConyrClient(Connection *connection, ConyrClientOptions options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(std::move(options))
    , m_limits(tierLimits(m_options.tier))
{
    Q_ASSERT(connection);
    m_rest = new CandleRestClient(restBase(), connection->config().key, m_options.restPaths, this);
    connect(m_connection, &Connection::opened, this, &ConyrClient::onOpened);
    connect(m_connection, &Connection::messageReceived, this, &ConyrClient::onMessage);
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state != Connection::State::Open) {
            m_appPing.stop();
            m_pingSentMs = -1;
        }
        if (!isActive(m_connection))
            slotFreed();
    });
    connect(m_rest, &CandleRestClient::finished, this,
            [this](int id, bool ok, const QList<Candle> &candles, const QString &error, int, int status) {
                onBackfill(id, ok, candles, error, status);
            });
    connect(&m_appPing, &QTimer::timeout, this, &ConyrClient::onAppPingTimer);
    m_answerCheck.setInterval(std::max(50, m_options.confirmTimeoutMs / 5));
    connect(&m_answerCheck, &QTimer::timeout, this, &ConyrClient::checkUnanswered);
    if (m_limits.maxConnections == 0) {
        m_blocked = tr("The %1 tier has no WebSocket connections; streaming needs a Layer 1 key or higher.")
                        .arg(tierLabel(m_limits.id));
    }
    allClients().append(this);
}

ConyrClient::~ConyrClient()
{
    allClients().removeAll(this);
    slotFreed();
}

int ConyrClient::activeCount() const
{
    int n = 0;
    for (const ChannelInfo &info : m_channels) {
        if (info.state != ChannelState::Rejected)
            ++n;
    }
    return n;
}

const ConyrClient::ChannelInfo *ConyrClient::channel(const QString &name) const
{
    const auto it = m_channels.constFind(name);
    return it == m_channels.cend() ? nullptr : &it.value();
}

QUrl ConyrClient::restBase() const
{
    return m_options.restBase.isValid() && !m_options.restBase.isEmpty() ? m_options.restBase
                                                                         : restBaseFromWs(m_connection->config().url);
}

int ConyrClient::connectionsWithSameKey() const
{
    int n = 0;
    const QString &key = m_connection->config().key;
    for (const ConyrClient *other : std::as_const(allClients())) {
        if (other != this && other->m_connection && other->m_connection->config().key == key && isActive(other->m_connection))
            ++n;
    }
    return n;
}

void ConyrClient::updateBlocked()
{
    if (m_limits.maxConnections == 0 || m_limits.unlimitedConnections())
        return;
    const int used = connectionsWithSameKey();
    if (used >= m_limits.maxConnections) {
        m_blocked = tr("Not connected: the %1 tier allows %n connection(s) per key, and this app already uses all of them "
                       "with this key. It connects as soon as one is closed.", nullptr, m_limits.maxConnections)
                        .arg(tierLabel(m_limits.id));
    } else {
        m_blocked.clear();
    }
}

void ConyrClient::slotFreed()
{
    // Wake the clients that wait for one of their key's connections (queued: this may run
    // inside a state change or a destructor).
    for (ConyrClient *client : std::as_const(allClients())) {
        if (client->m_waitingForSlot)
            QMetaObject::invokeMethod(client, &ConyrClient::open, Qt::QueuedConnection);
    }
}

void ConyrClient::open()
{
    updateBlocked();
    if (!m_blocked.isEmpty()) {
        const bool first = !m_waitingForSlot;
        m_waitingForSlot = m_limits.maxConnections > 0;
        if (first)
            Q_EMIT localError(m_blocked);
        return;
    }
    m_waitingForSlot = false;
    m_connection->open();
}

void ConyrClient::close()
{
    m_waitingForSlot = false;
    m_rest->abortAll();
    m_backfills.clear();
    m_connection->close();
}

bool ConyrClient::subscribe(const QStringList &channels, QString *error)
{
    QStringList added;
    for (const QString &name : channels) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !m_channels.contains(trimmed) && !added.contains(trimmed))
            added.append(trimmed);
    }
    if (added.isEmpty())
        return true;
    if (!m_limits.unlimitedSubscriptions() && activeCount() + added.size() > m_limits.maxSubscriptions) {
        const QString message = m_limits.maxSubscriptions == 0
            ? m_blocked
            : tr("Not subscribed: the %1 tier allows %2 channels per connection; %3 are in use and %4 more were asked for.")
                  .arg(tierLabel(m_limits.id))
                  .arg(m_limits.maxSubscriptions)
                  .arg(activeCount())
                  .arg(added.size());
        if (error)
            *error = message;
        Q_EMIT localError(message);
        return false;
    }
    for (const QString &name : std::as_const(added)) {
        ChannelInfo info;
        info.descriptor = parseChannel(name);
        info.seen = RecentIds(m_options.dedupWindow);
        m_channels.insert(name, info);
        m_order.append(name);
        // Backfill from REST, then subscribe: the series merge makes the order harmless.
        if (info.descriptor.kind == ChannelKind::Ohlcv && m_options.backfillBars > 0)
            requestBackfill(name, 0, m_options.backfillBars);
    }
    if (canSend())
        sendSubscribe(added);
    Q_EMIT channelsChanged();
    return true;
}

void ConyrClient::unsubscribe(const QStringList &channels)
{
    QStringList removed;
    for (const QString &name : channels) {
        if (m_channels.remove(name) > 0) {
            m_order.removeAll(name);
            removed.append(name);
        }
    }
    if (removed.isEmpty())
        return;
    for (Request &request : m_requests) {
        for (const QString &name : std::as_const(removed))
            request.remaining.removeAll(name);
    }
    m_requests.removeIf([](const Request &r) { return r.remaining.isEmpty(); });
    if (canSend()) {
        m_requests.append({false, removed, QDateTime::currentMSecsSinceEpoch(), false});
        m_connection->sendText(encodeUnsubscribe(removed));
        m_answerCheck.start();
    }
    Q_EMIT channelsChanged();
}

void ConyrClient::requestBackfill(const QString &ohlcvChannel, qint64 fromMs, int limit, qint64 toMs)
{
    const ChannelDescriptor d = parseChannel(ohlcvChannel);
    if (d.kind != ChannelKind::Ohlcv)
        return;
    for (auto it = m_backfills.cbegin(); it != m_backfills.cend(); ++it) {
        // One open-ended request per channel is enough; later ones would return the same.
        if (it.value() == ohlcvChannel && toMs <= 0 && fromMs <= 0)
            return;
    }
    if (m_limits.historyMs > 0 && fromMs > 0) {
        // Layer 1 keeps 7 days: asking for more returns nothing older, so do not ask.
        const qint64 now = m_newestServerTs > 0 ? m_newestServerTs : QDateTime::currentMSecsSinceEpoch();
        fromMs = std::max(fromMs, now - m_limits.historyMs);
    }
    limit = std::min(limit, MaxRestLimit);
    if (fromMs > 0 && toMs > fromMs && (toMs - fromMs) / d.intervalMs + 1 > MaxRestLimit) {
        // More bars than one request may return: consecutive windows of 2000 bars.
        const qint64 span = qint64(MaxRestLimit) * d.intervalMs;
        for (qint64 start = fromMs; start <= toMs; start += span) {
            const qint64 end = std::min(toMs, start + span - d.intervalMs);
            m_backfills.insert(m_rest->fetch(d.mint, d.variant, d.interval, start, end, MaxRestLimit), ohlcvChannel);
        }
        return;
    }
    const int id = m_rest->fetch(d.mint, d.variant, d.interval, fromMs, toMs, limit);
    m_backfills.insert(id, ohlcvChannel);
}

void ConyrClient::ping()
{
    if (m_connection->sendText(encodePing()) && m_pingSentMs < 0)
        m_pingSentMs = QDateTime::currentMSecsSinceEpoch();
}

bool ConyrClient::canSend() const
{
    // An external connection (a relay's) has no socket: its channels are the relay's.
    return m_connection->state() == Connection::State::Open && !m_connection->isExternal();
}

void ConyrClient::sendSubscribe(const QStringList &channels)
{
    if (channels.isEmpty())
        return;
    m_requests.append({true, channels, QDateTime::currentMSecsSinceEpoch(), false});
    m_connection->sendText(encodeSubscribe(channels));
    m_answerCheck.start();
}

void ConyrClient::checkUnanswered()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    bool changed = false;
    bool waiting = false;
    for (Request &request : m_requests) {
        if (request.timedOut)
            continue;
        if (now - request.sentMs < m_options.confirmTimeoutMs) {
            waiting = true;
            continue;
        }
        request.timedOut = true; // still attributable if a late answer comes
        if (!request.subscribe)
            continue;
        const QString why = tr("The server neither confirmed nor refused this subscription within %n second(s).", nullptr,
                               std::max(1, m_options.confirmTimeoutMs / 1000));
        QStringList marked;
        for (const QString &name : std::as_const(request.remaining)) {
            auto it = m_channels.find(name);
            if (it == m_channels.end() || it->state != ChannelState::Pending)
                continue;
            it->state = ChannelState::Unconfirmed;
            it->error = why;
            marked.append(name);
        }
        if (!marked.isEmpty()) {
            changed = true;
            Q_EMIT localError(tr("%1 Channels: %2").arg(why, marked.join(QLatin1String(", "))));
        }
    }
    if (!waiting)
        m_answerCheck.stop();
    if (changed)
        Q_EMIT channelsChanged();
}

void ConyrClient::onOpened()
{
    // What the socket buffers ahead of us is bounded by ConnectionConfig::readBufferSize:
    // a client that falls behind pushes back through TCP (and a real Conyr server drops
    // for it, which the counters show) instead of buffering a backlog in memory.
    // Every wanted channel again (a reconnect starts a fresh server-side set).
    m_requests.clear();
    const bool reconnect = m_everOpened;
    m_everOpened = true;
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        ChannelInfo &info = it.value();
        info.state = ChannelState::Pending;
        info.error.clear();
        info.coverageStartTs = -1; // the next event tells how much time the cut cost
        if (reconnect && info.descriptor.kind == ChannelKind::Ohlcv) {
            // The missing window: from the last bar we have (it may have changed) to now.
            if (info.lastBarTs > 0)
                requestBackfill(it.key(), info.lastBarTs, 0);
            else if (m_options.backfillBars > 0)
                requestBackfill(it.key(), 0, m_options.backfillBars);
        }
    }
    sendSubscribe(m_order);
    if (m_options.appPingMs > 0)
        m_appPing.start(m_options.appPingMs);
    Q_EMIT channelsChanged();
}

void ConyrClient::onAppPingTimer()
{
    if (m_pingSentMs >= 0 && QDateTime::currentMSecsSinceEpoch() - m_pingSentMs > 2 * qint64(m_options.appPingMs)) {
        m_connection->fail(Failure::Kind::Transient, tr("No pong to the last ping: the connection is stale"));
        return;
    }
    ping();
}

void ConyrClient::onMessage(const QByteArray &payload)
{
    if (onTradeFast(payload))
        return;
    ServerMessage m = decodeServerMessage(payload);
    switch (m.type) {
    case ServerMessage::Type::Data:
        onData(m.channel, m.data);
        return;
    case ServerMessage::Type::Subscribed:
        onConfirmed(m.channels);
        return;
    case ServerMessage::Type::Unsubscribed:
        for (Request &request : m_requests) {
            if (!request.subscribe) {
                for (const QString &name : std::as_const(m.channels))
                    request.remaining.removeAll(name);
            }
        }
        m_requests.removeIf([](const Request &r) { return r.remaining.isEmpty(); });
        Q_EMIT unsubscribed(m.channels);
        return;
    case ServerMessage::Type::Pong:
        if (m_pingSentMs >= 0) {
            m_rttMs = int(QDateTime::currentMSecsSinceEpoch() - m_pingSentMs);
            m_pingSentMs = -1;
            Q_EMIT pong(m_rttMs);
        }
        return;
    case ServerMessage::Type::Error:
        onServerError(m.message, m.channels);
        return;
    case ServerMessage::Type::UnknownOp:
    case ServerMessage::Type::Invalid: {
        // Not dropped silently: counted, kept as a sample, and passed on.
        const QString problem = m.type == ServerMessage::Type::UnknownOp ? tr("An unknown op: %1").arg(m.op) : m.problem;
        ++m_unrouted;
        const QString text = QString::fromUtf8(payload.left(SampleChars * 4));
        m_unroutedSample = text.left(SampleChars);
        qCDebug(lcConnection).noquote() << "conyr: passing on a message that is not an envelope:" << problem;
        Q_EMIT genericReceived(QString(), QJsonValue(text), problem);
        return;
    }
    }
}

void ConyrClient::onConfirmed(const QStringList &names)
{
    QStringList confirmed;
    for (const QString &name : names) {
        auto it = m_channels.find(name);
        if (it == m_channels.end())
            continue;
        it->state = ChannelState::Subscribed;
        it->error.clear();
        confirmed.append(name);
    }
    for (Request &request : m_requests) {
        if (request.subscribe) {
            for (const QString &name : names)
                request.remaining.removeAll(name);
        }
    }
    m_requests.removeIf([](const Request &r) { return r.remaining.isEmpty(); });
    if (!confirmed.isEmpty()) {
        Q_EMIT subscribed(confirmed);
        Q_EMIT channelsChanged();
    }
}

void ConyrClient::onServerError(const QString &message, const QStringList &named)
{
    // The documented error names no channels: it answers the oldest request still waiting
    // (the server answers in order) — the channels of it the message names, else all of
    // what is left of it. A server that does name channels is believed.
    QStringList concerned = named;
    bool subscribeRequest = true;
    if (concerned.isEmpty() && !m_requests.isEmpty()) {
        Request &request = m_requests.first();
        subscribeRequest = request.subscribe;
        for (const QString &name : std::as_const(request.remaining)) {
            if (message.contains(name))
                concerned.append(name);
        }
        if (concerned.isEmpty())
            concerned = request.remaining;
        for (const QString &name : std::as_const(concerned))
            request.remaining.removeAll(name);
        if (request.remaining.isEmpty())
            m_requests.removeFirst();
    }
    bool changed = false;
    if (subscribeRequest) {
        for (const QString &name : std::as_const(concerned)) {
            auto it = m_channels.find(name);
            if (it == m_channels.end() || it->state == ChannelState::Subscribed)
                continue;
            it->state = ChannelState::Rejected;
            it->error = message;
            changed = true;
            for (Request &request : m_requests)
                request.remaining.removeAll(name);
        }
        m_requests.removeIf([](const Request &r) { return r.remaining.isEmpty(); });
    }
    Q_EMIT serverError(message, concerned);
    if (changed)
        Q_EMIT channelsChanged();
}

void ConyrClient::onBackfill(int requestId, bool ok, const QList<Candle> &candles, const QString &error, int status)
{
    const QString channel = m_backfills.take(requestId);
    if (channel.isEmpty())
        return;
    if (!ok) {
        // Named as a person reads it ("SOL 1m candles"), not by the channel's mint address.
        const ChannelDescriptor d = parseChannel(channel);
        const QString message = d.kind == ChannelKind::Ohlcv && !d.mint.isEmpty()
            ? tr("The history of the %1 %2 candles could not be loaded: %3").arg(tokenSymbol(d.mint), d.interval, error)
            : tr("Backfill of %1 failed: %2").arg(channel, error);
        Q_EMIT localError(message);
        // A rejected key is rejected for the stream too; say so where the CLI and the
        // connection list look (401 → exit 3).
        if (status == 401)
            m_connection->fail(Failure::Kind::Auth, message);
        return;
    }
    // REST bars carry no is_final: a bar is final once its bucket has ended, i.e. when a
    // later bar exists or the stream's clock is past its end.
    QList<Candle> bars = candles;
    const qint64 interval = parseChannel(channel).intervalMs;
    for (qsizetype i = 0; i < bars.size(); ++i) {
        Candle &bar = bars[i];
        const qint64 end = bar.endTs > bar.ts ? bar.endTs : bar.ts + interval;
        if (!bar.closed && (i + 1 < bars.size() || end <= m_newestServerTs))
            bar.closed = true;
    }
    auto it = m_channels.find(channel);
    if (it != m_channels.end() && !bars.isEmpty())
        it->lastBarTs = std::max(it->lastBarTs, bars.constLast().ts);
    if (!bars.isEmpty())
        m_newestServerTs = std::max(m_newestServerTs, bars.constLast().ts);
    Q_EMIT candlesBackfilled(channel, bars);
}
