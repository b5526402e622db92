#include "tweetssubscriptionscontroller.h"

#include "core/profilesessions.h"
#include "core/profilestore.h"
#include "providers/tweets/tweetsrestclient.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLocale>

using namespace TweetsRest;

TweetsSubscriptionsController *TweetsSubscriptionsController::instance()
{
    static auto *controller = new TweetsSubscriptionsController(ProfileStore::instance(), KeyStore::instance(), qApp);
    return controller;
}

TweetsSubscriptionsController *TweetsSubscriptionsController::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

TweetsSubscriptionsController::TweetsSubscriptionsController(ProfileStore *profiles, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_sessions(new ProfileSessions(Provider::Kind::Tweets, profiles, keys, this))
    , m_monitors(new TweetMonitorListModel(this))
    , m_rules(new TweetRuleListModel(this))
{
    // The chosen profile runs like a stream connection does: an edit of its url, auth or
    // options and a new or changed key start the REST client over with the profile and key
    // as they are now. The stream's workspace shows a key that cannot be read on the
    // Connections page; here it is the lists' problem.
    m_sessions->setFilter([this](const Profile &) { return !m_endpoint; });
    m_sessions->setHandlers(
        [this](const Profile &p, const QString &key) {
            openClient(p, key);
            return ProfileSessions::Started();
        },
        [this](const QString &) { closeClient(); });
    m_sessions->setKeyFailureHandler([this](const Profile &p, const KeyStore::Result &result) {
        m_problem = tr("%1: %2").arg(p.name, result.message);
        Q_EMIT stateChanged();
    });
    connect(m_sessions, &ProfileSessions::choicesChanged, this, [this] {
        Q_EMIT profilesChanged();
        Q_EMIT stateChanged(); // the name may have changed
    });
    connect(m_sessions, &ProfileSessions::chosenChanged, this, &TweetsSubscriptionsController::onChosen);
    connect(m_monitors, &TweetMonitorListModel::countChanged, this, &TweetsSubscriptionsController::totalsChanged);
    connect(m_rules, &TweetRuleListModel::countChanged, this, &TweetsSubscriptionsController::totalsChanged);
    connect(m_monitors, &QAbstractItemModel::dataChanged, this, &TweetsSubscriptionsController::totalsChanged);
    connect(m_rules, &QAbstractItemModel::dataChanged, this, &TweetsSubscriptionsController::totalsChanged);
    // The choice is known at once (the page's picker shows it); its key is read only when
    // the lists are first wanted (refresh()).
    m_sessions->useChosenProfile();
}

TweetsSubscriptionsController::~TweetsSubscriptionsController() = default;

QVariantList TweetsSubscriptionsController::profiles() const
{
    return m_sessions->choices();
}

QString TweetsSubscriptionsController::profileId() const
{
    return m_sessions->chosen();
}

void TweetsSubscriptionsController::setProfileId(const QString &id)
{
    if (id == profileId())
        return;
    m_sessions->setChosen(id);
    // Once the lists were wanted, the sessions start the new choice themselves.
    if (!m_following)
        refresh();
}

void TweetsSubscriptionsController::onChosen()
{
    if (m_endpoint)
        return;
    closeClient();
    m_monitors->setItems({});
    m_rules->setItems({});
    m_problem = m_following && profileId().isEmpty() ? noProfileText() : QString();
    Q_EMIT stateChanged();
}

QString TweetsSubscriptionsController::noProfileText() const
{
    return tr("No tweet stream profile. Add one on the Connections page to manage its monitors and rules.");
}

QString TweetsSubscriptionsController::profileName() const
{
    const auto p = m_sessions->profile(profileId());
    return p ? p->name : QString();
}

void TweetsSubscriptionsController::useEndpoint(const QUrl &restBase, const QString &key)
{
    m_sessions->setChosen(QString());
    m_endpoint = true;
    m_sessions->refresh(); // no profile runs now
    closeClient();
    m_client = new TweetsRestClient(restBase, key, this);
    Q_EMIT stateChanged();
}

void TweetsSubscriptionsController::refresh()
{
    if (m_client) {
        load();
        return;
    }
    openProfile();
}

void TweetsSubscriptionsController::openProfile()
{
    if (profileId().isEmpty()) {
        m_problem = noProfileText();
        Q_EMIT stateChanged();
        return;
    }
    m_problem.clear();
    Q_EMIT stateChanged();
    // Lazily: the key is read when the lists are first wanted, not at start-up.
    if (!m_following) {
        m_following = true;
        m_sessions->start();
    } else if (m_sessions->chosenRunning()) {
        m_sessions->restart(profileId()); // the key could not be read: read it again
    } else {
        m_sessions->refresh();
    }
}

void TweetsSubscriptionsController::openClient(const Profile &p, const QString &key)
{
    closeClient();
    // The REST API lives at the stream's host (or where the profile says).
    const QUrl base = p.options.contains(QStringLiteral("restUrl"))
        ? QUrl(p.options.value(QStringLiteral("restUrl")).toString())
        : TweetsRestClient::restBaseFor(p.url);
    m_client = new TweetsRestClient(base, key, this);
    m_problem.clear();
    load();
}

void TweetsSubscriptionsController::closeClient()
{
    delete m_client;
    ++m_generation; // replies of the old client are dropped
    m_pending = 0;
    m_loaded = false;
    Q_EMIT stateChanged();
}

void TweetsSubscriptionsController::load()
{
    if (!m_client || m_pending > 0)
        return;
    m_pending = 3;
    m_problem.clear();
    Q_EMIT stateChanged();
    const int generation = m_generation;
    auto done = [this, generation](TweetsRestReply *reply) {
        reply->deleteLater();
        if (generation != m_generation)
            return;
        finishLoad(reply);
    };
    connect(m_client->listAllMonitors(), &TweetsRestReply::finished, this, [this, done] {
        done(qobject_cast<TweetsRestReply *>(sender()));
    });
    connect(m_client->listAllRules(), &TweetsRestReply::finished, this, [this, done] {
        done(qobject_cast<TweetsRestReply *>(sender()));
    });
    connect(m_client->pricing(), &TweetsRestReply::finished, this, [this, done] {
        done(qobject_cast<TweetsRestReply *>(sender()));
    });
}

void TweetsSubscriptionsController::finishLoad(TweetsRestReply *reply)
{
    using Op = TweetsRestReply::Operation;
    if (reply->operation() == Op::Pricing) {
        // Without the server's tiers the documented table is used (pricingTierList says so).
        m_serverTiers = reply->ok() ? reply->tiers : QList<PricingTier>();
        Q_EMIT pricingChanged();
    } else if (!reply->ok()) {
        // The lists stay as they were; the sentence says why they are not fresh.
        const QString what = reply->operation() == Op::ListMonitors ? tr("Monitors") : tr("Filter rules");
        const QString line = tr("%1 could not be loaded: %2").arg(what, reply->error().message);
        m_problem = m_problem.isEmpty() ? line : m_problem + QLatin1Char('\n') + line;
    } else {
        if (reply->operation() == Op::ListMonitors)
            m_monitors->setItems(reply->monitors);
        else
            m_rules->setItems(reply->rules);
        if (reply->skippedItems > 0) {
            const QString line = tr("%n item(s) in the answer could not be read and are not shown.", nullptr, reply->skippedItems);
            m_problem = m_problem.isEmpty() ? line : m_problem + QLatin1Char('\n') + line;
        }
    }
    if (--m_pending == 0)
        m_loaded = true;
    Q_EMIT stateChanged();
    Q_EMIT totalsChanged();
}

void TweetsSubscriptionsController::setNotice(const QString &text)
{
    m_notice = text;
    Q_EMIT noticeChanged();
}

void TweetsSubscriptionsController::clearNotice()
{
    setNotice({});
}

void TweetsSubscriptionsController::track(const QString &id, TweetsRestReply *reply, std::function<void(TweetsRestReply *)> onOk)
{
    m_busy.insert(id);
    Q_EMIT busyChanged();
    const int generation = m_generation;
    connect(reply, &TweetsRestReply::finished, this, [this, id, reply, generation, onOk = std::move(onOk)] {
        reply->deleteLater();
        m_busy.remove(id);
        Q_EMIT busyChanged();
        if (generation != m_generation)
            return;
        if (reply->ok()) {
            clearNotice();
            onOk(reply);
        } else {
            setNotice(reply->error().message);
        }
    });
}

void TweetsSubscriptionsController::setMonitorPaused(const QString &id, bool paused)
{
    if (!m_client || m_busy.contains(id))
        return;
    track(id, m_client->setMonitorPaused(id, paused), [this](TweetsRestReply *r) { m_monitors->upsert(r->monitor); });
}

void TweetsSubscriptionsController::setRulePaused(const QString &id, bool paused)
{
    if (!m_client || m_busy.contains(id))
        return;
    track(id, m_client->setRulePaused(id, paused), [this](TweetsRestReply *r) { m_rules->upsert(r->rule); });
}

void TweetsSubscriptionsController::deleteMonitor(const QString &id)
{
    if (!m_client || m_busy.contains(id))
        return;
    track(id, m_client->deleteMonitor(id), [this, id](TweetsRestReply *) { m_monitors->remove(id); });
}

void TweetsSubscriptionsController::deleteRule(const QString &id)
{
    if (!m_client || m_busy.contains(id))
        return;
    track(id, m_client->deleteRule(id), [this, id](TweetsRestReply *) { m_rules->remove(id); });
}

void TweetsSubscriptionsController::monitorSaved(const StreamMonitor &monitor)
{
    m_monitors->upsert(monitor);
}

void TweetsSubscriptionsController::ruleSaved(const FilterRule &rule)
{
    m_rules->upsert(rule);
}

QList<PricingTier> TweetsSubscriptionsController::tiers() const
{
    return m_serverTiers.isEmpty() ? documentedRuleTiers() : m_serverTiers;
}

double TweetsSubscriptionsController::activeCreditsExcept(const QString &id) const
{
    double total = 0;
    for (const StreamMonitor &m : m_monitors->items())
        total += m.status == Status::Active && m.id != id ? estimatedCredits(m) : 0;
    const QList<PricingTier> t = tiers();
    for (const FilterRule &r : m_rules->items())
        total += r.status == Status::Active && r.id != id ? estimatedCredits(r, t) : 0;
    return total;
}

double TweetsSubscriptionsController::totalCreditsPerDay() const
{
    return activeCreditsExcept({});
}

QString TweetsSubscriptionsController::totalText() const
{
    int active = 0;
    for (const StreamMonitor &m : m_monitors->items())
        active += m.status == Status::Active ? 1 : 0;
    for (const FilterRule &r : m_rules->items())
        active += r.status == Status::Active ? 1 : 0;
    return tr("%n active: %1", nullptr, active).arg(TweetSubscriptionText::credits(totalCreditsPerDay()));
}

QVariantList TweetsSubscriptionsController::pricingTierList() const
{
    QVariantList list;
    const QLocale locale;
    for (const PricingTier &t : tiers())
        list.append(QVariantMap{
            {QStringLiteral("label"), t.label},
            {QStringLiteral("maxIntervalText"), tr("up to %1 s").arg(locale.toString(t.maxIntervalSeconds, 'g', 6))},
            {QStringLiteral("creditsText"), TweetSubscriptionText::credits(t.creditsPerRulePerDay)},
            {QStringLiteral("fromServer"), !m_serverTiers.isEmpty()},
        });
    return list;
}
