// RelayUpstream: typed events → provider wire frames → JetStream messages.

#include "relayupstream.h"

#include "core/connection.h"
#include "core/logging.h"
#include "providers/allium/alliumstreamclient.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/predikt/prediktclient.h"
#include "providers/tweets/tweetsclient.h"
#include "relaysubject.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QUuid>

#include <algorithm>

RelayUpstream::RelayUpstream(JetStreamPublisher *publisher, QString source, QObject *parent)
    : QObject(parent)
    , m_publisher(publisher)
    , m_source(RelaySubject::token(source))
    , m_instance(QUuid::createUuid().toString(QUuid::WithoutBraces).left(8))
{
}

void RelayUpstream::publishEvent(const QString &provider, const QString &kind, const QString &subject,
                                 QByteArray payload, const QByteArray &naturalId, qint64 sourceTimeMs,
                                 const QByteArray &upstreamFilter)
{
    if (m_stopped)
        return; // the run said it stopped: a follower reads nothing after that
    RelayOutgoing out;
    // An Allium topic ("ethereum.blocks") keeps its dot: consumers filter on a chain with
    // tidewatch.allium.<source>.record.ethereum.>.
    out.subject = RelaySubject::build(provider, m_source, kind, subject, provider == QLatin1String("allium"));
    // The id names the event, not this publication: a restarted relay that sees the same
    // event again (e.g. a resent frame) publishes the same id, and JetStream keeps one.
    out.msgId = out.subject + ':' + naturalId;
    out.payload = std::move(payload);
    out.sourceTimeMs = sourceTimeMs;
    out.upstreamFilter = upstreamFilter;
    m_publisher->publish(std::move(out));
    ++m_events;
    Q_EMIT eventPublished(provider, kind);
}

void RelayUpstream::publishControl(const QString &provider, const QString &what, const QJsonObject &fields)
{
    QJsonObject body = fields;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    body.insert(QStringLiteral("type"), what);
    body.insert(QStringLiteral("t"), now);
    body.insert(QStringLiteral("instance"), m_instance);
    RelayOutgoing out;
    out.subject = RelaySubject::build(provider, m_source, QLatin1String(RelaySubject::ControlKind), what);
    out.msgId = (m_instance + QLatin1Char(':') + QString::number(++m_controlSeq)).toUtf8();
    out.payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
    out.sourceTimeMs = now;
    m_publisher->publish(std::move(out));
}

void RelayUpstream::publishStopped(const QString &provider)
{
    if (m_stopped)
        return;
    publishControl(provider, QStringLiteral("stopped"));
    m_stopped = true;
}

void RelayUpstream::attachConyr(ConyrClient *client)
{
    const QString provider = QStringLiteral("conyr");
    connect(client, &ConyrClient::tradeReceived, this, [this, provider](const QString &channel, const Conyr::Trade &trade) {
        // trade_id ("{signature}:{event_index}") is the provider's de-duplication key.
        publishEvent(provider, QStringLiteral("trade"), channel, Conyr::encodeTradeEvent(channel, trade), trade.id.toUtf8(),
                     trade.ts);
    });
    connect(client, &ConyrClient::tickReceived, this, [this, provider](const QString &channel, const Conyr::Tick &tick) {
        publishEvent(provider, QStringLiteral("tick"), channel, Conyr::encodeTickEvent(channel, tick), tick.id.toUtf8(),
                     tick.ts);
    });
    connect(client, &ConyrClient::candleReceived, this, [this, provider](const QString &channel, const Conyr::Candle &candle) {
        // A bar is updated while it is open: the content is part of its identity.
        QByteArray frame = Conyr::encodeCandleEvent(channel, candle);
        const QByteArray id = QByteArray::number(candle.ts) + ':'
            + QCryptographicHash::hash(frame, QCryptographicHash::Sha1).toHex().left(16);
        publishEvent(provider, QStringLiteral("candle"), channel, std::move(frame), id, candle.ts);
    });
    connect(client, &ConyrClient::candlesBackfilled, this,
            [this, provider](const QString &channel, const QList<Conyr::Candle> &candles) {
                for (const Conyr::Candle &candle : candles) {
                    QByteArray frame = Conyr::encodeCandleEvent(channel, candle);
                    const QByteArray id = QByteArray::number(candle.ts) + ':'
                        + QCryptographicHash::hash(frame, QCryptographicHash::Sha1).toHex().left(16);
                    publishEvent(provider, QStringLiteral("candle"), channel, std::move(frame), id, candle.ts);
                }
            });
    // Gaps in trades (by sequence) and candles are found again by the consumer's own
    // client, from the same events: they are not published a second time.
}

void RelayUpstream::attachTweets(TweetsClient *client)
{
    const QString provider = QStringLiteral("tweets");
    connect(client, &TweetsClient::tweetsReceived, this, [this, provider](const TweetBatch &batch) {
        for (const Tweet &tweet : batch) {
            // The frame as the server sent it: the provider's documented tweet event.
            publishEvent(provider, QStringLiteral("tweet"), tweet.sourceKey(), tweet.raw,
                         tweet.sourceKey().toUtf8() + ':' + tweet.tweetId.toUtf8(), tweet.detectedAtMs);
        }
    });
}

void RelayUpstream::attachPredikt(PrediktClient *client)
{
    const QString provider = QStringLiteral("predikt");
    auto event = [](const QJsonObject &message) {
        return QJsonDocument(QJsonArray{QStringLiteral("message"), message}).toJson(QJsonDocument::Compact);
    };
    connect(client, &PrediktClient::priceTick, this, [this, provider, event](const Predikt::PriceTick &tick) {
        QJsonObject m{{QStringLiteral("type"), QStringLiteral("price_update")},
                      {QStringLiteral("symbol"), tick.symbol},
                      {QStringLiteral("price"), tick.price},
                      {QStringLiteral("source"), tick.source}};
        if (tick.timestampMs >= 0)
            m.insert(QStringLiteral("timestamp"), Predikt::formatTimestamp(tick.timestampMs));
        QByteArray frame = event(m);
        const QByteArray id = tick.timestampMs >= 0
            ? QByteArray::number(tick.timestampMs)
            : QCryptographicHash::hash(frame, QCryptographicHash::Sha1).toHex().left(16);
        publishEvent(provider, QStringLiteral("price"), tick.symbol, std::move(frame), id, tick.timestampMs);
    });
    connect(client, &PrediktClient::billing, this, [this, provider, event](const Predikt::BillingNotice &b) {
        QJsonObject m{{QStringLiteral("type"), QStringLiteral("billing")},
                      {QStringLiteral("message"), b.message},
                      {QStringLiteral("amountUsd"), b.amountUsd.toString()},
                      {QStringLiteral("remainingBalanceUsd"), b.remainingBalanceUsd.toString()}};
        if (b.timestampMs >= 0)
            m.insert(QStringLiteral("timestamp"), Predikt::formatTimestamp(b.timestampMs));
        QByteArray frame = event(m);
        const QByteArray id = QByteArray::number(b.timestampMs) + ':'
            + QCryptographicHash::hash(frame, QCryptographicHash::Sha1).toHex().left(16);
        publishEvent(provider, QStringLiteral("billing"), QStringLiteral("account"), std::move(frame), id, b.timestampMs);
    });
}

void RelayUpstream::attachAllium(AlliumStreamClient *client)
{
    const QString provider = QStringLiteral("allium");
    connect(client, &AlliumStreamClient::recordsArrived, this, [this, provider, client](const QList<AlliumRecord> &records) {
        const QString topic = client->topic().name();
        // A filtered stream skips blocks on purpose: consumers are told, so that they do not
        // report the skipped ones as gaps.
        const std::optional<AlliumFilter> filter = client->serverFilter();
        const QByteArray filterId =
            filter ? QCryptographicHash::hash(filter->toText(), QCryptographicHash::Sha1).toHex().left(16) : QByteArray();
        for (const AlliumRecord &record : records) {
            // The record's bytes as the server sent them (one element of an array frame is
            // a record frame of its own); a record built from an object is written out.
            QByteArray frame = !record.json.isEmpty() ? record.json
                                                      : QJsonDocument(record.wireObject()).toJson(QJsonDocument::Compact);
            // The hash goes into a header: only a plain token (hex, base58) is used as it is.
            const QByteArray hash = record.hash.toUtf8();
            const bool plainHash = !hash.isEmpty() && hash.size() <= 128
                && std::all_of(hash.cbegin(), hash.cend(), [](char c) { return c > 0x20 && c < 0x7f; });
            QByteArray id;
            if (record.kind == AlliumTopic::Kind::Blocks && record.blockNumber >= 0 && plainHash) {
                id = QByteArray::number(record.blockNumber) + ':' + hash;
            } else {
                // Transactions share a hash with their logs and trades: the content decides.
                id = QByteArray::number(record.blockNumber) + ':' + (plainHash ? hash : QByteArray()) + ':'
                    + QCryptographicHash::hash(frame, QCryptographicHash::Sha1).toHex().left(16);
            }
            publishEvent(provider, QStringLiteral("record"), topic, std::move(frame), id, record.timestampMs, filterId);
        }
    });
}

void RelayUpstream::attachConnection(const QString &provider, Connection *connection)
{
    connect(connection, &Connection::stateChanged, this, [this, provider, connection](Connection::State state) {
        QJsonObject fields{{QStringLiteral("state"),
                            QString::fromLatin1(QMetaEnum::fromType<Connection::State>().valueToKey(int(state))).toLower()}};
        const QString reason = Redact::text(connection->reason());
        if (!reason.isEmpty())
            fields.insert(QStringLiteral("reason"), reason);
        publishControl(provider, QStringLiteral("state"), fields);
    });
}
