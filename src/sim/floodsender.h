#pragma once
// Sends a generated sequence of text frames to one socket as fast as the socket drains,
// without letting the write buffer grow without bound. Used by every flood mode.

#include <QObject>
#include <QPointer>
#include <functional>

class QWebSocket;

class FloodSender : public QObject
{
    Q_OBJECT
public:
    /// make(i) returns frame i (0-based); total frames are sent, then finished() is emitted.
    FloodSender(QWebSocket *socket, qint64 total, std::function<QByteArray(qint64)> make);
    void start();
    qint64 sent() const { return m_sent; }

Q_SIGNALS:
    void finished();

private:
    void pump();

    QPointer<QWebSocket> m_socket;
    qint64 m_total;
    qint64 m_sent = 0;
    std::function<QByteArray(qint64)> m_make;
    bool m_scheduled = false;
};
