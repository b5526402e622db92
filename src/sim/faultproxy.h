#pragma once
// A TCP proxy on loopback that injects network faults between a client and a server:
// added latency, cut connections, black holes (half-open sockets), corrupted and truncated
// chunks. Used by the integration tests and by `tidewatch-sim --proxy`.

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
class FaultProxy : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY modeChanged)

public:
    enum class Mode { PassThrough, Latency, Cut, BlackHole, Corrupt, Truncate };
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

    /// Closes every link on both sides now, whatever the mode.
    void cutAll();

    /// The mode's name as used on the command line (pass, latency, cut, black-hole,
    /// corrupt, truncate), and back.
    static QString modeName(Mode mode);
    static std::optional<Mode> modeFromName(const QString &name);
    static QStringList modeNames();

    // Counters since construction.
    int activeLinks() const { return int(m_links.size()); }
    qint64 linksAccepted() const { return m_linksAccepted; }
    qint64 bytesToTarget() const { return m_bytesToTarget; }     ///< forwarded client → target
    qint64 bytesToClient() const { return m_bytesToClient; }     ///< forwarded target → client
    qint64 bytesDiscarded() const { return m_bytesDiscarded; }   ///< read and thrown away
    qint64 linksCut() const { return m_linksCut; }
    qint64 chunksCorrupted() const { return m_chunksCorrupted; }
    qint64 chunksTruncated() const { return m_chunksTruncated; }

Q_SIGNALS:
    void modeChanged(FaultProxy::Mode mode);
    void linkAccepted();
    /// A link ended (either side closed, or the proxy cut it).
    void linkClosed();
    /// A fault hit a link: a cut, a truncated or corrupted chunk, or bytes thrown away.
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

    qint64 m_linksAccepted = 0;
    qint64 m_bytesToTarget = 0;
    qint64 m_bytesToClient = 0;
    qint64 m_bytesDiscarded = 0;
    qint64 m_linksCut = 0;
    qint64 m_chunksCorrupted = 0;
    qint64 m_chunksTruncated = 0;
};
