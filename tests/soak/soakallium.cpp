// Allium under the soak: the API socket with a steady load of requests (idempotent GETs,
// which are re-sent after a drop, and POSTs, which fail with a reason), a blocks stream and
// a filtered transactions stream. Every request must end exactly once; both streams must be
// started again after each reconnect, the filter sent before the start (no record that
// misses the filter after a reconnect).

#include "providers/allium/alliumapiclient.h"
#include "providers/allium/alliumfilter.h"
#include "providers/allium/alliumstreamclient.h"
#include "sim/allium/alliumapisim.h"
#include "sim/allium/alliumstreamsim.h"
#include "sim/simserver.h"
#include "soakscenarios.h"

#include <QHash>

namespace Soak {

namespace {

constexpr int RequestEveryMs = 15;
constexpr int RequestTimeoutMs = 8000;
const char *const TransactionFilter =
    R"({"op":"AND","conditions":[{"field":"blockchain","operator":"=","value":"ethereum"},)"
    R"({"field":"value","operator":">","value":"1000000000000000000"}]})";

class AlliumScenario : public Scenario
{
public:
    explicit AlliumScenario(SimServer *server)
        : m_server(server)
        , m_filter(*AlliumFilter::parseText(TransactionFilter).filter)
    {
        m_api = new AlliumApiSimHandler(server);
        server->addHandler(m_api);
        m_streams = new AlliumStreamSimHandler(server);
        server->addHandler(m_streams);
    }

    QString name() const override { return QStringLiteral("allium"); }

    bool start(quint16 port, QString *) override
    {
        const QString base = QStringLiteral("ws://127.0.0.1:%1").arg(port);
        m_apiConnection = new Connection(soakConnection(QStringLiteral("allium api"), QUrl(base + QStringLiteral("/api/v1/developer/ws/api")),
                                                        Auth::Method::ApiKeyHeader, soakKey()),
                                         this);
        AlliumApiClientSettings settings;
        settings.timeoutMs = RequestTimeoutMs;
        m_apiClient = new AlliumApiClient(m_apiConnection, this, settings);
        connect(m_apiClient, &AlliumApiClient::responseReceived, this, [this](const AlliumApiResponse &r) {
            outcome(r.id, true, {});
            ++m_answersSinceOpen;
        });
        connect(m_apiClient, &AlliumApiClient::requestFailed, this,
                [this](const QString &id, const QString &reason) { outcome(id, false, reason); });
        connect(m_apiConnection, &Connection::opened, this, [this] { m_answersSinceOpen = 0; });

        // Blocks at a brisk cadence (simulated ms) so that data after a reconnect comes soon.
        const QUrl streamEndpoint(base + QStringLiteral("/api/v1/developer/ws/stream?intervalMs=2000"));
        const AlliumTopic blocks = *AlliumTopic::parse(QStringLiteral("ethereum.blocks"));
        const AlliumTopic transactions = *AlliumTopic::parse(QStringLiteral("ethereum.transactions"));
        m_blocksConnection = new Connection(
            AlliumStreamClient::connectionConfig(soakConnection(QStringLiteral("allium blocks"), streamEndpoint, Auth::Method::ApiKeyHeader, soakKey()), blocks),
            this);
        m_txConnection = new Connection(
            AlliumStreamClient::connectionConfig(soakConnection(QStringLiteral("allium transactions"), streamEndpoint, Auth::Method::ApiKeyHeader, soakKey()), transactions),
            this);
        m_blocks = new AlliumStreamClient(m_blocksConnection, blocks, this);
        m_tx = new AlliumStreamClient(m_txConnection, transactions, this);
        connect(m_blocks, &AlliumStreamClient::recordsArrived, this,
                [this](const QList<AlliumRecord> &records) { m_blocksSinceOpen += records.size(); });
        connect(m_tx, &AlliumStreamClient::recordsArrived, this, [this](const QList<AlliumRecord> &records) {
            m_txSinceOpen += records.size();
            for (const AlliumRecord &r : records) {
                if (!m_filter.matches(r.object())) {
                    ++m_filterMisses;
                    ++m_filterMissesSinceOpen;
                }
            }
        });
        connect(m_blocksConnection, &Connection::opened, this, [this] { m_blocksSinceOpen = 0; });
        connect(m_txConnection, &Connection::opened, this, [this] {
            m_txSinceOpen = 0;
            m_filterMissesSinceOpen = 0;
        });
        m_tx->setFilter(m_filter);
        m_blocks->start();
        m_tx->start();

        m_watches = {new ConnectionWatch(m_apiConnection, this), new ConnectionWatch(m_blocksConnection, this),
                     new ConnectionWatch(m_txConnection, this)};
        m_apiClient->open();
        m_blocks->open();
        m_tx->open();

        m_load.setInterval(RequestEveryMs);
        connect(&m_load, &QTimer::timeout, this, [this] { sendRequest(); });
        m_load.start();
        return true;
    }

    QList<ConnectionWatch *> watches() const override { return m_watches; }

    bool restored(QString *why) const override
    {
        if (m_answersSinceOpen == 0)
            return (*why = QStringLiteral("no API answer since the reconnect")), false;
        if (!m_blocks->isStarted() || m_blocksSinceOpen == 0)
            return (*why = QStringLiteral("no block since the reconnect")), false;
        if (!m_tx->filter() || m_txSinceOpen == 0)
            return (*why = QStringLiteral("no filtered transaction since the reconnect")), false;
        if (m_filterMissesSinceOpen > 0)
            return (*why = QStringLiteral("%1 transactions missed the filter since the reconnect").arg(m_filterMissesSinceOpen)), false;
        // The simulator's view: the filter it holds is ours, and a stream is started.
        if (m_streams->lastFilter() != m_filter.toText() || !m_streams->anyStarted())
            return (*why = QStringLiteral("the simulator holds another filter or no started stream")), false;
        return true;
    }

    void checkAfterFault(QStringList *problems) override
    {
        if (m_duplicates > m_reportedDuplicates) {
            *problems << QStringLiteral("%1 request(s) ended more than once").arg(m_duplicates - m_reportedDuplicates);
            m_reportedDuplicates = m_duplicates;
        }
        if (m_silentFailures > m_reportedSilent) {
            *problems << QStringLiteral("%1 request(s) failed without a reason").arg(m_silentFailures - m_reportedSilent);
            m_reportedSilent = m_silentFailures;
        }
        if (m_filterMisses > m_reportedMisses) {
            *problems << QStringLiteral("%1 transaction(s) that miss the filter were delivered").arg(m_filterMisses - m_reportedMisses);
            m_reportedMisses = m_filterMisses;
        }
    }

    void drain() override
    {
        m_load.stop();
        waitUntil([this] { return m_apiClient->inFlight() == 0 && m_apiClient->queued() == 0; }, RequestTimeoutMs + 4000);
        QStringList found;
        checkAfterFault(&found); // anything that ended twice while draining counts too
        m_lost = 0;
        for (auto it = m_outcomes.cbegin(); it != m_outcomes.cend(); ++it)
            m_lost += it.value() == 0 ? 1 : 0;
    }

    qint64 lost() const override { return m_lost; }
    qint64 duplicated() const override { return m_duplicates; }

    QString detail() const override
    {
        return QStringLiteral("%1 requests: %2 answered, %3 failed with a reason (%4 re-sent after a drop, %5 timed out); "
                              "%6 blocks and %7 filtered transactions")
            .arg(m_sent).arg(m_answered).arg(m_failed).arg(m_apiClient->resentAfterReconnect()).arg(m_apiClient->timeouts())
            .arg(m_blocks->recordsReceived()).arg(m_tx->recordsReceived());
    }

private:
    void sendRequest()
    {
        // Two in three are idempotent GETs; the rest POSTs that must not be sent twice.
        QString id;
        if (m_sent % 3 != 2)
            id = m_apiClient->send(QStringLiteral("GET"), QStringLiteral("/api/v1/developer/assets"),
                                   {{QStringLiteral("blockchain"), QStringLiteral("ethereum")}, {QStringLiteral("limit"), 3}});
        else
            id = m_apiClient->send(QStringLiteral("POST"), QStringLiteral("/api/v1/developer/prices"),
                                   {{QStringLiteral("chain"), QStringLiteral("ethereum")},
                                    {QStringLiteral("token_address"), QStringLiteral("0x%1").arg(m_sent, 40, 16, QLatin1Char('0'))}});
        ++m_sent;
        m_outcomes.insert(id, 0);
    }

    void outcome(const QString &id, bool answered, const QString &reason)
    {
        auto it = m_outcomes.find(id);
        if (it == m_outcomes.end())
            return; // not one of ours (never happens: every send is recorded first)
        if (++it.value() > 1)
            ++m_duplicates;
        (answered ? m_answered : m_failed) += 1;
        if (!answered && reason.trimmed().isEmpty())
            ++m_silentFailures;
    }

    SimServer *m_server;
    AlliumFilter m_filter;
    AlliumApiSimHandler *m_api = nullptr;
    AlliumStreamSimHandler *m_streams = nullptr;
    Connection *m_apiConnection = nullptr;
    Connection *m_blocksConnection = nullptr;
    Connection *m_txConnection = nullptr;
    AlliumApiClient *m_apiClient = nullptr;
    AlliumStreamClient *m_blocks = nullptr;
    AlliumStreamClient *m_tx = nullptr;
    QList<ConnectionWatch *> m_watches;
    QTimer m_load;
    QHash<QString, int> m_outcomes; // request id → how often it ended (answered or failed)
    qint64 m_sent = 0;
    qint64 m_answered = 0;
    qint64 m_failed = 0;
    qint64 m_duplicates = 0;
    qint64 m_silentFailures = 0;
    qint64 m_lost = 0;
    qint64 m_answersSinceOpen = 0;
    qint64 m_blocksSinceOpen = 0;
    qint64 m_txSinceOpen = 0;
    qint64 m_filterMisses = 0;
    qint64 m_filterMissesSinceOpen = 0;
    qint64 m_reportedDuplicates = 0;
    qint64 m_reportedSilent = 0;
    qint64 m_reportedMisses = 0;
};

} // namespace

std::unique_ptr<Scenario> makeAlliumScenario(SimServer *server)
{
    return std::make_unique<AlliumScenario>(server);
}

} // namespace Soak
