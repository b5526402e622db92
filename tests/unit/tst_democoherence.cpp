// The demo holds together. One market behind every simulated provider: Conyr's trades, Predikt's VWAP and Allium's
// price endpoint quote a token within a fraction of a percent of each other at the same
// simulated time, and a stablecoin stays near 1.00 everywhere. Demo blocks have distinct
// hashes and each names its predecessor's hash as its parent.

#include "providers/allium/alliumcodec.h"
#include "sim/allium/alliumapisim.h"
#include "sim/conyr/conyrmarket.h"
#include "sim/demostream.h"
#include "sim/predikt/prediktmarket.h"
#include "sim/referencemarket.h"
#include "sim/tweets/tweetgenerator.h"
#include "providers/tweets/tweetscodec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QSet>
#include <QTest>
#include <algorithm>
#include <cmath>

namespace {

const QString SolMint = QStringLiteral("So11111111111111111111111111111111111111112");
const QString UsdcMint = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
const QString BonkMint = QStringLiteral("DezXAZ8z7PnrnRJjz3wXBoRgixCa6xjnB7YaB1pPB263");
constexpr qint64 Start = 1764633600000; // 2025-12-02 00:00 UTC
constexpr qint64 Minute = 60000;

double alliumPrice(const QString &chain, const QString &token, qint64 ms)
{
    AlliumApiRequest r;
    r.method = QStringLiteral("POST");
    r.path = QStringLiteral("/api/v1/developer/prices");
    r.body = QJsonObject{{QStringLiteral("chain"), chain}, {QStringLiteral("token_address"), token}};
    const auto [ok, data] = AlliumApiSimHandler::route(r, 1, ms);
    return ok ? data.toObject().value(QStringLiteral("price")).toDouble() : -1;
}

double relative(double a, double b)
{
    return std::abs(a - b) / b;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

class TestDemoCoherence : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void providersQuoteTheSameToken_data()
    {
        QTest::addColumn<QString>("symbol");
        QTest::addColumn<QString>("mint");
        QTest::newRow("SOL") << QStringLiteral("SOL") << SolMint;
        QTest::newRow("BONK") << QStringLiteral("BONK") << BonkMint;
        QTest::newRow("USDC") << QStringLiteral("USDC") << UsdcMint;
    }

    void providersQuoteTheSameToken()
    {
        QFETCH(QString, symbol);
        QFETCH(QString, mint);
        ConyrMarket conyr(mint, 7, Start, ConyrMarket::startPriceFor(mint, 7));
        PrediktMarket predikt(11);
        QList<double> conyrVsPredikt;
        QList<double> conyrVsReference;
        // Six hours, once a simulated minute: the last Conyr trade against Predikt's VWAP.
        for (qint64 t = Start + Minute; t <= Start + 360 * Minute; t += Minute) {
            double last = 0;
            conyr.advanceTo(t, [&](const Conyr::Trade &trade) { last = trade.price; });
            const double vwap = predikt.nextVwap(symbol, t);
            const double reference = ReferenceMarket::priceAt(symbol, t);
            QVERIFY(vwap > 0);
            if (last <= 0)
                continue; // no trade in this minute
            conyrVsPredikt << relative(last, vwap);
            conyrVsReference << relative(last, reference);
            if (symbol == QLatin1String("USDC")) {
                QVERIFY2(std::abs(last - 1.0) < 0.005, qPrintable(QStringLiteral("Conyr USDC at %1").arg(last)));
                QVERIFY2(std::abs(vwap - 1.0) < 0.005, qPrintable(QStringLiteral("Predikt USDC at %1").arg(vwap)));
            }
        }
        QVERIFY(conyrVsPredikt.size() > 200);
        const double median = percentile(conyrVsPredikt, 0.5);
        const double p95 = percentile(conyrVsPredikt, 0.95);
        QVERIFY2(median < 0.006, qPrintable(QStringLiteral("median distance %1 %").arg(median * 100)));
        QVERIFY2(p95 < 0.015, qPrintable(QStringLiteral("95th percentile distance %1 %").arg(p95 * 100)));
        QVERIFY(percentile(conyrVsReference, 0.5) < 0.006);
    }

    void alliumPricesFollowTheReference()
    {
        for (qint64 t = Start; t < Start + 120 * Minute; t += 7 * Minute) {
            const double sol = alliumPrice(QStringLiteral("solana"), SolMint.toLower(), t);
            QVERIFY2(relative(sol, ReferenceMarket::priceAt(QStringLiteral("SOL"), t)) < 0.0001, qPrintable(QString::number(sol)));
            const double usdc = alliumPrice(QStringLiteral("solana"), UsdcMint.toLower(), t);
            QVERIFY2(std::abs(usdc - 1.0) < 0.005, qPrintable(QString::number(usdc)));
            // Wrapped bitcoin and bitcoin are one asset.
            const double btc = alliumPrice(QStringLiteral("bitcoin"), QString(), t);
            const double cbbtc = alliumPrice(QStringLiteral("base"), QStringLiteral("0xcbb7c0000ab88b473b1f5afd9ef808440eed33bf"), t);
            QVERIFY(btc > 10000);
            QVERIFY2(relative(cbbtc, btc) < 0.0001, qPrintable(QStringLiteral("%1 vs %2").arg(cbbtc).arg(btc)));
        }
    }

    void demoBlocksHaveDistinctHashesAndChain()
    {
        QSet<QString> hashes;
        QString previous;
        for (qint64 n = 1000; n < 3000; ++n) {
            const QJsonObject block = QJsonDocument::fromJson(DemoStreamHandler::makeRecord(n, Start + n * 12000)).object();
            const QString hash = block.value(QStringLiteral("hash")).toString();
            QCOMPARE(hash.size(), 66);
            QVERIFY(hash.startsWith(QLatin1String("0x")));
            // No repeated 16-digit group inside one hash.
            QVERIFY2(hash.mid(2, 16) != hash.mid(18, 16), qPrintable(hash));
            hashes.insert(hash);
            if (!previous.isEmpty())
                QCOMPARE(block.value(QStringLiteral("parent_hash")).toString(), previous);
            QVERIFY(block.value(QStringLiteral("parent_hash")).toString() != hash);
            previous = hash;
        }
        QCOMPARE(hashes.size(), 2000);
    }

    void demoTweetsAreVaried()
    {
        // Composed from parts, not ~25 texts on repeat: over 2000 tweets (about half an hour
        // of the demo) most texts are new and none dominates the timeline.
        TweetGenerator generator(42);
        QHash<QString, int> counts;
        constexpr int Total = 2000;
        for (int i = 0; i < Total; ++i) {
            const Tweet t = generator.next(Start + i * 1000);
            QVERIFY(!t.text.isEmpty());
            ++counts[t.text];
        }
        int most = 0;
        for (int n : std::as_const(counts))
            most = std::max(most, n);
        QVERIFY2(counts.size() > Total * 6 / 10, qPrintable(QStringLiteral("%1 distinct texts").arg(counts.size())));
        QVERIFY2(most < Total / 50, qPrintable(QStringLiteral("one text %1 times").arg(most)));
    }

    void demoTweetTextsArriveAsTheCharactersTheyMean()
    {
        // The simulator writes & < > as Twitter's API does (&amp; &lt; &gt;); the client shows
        // the characters, and a text that looks like markup stays that text.
        TweetGenerator generator(7);
        int withEntities = 0;
        for (int i = 0; i < 3000; ++i) {
            const Tweet t = generator.next(Start + i * 1000);
            const QByteArray frame = TweetsCodec::encodeTweet(t);
            if (t.text.contains(QLatin1Char('&')) || t.text.contains(QLatin1Char('<'))) {
                ++withEntities;
                QVERIFY2(frame.contains("&amp;") || frame.contains("&lt;"), frame.constData());
            }
            const TweetsCodec::Message m = TweetsCodec::decode(frame);
            QCOMPARE(m.type, TweetsCodec::Type::NewTweet);
            QCOMPARE(m.tweet.text, t.text);
            QVERIFY2(!m.tweet.text.contains(QLatin1String("&amp;")) && !m.tweet.text.contains(QLatin1String("&lt;")),
                     qPrintable(m.tweet.text));
        }
        QVERIFY2(withEntities > 20, qPrintable(QString::number(withEntities)));
    }

    void theReferenceMovesButStaysNearItsBase()
    {
        double low = 1e9;
        double high = 0;
        for (qint64 t = Start; t < Start + 24 * 60 * Minute; t += Minute) {
            const double p = ReferenceMarket::priceAt(QStringLiteral("SOL"), t);
            low = std::min(low, p);
            high = std::max(high, p);
        }
        const double base = ReferenceMarket::basePrice(QStringLiteral("SOL"));
        QVERIFY(high / low > 1.02); // it moves over a day
        QVERIFY(low > base * 0.95);
        QVERIFY(high < base * 1.05);
        QCOMPARE(ReferenceMarket::priceAt(QStringLiteral("SOL"), Start), ReferenceMarket::priceAt(QStringLiteral("SOL"), Start)); // pure
    }
};

QTEST_GUILESS_MAIN(TestDemoCoherence)
#include "tst_democoherence.moc"
