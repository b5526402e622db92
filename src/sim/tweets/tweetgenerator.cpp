#include "tweetgenerator.h"

#include "tweettexts.h"

#include <cmath>

namespace {

constexpr qint64 TwitterEpochMs = 1288834974657LL; // snowflake epoch

QString longText()
{
    return QStringLiteral(
        "Thread 🧵 on why stream latency matters more than people think: when a market-moving post lands, "
        "the first 800 ms decide who reacts and who reads about it later. We measured detection, delivery and "
        "render time across regions for a month. Detection is the easy part; the long tail is in delivery, "
        "where a congested socket can add seconds. More in the replies ↓ (1/7)");
}

} // namespace

TweetGenerator::TweetGenerator(quint32 seed)
    : m_random(seed)
{
    using K = TweetSourceKind;
    m_sources = {
        {K::Monitor, QStringLiteral("mon-101"), QStringLiteral("Tech Leaders"),
         {QStringLiteral("elonmusk"), QStringLiteral("sundarpichai"), QStringLiteral("satyanadella"), QStringLiteral("tim_cook")},
         {QStringLiteral("The future is electric ⚡"),
          QStringLiteral("Shipping the new model to everyone today. Thank you to the team 🙏"),
          QStringLiteral("We are hiring engineers who love hard problems. DM me."),
          longText(),
          QStringLiteral("Use <b>bold</b> claims sparingly; ship working code instead."),
          QStringLiteral("Starship flight test window opens tomorrow 🚀🚀🚀"),
          QStringLiteral("Great conversation in Tokyo today — 東京の開発者コミュニティは素晴らしい！🇯🇵")},
         3.0},
        {K::Monitor, QStringLiteral("mon-102"), QStringLiteral("Crypto Founders"),
         {QStringLiteral("VitalikButerin"), QStringLiteral("cz_binance"), QStringLiteral("saylor"), QStringLiteral("brian_armstrong")},
         {QStringLiteral("Layer 2 fees are now below one cent on most rollups. Keep building."),
          QStringLiteral("Bitcoin is digital energy. ₿"),
          QStringLiteral("Proof of stake one year on: a short retrospective <a href=\"https://example.org/post\">read here</a>"),
          QStringLiteral("4"),
          QStringLiteral("Привет, Москва! Спасибо всем, кто пришёл на митап 🙌"),
          QStringLiteral("New research post on account abstraction, with diagrams <img src=\"https://example.org/diagram.png\">"),
          QStringLiteral("GM ☀️ — funds are SAFU")},
         4.0},
        {K::Monitor, QStringLiteral("mon-103"), QStringLiteral("Central Banks"),
         {QStringLiteral("federalreserve"), QStringLiteral("ecb"), QStringLiteral("bankofengland"), QStringLiteral("SAMA_GOV")},
         {QStringLiteral("The Federal Open Market Committee statement will be released at 2:00 p.m. ET."),
          QStringLiteral("Monetary policy decisions: the Governing Council today decided to keep the three key interest rates unchanged."),
          QStringLiteral("البنك المركزي السعودي يعلن عن إطلاق منصة المدفوعات الفورية"),
          QStringLiteral("Speech by the Governor at the annual conference — full text on our website."),
          QStringLiteral("Inflation expectations remain anchored & the labour market is normalising.")},
         1.5},
        {K::FilterRule, QStringLiteral("rule-201"), QStringLiteral("bitcoin-mentions"),
         {QStringLiteral("cryptonews"), QStringLiteral("btc_whale_alert"), QStringLiteral("satoshi_fan_99"), QStringLiteral("CoinDeskMarkets"),
          QStringLiteral("tanaka_crypto")},
         {QStringLiteral("Bitcoin hits new ATH... 🚀📈"),
          QStringLiteral("🚨 1,200 #BTC (81,000,000 USD) transferred from unknown wallet to Coinbase"),
          QStringLiteral("ビットコインが史上最高値を更新しました！🎉 #BTC"),
          QStringLiteral("Биткоин снова выше $80 000 — что дальше?"),
          QStringLiteral("<script>alert('btc')</script> is not how you buy bitcoin, folks"),
          QStringLiteral("If you bought bitcoin 10 years ago you'd be up 40,000% & still complaining about fees"),
          longText()},
         45.0},
        {K::FilterRule, QStringLiteral("rule-202"), QStringLiteral("ethereum-mentions"),
         {QStringLiteral("ethdaily"), QStringLiteral("defi_degen"), QStringLiteral("l2beat"), QStringLiteral("ahmed_onchain")},
         {QStringLiteral("Ethereum gas at 4 gwei right now ⛽ good time to bridge"),
          QStringLiteral("ETH/BTC ratio bouncing off support — watching closely 👀"),
          QStringLiteral("إيثريوم يتجاوز ٤٠٠٠ دولار لأول مرة هذا العام"),
          QStringLiteral("New blog post: <a href=\"javascript:alert(1)\">click me</a> for free ETH (it's a scam, don't)"),
          QStringLiteral("Blob fees dropped 90% after the upgrade. Rollups are eating well 🍽️")},
         25.0},
        {K::FilterRule, QStringLiteral("rule-203"), QStringLiteral("ai-news"),
         {QStringLiteral("ai_digest"), QStringLiteral("mlpapers"), QStringLiteral("yuki_ml"), QStringLiteral("techcrunch")},
         {QStringLiteral("New open-weights model tops the leaderboard 🤖"),
          QStringLiteral("大規模言語モデルの新しい論文が公開されました。推論速度が2倍に。"),
          QStringLiteral("Paper: \"Attention is still all you need\" — 12 pages, 3 figures, 1 meme"),
          QStringLiteral("Нейросеть научилась писать код на уровне джуниора. Или нет?"),
          QStringLiteral("<h1>BREAKING</h1><p>AI startup raises $2B</p>")},
         20.0},
    };
}

double TweetGenerator::totalRatePerSecond() const
{
    double perMinute = 0;
    for (const Source &s : m_sources)
        perMinute += s.perMinute;
    return perMinute / 60.0;
}

qint64 TweetGenerator::nextIntervalMs(double ratePerSecond)
{
    if (ratePerSecond <= 0)
        return -1;
    const double u = std::max(1e-6, m_random.generateDouble());
    return std::max<qint64>(1, qint64(-std::log(u) / ratePerSecond * 1000.0));
}

void TweetGenerator::setSources(const QVector<Source> &sources, const QHash<QString, QStringList> &typesBySource)
{
    m_sources = sources;
    m_types = typesBySource;
}

Tweet TweetGenerator::next(qint64 nowMs)
{
    if (m_sources.isEmpty())
        return {};
    const double total = totalRatePerSecond() * 60.0;
    double pick = m_random.generateDouble() * total;
    const Source *source = &m_sources.constLast();
    for (const Source &s : std::as_const(m_sources)) {
        if (pick < s.perMinute) {
            source = &s;
            break;
        }
        pick -= s.perMinute;
    }

    Tweet t;
    t.sourceKind = source->kind;
    t.sourceType = TweetSource::kindId(source->kind);
    t.sourceId = source->id;
    t.sourceName = source->name;
    t.author = source->authors.at(int(m_random.bounded(source->authors.size())));
    // Mostly composed texts (varied); one in five a curated hard case (long, RTL, CJK,
    // markup-looking) that a timeline must show as plain text.
    const bool curated = m_random.bounded(5) == 0 && !source->texts.isEmpty();
    t.text = curated ? source->texts.at(int(m_random.bounded(source->texts.size())))
                     : TweetTexts::compose(source->id, m_random);

    const double r = m_random.generateDouble();
    t.tweetType = r < 0.62 ? QStringLiteral("original")
        : r < 0.78         ? QStringLiteral("reply")
        : r < 0.92         ? QStringLiteral("retweet")
                           : QStringLiteral("quote");
    // A monitor limited to some tweet types (filter_types) delivers only those.
    const QStringList allowed = m_types.value(source->id);
    if (!allowed.isEmpty() && !allowed.contains(t.tweetType))
        t.tweetType = allowed.at(int(m_random.bounded(allowed.size())));
    if (t.tweetType == QLatin1String("retweet"))
        t.text = QStringLiteral("RT @%1: %2").arg(source->authors.at(int(m_random.bounded(source->authors.size()))), t.text);

    // Provider latency: mostly 0.4–1.5 s with a long tail (log-normal around ~800 ms).
    const double z = std::sqrt(-2.0 * std::log(std::max(1e-9, m_random.generateDouble())))
        * std::cos(6.283185307179586 * m_random.generateDouble());
    t.latencyMs = std::clamp<qint64>(qint64(std::exp(6.7 + 0.45 * z)), 120, 15000);
    // Detected a moment before it is sent, so the client measures a small delivery time.
    t.detectedAtMs = nowMs - qint64(15 + m_random.bounded(180));
    t.likeCount = qint64(m_random.bounded(5000));
    t.retweetCount = qint64(m_random.bounded(t.likeCount / 4 + 1));
    t.replyCount = qint64(m_random.bounded(t.likeCount / 8 + 1));
    // Published latency_ms before detection (the SDK's definition); the id encodes that time.
    t.publishedAtMs = std::max<qint64>(TwitterEpochMs, t.detectedAtMs - t.latencyMs);
    const quint64 snowflake = (quint64(std::max<qint64>(0, t.publishedAtMs - TwitterEpochMs)) << 22)
        | (m_sequence++ & 0x3FFFFF);
    t.tweetId = QString::number(snowflake);
    return t;
}
