// Predikt under the soak: a Socket.IO session with three symbols. After each reconnect the
// namespace must be joined again, the server must confirm every wanted symbol, and each
// symbol must tick.

#include "providers/predikt/prediktclient.h"
#include "sim/predikt/prediktsimhandler.h"
#include "sim/simserver.h"
#include "soakscenarios.h"

#include <QHash>
#include <QSet>

namespace Soak {

namespace {

class PrediktScenario : public Scenario
{
public:
    explicit PrediktScenario(SimServer *server)
    {
        m_handler = new PrediktSimHandler(server);
        server->addHandler(m_handler);
    }

    QString name() const override { return QStringLiteral("predikt"); }

    bool start(quint16 port, QString *error) override
    {
        PrediktClientOptions options;
        options.keepAliveMs = 2000;
        ConnectionConfig config = soakConnection(QStringLiteral("predikt"), QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/ws").arg(port)),
                                                 Auth::Method::Bearer, soakKey());
        m_connection = new Connection(PrediktClient::connectionConfig(config, options), this);
        m_client = new PrediktClient(m_connection, options, this);
        connect(m_client, &PrediktClient::priceTick, this, [this](const Predikt::PriceTick &tick) {
            ++m_ticks;
            m_sinceOpen[tick.symbol] += 1;
        });
        connect(m_connection, &Connection::opened, this, [this] { m_sinceOpen.clear(); });
        m_watches = {new ConnectionWatch(m_connection, this)};
        if (!m_client->subscribe(m_symbols, error))
            return false;
        m_client->open();
        return true;
    }

    QList<ConnectionWatch *> watches() const override { return m_watches; }

    bool restored(QString *why) const override
    {
        if (!m_client->socketIo()->isJoined())
            return (*why = QStringLiteral("the namespace is not joined")), false;
        const QStringList wanted = m_client->symbols();
        if (QSet<QString>(wanted.cbegin(), wanted.cend()) != QSet<QString>(m_symbols.cbegin(), m_symbols.cend()))
            return (*why = QStringLiteral("the wanted symbols changed: %1").arg(wanted.join(QLatin1Char(',')))), false;
        const QStringList active = m_client->activeSymbols();
        if (QSet<QString>(active.cbegin(), active.cend()) != QSet<QString>(m_symbols.cbegin(), m_symbols.cend()))
            return (*why = QStringLiteral("the server confirmed %1").arg(active.join(QLatin1Char(',')))), false;
        for (const QString &symbol : m_symbols) {
            if (m_sinceOpen.value(symbol) == 0)
                return (*why = QStringLiteral("no price for %1 since the reconnect").arg(symbol)), false;
        }
        return true;
    }

    QString detail() const override
    {
        return QStringLiteral("%1 price ticks; %2 sessions on the simulator now").arg(m_ticks).arg(m_handler->sessionCount());
    }

private:
    PrediktSimHandler *m_handler = nullptr;
    Connection *m_connection = nullptr;
    PrediktClient *m_client = nullptr;
    const QStringList m_symbols = {QStringLiteral("SOL"), QStringLiteral("BTC"), QStringLiteral("ETH")};
    QList<ConnectionWatch *> m_watches;
    QHash<QString, qint64> m_sinceOpen;
    qint64 m_ticks = 0;
};

} // namespace

std::unique_ptr<Scenario> makePrediktScenario(SimServer *server)
{
    return std::make_unique<PrediktScenario>(server);
}

} // namespace Soak
