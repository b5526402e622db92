#pragma once
// The built-in simulator: one loopback port serving every provider's WebSocket paths and
// REST routes, seeded so runs repeat, on an accelerated clock.

#include "simclock.h"
#include "simhandler.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QVariantMap>
#include <memory>

class QTcpServer;
class QTcpSocket;
class QWebSocketServer;
class QNetworkRequest;

struct SimConfig {
    quint32 seed = 42;
    double clockFactor = 1.0;           ///< simulated seconds per real second
    QSet<QString> acceptedKeys = {QStringLiteral("demo-key")}; ///< empty: any non-empty key
    QVariantMap options;                ///< provider options, e.g. "conyr.tier", "predikt.balance"
};

class SimServer : public QObject
{
    Q_OBJECT
public:
    explicit SimServer(SimConfig config = SimConfig(), QObject *parent = nullptr);
    ~SimServer() override;

    /// Listens on the address and port (0 = any free port). Returns false on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    /// ws://127.0.0.1:<port>
    QUrl baseUrl(const QString &scheme = QStringLiteral("ws")) const;
    QString errorString() const { return m_error; }

    const SimConfig &config() const { return m_config; }
    SimConfig &config() { return m_config; }
    QVariant option(const QString &name, const QVariant &fallback = {}) const
    {
        return m_config.options.value(name, fallback);
    }
    SimClock &clock() { return m_clock; }
    /// A seed for a handler, derived from the server seed and the handler's name.
    quint32 seedFor(const QString &name) const;

    /// Takes ownership. Handlers are consulted in the order they were added.
    void addHandler(SimHandler *handler);
    /// Adds the generic demo stream and every provider's handler.
    void installStandardHandlers();

    /// The API key a request presents: X-API-KEY / x-api-key header, Authorization: Bearer,
    /// or the api_key query parameter (in that order).
    static QString presentedKey(const QNetworkRequest &request);
    /// True if the key is accepted by this simulator's configuration.
    bool keyAccepted(const QString &key) const;

    /// WebSocket connections currently open, across all handlers.
    int openSockets() const { return m_openSockets; }

Q_SIGNALS:
    void socketAccepted(const QString &path);

private:
    void onTcpConnection();
    void routeHttp(QTcpSocket *socket);
    void onWebSocket();

    SimConfig m_config;
    SimClock m_clock;
    QTcpServer *m_tcp = nullptr;
    QWebSocketServer *m_ws = nullptr;
    QList<SimHandler *> m_handlers;
    QString m_error;
    int m_openSockets = 0;
};
