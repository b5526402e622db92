#include "floodsender.h"

#include <QTimer>
#include <QWebSocket>

namespace {
constexpr qint64 HighWaterBytes = 4 * 1024 * 1024;
constexpr int FramesPerTurn = 2000;
} // namespace

FloodSender::FloodSender(QWebSocket *socket, qint64 total, std::function<QByteArray(qint64)> make)
    : QObject(socket)
    , m_socket(socket)
    , m_total(total)
    , m_make(std::move(make))
{
    connect(socket, &QWebSocket::bytesWritten, this, [this] {
        if (!m_scheduled && m_socket && m_socket->bytesToWrite() < HighWaterBytes / 2)
            pump();
    });
}

void FloodSender::start()
{
    pump();
}

void FloodSender::pump()
{
    m_scheduled = false;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    int sentThisTurn = 0;
    while (m_sent < m_total && sentThisTurn < FramesPerTurn && m_socket->bytesToWrite() < HighWaterBytes) {
        m_socket->sendTextMessage(QString::fromUtf8(m_make(m_sent)));
        ++m_sent;
        ++sentThisTurn;
    }
    if (m_sent >= m_total) {
        Q_EMIT finished();
        return;
    }
    if (m_socket->bytesToWrite() < HighWaterBytes) {
        // Yield to the event loop so the socket can write, then continue.
        m_scheduled = true;
        QTimer::singleShot(0, this, &FloodSender::pump);
    }
}
