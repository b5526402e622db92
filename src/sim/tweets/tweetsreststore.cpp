#include "tweetsreststore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace TweetsRest;

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

void fieldError(QJsonArray &errors, const QString &field, const QString &message, const char *type = "value_error")
{
    errors.append(QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), field}},
                              {QStringLiteral("msg"), message},
                              {QStringLiteral("type"), QLatin1String(type)}});
}

TweetsRestStore::Result unprocessable(const QJsonArray &errors)
{
    return {422, QJsonObject{{QStringLiteral("detail"), errors}}};
}

TweetsRestStore::Result notFound(const char *what)
{
    return {404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("%1 not found").arg(QLatin1String(what))}}};
}

bool isHttpsUrl(const QString &s)
{
    const QUrl url(s, QUrl::StrictMode);
    return url.isValid() && url.scheme() == QLatin1String("https") && !url.host().isEmpty();
}

// The strict string check of a field: present and a string of 1…max characters.
bool checkText(const QJsonObject &o, const char *key, int max, bool required, QString &out, QJsonArray &errors)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined()) {
        if (required)
            fieldError(errors, QLatin1String(key), QStringLiteral("Field required"), "missing");
        return !required;
    }
    if (!v.isString()) {
        fieldError(errors, QLatin1String(key), QStringLiteral("Input should be a valid string"), "string_type");
        return false;
    }
    const QString s = v.toString().trimmed();
    if (s.isEmpty() || s.size() > max) {
        fieldError(errors, QLatin1String(key), QStringLiteral("String should have 1 to %1 characters").arg(max), "string_length");
        return false;
    }
    out = s;
    return true;
}

} // namespace

TweetsRestStore::TweetsRestStore(QObject *parent)
    : QObject(parent)
{
}

void TweetsRestStore::add(const StreamMonitor &monitor)
{
    StreamMonitor m = monitor;
    if (m.createdAt.isEmpty())
        m.createdAt = m.updatedAt = nowText();
    if (m.statusText.isEmpty())
        m.statusText = statusToWire(m.status);
    price(m);
    m_monitors.append(m);
    Q_EMIT changed();
}

void TweetsRestStore::add(const FilterRule &rule)
{
    FilterRule r = rule;
    if (r.createdAt.isEmpty())
        r.createdAt = r.updatedAt = nowText();
    if (r.statusText.isEmpty())
        r.statusText = statusToWire(r.status);
    price(r);
    m_rules.append(r);
    Q_EMIT changed();
}

const StreamMonitor *TweetsRestStore::monitor(const QString &id) const
{
    for (const StreamMonitor &m : m_monitors) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const FilterRule *TweetsRestStore::rule(const QString &id) const
{
    for (const FilterRule &r : m_rules) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

void TweetsRestStore::price(StreamMonitor &m) const
{
    const int n = int(m.usernames.size());
    m.creditsPerAccountPerDay = monitorCreditsPerAccount(n);
    m.estimatedCreditsPerDay = monitorCreditsPerDay(n);
    m.pricingTier = n <= 10 ? QStringLiteral("1-10") : n <= 50 ? QStringLiteral("11-50") : n <= 100 ? QStringLiteral("51-100")
                                                                                                    : QStringLiteral("101+");
}

void TweetsRestStore::price(FilterRule &r) const
{
    const PricingTier tier = ruleTierFor(r.intervalSeconds);
    r.creditsPerRulePerDay = tier.creditsPerRulePerDay;
    r.pricingTier = tier.label;
}

QJsonObject TweetsRestStore::wire(const StreamMonitor &m) const
{
    QJsonObject o = encode(m);
    if (m_variants) {
        // What a looser server might send: usernames joined, numbers as strings, status in
        // capitals, the tier as an object, and a field this client does not know.
        o[QStringLiteral("usernames")] = m.usernames.join(QStringLiteral(","));
        o[QStringLiteral("estimated_credits_per_day")] = QString::number(m.estimatedCreditsPerDay);
        o[QStringLiteral("credits_per_account_per_day")] = QString::number(m.creditsPerAccountPerDay);
        o[QStringLiteral("status")] = m.statusText.toUpper();
        o[QStringLiteral("pricing_tier")] = QJsonObject{{QStringLiteral("id"), m.pricingTier}, {QStringLiteral("tier_label"), m.pricingTier}};
        o[QStringLiteral("region")] = QStringLiteral("eu-west");
    }
    return o;
}

QJsonObject TweetsRestStore::wire(const FilterRule &r) const
{
    QJsonObject o = encode(r);
    if (m_variants) {
        o[QStringLiteral("interval_seconds")] = QString::number(r.intervalSeconds);
        o[QStringLiteral("max_results_per_poll")] = QString::number(r.maxResultsPerPoll);
        o[QStringLiteral("credits_per_rule_per_day")] = QString::number(r.creditsPerRulePerDay);
        o[QStringLiteral("status")] = r.statusText.toUpper();
        o[QStringLiteral("pricing_tier")] = QJsonObject{{QStringLiteral("id"), r.pricingTier.toLower()}, {QStringLiteral("tier_label"), r.pricingTier}};
        o[QStringLiteral("region")] = QStringLiteral("eu-west");
    }
    return o;
}

// ---- lists ----------------------------------------------------------------------------------

TweetsRestStore::Result TweetsRestStore::listMonitors(int page, int pageSize, const QString &status) const
{
    QJsonArray errors;
    if (page < 1)
        fieldError(errors, QStringLiteral("page"), QStringLiteral("Input should be greater than or equal to 1"));
    if (pageSize < 1 || pageSize > MaxPageSize)
        fieldError(errors, QStringLiteral("page_size"), QStringLiteral("Input should be between 1 and 100"));
    if (!errors.isEmpty())
        return unprocessable(errors);
    QList<const StreamMonitor *> matching;
    for (const StreamMonitor &m : m_monitors) {
        if (status.isEmpty() || m.statusText == status)
            matching.append(&m);
    }
    QJsonArray items;
    for (qsizetype i = qsizetype(page - 1) * pageSize; i < matching.size() && items.size() < pageSize; ++i)
        items.append(wire(*matching.at(i)));
    if (m_variants)
        return {200, QJsonObject{{QStringLiteral("data"), items},
                                 {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("total"), QString::number(matching.size())},
                                                                            {QStringLiteral("page"), page},
                                                                            {QStringLiteral("page_size"), pageSize}}}}};
    return {200, QJsonObject{{QStringLiteral("monitors"), items}, {QStringLiteral("total"), int(matching.size())},
                             {QStringLiteral("page"), page}, {QStringLiteral("page_size"), pageSize}}};
}

TweetsRestStore::Result TweetsRestStore::listRules(int limit, int offset, const QString &status) const
{
    QJsonArray errors;
    if (limit < 1 || limit > MaxPageSize)
        fieldError(errors, QStringLiteral("limit"), QStringLiteral("Input should be between 1 and 100"));
    if (offset < 0)
        fieldError(errors, QStringLiteral("offset"), QStringLiteral("Input should be greater than or equal to 0"));
    if (!errors.isEmpty())
        return unprocessable(errors);
    QList<const FilterRule *> matching;
    for (const FilterRule &r : m_rules) {
        if (status.isEmpty() || r.statusText == status)
            matching.append(&r);
    }
    QJsonArray items;
    for (qsizetype i = offset; i < matching.size() && items.size() < limit; ++i)
        items.append(wire(*matching.at(i)));
    if (m_variants)
        return {200, QJsonObject{{QStringLiteral("data"), items}, {QStringLiteral("total"), QString::number(matching.size())},
                                 {QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}}};
    return {200, QJsonObject{{QStringLiteral("rules"), items}, {QStringLiteral("total"), int(matching.size())},
                             {QStringLiteral("limit"), limit}, {QStringLiteral("offset"), offset}}};
}

TweetsRestStore::Result TweetsRestStore::getMonitor(const QString &id) const
{
    const StreamMonitor *m = monitor(id);
    return m ? Result{200, wire(*m)} : notFound("Monitor");
}

TweetsRestStore::Result TweetsRestStore::getRule(const QString &id) const
{
    const FilterRule *r = rule(id);
    return r ? Result{200, wire(*r)} : notFound("Filter rule");
}

// ---- monitors -------------------------------------------------------------------------------

bool TweetsRestStore::applyMonitor(StreamMonitor &m, const QJsonObject &o, bool creating, QJsonArray &errors) const
{
    checkText(o, "name", MaxNameLength, creating, m.name, errors);
    const QJsonValue names = o.value(QLatin1String("usernames"));
    if (creating || !names.isUndefined()) {
        if (!names.isArray() || names.toArray().isEmpty() || names.toArray().size() > MaxUsernames) {
            fieldError(errors, QStringLiteral("usernames"), QStringLiteral("List should have 1 to 100 usernames"), "too_short");
        } else {
            static const QRegularExpression handle(QStringLiteral("^[A-Za-z0-9_]{1,15}$"));
            QStringList list;
            for (const QJsonValue &v : names.toArray()) {
                const QString u = v.toString().trimmed();
                if (u.startsWith(QLatin1Char('@')))
                    fieldError(errors, QStringLiteral("usernames"), QStringLiteral("Usernames are given without @: %1").arg(u));
                else if (!handle.match(u).hasMatch())
                    fieldError(errors, QStringLiteral("usernames"), QStringLiteral("Not a valid username: %1").arg(u));
                else if (!list.contains(u.toLower()))
                    list.append(u.toLower());
            }
            m.usernames = list;
        }
    }
    const QJsonValue types = o.value(QLatin1String("filter_types"));
    if (types.isNull()) {
        m.filterTypes.clear();
    } else if (!types.isUndefined()) {
        QStringList list;
        for (const QJsonValue &v : types.toArray()) {
            if (!documentedFilterTypes().contains(v.toString()))
                fieldError(errors, QStringLiteral("filter_types"),
                           QStringLiteral("Input should be 'original', 'reply', 'retweet' or 'quote'"), "enum");
            else
                list.append(v.toString());
        }
        if (!types.isArray())
            fieldError(errors, QStringLiteral("filter_types"), QStringLiteral("Input should be a valid list"), "list_type");
        m.filterTypes = list;
    }
    const QJsonValue hook = o.value(QLatin1String("webhook_url"));
    if (hook.isNull() || (hook.isString() && hook.toString().isEmpty()))
        m.webhookUrl.clear();
    else if (!hook.isUndefined() && !isHttpsUrl(hook.toString()))
        fieldError(errors, QStringLiteral("webhook_url"), QStringLiteral("Webhook URL must use HTTPS"));
    else if (!hook.isUndefined())
        m.webhookUrl = hook.toString();
    if (o.value(QLatin1String("webhook_secret")).isString() || (creating && !m.webhookUrl.isEmpty()))
        m.webhookSecretSet = true; // generated when left out
    return errors.isEmpty();
}

TweetsRestStore::Result TweetsRestStore::applyStatus(Status &status, QString &text, QString &reason, const QJsonObject &o,
                                                     double creditsPerDay, QJsonArray &errors) const
{
    const QJsonValue v = o.value(QLatin1String("status"));
    if (v.isUndefined())
        return {200, {}};
    const QString s = v.toString();
    if (s != QLatin1String("active") && s != QLatin1String("paused")) {
        fieldError(errors, QStringLiteral("status"), QStringLiteral("Input should be 'active' or 'paused'"), "enum");
        return {422, {}};
    }
    if (s == QLatin1String("active") && status != Status::Active && cannotAfford(creditsPerDay))
        return {402, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Insufficient credits to resume")}}};
    status = statusFromWire(s);
    text = s;
    reason.clear();
    return {200, {}};
}

TweetsRestStore::Result TweetsRestStore::createMonitor(const QJsonValue &body)
{
    const QJsonObject o = body.toObject();
    StreamMonitor m;
    QJsonArray errors;
    if (!body.isObject() || !applyMonitor(m, o, true, errors))
        return unprocessable(errors);
    for (const StreamMonitor &other : std::as_const(m_monitors)) {
        if (other.name.compare(m.name, Qt::CaseInsensitive) == 0)
            return {409, QJsonObject{{QStringLiteral("detail"), QStringLiteral("A monitor named '%1' already exists").arg(m.name)}}};
    }
    if (cannotAfford(monitorCreditsPerDay(int(m.usernames.size()))))
        return {402, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Insufficient credits")}}};
    while (monitor(QStringLiteral("mon-%1").arg(m_nextMonitor)))
        ++m_nextMonitor;
    m.id = QStringLiteral("mon-%1").arg(m_nextMonitor++);
    m.status = Status::Active;
    m.statusText = QStringLiteral("active");
    m.createdAt = m.updatedAt = nowText();
    price(m);
    m_monitors.append(m);
    Q_EMIT changed();
    return {201, wire(m)};
}

TweetsRestStore::Result TweetsRestStore::patchMonitor(const QString &id, const QJsonValue &body)
{
    const StreamMonitor *found = monitor(id);
    if (!found)
        return notFound("Monitor");
    StreamMonitor m = *found;
    const QJsonObject o = body.toObject();
    QJsonArray errors;
    applyMonitor(m, o, false, errors);
    const Result status = applyStatus(m.status, m.statusText, m.statusReason, o, monitorCreditsPerDay(int(m.usernames.size())), errors);
    if (!errors.isEmpty() || !body.isObject())
        return unprocessable(errors);
    if (status.status != 200)
        return status;
    for (const StreamMonitor &other : std::as_const(m_monitors)) {
        if (other.id != id && other.name.compare(m.name, Qt::CaseInsensitive) == 0)
            return {409, QJsonObject{{QStringLiteral("detail"), QStringLiteral("A monitor named '%1' already exists").arg(m.name)}}};
    }
    m.updatedAt = nowText();
    price(m);
    for (StreamMonitor &slot : m_monitors) {
        if (slot.id == id)
            slot = m;
    }
    Q_EMIT changed();
    return {200, wire(m)};
}

TweetsRestStore::Result TweetsRestStore::deleteMonitor(const QString &id)
{
    if (!m_monitors.removeIf([&id](const StreamMonitor &m) { return m.id == id; }))
        return notFound("Monitor");
    Q_EMIT changed();
    return {204, {}};
}

// ---- rules ----------------------------------------------------------------------------------

bool TweetsRestStore::applyRule(FilterRule &r, const QJsonObject &o, bool creating, QJsonArray &errors) const
{
    checkText(o, "tag", MaxNameLength, creating, r.tag, errors);
    QString query = r.query;
    if (checkText(o, "query", MaxQueryLength, creating, query, errors) && !o.value(QLatin1String("query")).isUndefined()) {
        const QString problem = queryProblem(query);
        if (!problem.isEmpty())
            fieldError(errors, QStringLiteral("query"), problem);
        r.query = query;
    }
    const QJsonValue interval = o.value(QLatin1String("interval_seconds"));
    if (interval.isUndefined()) {
        if (creating)
            fieldError(errors, QStringLiteral("interval_seconds"), QStringLiteral("Field required"), "missing");
    } else if (!interval.isDouble() || interval.toDouble() < MinIntervalSeconds || interval.toDouble() > MaxIntervalSeconds) {
        fieldError(errors, QStringLiteral("interval_seconds"), QStringLiteral("Input should be between 0.1 and 86400"));
    } else {
        r.intervalSeconds = interval.toDouble();
    }
    const QJsonValue max = o.value(QLatin1String("max_results_per_poll"));
    if (!max.isUndefined()) {
        const double d = max.toDouble(-1);
        if (!max.isDouble() || d != std::floor(d) || d < 1 || d > MaxResultsPerPollLimit)
            fieldError(errors, QStringLiteral("max_results_per_poll"), QStringLiteral("Input should be an integer between 1 and 100"));
        else
            r.maxResultsPerPoll = int(d);
    }
    const QJsonValue hook = o.value(QLatin1String("webhook_url"));
    if (hook.isNull() || (hook.isString() && hook.toString().isEmpty()))
        r.webhookUrl.clear();
    else if (!hook.isUndefined() && !isHttpsUrl(hook.toString()))
        fieldError(errors, QStringLiteral("webhook_url"), QStringLiteral("Webhook URL must use HTTPS"));
    else if (!hook.isUndefined())
        r.webhookUrl = hook.toString();
    if (o.value(QLatin1String("webhook_secret")).isString() || (creating && !r.webhookUrl.isEmpty()))
        r.webhookSecretSet = true;
    return errors.isEmpty();
}

TweetsRestStore::Result TweetsRestStore::createRule(const QJsonValue &body)
{
    FilterRule r;
    QJsonArray errors;
    if (!body.isObject() || !applyRule(r, body.toObject(), true, errors))
        return unprocessable(errors);
    if (m_rules.size() >= MaxRulesPerKey) {
        fieldError(errors, QStringLiteral("body"), QStringLiteral("At most 50 filter rules per API key"));
        return unprocessable(errors);
    }
    if (cannotAfford(ruleTierFor(r.intervalSeconds).creditsPerRulePerDay))
        return {402, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Insufficient credits")}}};
    while (rule(QStringLiteral("rule-%1").arg(m_nextRule)))
        ++m_nextRule;
    r.id = QStringLiteral("rule-%1").arg(m_nextRule++);
    r.status = Status::Active;
    r.statusText = QStringLiteral("active");
    r.createdAt = r.updatedAt = nowText();
    price(r);
    m_rules.append(r);
    Q_EMIT changed();
    return {201, wire(r)};
}

TweetsRestStore::Result TweetsRestStore::patchRule(const QString &id, const QJsonValue &body)
{
    const FilterRule *found = rule(id);
    if (!found)
        return notFound("Filter rule");
    FilterRule r = *found;
    const QJsonObject o = body.toObject();
    QJsonArray errors;
    applyRule(r, o, false, errors);
    const Result status = applyStatus(r.status, r.statusText, r.statusReason, o, ruleTierFor(r.intervalSeconds).creditsPerRulePerDay, errors);
    if (!errors.isEmpty() || !body.isObject())
        return unprocessable(errors);
    if (status.status != 200)
        return status;
    r.updatedAt = nowText();
    price(r);
    for (FilterRule &slot : m_rules) {
        if (slot.id == id)
            slot = r;
    }
    Q_EMIT changed();
    return {200, wire(r)};
}

TweetsRestStore::Result TweetsRestStore::deleteRule(const QString &id)
{
    if (!m_rules.removeIf([&id](const FilterRule &r) { return r.id == id; }))
        return notFound("Filter rule");
    Q_EMIT changed();
    return {204, {}};
}

