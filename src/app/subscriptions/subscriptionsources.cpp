// Reads what runs where from the workspaces: each provider keeps its own subscriptions (the
// single data path); this only looks, once a second, and never changes them.
#include "subscriptionsoverview.h"

#include "app/allium/alliumstreams.h"
#include "app/conyr/conyrsession.h"
#include "app/conyr/conyrworkspace.h"
#include "app/predikt/prediktworkspace.h"
#include "app/tweets/tweetssubscriptionscontroller.h"
#include "app/tweets/tweetsworkspace.h"
#include "core/connection.h"
#include "core/connectionregistry.h"
#include "core/profilestore.h"
#include "providers/conyr/conyrclient.h"

using SubscriptionLedger::KeyState;
using SubscriptionLedger::Subscription;
using Source = SubscriptionLedger::Provider;

namespace {

KeyState keyOf(Source provider, const Profile &profile)
{
    KeyState k;
    k.provider = provider;
    k.profileId = profile.id;
    k.profileName = profile.name;
    k.tier = profile.tier;
    const QList<Connection *> connections = ConnectionRegistry::instance()->connectionsOfProfile(profile.id);
    k.connections = int(connections.size());
    for (const Connection *c : connections)
        k.openConnections += c->state() == Connection::State::Open ? 1 : 0;
    return k;
}

/// The busiest connection's rate and the newest message age (Allium: one topic per connection).
void connectionTraffic(const QString &profileId, Subscription &s)
{
    for (const Connection *c : ConnectionRegistry::instance()->connectionsOfProfile(profileId)) {
        const ConnectionStats stats = c->stats();
        s.rate = qMax(s.rate, stats.messagesPerSecond);
        if (stats.lastMessageAgeMs >= 0 && (s.lastMessageAgeMs < 0 || stats.lastMessageAgeMs < s.lastMessageAgeMs))
            s.lastMessageAgeMs = stats.lastMessageAgeMs;
    }
}

/// The status worth a word: nothing while active, else "paused", "suspended: insufficient_credits" ….
QString statusDetail(TweetsRest::Status status, const QString &text, const QString &reason)
{
    if (status == TweetsRest::Status::Active && reason.isEmpty())
        return QString();
    return reason.isEmpty() ? text : text + QStringLiteral(": ") + reason;
}

void addAllium(QList<KeyState> &out, ProfileStore *store)
{
    AlliumStreams *allium = AlliumStreams::instance();
    for (const Profile &p : store->profilesOfKind(Provider::Kind::AlliumStream)) {
        KeyState k = keyOf(Source::Allium, p);
        if (p.id == allium->profileId() && !allium->topic().isEmpty()) {
            Subscription s;
            s.what = allium->topic();
            s.kind = QStringLiteral("topic");
            s.active = allium->started();
            s.detail = allium->started() ? QString() : SubscriptionsOverview::tr("stopped");
            connectionTraffic(p.id, s);
            k.subscriptions.append(s);
        }
        out.append(k);
    }
}

void addConyr(QList<KeyState> &out)
{
    for (const ConyrSession *session : ConyrWorkspace::instance()->sessions()) {
        KeyState k = keyOf(Source::Conyr, session->profile());
        const ConyrClient *client = session->client();
        const SubscriptionModel *model = session->subscriptions();
        for (const QString &name : client ? client->channels() : QStringList()) {
            const ConyrClient::ChannelInfo *info = client->channel(name);
            Subscription s;
            s.what = name;
            s.label = ConyrWorkspace::instance()->channelTitle(name);
            s.kind = QStringLiteral("channel");
            // A muted channel is what Conyr allows as a pause: still subscribed, not shown.
            s.active = info && info->state == ConyrClient::ChannelState::Subscribed && !session->isMuted(name);
            if (session->isMuted(name))
                s.detail = SubscriptionsOverview::tr("muted");
            else if (info && !info->error.isEmpty())
                s.detail = info->error;
            const int row = model->rowOf(name);
            if (row >= 0) {
                const QModelIndex i = model->index(row);
                s.rate = model->data(i, SubscriptionModel::RateRole).toDouble();
                s.lastMessageAgeMs = model->data(i, SubscriptionModel::LastMessageAgeRole).toLongLong();
            }
            k.subscriptions.append(s);
        }
        out.append(k);
    }
}

void addPredikt(QList<KeyState> &out)
{
    for (const PrediktSession *session : PrediktWorkspace::instance()->sessions()) {
        KeyState k = keyOf(Source::Predikt, session->profile());
        const PriceBoardModel *board = session->board();
        // reference/predikt.md §2: one price_update every 5 s per symbol.
        const double rate = board->updateIntervalMs() > 0 ? 1000.0 / board->updateIntervalMs() : -1;
        for (const QString &symbol : session->symbols()) {
            Subscription s;
            s.what = symbol;
            s.kind = QStringLiteral("symbol");
            const int row = board->rowOf(symbol);
            if (row >= 0) {
                const QModelIndex i = board->index(row);
                s.active = board->data(i, PriceBoardModel::LiveRole).toBool();
                s.lastMessageAgeMs = board->data(i, PriceBoardModel::AgeMsRole).toLongLong();
                s.rate = s.active ? rate : 0;
                if (!s.active)
                    s.detail = SubscriptionsOverview::tr("waiting for the server");
            }
            k.subscriptions.append(s);
        }
        out.append(k);
    }
}

void addTweets(QList<KeyState> &out, ProfileStore *store)
{
    TweetsSubscriptionsController *controller = TweetsSubscriptionsController::instance();
    const TweetSourceStatsModel *sources = TweetsWorkspace::instance()->sources();
    auto rateOf = [sources](const QString &key) {
        const int row = sources->rowOf(key);
        return row < 0 ? 0.0 : sources->data(sources->index(row), TweetSourceStatsModel::PerMinuteRole).toDouble() / 60.0;
    };
    const QList<TweetsRest::PricingTier> tiers = controller->tiers();
    for (const Profile &p : store->profilesOfKind(Provider::Kind::Tweets)) {
        KeyState k = keyOf(Source::Tweets, p);
        k.listed = controller->profileId() == p.id && controller->loaded();
        if (k.listed) {
            for (const TweetsRest::StreamMonitor &m : controller->monitors()->items()) {
                Subscription s;
                s.what = m.name;
                s.id = m.id;
                s.kind = QStringLiteral("monitor");
                s.active = m.status == TweetsRest::Status::Active;
                s.detail = statusDetail(m.status, m.statusText, m.statusReason);
                s.units = int(m.usernames.size());
                s.creditsPerDay = TweetsRest::estimatedCredits(m);
                s.rate = rateOf(QStringLiteral("monitor:") + m.id);
                k.subscriptions.append(s);
            }
            for (const TweetsRest::FilterRule &r : controller->rules()->items()) {
                Subscription s;
                s.what = QLatin1Char('#') + r.tag;
                s.id = r.id;
                s.kind = QStringLiteral("rule");
                s.active = r.status == TweetsRest::Status::Active;
                s.detail = statusDetail(r.status, r.statusText, r.statusReason);
                s.creditsPerDay = TweetsRest::estimatedCredits(r, tiers);
                s.rate = rateOf(QStringLiteral("filter_rule:") + r.id);
                k.subscriptions.append(s);
            }
        }
        out.append(k);
    }
}

} // namespace

QList<KeyState> gatherLiveSubscriptions()
{
    ProfileStore *store = ProfileStore::instance();
    QList<KeyState> out;
    addAllium(out, store);
    addConyr(out);
    addPredikt(out);
    addTweets(out, store);
    return out;
}

bool pauseLiveSubscription(const SubscriptionLedger::Row &row)
{
    const Subscription &s = row.subscription;
    switch (row.provider) {
    case Source::Tweets: {
        TweetsSubscriptionsController *controller = TweetsSubscriptionsController::instance();
        if (controller->profileId() != row.profileId)
            return false;
        if (s.kind == QLatin1String("monitor"))
            controller->setMonitorPaused(s.id, true);
        else if (s.kind == QLatin1String("rule"))
            controller->setRulePaused(s.id, true);
        else
            return false;
        return true;
    }
    case Source::Conyr:
        // Conyr has no pause: a muted channel stays subscribed (and in the quota) but is not shown.
        for (ConyrSession *session : ConyrWorkspace::instance()->sessions()) {
            if (session->profile().id == row.profileId && !session->isMuted(s.what)) {
                session->setMuted(s.what, true);
                return true;
            }
        }
        return false;
    case Source::Allium: {
        AlliumStreams *allium = AlliumStreams::instance();
        if (allium->profileId() != row.profileId || !allium->started())
            return false;
        allium->stopStream();
        return true;
    }
    case Source::Predikt:
        break;
    }
    return false;
}
