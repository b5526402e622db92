// The live workspaces as a subscription set's source and destination: what each profile
// subscribes to is read as the overview reads it (gatherLiveSubscriptions), plus what the
// set needs beyond it (the Allium filter, tweets monitor and rule definitions); additions go
// through each workspace's own way of adding (the single data path). No key is read here.
#include "subscriptionsoverview.h"
#include "subscriptionset.h"

#include "app/allium/alliumstreams.h"
#include "app/conyr/conyrsession.h"
#include "app/conyr/conyrworkspace.h"
#include "app/predikt/prediktsession.h"
#include "app/predikt/prediktworkspace.h"
#include "app/tweets/tweetssubscriptionscontroller.h"
#include "core/profilestore.h"
#include "providers/tweets/tweetsrestclient.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QPointer>
#include <QSaveFile>
#include <QUrl>
#include <algorithm>

using SubscriptionLedger::KeyState;
using SubscriptionLedger::Subscription;
using namespace SubscriptionSet;

namespace {

Subscription asSubscription(const Item &item)
{
    Subscription s;
    s.kind = item.kind;
    s.what = item.kind == QLatin1String("rule") ? QLatin1Char('#') + item.name : item.name;
    s.id = item.localId;
    return s;
}

class LiveSetTarget : public Target
{
public:
    explicit LiveSetTarget(SubscriptionsOverview *overview)
        : m_overview(overview)
    {
    }

    QList<ProfileSet> profiles() const override
    {
        const QList<KeyState> states = gatherLiveSubscriptions();
        TweetsSubscriptionsController *tweets = TweetsSubscriptionsController::instance();
        AlliumStreams *allium = AlliumStreams::instance();
        QList<ProfileSet> out;
        for (const Profile &p : ProfileStore::instance()->profiles()) {
            if (!isSetProvider(p.kind))
                continue;
            ProfileSet set;
            set.provider = p.kind;
            set.profileId = p.id;
            set.name = p.name;
            set.url = shareableUrl(p.url);
            set.tier = p.tier;
            const auto state = std::find_if(states.cbegin(), states.cend(), [&p](const KeyState &k) { return k.profileId == p.id; });
            if (p.kind == Provider::Kind::Tweets) {
                set.listed = tweets->profileId() == p.id && tweets->loaded();
                if (set.listed)
                    addTweets(set, tweets);
            } else if (state != states.cend()) {
                for (const Subscription &s : state->subscriptions) {
                    Item item;
                    item.kind = s.kind;
                    item.name = s.what;
                    item.optional = optional(p.id, s);
                    if (s.kind == QLatin1String("topic") && allium->profileId() == p.id)
                        item.filter = QJsonDocument::fromJson(allium->appliedFilter().toUtf8()).object();
                    set.items.append(item);
                }
            }
            out.append(set);
        }
        return out;
    }

    QString add(const Addition &addition) override
    {
        QStringList problems;
        QList<Item> channels, symbols, topics, monitors, rules;
        for (const Item &item : addition.items) {
            QList<Item> &list = item.kind == QLatin1String("channel") ? channels
                : item.kind == QLatin1String("symbol")                ? symbols
                : item.kind == QLatin1String("topic")                 ? topics
                : item.kind == QLatin1String("monitor")               ? monitors
                                                                      : rules;
            list.append(item);
        }
        auto names = [](const QList<Item> &items) {
            QStringList out;
            for (const Item &i : items)
                out << i.name;
            return out;
        };
        if (!channels.isEmpty()) {
            ConyrSession *session = nullptr;
            for (ConyrSession *s : ConyrWorkspace::instance()->sessions())
                session = s->profile().id == addition.profileId ? s : session;
            QString error;
            if (!session)
                problems << QCoreApplication::translate("SubscriptionSet", "%1 is not running: its channels were not added.").arg(addition.profileName);
            else if (!session->add(names(channels), &error))
                problems << QCoreApplication::translate("SubscriptionSet", "%1: %2").arg(addition.profileName, error);
        }
        if (!symbols.isEmpty()) {
            PrediktSession *session = PrediktWorkspace::instance()->session(addition.profileId);
            if (!session)
                problems << QCoreApplication::translate("SubscriptionSet", "%1 is not running: its symbols were not added.").arg(addition.profileName);
            else if (!session->addSymbols(names(symbols).join(QLatin1Char(' '))))
                problems << QCoreApplication::translate("SubscriptionSet", "%1: %2").arg(addition.profileName, session->notice());
        }
        if (!topics.isEmpty()) {
            AlliumStreams *allium = AlliumStreams::instance();
            if (allium->profileId() != addition.profileId)
                allium->setProfileId(addition.profileId);
            QString error = allium->selectTopic(topics.constFirst().name);
            if (error.isEmpty() && !topics.constFirst().filter.isEmpty())
                error = allium->applyFilter(QString::fromUtf8(QJsonDocument(topics.constFirst().filter).toJson()));
            if (!error.isEmpty())
                problems << QCoreApplication::translate("SubscriptionSet", "%1: %2").arg(addition.profileName, error);
        }
        if (!monitors.isEmpty() || !rules.isEmpty())
            addTweets(addition, monitors, rules, problems);
        // Marks first for what is there now; those created on the server are marked when done.
        for (const Item &item : addition.markOptional)
            m_overview->setOptional(SubscriptionLedger::priorityKey(addition.profileId, asSubscription(item)), true);
        for (const Item &item : addition.items) {
            if (item.optional && item.kind != QLatin1String("monitor") && item.kind != QLatin1String("rule"))
                m_overview->setOptional(SubscriptionLedger::priorityKey(addition.profileId, asSubscription(item)), true);
        }
        return problems.join(QLatin1Char(' '));
    }

private:
    bool optional(const QString &profileId, const Subscription &s) const
    {
        return m_overview->isOptional(SubscriptionLedger::priorityKey(profileId, s));
    }

    void addTweets(ProfileSet &set, TweetsSubscriptionsController *tweets) const
    {
        for (const TweetsRest::StreamMonitor &m : tweets->monitors()->items()) {
            Item item;
            item.kind = QStringLiteral("monitor");
            item.name = m.name;
            item.localId = m.id;
            item.usernames = m.usernames;
            item.filterTypes = m.filterTypes;
            item.optional = optional(set.profileId, asSubscription(item));
            set.items.append(item);
        }
        for (const TweetsRest::FilterRule &r : tweets->rules()->items()) {
            Item item;
            item.kind = QStringLiteral("rule");
            item.name = r.tag;
            item.localId = r.id;
            item.query = r.query;
            item.intervalSeconds = r.intervalSeconds;
            item.maxResultsPerPoll = r.maxResultsPerPoll;
            item.optional = optional(set.profileId, asSubscription(item));
            set.items.append(item);
        }
    }

    /// Creates the monitors and rules over REST; each answer is reported on the page as it comes.
    void addTweets(const Addition &addition, const QList<Item> &monitors, const QList<Item> &rules, QStringList &problems)
    {
        TweetsSubscriptionsController *tweets = TweetsSubscriptionsController::instance();
        TweetsRestClient *client = tweets->client();
        if (tweets->profileId() != addition.profileId || !client) {
            problems << QCoreApplication::translate("SubscriptionSet", "Open %1 on the Tweets page to add its monitors and rules.").arg(addition.profileName);
            return;
        }
        QPointer<SubscriptionsOverview> overview(m_overview);
        const QString profileId = addition.profileId;
        auto finish = [overview, profileId](TweetsRestReply *reply, const QString &kind, const QString &name, bool optional,
                                            const QString &id) {
            reply->deleteLater();
            if (!overview)
                return;
            if (!reply->ok()) {
                overview->noteSetStatus(QCoreApplication::translate("SubscriptionSet", "“%1” was not created: %2").arg(name, reply->error().message), true);
                return;
            }
            if (optional) {
                Subscription s;
                s.kind = kind;
                s.id = id;
                overview->setOptional(SubscriptionLedger::priorityKey(profileId, s), true);
            }
            overview->refresh();
        };
        for (const Item &m : monitors) {
            TweetsRest::MonitorDraft draft;
            draft.name = m.name;
            draft.usernames = m.usernames;
            draft.filterTypes = m.filterTypes;
            TweetsRestReply *reply = client->createMonitor(draft);
            QObject::connect(reply, &TweetsRestReply::finished, tweets, [reply, tweets, finish, m] {
                if (reply->ok())
                    tweets->monitorSaved(reply->monitor);
                finish(reply, QStringLiteral("monitor"), m.name, m.optional, reply->monitor.id);
            });
        }
        for (const Item &r : rules) {
            TweetsRest::RuleDraft draft;
            draft.tag = r.name;
            draft.query = r.query;
            draft.intervalSeconds = r.intervalSeconds;
            draft.maxResultsPerPoll = r.maxResultsPerPoll;
            TweetsRestReply *reply = client->createRule(draft);
            QObject::connect(reply, &TweetsRestReply::finished, tweets, [reply, tweets, finish, r] {
                if (reply->ok())
                    tweets->ruleSaved(reply->rule);
                finish(reply, QStringLiteral("rule"), r.name, r.optional, reply->rule.id);
            });
        }
    }

    SubscriptionsOverview *m_overview;
};

} // namespace

SubscriptionSet::Target *liveSubscriptionSetTarget(SubscriptionsOverview *overview)
{
    static LiveSetTarget target(overview);
    return &target;
}

// ---- the overview's export and import ---------------------------------------------------------------------

SubscriptionsOverview::~SubscriptionsOverview() = default;

QString SubscriptionsOverview::suggestedSetName() const
{
    return QStringLiteral("tidewatch-subscriptions-%1.json").arg(QDate::currentDate().toString(Qt::ISODate));
}

void SubscriptionsOverview::noteSetStatus(const QString &text, bool failed)
{
    if (text == m_setStatus && failed == m_setFailed)
        return;
    m_setStatus = text;
    m_setFailed = failed;
    Q_EMIT setStatusChanged();
}

QString SubscriptionsOverview::exportSet(const QUrl &file)
{
    if (!m_setTarget)
        return tr("Nothing to export from here.");
    const QList<SubscriptionSet::ProfileSet> profiles = m_setTarget->profiles();
    QSaveFile out(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!out.open(QIODevice::WriteOnly) || out.write(SubscriptionSet::toJson(profiles)) < 0 || !out.commit()) {
        const QString why = tr("Could not write %1: %2").arg(out.fileName(), out.errorString());
        noteSetStatus(why, true);
        return why;
    }
    int count = 0;
    for (const SubscriptionSet::ProfileSet &p : profiles)
        count += SubscriptionSet::isSetProvider(p.provider) ? int(p.items.size()) : 0;
    noteSetStatus(tr("Exported %n subscription(s) to %1 (no keys).", nullptr, count).arg(QFileInfo(out.fileName()).fileName()));
    return {};
}

SubscriptionImportCheck SubscriptionsOverview::checkImport(const QUrl &file)
{
    m_importPlan.reset();
    SubscriptionImportCheck out;
    QFile in(file.isLocalFile() ? file.toLocalFile() : file.toString());
    QList<SubscriptionSet::ProfileSet> incoming;
    if (!in.open(QIODevice::ReadOnly)) {
        out.error = tr("Could not read %1: %2").arg(in.fileName(), in.errorString());
    } else if (!SubscriptionSet::fromJson(in.readAll(), incoming, &out.error)) {
        // fromJson said why
    } else if (!m_setTarget) {
        out.error = tr("Nothing can be imported here.");
    } else {
        const SubscriptionSet::Plan plan = SubscriptionSet::plan(incoming, m_setTarget->profiles());
        out.ok = true;
        out.summary = plan.summary();
        out.count = plan.itemCount + plan.markCount;
        m_importPlan = std::make_unique<SubscriptionSet::Plan>(plan);
    }
    if (!out.ok)
        noteSetStatus(tr("Not imported: %1").arg(out.error), true);
    return out;
}

QString SubscriptionsOverview::applyImport()
{
    if (!m_importPlan || !m_setTarget)
        return tr("Choose a subscription set first.");
    const SubscriptionSet::Plan plan = *std::exchange(m_importPlan, nullptr);
    const QString done = SubscriptionSet::apply(plan, *m_setTarget);
    refresh();
    noteSetStatus(done);
    return done;
}
