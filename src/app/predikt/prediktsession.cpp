#include "prediktsession.h"

#include "billingledgermodel.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "priceboardmodel.h"
#include "providers/predikt/prediktclient.h"
#include "providers/predikt/prediktobservations.h"

#include <QRegularExpression>

QStringList PrediktSession::demoSymbols()
{
    return {QStringLiteral("SOL"), QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("JUP"),
            QStringLiteral("BONK")};
}

PrediktSession::PrediktSession(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_board(new PriceBoardModel(this))
    , m_ledger(new BillingLedgerModel(QStringLiteral("predikt/%1/warningThresholdUsd").arg(profile.id), this))
{
    QStringList symbols = Predikt::normalizeSymbols(profile.subscriptions);
    if (symbols.isEmpty() && profile.demo)
        symbols = demoSymbols();
    m_board->addSymbols(symbols.mid(0, symbolCap()));
}

PrediktSession::~PrediktSession() = default;

bool PrediktSession::needsRestart(const Profile &before, const Profile &after)
{
    return before.url != after.url || before.auth != after.auth || before.tier != after.tier
           || before.options != after.options || before.name != after.name;
}

Connection *PrediktSession::connection() const
{
    return m_client ? m_client->connection() : nullptr;
}

QString PrediktSession::tierName() const
{
    return Predikt::tierByName(m_profile.tier).name;
}

int PrediktSession::symbolCap() const
{
    return Predikt::tierByName(m_profile.tier).maxSymbols;
}

int PrediktSession::connectionCap() const
{
    return Predikt::tierByName(m_profile.tier).maxConnections;
}

int PrediktSession::symbolCount() const
{
    return int(symbols().size());
}

QStringList PrediktSession::symbols() const
{
    return m_client ? m_client->symbols() : m_board->symbols();
}

void PrediktSession::start()
{
    QPointer<PrediktSession> self(this);
    KeyStore::instance()->keyForProfile(m_profile, [self](const KeyStore::Result &result) {
        if (!self)
            return;
        if (!result.ok()) {
            self->setNotice(tr("No API key for \"%1\": %2").arg(self->m_profile.name, result.message));
            return;
        }
        self->startClient(result.key);
    });
}

void PrediktSession::startClient(const QString &key)
{
    PrediktClientOptions options;
    options.tier = Predikt::tierByName(m_profile.tier);
    options.subscribeViaMessage = m_profile.options.value(QStringLiteral("subscribeVia")).toString() == QLatin1String("message");
    const QString path = m_profile.options.value(QStringLiteral("enginePath")).toString();
    if (!path.isEmpty())
        options.socketIo.enginePath = path;
    options.socketIo.nsp = m_profile.options.value(QStringLiteral("namespace")).toString();

    auto *connection = new Connection(PrediktClient::connectionConfig(m_profile.connectionConfig(key), options), this);
    m_client = new PrediktClient(connection, options, this);
    ConnectionRegistry::instance()->add(m_client->connection(), Provider::toId(Provider::Kind::Predikt),
                                        PrediktObservations::attach(m_client));

    connect(m_client, &PrediktClient::priceTick, m_board, &PriceBoardModel::applyTick);
    connect(m_client, &PrediktClient::billing, m_ledger, &BillingLedgerModel::addCharge);
    connect(m_client, &PrediktClient::disconnecting, m_ledger, &BillingLedgerModel::setDisconnect);
    connect(m_client, &PrediktClient::symbolsChanged, this, &PrediktSession::syncBoard);
    connect(m_client, &PrediktClient::subscribed, this, &PrediktSession::syncBoard);
    connect(m_client, &PrediktClient::symbolsRejected, this, [this](const QStringList &, const QString &reason) {
        setNotice(reason);
    });
    connect(m_client, &PrediktClient::serverError, this, [this](const Predikt::ServerError &error) {
        setNotice(Predikt::explain(error.code, error.message));
    });
    connect(m_client, &PrediktClient::accountConnected, this, [this](const Predikt::ConnectedInfo &info) {
        m_accountId = info.accountId;
        m_connectionId = info.connectionId;
        m_ledger->clearDisconnect();
        Q_EMIT accountChanged();
    });

    QStringList wanted = m_board->symbols();
    m_client->subscribe(wanted);
    Q_EMIT connectionChanged();
    Q_EMIT symbolsChanged();
    m_client->open();
}

void PrediktSession::syncBoard()
{
    m_board->setSymbols(m_client->symbols());
    m_board->setLive(m_client->activeSymbols());
    Q_EMIT symbolsChanged();
}

void PrediktSession::applySymbols(const QStringList &symbols)
{
    const QStringList wanted = Predikt::normalizeSymbols(symbols).mid(0, symbolCap());
    if (!m_client) {
        m_board->setSymbols(wanted);
        Q_EMIT symbolsChanged();
        return;
    }
    QStringList gone;
    for (const QString &s : m_client->symbols()) {
        if (!wanted.contains(s))
            gone << s;
    }
    m_client->unsubscribe(gone);
    m_client->subscribe(wanted);
}

bool PrediktSession::addSymbols(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    const QStringList typed = Predikt::normalizeSymbols(text.split(separators, Qt::SkipEmptyParts));
    if (typed.isEmpty()) {
        setNotice(tr("Type one or more symbols, e.g. SOL or BTC, ETH."));
        return false;
    }
    QString why;
    bool ok = true;
    if (m_client) {
        ok = m_client->subscribe(typed, &why);
    } else if (m_board->rowCount() + typed.size() > symbolCap()) {
        ok = false;
        why = tr("The %1 tier allows %2 symbols per connection.").arg(tierName()).arg(symbolCap());
    } else {
        m_board->addSymbols(typed);
        Q_EMIT symbolsChanged();
    }
    if (!ok) {
        setNotice(why);
        return false;
    }
    Q_EMIT symbolsEdited(symbols());
    return true;
}

void PrediktSession::removeSymbol(const QString &symbol)
{
    if (m_client) {
        m_client->unsubscribe({symbol});
    } else {
        m_board->removeSymbols({symbol});
        Q_EMIT symbolsChanged();
    }
    Q_EMIT symbolsEdited(symbols());
}

void PrediktSession::reconnect()
{
    if (!m_client)
        return;
    m_ledger->clearDisconnect();
    m_client->connection()->close();
    m_client->open();
}

void PrediktSession::setNotice(const QString &notice)
{
    if (notice == m_notice)
        return;
    m_notice = notice;
    Q_EMIT noticeChanged();
}

void PrediktSession::dismissNotice()
{
    setNotice(QString());
}
