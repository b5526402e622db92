#include "conyrworkspace.h"

#include "core/profilesessions.h"
#include "app/workspaces.h"
#include "conyrsession.h"
#include "core/keystore.h"
#include "core/profilestore.h"
#include "providers/conyr/candleaggregator.h"
#include "providers/conyr/conyrchannelcatalog.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/conyr/conyrobservations.h"
#include "providers/conyr/conyrtokens.h"

#include <QCoreApplication>
#include <QJSEngine>

using namespace Conyr;

namespace {
constexpr int ChartBars = 1000;
constexpr int BackfillBars = 300;
constexpr int TapeRows = 400;
constexpr int TileBars = 200;
} // namespace

void startConyrWorkspace()
{
    ConyrWorkspace::instance()->start();
}

ConyrWorkspace *ConyrWorkspace::instance()
{
    static ConyrWorkspace *workspace = new ConyrWorkspace(ProfileStore::instance(), KeyStore::instance(), qApp);
    return workspace;
}

ConyrWorkspace *ConyrWorkspace::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

ConyrWorkspace::ConyrWorkspace(ProfileStore *profiles, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_run(new ProfileSessions(Provider::Kind::Conyr, profiles, keys, this))
    , m_catalog(new ConyrCatalogModel(this))
    , m_candles(new CandleSeriesModel(this, ChartBars))
    , m_tape(new TradeTapeModel(this, TapeRows))
{
    connect(m_tape, &TradeTapeModel::pausedChanged, this, &ConyrWorkspace::pausedChanged);
    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &ConyrWorkspace::onFrame);
    m_second.setInterval(1000);
    connect(&m_second, &QTimer::timeout, this, &ConyrWorkspace::countsChanged);
    connect(m_candles, &CandleSeriesModel::countChanged, this, [this] {
        if (live() != m_wasLive) {
            m_wasLive = live();
            Q_EMIT liveChanged();
        }
    });
    followSessions();
}

ConyrWorkspace::~ConyrWorkspace() = default;

void ConyrWorkspace::start()
{
    m_run->start();
    m_second.start();
}

void ConyrWorkspace::followSessions()
{
    m_run->setHandlers(
        [this](const Profile &profile, const QString &key) -> ProfileSessions::Started {
            ConyrSession *session = m_sessions.value(profile.id);
            if (!session)
                return nullptr;
            Connection *connection = session->start(profile, key);
            Q_EMIT profilesChanged();
            if (session == current()) {
                syncCatalogTier();
                Q_EMIT currentChanged();
                loadChart();
            }
            return {connection, connection ? ConyrObservations::attach(session->client()) : nullptr};
        },
        [this](const QString &id) {
            if (ConyrSession *session = m_sessions.value(id))
                session->stop();
        });
    connect(m_run, &ProfileSessions::added, this, &ConyrWorkspace::addProfile);
    connect(m_run, &ProfileSessions::removed, this, &ConyrWorkspace::removeProfile);
    connect(m_run, &ProfileSessions::changed, this, [this](const QString &id) {
        if (id == m_currentId)
            Q_EMIT problemChanged();
    });
}

void ConyrWorkspace::addProfile(const Profile &profile)
{
    if (m_sessions.contains(profile.id))
        return;
    auto *session = new ConyrSession(profile, this);
    m_sessions.insert(profile.id, session);
    m_order.append(profile.id);
    wire(session);
    // The first profile becomes current; a user's own profile wins over a demo one.
    const ConyrSession *now = current();
    if (!now || (now->profile().demo && !profile.demo))
        setCurrentProfileId(profile.id);
    Q_EMIT profilesChanged();
}

void ConyrWorkspace::removeProfile(const QString &id)
{
    ConyrSession *session = m_sessions.take(id);
    if (!session)
        return;
    m_order.removeAll(id);
    session->deleteLater();
    if (m_currentId == id)
        setCurrentProfileId(m_order.value(0));
    Q_EMIT profilesChanged();
}

void ConyrWorkspace::attachExternalClient(const Profile &shown, ConyrClient *client)
{
    addProfile(shown);
    if (ConyrSession *session = m_sessions.value(shown.id))
        session->adopt(client);
    if (m_currentId == shown.id) {
        Q_EMIT currentChanged(); // the page reads the client's connection and channels anew
        loadChart();
    }
}

void ConyrWorkspace::detachExternalClient(const QString &id)
{
    if (ConyrSession *session = m_sessions.value(id))
        session->stop();
    removeProfile(id);
}

ConyrSession *ConyrWorkspace::current() const
{
    return m_sessions.value(m_currentId);
}

void ConyrWorkspace::setCurrentProfileId(const QString &id)
{
    if (id == m_currentId || (!id.isEmpty() && !m_sessions.contains(id)))
        return;
    m_currentId = id;
    syncCatalogTier();
    Q_EMIT currentChanged();
    Q_EMIT problemChanged();
    Q_EMIT countsChanged();
    loadChart();
}

QVariantList ConyrWorkspace::profiles() const
{
    QVariantList out;
    for (const QString &id : m_order) {
        const Profile &p = m_sessions.value(id)->profile();
        out.append(QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("name"), p.name}, {QStringLiteral("demo"), p.demo}});
    }
    return out;
}

QString ConyrWorkspace::profileName() const
{
    const ConyrSession *s = current();
    return s ? s->profile().name : QString();
}

Connection *ConyrWorkspace::connection() const
{
    const ConyrSession *s = current();
    return s && s->client() ? s->client()->connection() : nullptr;
}

SubscriptionModel *ConyrWorkspace::subscriptions() const
{
    const ConyrSession *s = current();
    return s ? s->subscriptions() : nullptr;
}

int ConyrWorkspace::activeCount() const
{
    const ConyrSession *s = current();
    return s && s->client() ? s->client()->activeCount() : 0;
}

int ConyrWorkspace::cap() const
{
    const ConyrSession *s = current();
    if (!s)
        return 0;
    return tierLimits(s->profile().tier.isEmpty() ? QStringLiteral("layer1") : s->profile().tier).maxSubscriptions;
}

QString ConyrWorkspace::tierLabel() const
{
    const ConyrSession *s = current();
    return s ? Conyr::tierLabel(s->profile().tier) : QString();
}

QString ConyrWorkspace::problem() const
{
    const ConyrSession *s = current();
    if (!s)
        return tr("No Conyr profile yet: add one with your API key on the Connections page.");
    const QString why = m_run->problem(m_currentId);
    return why.isEmpty() ? s->problem() : why;
}

QString ConyrWorkspace::chartSymbol() const
{
    return tokenSymbol(m_chartMint);
}

qint64 ConyrWorkspace::chartDrops() const
{
    const ConyrSession *s = current();
    if (!s || !s->client())
        return 0;
    const QString name = m_chartSource == QLatin1String("stream") ? m_chartChannel : tradesChannel(m_chartMint);
    const ConyrClient::ChannelInfo *info = s->client()->channel(name);
    return info ? info->droppedTrades + info->missingBars : 0;
}

void ConyrWorkspace::setTapeChartOnly(bool on)
{
    if (m_tapeChartOnly == on)
        return;
    m_tapeChartOnly = on;
    m_tape->clear();
    Q_EMIT tapeChartOnlyChanged();
}

QVariantList ConyrWorkspace::tokens() const
{
    QVariantList out;
    for (const KnownToken &t : knownTokens())
        out.append(QVariantMap{{QStringLiteral("mint"), QLatin1String(t.mint)}, {QStringLiteral("symbol"), QLatin1String(t.symbol)}});
    return out;
}

QStringList ConyrWorkspace::intervals() const
{
    return {QStringLiteral("1s"), QStringLiteral("10s"), QStringLiteral("30s"), QStringLiteral("1m"), QStringLiteral("5m"),
            QStringLiteral("15m"), QStringLiteral("1h"), QStringLiteral("4h")};
}

QStringList ConyrWorkspace::streamedIntervals() const
{
    return Conyr::streamedIntervals();
}

QStringList ConyrWorkspace::variants() const
{
    return candleVariants();
}

QString ConyrWorkspace::variantLabel(const QString &variant)
{
    if (variant == QLatin1String("full"))
        return tr("full");
    if (variant == QLatin1String("filtered"))
        return tr("filtered");
    return variant;
}

QString ConyrWorkspace::symbolFor(const QString &mint) const
{
    return tokenSymbol(mint);
}

bool ConyrWorkspace::addChannel(const QString &mint, const QString &kind, const QString &variant, const QString &interval)
{
    const QString m = mint.trimmed();
    if (m.isEmpty() || m.contains(QLatin1Char(':'))) {
        Q_EMIT notice(tr("Enter a token mint address."));
        return false;
    }
    if (kind == QLatin1String("ohlcv")) {
        if (!Conyr::streamedIntervals().contains(interval)) {
            Q_EMIT notice(tr("Conyr streams candles for %1 only; %2 candles are built from the token's trades in the chart.")
                              .arg(Conyr::streamedIntervals().join(QLatin1String(", ")), interval));
            return false;
        }
        return addChannelName(ohlcvChannel(m, variant.isEmpty() ? QStringLiteral("filtered") : variant, interval));
    }
    if (kind == QLatin1String("ticks"))
        return addChannelName(ticksChannel(m));
    return addChannelName(tradesChannel(m));
}

bool ConyrWorkspace::countsInChart(const Trade &trade) const
{
    // The chart's bars continue the backfilled view: "filtered" counts organic trades only.
    return trade.organic() || m_chartView != QLatin1String("filtered");
}

bool ConyrWorkspace::addChannelName(const QString &name)
{
    ConyrSession *s = current();
    if (!s)
        return false;
    const ChannelAvailability allowed = channelAvailability(name.trimmed(), s->profile().tier);
    if (!allowed.allowed) {
        Q_EMIT notice(allowed.reason);
        return false;
    }
    QString error;
    if (!s->add({name.trimmed()}, &error)) {
        Q_EMIT notice(error);
        return false;
    }
    refreshChartSource();
    Q_EMIT countsChanged();
    return true;
}

QList<ConyrSession *> ConyrWorkspace::sessions() const
{
    QList<ConyrSession *> out;
    for (const QString &id : m_order)
        out.append(m_sessions.value(id));
    return out;
}

void ConyrWorkspace::syncCatalogTier()
{
    const ConyrSession *s = current();
    m_catalog->setTier(s ? s->profile().tier : QString());
}

bool ConyrWorkspace::addCatalogChannel(const QString &entryId, const QString &subject, const QString &view,
                                       const QString &interval)
{
    const CatalogEntry *entry = catalogEntry(entryId);
    const ConyrSession *s = current();
    if (!entry || !s)
        return false;
    const ChannelAvailability allowed = availability(*entry, s->profile().tier);
    if (!allowed.allowed) {
        Q_EMIT notice(allowed.reason);
        return false;
    }
    QString error;
    const QString name = catalogChannelName(*entry, subject, view, interval, &error);
    if (name.isEmpty()) {
        Q_EMIT notice(error);
        return false;
    }
    return addChannelName(name);
}

QVariantMap ConyrWorkspace::previewCatalogChannel(const QString &entryId, const QString &subject, const QString &view,
                                                  const QString &interval) const
{
    QVariantMap out{{QStringLiteral("ok"), false}};
    const CatalogEntry *entry = catalogEntry(entryId);
    const ConyrSession *s = current();
    if (!entry || !s)
        return out;
    const ChannelAvailability allowed = availability(*entry, s->profile().tier);
    if (!allowed.allowed) {
        out.insert(QStringLiteral("error"), allowed.reason);
        return out;
    }
    QString error;
    const QString name = catalogChannelName(*entry, subject, view, interval, &error);
    if (name.isEmpty()) {
        out.insert(QStringLiteral("error"), error);
        return out;
    }
    const int used = activeCount();
    const int limit = cap();
    const bool present = s->client() && s->client()->channel(name);
    out.insert(QStringLiteral("name"), name);
    if (present) {
        out.insert(QStringLiteral("error"), tr("Already subscribed on this connection."));
        return out;
    }
    if (limit >= 0 && used + 1 > limit) {
        out.insert(QStringLiteral("error"), tr("This connection is full: %1/%2 channels.").arg(used).arg(limit));
        return out;
    }
    out.insert(QStringLiteral("ok"), true);
    out.insert(QStringLiteral("quotaText"), limit < 0 ? tr("%1 channels on this connection (no cap)").arg(used + 1)
                                                      : tr("%1/%2 channels on this connection").arg(used + 1).arg(limit));
    // The tier is a flat monthly price: one more channel costs nothing extra, it only lowers
    // each channel's share of the price.
    bool from = false;
    const double price = tierPriceUsdPerMonth(s->profile().tier, &from);
    const QString priceText = (from ? tr("from $%1") : QStringLiteral("$%1")).arg(price, 0, 'f', 0);
    out.insert(QStringLiteral("costText"),
               price <= 0 ? tr("no extra cost")
                          : tr("no extra cost: %1/month for the tier, %2 per channel").arg(
                                priceText, QStringLiteral("$%1").arg(price / (used + 1), 0, 'f', 2)));
    if (!allowed.note.isEmpty())
        out.insert(QStringLiteral("note"), allowed.note);
    return out;
}

QString ConyrWorkspace::channelTitle(const QString &name) const
{
    const CatalogEntry *entry = catalogEntryForChannel(name);
    if (!entry)
        return name;
    const int first = name.indexOf(QLatin1Char(':'));
    const int second = name.indexOf(QLatin1Char(':'), first + 1);
    const QString subject = tokenSymbol(name.mid(first + 1, second - first - 1));
    if (entry->candles) {
        const ChannelDescriptor d = parseChannel(name);
        return tr("%1 · candles %2 %3").arg(subject, d.interval, variantLabel(d.variant));
    }
    return subject + QStringLiteral(" · ") + entry->title();
}

QString ConyrWorkspace::channelTier(const QString &name) const
{
    const CatalogEntry *entry = catalogEntryForChannel(name);
    return entry && !entry->minTier.isEmpty() ? Conyr::tierLabel(entry->minTier) : QString();
}

QString ConyrWorkspace::readablePayload(const QString &json) const
{
    return Conyr::readablePayload(json);
}

void ConyrWorkspace::removeChannel(const QString &name)
{
    if (ConyrSession *s = current()) {
        s->remove(name);
        refreshChartSource();
        Q_EMIT countsChanged();
    }
}

void ConyrWorkspace::setMuted(const QString &name, bool muted)
{
    if (ConyrSession *s = current())
        s->setMuted(name, muted);
}

void ConyrWorkspace::selectChart(const QString &mint, const QString &interval)
{
    ConyrSession *s = current();
    if (!s || mint.trimmed().isEmpty() || intervalMs(interval) <= 0)
        return;
    s->setChart(mint.trimmed(), interval);
    loadChart();
}

// ---- routing: the current session's events into the chart and the tape --------------------

void ConyrWorkspace::wire(ConyrSession *session)
{
    connect(session, &ConyrSession::problemChanged, this, [this, session] {
        if (session == current())
            Q_EMIT problemChanged();
    });
    connect(session, &ConyrSession::changed, this, [this, session] {
        if (session != current())
            return;
        refreshChartSource();
        Q_EMIT countsChanged();
    });
    // The client exists once the key has been read; connect then.
    auto connectClient = [this, session] {
        ConyrClient *client = session->client();
        if (!client || client->property("tw_wired").toBool())
            return;
        client->setProperty("tw_wired", true);
        connect(client, &ConyrClient::tradeReceived, this, [this, session](const QString &channel, const Trade &trade) {
            if (session != current() || session->isMuted(channel))
                return;
            const ChannelDescriptor d = parseChannel(channel);
            if (d.mint == m_chartMint && m_aggregator && m_chartSource == QLatin1String("trades") && countsInChart(trade))
                m_aggregator->addTrade(trade);
            if (!m_tapeChartOnly || d.mint == m_chartMint)
                m_tape->add(trade, tokenSymbol(d.mint));
        });
        connect(client, &ConyrClient::tickReceived, this, [this, session](const QString &channel, const Tick &tick) {
            // Ticks build the chart when the token has no trades channel; their f flag gives
            // the filtered view locally.
            if (session != current() || session->isMuted(channel) || m_chartSource != QLatin1String("ticks"))
                return;
            const Trade trade = tradeFromTick(tick);
            if (parseChannel(channel).mint == m_chartMint && m_aggregator && countsInChart(trade))
                m_aggregator->addTrade(trade);
        });
        connect(client, &ConyrClient::candleReceived, this, [this, session](const QString &channel, const Candle &candle) {
            if (session != current() || session->isMuted(channel))
                return;
            if (channel == m_chartChannel)
                m_candles->addLive(candle);
            if (!m_tileSeries.isEmpty()) {
                const ChannelDescriptor d = parseChannel(channel);
                if (CandleSeriesModel *tile = m_tileSeries.value(d.mint + QLatin1Char('/') + d.interval))
                    tile->addLive(candle);
            }
        });
        connect(client, &ConyrClient::candlesBackfilled, this,
                [this, session](const QString &channel, const QList<Candle> &candles) {
                    if (session != current())
                        return;
                    // A dashboard tile of the same token and interval takes every backfill of it.
                    if (!m_tileSeries.isEmpty()) {
                        const ChannelDescriptor d = parseChannel(channel);
                        if (CandleSeriesModel *tile = m_tileSeries.value(d.mint + QLatin1Char('/') + d.interval))
                            tile->addBackfill(candles);
                    }
                    if (channel != m_chartBackfillKey)
                        return;
                    m_candles->addBackfill(candles);
                    // Locally built bars continue from the backfilled current bar.
                    if (m_aggregator && !candles.isEmpty())
                        m_aggregator->seed(candles.constLast());
                });
        connect(client, &ConyrClient::serverError, this, [this, session](const QString &message) {
            if (session == current())
                Q_EMIT notice(tr("Conyr: %1").arg(message));
        });
        connect(client->connection(), &Connection::opened, this, [this, session] {
            // The client restores its own candle channels; a chart built from trades or
            // REST only needs its missing window loaded here.
            if (session == current() && m_chartSource != QLatin1String("stream") && !m_candles->bars().empty())
                session->client()->requestBackfill(m_chartBackfillKey, m_candles->bars().back().ts);
            // Tiles asked for before the connection was up get their history now.
            if (session == current()) {
                for (auto it = m_tileSeries.cbegin(); it != m_tileSeries.cend(); ++it) {
                    if (it.value()->bars().empty())
                        requestTileBackfill(it.key());
                }
            }
        });
    };
    connect(session, &ConyrSession::changed, this, connectClient);
    connect(this, &ConyrWorkspace::currentChanged, session, connectClient);
}

void ConyrWorkspace::refreshChartSource()
{
    ConyrSession *s = current();
    QString source = QStringLiteral("rest");
    QString channel;
    if (s && s->client() && !m_chartMint.isEmpty()) {
        for (const QString &variant : candleVariants()) {
            const QString name = ohlcvChannel(m_chartMint, variant, m_chartInterval);
            const ConyrClient::ChannelInfo *info = s->client()->channel(name);
            if (info && info->state != ConyrClient::ChannelState::Rejected) {
                source = QStringLiteral("stream");
                channel = name;
                break;
            }
        }
        if (channel.isEmpty()) {
            const ConyrClient::ChannelInfo *info = s->client()->channel(tradesChannel(m_chartMint));
            const ConyrClient::ChannelInfo *ticks = s->client()->channel(ticksChannel(m_chartMint));
            if (info && info->state != ConyrClient::ChannelState::Rejected)
                source = QStringLiteral("trades");
            else if (ticks && ticks->state != ConyrClient::ChannelState::Rejected)
                source = QStringLiteral("ticks");
        }
    }
    if (source == m_chartSource && channel == m_chartChannel)
        return;
    m_chartSource = source;
    m_chartChannel = channel;
    if (source == QLatin1String("trades") || source == QLatin1String("ticks")) {
        m_aggregator = std::make_unique<CandleAggregator>(intervalMs(m_chartInterval), ChartBars);
        if (!m_candles->bars().empty())
            m_aggregator->seed(m_candles->bars().back());
    } else {
        m_aggregator.reset();
    }
    Q_EMIT chartChanged();
}

void ConyrWorkspace::loadChart()
{
    ConyrSession *s = current();
    m_chartMint = s ? s->chartMint() : QString();
    m_chartInterval = s ? s->chartInterval() : QStringLiteral("1m");
    m_chartSource.clear();
    m_chartChannel.clear();
    m_aggregator.reset();
    m_candles->reset(ohlcvChannel(m_chartMint, QStringLiteral("filtered"), m_chartInterval), intervalMs(m_chartInterval));
    m_tape->clear();
    refreshChartSource();
    const QString variant = m_chartChannel.isEmpty() ? QStringLiteral("filtered") : parseChannel(m_chartChannel).variant;
    // The view is kept apart from the channel name: a local interval (10s) has no channel
    // parseChannel() can type, and its bars still follow the filtered view.
    m_chartView = variant;
    m_chartBackfillKey = ohlcvChannel(m_chartMint, variant, m_chartInterval);
    if (s && s->client())
        s->client()->requestBackfill(m_chartBackfillKey, 0, BackfillBars);
    if (!m_frame.isActive())
        m_frame.start();
    Q_EMIT chartChanged();
}

void ConyrWorkspace::onFrame()
{
    // Bars built from trades reach the chart once per frame, like everything else.
    if (!m_aggregator)
        return;
    const QList<Candle> changed = m_aggregator->takeChanged();
    if (!changed.isEmpty())
        m_candles->addBackfill(changed);
}

CandleSeriesModel *ConyrWorkspace::tileSeries(const QString &subject)
{
    if (CandleSeriesModel *known = m_tileSeries.value(subject))
        return known;
    const qsizetype slash = subject.lastIndexOf(QLatin1Char('/'));
    const QString mint = subject.left(slash);
    const QString interval = subject.mid(slash + 1);
    if (slash <= 0 || intervalMs(interval) <= 0)
        return nullptr;
    auto *series = new CandleSeriesModel(this, TileBars);
    // Handed to QML from an invokable: without this the JS engine would own (and collect) it.
    QJSEngine::setObjectOwnership(series, QJSEngine::CppOwnership);
    series->reset(ohlcvChannel(mint, QStringLiteral("filtered"), interval), intervalMs(interval));
    m_tileSeries.insert(subject, series);
    requestTileBackfill(subject);
    return series;
}

void ConyrWorkspace::requestTileBackfill(const QString &subject)
{
    ConyrSession *s = current();
    if (!s || !s->client())
        return; // asked again once the connection opens
    const qsizetype slash = subject.lastIndexOf(QLatin1Char('/'));
    s->client()->requestBackfill(ohlcvChannel(subject.left(slash), QStringLiteral("filtered"), subject.mid(slash + 1)), 0,
                                 TileBars);
}
