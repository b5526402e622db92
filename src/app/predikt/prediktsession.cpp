#include "prediktsession.h"

#include "core/connectionregistry.h"

#include "billingledgermodel.h"
#include "priceboardmodel.h"
#include "providers/predikt/prediktclient.h"
#include "providers/predikt/prediktobservations.h"

#include <QRegularExpression>
#include <utility>

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

ProfileSessions::Started PrediktSession::startClient(const Profile &profile, const QString &key)
{
    stopClient();
    const bool renamed = profile.name != m_profile.name || profile.tier != m_profile.tier;
    m_profile = profile;
    if (renamed)
        Q_EMIT profileChanged();
    PrediktClientOptions options;
    options.tier = Predikt::tierByName(m_profile.tier);
    options.subscribeViaMessage = m_profile.options.value(QStringLiteral("subscribeVia")).toString() == QLatin1String("message");
    const QString path = m_profile.options.value(QStringLiteral("enginePath")).toString();
    if (!path.isEmpty())
        options.socketIo.enginePath = path;
    options.socketIo.nsp = m_profile.options.value(QStringLiteral("namespace")).toString();

    auto *connection = new Connection(PrediktClient::connectionConfig(m_profile.connectionConfig(key), options));
    m_client = new PrediktClient(connection, options, this);
    connection->setParent(m_client); // the connection goes with the client

    wireClient();

    // A lower tier after a change: keep what it allows.
    m_client->subscribe(m_board->symbols().mid(0, symbolCap()));
    Q_EMIT connectionChanged();
    Q_EMIT symbolsChanged();
    m_client->open();
    return {m_client->connection(), PrediktObservations::attach(m_client)};
}

void PrediktSession::wireClient()
{
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
        ConnectionRegistry::instance()->setSessionDetails(m_client->connection(), sessionDetails());
        Q_EMIT accountChanged();
    });
}

void PrediktSession::adoptClient(PrediktClient *client)
{
    stopClient();
    m_client = client;
    m_adopted = true;
    wireClient();
    syncBoard();
    Q_EMIT connectionChanged();
}

void PrediktSession::stopClient()
{
    if (!m_client)
        return;
    PrediktClient *client = m_client;
    m_client = nullptr;
    client->disconnect(this);
    client->disconnect(m_board);
    client->disconnect(m_ledger);
    if (std::exchange(m_adopted, false)) {
        Q_EMIT connectionChanged();
        return; // its owner closes and deletes it
    }
    client->close();
    client->deleteLater();
    m_accountId.clear();
    m_connectionId.clear();
    Q_EMIT connectionChanged();
    Q_EMIT accountChanged();
}

QString PrediktSession::sessionDetails() const
{
    QStringList parts;
    if (!m_connectionId.isEmpty())
        parts << tr("Connection ID %1").arg(m_connectionId);
    if (!m_accountId.isEmpty())
        parts << tr("Account %1").arg(m_accountId);
    return parts.join(QStringLiteral(" · "));
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
        why = tr("The %1 tier allows %n symbol(s) per connection.", nullptr, symbolCap()).arg(tierName());
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
    m_ledger->clearDisconnect();
    Q_EMIT reconnectRequested();
}

void PrediktSession::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
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
