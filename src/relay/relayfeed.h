#pragma once
// The consuming side of the relay: stream messages into the same provider clients.

#include "jetstreamconsumer.h"

#include "core/connection.h"
#include "relaysubject.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

class AlliumStreamClient;
class ConyrClient;
class PrediktClient;
class TweetsClient;

/// Something a consumer should see as missing data.
struct RelayGap {
    QString provider;
    QString source;
    QString reason;         ///< a sentence for people
    qint64 fromMs = -1;     ///< last data before the gap (Unix ms), -1 unknown
    qint64 toMs = -1;       ///< when data resumed (Unix ms), -1 unknown
    qint64 missing = -1;    ///< messages known lost, -1 unknown
};

/// Routes relay messages (RelaySubject) to one provider client per (provider, source). The
/// clients are the ordinary ones, over a Connection that is never opened: each message's
/// payload is the provider's own wire frame and is delivered with
/// Connection::deliverForReplay(), so the client decodes, validates and de-duplicates it
/// exactly as it does live, and whatever is connected to the client (models, alert
/// adapters, CLI output) works unchanged. Connect the clients' signals when
/// conyrClientCreated()/tweetsClientCreated()/prediktClientCreated()/alliumClientCreated()
/// announce them.
///
/// Allium has one stream client per topic (a client streams one topic, as live): the
/// first record on tidewatch.allium.<source>.record.<topic> creates it, started. Its
/// records are flushed before apply() returns, so a batch is acknowledged only after its
/// records were handed over. The client annotates *.blocks records with gaps and re-orgs
/// as it does live (a block the relay dropped shows as a gap), except those a relay's
/// filter selected (RelayMessage::upstreamFilter, AlliumStreamClient::setUpstreamFilter()).
///
/// Control messages become upstreamStateChanged() and gapReported(): a relay restart after
/// data was seen, an upstream connection that was down, messages the relay dropped.
///
/// The clients' connections are external: each shows what its data depends on, so pages
/// and connection-down rules read a relayed source like a direct one. While the link to
/// the relay (setLinkState()) is not open, every connection shows the link's state and
/// reason; while it is, each shows its upstream's last reported state (open, reconnecting,
/// failed …), or Open when the relay has not reported one but data arrives. Connect and
/// Disconnect on such a connection ask the link (openRequested(), closeRequested()).
/// A message that is not a relay subject, names an unknown provider or carries an empty or
/// non-JSON payload is counted and skipped (malformedMessage()); what a client rejects it
/// counts itself.
class RelayFeed : public QObject
{
    Q_OBJECT

public:
    explicit RelayFeed(QObject *parent = nullptr);
    ~RelayFeed() override;

    /// Names the clients' connections "<label> · <provider>/<source>" and gives them the
    /// profile id (a desktop's relay profile). Before the first apply().
    void setIdentity(const QString &label, const QString &profileId);
    /// Local filter (NATS patterns); empty: everything the consumer delivers.
    void setSubjects(const QStringList &patterns);
    /// The state of the link to the relay (NATS and the consumer), shown by every client's
    /// connection while it is not Open. Open until set (a feed without a link).
    void setLinkState(Connection::State state, const QString &reason = {});

    void apply(const QList<RelayMessage> &batch);

    ConyrClient *conyrClient(const QString &source) const { return m_conyr.value(source); }
    TweetsClient *tweetsClient(const QString &source) const { return m_tweets.value(source); }
    PrediktClient *prediktClient(const QString &source) const { return m_predikt.value(source); }
    /// The client of one Allium topic ("ethereum.blocks") relayed under source.
    AlliumStreamClient *alliumClient(const QString &source, const QString &topic) const;

    qint64 messages() const { return m_messages; }
    qint64 malformed() const { return m_malformed; }
    qint64 filtered() const { return m_filtered; }
    qint64 gaps() const { return m_gaps; }
    /// The message being delivered right now (for receivers that want its position).
    const RelayMessage *current() const { return m_current; }

Q_SIGNALS:
    void conyrClientCreated(const QString &source, ConyrClient *client);
    void tweetsClientCreated(const QString &source, TweetsClient *client);
    void prediktClientCreated(const QString &source, PrediktClient *client);
    /// A new Allium topic under source (client->topic() names it).
    void alliumClientCreated(const QString &source, AlliumStreamClient *client);
    void upstreamStateChanged(const QString &provider, const QString &source, const QString &state,
                              const QString &reason);
    void gapReported(const RelayGap &gap);
    void malformedMessage(const QString &subject, const QString &reason);
    /// Connect or Disconnect was pressed on one of the clients' connections.
    void openRequested();
    void closeRequested();

private:
    struct Track {
        qint64 lastDataMs = -1;
        QString instance;
        bool open = false;
        qint64 downSinceMs = -1;
        Connection::State shown = Connection::State::Open; ///< the upstream's, as the relay reported it
        QString reason;
    };
    void control(const RelayMessage &message, const QString &provider, const QString &source, const QString &what);
    void reject(const RelayMessage &message, const QString &reason);
    /// Keeps a client's connection under provider/source and forwards its Connect/Disconnect.
    Connection *adopt(const QString &key, Connection *connection);
    /// Sets each connection (or only those of provider/source) to what it should show.
    void showStates(const QString &key = {});
    void show(const QString &key, Connection *connection);
    ConyrClient *ensureConyr(const QString &source);
    TweetsClient *ensureTweets(const QString &source);
    PrediktClient *ensurePredikt(const QString &source);
    AlliumStreamClient *ensureAllium(const QString &source, const QString &topic);
    void applyAllium(const RelayMessage &message, const RelaySubject::Parts &parts);

    QList<QByteArray> m_patterns;
    QString m_label;
    QString m_profileId;
    QHash<QString, ConyrClient *> m_conyr;
    QHash<QString, TweetsClient *> m_tweets;
    QHash<QString, PrediktClient *> m_predikt;
    QHash<QString, AlliumStreamClient *> m_allium; // source/topic
    QTimer *m_enginePing = nullptr;
    QHash<QString, Track> m_tracks; // provider/source
    QMultiHash<QString, Connection *> m_connections; // provider/source (Allium: one per topic)
    Connection::State m_linkState = Connection::State::Open;
    QString m_linkReason;
    const RelayMessage *m_current = nullptr;
    qint64 m_messages = 0;
    qint64 m_malformed = 0;
    qint64 m_filtered = 0;
    qint64 m_gaps = 0;
};
