#include "tweetsrest.h"

#include "core/jsonnumbers.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <limits>

namespace TweetsRest {

namespace {

QString str(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 9e15 ? QString::number(qint64(d)) : QString::number(d);
    }
    return {};
}

// Reads a number into out; notes a problem (field present, not readable) without failing.
void number(const QJsonObject &o, const char *key, double &out, QStringList &problems)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return;
    double d = 0;
    if (readNumber(v, d))
        out = d;
    else
        problems.append(QLatin1String(key));
}

bool boolean(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString())
        return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || v.toString() == QLatin1String("1");
    return v.toDouble() != 0;
}

// A list of strings from an array, or from a comma/space separated string.
QStringList stringList(const QJsonValue &v, bool *ok)
{
    *ok = true;
    QStringList out;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray()) {
            const QString s = item.isObject() ? str(item.toObject().value(QLatin1String("username"))) : str(item);
            if (s.isEmpty())
                *ok = false;
            else
                out.append(s);
        }
    } else if (v.isString()) {
        for (const QString &part : v.toString().split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts))
            out.append(part);
    } else if (!v.isNull() && !v.isUndefined()) {
        *ok = false;
    }
    return out;
}

// pricing_tier may be a label, or an object {id, tier_label|label|name}.
QString tierLabel(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject t = v.toObject();
        for (const char *k : {"tier_label", "label", "name", "id"}) {
            const QString s = str(t.value(QLatin1String(k)));
            if (!s.isEmpty())
                return s;
        }
        return {};
    }
    return str(v);
}

void readStatus(const QJsonObject &o, Status &status, QString &text, QString &reason)
{
    text = str(o.value(QLatin1String("status")));
    status = statusFromWire(text);
    reason = str(o.value(QLatin1String("status_reason")));
    if (reason.isEmpty())
        reason = str(o.value(QLatin1String("reason")));
}

QString idOf(const QJsonObject &o)
{
    for (const char *k : {"id", "monitor_id", "rule_id", "_id", "uuid"}) {
        const QString s = str(o.value(QLatin1String(k)));
        if (!s.isEmpty())
            return s;
    }
    return {};
}

void noteUnknown(const QJsonObject &o, const QSet<QString> &known, QStringList &unknown)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.append(it.key());
    }
}

// The array of items in a list body, under the documented key or a common alternative.
bool listItems(const QByteArray &body, const char *key, QJsonArray &items, QJsonObject &envelope, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (problem)
            *problem = QCoreApplication::translate("TweetsRest", "The answer is not JSON (%1).").arg(error.errorString());
        return false;
    }
    if (doc.isArray()) {
        items = doc.array();
        return true;
    }
    envelope = doc.object();
    for (const char *k : {key, "data", "items", "results"}) {
        const QJsonValue v = envelope.value(QLatin1String(k));
        if (v.isArray()) {
            items = v.toArray();
            return true;
        }
        // {"data": {"monitors": [...], "total": …}}
        if (v.isObject() && v.toObject().value(QLatin1String(key)).isArray()) {
            envelope = v.toObject();
            items = envelope.value(QLatin1String(key)).toArray();
            return true;
        }
    }
    if (problem)
        *problem = QCoreApplication::translate("TweetsRest", "The answer has no list of %1.").arg(QLatin1String(key));
    return false;
}

// A count, page or order as an int (number or numeric text, fractions dropped); a value
// beyond int's range (1e300) is no count at all rather than an undefined conversion.
bool readInt(const QJsonValue &v, int &out)
{
    JsonNumbers::IntegerRange range;
    range.min = std::numeric_limits<int>::min();
    range.max = std::numeric_limits<int>::max();
    range.allowFraction = true;
    const std::optional<qint64> n = JsonNumbers::checkedInteger(v, nullptr, range);
    if (!n)
        return false;
    out = int(*n);
    return true;
}

int intOf(const QJsonObject &o, std::initializer_list<const char *> keys, int fallback)
{
    int n = 0;
    for (const char *k : keys) {
        if (readInt(o.value(QLatin1String(k)), n))
            return n;
    }
    // {"pagination": {...}} or {"meta": {...}}
    for (const char *wrap : {"pagination", "meta"}) {
        const QJsonObject inner = o.value(QLatin1String(wrap)).toObject();
        for (const char *k : keys) {
            if (readInt(inner.value(QLatin1String(k)), n))
                return n;
        }
    }
    return fallback;
}

} // namespace

bool readNumber(const QJsonValue &v, double &out)
{
    const std::optional<double> d = JsonNumbers::checkedDouble(v);
    if (d)
        out = *d;
    return d.has_value();
}

Status statusFromWire(const QString &text)
{
    const QString s = text.trimmed().toLower();
    if (s == QLatin1String("active") || s == QLatin1String("running"))
        return Status::Active;
    if (s == QLatin1String("paused"))
        return Status::Paused;
    if (s == QLatin1String("suspended"))
        return Status::Suspended;
    if (s == QLatin1String("error"))
        return Status::Error;
    if (s == QLatin1String("inactive"))
        return Status::Inactive;
    return Status::Unknown;
}

QString statusToWire(Status status)
{
    switch (status) {
    case Status::Active: return QStringLiteral("active");
    case Status::Paused: return QStringLiteral("paused");
    case Status::Suspended: return QStringLiteral("suspended");
    case Status::Error: return QStringLiteral("error");
    case Status::Inactive: return QStringLiteral("inactive");
    case Status::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QStringList documentedFilterTypes()
{
    return {QStringLiteral("original"), QStringLiteral("reply"), QStringLiteral("retweet"), QStringLiteral("quote")};
}

bool decodeMonitor(const QJsonObject &o, StreamMonitor &out)
{
    static const QSet<QString> known = {
        QStringLiteral("id"), QStringLiteral("monitor_id"), QStringLiteral("_id"), QStringLiteral("uuid"),
        QStringLiteral("name"), QStringLiteral("usernames"), QStringLiteral("status"), QStringLiteral("status_reason"),
        QStringLiteral("reason"), QStringLiteral("created_at"), QStringLiteral("updated_at"), QStringLiteral("webhook_url"),
        QStringLiteral("webhook_secret_set"), QStringLiteral("filter_types"), QStringLiteral("credits_per_account_per_day"),
        QStringLiteral("estimated_credits_per_day"), QStringLiteral("pricing_tier"),
        QStringLiteral("estimated_credits_per_hour"), QStringLiteral("poll_interval_seconds")};
    out = StreamMonitor();
    out.id = idOf(o);
    if (out.id.isEmpty())
        return false;
    out.name = str(o.value(QLatin1String("name")));
    bool ok = true;
    out.usernames = stringList(o.value(QLatin1String("usernames")), &ok);
    if (!ok)
        out.problems.append(QStringLiteral("usernames"));
    out.filterTypes = stringList(o.value(QLatin1String("filter_types")), &ok);
    if (!ok)
        out.problems.append(QStringLiteral("filter_types"));
    readStatus(o, out.status, out.statusText, out.statusReason);
    out.webhookUrl = str(o.value(QLatin1String("webhook_url")));
    out.webhookSecretSet = boolean(o.value(QLatin1String("webhook_secret_set")));
    number(o, "credits_per_account_per_day", out.creditsPerAccountPerDay, out.problems);
    number(o, "estimated_credits_per_day", out.estimatedCreditsPerDay, out.problems);
    // The SDK's variant states an hourly figure: a day is 24 of them.
    if (out.estimatedCreditsPerDay < 0) {
        double perHour = -1;
        number(o, "estimated_credits_per_hour", perHour, out.problems);
        if (perHour >= 0)
            out.estimatedCreditsPerDay = perHour * 24;
    }
    out.pricingTier = tierLabel(o.value(QLatin1String("pricing_tier")));
    out.createdAt = str(o.value(QLatin1String("created_at")));
    out.updatedAt = str(o.value(QLatin1String("updated_at")));
    noteUnknown(o, known, out.unknownFields);
    return true;
}

bool decodeRule(const QJsonObject &o, FilterRule &out)
{
    static const QSet<QString> known = {
        QStringLiteral("id"), QStringLiteral("rule_id"), QStringLiteral("_id"), QStringLiteral("uuid"),
        QStringLiteral("tag"), QStringLiteral("query"), QStringLiteral("interval_seconds"),
        QStringLiteral("max_results_per_poll"), QStringLiteral("status"), QStringLiteral("status_reason"),
        QStringLiteral("reason"), QStringLiteral("created_at"), QStringLiteral("updated_at"),
        QStringLiteral("webhook_url"), QStringLiteral("webhook_secret_set"),
        QStringLiteral("credits_per_rule_per_day"), QStringLiteral("pricing_tier")};
    out = FilterRule();
    out.id = idOf(o);
    if (out.id.isEmpty())
        return false;
    out.tag = str(o.value(QLatin1String("tag")));
    out.query = str(o.value(QLatin1String("query")));
    number(o, "interval_seconds", out.intervalSeconds, out.problems);
    double max = out.maxResultsPerPoll;
    number(o, "max_results_per_poll", max, out.problems);
    out.maxResultsPerPoll = int(max);
    readStatus(o, out.status, out.statusText, out.statusReason);
    out.webhookUrl = str(o.value(QLatin1String("webhook_url")));
    out.webhookSecretSet = boolean(o.value(QLatin1String("webhook_secret_set")));
    number(o, "credits_per_rule_per_day", out.creditsPerRulePerDay, out.problems);
    out.pricingTier = tierLabel(o.value(QLatin1String("pricing_tier")));
    out.createdAt = str(o.value(QLatin1String("created_at")));
    out.updatedAt = str(o.value(QLatin1String("updated_at")));
    noteUnknown(o, known, out.unknownFields);
    return true;
}

bool decodeMonitorList(const QByteArray &body, QList<StreamMonitor> &out, PageInfo &page, QString *problem)
{
    QJsonArray items;
    QJsonObject envelope;
    out.clear();
    page = PageInfo();
    if (!listItems(body, "monitors", items, envelope, problem))
        return false;
    for (const QJsonValue &v : std::as_const(items)) {
        StreamMonitor m;
        if (v.isObject() && decodeMonitor(v.toObject(), m))
            out.append(m);
        else
            ++page.skipped;
    }
    page.total = intOf(envelope, {"total", "total_count", "count"}, -1);
    page.page = intOf(envelope, {"page"}, 1);
    page.pageSize = intOf(envelope, {"page_size", "per_page", "limit"}, int(items.size()));
    return true;
}

bool decodeRuleList(const QByteArray &body, QList<FilterRule> &out, PageInfo &page, QString *problem)
{
    QJsonArray items;
    QJsonObject envelope;
    out.clear();
    page = PageInfo();
    if (!listItems(body, "rules", items, envelope, problem))
        return false;
    for (const QJsonValue &v : std::as_const(items)) {
        FilterRule r;
        if (v.isObject() && decodeRule(v.toObject(), r))
            out.append(r);
        else
            ++page.skipped;
    }
    page.total = intOf(envelope, {"total", "total_count", "count"}, -1);
    page.limit = intOf(envelope, {"limit", "page_size"}, int(items.size()));
    page.offset = intOf(envelope, {"offset"}, 0);
    return true;
}

bool decodeValidation(const QByteArray &body, RuleValidation &out, QString *problem)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(body, &error).object();
    out = RuleValidation();
    if (error.error != QJsonParseError::NoError || !o.contains(QLatin1String("valid"))) {
        if (problem)
            *problem = QCoreApplication::translate("TweetsRest", "The validation answer has no \"valid\" field.");
        return false;
    }
    out.valid = boolean(o.value(QLatin1String("valid")));
    const QJsonValue err = o.value(QLatin1String("error"));
    out.error = err.isObject() ? str(err.toObject().value(QLatin1String("message"))) : str(err);
    const QJsonValue samples = o.value(QLatin1String("sample_results"));
    int count = -1;
    if (samples.isArray()) {
        for (const QJsonValue &v : samples.toArray()) {
            const QJsonObject t = v.toObject();
            SampleTweet s;
            s.id = str(t.value(QLatin1String("id")));
            if (s.id.isEmpty())
                s.id = str(t.value(QLatin1String("tweet_id")));
            s.text = str(t.value(QLatin1String("text")));
            if (s.text.isEmpty())
                s.text = str(t.value(QLatin1String("tweet_text")));
            for (const char *k : {"username", "author_username", "author"}) {
                if (s.author.isEmpty())
                    s.author = str(t.value(QLatin1String(k)));
            }
            if (s.author.isEmpty())
                s.author = str(t.value(QLatin1String("user")).toObject().value(QLatin1String("username")));
            s.createdAt = str(t.value(QLatin1String("created_at")));
            if (!s.text.isEmpty() || !s.id.isEmpty())
                out.samples.append(s);
        }
        out.sampleCount = int(out.samples.size());
    } else if (readInt(samples, count)) {
        out.sampleCount = count;
    }
    int total = -1;
    if (readInt(o.value(QLatin1String("sample_count")), total))
        out.sampleCount = total;
    return true;
}

bool decodePricing(const QByteArray &body, QList<PricingTier> &out, QString *problem)
{
    QJsonArray items;
    QJsonObject envelope;
    out.clear();
    if (!listItems(body, "tiers", items, envelope, problem))
        return false;
    for (const QJsonValue &v : std::as_const(items)) {
        const QJsonObject o = v.toObject();
        PricingTier t;
        t.id = str(o.value(QLatin1String("id")));
        t.label = tierLabel(o);
        double d = 0;
        if (!readNumber(o.value(QLatin1String("max_interval_seconds")), d))
            continue;
        t.maxIntervalSeconds = d;
        if (!readNumber(o.value(QLatin1String("credits_per_rule_per_day")), d))
            continue;
        t.creditsPerRulePerDay = d;
        int order = 0;
        t.displayOrder = readInt(o.value(QLatin1String("display_order")), order) ? order : int(out.size());
        out.append(t);
    }
    if (out.isEmpty() && problem)
        *problem = QCoreApplication::translate("TweetsRest", "The pricing answer lists no tier we could read.");
    return !out.isEmpty();
}

QJsonObject encodeMonitor(const MonitorDraft &draft)
{
    QJsonArray names;
    for (QString u : draft.usernames) {
        u = u.trimmed();
        if (u.startsWith(QLatin1Char('@')))
            u.remove(0, 1);
        if (!u.isEmpty())
            names.append(u);
    }
    QJsonObject o{{QStringLiteral("name"), draft.name.trimmed()}, {QStringLiteral("usernames"), names}};
    o.insert(QStringLiteral("filter_types"),
             draft.filterTypes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(draft.filterTypes)));
    if (!draft.webhookUrl.trimmed().isEmpty())
        o.insert(QStringLiteral("webhook_url"), draft.webhookUrl.trimmed());
    if (!draft.webhookSecret.isEmpty())
        o.insert(QStringLiteral("webhook_secret"), draft.webhookSecret);
    return o;
}

QJsonObject encodeRule(const RuleDraft &draft)
{
    QJsonObject o{{QStringLiteral("tag"), draft.tag.trimmed()},
                  {QStringLiteral("query"), draft.query.trimmed()},
                  {QStringLiteral("interval_seconds"), draft.intervalSeconds},
                  {QStringLiteral("max_results_per_poll"), draft.maxResultsPerPoll}};
    if (!draft.webhookUrl.trimmed().isEmpty())
        o.insert(QStringLiteral("webhook_url"), draft.webhookUrl.trimmed());
    if (!draft.webhookSecret.isEmpty())
        o.insert(QStringLiteral("webhook_secret"), draft.webhookSecret);
    return o;
}

namespace {
QJsonValue nullable(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}
} // namespace

QJsonObject encode(const StreamMonitor &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("name"), m.name},
            {QStringLiteral("usernames"), QJsonArray::fromStringList(m.usernames)},
            {QStringLiteral("status"), m.statusText.isEmpty() ? statusToWire(m.status) : m.statusText},
            {QStringLiteral("status_reason"), nullable(m.statusReason)},
            {QStringLiteral("created_at"), m.createdAt},
            {QStringLiteral("updated_at"), m.updatedAt},
            {QStringLiteral("webhook_url"), nullable(m.webhookUrl)},
            {QStringLiteral("webhook_secret_set"), m.webhookSecretSet},
            {QStringLiteral("filter_types"),
             m.filterTypes.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonArray::fromStringList(m.filterTypes))},
            {QStringLiteral("credits_per_account_per_day"), m.creditsPerAccountPerDay},
            {QStringLiteral("estimated_credits_per_day"), m.estimatedCreditsPerDay},
            {QStringLiteral("pricing_tier"), m.pricingTier}};
}

QJsonObject encode(const FilterRule &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("tag"), r.tag},
            {QStringLiteral("query"), r.query},
            {QStringLiteral("interval_seconds"), r.intervalSeconds},
            {QStringLiteral("max_results_per_poll"), r.maxResultsPerPoll},
            {QStringLiteral("status"), r.statusText.isEmpty() ? statusToWire(r.status) : r.statusText},
            {QStringLiteral("status_reason"), nullable(r.statusReason)},
            {QStringLiteral("created_at"), r.createdAt},
            {QStringLiteral("updated_at"), r.updatedAt},
            {QStringLiteral("webhook_url"), nullable(r.webhookUrl)},
            {QStringLiteral("webhook_secret_set"), r.webhookSecretSet},
            {QStringLiteral("credits_per_rule_per_day"), r.creditsPerRulePerDay},
            {QStringLiteral("pricing_tier"), r.pricingTier}};
}

} // namespace TweetsRest
