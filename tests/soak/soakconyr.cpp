// Conyr under the soak: two trades channels and a candle channel on one socket (REST
// backfill through the same proxy), with the simulator sending every trade twice. Every
// channel must be confirmed again and deliver after each reconnect; no trade id may reach
// the consumer twice.

#include "providers/conyr/conyrclient.h"
#include "providers/conyr/conyrcodec.h"
#include "sim/conyr/conyrsim.h"
#include "sim/simserver.h"
#include "soakscenarios.h"

#include <QHash>
#include <QSet>

namespace Soak {

namespace {

const QString Usdc = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
const QString Bonk = QStringLiteral("DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263");

class ConyrScenario : public Scenario
{
public:
    explicit ConyrScenario(SimServer *server)
    {
        m_handler = new ConyrSimHandler(server);
        server->addHandler(m_handler);
        m_channels = {Conyr::tradesChannel(Usdc), Conyr::tradesChannel(Bonk),
                      Conyr::ohlcvChannel(Usdc, QStringLiteral("filtered"), QStringLiteral("1s"))};
    }

    QString name() const override { return QStringLiteral("conyr"); }

    bool start(quint16 port, QString *error) override
    {
        m_connection = new Connection(soakConnection(QStringLiteral("conyr"), QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)),
                                                     Auth::Method::Bearer, soakKey()),
                                      this);
        ConyrClientOptions options;
        options.tier = QStringLiteral("layer1");
        options.appPingMs = 500;
        options.backfillBars = 30;
        m_client = new ConyrClient(m_connection, options, this);
        connect(m_client, &ConyrClient::tradeReceived, this, [this](const QString &channel, const Conyr::Trade &trade) {
            ++m_trades;
            m_sinceOpen[channel] += 1;
            QSet<QString> &seen = m_seen[channel];
            if (seen.contains(trade.id))
                ++m_duplicates;
            else
                seen.insert(trade.id);
        });
        connect(m_client, &ConyrClient::candleReceived, this, [this](const QString &channel, const Conyr::Candle &) {
            ++m_candles;
            m_sinceOpen[channel] += 1;
        });
        connect(m_connection, &Connection::opened, this, [this] { m_sinceOpen.clear(); });
        m_watches = {new ConnectionWatch(m_connection, this)};
        if (!m_client->subscribe(m_channels, error))
            return false;
        m_client->open();
        return true;
    }

    QList<ConnectionWatch *> watches() const override { return m_watches; }

    bool restored(QString *why) const override
    {
        for (const QString &name : m_channels) {
            const ConyrClient::ChannelInfo *info = m_client->channel(name);
            if (!info)
                return (*why = QStringLiteral("%1 is no longer wanted").arg(name)), false;
            if (info->state != ConyrClient::ChannelState::Subscribed)
                return (*why = QStringLiteral("%1 is not confirmed (%2)").arg(name, info->error)), false;
            if (m_sinceOpen.value(name) == 0)
                return (*why = QStringLiteral("no data on %1 since the reconnect").arg(name)), false;
        }
        return true;
    }

    void checkAfterFault(QStringList *problems) override
    {
        if (m_duplicates > m_reported) {
            *problems << QStringLiteral("%1 trade(s) reached the consumer twice").arg(m_duplicates - m_reported);
            m_reported = m_duplicates;
        }
    }

    qint64 duplicated() const override { return m_duplicates; }

    QString detail() const override
    {
        qint64 dropped = 0;
        for (const QString &name : m_channels) {
            if (const ConyrClient::ChannelInfo *info = m_client->channel(name))
                dropped += info->duplicates;
        }
        return QStringLiteral("%1 trades and %2 candles delivered; %3 repeated trades dropped by the client")
            .arg(m_trades).arg(m_candles).arg(dropped);
    }

private:
    ConyrSimHandler *m_handler = nullptr;
    Connection *m_connection = nullptr;
    ConyrClient *m_client = nullptr;
    QStringList m_channels;
    QList<ConnectionWatch *> m_watches;
    QHash<QString, qint64> m_sinceOpen;
    QHash<QString, QSet<QString>> m_seen;
    qint64 m_trades = 0;
    qint64 m_candles = 0;
    qint64 m_duplicates = 0;
    qint64 m_reported = 0;
};

} // namespace

std::unique_ptr<Scenario> makeConyrScenario(SimServer *server)
{
    return std::make_unique<ConyrScenario>(server);
}

} // namespace Soak
