#pragma once
// The Predikt simulator's handler (see prediktsim.h for its options).

#include "core/exactdecimal.h"
#include "prediktmarket.h"
#include "sim/simhandler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

class QNetworkRequest;

class SocketIoServerSession;

class PrediktSimHandler : public SimHandler
{
    Q_OBJECT
public:
    explicit PrediktSimHandler(SimServer *server);
    ~PrediktSimHandler() override;

    bool acceptsPath(const QString &path) const override;
    int upgradeStatus(const SimHttpRequest &request) override;
    SimHttpResponse handleHttp(const SimHttpRequest &request) override;
    void acceptSocket(QWebSocket *socket) override;

    /// The account balance in USD (shared by all connections of the account), exact.
    ExactDecimal balance() const { return m_balance; }
    /// Joined Predikt sessions.
    int sessionCount() const;
    /// Cuts every transport without a goodbye (tests: resubscribe after a cut).
    void dropAll();
    /// The client events seen, newest last (at most 200): the event name, or
    /// "message:<action>" for the message form (tests: which keep-alive form a client uses).
    QStringList eventLog() const { return m_eventLog; }
    /// Ends every namespace session from the server side (a Socket.IO DISCONNECT) without a
    /// "disconnecting" warning first, as a server restart or an idle close does.
    void kickAll();
    /// The key a WebSocket upgrade presents by a documented method (Authorization: Bearer or
    /// a bare key, or ?api_key=); empty when none. Other headers (X-API-Key) do not count.
    static QString documentedKey(const QNetworkRequest &request);

private:
    struct Session {
        QPointer<SocketIoServerSession> io;
        QString key;
        QString connectionId;
        QStringList symbols;
        QTimer *billing = nullptr;
        QElapsedTimer lastActivity;
        qint64 flood = 0;
        bool counted = false;
    };

    void onNamespace(Session *session, const QString &nsp, const QJsonObject &auth);
    void onEvent(Session *session, const QString &name, const QJsonArray &args, qint64 ackId);
    void subscribe(Session *session, const QJsonObject &request, qint64 ackId);
    void unsubscribe(Session *session, const QJsonObject &request, qint64 ackId);
    void charge(Session *session);
    void publishPrices();
    void sweepIdle();
    void startFlood(Session *session);
    void sendMessage(Session *session, const QJsonObject &message);
    void sendError(Session *session, const QString &code, const QString &message, qint64 ackId = -1);
    void refuse(Session *session, const QString &nsp, const QString &code, const QString &message);
    void remove(Session *session);
    QString option(const char *name, const QString &fallback) const;
    bool variant(const char *name) const;
    QString now() const;
    /// Adds "timestamp" (and other optional fields) unless the "minimal" variant is on.
    void stamp(QJsonObject &message) const;
    QJsonValue money(const ExactDecimal &amount) const;

    PrediktMarket m_market;
    ExactDecimal m_balance = ExactDecimal::fromUnits(5000, 2);
    ExactDecimal m_fee = ExactDecimal::fromUnits(10, 2);
    QStringList m_variants;
    QStringList m_eventLog;
    QList<Session *> m_sessions;
    QTimer m_priceTimer;
    QTimer m_idleTimer;
    int m_nextConnection = 1;
};
