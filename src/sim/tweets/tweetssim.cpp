#include "tweetssim.h"

#include "core/logging.h"
#include "providers/tweets/tweetscodec.h"
#include "sim/floodsender.h"
#include "sim/simserver.h"
#include "tweetsrestsim.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <QWebSocket>
#include <algorithm>

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
    m_seedSources = m_generator.sources();
    m_rateFromOption = server->option(QStringLiteral("tweets.rate")).isValid();
    // A demo at real time runs its sources `activity` times as often as they would post.
    m_activity = std::clamp(server->option(QStringLiteral("tweets.activity"), 1.0).toDouble(), 1.0, 1000.0);
    m_rate = server->option(QStringLiteral("tweets.rate"), m_generator.totalRatePerSecond() * m_activity).toDouble();
    seedStore();
    m_rest = new TweetsRestSim(server, &m_store, this);
    connect(&m_store, &TweetsRestStore::changed, this, &TweetsSimHandler::followStore);
    followStore();
    m_resend = server->option(QStringLiteral("tweets.resend"), 0).toInt();
    m_maxPerKey = server->option(QStringLiteral("tweets.maxConnections"), TweetsCodec::MaxConnectionsPerKey).toInt();
    m_shape = server->option(QStringLiteral("tweets.shape"), QStringLiteral("mixed")).toString();
    const QString variant = server->option(QStringLiteral("tweets.variant"), QStringLiteral("documented")).toString();
    m_variant.idsAsNumbers = variant == QLatin1String("numbers");
    m_variant.numbersAsStrings = variant == QLatin1String("strings");
    m_variant.omitOptional = variant == QLatin1String("sparse");
    // The documented heartbeat: a JSON ping every 30 s (on the simulated clock).
    const qint64 pingMs = server->option(QStringLiteral("tweets.pingMs"), 30000).toLongLong();
    m_pingsEnabled = pingMs > 0;
    if (m_pingsEnabled) {
        m_pingTimer.setInterval(int(std::max<qint64>(1, server->clock().realMs(pingMs))));
        connect(&m_pingTimer, &QTimer::timeout, this, &TweetsSimHandler::pingRound);
    }
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

SimHttpResponse TweetsSimHandler::handleHttp(const SimHttpRequest &request)
{
    return m_rest->handle(request);
}

void TweetsSimHandler::seedStore()
{
    using namespace TweetsRest;
    // The generator's sources as the key's monitors and rules (same ids, names and authors), so
    // the stream and the REST lists agree from the start.
    static const QHash<QString, QPair<QString, double>> queries = {
        {QStringLiteral("rule-201"), {QStringLiteral("bitcoin OR #btc -is:retweet"), 5}},
        {QStringLiteral("rule-202"), {QStringLiteral("ethereum OR #eth lang:en"), 60}},
        {QStringLiteral("rule-203"), {QStringLiteral("(\"artificial intelligence\" OR \"machine learning\") min_faves:100"), 0.5}},
    };
    for (const TweetGenerator::Source &source : std::as_const(m_seedSources)) {
        if (source.kind == TweetSourceKind::Monitor) {
            StreamMonitor m;
            m.id = source.id;
            m.name = source.name;
            m.usernames = source.authors;
            m.status = Status::Active;
            m_store.add(m);
        } else {
            FilterRule r;
            r.id = source.id;
            r.tag = source.name;
            const auto q = queries.value(source.id, {source.name, 60});
            r.query = q.first;
            r.intervalSeconds = q.second;
            r.status = Status::Active;
            m_store.add(r);
        }
    }
    StreamMonitor suspended;
    suspended.id = QStringLiteral("mon-104");
    suspended.name = QStringLiteral("Macro Desk");
    suspended.usernames = {QStringLiteral("lynaldencontact"), QStringLiteral("elerianm"), QStringLiteral("jasonfurman")};
    suspended.filterTypes = {QStringLiteral("original"), QStringLiteral("quote")};
    suspended.status = Status::Suspended;
    suspended.statusReason = QStringLiteral("insufficient_credits");
    m_store.add(suspended);
    FilterRule paused;
    paused.id = QStringLiteral("rule-204");
    paused.tag = QStringLiteral("solana-mentions");
    paused.query = QStringLiteral("solana OR #sol -is:retweet");
    paused.intervalSeconds = 86400;
    paused.maxResultsPerPoll = 50;
    paused.status = Status::Paused;
    m_store.add(paused);
}

void TweetsSimHandler::followStore()
{
    using namespace TweetsRest;
    static const QStringList newsAuthors = {QStringLiteral("newsdesk"), QStringLiteral("market_watch"),
                                            QStringLiteral("dailybrief"), QStringLiteral("wire_alerts")};
    QVector<TweetGenerator::Source> sources;
    QHash<QString, QStringList> types;
    auto seeded = [this](const QString &id) -> const TweetGenerator::Source * {
        for (const TweetGenerator::Source &s : std::as_const(m_seedSources)) {
            if (s.id == id)
                return &s;
        }
        return nullptr;
    };
    for (const StreamMonitor &m : m_store.monitors()) {
        if (m.status != Status::Active || m.usernames.isEmpty())
            continue;
        const TweetGenerator::Source *seed = seeded(m.id);
        TweetGenerator::Source s = seed ? *seed
                                        : TweetGenerator::Source{TweetSourceKind::Monitor, m.id, m.name, {}, {},
                                                                 std::min(6.0, 0.75 * double(m.usernames.size()))};
        s.name = m.name;
        s.authors = m.usernames;
        sources.append(s);
        if (!m.filterTypes.isEmpty())
            types.insert(m.id, m.filterTypes);
    }
    for (const FilterRule &r : m_store.rules()) {
        if (r.status != Status::Active)
            continue;
        const TweetGenerator::Source *seed = seeded(r.id);
        // About what the interval and the results per poll let through, within a demo's range.
        const double perMinute = std::clamp(r.maxResultsPerPoll * 60.0 / std::max(1.0, r.intervalSeconds) / 4.0, 0.5, 30.0);
        TweetGenerator::Source s = seed ? *seed
                                        : TweetGenerator::Source{TweetSourceKind::FilterRule, r.id, r.tag, newsAuthors, {}, perMinute};
        s.name = r.tag;
        sources.append(s);
    }
    m_generator.setSources(sources, types);
    if (!m_rateFromOption) {
        m_rate = m_generator.totalRatePerSecond() * m_activity;
        m_timer.stop();
        if (!m_clients.isEmpty())
            scheduleNext();
    }
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

QString TweetsSimHandler::documentedKey(const QWebSocket *socket)
{
    // Only the two documented ways (a bearer token is no key here).
    for (const char *name : {"x-api-key", "X-API-KEY", "X-Api-Key"}) {
        const QByteArray header = socket->request().rawHeader(name);
        if (!header.isEmpty())
            return QString::fromUtf8(header);
    }
    return QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("api_key"), QUrl::FullyDecoded);
}

void TweetsSimHandler::acceptSocket(QWebSocket *socket)
{
    const QString key = documentedKey(socket);
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
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, socket](const QString &text) { onClientText(socket, text); });
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_clients.removeIf([socket](const Client &c) { return !c.socket || c.socket == socket; });
        socket->deleteLater();
        if (m_clients.isEmpty()) {
            m_timer.stop();
            m_pingTimer.stop();
        }
    });
    if (m_pingsEnabled && !m_pingTimer.isActive())
        m_pingTimer.start();

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

void TweetsSimHandler::onClientText(QWebSocket *socket, const QString &text)
{
    // The one client message the documents name: the keepalive answer. Others are ignored.
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    if (o.value(QLatin1String("type")).toString() != QLatin1String("pong"))
        return;
    for (Client &c : m_clients) {
        if (c.socket == socket) {
            c.awaitingPong = false;
            ++m_pongs;
        }
    }
}

int TweetsSimHandler::pingRound()
{
    const QByteArray ping = TweetsCodec::encodePing(TweetsCodec::formatIsoTime(QDateTime::currentMSecsSinceEpoch()));
    // Decide first, then act: a close may run the disconnected handler, which edits m_clients.
    QList<QPointer<QWebSocket>> silent;
    QList<QPointer<QWebSocket>> pinged;
    for (Client &c : m_clients) {
        if (!c.socket || c.socket->state() != QAbstractSocket::ConnectedState)
            continue;
        if (c.awaitingPong) {
            c.awaitingPong = false;
            silent.append(c.socket);
        } else {
            c.awaitingPong = true;
            pinged.append(c.socket);
        }
    }
    for (const QPointer<QWebSocket> &socket : std::as_const(pinged))
        send(socket, ping);
    for (const QPointer<QWebSocket> &socket : std::as_const(silent)) {
        if (socket)
            socket->close(QWebSocketProtocol::CloseCodeGoingAway, QStringLiteral("pong timeout"));
    }
    m_pongTimeouts += int(silent.size());
    return int(silent.size());
}

TweetShape TweetsSimHandler::shapeFor(const Tweet &tweet)
{
    // Only new_tweet is documented with filter-rule fields.
    if (tweet.sourceKind != TweetSourceKind::Monitor || m_shape == QLatin1String("new_tweet"))
        return TweetShape::NewTweet;
    if (m_shape == QLatin1String("tweet.detected"))
        return TweetShape::TweetDetected;
    if (m_shape == QLatin1String("tweet"))
        return TweetShape::Nested;
    // Per monitor, so that each monitor's first tweet is a new_tweet that names it (the
    // nested shape carries only the monitor's id).
    static constexpr TweetShape Rotation[] = {TweetShape::NewTweet, TweetShape::TweetDetected, TweetShape::Nested};
    return Rotation[m_rotation[tweet.sourceId]++ % 3];
}

QByteArray TweetsSimHandler::encode(const Tweet &tweet)
{
    return TweetsCodec::encodeTweet(tweet, shapeFor(tweet), m_variant);
}

void TweetsSimHandler::send(QWebSocket *socket, const QByteArray &frame)
{
    if (socket && socket->state() == QAbstractSocket::ConnectedState)
        socket->sendTextMessage(QString::fromUtf8(frame));
}

void TweetsSimHandler::setRate(double perSecond)
{
    m_rate = perSecond;
    m_rateFromOption = true;
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
    if (tweet.tweetId.isEmpty())
        return tweet; // nothing active
    broadcast(tweet);
    return tweet;
}

void TweetsSimHandler::broadcast(const Tweet &tweet)
{
    const QByteArray frame = encode(tweet);
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
