#include "alliumstreamsim.h"

#include "alliumrecordgen.h"
#include "providers/allium/alliumcodec.h"
#include "sim/floodsender.h"
#include "sim/simserver.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <optional>

namespace {
constexpr char WsPath[] = "/api/v1/developer/ws/stream";
}

/// One client's stream: its generator, started state and filter.
class AlliumStreamSession : public QObject
{
public:
    AlliumStreamSession(AlliumStreamSimHandler *handler, QWebSocket *socket, const QString &topic)
        : QObject(socket)
        , m_handler(handler)
        , m_socket(socket)
        , m_generator(topic, handler->server()->seedFor(QStringLiteral("allium.stream.") + topic),
                      handler->server()->clock().nowMs())
    {
        const QUrlQuery query(socket->requestUrl());
        m_flood = query.queryItemValue(QStringLiteral("flood")).toLongLong();
        m_generator.setGapEvery(query.queryItemValue(QStringLiteral("gapEvery")).toInt());
        m_generator.setReorgEvery(query.queryItemValue(QStringLiteral("reorgEvery")).toInt());
        m_generator.setVariant(AlliumRecordVariant::parse(handler->server()->option(QStringLiteral("allium.variant")).toString()));
        if (query.hasQueryItem(QStringLiteral("intervalMs")))
            m_generator.setCadenceMs(std::max<qint64>(1, query.queryItemValue(QStringLiteral("intervalMs")).toLongLong()));
        // One tick per block, at the block's production time (not a free-running interval,
        // whose drift would bunch two blocks into one tick now and then).
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &AlliumStreamSession::tick);
        connect(socket, &QWebSocket::textMessageReceived, this, &AlliumStreamSession::onControl);
        handler->m_sessions.insert(this);
    }
    ~AlliumStreamSession() override
    {
        if (m_handler)
            m_handler->m_sessions.remove(this);
    }

    bool started() const { return m_started; }

private:
    void onControl(const QString &text)
    {
        QString error;
        const std::optional<AlliumStreamControl> control = AlliumCodec::decodeControl(text.toUtf8(), &error);
        if (!control) {
            ++m_handler->m_badControls;
            m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{
                {QStringLiteral("status"), QStringLiteral("error")}, {QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact)));
            return;
        }
        ++m_handler->m_controls;
        static const char *const Names[] = {"start", "stop", "setFilter"};
        m_handler->m_controlLog << QString::fromLatin1(Names[int(control->action)]);
        if (m_handler->m_controlLog.size() > 64)
            m_handler->m_controlLog.removeFirst();
        switch (control->action) {
        case AlliumStreamControl::Action::Start:
            m_started = true;
            if (m_flood > 0) {
                startFlood();
            } else if (!m_timer.isActive()) {
                // The chain went on while this client was stopped: continue at its head,
                // the latest block at once, then at the cadence.
                m_generator.resumeAt(m_handler->server()->clock().nowMs());
                tick();
            }
            break;
        case AlliumStreamControl::Action::Stop:
            m_started = false;
            m_timer.stop();
            break;
        case AlliumStreamControl::Action::SetFilter:
            m_filter = control->filter;
            m_handler->m_lastFilter = m_filter ? m_filter->toText() : QByteArray("null");
            break;
        }
    }

    void tick()
    {
        if (!m_started || !m_socket)
            return;
        const SimClock &clock = m_handler->server()->clock();
        const qint64 now = clock.nowMs();
        m_timer.start(clock.realMs(m_generator.msUntilNextBlock(now) + 1));
        for (const QJsonObject &record : m_generator.nextTick(now)) {
            // The server resolves field paths on the record as sent (wrapper included).
            if (m_filter && !m_filter->matches(record, AlliumFilter::Paths::Documented))
                continue;
            m_socket->sendTextMessage(QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
            ++m_handler->m_sent;
        }
    }

    void startFlood()
    {
        if (m_flooding)
            return;
        m_flooding = true;
        const qint64 ts = m_handler->server()->clock().nowMs() / 1000;
        QPointer<AlliumStreamSimHandler> handler(m_handler);
        auto *sender = new FloodSender(m_socket, m_flood, [ts, handler](qint64 i) {
            if (handler)
                ++handler->m_sent;
            return AlliumRecordGenerator::floodBlock(21000000 + i, ts + i * 12);
        });
        sender->start();
    }

    QPointer<AlliumStreamSimHandler> m_handler;
    QPointer<QWebSocket> m_socket;
    AlliumRecordGenerator m_generator;
    std::optional<AlliumFilter> m_filter;
    QTimer m_timer;
    qint64 m_flood = 0;
    bool m_started = false;
    bool m_flooding = false;
};

AlliumStreamSimHandler::AlliumStreamSimHandler(SimServer *server)
    : SimHandler(server)
{
}

bool AlliumStreamSimHandler::acceptsPath(const QString &path) const
{
    return path == QLatin1String(WsPath);
}

QString alliumPresentedKey(const SimHttpRequest &request)
{
    // The documents name one way for both WebSocket endpoints: the X-API-KEY header on
    // the upgrade request (header names are case-insensitive; the request has them
    // lower-cased). No query parameter, no bearer token.
    return QString::fromUtf8(request.headers.value(QByteArrayLiteral("x-api-key")));
}

int alliumUpgradeStatus(SimServer &server, const SimHttpRequest &request)
{
    const int refused = server.option(QStringLiteral("allium.refuseUpgrade"), 0).toInt();
    if (refused > 0)
        return refused; // tests: 429, 403 …
    return server.keyAccepted(alliumPresentedKey(request)) ? 0 : 401;
}

int AlliumStreamSimHandler::upgradeStatus(const SimHttpRequest &request)
{
    if (const int status = alliumUpgradeStatus(*server(), request))
        return status;
    const QString topic = QUrlQuery(request.url).queryItemValue(QStringLiteral("topic"));
    return AlliumRecordGenerator::supports(topic) ? 0 : 404;
}

void AlliumStreamSimHandler::acceptSocket(QWebSocket *socket)
{
    connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
    const QString topic = QUrlQuery(socket->requestUrl()).queryItemValue(QStringLiteral("topic"));
    new AlliumStreamSession(this, socket, topic);
}

int AlliumStreamSimHandler::sessions() const
{
    return int(m_sessions.size());
}

bool AlliumStreamSimHandler::anyStarted() const
{
    for (const AlliumStreamSession *s : m_sessions) {
        if (s->started())
            return true;
    }
    return false;
}

void AlliumStreamSimHandler::dropAll()
{
    for (QWebSocket *socket : findChildren<QWebSocket *>())
        socket->abort();
}
