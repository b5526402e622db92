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
    // Token auth: SocketIoClient puts the connection's key in every CONNECT, read at that
    // moment, so a key changed on the connection is the one presented next time.
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
    // A namespace DISCONNECT after "disconnecting" or a key error has already stopped the
    // connection (Billing/Auth). Any other one — a server restart, an idle close, a deploy —
    // is retried with backoff, and the reason says what happened.
    m_socketIo->setServerDisconnectClassifier([this] {
        QString why = tr("Predikt ended the session without a warning (no \"disconnecting\" message, no error); "
                         "reconnecting with backoff.");
        if (!m_lastServerMessage.isEmpty())
            why += QLatin1Char(' ') + tr("Last server message: %1").arg(m_lastServerMessage);
        return Failure::Verdict{Failure::Kind::Transient, why};
    });
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

QString PrediktClient::budgetKey() const
{
    // host + key fingerprint, from the connection's current key
    const ConnectionConfig &config = connection()->config();
    return config.url.host() + QLatin1Char('|')
           + QString::fromLatin1(QCryptographicHash::hash(config.key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

bool PrediktClient::overConnectionBudget(QString *why) const
{
    int others = 0;
    for (const PrediktClient *client : std::as_const(liveClients())) {
        if (client != this && client->budgetKey() == budgetKey() && client->m_socketIo->isJoined())
            ++others;
    }
    if (others < m_options.tier.maxConnections)
        return false;
    if (why)
        *why = tr("The %1 tier allows %n connection(s) per account, and all are open already. Close one or upgrade the tier.",
                  nullptr, m_options.tier.maxConnections)
                   .arg(m_options.tier.name);
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
    // The documented keep-alive is socket.emit('ping') whichever form subscriptions use.
    return m_socketIo->emitEvent(QStringLiteral("ping"));
}

void PrediktClient::sendRequest(const QString &action, const QStringList &symbols)
{
    const bool sent = m_options.subscribeViaMessage
                          ? m_socketIo->emitEvent(QStringLiteral("message"), {Predikt::messageRequest(action, symbols)})
                          : m_socketIo->emitEvent(action, {Predikt::subscriptionRequest(symbols)});
    if (sent && action == QLatin1String("subscribe"))
        m_pending.append({symbols, false});
}

void PrediktClient::sendTrimmed(const QStringList &symbols)
{
    const bool sent = m_options.subscribeViaMessage
                          ? m_socketIo->emitEvent(QStringLiteral("message"), {Predikt::messageRequest(QStringLiteral("subscribe"), symbols)})
                          : m_socketIo->emitEvent(QStringLiteral("subscribe"), {Predikt::subscriptionRequest(symbols)});
    if (sent)
        m_pending.append({symbols, true});
}

void PrediktClient::onJoined()
{
    m_active.clear();
    m_pending.clear();
    m_accountSeen = false;
    m_lastServerMessage.clear();
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
        const QStringList requested = m_pending.isEmpty() ? QStringList() : m_pending.takeFirst().symbols;
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
    case MessageType::Billing: {
        Predikt::BillingNotice notice = m.billing;
        if (notice.timestampMs < 0) // the timestamp is optional: the forecast needs a time
            notice.timestampMs = QDateTime::currentMSecsSinceEpoch();
        Q_EMIT billing(notice);
        return;
    }
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
    m_lastServerMessage = error.message.isEmpty() ? error.codeText : error.codeText + QLatin1String(": ") + error.message;
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
        if (!m_accountSeen || m_pending.isEmpty() || Predikt::namesConnectionLimit(error.message)) {
            connection()->fail(Failure::Kind::Limit, why);
            return;
        }
        trimToSymbolCap(error);
        return;
    case ErrorCode::InvalidSymbol:
        rejectPending(why);
        return;
    case ErrorCode::Unknown:
        return;
    }
}

void PrediktClient::trimToSymbolCap(const Predikt::ServerError &error)
{
    // The request named more symbols than the account's tier allows on one connection (the
    // server's cap can be lower than the profile's tier says). Keep as many as fit, in the
    // order the user added them, ask again for those, and say which were dropped. A request
    // that was already trimmed and is refused again is dropped whole.
    const Pending request = m_pending.takeFirst();
    int cap = Predikt::symbolCapIn(error.message);
    if (cap < 0)
        cap = m_options.tier.maxSymbols;
    int room = cap - int(m_active.size());
    for (const Pending &p : std::as_const(m_pending))
        room -= int(p.symbols.size()); // requests still in flight take their share first
    QStringList wanted;
    for (const QString &s : request.symbols) {
        if (m_wanted.contains(s) && !m_active.contains(s))
            wanted << s;
    }
    const QString server = error.message.isEmpty() ? QString() : QLatin1Char(' ') + tr("Server: %1").arg(error.message);
    if (request.trimmed || room <= 0 || room >= wanted.size()) {
        m_pending.prepend(request);
        rejectPending(Predikt::explain(error.code, error.message));
        return;
    }
    const QStringList kept = wanted.mid(0, room);
    const QStringList dropped = wanted.mid(room);
    for (const QString &s : dropped)
        m_wanted.removeAll(s);
    Q_EMIT symbolsRejected(dropped, tr("Predikt allows %n symbol(s) on this connection: kept %1; dropped %2.", nullptr, cap)
                                        .arg(kept.join(QLatin1String(", ")), dropped.join(QLatin1String(", ")))
                                        + server);
    Q_EMIT symbolsChanged();
    sendTrimmed(kept);
}

void PrediktClient::rejectPending(const QString &reason)
{
    if (m_pending.isEmpty())
        return;
    QStringList refused;
    const QStringList requested = m_pending.takeFirst().symbols;
    for (const QString &s : requested) {
        if (m_wanted.removeAll(s) > 0)
            refused << s;
    }
    if (refused.isEmpty())
        return;
    Q_EMIT symbolsRejected(refused, reason);
    Q_EMIT symbolsChanged();
}
