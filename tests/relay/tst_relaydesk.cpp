// The desktop's relay profile end to end, in process: a real nats-server -js (with a user
// and password), events published into JetStream as `tidewatch-cli relay` publishes them,
// and a RelayWorkspace that reads the password from the real keychain, follows its durable
// consumer and hands the clients to the Conyr, Predikt and Tweets workspaces' models. The
// profile's Connections row is Open while it follows and down (a connection-down rule fires)
// while the server is away; removing the profile removes its durable consumer from the
// server, and says so when the server does not answer.

#include "natsserver.h"

#include "alerts/alertengine.h"
#include "alerts/alertfeeds.h"
#include "app/allium/alliumstreams.h"
#include "app/conyr/conyrworkspace.h"
#include "app/predikt/prediktworkspace.h"
#include "app/relay/relayworkspace.h"
#include "app/tweets/tweetsworkspace.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/observation.h"
#include "core/profilestore.h"
#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "relay/jetstreamconsumer.h"
#include "relay/jetstreampublisher.h"
#include "relay/jetstreamstream.h"
#include "relay/natsclient.h"
#include "relay/relayfeed.h"
#include "relay/relayprofile.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <nats/nats.h>
#include <utility>

namespace {
const QString Sol = QStringLiteral("So11111111111111111111111111111111111111112");
const QString Password = QStringLiteral("relay-pass-7f3c9a");
constexpr char Service[] = "tidewatch-tst-relaydesk";
} // namespace

class TestRelayDesk : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<NatsServerProcess> m_nats;
    KeyStore *m_keys = nullptr;
    ProfileStore *m_profiles = nullptr;
    ConyrWorkspace *m_conyr = nullptr;
    PrediktWorkspace *m_predikt = nullptr;
    TweetsWorkspace *m_tweets = nullptr;
    AlliumStreams *m_allium = nullptr;
    std::unique_ptr<RelayWorkspace> m_relay;
    std::unique_ptr<NatsClient> m_pub;
    std::unique_ptr<JetStreamPublisher> m_publisher;
    Profile m_profile;
    Profile m_second; // the profile removed while the server is away
    int m_nextTrade = 0;
    QStringList m_seen; // trade ids the workspace's Conyr client delivered, in order

    static QString channel() { return Conyr::tradesChannel(Sol); }

    QByteArray tradeFrame(int n) const
    {
        Conyr::Trade t;
        t.signature = QStringLiteral("sig-%1").arg(n);
        t.eventIndex = 0;
        t.id = t.signature + QStringLiteral(":0");
        t.ts = 1700000000000 + n * 1000;
        t.side = n % 2 ? Conyr::Side::Buy : Conyr::Side::Sell;
        t.price = 100 + n * 0.01;
        t.size = 1;
        return Conyr::encodeTradeEvent(channel(), t);
    }
    /// Publishes n trades (ids sig-<k>:0 in order) and returns their ids.
    QStringList publishTrades(int n)
    {
        QStringList ids;
        for (int i = 0; i < n; ++i) {
            const int k = m_nextTrade++;
            m_publisher->publish({"tidewatch.conyr.team.trade." + channel().toUtf8(), tradeFrame(k),
                                  "t" + QByteArray::number(k), -1});
            ids << QStringLiteral("sig-%1:0").arg(k);
        }
        return ids;
    }
    void publishPrice(const QString &symbol, double price, int second)
    {
        const QByteArray frame = QStringLiteral(R"(["message",{"type":"price_update","symbol":"%1","price":%2,"source":"vwap","timestamp":"2026-12-02T12:00:%3.000Z"}])")
                                     .arg(symbol)
                                     .arg(price)
                                     .arg(second, 2, 10, QLatin1Char('0'))
                                     .toUtf8();
        m_publisher->publish({"tidewatch.predikt.team.price." + symbol.toUtf8(), frame,
                              symbol.toUtf8() + QByteArray::number(second), -1});
    }

    void startWorkspace()
    {
        m_relay = std::make_unique<RelayWorkspace>(m_profiles, m_keys, RelayTargets{m_conyr, m_predikt, m_tweets, {}}, nullptr);
        m_relay->setAlliumStreams(m_allium);
        m_relay->start();
    }
    RelayLink *link() const { return m_relay ? m_relay->link(m_profile.id) : nullptr; }
    /// Records the trades of the link's Conyr client once the feed has made it.
    void recordTrades()
    {
        QVERIFY(link());
        connect(link()->feed(), &RelayFeed::conyrClientCreated, this, [this](const QString &, ConyrClient *client) {
            connect(client, &ConyrClient::tradeReceived, this,
                    [this](const QString &, const Conyr::Trade &trade) { m_seen << trade.id; });
        });
    }
    /// NATS_OK when the durable consumer exists on the server, NATS_NOT_FOUND when not.
    int consumerStatus(const QString &durable) const
    {
        jsConsumerInfo *info = nullptr;
        jsErrCode code = jsErrCode(0);
        const natsStatus s = js_GetConsumerInfo(&info, m_pub->jetStream(), "TIDEWATCH", durable.toUtf8().constData(), nullptr, &code);
        if (s == NATS_OK)
            jsConsumerInfo_Destroy(info);
        return int(s);
    }
    int rowOf(const Connection *connection) const
    {
        const auto *registry = ConnectionRegistry::instance();
        for (int i = 0; i < registry->rowCount(); ++i) {
            if (registry->data(registry->index(i), ConnectionRegistry::ConnectionRole).value<Connection *>() == connection)
                return i;
        }
        return -1;
    }
    QVariant rowData(const Connection *connection, int role) const
    {
        const auto *registry = ConnectionRegistry::instance();
        return registry->data(registry->index(rowOf(connection)), role);
    }
    /// Stores a secret as the editor does (KeyStore::storeKey announces it with keyWritten).
    bool writeKey(const QString &id, const QString &key)
    {
        QSignalSpy written(m_keys, &KeyStore::keyWritten);
        QSignalSpy failed(m_keys, &KeyStore::keyError);
        m_keys->storeKey(id, key);
        return QTest::qWaitFor([&] { return !written.isEmpty() || !failed.isEmpty(); }, 10000) && !written.isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (NatsServerProcess::program().isEmpty())
            QSKIP("nats-server is not installed (scripts/setup installs it)");
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_relaydesk"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        m_nats = std::make_unique<NatsServerProcess>();
        QVERIFY2(m_nats->start({QStringLiteral("--user"), QStringLiteral("desk"), QStringLiteral("--pass"), Password}),
                 m_nats->log().constData());

        m_pub = std::make_unique<NatsClient>();
        NatsSettings s;
        s.url = m_nats->url();
        s.user = QStringLiteral("desk");
        s.password = Password;
        QVERIFY(m_pub->open(s));
        QTRY_COMPARE(m_pub->state(), NatsClient::State::Connected);
        QVERIFY(ensureRelayStream(m_pub->jetStream(), RelayStreamSpec{}).ok);
        m_publisher = std::make_unique<JetStreamPublisher>(m_pub.get());
        QVERIFY(m_publisher->start());

        m_keys = new KeyStore(QLatin1String(Service), this);
        m_profiles = new ProfileStore(QStringLiteral("profiles"), this);
        m_conyr = new ConyrWorkspace(m_profiles, m_keys, this);
        m_predikt = new PrediktWorkspace(m_profiles, m_keys, this);
        m_tweets = new TweetsWorkspace(m_profiles, m_keys, this);
        m_allium = new AlliumStreams(m_profiles, m_keys, this);

        // The profile as the editor saves it: the password goes to the keychain, only the
        // user name is an option.
        QVariantMap fields{{QStringLiteral("name"), QStringLiteral("Team relay")},
                           {QStringLiteral("kind"), QStringLiteral("relay")},
                           {QStringLiteral("url"), m_nats->url()},
                           {QStringLiteral("auth"), QStringLiteral("none")},
                           {QStringLiteral("subscriptions"), QStringLiteral("tidewatch.>")},
                           {QStringLiteral("options"), QVariantMap{{QStringLiteral("natsAuth"), QStringLiteral("user")},
                                                                   {QStringLiteral("natsUser"), QStringLiteral("desk")}}}};
        const QString id = m_profiles->save(fields);
        QVERIFY2(!id.isEmpty(), qPrintable(m_profiles->lastError()));
        m_profile = *m_profiles->profile(id);
        QVERIFY2(writeKey(id, Password), "the keychain (scripts/test runs gnome-keyring) refused the password");
    }

    void cleanupTestCase()
    {
        m_relay.reset();
        for (const QString &id : {m_profile.id, m_second.id}) {
            if (!m_keys || id.isEmpty())
                continue;
            bool done = false;
            m_keys->deleteKey(id, [&](const KeyStore::Result &) { done = true; });
            QVERIFY(QTest::qWaitFor([&] { return done; }, 5000));
        }
    }

    void aRelayProfileFeedsTheModelsAndTheAlerts()
    {
        startWorkspace();
        recordTrades();
        QTRY_VERIFY2_WITH_TIMEOUT(link()->state() == RelayLink::State::Following, qPrintable(link()->reason()), 15000);
        // The link is the profile's row on the Connections page, with the observations.
        Connection *row = link()->connection();
        QCOMPARE(ConnectionRegistry::instance()->providerOf(row), QStringLiteral("relay"));
        QCOMPARE(row->profileId(), m_profile.id);
        ObservationSource *observations = ConnectionRegistry::instance()->observationsOf(row);
        QVERIFY(observations);
        int observedTrades = 0;
        connect(observations, &ObservationSource::observed, this, [&observedTrades](const QList<Observation> &batch) {
            for (const Observation &o : batch)
                observedTrades += o.provider == QLatin1String("conyr") && o.kind == QLatin1String("trade");
        });

        const QStringList ids = publishTrades(40);
        publishPrice(QStringLiteral("SOL"), 151.25, 1);
        publishPrice(QStringLiteral("SOL"), 151.5, 6);
        QVERIFY(m_publisher->waitAllAcked(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen, ids, 15000);

        // Markets: the relay's Conyr client is one more profile of the Conyr workspace.
        const QString conyrId = RelayLink::attachedId(m_profile.id, QStringLiteral("conyr"), QStringLiteral("team"));
        m_conyr->setCurrentProfileId(conyrId);
        QCOMPARE(m_conyr->currentProfileId(), conyrId);
        QVERIFY(m_conyr->subscriptions()->rowOf(channel()) >= 0);
        m_conyr->setTapeChartOnly(false);
        const QStringList more = publishTrades(3);
        QTRY_VERIFY_WITH_TIMEOUT((m_conyr->tape()->flush(), m_conyr->tape()->rowCount() > 0), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_seen, ids + more, 10000);

        // Prices: the Predikt client's board.
        PrediktSession *prices = m_predikt->session(RelayLink::attachedId(m_profile.id, QStringLiteral("predikt"), QStringLiteral("team")));
        QVERIFY(prices);
        QTRY_VERIFY_WITH_TIMEOUT(prices->board()->symbols().contains(QStringLiteral("SOL")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(prices->board()->totalUpdates() >= 2, 10000);

        // Alerts and the dashboard read the same observations as a direct connection's.
        QTRY_COMPARE_WITH_TIMEOUT(observedTrades, int(ids.size() + more.size()), 5000);
        disconnect(observations, nullptr, this, nullptr);
        // Position and lag on the row.
        QTRY_VERIFY_WITH_TIMEOUT(link()->pending() == 0, 5000);
        QVERIFY(link()->position() >= quint64(ids.size()));
        QTRY_VERIFY(ConnectionRegistry::instance()->sessionDetailsOf(row).contains(QStringLiteral("position")));
        m_seen.clear();
    }

    void relayedAlliumBlocksReachTheStreamsPageAndTheAlerts()
    {
        QVERIFY(link());
        ObservationSource *observations = ConnectionRegistry::instance()->observationsOf(link()->connection());
        QVERIFY(observations);
        int observed = 0;
        connect(observations, &ObservationSource::observed, this, [&observed](const QList<Observation> &batch) {
            for (const Observation &o : batch)
                observed += o.provider == QLatin1String("allium-stream") && o.kind == QLatin1String("block")
                    && o.subject == QLatin1String("ethereum.blocks");
        });
        auto publishBlocks = [this](qint64 from, qint64 to) {
            for (qint64 n = from; n < to; ++n) {
                const QByteArray frame = QStringLiteral("{\"number\":%1,\"hash\":\"0x%1\",\"timestamp\":\"2026-12-06T21:00:00\"}")
                                             .arg(n)
                                             .toUtf8();
                m_publisher->publish({"tidewatch.allium.team.record.ethereum.blocks", frame, "b" + QByteArray::number(n), -1});
            }
        };
        publishBlocks(100, 110);
        QVERIFY(m_publisher->waitAllAcked(5000));
        // Streams: the relayed topic is offered beside the Allium streams profiles.
        const QString id = RelayLink::attachedId(m_profile.id, QStringLiteral("allium"), QStringLiteral("team"))
            + QStringLiteral("/ethereum.blocks");
        auto offered = [this, &id] {
            for (const QVariant &v : m_allium->profiles()) {
                if (v.toMap().value(QStringLiteral("id")).toString() == id)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(offered(), 10000);
        m_allium->setProfileId(id);
        QCOMPARE(m_allium->profileId(), id);
        QCOMPARE(m_allium->topic(), QStringLiteral("ethereum.blocks"));
        QCOMPARE(m_allium->state(), int(Connection::State::Open));
        QVERIFY(m_allium->started());
        publishBlocks(110, 115);
        QVERIFY(m_publisher->waitAllAcked(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_allium->model()->rowCount(), 5, 10000);
        QVERIFY(m_allium->counters().startsWith(QStringLiteral("15 ")));
        // The topic and the filter are the relay's.
        QVERIFY(!m_allium->applyFilter(QStringLiteral("{\"field\":\"number\",\"operator\":\">\",\"value\":1}")).isEmpty());
        QVERIFY(!m_allium->selectTopic(QStringLiteral("base.blocks")).isEmpty());
        // Alerts and the dashboard: every relayed block, through the link's row.
        QTRY_COMPARE_WITH_TIMEOUT(observed, 15, 5000);
        disconnect(observations, nullptr, this, nullptr);
    }

    void aRestartedWorkspaceResumesWithNoGapAndNoDuplicate()
    {
        QVERIFY(link());
        QVERIFY(link()->feed()->conyrClient(QStringLiteral("team"))); // recorded since the first test
        // The workspace goes away right after its first batch of this flood: the rest is
        // in the library, on the way or not yet published.
        bool stopping = false;
        connect(link()->consumer(), &JetStreamConsumer::messagesReceived, this, [this, &stopping] {
            if (!std::exchange(stopping, true))
                QTimer::singleShot(0, this, [this] { m_relay.reset(); });
        });
        QStringList ids;
        for (int i = 0; i < 30; ++i) {
            ids += publishTrades(100);
            QTest::qWait(5);
        }
        QVERIFY(m_publisher->waitAllAcked(10000));
        QTRY_VERIFY(!m_relay);
        const QStringList first = m_seen;
        QVERIFY(!first.isEmpty());
        QVERIFY2(first.size() < ids.size(), "the first run saw everything; nothing was left to resume");
        m_seen.clear();

        startWorkspace();
        recordTrades();
        QTRY_VERIFY_WITH_TIMEOUT(m_seen.size() >= ids.size() - first.size(), 30000);
        QTest::qWait(300); // a duplicate would arrive right behind
        QCOMPARE(first + m_seen, ids);
        qInfo("first run applied %lld of %lld, the second the other %lld",
              qint64(first.size()), qint64(ids.size()), qint64(m_seen.size()));
        m_seen.clear();
    }

    void theCredentialComesFromTheKeychainAndNeverFromTheSettings()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("natsUser"));
        QVERIFY(!text.contains(Password.toUtf8()));
        QVERIFY(text.contains("position"));

        // Without the password in the keychain the row fails and says why.
        QSignalSpy removed(m_keys, &KeyStore::keyRemoved);
        m_keys->removeKey(m_profile.id);
        QTRY_COMPARE_WITH_TIMEOUT(removed.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(link() && link()->state() == RelayLink::State::Failed, 10000);
        QCOMPARE(link()->connection()->state(), Connection::State::Failed);
        QVERIFY(!link()->connection()->reason().isEmpty());
        QVERIFY(!link()->connection()->reason().contains(Password));

        // A wrong password: NATS refuses; the password appears nowhere.
        QPointer<RelayLink> failed(link());
        QVERIFY(writeKey(m_profile.id, QStringLiteral("not-the-password")));
        QTRY_VERIFY_WITH_TIMEOUT(!failed && link(), 10000);
        QTest::qWait(1500);
        QVERIFY2(link()->state() != RelayLink::State::Following, qPrintable(link()->stateText()));
        if (link()->state() == RelayLink::State::Failed)
            QVERIFY2(link()->reason().contains(QStringLiteral("credentials")), qPrintable(link()->reason()));
        QVERIFY(!link()->reason().contains(QStringLiteral("not-the-password")));

        QVERIFY(writeKey(m_profile.id, Password));
        QTRY_VERIFY_WITH_TIMEOUT(link() && link()->state() == RelayLink::State::Following, 15000);
    }

    void aMalformedMessageIsCountedAndSkipped()
    {
        QVERIFY(link());
        QTRY_VERIFY_WITH_TIMEOUT(link()->state() == RelayLink::State::Following, 15000);
        recordTrades();
        if (ConyrClient *client = link()->feed()->conyrClient(QStringLiteral("team")))
            connect(client, &ConyrClient::tradeReceived, this, [this](const QString &, const Conyr::Trade &t) { m_seen << t.id; });
        const qint64 before = link()->malformed();
        const QByteArray subject = "tidewatch.conyr.team.trade." + channel().toUtf8();
        m_publisher->publish({subject, "\xff\xfe not json", "bad-1", -1});
        m_publisher->publish({"tidewatch.nobody.team.thing.x", "{}", "bad-2", -1});
        const QStringList ids = publishTrades(1);
        QVERIFY(m_publisher->waitAllAcked(5000));
        QTRY_COMPARE_WITH_TIMEOUT(m_seen, ids, 10000);
        QCOMPARE(link()->malformed(), before + 2);
        QCOMPARE(m_relay->status().value(m_profile.id).toMap().value(QStringLiteral("malformed")).toDouble(), double(before + 2));
    }

    void theRowIsOpenWhileFollowingAndDownWhileTheServerIsAway()
    {
        QVERIFY(link());
        QTRY_VERIFY_WITH_TIMEOUT(link()->state() == RelayLink::State::Following, 15000);
        ConnectionRegistry *registry = ConnectionRegistry::instance();
        Connection *row = link()->connection();
        QVERIFY(rowOf(row) >= 0);
        // Following is Open on the Connections page, in the header's count and for the tray.
        QCOMPARE(rowData(row, ConnectionRegistry::StateRole).toInt(), int(Connection::State::Open));
        QCOMPARE(rowData(row, ConnectionRegistry::StateNameRole).toString(), QStringLiteral("Open"));
        QVERIFY(registry->openCount() >= 1);
        const int openBefore = registry->openCount();
        const int troubleBefore = registry->troubleCount();

        // A connection-down rule over the registry, as AlertCenter runs it.
        AlertEngine engine;
        AlertRule rule;
        rule.id = AlertRule::newId();
        rule.name = QStringLiteral("Relay down");
        rule.kind = AlertRule::Kind::ConnectionDown;
        rule.provider = QStringLiteral("relay");
        rule.source = m_profile.id;
        rule.windowSec = 1;
        rule.cooldownSec = 0;
        engine.setRules({rule});
        AlertFeeds feeds;
        connect(&feeds, &AlertFeeds::connectionObserved, &engine, &AlertEngine::observeConnection);
        feeds.follow(registry);
        QSignalSpy raised(&engine, &AlertEngine::alertRaised);
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, &engine, &AlertEngine::tick);
        ticker.start(200);
        QTest::qWait(1200); // longer than the rule's window
        QCOMPARE(raised.size(), 0); // open: nothing is down

        m_nats->stop();
        QTRY_COMPARE_WITH_TIMEOUT(row->state(), Connection::State::Reconnecting, 15000);
        QCOMPARE(link()->state(), RelayLink::State::Reconnecting);
        QCOMPARE(registry->openCount(), openBefore - 1);
        QCOMPARE(registry->troubleCount(), troubleBefore + 1);
        QVERIFY2(row->reason().contains(QStringLiteral("NATS connection was lost")), qPrintable(row->reason()));
        QTRY_VERIFY_WITH_TIMEOUT(!raised.isEmpty(), 10000);
        const Alert alert = raised.at(0).at(0).value<Alert>();
        QVERIFY2(alert.message.startsWith(m_profile.name + QStringLiteral(" down for")), qPrintable(alert.message));

        // The server returns: the same consumer, the row open again, counted as a reconnect.
        QVERIFY2(m_nats->restart(), m_nats->log().constData());
        QTRY_VERIFY_WITH_TIMEOUT(link()->state() == RelayLink::State::Following, 30000);
        QCOMPARE(row->state(), Connection::State::Open);
        QCOMPARE(registry->openCount(), openBefore);
        QVERIFY(rowData(row, ConnectionRegistry::ReconnectsRole).toInt() >= 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_pub->state(), NatsClient::State::Connected, 15000);
        ConyrClient *client = link()->feed()->conyrClient(QStringLiteral("team"));
        QVERIFY(client);
        QStringList seen;
        QObject context; // this test's own receiver, gone with it
        connect(client, &ConyrClient::tradeReceived, &context, [&seen](const QString &, const Conyr::Trade &t) { seen << t.id; });
        const QStringList ids = publishTrades(3);
        QVERIFY(m_publisher->waitAllAcked(10000));
        QTRY_COMPARE_WITH_TIMEOUT(seen, ids, 15000);
        m_seen.clear();
    }

    void removingTheProfileRemovesItsDurableConsumer()
    {
        QVERIFY(link());
        QTRY_VERIFY_WITH_TIMEOUT(link()->state() == RelayLink::State::Following, 15000);
        const QString durable = RelayProfile::durableName(m_profile);
        QCOMPARE(durable, QStringLiteral("tidewatch-desk-") + m_profile.id);
        QCOMPARE(consumerStatus(durable), int(NATS_OK));
        QVERIFY(QSettings().contains(RelayLink::positionKey(m_profile.id)));
        QSignalSpy notices(m_relay.get(), &RelayWorkspace::notice);

        QElapsedTimer clock;
        clock.start();
        m_profiles->remove(m_profile.id);
        QVERIFY2(clock.elapsed() < 1000, "the removal waited for the server on the GUI thread");
        QVERIFY(!m_profiles->profile(m_profile.id));
        QVERIFY(!link());
        QVERIFY(!QSettings().contains(RelayLink::positionKey(m_profile.id)));

        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 15000);
        const QString message = notices.at(0).at(0).toString();
        QVERIFY2(!notices.at(0).at(1).toBool(), qPrintable(message));
        QVERIFY2(message.contains(durable), qPrintable(message));
        QVERIFY2(message.contains(m_profile.name), qPrintable(message));
        QVERIFY(!message.contains(Password));
        QCOMPARE(consumerStatus(durable), int(NATS_NOT_FOUND));
    }

    void aRemovalWhileTheServerIsAwayStillRemovesTheProfileAndSaysSo()
    {
        QVariantMap fields{{QStringLiteral("name"), QStringLiteral("Second relay")},
                           {QStringLiteral("kind"), QStringLiteral("relay")},
                           {QStringLiteral("url"), m_nats->url()},
                           {QStringLiteral("auth"), QStringLiteral("none")},
                           {QStringLiteral("subscriptions"), QStringLiteral("tidewatch.>")},
                           {QStringLiteral("options"), QVariantMap{{QStringLiteral("natsAuth"), QStringLiteral("user")},
                                                                   {QStringLiteral("natsUser"), QStringLiteral("desk")}}}};
        const QString id = m_profiles->save(fields);
        QVERIFY2(!id.isEmpty(), qPrintable(m_profiles->lastError()));
        m_second = *m_profiles->profile(id);
        QVERIFY(writeKey(id, Password));
        QTRY_VERIFY_WITH_TIMEOUT(m_relay->link(id) && m_relay->link(id)->state() == RelayLink::State::Following, 15000);
        const QString durable = RelayProfile::durableName(m_second);
        QCOMPARE(consumerStatus(durable), int(NATS_OK));

        m_relay->setRemovalGraceMs(1500);
        QSignalSpy notices(m_relay.get(), &RelayWorkspace::notice);
        m_nats->stop();
        QTRY_VERIFY_WITH_TIMEOUT(m_relay->link(id)->state() == RelayLink::State::Reconnecting, 15000);
        QElapsedTimer clock;
        clock.start();
        m_profiles->remove(id);
        QVERIFY2(clock.elapsed() < 1000, "the removal waited for the server on the GUI thread");
        QVERIFY(!m_profiles->profile(id)); // never lost, whatever the server says
        QVERIFY(!m_relay->link(id));

        QTRY_COMPARE_WITH_TIMEOUT(notices.size(), 1, 15000);
        const QString message = notices.at(0).at(0).toString();
        QVERIFY2(notices.at(0).at(1).toBool(), qPrintable(message)); // a problem
        QVERIFY2(message.contains(QStringLiteral("did not answer")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("nats consumer rm TIDEWATCH ") + durable), qPrintable(message));
        QVERIFY(!message.contains(Password));

        // As said: the consumer stays on the server.
        QVERIFY2(m_nats->restart(), m_nats->log().constData());
        QTRY_COMPARE_WITH_TIMEOUT(m_pub->state(), NatsClient::State::Connected, 15000);
        QCOMPARE(consumerStatus(durable), int(NATS_OK));
    }
};

QTEST_MAIN(TestRelayDesk)
#include "tst_relaydesk.moc"
