#include "faultproxy.h"

#include "faultproxylink.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <algorithm>
#include <array>

namespace {

constexpr std::array<FaultProxy::Mode, 10> allModes()
{
    using M = FaultProxy::Mode;
    return {M::PassThrough, M::Latency, M::Cut, M::BlackHole, M::Corrupt, M::Truncate,
            M::Reset, M::Fin, M::CloseFrame, M::HttpError};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return status >= 500 ? "Server Error" : "Error";
    }
}

} // namespace

using FaultProxyDetail::Link;

FaultProxy::FaultProxy(QObject *parent)
    : QObject(parent)
{
}

FaultProxy::~FaultProxy()
{
    // Links are children; closing their sockets here keeps the destruction order simple.
    const auto links = m_links;
    m_links.clear();
    for (Link *link : links)
        delete link;
}

void FaultProxy::setTarget(const QString &host, quint16 port)
{
    m_targetHost = host;
    m_targetPort = port;
}

bool FaultProxy::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server) {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &FaultProxy::onNewConnection);
    }
    if (!m_server->listen(address, port)) {
        m_error = m_server->errorString();
        return false;
    }
    return true;
}

quint16 FaultProxy::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void FaultProxy::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    Q_EMIT modeChanged(mode);
    switch (mode) {
    case Mode::Cut: cutAll(); break;
    case Mode::Reset: resetAll(); break;
    case Mode::Fin: finAll(); break;
    case Mode::CloseFrame: closeFrameAll(); break;
    default: break;
    }
}

void FaultProxy::setCloseCode(int code)
{
    m_closeCode = std::clamp(code, 1000, 4999);
}

void FaultProxy::setHttpStatus(int status)
{
    m_httpStatus = std::clamp(status, 100, 599);
}

void FaultProxy::setLatencyMs(int ms)
{
    m_latencyMs = qMax(0, ms);
}

void FaultProxy::cutAll()
{
    const auto links = m_links;
    for (Link *link : links)
        link->cut();
}

void FaultProxy::resetAll()
{
    const auto links = m_links;
    for (Link *link : links)
        link->reset();
}

void FaultProxy::finAll()
{
    const auto links = m_links;
    for (Link *link : links)
        link->fin();
}

void FaultProxy::closeFrameAll()
{
    const auto links = m_links;
    for (Link *link : links)
        link->requestCloseFrame();
}

QByteArray FaultProxy::closeFrame(int code, const QString &reason)
{
    QByteArray text = reason.toUtf8();
    constexpr qsizetype MaxReasonBytes = 123; // a control frame's payload is at most 125 bytes
    if (text.size() > MaxReasonBytes) {
        text.truncate(MaxReasonBytes);
        // Drop the last character if the cut went through it.
        qsizetype lead = text.size() - 1;
        while (lead > 0 && (quint8(text.at(lead)) & 0xC0) == 0x80)
            --lead;
        const auto first = quint8(text.at(lead));
        const int length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1;
        if (lead + length > text.size())
            text.truncate(lead);
    }
    QByteArray frame;
    frame.reserve(4 + text.size());
    frame.append(char(0x88));                 // FIN + opcode 8 (close)
    frame.append(char(2 + text.size()));      // unmasked: server to client
    frame.append(char((code >> 8) & 0xFF));
    frame.append(char(code & 0xFF));
    frame.append(text);
    return frame;
}

QByteArray FaultProxy::httpErrorResponse(int status)
{
    const QByteArray phrase = reasonPhrase(status);
    const QByteArray body = QByteArray::number(status) + ' ' + phrase + " (fault proxy)\n";
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + phrase + "\r\n"
           "Content-Type: text/plain\r\n"
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n"
           "Connection: close\r\n\r\n" + body;
}

QString FaultProxy::modeName(Mode mode)
{
    switch (mode) {
    case Mode::PassThrough: return QStringLiteral("pass");
    case Mode::Latency: return QStringLiteral("latency");
    case Mode::Cut: return QStringLiteral("cut");
    case Mode::BlackHole: return QStringLiteral("black-hole");
    case Mode::Corrupt: return QStringLiteral("corrupt");
    case Mode::Truncate: return QStringLiteral("truncate");
    case Mode::Reset: return QStringLiteral("reset");
    case Mode::Fin: return QStringLiteral("fin");
    case Mode::CloseFrame: return QStringLiteral("close-frame");
    case Mode::HttpError: return QStringLiteral("http-error");
    }
    return {};
}

std::optional<FaultProxy::Mode> FaultProxy::modeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (Mode m : allModes()) {
        if (n == modeName(m))
            return m;
    }
    if (n == QLatin1String("pass-through") || n == QLatin1String("passthrough"))
        return Mode::PassThrough;
    if (n == QLatin1String("blackhole"))
        return Mode::BlackHole;
    if (n == QLatin1String("rst"))
        return Mode::Reset;
    if (n == QLatin1String("close") || n == QLatin1String("closeframe"))
        return Mode::CloseFrame;
    if (n == QLatin1String("5xx") || n == QLatin1String("http"))
        return Mode::HttpError;
    return std::nullopt;
}

QStringList FaultProxy::modeNames()
{
    QStringList names;
    for (Mode m : allModes())
        names << modeName(m);
    return names;
}

void FaultProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++m_linksAccepted;
        auto *link = new Link(this, client);
        m_links.append(link);
        Q_EMIT linkAccepted();
        if (m_mode == Mode::Cut && m_cutAfterMs == 0) {
            link->cut();
            continue;
        }
        if (m_mode == Mode::Reset) {
            link->reset();
            continue;
        }
        if (m_mode == Mode::Fin) {
            link->fin();
            continue;
        }
        if (m_mode == Mode::HttpError) {
            link->refuseUpgrade(m_httpStatus);
            continue;
        }
        link->connectTarget();
        if (m_mode == Mode::Cut)
            link->scheduleCut(m_cutAfterMs);
        else if (m_mode == Mode::CloseFrame)
            link->requestCloseFrame();
    }
}

void FaultProxy::removeLink(Link *link)
{
    if (m_links.removeOne(link))
        Q_EMIT linkClosed();
}
