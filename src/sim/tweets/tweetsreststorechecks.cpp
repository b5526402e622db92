// The simulator store's query check, validate and pricing answers, and credit-based suspension.

#include "tweetsreststore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace TweetsRest;

namespace {
void fieldError(QJsonArray &errors, const QString &field, const QString &message, const char *type)
{
    errors.append(QJsonObject{{QStringLiteral("loc"), QJsonArray{QStringLiteral("body"), field}},
                              {QStringLiteral("msg"), message},
                              {QStringLiteral("type"), QLatin1String(type)}});
}
TweetsRestStore::Result unprocessable(const QJsonArray &errors)
{
    return {422, QJsonObject{{QStringLiteral("detail"), errors}}};
}
} // namespace

// ---- validation, pricing, credits -----------------------------------------------------------

QString TweetsRestStore::queryProblem(const QString &query)
{
    const QString q = query.trimmed();
    if (q.isEmpty())
        return QStringLiteral("Query is empty");
    if (q.count(QLatin1Char('"')) % 2 != 0)
        return QStringLiteral("Unbalanced quotes");
    int depth = 0;
    for (const QChar c : q) {
        depth += c == QLatin1Char('(') ? 1 : c == QLatin1Char(')') ? -1 : 0;
        if (depth < 0)
            return QStringLiteral("Unbalanced parentheses");
    }
    if (depth != 0)
        return QStringLiteral("Unbalanced parentheses");
    static const QRegularExpression trailing(QStringLiteral("(^|\\s)(OR|AND)\\s*$|^\\s*(OR|AND)\\s"));
    if (trailing.match(q).hasMatch())
        return QStringLiteral("OR/AND needs a term on both sides");
    static const QStringList operators = {
        QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("lang"), QStringLiteral("is"), QStringLiteral("has"),
        QStringLiteral("min_faves"), QStringLiteral("min_retweets"), QStringLiteral("min_replies"), QStringLiteral("since"),
        QStringLiteral("until"), QStringLiteral("filter"), QStringLiteral("url"), QStringLiteral("list"),
        QStringLiteral("conversation_id"), QStringLiteral("near"), QStringLiteral("within"), QStringLiteral("place")};
    static const QRegularExpression op(QStringLiteral("(?:^|[\\s(])-?([A-Za-z_]+):(\\S*)"));
    for (auto it = op.globalMatch(q); it.hasNext();) {
        const auto m = it.next();
        if (!operators.contains(m.captured(1).toLower()))
            return QStringLiteral("Unknown operator '%1:'").arg(m.captured(1));
        if (m.captured(2).isEmpty())
            return QStringLiteral("Operator '%1:' needs a value").arg(m.captured(1));
    }
    return {};
}

TweetsRestStore::Result TweetsRestStore::validate(const QJsonValue &body) const
{
    const QJsonValue query = body.toObject().value(QLatin1String("query"));
    if (!query.isString()) {
        QJsonArray errors;
        fieldError(errors, QStringLiteral("query"), QStringLiteral("Field required"), "missing");
        return unprocessable(errors);
    }
    const QString problem = queryProblem(query.toString());
    if (!problem.isEmpty())
        return {200, QJsonObject{{QStringLiteral("valid"), false}, {QStringLiteral("error"), problem}, {QStringLiteral("sample_results"), 0}}};
    // A stable count per query (the same query always samples the same number).
    const int count = int(qHash(query.toString().trimmed(), 7u) % 40) + 1;
    if (!m_variants)
        return {200, QJsonObject{{QStringLiteral("valid"), true}, {QStringLiteral("error"), QJsonValue::Null},
                                 {QStringLiteral("sample_results"), count}}};
    // The variant: the sample tweets themselves.
    QJsonArray samples;
    const QString words = query.toString().simplified().left(60);
    for (int i = 0; i < std::min(count, 3); ++i)
        samples.append(QJsonObject{{QStringLiteral("id"), QString::number(1900000000000000000LL + i)},
                                   {QStringLiteral("username"), QStringLiteral("sample_author_%1").arg(i + 1)},
                                   {QStringLiteral("text"), QStringLiteral("Sample %1 matching %2").arg(i + 1).arg(words)},
                                   {QStringLiteral("created_at"), QStringLiteral("Mon Mar 03 09:59:57 +0000 2026")}});
    return {200, QJsonObject{{QStringLiteral("valid"), true}, {QStringLiteral("sample_results"), samples}}};
}

TweetsRestStore::Result TweetsRestStore::pricing() const
{
    QJsonArray tiers;
    for (const PricingTier &t : documentedRuleTiers())
        tiers.append(QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("tier_label"), t.label},
                                 {QStringLiteral("max_interval_seconds"), t.maxIntervalSeconds},
                                 {QStringLiteral("credits_per_rule_per_day"), t.creditsPerRulePerDay},
                                 {QStringLiteral("display_order"), t.displayOrder}});
    return {200, QJsonObject{{QStringLiteral("tiers"), tiers}}};
}

double TweetsRestStore::activeCreditsPerDay() const
{
    double total = 0;
    for (const StreamMonitor &m : m_monitors)
        total += m.status == Status::Active ? m.estimatedCreditsPerDay : 0;
    for (const FilterRule &r : m_rules)
        total += r.status == Status::Active ? r.creditsPerRulePerDay : 0;
    return total;
}

bool TweetsRestStore::cannotAfford(double extraCreditsPerDay) const
{
    return m_credits < (activeCreditsPerDay() + extraCreditsPerDay) / 24.0;
}

void TweetsRestStore::setCredits(double credits)
{
    m_credits = credits;
    const bool broke = m_credits < activeCreditsPerDay() / 24.0;
    const QString reason = QStringLiteral("insufficient_credits");
    auto adjust = [&](Status &status, QString &text, QString &why) {
        if (broke && status == Status::Active) {
            status = Status::Suspended;
            text = QStringLiteral("suspended");
            why = reason;
        } else if (!broke && status == Status::Suspended && why == reason) {
            status = Status::Active;
            text = QStringLiteral("active");
            why.clear();
        }
    };
    for (StreamMonitor &m : m_monitors)
        adjust(m.status, m.statusText, m.statusReason);
    for (FilterRule &r : m_rules)
        adjust(r.status, r.statusText, r.statusReason);
    Q_EMIT changed();
}
