#include "prediktclient.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>

namespace {

/// Every live client, to enforce the tier's connection cap per account key.
QList<PrediktClient *> &liveClients()
{
    static QList<PrediktClient *> clients;
    return clients;
}

} // namespace

ConnectionConfig PrediktClient::connectionConfig(ConnectionConfig config, PrediktClientOptions &options)
{
    return SocketIoClient::connectionConfig(std::move(config), options.socketIo);
}

PrediktClient::PrediktClient(Connection *connection, PrediktClientOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    Q_ASSERT(connection);
    const ConnectionConfig &config = connection->config();
    if (config.auth == Auth::Method::SocketIoToken)
        m_options.socketIo.auth = QJsonObject{{QStringLiteral("token"), config.key}};
    m_budgetKey = config.url.host() + QLatin1Char('|')
                  + QString::fromLatin1(QCryptographicHash::hash(config.key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    m_socketIo = new SocketIoClient(connection, m_options.socketIo, this);
    m_socketIo->setConnectErrorClassifier([](const QString &message, const QJsonValue &data) {
        // A middleware refusal names the code in the message or in data.code.
        QString codeText = data.toObject().value(QLatin1String("code")).toString();
        if (codeText.isEmpty())
            codeText = message;
        const Predikt::ErrorCode code = Predikt::errorCodeFromText(codeText);
        Failure::Kind kind = Predikt::failureKind(code);
        if (kind == Failure::Kind::None)
            kind = Failure::Kind::Auth;
        const QString detail = data.toObject().value(QLatin1String("message")).toString();
        return Failure::Verdict{kind, Predikt::explain(code, detail.isEmpty() ? message : detail)};
    });
    // Price updates are nearly all the traffic: scan them without building a JSON tree.
    m_socketIo->setRawEventFilter([this](QByteArrayView json) {
        Predikt::PriceTick tick;
        if (!Predikt::scanPriceUpdate(json, tick))
            return false;
        Q_EMIT priceTick(tick);
        return true;
    });
    connect(m_socketIo, &SocketIoClient::joined, this, &PrediktClient::onJoined);
    connect(m_socketIo, &SocketIoClient::left, this, &PrediktClient::onLeft);
    connect(m_socketIo, &SocketIoClient::eventReceived, this, &PrediktClient::onEvent);
    connect(connection, &Connection::opened, this, [this] {
        QString why;
        if (overConnectionBudget(&why))
            this->connection()->fail(Failure::Kind::Limit, why);
    });
    m_keepAlive.setInterval(std::max(1000, m_options.keepAliveMs));
    connect(&m_keepAlive, &QTimer::timeout, this, &PrediktClient::ping);
    liveClients().append(this);
}

PrediktClient::~PrediktClient()
{
    liveClients().removeAll(this);
}

bool PrediktClient::overConnectionBudget(QString *why) const
{
    int others = 0;
    for (const PrediktClient *client : std::as_const(liveClients())) {
        if (client != this && client->m_budgetKey == m_budgetKey && client->m_socketIo->isJoined())
            ++others;
    }
    if (others < m_options.tier.maxConnections)
        return false;
    if (why)
        *why = tr("The %1 tier allows %2 connections per account; %3 are open already. Close one or upgrade the tier.")
                   .arg(m_options.tier.name)
                   .arg(m_options.tier.maxConnections)
                   .arg(others);
    return true;
}

void PrediktClient::open()
{
    m_socketIo->open();
}

void PrediktClient::close()
{
    m_keepAlive.stop();
    m_socketIo->close();
}

bool PrediktClient::subscribe(const QStringList &symbols, QString *why)
{
    QStringList fresh;
    for (const QString &s : Predikt::normalizeSymbols(symbols)) {
        if (!m_wanted.contains(s))
            fresh << s;
    }
    if (fresh.isEmpty())
        return true;
    if (m_wanted.size() + fresh.size() > m_options.tier.maxSymbols) {
        const QString reason =
            tr("The %1 tier allows %2 symbols per connection; %3 are subscribed, so %n more do not fit.", nullptr,
               int(fresh.size()))
                .arg(m_options.tier.name)
                .arg(m_options.tier.maxSymbols)
                .arg(m_wanted.size());
        if (why)
            *why = reason;
        Q_EMIT symbolsRejected(fresh, reason);
        return false;
    }
    m_wanted += fresh;
    Q_EMIT symbolsChanged();
    if (m_socketIo->isJoined())
        sendRequest(QStringLiteral("subscribe"), fresh);
    return true;
}

void PrediktClient::unsubscribe(const QStringList &symbols)
{
    QStringList gone;
    for (const QString &s : Predikt::normalizeSymbols(symbols)) {
        if (m_wanted.removeAll(s) > 0)
            gone << s;
    }
    if (gone.isEmpty())
        return;
    for (const QString &s : std::as_const(gone))
        m_active.removeAll(s);
    Q_EMIT symbolsChanged();
    if (m_socketIo->isJoined())
        sendRequest(QStringLiteral("unsubscribe"), gone);
}

bool PrediktClient::ping()
{
    if (!m_socketIo->isJoined())
        return false;
    return m_options.subscribeViaMessage
               ? m_socketIo->emitEvent(QStringLiteral("message"), {QJsonObject{{QStringLiteral("action"), QStringLiteral("ping")}}})
               : m_socketIo->emitEvent(QStringLiteral("ping"));
}

void PrediktClient::sendRequest(const QString &action, const QStringList &symbols)
{
    const bool sent = m_options.subscribeViaMessage
                          ? m_socketIo->emitEvent(QStringLiteral("message"), {Predikt::messageRequest(action, symbols)})
                          : m_socketIo->emitEvent(action, {Predikt::subscriptionRequest(symbols)});
    if (sent && action == QLatin1String("subscribe"))
        m_pending.append(symbols);
}

void PrediktClient::onJoined()
{
    m_active.clear();
    m_pending.clear();
    m_accountSeen = false;
    m_keepAlive.start();
    // Restore every wanted symbol: the server forgets subscriptions with the session.
    if (!m_wanted.isEmpty())
        sendRequest(QStringLiteral("subscribe"), m_wanted);
}

void PrediktClient::onLeft()
{
    m_keepAlive.stop();
    m_pending.clear();
    if (!m_active.isEmpty()) {
        m_active.clear();
        Q_EMIT symbolsChanged();
    }
}

void PrediktClient::onEvent(const QString &name, const QJsonArray &args, qint64 ackId)
{
    if (ackId >= 0)
        m_socketIo->sendAck(ackId);
    Predikt::Message message;
    QString error;
    if (!Predikt::decodeEvent(name, args, message, &error)) {
        Q_EMIT malformedMessage(error);
        return;
    }
    handle(message);
}

void PrediktClient::handle(const Predikt::Message &m)
{
    using Predikt::MessageType;
    switch (m.type) {
    case MessageType::PriceUpdate:
        Q_EMIT priceTick(m.tick);
        return;
    case MessageType::Connected:
        m_account = m.connected;
        m_accountSeen = true;
        Q_EMIT accountConnected(m.connected);
        return;
    case MessageType::Subscribed: {
        QStringList confirmed = Predikt::normalizeSymbols(m.subscription.symbols);
        const QStringList requested = m_pending.isEmpty() ? QStringList() : m_pending.takeFirst();
        for (const QString &s : std::as_const(confirmed)) {
            if (!m_active.contains(s) && m_wanted.contains(s))
                m_active << s;
        }
        QStringList refused;
        for (const QString &s : requested) {
            if (!confirmed.contains(s) && m_wanted.contains(s))
                refused << s;
        }
        if (!refused.isEmpty()) {
            for (const QString &s : std::as_const(refused))
                m_wanted.removeAll(s);
            Q_EMIT symbolsRejected(refused, tr("Predikt does not know these symbols: %1").arg(refused.join(QLatin1String(", "))));
        }
        Q_EMIT symbolsChanged();
        Q_EMIT subscribed(confirmed);
        return;
    }
    case MessageType::Unsubscribed:
        Q_EMIT unsubscribed(Predikt::normalizeSymbols(m.subscription.symbols));
        return;
    case MessageType::Billing:
        Q_EMIT billing(m.billing);
        return;
    case MessageType::Pong:
        m_lastPongMs = m.pongTimestampMs > 0 ? m.pongTimestampMs : QDateTime::currentMSecsSinceEpoch();
        Q_EMIT pong(m_lastPongMs);
        return;
    case MessageType::Error:
        handleError(m.error);
        return;
    case MessageType::Disconnecting: {
        Q_EMIT disconnecting(m.disconnect);
        const QString server = m.disconnect.reason.isEmpty() ? QString() : tr("Server: %1").arg(m.disconnect.reason);
        connection()->fail(Failure::Kind::Billing,
                           tr("Predikt is disconnecting: the balance no longer covers the hourly fee. Top up your balance "
                              "on the Predikt billing page, then reconnect. %1").arg(server).trimmed());
        return;
    }
    case MessageType::Unknown:
        return;
    }
}

void PrediktClient::handleError(const Predikt::ServerError &error)
{
    using Predikt::ErrorCode;
    Q_EMIT serverError(error);
    const QString why = Predikt::explain(error.code, error.message);
    switch (error.code) {
    case ErrorCode::InvalidApiKey:
    case ErrorCode::PermissionDenied:
    case ErrorCode::AccountNotFound:
        connection()->fail(Failure::Kind::Auth, why);
        return;
    case ErrorCode::InsufficientBalance:
        connection()->fail(Failure::Kind::Billing, why);
        return;
    case ErrorCode::RateLimitExceeded:
        // Before "connected" (or naming connections) it is the connection cap: wait at the
        // backoff cap. Otherwise it answers the oldest subscribe request: drop its symbols.
        if (!m_accountSeen || m_pending.isEmpty()
            || error.message.contains(QLatin1String("connection"), Qt::CaseInsensitive)) {
            connection()->fail(Failure::Kind::Limit, why);
            return;
        }
        rejectPending(why);
        return;
    case ErrorCode::InvalidSymbol:
        rejectPending(why);
        return;
    case ErrorCode::Unknown:
        return;
    }
}

void PrediktClient::rejectPending(const QString &reason)
{
    if (m_pending.isEmpty())
        return;
    QStringList refused;
    for (const QString &s : m_pending.takeFirst()) {
        if (m_wanted.removeAll(s) > 0)
            refused << s;
    }
    if (refused.isEmpty())
        return;
    Q_EMIT symbolsRejected(refused, reason);
    Q_EMIT symbolsChanged();
}
