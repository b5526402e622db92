// The Streams page's controller: profile choice, topic, filter, start/stop and the table.

#include "alliumstreams.h"

#include "app/workspaces.h"
#include "core/connectionregistry.h"
#include "core/keystore.h"
#include "core/profilestore.h"
#include "providers/allium/alliumobservations.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QQmlEngine>
#include <algorithm>

namespace {
const char *const DefaultTopic = "ethereum.blocks";
} // namespace

void startAlliumStreams()
{
    AlliumStreams::instance()->start();
}

AlliumStreams *AlliumStreams::instance()
{
    static AlliumStreams *streams = new AlliumStreams(ProfileStore::instance(), KeyStore::instance(), qApp);
    return streams;
}

AlliumStreams *AlliumStreams::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

AlliumStreams::AlliumStreams(ProfileStore *profiles, KeyStore *keys, QObject *parent)
    : QObject(parent)
    , m_run(new ProfileSessions(Provider::Kind::AlliumStream, profiles, keys, this))
    , m_model(new AlliumStreamModel(this))
{
    m_topic = *AlliumTopic::parse(QString::fromLatin1(DefaultTopic));
    m_model->setTopic(m_topic);
    connect(m_model, &AlliumStreamModel::capChanged, this, &AlliumStreams::rowCapChanged);

    // The page connects the one profile chosen on it.
    m_run->setHandlers([this](const Profile &p, const QString &key) { return startClient(p, key); },
                       [this](const QString &) { stopClient(); });
    connect(m_run, &ProfileSessions::choicesChanged, this, &AlliumStreams::profilesChanged);
    connect(m_run, &ProfileSessions::chosenChanged, this, &AlliumStreams::onChosen);
    connect(m_run, &ProfileSessions::changed, this, &AlliumStreams::statusChanged);
    m_run->useChosenProfile();
}

AlliumStreams::~AlliumStreams() = default;

void AlliumStreams::start()
{
    m_run->start();
}

QVariantList AlliumStreams::profiles() const
{
    QVariantList out = m_run->choices();
    for (const Relayed &r : m_relayedChoices)
        out.append(QVariantMap{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name},
                               {QStringLiteral("demo"), false}, {QStringLiteral("relayed"), true}});
    return out;
}

QString AlliumStreams::profileId() const
{
    return m_relayedId.isEmpty() ? m_run->chosen() : m_relayedId;
}

void AlliumStreams::setProfileId(const QString &id)
{
    const auto relayed = std::find_if(m_relayedChoices.cbegin(), m_relayedChoices.cend(),
                                      [&id](const Relayed &r) { return r.id == id; });
    if (relayed != m_relayedChoices.cend()) {
        if (m_relayedId == id)
            return;
        m_relayedId = id;
        // The page shows one stream: the profile's client stops (its key stays unused).
        m_run->setChosen(QString());
        showRelayed(relayed->client);
        Q_EMIT profileChanged();
        Q_EMIT statusChanged();
        return;
    }
    if (!m_relayedId.isEmpty()) {
        m_relayedId.clear();
        showRelayed(nullptr);
        if (m_run->chosen() == id)
            Q_EMIT profileChanged();
    }
    m_run->setChosen(id);
}

void AlliumStreams::attachExternalClient(const QString &id, const QString &name, AlliumStreamClient *client)
{
    auto it = std::find_if(m_relayedChoices.begin(), m_relayedChoices.end(), [&id](const Relayed &r) { return r.id == id; });
    if (it == m_relayedChoices.end()) {
        m_relayedChoices.append({id, name, client});
        Q_EMIT profilesChanged();
    } else {
        it->client = client;
        if (it->name != name) {
            it->name = name;
            Q_EMIT profilesChanged();
        }
    }
    connect(client, &QObject::destroyed, this, [this, id] {
        if (m_relayedId == id)
            Q_EMIT statusChanged(); // waiting for the relay to come back
    });
    if (m_relayedId == id)
        showRelayed(client);
}

void AlliumStreams::detachExternalClients(const QString &idPrefix)
{
    const qsizetype before = m_relayedChoices.size();
    m_relayedChoices.removeIf([&idPrefix](const Relayed &r) { return r.id.startsWith(idPrefix); });
    if (m_relayedChoices.size() == before)
        return;
    Q_EMIT profilesChanged();
    if (!m_relayedId.isEmpty() && m_relayedId.startsWith(idPrefix)) {
        m_relayedId.clear();
        showRelayed(nullptr);
        const QVariantList choices = m_run->choices();
        const QString first = choices.isEmpty() ? QString() : choices.first().toMap().value(QStringLiteral("id")).toString();
        if (first.isEmpty() || first == m_run->chosen())
            Q_EMIT profileChanged();
        m_run->setChosen(first);
        Q_EMIT statusChanged();
    }
}

void AlliumStreams::showRelayed(AlliumStreamClient *client)
{
    if (m_relayed) {
        m_relayed->disconnect(this);
        if (Connection *c = m_relayed->connection())
            c->disconnect(this);
    }
    m_relayed = client;
    if (client) {
        m_topic = client->topic();
        connect(client, &AlliumStreamClient::recordsArrived, this, &AlliumStreams::onRecords);
        connect(client, &AlliumStreamClient::countsChanged, this, &AlliumStreams::countsChanged);
        connect(client, &AlliumStreamClient::noticeReceived, this, &AlliumStreams::statusChanged);
        connect(client, &AlliumStreamClient::startedChanged, this, &AlliumStreams::startedChanged);
        connect(client->connection(), &Connection::stateChanged, this, &AlliumStreams::statusChanged);
    }
    // The table starts over for another stream (also back to the profile's: onChosen()
    // sets that one's topic).
    m_fields.clear();
    m_model->setTopic(m_topic);
    Q_EMIT topicChanged();
    Q_EMIT appliedFilterChanged();
    Q_EMIT fieldSuggestionsChanged();
    Q_EMIT startedChanged();
    Q_EMIT countsChanged();
    Q_EMIT statusChanged();
}

void AlliumStreams::onRecords(const QList<AlliumRecord> &records)
{
    m_model->appendRecords(records);
    noteFields(records);
}

QStringList AlliumStreams::topics() const
{
    // The documented examples; any "<blockchain>.<data_type>" can be typed in.
    return {QStringLiteral("ethereum.blocks"), QStringLiteral("ethereum.transactions"), QStringLiteral("ethereum.logs"),
            QStringLiteral("base.blocks"), QStringLiteral("base.dex_trades"), QStringLiteral("solana.transactions"),
            QStringLiteral("hyperliquid.fills"), QStringLiteral("bitcoin.blocks")};
}

void AlliumStreams::onChosen()
{
    if (!m_run->chosen().isEmpty() && !m_relayedId.isEmpty()) {
        // The store chose a profile (one was added): the page shows that one.
        m_relayedId.clear();
        showRelayed(nullptr);
    }
    // A profile's first subscription is its default topic (set before its client starts).
    if (const std::optional<Profile> p = m_run->profile(m_run->chosen())) {
        const QString first = p->subscriptions.value(0, QString::fromLatin1(DefaultTopic));
        if (const std::optional<AlliumTopic> t = AlliumTopic::parse(first)) {
            if (t->name() != m_topic.name()) {
                m_topic = *t;
                m_filter.reset();
                m_model->setTopic(m_topic);
                Q_EMIT topicChanged();
                Q_EMIT appliedFilterChanged();
            }
        }
    }
    Q_EMIT profileChanged();
    Q_EMIT statusChanged(); // also when no connection starts or stops (none left, not started yet)
}

ProfileSessions::Started AlliumStreams::startClient(const Profile &profile, const QString &key)
{
    ConnectionConfig config = profile.connectionConfig(key);
    config.name = tr("%1 · %2").arg(profile.name, m_topic.name());
    m_stream = new AlliumStreamClient(new Connection(AlliumStreamClient::connectionConfig(config, m_topic)), m_topic, this);
    m_stream->connection()->setParent(m_stream); // the connection goes with the client
    connect(m_stream, &AlliumStreamClient::recordsArrived, this, &AlliumStreams::onRecords);
    connect(m_stream, &AlliumStreamClient::countsChanged, this, &AlliumStreams::countsChanged);
    connect(m_stream, &AlliumStreamClient::noticeReceived, this, &AlliumStreams::statusChanged);
    m_stream->setFilter(m_filter);
    if (m_started)
        m_stream->start();
    m_stream->open();
    return {m_stream->connection(), AlliumObservations::attach(m_stream)};
}

void AlliumStreams::stopClient()
{
    if (!m_stream)
        return;
    m_stream->disconnect(this);
    m_stream->close();
    m_stream->deleteLater();
    m_stream = nullptr;
}

void AlliumStreams::noteFields(const QList<AlliumRecord> &records)
{
    if (records.isEmpty() || !m_fields.isEmpty())
        return;
    QStringList fields = records.last().object().keys();
    fields.sort();
    m_fields = fields;
    Q_EMIT fieldSuggestionsChanged();
}

QString AlliumStreams::selectTopic(const QString &text)
{
    const std::optional<AlliumTopic> t = AlliumTopic::parse(text);
    if (!t)
        return tr("A topic looks like <blockchain>.<data_type>, for example ethereum.blocks.");
    if (!m_relayedId.isEmpty())
        return tr("The topic of a relayed stream is chosen on the relay host (tidewatch-cli relay --topic).");
    if (t->name() == m_topic.name())
        return {};
    m_topic = *t;
    m_filter.reset(); // fields differ per topic
    m_fields.clear();
    m_model->setTopic(m_topic);
    Q_EMIT topicChanged();
    Q_EMIT appliedFilterChanged();
    Q_EMIT fieldSuggestionsChanged();
    m_run->restart(profileId()); // the topic is part of the connection
    return {};
}

int AlliumStreams::state() const
{
    const Connection *c = shownConnection();
    return c ? int(c->state()) : int(Connection::State::Idle);
}

const Connection *AlliumStreams::shownConnection() const
{
    if (!m_relayedId.isEmpty())
        return m_relayed ? m_relayed->connection() : nullptr;
    return m_run->connection(profileId());
}

QString AlliumStreams::problem() const
{
    if (!m_relayedId.isEmpty()) {
        const Connection *c = shownConnection();
        return c && c->state() == Connection::State::Failed ? c->reason() : QString();
    }
    return m_run->problem(profileId());
}

QString AlliumStreams::status() const
{
    if (profileId().isEmpty())
        return tr("No Allium streams profile. Add one on the Connections page.");
    const Connection *c = shownConnection();
    if (!c)
        return m_relayedId.isEmpty() ? tr("Loading the key…") : tr("Waiting for the relay…");
    QString text = ConnectionRegistry::stateName(int(c->state()));
    if (!c->reason().isEmpty())
        text = tr("%1 — %2").arg(text, c->reason());
    const AlliumStreamClient *shown = client();
    if (shown && !shown->lastNotice().isEmpty())
        text += tr(" · server says: %1").arg(shown->lastNotice().left(200));
    return text;
}

void AlliumStreams::startStream()
{
    if (!m_relayedId.isEmpty()) {
        // The page's view of a relayed stream: the relay keeps streaming.
        if (m_relayed)
            m_relayed->start();
        return;
    }
    m_started = true;
    if (m_stream) {
        if (m_stream->connection()->state() == Connection::State::Closed || m_stream->connection()->state() == Connection::State::Failed)
            m_stream->open();
        m_stream->start();
    }
    Q_EMIT startedChanged();
}

void AlliumStreams::stopStream()
{
    if (!m_relayedId.isEmpty()) {
        if (m_relayed)
            m_relayed->stop();
        return;
    }
    m_started = false;
    if (m_stream)
        m_stream->stop();
    Q_EMIT startedChanged();
}

QString AlliumStreams::appliedFilter() const
{
    if (!m_relayedId.isEmpty())
        return {}; // the relay's, which the desktop does not see
    return m_filter ? QString::fromUtf8(QJsonDocument(m_filter->toJson()).toJson(QJsonDocument::Indented)) : QString();
}

int AlliumStreams::rowCap() const
{
    return m_model->cap();
}

void AlliumStreams::setRowCap(int cap)
{
    m_model->setCap(cap);
}

QString AlliumStreams::counters() const
{
    const AlliumStreamClient *shown = client();
    if (!shown)
        return {};
    // One plural per count ("1 gap", "2 re-orgs"), so each is its own %n text.
    return QStringList{tr("%1 received").arg(QLocale().toString(shown->recordsReceived())),
                       tr("%Ln gap(s)", nullptr, int(shown->gaps())),
                       tr("%Ln re-org(s)", nullptr, int(shown->reorgs())),
                       tr("%Ln bad frame(s)", nullptr, int(shown->badFrames()))}
        .join(QStringLiteral(" · "));
}

AlliumFilterCheck AlliumStreams::checkFilter(const QString &text) const
{
    AlliumFilterCheck out;
    if (text.trimmed().isEmpty()) {
        out.message = tr("No filter: every record.");
        return out;
    }
    const AlliumFilter::Parsed parsed = AlliumFilter::parseText(text.toUtf8());
    if (!parsed.filter) {
        out.ok = false;
        out.message = parsed.message();
        out.path = parsed.path;
        return out;
    }
    out.text = QString::fromUtf8(QJsonDocument(parsed.filter->toJson()).toJson(QJsonDocument::Indented));
    return out;
}

AlliumFilterCheck AlliumStreams::previewFilter(const QString &text, int n) const
{
    AlliumFilterCheck out = checkFilter(text);
    if (!out.ok)
        return out;
    const QList<QJsonObject> recent = m_model->newest(std::max(1, n));
    int matched = int(recent.size());
    if (!text.trimmed().isEmpty()) {
        const AlliumFilter filter = *AlliumFilter::parseText(text.toUtf8()).filter;
        matched = int(std::count_if(recent.cbegin(), recent.cend(), [&filter](const QJsonObject &o) { return filter.matches(o); }));
    }
    out.matched = matched;
    out.total = int(recent.size());
    out.message = tr("%1 of the last %n record(s) match", nullptr, int(recent.size())).arg(matched);
    return out;
}

QString AlliumStreams::applyFilter(const QString &text)
{
    if (!m_relayedId.isEmpty())
        return tr("A relayed stream is filtered on the relay host (tidewatch-cli relay --filter).");
    std::optional<AlliumFilter> filter;
    if (!text.trimmed().isEmpty()) {
        const AlliumFilter::Parsed parsed = AlliumFilter::parseText(text.toUtf8());
        if (!parsed.filter)
            return parsed.message();
        filter = parsed.filter;
    }
    m_filter = filter;
    if (m_stream)
        m_stream->setFilter(m_filter);
    Q_EMIT appliedFilterChanged();
    return {};
}

AlliumFilterRows AlliumStreams::filterToRows(const QString &text) const
{
    AlliumFilterRows out;
    if (text.trimmed().isEmpty())
        return out;
    const AlliumFilter::Parsed parsed = AlliumFilter::parseText(text.toUtf8());
    if (!parsed.filter) {
        out.ok = false;
        out.message = parsed.message();
        return out;
    }
    auto rowOf = [](const AlliumFilter &c) {
        QString value;
        const QJsonValue v = c.value();
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &e : v.toArray())
                parts << (e.isString() ? e.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{e}).toJson(QJsonDocument::Compact)).mid(1).chopped(1));
            value = parts.join(QStringLiteral(", "));
        } else if (v.isString()) {
            value = v.toString();
        } else {
            value = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
        }
        return QVariantMap{{QStringLiteral("field"), c.field()}, {QStringLiteral("operator"), AlliumFilter::operatorText(c.op())},
                           {QStringLiteral("value"), value}};
    };
    QVariantList rows;
    const AlliumFilter &f = *parsed.filter;
    if (f.kind() == AlliumFilter::Kind::Condition) {
        rows << rowOf(f);
    } else {
        out.op = f.kind() == AlliumFilter::Kind::And ? QStringLiteral("AND") : QStringLiteral("OR");
        for (const AlliumFilter &c : f.children()) {
            if (c.kind() != AlliumFilter::Kind::Condition) {
                // Nested groups are edited as JSON; the builder shows what it can.
                out.representable = false;
                continue;
            }
            rows << rowOf(c);
        }
    }
    out.rows = rows;
    return out;
}

AlliumFilterCheck AlliumStreams::rowsToFilter(const QString &op, const QVariantList &rows) const
{
    // The builder's text fields become typed values: true/false → bool, short plain
    // numbers → number, anything else (wei, hashes) → string; "in" splits on commas.
    auto typed = [](const QString &text) -> QJsonValue {
        const QString t = text.trimmed();
        if (t == QLatin1String("true") || t == QLatin1String("false"))
            return t == QLatin1String("true");
        bool ok = false;
        const double d = t.toDouble(&ok);
        if (ok && t.size() <= 15 && !t.startsWith(QLatin1String("0x")) && !t.contains(QLatin1Char('e'), Qt::CaseInsensitive))
            return d;
        return t;
    };
    auto failed = [](const QString &message) {
        AlliumFilterCheck out;
        out.ok = false;
        out.message = message;
        return out;
    };
    QList<AlliumFilter> conditions;
    for (const QVariant &v : rows) {
        const QVariantMap row = v.toMap();
        const QString field = row.value(QStringLiteral("field")).toString().trimmed();
        const std::optional<AlliumFilter::Operator> o = AlliumFilter::operatorFromText(row.value(QStringLiteral("operator")).toString());
        const QString value = row.value(QStringLiteral("value")).toString();
        if (field.isEmpty() && value.trimmed().isEmpty())
            continue; // an untouched new row
        if (!o)
            return failed(tr("Row %1: choose an operator.").arg(conditions.size() + 1));
        QJsonValue jv;
        if (*o == AlliumFilter::Operator::In) {
            QJsonArray a;
            for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                a.append(typed(part));
            jv = a;
        } else if (*o == AlliumFilter::Operator::Exists) {
            jv = value.trimmed() != QLatin1String("false");
        } else {
            jv = typed(value);
        }
        conditions << AlliumFilter::condition(field, *o, jv);
    }
    if (conditions.isEmpty())
        return AlliumFilterCheck(); // no rows: no filter
    const AlliumFilter f = conditions.size() == 1
        ? conditions.first()
        : AlliumFilter::group(op.toUpper() == QLatin1String("OR") ? AlliumFilter::Kind::Or : AlliumFilter::Kind::And, conditions);
    const QString problem = f.validate();
    if (!problem.isEmpty())
        return failed(problem);
    AlliumFilterCheck out;
    out.text = QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Indented));
    return out;
}

QString AlliumStreams::detailText(int row) const
{
    return m_model->detailText(row);
}
