#pragma once
// The fault proxy's inside: one accepted client and its connection to the target (Link), and
// the follower of the server's WebSocket frames that tells where a close frame may go.
// Private to faultproxy.cpp and faultproxylink.cpp.

#include "faultproxy.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <array>
#include <deque>

class QTcpSocket;

namespace FaultProxyDetail {

enum Direction { ToTarget = 0, ToClient = 1 };

/// Follows the server's byte stream (the HTTP upgrade response, then WebSocket frames) far
/// enough to know where a frame ends, so that an injected close frame lands between two
/// frames instead of inside one.
class FrameTracker
{
public:
    /// Between two frames of an upgraded stream: a frame may be inserted here.
    bool atBoundary() const { return m_upgraded && m_head.isEmpty() && m_payloadLeft == 0; }
    /// The response was not a 101 upgrade (or not HTTP): there are no frames to follow.
    bool notWebSocket() const { return m_notWebSocket; }

    /// Consumes up to size bytes of the stream; with stopAtBoundary it stops at the first
    /// frame boundary it reaches. Returns the number of bytes consumed.
    qsizetype track(const char *data, qsizetype size, bool stopAtBoundary);

private:
    void readFrameHeader();

    QByteArray m_head;        // the HTTP head, or the frame header read so far
    qint64 m_payloadLeft = 0; // payload bytes of the current frame still to come
    bool m_upgraded = false;
    bool m_notWebSocket = false;
};

/// One accepted client and its connection to the target.
class Link : public QObject
{
public:
    Link(FaultProxy *proxy, QTcpSocket *client);
    ~Link() override;

    void connectTarget();
    void cut();
    void scheduleCut(int afterMs);
    void reset();
    void fin();
    /// Sends the close frame at the next frame boundary of the server's stream.
    void requestCloseFrame();
    /// Answers the client's request with an HTTP error instead of forwarding it.
    void refuseUpgrade(int status);

private:
    struct Chunk {
        qint64 dueMs;
        QByteArray bytes;
    };

    QTcpSocket *source(Direction d) const { return d == ToTarget ? m_client : m_target; }
    QTcpSocket *destination(Direction d) const { return d == ToTarget ? m_target : m_client; }
    bool destinationReady(Direction d) const;
    void readFrom(Direction d);
    void forward(Direction d, QByteArray bytes);
    void write(Direction d, const QByteArray &bytes);
    void deliverDue();
    void onSourceClosed(Direction d);
    void closeWhenDrained(Direction d);
    void truncateAndCut(Direction d, const QByteArray &bytes);
    void discard(qint64 bytes);
    void finish();
    void injectCloseFrame();
    void answerRefusal();
    void dropTarget();

    FaultProxy *m_proxy;
    QPointer<QTcpSocket> m_client;
    QPointer<QTcpSocket> m_target;
    QByteArray m_beforeConnect;             // client bytes that arrived before the target answered
    std::array<std::deque<Chunk>, 2> m_queue; // delayed chunks per direction
    std::array<bool, 2> m_sourceClosed{{false, false}};
    QElapsedTimer m_clock;
    QTimer m_deliveryTimer;
    QTimer m_cutTimer;
    FrameTracker m_frames;          // the server's stream (target → client)
    QByteArray m_requestHead;       // HttpError: the client's request read so far
    int m_refusalStatus = 0;        // HttpError: the status to answer with (0: forwarding)
    bool m_closePending = false;    // CloseFrame: waiting for a frame boundary
    bool m_closing = false;         // the close frame went out: both sides' bytes are dropped
    bool m_blackHoled = false;
    bool m_finished = false;
};

} // namespace FaultProxyDetail
