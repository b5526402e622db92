#include "dashboardfeed.h"

#include "alerts/alertcenter.h"
#include "alerts/alertfeeds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJSEngine>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace {
constexpr size_t PricePoints = 120;
constexpr size_t CandleCap = 120;
constexpr size_t BlockCap = 64;
constexpr qint64 TweetWindowMs = 30 * 60 * 1000;
// Tiles show rates, ages and prices: once a second is what a person reads, and a dashboard
// left running should not redraw more often than that.
constexpr int NotifyMs = 1000;
} // namespace

DashboardFeed *DashboardFeed::instance()
{
    static DashboardFeed *feed = [] {
        auto *f = new DashboardFeed(qApp);
        QObject::connect(AlertCenter::instance()->feeds(), &AlertFeeds::observed, f, &DashboardFeed::observe);
        return f;
    }();
    return feed;
}

DashboardFeed *DashboardFeed::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(instance(), QJSEngine::CppOwnership);
    return instance();
}

DashboardFeed::DashboardFeed(QObject *parent)
    : QObject(parent)
{
    m_notify.setSingleShot(true);
    m_notify.setInterval(NotifyMs);
    connect(&m_notify, &QTimer::timeout, this, [this] {
        ++m_revision;
        Q_EMIT revisionChanged();
    });
}

qint64 DashboardFeed::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

void DashboardFeed::touch()
{
    if (!m_notify.isActive())
        m_notify.start();
}

void DashboardFeed::observe(const Observation &o)
{
    const qint64 received = now();
    const qint64 ts = o.timestampMs > 0 ? o.timestampMs : received;
    if (o.provider != m_lastProvider) { // a flood is one provider after another
        m_providers.insert(o.provider);
        m_lastProvider = o.provider;
    }
    const QString &key = o.subject;
    auto remember = [this](const QString &type, const QString &subject) {
        // A feed repeats one series for thousands of records: no string built for those.
        if (type == m_lastRememberedType && subject == m_lastRememberedSubject)
            return;
        m_lastRememberedType = type;
        m_lastRememberedSubject = subject;
        const QString entry = type + QLatin1Char('/') + subject;
        if (!m_order.contains(entry))
            m_order << entry;
    };

    // Each field is looked up once: on a flood of records every lookup of a field the record
    // does not have reads all of its fields.
    const std::optional<double> close = o.kind == QLatin1String("candle") ? o.metricIf(QStringLiteral("close")) : std::nullopt;
    if (close) {
        CandleSeries &s = m_candles[key];
        s.provider = o.provider;
        s.label = o.label;
        const Candle c{ts, o.metric(QStringLiteral("open"), *close), o.metric(QStringLiteral("high"), *close),
                       o.metric(QStringLiteral("low"), *close), *close, o.metric(QStringLiteral("volume"))};
        if (!s.candles.empty() && s.candles.back().t == ts)
            s.candles.back() = c; // the open candle, updated in place
        else if (s.candles.empty() || s.candles.back().t < ts)
            s.candles.push_back(c);
        while (s.candles.size() > CandleCap)
            s.candles.pop_front();
        remember(QStringLiteral("candles"), key);
    }
    // A block is no price and no balance: on a block flood, looking for fields it never has
    // would read all of its fields twice per block.
    const bool block = o.kind == QLatin1String("block");
    const std::optional<double> price = block ? std::nullopt : o.metricIf(QStringLiteral("price"));
    if (price || close) {
        const double v = price ? *price : *close;
        if (std::isfinite(v)) {
            Series &s = m_prices[key];
            s.provider = o.provider;
            s.label = o.label;
            if (!s.points.empty() && s.points.back().first == ts)
                s.points.back().second = v;
            else
                s.points.emplace_back(ts, v);
            while (s.points.size() > PricePoints)
                s.points.pop_front();
            remember(QStringLiteral("price"), key);
        }
    }
    if (const std::optional<double> number = o.metricIf(QStringLiteral("block"))) {
        BlockSeries &s = m_blocks[key];
        s.provider = o.provider;
        const qint64 n = qint64(*number);
        if (s.blocks.empty() || s.blocks.back().number != n) {
            std::optional<double> transactions = o.metricIf(QStringLiteral("transaction_count"));
            if (!transactions)
                transactions = o.metricIf(QStringLiteral("transactions"));
            s.blocks.push_back({n, ts, transactions.value_or(-1), received});
            while (s.blocks.size() > BlockCap)
                s.blocks.pop_front();
        }
        remember(QStringLiteral("blocks"), key);
    }
    if (!block && o.hasMetric(QStringLiteral("balance"))) {
        BalanceSeries &s = m_balances[key];
        s.provider = o.provider;
        if (s.history.addObservation(o, ts))
            remember(QStringLiteral("balance"), key);
    }
    if (o.kind == QLatin1String("tweet")) {
        m_tweetTimes.push_back(received);
        ++m_tweetTotal;
        while (!m_tweetTimes.empty() && m_tweetTimes.front() < received - TweetWindowMs)
            m_tweetTimes.pop_front();
    }
    touch();
}

QStringList DashboardFeed::subjects(const QString &type) const
{
    QStringList out;
    if (type == QLatin1String("price"))
        out = m_prices.keys();
    else if (type == QLatin1String("candles"))
        out = m_candles.keys();
    else if (type == QLatin1String("blocks"))
        out = m_blocks.keys();
    else if (type == QLatin1String("balance"))
        out = m_balances.keys();
    out.sort(Qt::CaseInsensitive);
    return out;
}

QString DashboardFeed::choiceText(const QString &subject, const QString &label)
{
    if (label.isEmpty() || label == subject)
        return subject;
    // A token without a known symbol is labelled by its shortened mint ("EPjF…Dt1v"): that
    // already tells it apart.
    const QString name = label.section(QLatin1Char('/'), 0, 0);
    const qsizetype cut = name.indexOf(QChar(0x2026));
    if (cut > 0 && subject.startsWith(name.left(cut)))
        return label;
    constexpr int Shown = 5;
    const QString start = subject.size() > Shown + 3 ? subject.left(Shown) + QChar(0x2026) : subject;
    return label + QStringLiteral(" — ") + start;
}

QVariantList DashboardFeed::subjectChoices(const QString &type) const
{
    QList<std::pair<QString, QString>> choices; // text, subject
    auto add = [&choices](const QString &subject, const QString &label) { choices.append({choiceText(subject, label), subject}); };
    if (type == QLatin1String("price")) {
        for (auto it = m_prices.cbegin(); it != m_prices.cend(); ++it)
            add(it.key(), it->label);
    } else if (type == QLatin1String("candles")) {
        for (auto it = m_candles.cbegin(); it != m_candles.cend(); ++it)
            add(it.key(), it->label);
    } else {
        for (const QString &subject : subjects(type))
            add(subject, {});
    }
    std::sort(choices.begin(), choices.end(), [](const auto &a, const auto &b) {
        const int byText = a.first.compare(b.first, Qt::CaseInsensitive);
        return byText != 0 ? byText < 0 : a.second < b.second;
    });
    QVariantList out;
    out.reserve(choices.size());
    for (const auto &[text, subject] : choices)
        out.append(QVariantMap{{QStringLiteral("subject"), subject}, {QStringLiteral("text"), text}});
    return out;
}

namespace {
/// The subject a tile follows: the one it names, else the first one seen of its type.
QString resolve(const QStringList &order, const QString &type, const QString &subject)
{
    if (!subject.isEmpty())
        return subject;
    const QString prefix = type + QLatin1Char('/');
    for (const QString &entry : order) {
        if (entry.startsWith(prefix))
            return entry.mid(prefix.size());
    }
    return {};
}
} // namespace

QVariantMap DashboardFeed::price(const QString &subject) const
{
    // Without a subject: a price board symbol (Predikt's VWAP) first, else the first seen.
    QString key = subject;
    if (key.isEmpty()) {
        for (const QString &entry : m_order) {
            if (!entry.startsWith(QLatin1String("price/")))
                continue;
            const QString candidate = entry.mid(6);
            if (m_prices.value(candidate).provider == QLatin1String("predikt")) {
                key = candidate;
                break;
            }
        }
    }
    if (key.isEmpty())
        key = resolve(m_order, QStringLiteral("price"), subject);
    const auto it = m_prices.constFind(key);
    if (key.isEmpty() || it == m_prices.constEnd() || it->points.empty())
        return {};
    QVariantList history;
    for (const auto &p : it->points)
        history << p.second;
    const double first = it->points.front().second;
    const double last = it->points.back().second;
    return {{QStringLiteral("subject"), key},
            {QStringLiteral("label"), it->label.isEmpty() ? key : it->label},
            {QStringLiteral("provider"), it->provider},
            {QStringLiteral("price"), last},
            {QStringLiteral("changePct"), first != 0 ? (last - first) / std::abs(first) * 100.0 : 0.0},
            {QStringLiteral("time"), double(it->points.back().first)},
            {QStringLiteral("history"), history}};
}

QVariantMap DashboardFeed::candles(const QString &subject, int count) const
{
    // Without a subject: the series with the most bars (the shortest interval, usually).
    QString key = subject;
    if (key.isEmpty()) {
        size_t most = 0;
        for (auto it = m_candles.cbegin(); it != m_candles.cend(); ++it) {
            if (it->candles.size() > most || (it->candles.size() == most && it.key() < key)) {
                most = it->candles.size();
                key = it.key();
            }
        }
    }
    const auto it = m_candles.constFind(key);
    if (key.isEmpty() || it == m_candles.constEnd() || it->candles.empty())
        return {};
    QVariantList list;
    const size_t start = it->candles.size() > size_t(std::max(1, count)) ? it->candles.size() - size_t(count) : 0;
    for (size_t i = start; i < it->candles.size(); ++i) {
        const Candle &c = it->candles.at(i);
        list << QVariantMap{{QStringLiteral("t"), double(c.t)}, {QStringLiteral("o"), c.o}, {QStringLiteral("h"), c.h},
                            {QStringLiteral("l"), c.l}, {QStringLiteral("c"), c.c}, {QStringLiteral("v"), c.v}};
    }
    return {{QStringLiteral("subject"), key}, {QStringLiteral("label"), it->label.isEmpty() ? key : it->label},
            {QStringLiteral("provider"), it->provider}, {QStringLiteral("candles"), list}};
}

QVariantMap DashboardFeed::blocks(const QString &subject, int count) const
{
    const QString key = resolve(m_order, QStringLiteral("blocks"), subject);
    const auto it = m_blocks.constFind(key);
    if (key.isEmpty() || it == m_blocks.constEnd() || it->blocks.empty())
        return {};
    QVariantList list;
    for (auto b = it->blocks.crbegin(); b != it->blocks.crend() && list.size() < count; ++b)
        list << QVariantMap{{QStringLiteral("number"), double(b->number)}, {QStringLiteral("time"), double(b->t)},
                            {QStringLiteral("transactions"), b->transactions}};
    // Blocks per minute over what we hold, by the blocks' own time (the feed's clock); -1
    // until two blocks (of different times) tell a rate.
    double perMinute = -1;
    if (it->blocks.size() >= 2) {
        const qint64 span = it->blocks.back().t - it->blocks.front().t;
        if (span > 0)
            perMinute = double(it->blocks.size() - 1) * 60000.0 / double(span);
    }
    return {{QStringLiteral("subject"), key}, {QStringLiteral("provider"), it->provider},
            {QStringLiteral("perMinute"), perMinute}, {QStringLiteral("blocks"), list}};
}

QVariantMap DashboardFeed::tweets() const
{
    const qint64 t = now();
    QVariantList buckets;
    QList<int> counts(30, 0);
    int lastMinute = 0;
    for (qint64 at : m_tweetTimes) {
        const qint64 age = t - at;
        if (age < 0 || age >= TweetWindowMs)
            continue;
        counts[29 - int(age / 60000)] += 1;
        if (age < 60000)
            ++lastMinute;
    }
    for (int c : counts)
        buckets << c;
    return {{QStringLiteral("perMinute"), lastMinute}, {QStringLiteral("total"), double(m_tweetTotal)},
            {QStringLiteral("buckets"), buckets}, {QStringLiteral("seen"), m_providers.contains(QStringLiteral("tweets"))}};
}

QVariantMap DashboardFeed::balance(const QString &subject) const
{
    const QString key = resolve(m_order, QStringLiteral("balance"), subject);
    const auto it = m_balances.constFind(key);
    if (key.isEmpty() || it == m_balances.constEnd() || !it->history.hasBalance())
        return {};
    const BalanceForecast::Result r = it->history.result();
    return {{QStringLiteral("subject"), key},
            {QStringLiteral("provider"), it->provider},
            {QStringLiteral("balance"), it->history.balance().toDouble()},
            {QStringLiteral("balanceText"), it->history.balance().toFixed(2)},
            {QStringLiteral("burnPerHour"), r.burnPerHourUsd.toDouble()},
            {QStringLiteral("hoursLeft"), double(r.hoursLeft)},
            {QStringLiteral("time"), double(it->history.lastTimestampMs())}};
}
