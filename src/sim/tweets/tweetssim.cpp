#include "tweetssim.h"

#include "core/logging.h"
#include "providers/tweets/tweetscodec.h"
#include "sim/floodsender.h"
#include "sim/simserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QUrlQuery>
#include <QWebSocket>

namespace {
constexpr int RecentKept = 64;
constexpr int FloodTemplates = 256;
const QString StreamPath = QStringLiteral("/v1/twitter/stream");
} // namespace

void installTweetsSimulator(SimServer &server)
{
    server.addHandler(new TweetsSimHandler(&server));
}

TweetsSimHandler::TweetsSimHandler(SimServer *server)
    : SimHandler(server)
    , m_generator(server->seedFor(QStringLiteral("tweets")))
{
    m_rate = server->option(QStringLiteral("tweets.rate"), m_generator.totalRatePerSecond()).toDouble();
    m_resend = server->option(QStringLiteral("tweets.resend"), 0).toInt();
    m_maxPerKey = server->option(QStringLiteral("tweets.maxConnections"), TweetsCodec::MaxConnectionsPerKey).toInt();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        broadcastNext();
        scheduleNext();
    });
}

bool TweetsSimHandler::acceptsPath(const QString &path) const
{
    return path == StreamPath;
}

int TweetsSimHandler::connectionsForKey(const QString &key) const
{
    int n = 0;
    for (const Client &c : m_clients) {
        if (c.socket && c.key == key)
            ++n;
    }
    return n;
}

void TweetsSimHandler::reject(QWebSocket *socket, int code, const QString &message)
{
    // As documented: an error event, then the close with the same code.
    socket->sendTextMessage(QString::fromUtf8(TweetsCodec::encodeError(code, message)));
    socket->close(QWebSocketProtocol::CloseCode(code), message);
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
}

void TweetsSimHandler::acceptSocket(QWebSocket *socket)
{
    const QString key = SimServer::presentedKey(socket->request());
    if (!server()->keyAccepted(key)) {
        ++m_rejectedKeys;
        reject(socket, TweetsCodec::InvalidKeyCode, QStringLiteral("Invalid or missing API key"));
        return;
    }
    if (connectionsForKey(key) >= m_maxPerKey) {
        ++m_rejectedOverLimit;
        reject(socket, TweetsCodec::ConnectionLimitCode, QStringLiteral("Connection limit exceeded"));
        return;
    }

    m_clients.append({socket, key});
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.removeIf([socket](const Client &c) { return !c.socket || c.socket == socket; });
        socket->deleteLater();
        if (m_clients.isEmpty())
            m_timer.stop();
    });

    const QByteArray keyHash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
    send(socket, TweetsCodec::encodeConnected({QStringLiteral("conn-%1").arg(m_nextConnection++),
                                              QStringLiteral("key-%1").arg(QString::fromLatin1(keyHash))}));

    const QUrlQuery query(socket->requestUrl());
    const qint64 flood = query.queryItemValue(QStringLiteral("flood")).toLongLong();
    if (flood > 0) {
        prepareFlood();
        auto *sender = new FloodSender(socket, flood, [this](qint64 i) { return floodFrame(i); });
        sender->start();
        return;
    }
    const int resend = query.hasQueryItem(QStringLiteral("resend"))
        ? query.queryItemValue(QStringLiteral("resend")).toInt()
        : m_resend;
    for (qsizetype i = std::max<qsizetype>(0, m_recent.size() - resend); i < m_recent.size(); ++i)
        send(socket, m_recent.at(i));
    if (!m_timer.isActive())
        scheduleNext();
}

void TweetsSimHandler::send(QWebSocket *socket, const QByteArray &frame)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        socket->sendTextMessage(QString::fromUtf8(frame));
}

void TweetsSimHandler::setRate(double perSecond)
{
    m_rate = perSecond;
    m_timer.stop();
    if (!m_clients.isEmpty())
        scheduleNext();
}

void TweetsSimHandler::scheduleNext()
{
    const qint64 simMs = m_generator.nextIntervalMs(m_rate);
    if (simMs < 0 || m_clients.isEmpty())
        return;
    m_timer.start(server()->clock().realMs(simMs));
}

Tweet TweetsSimHandler::broadcastNext()
{
    // detected_at on the real clock: the client compares it with its own receive time.
    const Tweet tweet = m_generator.next(QDateTime::currentMSecsSinceEpoch());
    broadcast(tweet);
    return tweet;
}

void TweetsSimHandler::broadcast(const Tweet &tweet)
{
    const QByteArray frame = TweetsCodec::encodeTweet(tweet);
    m_recent.append(frame);
    if (m_recent.size() > RecentKept)
        m_recent.removeFirst();
    for (const Client &c : std::as_const(m_clients))
        send(c.socket, frame);
}

void TweetsSimHandler::dropAll(int closeCode)
{
    const QList<Client> clients = m_clients;
    for (const Client &c : clients) {
        if (c.socket)
            c.socket->close(QWebSocketProtocol::CloseCode(closeCode), QStringLiteral("server restart"));
    }
}

void TweetsSimHandler::prepareFlood()
{
    if (!m_floodTemplates.isEmpty())
        return;
    // Real tweets from the generator, split around the id so that each frame is a cheap
    // concatenation with a fresh id.
    TweetGenerator generator(server()->seedFor(QStringLiteral("tweets-flood")));
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < FloodTemplates; ++i) {
        Tweet t = generator.next(now);
        t.tweetId = QStringLiteral("0");
        const QByteArray frame = TweetsCodec::encodeTweet(t);
        const qsizetype at = frame.indexOf("\"tweet_id\":\"0\"");
        m_floodTemplates.append({frame.left(at + 12), frame.mid(at + 13)});
    }
}

QByteArray TweetsSimHandler::floodFrame(qint64 i)
{
    prepareFlood();
    const auto &[head, tail] = m_floodTemplates.at(int(i % FloodTemplates));
    QByteArray frame;
    frame.reserve(head.size() + tail.size() + 20);
    frame += head;
    frame += QByteArray::number(1900000000000000000LL + i);
    frame += tail;
    return frame;
}
