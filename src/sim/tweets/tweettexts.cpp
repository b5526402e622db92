#include "tweettexts.h"

#include <QHash>
#include <QStringList>
#include <functional>

namespace TweetTexts {

namespace {

struct Topic {
    QStringList templates;  ///< with %asset% %num% %pct% %emoji% %time% %place% %thing% slots
};

const QStringList &assets()
{
    static const QStringList list{QStringLiteral("BTC"), QStringLiteral("ETH"), QStringLiteral("SOL"),
                                  QStringLiteral("BONK"), QStringLiteral("JUP"), QStringLiteral("ARB"),
                                  QStringLiteral("OP"), QStringLiteral("LINK"), QStringLiteral("AVAX"),
                                  QStringLiteral("DOGE")};
    return list;
}

const QStringList &emoji()
{
    static const QStringList list{QStringLiteral("🚀"), QStringLiteral("📈"), QStringLiteral("📉"), QStringLiteral("👀"),
                                  QStringLiteral("🔥"), QStringLiteral("⚡"), QStringLiteral("🧵"), QStringLiteral("✅"),
                                  QStringLiteral("🙏"), QStringLiteral("🤖"), QString(), QString()};
    return list;
}

const QStringList &places()
{
    static const QStringList list{QStringLiteral("Tokyo"), QStringLiteral("Berlin"), QStringLiteral("Lagos"),
                                  QStringLiteral("São Paulo"), QStringLiteral("Singapore"), QStringLiteral("Austin"),
                                  QStringLiteral("Dubai"), QStringLiteral("Seoul"), QStringLiteral("Paris")};
    return list;
}

const QStringList &things()
{
    static const QStringList list{QStringLiteral("the new API"), QStringLiteral("our mobile app"),
                                  QStringLiteral("the beta"), QStringLiteral("the open-source SDK"),
                                  QStringLiteral("the dashboard"), QStringLiteral("search"),
                                  QStringLiteral("the payments flow"), QStringLiteral("the model"),
                                  QStringLiteral("the docs")};
    return list;
}

const QHash<QString, Topic> &topics()
{
    static const QHash<QString, Topic> map{
        {QStringLiteral("mon-101"),
         {{QStringLiteral("Shipping %thing% to everyone today %emoji%"),
           QStringLiteral("We cut latency in %thing% by %pct% this quarter. More soon."),
           QStringLiteral("Great conversation with builders in %place% tonight %emoji%"),
           QStringLiteral("Hiring: %num% engineers for %thing%. Hard problems, small team."),
           QStringLiteral("%thing% is down for some users in %place%; fix rolling out within %num% minutes"),
           QStringLiteral("Q: what should %thing% do next? Best reply gets early access %emoji%"),
           QStringLiteral("Test flight window opens at %time% UTC %emoji%")}}},
        {QStringLiteral("mon-102"),
         {{QStringLiteral("%asset% fees on L2 below %num% cents today. Keep building %emoji%"),
           QStringLiteral("GM %place% ☀️ — %asset% holders, what are you building?"),
           QStringLiteral("New post: why %asset% staking yields fell %pct% this year"),
           QStringLiteral("Listing %asset% perps at %time% UTC, position limits apply"),
           QStringLiteral("%num% developers at the %place% meetup. Thank you all %emoji%"),
           QStringLiteral("Reminder: never share your seed phrase. Not even with \"support\".")}}},
        {QStringLiteral("mon-103"),
         {{QStringLiteral("The policy statement will be released at %time% ET."),
           QStringLiteral("Speech by the Governor in %place%: inflation expectations remain anchored."),
           QStringLiteral("Weekly balance sheet: reserves changed by %pct% week on week."),
           QStringLiteral("The committee decided to keep the key rates unchanged; minutes in %num% weeks."),
           QStringLiteral("Consultation on payment systems closes in %num% days — responses welcome.")}}},
        {QStringLiteral("rule-201"),
         {{QStringLiteral("%asset% & BTC both up %pct% in the last hour %emoji%"),
           QStringLiteral("🚨 %num% #BTC moved from an unknown wallet to an exchange"),
           QStringLiteral("Bitcoin > $%num%k again? Funding says <careful> %emoji%"),
           QStringLiteral("BTC dominance at %pct%, alts bleeding %emoji%"),
           QStringLiteral("Bought my first bitcoin in %place% today, %num% sats at a time"),
           QStringLiteral("#BTC hashrate up %pct% since the halving")}}},
        {QStringLiteral("rule-202"),
         {{QStringLiteral("Ethereum gas at %num% gwei right now ⛽ good time to bridge"),
           QStringLiteral("ETH/BTC ratio bouncing %pct% off support %emoji%"),
           QStringLiteral("Blob fees dropped %pct% after the upgrade; rollups eating well"),
           QStringLiteral("%num% validators queued to exit, ETH staking ratio at %pct%"),
           QStringLiteral("ETH devs in %place% for the interop call at %time% UTC")}}},
        {QStringLiteral("rule-203"),
         {{QStringLiteral("New open-weights model tops the leaderboard by %pct% %emoji%"),
           QStringLiteral("Paper: %num% pages on why attention still wins (with 1 meme)"),
           QStringLiteral("AI startup in %place% raises $%num%M for %thing%"),
           QStringLiteral("Benchmark: inference %pct% faster on the same GPU"),
           QStringLiteral("<thread> %num% things we learnt training a small model %emoji%")}}},
    };
    return map;
}

QString pick(const QStringList &list, QRandomGenerator &random)
{
    return list.at(int(random.bounded(list.size())));
}

} // namespace

QString compose(const QString &sourceId, QRandomGenerator &random)
{
    const auto it = topics().constFind(sourceId);
    const Topic &topic = it != topics().cend() ? *it : *topics().constFind(QStringLiteral("mon-101"));
    QString text = pick(topic.templates, random);
    // Each slot drawn on its own, so one template gives many texts.
    auto fill = [&](QLatin1String slot, const std::function<QString()> &value) {
        qsizetype at;
        while ((at = text.indexOf(slot)) >= 0)
            text.replace(at, slot.size(), value());
    };
    fill(QLatin1String("%asset%"), [&] { return pick(assets(), random); });
    fill(QLatin1String("%num%"), [&] { return QString::number(2 + random.bounded(998)); });
    fill(QLatin1String("%pct%"), [&] {
        return QStringLiteral("%1.%2%").arg(random.bounded(60)).arg(random.bounded(10));
    });
    fill(QLatin1String("%emoji%"), [&] { return pick(emoji(), random); });
    fill(QLatin1String("%time%"), [&] {
        return QStringLiteral("%1:%2").arg(random.bounded(24), 2, 10, QLatin1Char('0')).arg(random.bounded(4) * 15, 2, 10, QLatin1Char('0'));
    });
    fill(QLatin1String("%place%"), [&] { return pick(places(), random); });
    fill(QLatin1String("%thing%"), [&] { return pick(things(), random); });
    return text.trimmed();
}

} // namespace TweetTexts
