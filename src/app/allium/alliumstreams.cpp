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
    return m_run->choices();
}

QString AlliumStreams::profileId() const
{
    return m_run->chosen();
}

void AlliumStreams::setProfileId(const QString &id)
{
    m_run->setChosen(id);
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
    connect(m_stream, &AlliumStreamClient::recordsArrived, this, [this](const QList<AlliumRecord> &records) {
        m_model->appendRecords(records);
        noteFields(records);
    });
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
    const Connection *c = m_run->connection(profileId());
    return c ? int(c->state()) : int(Connection::State::Idle);
}

QString AlliumStreams::problem() const
{
    return m_run->problem(profileId());
}

QString AlliumStreams::status() const
{
    if (profileId().isEmpty())
        return tr("No Allium streams profile. Add one on the Connections page.");
    const Connection *c = m_run->connection(profileId());
    if (!c)
        return tr("Loading the key…");
    QString text = ConnectionRegistry::stateName(int(c->state()));
    if (!c->reason().isEmpty())
        text = tr("%1 — %2").arg(text, c->reason());
    if (m_stream && !m_stream->lastNotice().isEmpty())
        text += tr(" · server says: %1").arg(m_stream->lastNotice().left(200));
    return text;
}

void AlliumStreams::startStream()
{
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
    m_started = false;
    if (m_stream)
        m_stream->stop();
    Q_EMIT startedChanged();
}

QString AlliumStreams::appliedFilter() const
{
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
    if (!m_stream)
        return {};
    // One plural per count ("1 gap", "2 re-orgs"), so each is its own %n text.
    return QStringList{tr("%1 received").arg(QLocale().toString(m_stream->recordsReceived())),
                       tr("%Ln gap(s)", nullptr, int(m_stream->gaps())),
                       tr("%Ln re-org(s)", nullptr, int(m_stream->reorgs())),
                       tr("%Ln bad frame(s)", nullptr, int(m_stream->badFrames()))}
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
