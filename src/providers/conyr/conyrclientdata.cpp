// ConyrClient, the data half: typed routing of {channel, data} envelopes, de-duplication,
// and loss detection (time, tick order key, missing bars, bar trade counts).

#include "conyrclient.h"

#include "conyrcodec.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Conyr;

namespace {
constexpr int SampleChars = 300;
} // namespace

/// A payload as a short text for the "not understood" sample.
QString ConyrClient::sampleOf(const QJsonValue &data)
{
    QString text;
    if (data.isObject())
        text = QString::fromUtf8(QJsonDocument(data.toObject()).toJson(QJsonDocument::Compact));
    else if (data.isArray())
        text = QString::fromUtf8(QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact));
    else if (data.isString())
        text = data.toString();
    else if (data.isUndefined())
        text = QStringLiteral("(no data)");
    else
        text = data.toVariant().toString();
    return text.size() > SampleChars ? text.left(SampleChars - 1) + QChar(0x2026) : text;
}

void ConyrClient::notUnderstood(const QString &channel, ChannelInfo &info, const QJsonValue &data, const QString &problem)
{
    ++info.notUnderstood;
    info.lastSample = sampleOf(data);
    info.lastProblem = problem;
    Q_EMIT genericReceived(channel, data, problem);
}

void ConyrClient::onData(const QString &channel, const QJsonValue &data)
{
    auto it = m_channels.find(channel);
    if (it == m_channels.end() && m_options.adoptChannels && !channel.isEmpty() && subscribe({channel}))
        it = m_channels.find(channel);
    if (it == m_channels.end()) {
        // In flight after an unsubscribe, or a name the server spells differently: passed on.
        ++m_unrouted;
        m_unroutedSample = channel + QLatin1String(": ") + sampleOf(data);
        Q_EMIT genericReceived(channel, data, tr("Data for a channel that is not subscribed"));
        return;
    }
    ChannelInfo &info = it.value();
    noteData(info);
    switch (info.descriptor.kind) {
    case ChannelKind::Trades:
        onTrade(channel, info, data);
        return;
    case ChannelKind::Ticks:
        onTick(channel, info, data);
        return;
    case ChannelKind::Ohlcv:
        onCandle(channel, info, data);
        return;
    case ChannelKind::Generic:
        info.lastSample = sampleOf(data);
        ++info.delivered;
        Q_EMIT genericReceived(channel, data, QString());
        return;
    }
}

void ConyrClient::noteData(ChannelInfo &info)
{
    ++info.messages;
    info.lastMessageMs = QDateTime::currentMSecsSinceEpoch();
    if (info.state == ChannelState::Pending || info.state == ChannelState::Unconfirmed) {
        info.state = ChannelState::Subscribed; // data implies the subscription holds
        info.error.clear();
    }
}

bool ConyrClient::onTradeFast(const QByteArray &payload)
{
    // The same reading as decodeServerMessage → onData → onTrade for the frames it takes
    // (JsonScan accepts nothing QJsonDocument refuses, and decodeTrade reads a scanned object
    // as it reads a QJsonObject); a frame it declines is read the full way, so a payload
    // that is not understood still gets its sentence and sample there.
    JsonScan::ObjectView frame;
    JsonScan::ObjectView object;
    if (!frame.scan(payload, QLatin1String("data"), object))
        return false;
    const JsonScan::Field *channel = frame.findLast(QLatin1String("channel"));
    const JsonScan::Field *data = frame.findLast(QLatin1String("data"));
    if (!channel || channel->type != 's' || channel->escaped || channel->value.isEmpty() || !data || data->type != 'o')
        return false;
    const QString name = QString::fromUtf8(channel->value); // a slot may drop the channel: not it.key()
    const auto it = m_channels.find(name);
    if (it == m_channels.end() || it->descriptor.kind != ChannelKind::Trades)
        return false;
    Trade trade;
    if (!decodeTrade(object, trade))
        return false;
    noteData(it.value());
    deliverTrade(name, it.value(), trade);
    return true;
}

void ConyrClient::noteEventTime(const QString &channel, ChannelInfo &info, qint64 ts)
{
    m_newestServerTs = std::max(m_newestServerTs, ts);
    if (info.coverageStartTs < 0) {
        info.coverageStartTs = ts;
        // The first event after a (re)connect: the time since the last one before the cut
        // was not covered. Without sequence numbers that window is what is known lost.
        if (info.lastTs > 0 && ts > info.lastTs) {
            info.lostMs += ts - info.lastTs;
            ++info.gapEvents;
            Q_EMIT coverageGap(channel, info.lastTs, ts);
            Q_EMIT gapDetected(channel, -1);
        }
    }
    if (info.lastTs >= 0 && ts < info.lastTs)
        ++info.outOfOrder;
    info.lastTs = std::max(info.lastTs, ts);
}

void ConyrClient::onTrade(const QString &channel, ChannelInfo &info, const QJsonValue &data)
{
    Trade trade;
    QString problem;
    if (!decodeTrade(data, trade, &problem)) {
        notUnderstood(channel, info, data, problem);
        return;
    }
    deliverTrade(channel, info, trade);
}

void ConyrClient::deliverTrade(const QString &channel, ChannelInfo &info, const Trade &trade)
{
    if (!info.seen.insert(trade.id)) {
        ++info.duplicates; // a repeat (a rolling window, a resend after reconnect): once is enough
        return;
    }
    noteEventTime(channel, info, trade.ts);
    tally(info, trade.ts, trade.organic());
    ++info.delivered;
    Q_EMIT tradeReceived(channel, trade);
}

void ConyrClient::onTick(const QString &channel, ChannelInfo &info, const QJsonValue &data)
{
    Tick tick;
    QString problem;
    if (!decodeTick(data, tick, &problem)) {
        notUnderstood(channel, info, data, problem);
        return;
    }
    if (!info.seen.insert(tick.id)) {
        ++info.duplicates;
        return;
    }
    const bool coverageKnown = info.coverageStartTs >= 0;
    noteEventTime(channel, info, tick.ts);
    if (!tick.orderKey.isEmpty()) {
        // The order key is the tick's true order (time may tie); it exceeds 2^53.
        if (!info.lastOrderKey.isEmpty() && compareOrderKey(tick.orderKey, info.lastOrderKey) < 0) {
            if (coverageKnown && tick.ts >= info.lastTs)
                ++info.outOfOrder; // not already counted by time
        } else {
            info.lastOrderKey = tick.orderKey;
        }
    }
    tally(info, tick.ts, tick.organic);
    ++info.delivered;
    Q_EMIT tickReceived(channel, tick);
}

void ConyrClient::onCandle(const QString &channel, ChannelInfo &info, const QJsonValue &data)
{
    Candle candle;
    QString problem;
    if (!decodeCandle(data, candle, &problem)) {
        notUnderstood(channel, info, data, problem);
        return;
    }
    m_newestServerTs = std::max(m_newestServerTs, candle.ts);
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
    if (candle.closed && candle.ts > info.pendingCheck.ts) {
        // Checked one bar later, so that trades of the bucket still in flight arrive first.
        if (info.pendingCheck.ts > 0)
            checkBarAgainstTrades(info, info.pendingCheck);
        info.pendingCheck = candle;
    }
    // An open bar is re-sent until it is final: each copy replaces the previous one by
    // bucket start in the models, so it is passed on every time.
    ++info.delivered;
    Q_EMIT candleReceived(channel, candle);
}

void ConyrClient::tally(ChannelInfo &info, qint64 ts, bool organic)
{
    auto &count = info.perSecond[ts - ts % 1000];
    ++count.first;
    if (organic)
        ++count.second;
    while (info.perSecond.size() > 4000) // a little over an hour of seconds
        info.perSecond.erase(info.perSecond.begin());
}

void ConyrClient::checkBarAgainstTrades(const ChannelInfo &candleInfo, const Candle &bar)
{
    const ChannelDescriptor &d = candleInfo.descriptor;
    const bool organicOnly = d.variant == QLatin1String("filtered");
    const qint64 end = bar.endTs > bar.ts ? bar.endTs : bar.ts + d.intervalMs;
    for (const QString &name : {tradesChannel(d.mint), ticksChannel(d.mint)}) {
        auto it = m_channels.find(name);
        // Only buckets the stream covered from start to end can be checked.
        if (it == m_channels.end() || it->coverageStartTs < 0 || it->coverageStartTs >= bar.ts || it->lastTs < end)
            continue;
        qint64 received = 0;
        for (auto s = it->perSecond.lowerBound(bar.ts); s != it->perSecond.end() && s.key() < end; ++s)
            received += organicOnly ? s.value().second : s.value().first;
        const qint64 missing = bar.trades - received;
        if (missing > 0) {
            it->droppedTrades += missing;
            ++it->gapEvents;
            Q_EMIT gapDetected(name, missing);
        }
    }
}

