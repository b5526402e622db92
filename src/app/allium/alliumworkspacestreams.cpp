// The Allium workspace: the Streams half (topic, filter, start/stop, table).

#include "alliumworkspace.h"

#include "alliumstreammodel.h"
#include "app/profilesessions.h"
#include "providers/allium/alliumobservations.h"
#include "core/connectionregistry.h"
#include "providers/allium/alliumstreamclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
const char *const DefaultTopic = "ethereum.blocks";
} // namespace

QStringList AlliumWorkspace::topics() const
{
    // The documented examples; any "<blockchain>.<data_type>" can be typed in.
    return {QStringLiteral("ethereum.blocks"), QStringLiteral("ethereum.transactions"), QStringLiteral("ethereum.logs"),
            QStringLiteral("base.blocks"), QStringLiteral("base.dex_trades"), QStringLiteral("solana.transactions"),
            QStringLiteral("hyperliquid.fills"), QStringLiteral("bitcoin.blocks")};
}

void AlliumWorkspace::setStreamProfileId(const QString &id)
{
    if (id == m_streamProfileId)
        return;
    m_streamProfileId = id;
    // A profile's first subscription is its default topic.
    if (const std::optional<Profile> p = m_streamRun->profile(id)) {
        const QString first = p->subscriptions.value(0, QString::fromLatin1(DefaultTopic));
        if (const std::optional<AlliumTopic> t = AlliumTopic::parse(first)) {
            if (t->name() != m_topic.name()) {
                m_topic = *t;
                m_filter.reset();
                m_streamModel->setTopic(m_topic);
                Q_EMIT topicChanged();
                Q_EMIT appliedFilterChanged();
            }
        }
    }
    Q_EMIT streamProfileChanged();
    m_streamRun->refresh();
}

ProfileSessions::Started AlliumWorkspace::startStreamClient(const Profile &profile, const QString &key)
{
    ConnectionConfig config = profile.connectionConfig(key);
    config.name = tr("%1 · %2").arg(profile.name, m_topic.name());
    m_stream = new AlliumStreamClient(new Connection(AlliumStreamClient::connectionConfig(config, m_topic)), m_topic, this);
    m_stream->connection()->setParent(m_stream); // the connection goes with the client
    connect(m_stream, &AlliumStreamClient::recordsArrived, this, [this](const QList<AlliumRecord> &records) {
        m_streamModel->appendRecords(records);
        noteFields(records);
    });
    connect(m_stream, &AlliumStreamClient::countsChanged, this, &AlliumWorkspace::streamCountsChanged);
    connect(m_stream, &AlliumStreamClient::noticeReceived, this, &AlliumWorkspace::streamStatusChanged);
    m_stream->setFilter(m_filter);
    if (m_started)
        m_stream->start();
    m_stream->open();
    return {m_stream->connection(), AlliumObservations::attach(m_stream)};
}

void AlliumWorkspace::stopStreamClient()
{
    if (!m_stream)
        return;
    m_stream->disconnect(this);
    m_stream->close();
    m_stream->deleteLater();
    m_stream = nullptr;
}

void AlliumWorkspace::noteFields(const QList<AlliumRecord> &records)
{
    if (records.isEmpty() || !m_fields.isEmpty())
        return;
    QStringList fields = records.last().object().keys();
    fields.sort();
    m_fields = fields;
    Q_EMIT fieldSuggestionsChanged();
}

QString AlliumWorkspace::selectTopic(const QString &text)
{
    const std::optional<AlliumTopic> t = AlliumTopic::parse(text);
    if (!t)
        return tr("A topic looks like <blockchain>.<data_type>, for example ethereum.blocks.");
    if (t->name() == m_topic.name())
        return {};
    m_topic = *t;
    m_filter.reset(); // fields differ per topic
    m_fields.clear();
    m_streamModel->setTopic(m_topic);
    Q_EMIT topicChanged();
    Q_EMIT appliedFilterChanged();
    Q_EMIT fieldSuggestionsChanged();
    m_streamRun->restart(m_streamProfileId); // the topic is part of the connection
    return {};
}

int AlliumWorkspace::streamState() const
{
    const Connection *c = m_streamRun->connection(m_streamProfileId);
    return c ? int(c->state()) : int(Connection::State::Idle);
}

QString AlliumWorkspace::streamProblem() const
{
    return m_streamRun->problem(m_streamProfileId);
}

QString AlliumWorkspace::streamStatus() const
{
    if (m_streamProfileId.isEmpty())
        return tr("No Allium streams profile. Add one on the Connections page.");
    const Connection *c = m_streamRun->connection(m_streamProfileId);
    if (!c)
        return tr("Loading the key…");
    QString text = ConnectionRegistry::stateName(int(c->state()));
    if (!c->reason().isEmpty())
        text = tr("%1 — %2").arg(text, c->reason());
    if (m_stream && !m_stream->lastNotice().isEmpty())
        text += tr(" · server says: %1").arg(m_stream->lastNotice().left(200));
    return text;
}

void AlliumWorkspace::startStream()
{
    m_started = true;
    if (m_stream) {
        if (m_stream->connection()->state() == Connection::State::Closed || m_stream->connection()->state() == Connection::State::Failed)
            m_stream->open();
        m_stream->start();
    }
    Q_EMIT startedChanged();
}

void AlliumWorkspace::stopStream()
{
    m_started = false;
    if (m_stream)
        m_stream->stop();
    Q_EMIT startedChanged();
}

QString AlliumWorkspace::appliedFilter() const
{
    return m_filter ? QString::fromUtf8(QJsonDocument(m_filter->toJson()).toJson(QJsonDocument::Indented)) : QString();
}

int AlliumWorkspace::rowCap() const
{
    return m_streamModel->cap();
}

void AlliumWorkspace::setRowCap(int cap)
{
    m_streamModel->setCap(cap);
}

QString AlliumWorkspace::streamCounters() const
{
    if (!m_stream)
        return {};
    return tr("%1 received · %2 gaps · %3 re-orgs · %4 bad frames")
        .arg(m_stream->recordsReceived()).arg(m_stream->gaps()).arg(m_stream->reorgs()).arg(m_stream->badFrames());
}

QVariantMap AlliumWorkspace::checkFilter(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return {{QStringLiteral("ok"), true}, {QStringLiteral("message"), tr("No filter: every record.")},
                {QStringLiteral("path"), QString()}, {QStringLiteral("pretty"), QString()}};
    const AlliumFilter::Parsed parsed = AlliumFilter::parseText(text.toUtf8());
    if (!parsed.filter)
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), parsed.message()},
                {QStringLiteral("path"), parsed.path}, {QStringLiteral("pretty"), QString()}};
    return {{QStringLiteral("ok"), true}, {QStringLiteral("message"), QString()}, {QStringLiteral("path"), QString()},
            {QStringLiteral("pretty"), QString::fromUtf8(QJsonDocument(parsed.filter->toJson()).toJson(QJsonDocument::Indented))}};
}

QVariantMap AlliumWorkspace::previewFilter(const QString &text, int n) const
{
    const QVariantMap check = checkFilter(text);
    if (!check.value(QStringLiteral("ok")).toBool())
        return check;
    const QList<QJsonObject> recent = m_streamModel->newest(std::max(1, n));
    int matched = int(recent.size());
    if (!text.trimmed().isEmpty()) {
        const AlliumFilter filter = *AlliumFilter::parseText(text.toUtf8()).filter;
        matched = int(std::count_if(recent.cbegin(), recent.cend(), [&filter](const QJsonObject &o) { return filter.matches(o); }));
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("matched"), matched}, {QStringLiteral("total"), int(recent.size())},
            {QStringLiteral("message"), tr("%1 of the last %2 records match").arg(matched).arg(recent.size())}};
}

QString AlliumWorkspace::applyFilter(const QString &text)
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

QVariantMap AlliumWorkspace::filterToRows(const QString &text) const
{
    QVariantMap out{{QStringLiteral("ok"), true}, {QStringLiteral("op"), QStringLiteral("AND")},
                    {QStringLiteral("rows"), QVariantList()}, {QStringLiteral("representable"), true}};
    if (text.trimmed().isEmpty())
        return out;
    const AlliumFilter::Parsed parsed = AlliumFilter::parseText(text.toUtf8());
    if (!parsed.filter) {
        out[QStringLiteral("ok")] = false;
        out[QStringLiteral("message")] = parsed.message();
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
        out[QStringLiteral("op")] = f.kind() == AlliumFilter::Kind::And ? QStringLiteral("AND") : QStringLiteral("OR");
        for (const AlliumFilter &c : f.children()) {
            if (c.kind() != AlliumFilter::Kind::Condition) {
                // Nested groups are edited as JSON; the builder shows what it can.
                out[QStringLiteral("representable")] = false;
                continue;
            }
            rows << rowOf(c);
        }
    }
    out[QStringLiteral("rows")] = rows;
    return out;
}

QVariantMap AlliumWorkspace::rowsToFilter(const QString &op, const QVariantList &rows) const
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
    QList<AlliumFilter> conditions;
    for (const QVariant &v : rows) {
        const QVariantMap row = v.toMap();
        const QString field = row.value(QStringLiteral("field")).toString().trimmed();
        const std::optional<AlliumFilter::Operator> o = AlliumFilter::operatorFromText(row.value(QStringLiteral("operator")).toString());
        const QString value = row.value(QStringLiteral("value")).toString();
        if (field.isEmpty() && value.trimmed().isEmpty())
            continue; // an untouched new row
        if (!o)
            return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), tr("Row %1: choose an operator.").arg(conditions.size() + 1)}};
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
        return {{QStringLiteral("ok"), true}, {QStringLiteral("text"), QString()}};
    const AlliumFilter f = conditions.size() == 1
        ? conditions.first()
        : AlliumFilter::group(op.toUpper() == QLatin1String("OR") ? AlliumFilter::Kind::Or : AlliumFilter::Kind::And, conditions);
    const QString problem = f.validate();
    if (!problem.isEmpty())
        return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), problem}};
    return {{QStringLiteral("ok"), true}, {QStringLiteral("text"), QString::fromUtf8(QJsonDocument(f.toJson()).toJson(QJsonDocument::Indented))}};
}

QString AlliumWorkspace::detailText(int row) const
{
    return m_streamModel->detailText(row);
}
