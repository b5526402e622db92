// The Conyr channel catalog: every channel family of reference/conyr.md §3 with the tier it
// needs, the gating per tier (§3, §7: Free has no WebSocket connections), channel names built
// and recognised, the readable generic view, and the catalog list model.
#include "app/conyr/conyrcatalogmodel.h"
#include "providers/conyr/conyrchannelcatalog.h"
#include "providers/conyr/conyrcodec.h"
#include "core/uitranslation.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QScopeGuard>
#include <QTest>
#include <QTranslator>

using namespace Conyr;

namespace {
const QString Mint = QStringLiteral("EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v");
const QString Wallet = QStringLiteral("7xKXtg2CW87d97TXJSDpbD5jBkheTqA83TZRuJosgAsU");
} // namespace

class TestConyrCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogMatchesTheReference_data();
    void catalogMatchesTheReference();
    void gatingPerTier_data();
    void gatingPerTier();
    void freeTierCannotStream();
    void plannedAreNeverAllowed();
    void agentChannelsAreAllowedWithANote();
    void namesAreBuiltAndRecognised();
    void badSubjectsAreRefused();
    void unknownNamesAreGeneric();
    void tierPrices();
    void readablePayload();
    void modelFollowsTheTier();
};

void TestConyrCatalog::catalogMatchesTheReference_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("tier");
    // reference/conyr.md §3, the Tier column.
    QTest::newRow("trades") << "trades" << "token:{mint}:trades" << "layer1";
    QTest::newRow("ticks") << "ticks" << "token:{mint}:ticks" << "layer1";
    QTest::newRow("ohlcv") << "ohlcv" << "token:{mint}:ohlcv:{view}:{tf}" << "layer1";
    QTest::newRow("pnl") << "wallet-pnl" << "wallet:{address}:pnl" << "layer2";
    QTest::newRow("positions") << "wallet-positions" << "wallet:{address}:positions" << "layer2";
    QTest::newRow("labels") << "wallet-labels" << "wallet:{address}:labels" << "layer2";
    QTest::newRow("token security") << "token-security" << "token:{mint}:security" << "layer3";
    QTest::newRow("wallet security") << "wallet-security" << "wallet:{address}:security" << "layer3";
    QTest::newRow("follow") << "wallet-follow" << "wallet:{address}:follow" << "layer3";
    QTest::newRow("entity") << "wallet-entity" << "wallet:{address}:entity" << "layer3";
    QTest::newRow("campaign") << "token-campaign" << "token:{mint}:campaign" << "layer3";
}

void TestConyrCatalog::catalogMatchesTheReference()
{
    QFETCH(QString, id);
    QFETCH(QString, pattern);
    QFETCH(QString, tier);
    const CatalogEntry *e = catalogEntry(id);
    QVERIFY(e);
    QCOMPARE(e->pattern(), pattern);
    QCOMPARE(e->minTier, tier);
    QVERIFY(!e->planned);
    QVERIFY(!e->title().isEmpty());
    QVERIFY(!e->description().isEmpty());
}

void TestConyrCatalog::gatingPerTier_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("tier");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("reason");
    QTest::newRow("L1 trades") << "trades" << "layer1" << true << "";
    QTest::newRow("L1 candles") << "ohlcv" << "Layer 1" << true << "";
    QTest::newRow("L1 pnl") << "wallet-pnl" << "layer1" << false << "Needs Layer 2; this profile's tier is Layer 1.";
    QTest::newRow("L1 security") << "token-security" << "layer1" << false << "Needs Layer 3; this profile's tier is Layer 1.";
    QTest::newRow("L2 pnl") << "wallet-pnl" << "layer2" << true << "";
    QTest::newRow("L2 labels") << "wallet-labels" << "layer2" << true << "";
    QTest::newRow("L2 security") << "wallet-security" << "layer2" << false << "Needs Layer 3; this profile's tier is Layer 2.";
    QTest::newRow("L2 follow") << "wallet-follow" << "layer2" << false << "Needs Layer 3; this profile's tier is Layer 2.";
    QTest::newRow("L3 security") << "token-security" << "layer3" << true << "";
    QTest::newRow("L3 campaign") << "token-campaign" << "layer3" << true << "";
    QTest::newRow("enterprise pnl") << "wallet-pnl" << "enterprise" << true << "";
    QTest::newRow("enterprise security") << "wallet-security" << "Enterprise" << true << "";
    QTest::newRow("empty tier = Layer 1") << "wallet-positions" << "" << false << "Needs Layer 2; this profile's tier is Layer 1.";
}

void TestConyrCatalog::gatingPerTier()
{
    QFETCH(QString, id);
    QFETCH(QString, tier);
    QFETCH(bool, allowed);
    QFETCH(QString, reason);
    const ChannelAvailability a = availability(*catalogEntry(id), tier);
    QCOMPARE(a.allowed, allowed);
    QCOMPARE(a.reason, reason);
}

void TestConyrCatalog::freeTierCannotStream()
{
    for (const CatalogEntry &e : channelCatalog()) {
        const ChannelAvailability a = availability(e, QStringLiteral("free"));
        QVERIFY2(!a.allowed, qPrintable(e.id));
        QVERIFY(!a.reason.isEmpty());
    }
    QCOMPARE(availability(*catalogEntry(QStringLiteral("trades")), QStringLiteral("free")).reason,
             QStringLiteral("The Free tier has no WebSocket connections; streaming needs Layer 1 or higher."));
    QVERIFY(!channelAvailability(QStringLiteral("something:else"), QStringLiteral("free")).allowed);
}

void TestConyrCatalog::plannedAreNeverAllowed()
{
    int planned = 0;
    for (const CatalogEntry &e : channelCatalog()) {
        if (!e.planned)
            continue;
        ++planned;
        const ChannelAvailability a = availability(e, QStringLiteral("enterprise"));
        QVERIFY(!a.allowed);
        QCOMPARE(a.reason, QStringLiteral("Planned by Conyr, not live yet."));
    }
    QCOMPARE(planned, 3); // holders, holders:summary, score
    QCOMPARE(catalogEntryForChannel(QStringLiteral("token:%1:holders:summary").arg(Mint))->id,
             QStringLiteral("token-holders-summary"));
}

void TestConyrCatalog::agentChannelsAreAllowedWithANote()
{
    const ChannelAvailability a = availability(*catalogEntry(QStringLiteral("wallet-bundles")), QStringLiteral("layer1"));
    QVERIFY(a.allowed);
    QVERIFY(!a.note.isEmpty());
    const ChannelAvailability c = availability(*catalogEntry(QStringLiteral("wallet-follow")), QStringLiteral("layer3"));
    QVERIFY(c.allowed);
    QCOMPARE(c.note, QStringLiteral("Opt-in backend: the channel may stay silent."));
}

void TestConyrCatalog::namesAreBuiltAndRecognised()
{
    QString error;
    QCOMPARE(catalogChannelName(*catalogEntry(QStringLiteral("trades")), Mint, {}, {}, &error),
             QStringLiteral("token:%1:trades").arg(Mint));
    QCOMPARE(catalogChannelName(*catalogEntry(QStringLiteral("ohlcv")), Mint, QStringLiteral("full"), QStringLiteral("15m")),
             ohlcvChannel(Mint, QStringLiteral("full"), QStringLiteral("15m")));
    const QString pnl = catalogChannelName(*catalogEntry(QStringLiteral("wallet-pnl")), QLatin1String(" ") + Wallet, {}, {});
    QCOMPARE(pnl, QStringLiteral("wallet:%1:pnl").arg(Wallet));
    for (const CatalogEntry &e : channelCatalog()) {
        const QString name = catalogChannelName(e, e.subject == QLatin1String("wallet") ? Wallet : Mint,
                                                QStringLiteral("filtered"), QStringLiteral("1m"));
        QVERIFY2(!name.isEmpty(), qPrintable(e.id));
        const CatalogEntry *back = catalogEntryForChannel(name);
        QVERIFY2(back && back->id == e.id, qPrintable(name));
    }
    // The typed channel kinds still parse as before.
    QCOMPARE(parseChannel(pnl).kind, ChannelKind::Generic);
    QCOMPARE(channelAvailability(pnl, QStringLiteral("layer1")).allowed, false);
    QCOMPARE(channelAvailability(pnl, QStringLiteral("layer2")).allowed, true);
}

void TestConyrCatalog::badSubjectsAreRefused()
{
    QString error;
    QVERIFY(catalogChannelName(*catalogEntry(QStringLiteral("trades")), QString(), {}, {}, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("Enter a token mint address (base58, 32 to 44 characters)."));
    QVERIFY(catalogChannelName(*catalogEntry(QStringLiteral("wallet-pnl")), QStringLiteral("0OIl"), {}, {}, &error).isEmpty());
    QCOMPARE(error, QStringLiteral("Enter a wallet address (base58, 32 to 44 characters)."));
    QVERIFY(catalogChannelName(*catalogEntry(QStringLiteral("trades")), Mint + QStringLiteral(":x"), {}, {}, &error).isEmpty());
    QVERIFY(catalogChannelName(*catalogEntry(QStringLiteral("ohlcv")), Mint, QStringLiteral("organic"), QStringLiteral("1m"), &error).isEmpty());
    QVERIFY(catalogChannelName(*catalogEntry(QStringLiteral("ohlcv")), Mint, QStringLiteral("full"), QStringLiteral("4h"), &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("1s")));
}

void TestConyrCatalog::unknownNamesAreGeneric()
{
    QVERIFY(!catalogEntryForChannel(QStringLiteral("wallet:%1:gossip").arg(Wallet)));
    QVERIFY(!catalogEntryForChannel(QStringLiteral("nonsense")));
    QVERIFY(!catalogEntryForChannel(QStringLiteral("wallet::pnl")));
    QVERIFY(!catalogEntryForChannel(QString()));
    const ChannelAvailability a = channelAvailability(QStringLiteral("foo:bar:baz"), QStringLiteral("layer1"));
    QVERIFY(a.allowed);
    QVERIFY(!a.note.isEmpty());
}

void TestConyrCatalog::tierPrices()
{
    // reference/conyr.md §7.
    bool from = true;
    QCOMPARE(tierPriceUsdPerMonth(QStringLiteral("free"), &from), 0.0);
    QVERIFY(!from);
    QCOMPARE(tierPriceUsdPerMonth(QStringLiteral("layer1")), 79.0);
    QCOMPARE(tierPriceUsdPerMonth(QStringLiteral("Layer 2")), 249.0);
    QCOMPARE(tierPriceUsdPerMonth(QStringLiteral("layer3")), 599.0);
    QCOMPARE(tierPriceUsdPerMonth(QStringLiteral("enterprise"), &from), 999.0);
    QVERIFY(from);
}

void TestConyrCatalog::readablePayload()
{
    // Counts read as English plurals ("{1 key}", not "{1 fields}"): the app's English translation.
    QTranslator english;
    QVERIFY(UiTranslation::loadEnglish(english));
    QCoreApplication::installTranslator(&english);
    const auto uninstall = qScopeGuard([&] { QCoreApplication::removeTranslator(&english); });
    QCOMPARE(Conyr::readablePayload(QStringLiteral(R"({"severity":"high","score":0.93,"ok":true,"evidence":[1,2],"meta":{"a":1}})")),
             QStringLiteral("evidence [2 items] · meta {1 key} · ok true · score 0.93 · severity high"));
    QCOMPARE(Conyr::readablePayload(QStringLiteral("not json")), QStringLiteral("not json"));
    QCOMPARE(Conyr::readablePayload(QStringLiteral("[1,2,3]")), QStringLiteral("[3 items]"));
    QCOMPARE(Conyr::readablePayload(QStringLiteral(R"({"a":1,"b":2,"c":3})"), 2), QStringLiteral("a 1 · b 2 · +1 more"));
    QCOMPARE(Conyr::readablePayload(QString()), QString());
}

void TestConyrCatalog::modelFollowsTheTier()
{
    ConyrCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), int(channelCatalog().size()));
    const int pnl = model.rowOf(QStringLiteral("wallet-pnl"));
    QVERIFY(pnl >= 0);
    const QModelIndex i = model.index(pnl);
    QCOMPARE(model.data(i, ConyrCatalogModel::AllowedRole).toBool(), false);
    QCOMPARE(model.data(i, ConyrCatalogModel::RequiredTierRole).toString(), QStringLiteral("Layer 2"));
    QCOMPARE(model.data(i, ConyrCatalogModel::ReasonRole).toString(), QStringLiteral("Needs Layer 2; this profile's tier is Layer 1."));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTier(QStringLiteral("layer2"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(2).value<QList<int>>(),
             (QList<int>{ConyrCatalogModel::AllowedRole, ConyrCatalogModel::ReasonRole, ConyrCatalogModel::NoteRole}));
    QCOMPARE(model.data(i, ConyrCatalogModel::AllowedRole).toBool(), true);
    QCOMPARE(model.tierLabel(), QStringLiteral("Layer 2"));
    model.setTier(QStringLiteral("Layer 2"));
    QCOMPARE(changed.count(), 1); // same tier, nothing announced
    QCOMPARE(model.get(pnl).value(QStringLiteral("entryId")).toString(), QStringLiteral("wallet-pnl"));
    QVERIFY(model.get(-1).isEmpty());
}

QTEST_GUILESS_MAIN(TestConyrCatalog)
#include "tst_conyr_catalog.moc"
