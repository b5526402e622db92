#pragma once
// The Predikt price feed client: Socket.IO session, auth, subscriptions, typed events.

#include "core/socketio/socketioclient.h"
#include "prediktcodec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

/// How a PrediktClient talks to the server (namespace scope: GCC 12 cannot use a nested
/// struct with member initialisers as a default argument).
struct PrediktClientOptions {
    Predikt::Tier tier;             ///< limits enforced locally before the server does
    bool subscribeViaMessage = false; ///< emit('message',{action,…}) instead of emit('subscribe',…)
    int keepAliveMs = 25000;        ///< emit('ping') (the documented form, in both modes) this often, well inside the 60 s idle close
    SocketIoOptions socketIo;       ///< engine path and namespace (auth is filled in here)
};

/// One Predikt connection. Presents the connection's current key by the configured method
/// (api_key query, Authorization: Bearer, or the Socket.IO auth payload {token}), keeps the
/// wanted symbols and restores them after every reconnect, sends keep-alive pings
/// (socket.emit('ping')), and turns messages into typed signals. Protocol errors end the
/// connection on purpose: key problems (INVALID_API_KEY, PERMISSION_DENIED, ACCOUNT_NOT_FOUND)
/// stop with Failure::Auth, an exhausted balance (INSUFFICIENT_BALANCE or "disconnecting")
/// with Failure::Billing, a connection limit waits at the backoff cap. A symbol cap
/// (RATE_LIMIT_EXCEEDED naming symbols) keeps the symbols that fit and reports the dropped
/// ones; any other server-side namespace disconnect is retried with backoff.
class PrediktClient : public QObject
{
    Q_OBJECT

public:
    /// The configuration of the transport connection for a Predikt service URL (see
    /// SocketIoClient::connectionConfig); fills options.socketIo.nsp.
    static ConnectionConfig connectionConfig(ConnectionConfig config, PrediktClientOptions &options);

    /// Reads the feed from a connection the caller owns, configured by connectionConfig()
    /// (live, replayed or relayed). The key for token auth is the connection's key.
    PrediktClient(Connection *connection, PrediktClientOptions options, QObject *parent = nullptr);
    ~PrediktClient() override;

    Connection *connection() const { return m_socketIo->connection(); }
    SocketIoClient *socketIo() const { return m_socketIo; }
    const Predikt::Tier &tier() const { return m_options.tier; }
    /// The symbols the user wants, in the order they were added.
    QStringList symbols() const { return m_wanted; }
    /// The symbols the server confirmed in this session.
    QStringList activeSymbols() const { return m_active; }
    const Predikt::ConnectedInfo &account() const { return m_account; }
    /// Unix ms of the last pong, or -1.
    qint64 lastPongMs() const { return m_lastPongMs; }

    /// Adds symbols. Returns false with a sentence in *why when the tier's symbol cap would
    /// be exceeded (nothing is sent then). Sent at once when connected, else on connect.
    bool subscribe(const QStringList &symbols, QString *why = nullptr);
    void unsubscribe(const QStringList &symbols);
    /// Sends a keep-alive ping now (also done on a timer).
    bool ping();

public Q_SLOTS:
    void open();
    void close();

Q_SIGNALS:
    void accountConnected(const Predikt::ConnectedInfo &info);
    void subscribed(const QStringList &symbols);
    void unsubscribed(const QStringList &symbols);
    void priceTick(const Predikt::PriceTick &tick);
    void billing(const Predikt::BillingNotice &notice);
    void pong(qint64 timestampMs);
    /// Every error message from the server, also those that end the connection.
    void serverError(const Predikt::ServerError &error);
    /// The server warns that it will disconnect (insufficient balance).
    void disconnecting(const Predikt::DisconnectNotice &notice);
    /// Symbols dropped from the wanted list: refused by a local limit, by the server's
    /// RATE_LIMIT_EXCEEDED or as INVALID_SYMBOL. reason is a sentence for the user.
    void symbolsRejected(const QStringList &symbols, const QString &reason);
    /// The wanted list changed (subscribe, unsubscribe, rejection).
    void symbolsChanged();
    /// A message that could not be decoded was ignored.
    void malformedMessage(const QString &reason);

private:
    void onJoined();
    void onLeft();
    void onEvent(const QString &name, const QJsonArray &args, qint64 ackId);
    void handle(const Predikt::Message &message);
    void handleError(const Predikt::ServerError &error);
    void sendRequest(const QString &action, const QStringList &symbols);
    void sendTrimmed(const QStringList &symbols);
    void trimToSymbolCap(const Predikt::ServerError &error);
    void rejectPending(const QString &reason);
    bool overConnectionBudget(QString *why) const;
    QString budgetKey() const;

    struct Pending {
        QStringList symbols;
        bool trimmed = false; // already cut to the server's symbol cap once
    };

    SocketIoClient *m_socketIo = nullptr;
    PrediktClientOptions m_options;
    QStringList m_wanted;
    QStringList m_active;
    QList<Pending> m_pending;   // subscribe requests awaiting "subscribed" or an error
    QString m_lastServerMessage; // the last error of this session, for a disconnect's reason
    Predikt::ConnectedInfo m_account;
    bool m_accountSeen = false;
    qint64 m_lastPongMs = -1;
    QTimer m_keepAlive;
};
