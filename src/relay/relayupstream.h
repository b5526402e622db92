#pragma once
// The publishing side of the relay: a provider client's typed events become stream messages.

#include "jetstreampublisher.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

class AlliumStreamClient;
class Connection;
class ConyrClient;
class PrediktClient;
class TweetsClient;

/// Publishes what provider clients emit — after their validation and de-duplication — as
/// the provider's own documented wire frame for that one event, so that a consumer feeds it
/// to the same client class and decodes it on the one path:
///
/// | provider | kind   | subject suffix     | payload                               | message id          |
/// |----------|--------|--------------------|---------------------------------------|---------------------|
/// | conyr    | trade  | the channel        | {"channel":…,"data":{trade}}          | channel:trade_id    |
/// | conyr    | tick   | the channel        | {"channel":…,"data":{tick}}           | channel:t           |
/// | conyr    | candle | the channel        | {"channel":…,"data":{candle}}         | channel:ts:hash     |
/// | tweets   | tweet  | source type:id     | the tweet frame as received           | source:tweet id     |
/// | predikt  | price  | the symbol         | ["message",{"type":"price_update",…}] | symbol:timestamp    |
/// | predikt  | billing| account            | ["message",{"type":"billing",…}]      | timestamp           |
/// | allium   | record | the topic (dotted) | the record as sent ({…} or {payload}) | see below           |
///
/// (Predikt's payload is the Socket.IO event as the documentation shows it; the consumer
/// frames it for its own namespace.) An Allium topic keeps its dot in the subject
/// (tidewatch.allium.team.record.ethereum.blocks); a frame that held an array of records
/// becomes one message per record. An Allium record has no id of its own: a block is
/// named by number:hash (a re-org's new block is another one), any other record by its
/// block number, hash and a digest of its bytes; its Tidewatch-Time is the record's own
/// time (block timestamp, block_timestamp, time), none when it has none. A relay with
/// --filter adds Tidewatch-Filter (a digest of the filter) to each record, so that
/// consumers do not report the blocks it filtered out as gaps.
///
/// Besides events it publishes control messages on tidewatch.<provider>.<source>.relay.<what>
/// (JSON {"type","t","instance",…}): started and stopped (a relay run), state (the upstream
/// connection's state) and loss (messages dropped beyond the buffer). Consumers turn them
/// into visible gaps; gaps inside the data (candle series) are found
/// by the consumer's own client from the same events.
class RelayUpstream : public QObject
{
    Q_OBJECT

public:
    RelayUpstream(JetStreamPublisher *publisher, QString source, QObject *parent = nullptr);

    QString source() const { return m_source; }
    /// A random id for this run, carried by every control message.
    QString instance() const { return m_instance; }

    void attachConyr(ConyrClient *client);
    void attachTweets(TweetsClient *client);
    void attachPredikt(PrediktClient *client);
    void attachAllium(AlliumStreamClient *client);
    /// Publishes the connection's state changes for provider.
    void attachConnection(const QString &provider, Connection *connection);

    /// Control messages (see the class comment). fields are merged into the JSON.
    void publishControl(const QString &provider, const QString &what, const QJsonObject &fields = {});
    /// The run's "stopped" control message; events the clients emit after it (e.g. while
    /// the last acknowledgements are awaited) are not published, so nothing follows it.
    void publishStopped(const QString &provider);

    /// Events published (not counting control messages).
    qint64 events() const { return m_events; }

Q_SIGNALS:
    void eventPublished(const QString &provider, const QString &kind);

private:
    void publishEvent(const QString &provider, const QString &kind, const QString &subject, QByteArray payload,
                      const QByteArray &naturalId, qint64 sourceTimeMs, const QByteArray &upstreamFilter = {});

    JetStreamPublisher *m_publisher;
    QString m_source;
    QString m_instance;
    qint64 m_events = 0;
    qint64 m_controlSeq = 0;
    bool m_stopped = false;
};
