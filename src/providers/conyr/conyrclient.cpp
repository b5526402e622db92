#include "conyrclient.h"

#include "candlerestclient.h"
#include "conyrcodec.h"
#include "core/logging.h"

#include <QDateTime>

using namespace Conyr;

ConyrClient::ConyrClient(Connection *connection, ConyrClientOptions options, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_options(std::move(options))
    , m_limits(tierLimits(m_options.tier))
{
    Q_ASSERT(connection);
    m_rest = new CandleRestClient(restBase(), connection->config().auth, connection->config().key, this);
    connect(m_connection, &Connection::opened, this, &ConyrClient::onOpened);
    connect(m_connection, &Connection::messageReceived, this, &ConyrClient::onMessage);
    connect(m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state != Connection::State::Open) {
            m_appPing.stop();
            m_pingSentMs = -1;
        }
    });
    connect(m_rest, &CandleRestClient::finished, this,
            [this](int id, bool ok, const QList<Candle> &candles, const QString &error, int) {
                onBackfill(id, ok, candles, error);
            });
    connect(&m_appPing, &QTimer::timeout, this, &ConyrClient::onAppPingTimer);
    if (m_limits.maxConnections == 0) {
        m_blocked = tr("The %1 tier has no WebSocket connections; streaming needs a Layer 1 key or higher.")
                        .arg(tierLabel(m_limits.id));
    }
}

ConyrClient::~ConyrClient() = default;

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

void ConyrClient::open()
{
    if (!m_blocked.isEmpty()) {
        Q_EMIT localError(m_blocked);
        return;
    }
    m_connection->open();
}

void ConyrClient::close()
{
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
        m_channels.insert(name, info);
        m_order.append(name);
        // Backfill from REST, then subscribe: the series merge makes the order harmless.
        if (info.descriptor.kind == ChannelKind::Ohlcv && m_options.backfillBars > 0)
            requestBackfill(name, 0, m_options.backfillBars);
    }
    if (m_connection->state() == Connection::State::Open)
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
    for (QStringList &request : m_pendingRequests) {
        for (const QString &name : std::as_const(removed))
            request.removeAll(name);
    }
    m_pendingRequests.removeAll(QStringList());
    if (m_connection->state() == Connection::State::Open)
        m_connection->sendText(encodeUnsubscribe(removed));
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
    const int id = m_rest->fetch(d.mint, d.variant, d.interval, fromMs, toMs, limit);
    m_backfills.insert(id, ohlcvChannel);
}

void ConyrClient::ping()
{
    if (m_connection->sendText(encodePing()) && m_pingSentMs < 0)
        m_pingSentMs = QDateTime::currentMSecsSinceEpoch();
}

void ConyrClient::sendSubscribe(const QStringList &channels)
{
    if (channels.isEmpty())
        return;
    m_pendingRequests.append(channels);
    m_connection->sendText(encodeSubscribe(channels));
}

void ConyrClient::onOpened()
{
    // What the socket buffers ahead of us is bounded by ConnectionConfig::readBufferSize:
    // a client that falls behind pushes back through TCP (and a real Conyr server drops
    // for it, which the gap counters show) instead of buffering a backlog in memory.
    // Every wanted channel again (a reconnect starts a fresh server-side set).
    m_pendingRequests.clear();
    const bool reconnect = m_everOpened;
    m_everOpened = true;
    for (auto it = m_channels.begin(); it != m_channels.end(); ++it) {
        ChannelInfo &info = it.value();
        info.state = ChannelState::Pending;
        info.error.clear();
        // Trades missed while disconnected are not drops of a lagging client.
        info.lastSeq = -1;
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
    ServerMessage m = decodeServerMessage(payload);
    switch (m.type) {
    case ServerMessage::Type::Data:
        onData(m.channel, m.data);
        return;
    case ServerMessage::Type::Subscribed: {
        QStringList confirmed;
        for (const QString &name : std::as_const(m.channels)) {
            auto it = m_channels.find(name);
            if (it == m_channels.end())
                continue;
            it->state = ChannelState::Subscribed;
            it->error.clear();
            confirmed.append(name);
        }
        for (QStringList &request : m_pendingRequests) {
            for (const QString &name : std::as_const(m.channels))
                request.removeAll(name);
        }
        m_pendingRequests.removeAll(QStringList());
        if (!confirmed.isEmpty()) {
            Q_EMIT subscribed(confirmed);
            Q_EMIT channelsChanged();
        }
        return;
    }
    case ServerMessage::Type::Unsubscribed:
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
        qCDebug(lcConnection) << "conyr: ignoring unknown op" << m.op;
        return;
    case ServerMessage::Type::Invalid:
        qCInfo(lcConnection).noquote() << "conyr: ignoring a malformed message:" << m.problem;
        return;
    }
}

void ConyrClient::onServerError(const QString &message, const QStringList &named)
{
    // Which channels does the error concern? The ones it names, or — for a cap error
    // without names — whatever of the oldest subscribe request is still unanswered.
    QStringList rejected;
    if (!named.isEmpty()) {
        rejected = named;
    } else if (!m_pendingRequests.isEmpty()
               && (message.contains(QLatin1String("limit"), Qt::CaseInsensitive)
                   || message.contains(QLatin1String("cap"), Qt::CaseInsensitive)
                   || message.contains(QLatin1String("exceed"), Qt::CaseInsensitive))) {
        rejected = m_pendingRequests.takeFirst();
    }
    bool changed = false;
    for (const QString &name : std::as_const(rejected)) {
        auto it = m_channels.find(name);
        if (it == m_channels.end() || it->state == ChannelState::Subscribed)
            continue;
        it->state = ChannelState::Rejected;
        it->error = message;
        changed = true;
        for (QStringList &request : m_pendingRequests)
            request.removeAll(name);
    }
    m_pendingRequests.removeAll(QStringList());
    Q_EMIT serverError(message);
    if (changed)
        Q_EMIT channelsChanged();
}

void ConyrClient::onData(const QString &channel, const QJsonValue &data)
{
    auto it = m_channels.find(channel);
    if (it == m_channels.end())
        return; // in flight after an unsubscribe, or never asked for
    ChannelInfo &info = it.value();
    ++info.messages;
    info.lastMessageMs = QDateTime::currentMSecsSinceEpoch();
    if (info.state == ChannelState::Pending)
        info.state = ChannelState::Subscribed; // data implies the subscription holds
    switch (info.descriptor.kind) {
    case ChannelKind::Trades: {
        Trade trade;
        if (!decodeTrade(data, trade)) {
            ++info.invalid;
            return;
        }
        if (trade.seq >= 0) {
            if (info.lastSeq >= 0 && trade.seq == info.lastSeq) {
                ++info.duplicates;
                return;
            }
            if (info.lastSeq >= 0 && trade.seq > info.lastSeq + 1) {
                const qint64 missing = trade.seq - info.lastSeq - 1;
                info.droppedTrades += missing;
                ++info.gapEvents;
                Q_EMIT gapDetected(channel, missing);
            } else if (info.lastSeq >= 0 && trade.seq < info.lastSeq) {
                ++info.outOfOrder;
            }
            info.lastSeq = std::max(info.lastSeq, trade.seq);
        }
        Q_EMIT tradeReceived(channel, trade);
        return;
    }
    case ChannelKind::Ohlcv: {
        Candle candle;
        if (!decodeCandle(data, candle)) {
            ++info.invalid;
            return;
        }
        const qint64 interval = info.descriptor.intervalMs;
        if (info.lastBarTs > 0 && candle.ts > info.lastBarTs + interval) {
            const qint64 missing = (candle.ts - info.lastBarTs) / interval - 1;
            info.missingBars += missing;
            ++info.gapEvents;
            Q_EMIT gapDetected(channel, missing);
            // Fill the hole from REST; the series merge drops whatever overlaps.
            requestBackfill(channel, info.lastBarTs, 0, candle.ts);
        } else if (info.lastBarTs > 0 && candle.ts < info.lastBarTs) {
            ++info.outOfOrder;
        }
        info.lastBarTs = std::max(info.lastBarTs, candle.ts);
        Q_EMIT candleReceived(channel, candle);
        return;
    }
    case ChannelKind::Generic:
        Q_EMIT genericReceived(channel, data);
        return;
    }
}

void ConyrClient::onBackfill(int requestId, bool ok, const QList<Candle> &candles, const QString &error)
{
    const QString channel = m_backfills.take(requestId);
    if (channel.isEmpty())
        return;
    if (!ok) {
        Q_EMIT localError(tr("Backfill of %1 failed: %2").arg(channel, error));
        return;
    }
    auto it = m_channels.find(channel);
    if (it != m_channels.end() && !candles.isEmpty())
        it->lastBarTs = std::max(it->lastBarTs, candles.constLast().ts);
    Q_EMIT candlesBackfilled(channel, candles);
}
