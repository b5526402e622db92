#pragma once
// The interface a provider's simulator implements to serve WebSocket paths and HTTP routes.

#include <QByteArray>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

class QWebSocket;
class SimServer;

/// A plain HTTP request as the simulator's HTTP front door parsed it.
struct SimHttpRequest {
    QByteArray method;
    QUrl url;                               ///< path and query
    QMap<QByteArray, QByteArray> headers;   ///< lower-case names
    QByteArray body;
};

/// An HTTP response; status 0 means "not mine, try the next handler".
struct SimHttpResponse {
    int status = 0;
    QByteArray contentType = "application/json";
    QByteArray body;
    QMap<QByteArray, QByteArray> headers;
};

/// One provider's server behaviour. The SimServer routes each WebSocket upgrade to the
/// first handler whose acceptsPath() says yes, and each plain HTTP request to the handlers
/// in turn until one answers.
class SimHandler : public QObject
{
    Q_OBJECT
public:
    explicit SimHandler(SimServer *server);

    /// True if this handler serves WebSocket upgrades on the given path.
    virtual bool acceptsPath(const QString &path) const = 0;
    /// Takes over an upgraded socket (parented to the handler). The request carries the
    /// URL (with query) and the headers of the upgrade, for auth.
    virtual void acceptSocket(QWebSocket *socket) = 0;
    /// Answers a plain HTTP request, or returns status 0.
    virtual SimHttpResponse handleHttp(const SimHttpRequest &request);
    /// Decides before the upgrade: 0 accepts, an HTTP status (401, 403, 429) refuses the
    /// handshake with that status, as real servers do for bad keys.
    virtual int upgradeStatus(const SimHttpRequest &request);

protected:
    SimServer *server() const { return m_server; }

private:
    SimServer *m_server;
};
