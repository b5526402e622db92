#pragma once
// The Conyr client: one connection, many channels, typed events (trades, ticks, candles),
// de-duplication, tier caps, loss detection, and REST backfill of candle series.

#include "conyrrest.h"
#include "conyrtypes.h"
#include "core/connection.h"
#include "recentids.h"

#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class CandleRestClient;

/// Options a profile gives a client.
struct ConyrClientOptions {
    QString tier = QStringLiteral("layer1"); ///< see Conyr::tierLimits()
    QUrl restBase;                           ///< empty: derived from the WebSocket URL
    Conyr::RestPaths restPaths = Conyr::RestPaths::Auto; ///< current route first, legacy on 404
    int appPingMs = 15000;                   ///< {"op":"ping"} cadence; 0 disables
    int backfillBars = 300;                  ///< bars loaded when a candle channel starts (0: none)
    int confirmTimeoutMs = 5000;             ///< a subscribe neither confirmed nor refused by then is marked
    int dedupWindow = 4096;                  ///< trade ids remembered per channel
    /// A reader of recorded frames (a replay): data of a channel it does not have adds the
    /// channel first, as the recorded session had subscribed it.
    bool adoptChannels = false;
};

/// Reads a Connection it does not own (live, replayed or relayed); keeps the wanted channel
/// set and restores it after every reconnect; routes every {channel, data} envelope to typed
/// signals. What cannot be typed (other channels, payloads of unexpected shape, frames that
/// are not envelopes) flows on through genericReceived() and is counted per channel with the
/// latest sample, so a subscribed channel never sits silently empty.
///
/// Server errors {"op":"error","message"} carry no channel list: each is attributed to the
/// oldest request still waiting for an answer (to the channels it names, if it names any).
/// A request neither confirmed nor refused within confirmTimeoutMs is marked Unconfirmed.
///
/// Loss: Conyr drops silently for a client that falls behind and sends no sequence numbers.
/// The client repeats nothing (trade_id de-duplication), counts events older than the newest
/// (time; for ticks the order key, a big integer), reports the time windows it was not
/// connected, counts bars missing between live candles and loads them over REST, and —
/// when a token's trades (or ticks) and one of its candle channels are both subscribed —
/// compares each final bar's trade count with the trades received in its bucket: the
/// difference is the number of trades dropped.
class ConyrClient : public QObject
{
    Q_OBJECT
public:
    enum class ChannelState { Pending, Subscribed, Rejected, Unconfirmed };

    /// What the client knows about one wanted channel.
    struct ChannelInfo {
        Conyr::ChannelDescriptor descriptor;
        ChannelState state = ChannelState::Pending;
        QString error;              ///< why it was rejected or is unconfirmed
        qint64 messages = 0;        ///< data events received
        qint64 lastMessageMs = -1;  ///< local Unix ms of the last data event
        qint64 delivered = 0;       ///< typed events emitted
        qint64 duplicates = 0;      ///< repeated trade ids (not emitted again)
        qint64 outOfOrder = 0;      ///< events older than the newest one (time or order key)
        qint64 notUnderstood = 0;   ///< payloads that could not be typed (passed on as generic)
        QString lastSample;         ///< the latest such payload, compact JSON, at most 300 characters
        QString lastProblem;        ///< why it was not understood
        qint64 droppedTrades = 0;   ///< trades known missing
        qint64 missingBars = 0;     ///< candle bars missing between live bars
        qint64 gapEvents = 0;       ///< how many times a gap was seen
        qint64 lostMs = 0;          ///< time not covered (reconnects), in the stream's own clock
        qint64 lastTs = -1;         ///< newest trade/tick time seen
        QString lastOrderKey;       ///< newest tick order key seen
        qint64 lastBarTs = -1;
        qint64 coverageStartTs = -1; ///< first event time of the current connection
        Conyr::RecentIds seen;
        QMap<qint64, QPair<int, int>> perSecond; ///< trades/ticks: delivered per second (all, organic)
        Conyr::Candle pendingCheck;  ///< ohlcv: the last final bar, checked when the next one comes
    };

    /// Reads the channels from a connection the caller owns (live, replayed or relayed); its
    /// configuration's key is also used for the REST backfill (as a Bearer header).
    ConyrClient(Connection *connection, ConyrClientOptions options, QObject *parent = nullptr);
    ~ConyrClient() override;

    Connection *connection() const { return m_connection; }
    Conyr::TierLimits limits() const { return m_limits; }
    /// Channels counted against the cap (wanted and not rejected).
    int activeCount() const;
    /// The cap per connection, -1 for unlimited.
    int cap() const { return m_limits.maxSubscriptions; }
    QStringList channels() const { return m_order; }
    const ChannelInfo *channel(const QString &name) const;
    QUrl restBase() const;
    /// Why the client cannot connect (Free tier, or the tier's connections per key are all
    /// in use by this app), or empty.
    QString blockedReason() const { return m_blocked; }
    /// Frames that were not {channel,data} envelopes nor known ops, and data for channels not
    /// subscribed; the latest one as a sample.
    qint64 unroutedCount() const { return m_unrouted; }
    QString unroutedSample() const { return m_unroutedSample; }

    /// This app's connections (Connecting, Open or Reconnecting) with the same key.
    int connectionsWithSameKey() const;

    /// Opens the connection, unless the tier has no connections or its connections per key
    /// are all in use by this app (then localError(); it connects once one is free).
    void open();
    void close();

    /// Adds channels to the wanted set and subscribes them when open. Returns false and
    /// changes nothing when the tier's cap would be exceeded; error holds the sentence.
    bool subscribe(const QStringList &channels, QString *error = nullptr);
    void unsubscribe(const QStringList &channels);
    /// Loads candles of an ohlcv channel over REST: from fromMs (<= 0: the newest `limit`
    /// bars) to toMs (<= 0: the server's now). Ranges of more than 2000 bars go in several
    /// requests; Layer 1 starts no earlier than 7 days back. Answers: candlesBackfilled().
    void requestBackfill(const QString &ohlcvChannel, qint64 fromMs, int limit = 0, qint64 toMs = 0);
    /// Sends an app-level {"op":"ping"} now.
    void ping();
    /// Round-trip of the last app-level ping, -1 before the first pong.
    int pingRoundTripMs() const { return m_rttMs; }

Q_SIGNALS:
    void tradeReceived(const QString &channel, const Conyr::Trade &trade);
    void tickReceived(const QString &channel, const Conyr::Tick &tick);
    void candleReceived(const QString &channel, const Conyr::Candle &candle);
    void candlesBackfilled(const QString &channel, const QList<Conyr::Candle> &candles);
    /// Untyped data: a channel without a typed shape (problem empty), a payload of a typed
    /// channel that did not decode, or a frame that could not be routed (problem says why;
    /// channel may be empty, data then holds the frame's text).
    void genericReceived(const QString &channel, const QJsonValue &data, const QString &problem);
    void subscribed(const QStringList &channels);
    void unsubscribed(const QStringList &channels);
    /// The wanted set or a channel's state changed.
    void channelsChanged();
    /// A gap was detected: bars missing in a candle series (missing = bars), or a time window
    /// without coverage on a trades/ticks channel (missing = -1; fromMs/toMs set).
    void gapDetected(const QString &channel, qint64 missing);
    void coverageGap(const QString &channel, qint64 fromMs, qint64 toMs);
    /// An informational {op:"error"} from the server (the connection stays open); channels
    /// are the ones it was attributed to (empty when no request was waiting).
    void serverError(const QString &message, const QStringList &channels);
    /// Something the client refused or could not do (over the cap, Free tier, backfill
    /// failed, a request left unanswered).
    void localError(const QString &message);
    void pong(int roundTripMs);

private:
    struct Request {
        bool subscribe = true;
        QStringList remaining;   ///< channels not yet answered
        qint64 sentMs = 0;
        bool timedOut = false;
    };
    void onOpened();
    void onMessage(const QByteArray &payload);
    /// The commonest frame, a trade on a subscribed trades channel, read without a JSON tree;
    /// false (nothing done) for anything else, which then takes the full way.
    bool onTradeFast(const QByteArray &payload);
    void onData(const QString &channel, const QJsonValue &data);
    static void noteData(ChannelInfo &info);
    void onTrade(const QString &channel, ChannelInfo &info, const QJsonValue &data);
    void deliverTrade(const QString &channel, ChannelInfo &info, const Conyr::Trade &trade);
    void onTick(const QString &channel, ChannelInfo &info, const QJsonValue &data);
    void onCandle(const QString &channel, ChannelInfo &info, const QJsonValue &data);
    void notUnderstood(const QString &channel, ChannelInfo &info, const QJsonValue &data, const QString &problem);
    void onConfirmed(const QStringList &channels);
    void onServerError(const QString &message, const QStringList &named);
    void onBackfill(int requestId, bool ok, const QList<Conyr::Candle> &candles, const QString &error, int status);
    void onAppPingTimer();
    void checkUnanswered();
    /// True when the connection is open and has a socket to send on.
    bool canSend() const;
    void sendSubscribe(const QStringList &channels);
    void noteEventTime(const QString &channel, ChannelInfo &info, qint64 ts);
    void tally(ChannelInfo &info, qint64 ts, bool organic);
    void checkBarAgainstTrades(const ChannelInfo &candleInfo, const Conyr::Candle &bar);
    void updateBlocked();
    static void slotFreed();
    static QString sampleOf(const QJsonValue &data);

    QPointer<Connection> m_connection;
    CandleRestClient *m_rest;
    ConyrClientOptions m_options;
    Conyr::TierLimits m_limits;
    QString m_blocked;
    bool m_waitingForSlot = false;
    QHash<QString, ChannelInfo> m_channels;
    QStringList m_order;                    ///< wanted channels in the order added
    QList<Request> m_requests;              ///< requests not yet fully answered
    QHash<int, QString> m_backfills;        ///< request id → channel
    bool m_everOpened = false;
    qint64 m_newestServerTs = 0;            ///< newest event time seen (the server's clock)
    qint64 m_unrouted = 0;
    QString m_unroutedSample;
    QTimer m_appPing;
    QTimer m_answerCheck;
    qint64 m_pingSentMs = -1;
    int m_rttMs = -1;
};
