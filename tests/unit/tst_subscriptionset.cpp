// Subscription sets: an export imported into a store whose profiles have no subscriptions
// reproduces them; bad files are refused with a sentence and change nothing; profiles are
// matched by provider and name or URL; no key reaches the file.
#include "app/subscriptions/subscriptionset.h"
#include "app/subscriptions/subscriptionsoverview.h"
#include "core/uitranslation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace SubscriptionSet;

namespace {

const char *const Key = "tw-secret-key-4f9a2c";

Item item(const QString &kind, const QString &name, bool optional = false)
{
    Item i;
    i.kind = kind;
    i.name = name;
    i.optional = optional;
    return i;
}

ProfileSet profile(Provider::Kind provider, const QString &id, const QString &name, const QString &url, const QList<Item> &items = {})
{
    ProfileSet p;
    p.provider = provider;
    p.profileId = id;
    p.name = name;
    p.url = url;
    p.items = items;
    return p;
}

/// What a team watches: one profile per provider with some of everything.
QList<ProfileSet> watched()
{
    Item topic = item(QStringLiteral("topic"), QStringLiteral("ethereum.blocks"));
    topic.filter = QJsonObject{{QStringLiteral("field"), QStringLiteral("gas_used")},
                               {QStringLiteral("operator"), QStringLiteral(">")},
                               {QStringLiteral("value"), 1000000}};
    Item monitor = item(QStringLiteral("monitor"), QStringLiteral("founders"), true);
    monitor.usernames = {QStringLiteral("alice"), QStringLiteral("bob")};
    monitor.filterTypes = {QStringLiteral("original")};
    monitor.localId = QStringLiteral("mon_123");
    Item rule = item(QStringLiteral("rule"), QStringLiteral("sol-mentions"));
    rule.query = QStringLiteral("#solana -is:retweet");
    rule.intervalSeconds = 5;
    rule.maxResultsPerPoll = 40;
    rule.localId = QStringLiteral("rule_9");
    ProfileSet conyr = profile(Provider::Kind::Conyr, QStringLiteral("c1"), QStringLiteral("Desk"), QStringLiteral("wss://api.conyr.ai/ws"),
                               {item(QStringLiteral("channel"), QStringLiteral("token:So111:trades")),
                                item(QStringLiteral("channel"), QStringLiteral("token:So111:candles:1m"), true)});
    conyr.tier = QStringLiteral("layer2");
    return {
        conyr,
        profile(Provider::Kind::Predikt, QStringLiteral("p1"), QStringLiteral("Prices"), QStringLiteral("wss://ws.predikt.io/api/v1/ws"),
                {item(QStringLiteral("symbol"), QStringLiteral("SOL")), item(QStringLiteral("symbol"), QStringLiteral("BTC"), true)}),
        profile(Provider::Kind::AlliumStream, QStringLiteral("a1"), QStringLiteral("Chain"), QStringLiteral("wss://api.allium.so/ws/stream"), {topic}),
        profile(Provider::Kind::Tweets, QStringLiteral("t1"), QStringLiteral("Social"), QStringLiteral("wss://scrapebadger.com/v1/twitter/stream"),
                {monitor, rule}),
    };
}

/// An in-memory store: profiles with what they hold; add() appends.
class MemoryTarget : public Target
{
public:
    QList<ProfileSet> store;
    QList<Addition> added;

    QList<ProfileSet> profiles() const override { return store; }
    QString add(const Addition &addition) override
    {
        added << addition;
        for (ProfileSet &p : store) {
            if (p.profileId != addition.profileId)
                continue;
            p.items << addition.items;
            for (const Item &mark : addition.markOptional) {
                for (Item &i : p.items)
                    i.optional = i.optional || (i.kind == mark.kind && i.name == mark.name);
            }
        }
        return {};
    }
};

/// The same profiles with nothing subscribed (different ids: another machine).
QList<ProfileSet> emptyCopies()
{
    QList<ProfileSet> out;
    for (ProfileSet p : watched()) {
        p.profileId = QStringLiteral("here-") + p.profileId;
        p.items.clear();
        out << p;
    }
    return out;
}

QList<ProfileSet> withoutLocalIds(QList<ProfileSet> profiles)
{
    for (ProfileSet &p : profiles) {
        p.profileId.clear();
        for (Item &i : p.items)
            i.localId.clear();
    }
    return profiles;
}

} // namespace

class TestSubscriptionSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // The English plural forms ("1 channel", "2 channels").
        QVERIFY(UiTranslation::loadEnglish(m_english));
        QCoreApplication::installTranslator(&m_english);
    }

    void roundTripIntoAnEmptyStore()
    {
        const QByteArray file = toJson(watched());
        QList<ProfileSet> read;
        QString error;
        QVERIFY2(fromJson(file, read, &error), qPrintable(error));
        QCOMPARE(read.size(), 4);

        MemoryTarget here;
        here.store = emptyCopies();
        const Plan p = plan(read, here.profiles());
        QCOMPARE(p.itemCount, 7);
        QCOMPARE(p.markCount, 0);
        QVERIFY(p.unmatched.isEmpty());
        QCOMPARE(p.summary(),
                 QStringLiteral("Adds 2 channels to Desk, 2 symbols to Prices, the topic ethereum.blocks to Chain, "
                                "and 1 monitor and 1 filter rule to Social."));
        QCOMPARE(apply(p, here), QStringLiteral("Added 7 subscriptions."));
        // The store now holds what was exported: exporting it gives the same file.
        QCOMPARE(toJson(here.store), file);
        for (int i = 0; i < 4; ++i)
            QVERIFY(withoutLocalIds(here.store).at(i).items == withoutLocalIds(watched()).at(i).items);
        QCOMPARE(here.added.at(0).profileId, QStringLiteral("here-c1"));

        // Importing again adds nothing.
        const Plan again = plan(read, here.profiles());
        QVERIFY(again.isEmpty());
        QCOMPARE(again.summary(), QStringLiteral("Nothing to add: everything in the set is here already."));
    }

    void importIsAdditive()
    {
        QList<ProfileSet> read;
        QVERIFY(fromJson(toJson(watched()), read, nullptr));
        MemoryTarget here;
        here.store = emptyCopies();
        // Prices has SOL already (not optional) and ETH; Chain streams another topic.
        here.store[1].items = {item(QStringLiteral("symbol"), QStringLiteral("sol")), item(QStringLiteral("symbol"), QStringLiteral("ETH"))};
        here.store[2].items = {item(QStringLiteral("topic"), QStringLiteral("solana.trades"))};
        // Two Conyr profiles at the same URL: the name decides.
        here.store.insert(0, profile(Provider::Kind::Conyr, QStringLiteral("other"), QStringLiteral("Research"), QStringLiteral("wss://api.conyr.ai/ws")));
        const Plan p = plan(read, here.profiles());
        QCOMPARE(p.additions.at(0).profileId, QStringLiteral("here-c1"));
        QCOMPARE(p.additions.at(1).items.size(), 1); // BTC only: SOL is there (in any case)
        QCOMPARE(p.additions.at(1).items.constFirst().name, QStringLiteral("BTC"));
        QVERIFY(p.summary().contains(QLatin1String("Chain keeps its topic (the set has ethereum.blocks).")));
        apply(p, here);
        QCOMPARE(here.store.at(2).items.size(), 3); // sol, ETH, BTC: nothing removed
        QCOMPARE(here.store.at(3).items.constFirst().name, QStringLiteral("solana.trades"));
        QVERIFY(here.store.at(0).items.isEmpty());

        // An optional mark in the file marks what is here already.
        here.store[2].items[1].optional = false;
        QList<ProfileSet> marked = read;
        marked[1].items = {item(QStringLiteral("symbol"), QStringLiteral("ETH"), true)};
        const Plan marks = plan({marked.at(1)}, here.profiles());
        QCOMPARE(marks.itemCount, 0);
        QCOMPARE(marks.markCount, 1);
        QCOMPARE(marks.summary(), QStringLiteral("Nothing to add: everything in the set is here already. Marks 1 subscription optional."));
    }

    void profilesAreMatchedByNameOrUrl()
    {
        QList<ProfileSet> read;
        QVERIFY(fromJson(toJson(watched()), read, nullptr));
        MemoryTarget here;
        // Renamed here, same URL (the only Predikt profile at it): matched. Conyr: another
        // URL and name: not found. Tweets: named "social" in lower case: matched.
        here.store = {profile(Provider::Kind::Predikt, QStringLiteral("x"), QStringLiteral("My prices"), QStringLiteral("wss://WS.predikt.io/api/v1/ws/")),
                      profile(Provider::Kind::Conyr, QStringLiteral("y"), QStringLiteral("Elsewhere"), QStringLiteral("wss://eu.conyr.ai/ws")),
                      profile(Provider::Kind::Tweets, QStringLiteral("z"), QStringLiteral("social"), QStringLiteral("wss://example.org/stream"))};
        const Plan p = plan(read, here.profiles());
        QCOMPARE(p.additions.size(), 2);
        QCOMPARE(p.additions.at(0).profileId, QStringLiteral("x"));
        QCOMPARE(p.additions.at(1).profileId, QStringLiteral("z"));
        QCOMPARE(p.unmatched, (QStringList{QStringLiteral("Conyr “Desk”"), QStringLiteral("Allium streams “Chain”")}));
        QVERIFY2(p.summary().endsWith(QStringLiteral("Not found here (add the profile first): Conyr “Desk”, Allium streams “Chain”.")),
                 qPrintable(p.summary()));

        // Tweets monitors not listed here yet: nothing is added blind.
        here.store[2].listed = false;
        const Plan unlisted = plan(read, here.profiles());
        QCOMPARE(unlisted.additions.size(), 1);
        QVERIFY(unlisted.summary().contains(QLatin1String("not listed yet")));
    }

    void badFilesAreRefusedWithASentence_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("This file is not JSON");
        QTest::newRow("no format") << QByteArray("{\"rules\": []}") << QStringLiteral("This is not a Tidewatch subscription set");
        QTest::newRow("newer version") << QByteArray(R"({"format":"tidewatch-subscriptions","version":2,"profiles":[]})")
                                       << QStringLiteral("This subscription set is version 2; this Tidewatch reads version 1.");
        QTest::newRow("no version") << QByteArray(R"({"format":"tidewatch-subscriptions","profiles":[]})")
                                    << QStringLiteral("this Tidewatch reads version 1");
        QTest::newRow("unknown provider")
            << QByteArray(R"({"format":"tidewatch-subscriptions","version":1,"profiles":[{"provider":"binance","name":"B"}]})")
            << QStringLiteral("Profile 1 names the provider “binance”, which a subscription set cannot hold (allium-stream, conyr, predikt, tweets).");
        QTest::newRow("relay")
            << QByteArray(R"({"format":"tidewatch-subscriptions","version":1,"profiles":[{"provider":"relay","name":"team"}]})")
            << QStringLiteral("names the provider “relay”");
        QTest::newRow("wrong kind")
            << QByteArray(R"({"format":"tidewatch-subscriptions","version":1,"profiles":[{"provider":"predikt","name":"P","subscriptions":[{"kind":"channel","name":"x"}]}]})")
            << QStringLiteral("Profile 1, subscription 1: Predikt has no subscriptions of the kind “channel” (symbol).");
        QTest::newRow("rule without query")
            << QByteArray(R"({"format":"tidewatch-subscriptions","version":1,"profiles":[{"provider":"tweets","name":"T","subscriptions":[{"kind":"rule","name":"r"}]}]})")
            << QStringLiteral("a filter rule needs its query");
    }
    void badFilesAreRefusedWithASentence()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        QList<ProfileSet> read = watched();
        QString error;
        QVERIFY(!fromJson(file, read, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(read.size(), 4); // untouched
    }

    void noKeyInTheFile()
    {
        QList<ProfileSet> profiles = watched();
        // A URL that carries the key (query auth), user info, and a relay profile with a NATS
        // secret: none of it is written.
        profiles[1].url = QStringLiteral("wss://ws.predikt.io/api/v1/ws?api_key=%1").arg(QLatin1String(Key));
        profiles[0].url = QStringLiteral("wss://user:%1@api.conyr.ai/ws#%1").arg(QLatin1String(Key));
        profiles << profile(Provider::Kind::Relay, QStringLiteral("r"), QStringLiteral("Team relay"),
                            QStringLiteral("nats://team:%1@relay.example.org:4222").arg(QLatin1String(Key)));
        const QByteArray file = toJson(profiles);
        QVERIFY(!file.contains(Key));
        QVERIFY(!file.contains("api_key"));
        QVERIFY(!file.contains("nats://"));
        QVERIFY(!file.contains("mon_123")); // ids are this key's, not the team's
        const QJsonObject root = QJsonDocument::fromJson(file).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("tidewatch-subscriptions"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        QCOMPARE(root.value(QLatin1String("profiles")).toArray().size(), 4);
        QCOMPARE(root.value(QLatin1String("profiles")).toArray().at(1).toObject().value(QLatin1String("url")).toString(),
                 QStringLiteral("wss://ws.predikt.io/api/v1/ws"));
    }

    void overviewExportsChecksAndApplies()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_subscriptionset"));
        QSettings().remove(QStringLiteral("subscriptions/optional"));
        QTemporaryDir dir;
        const QUrl file = QUrl::fromLocalFile(dir.filePath(QStringLiteral("set.json")));
        SubscriptionsOverview overview(SubscriptionsOverview::Source(), nullptr);
        MemoryTarget source;
        source.store = watched();
        overview.setSetTarget(&source);
        QCOMPARE(overview.exportSet(file), QString());
        QCOMPARE(overview.setStatus(), QStringLiteral("Exported 7 subscriptions to set.json (no keys)."));

        MemoryTarget here;
        here.store = emptyCopies();
        overview.setSetTarget(&here);
        const SubscriptionImportCheck check = overview.checkImport(file);
        QVERIFY2(check.ok, qPrintable(check.error));
        QCOMPARE(check.count, 7);
        QVERIFY(here.added.isEmpty()); // nothing before applying
        QCOMPARE(overview.applyImport(), QStringLiteral("Added 7 subscriptions."));
        QCOMPARE(toJson(here.store), toJson(watched()));
        QCOMPARE(overview.applyImport(), QStringLiteral("Choose a subscription set first."));

        // A bad file: the sentence, and nothing to apply.
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"format":"tidewatch-subscriptions","version":7,"profiles":[]})");
        bad.close();
        const SubscriptionImportCheck refused = overview.checkImport(QUrl::fromLocalFile(bad.fileName()));
        QVERIFY(!refused.ok);
        QCOMPARE(refused.error, QStringLiteral("This subscription set is version 7; this Tidewatch reads version 1."));
        QCOMPARE(overview.setStatus(), QStringLiteral("Not imported: This subscription set is version 7; this Tidewatch reads version 1."));
        QCOMPARE(overview.applyImport(), QStringLiteral("Choose a subscription set first."));
    }

private:
    QTranslator m_english;
};

QTEST_GUILESS_MAIN(TestSubscriptionSet)
#include "tst_subscriptionset.moc"
