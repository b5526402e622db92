#pragma once
// The Predikt simulator's handler (see prediktsim.h for its options).

#include "prediktmarket.h"
#include "sim/simhandler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>

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

    /// The account balance in USD (shared by all connections of the account).
    double balance() const { return m_balance; }
    /// Joined Predikt sessions.
    int sessionCount() const;
    /// Cuts every transport without a goodbye (tests: resubscribe after a cut).
    void dropAll();

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
    QString now() const;

    PrediktMarket m_market;
    double m_balance = 50.0;
    double m_fee = 0.10;
    QList<Session *> m_sessions;
    QTimer m_priceTimer;
    QTimer m_idleTimer;
    int m_nextConnection = 1;
};
