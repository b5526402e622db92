#include "conyrsession.h"

#include "providers/conyr/conyrcodec.h"
#include "providers/conyr/conyrtokens.h"
#include "subscriptionmodel.h"

#include <QDateTime>
#include <QSettings>

using namespace Conyr;

namespace {
const QString Sol = QStringLiteral("So11111111111111111111111111111111111111112");
const QString Bonk = QStringLiteral("DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263");
const QString Wif = QStringLiteral("EKpQGSJtjMFqKZ9KQanSqYXRcF8fBopzLHYxdM65zcjm");
const QString Usdc = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");

QString kindName(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Trades: return QStringLiteral("trades");
    case ChannelKind::Ticks: return QStringLiteral("ticks");
    case ChannelKind::Ohlcv: return QStringLiteral("ohlcv");
    case ChannelKind::Generic: break;
    }
    return QStringLiteral("generic");
}

QString stateName(ConyrClient::ChannelState state)
{
    switch (state) {
    case ConyrClient::ChannelState::Pending: return QStringLiteral("pending");
    case ConyrClient::ChannelState::Subscribed: return QStringLiteral("subscribed");
    case ConyrClient::ChannelState::Rejected: return QStringLiteral("rejected");
    case ConyrClient::ChannelState::Unconfirmed: return QStringLiteral("unconfirmed");
    }
    return QStringLiteral("pending");
}
} // namespace

ConyrSession::ConyrSession(const Profile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_subscriptions(new SubscriptionModel(this))
{
    QSettings settings;
    const QStringList muted = settings.value(settingsKey("muted")).toStringList();
    m_muted = QSet<QString>(muted.cbegin(), muted.cend());
    const QStringList chart = settings.value(settingsKey("chart")).toString().split(QLatin1Char('|'));
    m_chartMint = chart.value(0).isEmpty() ? defaultChartMint() : chart.value(0);
    m_chartInterval = intervalMs(chart.value(1)) > 0 ? chart.value(1) : QStringLiteral("1m");
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &ConyrSession::sync);
}

ConyrSession::~ConyrSession() = default;

QString ConyrSession::settingsKey(const char *name) const
{
    return QStringLiteral("conyr/%1/%2").arg(m_profile.id, QLatin1String(name));
}

QStringList ConyrSession::defaultChannels()
{
    return {tradesChannel(Sol), ohlcvChannel(Sol, QStringLiteral("filtered"), QStringLiteral("1m")),
            tradesChannel(Bonk), ohlcvChannel(Bonk, QStringLiteral("filtered"), QStringLiteral("5m")),
            tradesChannel(Wif), ticksChannel(Wif), tradesChannel(Usdc)};
}

QString ConyrSession::defaultChartMint()
{
    return Sol;
}

void ConyrSession::setProblem(const QString &problem)
{
    if (m_problem == problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}

Connection *ConyrSession::start(const Profile &profile, const QString &key)
{
    stop();
    m_profile = profile;
    setProblem(QString());
    ConyrClientOptions options;
    options.tier = m_profile.tier.isEmpty() ? QStringLiteral("layer1") : m_profile.tier;
    options.restBase = QUrl(m_profile.options.value(QStringLiteral("restBase")).toString());
    options.restPaths = restPathsFromString(m_profile.options.value(QStringLiteral("restPaths")).toString());
    m_client = new ConyrClient(new Connection(m_profile.connectionConfig(key)), options, this);
    m_client->connection()->setParent(m_client); // the connection goes with the client
    connect(m_client, &ConyrClient::channelsChanged, this, [this] {
        sync();
        Q_EMIT changed();
    });
    connect(m_client, &ConyrClient::localError, this, [this](const QString &message) { setProblem(message); });

    // Restore the set: what was saved, else the profile's own list, else demo defaults.
    QSettings settings;
    QStringList channels;
    if (settings.contains(settingsKey("channels")))
        channels = settings.value(settingsKey("channels")).toStringList();
    else if (!m_profile.subscriptions.isEmpty())
        channels = m_profile.subscriptions;
    else if (m_profile.demo)
        channels = defaultChannels();
    if (!m_client->blockedReason().isEmpty()) {
        setProblem(m_client->blockedReason());
    } else if (!channels.isEmpty()) {
        QString error;
        if (!m_client->subscribe(channels, &error)) {
            // A saved set larger than the tier allows (the tier changed): keep what fits.
            const int room = m_client->cap() < 0 ? int(channels.size()) : m_client->cap();
            m_client->subscribe(channels.mid(0, room));
            setProblem(error);
        }
    }
    save();
    sync();
    m_refresh.start();
    m_client->open();
    return m_client->connection();
}

void ConyrSession::adopt(ConyrClient *client)
{
    stop();
    m_client = client;
    m_adopted = true;
    connect(m_client, &ConyrClient::channelsChanged, this, [this] {
        sync();
        Q_EMIT changed();
    });
    sync();
    m_refresh.start();
    Q_EMIT changed();
}

void ConyrSession::stop()
{
    if (!m_client)
        return;
    if (m_adopted) {
        m_refresh.stop();
        m_client->disconnect(this);
        m_client = nullptr;
        m_adopted = false;
        Q_EMIT changed();
        return;
    }
    save();
    m_refresh.stop();
    ConyrClient *client = m_client;
    m_client = nullptr;
    client->disconnect();
    client->close();
    client->deleteLater();
    Q_EMIT changed();
}

bool ConyrSession::add(const QStringList &channels, QString *error)
{
    if (!m_client) {
        if (error)
            *error = m_problem.isEmpty() ? tr("This profile is not connected yet.") : m_problem;
        return false;
    }
    if (!m_client->subscribe(channels, error))
        return false;
    save();
    return true;
}

void ConyrSession::remove(const QString &channel)
{
    if (!m_client)
        return;
    m_client->unsubscribe({channel});
    m_muted.remove(channel);
    save();
    sync();
}

void ConyrSession::setMuted(const QString &channel, bool muted)
{
    if (muted == m_muted.contains(channel))
        return;
    if (muted)
        m_muted.insert(channel);
    else
        m_muted.remove(channel);
    save();
    sync();
    Q_EMIT changed();
}

void ConyrSession::setChart(const QString &mint, const QString &interval)
{
    m_chartMint = mint;
    m_chartInterval = interval;
    save();
}

void ConyrSession::save() const
{
    QSettings settings;
    if (m_client)
        settings.setValue(settingsKey("channels"), m_client->channels());
    settings.setValue(settingsKey("muted"), QStringList(m_muted.cbegin(), m_muted.cend()));
    settings.setValue(settingsKey("chart"), QString(m_chartMint + QLatin1Char('|') + m_chartInterval));
}

void ConyrSession::sync()
{
    if (!m_client)
        return;
    QList<SubscriptionModel::Entry> entries;
    for (const QString &name : m_client->channels()) {
        const ConyrClient::ChannelInfo *info = m_client->channel(name);
        if (!info)
            continue;
        SubscriptionModel::Entry e;
        e.channel = name;
        e.kind = kindName(info->descriptor.kind);
        e.mint = info->descriptor.mint;
        e.symbol = e.mint.isEmpty() ? QString() : tokenSymbol(e.mint);
        e.variant = info->descriptor.variant;
        e.interval = info->descriptor.interval;
        e.state = stateName(info->state);
        e.error = info->error;
        e.messages = info->messages;
        e.lastMessageMs = info->lastMessageMs;
        e.muted = m_muted.contains(name);
        e.drops = info->droppedTrades + info->missingBars;
        e.gaps = info->gapEvents;
        e.duplicates = info->duplicates;
        e.notUnderstood = info->notUnderstood;
        e.sample = info->lastSample;
        e.problem = info->lastProblem;
        entries.append(e);
    }
    m_subscriptions->sync(entries, QDateTime::currentMSecsSinceEpoch());
}
