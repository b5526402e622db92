#include "balanceforecast.h"

#include "core/observation.h"

#include <algorithm>
#include <limits>

namespace BalanceForecast {

namespace {

using Wide = __int128;
constexpr qint64 HourMs = 3600000;
constexpr int RateDecimals = 6;

Wide pow10(int n)
{
    Wide v = 1;
    while (n-- > 0)
        v *= 10;
    return v;
}

// The charges in the window, split into those at the oldest time and those after it.
struct Window {
    qint64 oldest = -1;
    qint64 span = 0;
    ExactDecimal atOldest;
    ExactDecimal afterOldest;
};

Window windowOf(const QList<Charge> &charges, qint64 windowMs)
{
    Window w;
    if (charges.isEmpty())
        return w;
    qint64 newest = charges.first().timestampMs;
    for (const Charge &c : charges)
        newest = std::max(newest, c.timestampMs);
    const qint64 from = newest - windowMs;
    qint64 oldest = newest;
    for (const Charge &c : charges) {
        if (c.timestampMs >= from)
            oldest = std::min(oldest, c.timestampMs);
    }
    for (const Charge &c : charges) {
        if (c.timestampMs < from)
            continue;
        if (c.timestampMs == oldest)
            w.atOldest += c.amountUsd;
        else
            w.afterOldest += c.amountUsd;
    }
    w.oldest = oldest;
    w.span = newest - oldest;
    return w;
}

// The burn as a fraction: `amount` per `perMs` milliseconds (amount at its own scale).
struct Rate {
    ExactDecimal amount;
    qint64 perMs = 0;
    bool known() const { return amount.isValid() && !amount.isNegative() && !amount.isZero() && perMs > 0; }
};

Rate rateOf(const QList<Charge> &charges, qint64 windowMs)
{
    const Window w = windowOf(charges, windowMs);
    if (w.oldest < 0)
        return {};
    if (w.span <= 0)
        return {w.atOldest, HourMs}; // one charge time: one hour's fee(s)
    return {w.afterOldest, w.span};
}

ExactDecimal perHour(const Rate &rate)
{
    if (!rate.known())
        return {};
    // amount × 3600000 / perMs, rounded half up to RateDecimals.
    const Wide numerator = Wide(rate.amount.units()) * HourMs * pow10(RateDecimals);
    const Wide denominator = Wide(rate.perMs) * pow10(rate.amount.scale());
    Wide q = numerator / denominator;
    if ((numerator % denominator) * 2 >= denominator)
        ++q;
    if (q > Wide(std::numeric_limits<qint64>::max()))
        return {};
    return ExactDecimal::fromUnits(qint64(q), RateDecimals);
}

} // namespace

ExactDecimal burnPerHour(const QList<Charge> &charges, qint64 windowMs)
{
    return perHour(rateOf(charges, windowMs));
}

Result forecast(const QList<Charge> &charges, const ExactDecimal &balanceUsd, qint64 atMs, qint64 windowMs)
{
    Result r;
    const Rate rate = rateOf(charges, windowMs);
    if (!rate.known() || !balanceUsd.isValid())
        return r;
    r.burnPerHourUsd = perHour(rate);
    if (balanceUsd.isNegative()) {
        r.hoursLeft = 0;
    } else {
        // floor(balance / (amount / perMs × 1 h)) = floor(balance × perMs / (amount × 1 h)),
        // both amounts at one scale so their units divide exactly.
        const int scale = std::max(balanceUsd.scale(), rate.amount.scale());
        const Wide balance = Wide(balanceUsd.units()) * pow10(scale - balanceUsd.scale());
        const Wide amount = Wide(rate.amount.units()) * pow10(scale - rate.amount.scale());
        const Wide hours = balance * rate.perMs / (amount * HourMs);
        r.hoursLeft = qint64(std::min<Wide>(hours, Wide(std::numeric_limits<qint64>::max() / HourMs / 2)));
    }
    if (atMs >= 0)
        r.runOutAtMs = atMs + r.hoursLeft * HourMs;
    return r;
}

void History::addCharge(qint64 timestampMs, const ExactDecimal &amount, const ExactDecimal &balance)
{
    if (amount.isValid() && !amount.isNegative())
        m_charges.append({timestampMs, amount});
    update(timestampMs, balance);
}

void History::addBalance(qint64 timestampMs, const ExactDecimal &balance)
{
    if (!balance.isValid())
        return;
    if (!m_hasBalance)
        m_charges.append({timestampMs, ExactDecimal()}); // the first reading opens the window
    else if (balance < m_balance)
        m_charges.append({timestampMs, m_balance - balance});
    // a rise is a top-up: it charges nothing and the burn rate stands
    update(timestampMs, balance);
}

bool History::addObservation(const Observation &o, qint64 timestampMs)
{
    auto exact = [&o](const QString &text, const QString &metric) -> std::optional<ExactDecimal> {
        const auto t = o.texts.constFind(text);
        if (t != o.texts.constEnd()) {
            if (auto d = ExactDecimal::parse(*t))
                return d;
        }
        const auto m = o.metrics.constFind(metric);
        if (m != o.metrics.constEnd())
            return ExactDecimal::fromDouble(*m);
        return std::nullopt;
    };
    const std::optional<ExactDecimal> balance = exact(QStringLiteral("balanceUsd"), QStringLiteral("balance"));
    if (!balance)
        return false;
    if (const std::optional<ExactDecimal> amount = exact(QStringLiteral("amountUsd"), QStringLiteral("amount")))
        addCharge(timestampMs, *amount, *balance);
    else
        addBalance(timestampMs, *balance);
    return true;
}

void History::clear()
{
    *this = History();
}

void History::update(qint64 timestampMs, const ExactDecimal &balance)
{
    if (balance.isValid()) {
        m_balance = balance;
        m_hasBalance = true;
    }
    m_lastMs = std::max(m_lastMs, timestampMs);
    const qint64 from = m_lastMs - WindowMs;
    m_charges.erase(std::remove_if(m_charges.begin(), m_charges.end(), [from](const Charge &c) { return c.timestampMs < from; }),
                    m_charges.end());
    if (m_charges.size() > Cap)
        m_charges.remove(0, m_charges.size() - Cap);
    m_result = m_hasBalance ? forecast(m_charges, m_balance, m_lastMs) : Result();
}

} // namespace BalanceForecast
