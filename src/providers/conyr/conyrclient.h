#pragma once
// The Conyr client: one connection, many channels, typed events, tier caps, drop and gap
// detection, and REST backfill of candle series.

#include "conyrtypes.h"
#include "core/connection.h"

#include <QHash>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class CandleRestClient;

/// Options a profile gives a client.
struct ConyrClientOptions {
    QString tier = QStringLiteral("layer1"); ///< see Conyr::tierLimits()
    QUrl restBase;                           ///< empty: derived from the WebSocket URL
    int appPingMs = 15000;                   ///< {"op":"ping"} cadence; 0 disables
    int backfillBars = 300;                  ///< bars loaded when a candle channel starts (0: none)
};

/// Owns a Connection; keeps the wanted channel set and restores it after every reconnect;
/// routes every {channel, data} envelope to typed signals; treats {op:"error"} as
/// information (never drops the socket); refuses locally a subscribe over the tier's cap.
///
/// Drops: Conyr drops messages silently to a client that falls behind. The client counts
/// them per channel from sequence gaps in trades and from missing bars in candle series,
/// and loads missing candle bars over REST (also after a reconnect).
class ConyrClient : public QObject
{
    Q_OBJECT
public:
    enum class ChannelState { Pending, Subscribed, Rejected };

    /// What the client knows about one wanted channel.
    struct ChannelInfo {
        Conyr::ChannelDescriptor descriptor;
        ChannelState state = ChannelState::Pending;
        QString error;              ///< why it was rejected
        qint64 messages = 0;        ///< data events received
        qint64 lastMessageMs = -1;  ///< local Unix ms of the last data event
        qint64 droppedTrades = 0;   ///< trades missing by sequence number
        qint64 missingBars = 0;     ///< candle bars missing between live bars
        qint64 gapEvents = 0;       ///< how many times a gap was seen
        qint64 outOfOrder = 0;      ///< events older than the newest one seen
        qint64 duplicates = 0;      ///< repeated sequence numbers (dropped)
        qint64 invalid = 0;         ///< payloads that did not decode
        qint64 lastSeq = -1;
        qint64 lastBarTs = -1;
    };

    /// Reads the channels from a connection the caller owns (live, replayed or relayed); its
    /// configuration's auth method and key are also used for the REST backfill.
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
    /// Why the client cannot connect at all (Free tier), or empty.
    QString blockedReason() const { return m_blocked; }

    /// Opens the connection (unless the tier has no connections: then localError()).
    void open();
    void close();

    /// Adds channels to the wanted set and subscribes them when open. Returns false and
    /// changes nothing when the tier's cap would be exceeded; error holds the sentence.
    bool subscribe(const QStringList &channels, QString *error = nullptr);
    void unsubscribe(const QStringList &channels);
    /// Loads candles of an ohlcv channel (or of any token/variant/interval in the same
    /// shape) over REST: from fromMs (<= 0: the newest `limit` bars) to the server's now.
    /// The answer arrives as candlesBackfilled(channel, …).
    void requestBackfill(const QString &ohlcvChannel, qint64 fromMs, int limit = 0, qint64 toMs = 0);
    /// Sends an app-level {"op":"ping"} now.
    void ping();
    /// Round-trip of the last app-level ping, -1 before the first pong.
    int pingRoundTripMs() const { return m_rttMs; }

Q_SIGNALS:
    void tradeReceived(const QString &channel, const Conyr::Trade &trade);
    void candleReceived(const QString &channel, const Conyr::Candle &candle);
    void candlesBackfilled(const QString &channel, const QList<Conyr::Candle> &candles);
    void genericReceived(const QString &channel, const QJsonValue &data);
    void subscribed(const QStringList &channels);
    void unsubscribed(const QStringList &channels);
    /// The wanted set or a channel's state changed.
    void channelsChanged();
    /// A gap was detected: trades missing by sequence, or bars missing in a candle series.
    void gapDetected(const QString &channel, qint64 missing);
    /// An informational {op:"error"} from the server (the connection stays open).
    void serverError(const QString &message);
    /// Something the client refused or could not do (over the cap, Free tier, backfill failed).
    void localError(const QString &message);
    void pong(int roundTripMs);

private:
    void onOpened();
    void onMessage(const QByteArray &payload);
    void onData(const QString &channel, const QJsonValue &data);
    void onServerError(const QString &message, const QStringList &named);
    void onBackfill(int requestId, bool ok, const QList<Conyr::Candle> &candles, const QString &error);
    void onAppPingTimer();
    void sendSubscribe(const QStringList &channels);

    QPointer<Connection> m_connection;
    CandleRestClient *m_rest;
    ConyrClientOptions m_options;
    Conyr::TierLimits m_limits;
    QString m_blocked;
    QHash<QString, ChannelInfo> m_channels;
    QStringList m_order;                    ///< wanted channels in the order added
    QList<QStringList> m_pendingRequests;   ///< subscribe requests not yet fully answered
    QHash<int, QString> m_backfills;        ///< request id → channel
    bool m_everOpened = false;
    QTimer m_appPing;
    qint64 m_pingSentMs = -1;
    int m_rttMs = -1;
};
