#pragma once
// A TCP proxy on loopback that injects network faults between a client and a server:
// added latency, cut connections, TCP resets, FINs without a close frame, black holes
// (half-open sockets), corrupted and truncated chunks, server close frames and refused
// upgrades. Used by the integration tests, the fault soak and by `tidewatch-sim --proxy`.

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <optional>

class QTcpServer;

namespace FaultProxyDetail {
class Link;
}

/// Forwards every accepted TCP connection to a target host:port and, depending on the
/// current mode (switchable at any time), delays, drops, damages or cuts the traffic.
///
/// Modes act on the links (client ⇄ target pairs) that exist when the mode is set and on
/// the ones accepted later:
/// - PassThrough: bytes are forwarded unchanged.
/// - Latency: every chunk is delivered latencyMs() later, in each direction, order kept.
/// - Cut: every link is closed on both sides now; new links are closed cutAfterMs() after
///   they were accepted (0: at once).
/// - BlackHole: bytes are read from both sides and thrown away; nothing is forwarded and
///   the client's socket is never closed — a half-open connection as a dead NAT or a
///   pulled cable leaves it. A link that has lost bytes this way stays black-holed.
/// - Corrupt: bytes in every forwarded chunk are flipped (XOR 0xFF, every corruptStride()
///   bytes starting with the first), so frame headers and UTF-8 payloads break.
/// - Truncate: the next chunk of each link is forwarded only in part, then the link is cut.
/// - Reset: every link is reset now: the client gets a TCP RST (SO_LINGER 0, then close),
///   the target's side is dropped; new links are reset as soon as they are accepted.
/// - Fin: every link ends with a plain FIN to the client (what was forwarded is flushed
///   first) and no WebSocket close frame — a server process that died; new links likewise.
/// - CloseFrame: every link gets a server close frame (unmasked opcode 0x8) with
///   closeCode() and closeReason() at the next frame boundary of the server's stream, then
///   the server's side is dropped and the client's close reply swallowed; new links get it
///   right after their upgrade response.
/// - HttpError: new links are not forwarded: once the client's request head has arrived
///   it is answered with httpStatus() ("HTTP/1.1 503 Service Unavailable") and closed, as a
///   load balancer in front of a restarting server does. Existing links are left alone.
///
/// Cut, Reset, Fin and CloseFrame act once on the links that exist when the mode is set
/// (cutAll(), resetAll(), finAll(), closeFrameAll() do the same without changing the mode).
class FaultProxy : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)

public:
    enum class Mode { PassThrough, Latency, Cut, BlackHole, Corrupt, Truncate, Reset, Fin, CloseFrame, HttpError };
    Q_ENUM(Mode)

    explicit FaultProxy(QObject *parent = nullptr);
    ~FaultProxy() override;

    /// Where accepted connections are forwarded to.
    void setTarget(const QString &host, quint16 port);
    QString targetHost() const { return m_targetHost; }
    quint16 targetPort() const { return m_targetPort; }

    /// Listens for clients (0 = any free port). Returns false with errorString() on failure.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const;
    QString errorString() const { return m_error; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    /// Added delay per direction in Latency mode (default 200 ms).
    int latencyMs() const { return m_latencyMs; }
    void setLatencyMs(int ms);
    /// In Cut mode, how long a new link lives before it is cut (default 0: at once).
    int cutAfterMs() const { return m_cutAfterMs; }
    void setCutAfterMs(int ms) { m_cutAfterMs = qMax(0, ms); }
    /// In Corrupt mode, one byte in this many is flipped (default 7; 1 flips every byte).
    int corruptStride() const { return m_corruptStride; }
    void setCorruptStride(int stride) { m_corruptStride = qMax(1, stride); }

    /// In CloseFrame mode, the close code and reason the "server" sends (default 1001,
    /// "going away"; the reason is cut to the 123 bytes a close frame holds).
    int closeCode() const { return m_closeCode; }
    void setCloseCode(int code);
    QString closeReason() const { return m_closeReason; }
    void setCloseReason(const QString &reason) { m_closeReason = reason; }
    /// In HttpError mode, the status a new connection is answered with (default 503;
    /// 100..599).
    int httpStatus() const { return m_httpStatus; }
    void setHttpStatus(int status);

    /// Closes every link on both sides now, whatever the mode.
    void cutAll();
    /// Resets every link now (a TCP RST to the client), whatever the mode.
    void resetAll();
    /// Ends every link with a FIN to the client and no close frame, whatever the mode.
    void finAll();
    /// Sends every link a server close frame with closeCode() (at the next frame boundary),
    /// whatever the mode.
    void closeFrameAll();

    /// The mode's name as used on the command line (pass, latency, cut, black-hole,
    /// corrupt, truncate, reset, fin, close-frame, http-error), and back.
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
    static QStringList modeNames();
    /// The bytes of a server close frame (FIN, opcode 0x8, unmasked) with the code and a
    /// reason of at most 123 UTF-8 bytes (cut at a character boundary).
    static QByteArray closeFrame(int code, const QString &reason);
    /// The response that refuses an upgrade with the status ("HTTP/1.1 503 Service
    /// Unavailable", a short text body, Connection: close).
    static QByteArray httpErrorResponse(int status);

    // Counters since construction.
    int activeLinks() const { return int(m_links.size()); }
    qint64 linksAccepted() const { return m_linksAccepted; }
    qint64 bytesToTarget() const { return m_bytesToTarget; }     ///< forwarded client → target
    qint64 bytesToClient() const { return m_bytesToClient; }     ///< forwarded target → client
    qint64 bytesDiscarded() const { return m_bytesDiscarded; }   ///< read and thrown away
    qint64 linksCut() const { return m_linksCut; }
    qint64 chunksCorrupted() const { return m_chunksCorrupted; }
    qint64 chunksTruncated() const { return m_chunksTruncated; }
    qint64 linksReset() const { return m_linksReset; }
    qint64 linksFinished() const { return m_linksFinished; }   ///< ended with a FIN (Fin)
    qint64 closeFramesSent() const { return m_closeFramesSent; }
    qint64 upgradesRefused() const { return m_upgradesRefused; }

Q_SIGNALS:
    void modeChanged(FaultProxy::Mode mode);
    void linkAccepted();
    /// A link ended (either side closed, or the proxy cut it).
    void linkClosed();
    /// A fault hit a link: a cut, reset or FIN, a truncated or corrupted chunk, a close
    /// frame, a refused upgrade, or bytes thrown away.
    void faultInjected(FaultProxy::Mode mode);

private:
    friend class FaultProxyDetail::Link;
    void onNewConnection();
    void removeLink(FaultProxyDetail::Link *link);

    QTcpServer *m_server = nullptr;
    QList<FaultProxyDetail::Link *> m_links;
    QString m_targetHost = QStringLiteral("127.0.0.1");
    quint16 m_targetPort = 0;
    QString m_error;
    Mode m_mode = Mode::PassThrough;
    int m_latencyMs = 200;
    int m_cutAfterMs = 0;
    int m_corruptStride = 7;
    int m_closeCode = 1001;
    QString m_closeReason = QStringLiteral("going away");
    int m_httpStatus = 503;

    qint64 m_linksAccepted = 0;
    qint64 m_bytesToTarget = 0;
    qint64 m_bytesToClient = 0;
    qint64 m_bytesDiscarded = 0;
    qint64 m_linksCut = 0;
    qint64 m_chunksCorrupted = 0;
    qint64 m_chunksTruncated = 0;
    qint64 m_linksReset = 0;
    qint64 m_linksFinished = 0;
    qint64 m_closeFramesSent = 0;
    qint64 m_upgradesRefused = 0;
};
