// ProfileStore: QSettings persistence (never a key), validation, demo profiles, JSON
// import/export (all or nothing), and the list model's consistency.

#include "core/profilestore.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Secret = QStringLiteral("sk_live_DO_NOT_PERSIST_4f1c9a");

QVariantMap conyrFields(const QString &name = QStringLiteral("Conyr main"))
{
    return {
        {QStringLiteral("name"), name},
        {QStringLiteral("kind"), QStringLiteral("conyr")},
        {QStringLiteral("url"), QStringLiteral("wss://api.conyr.ai/ws")},
        {QStringLiteral("auth"), QStringLiteral("bearer")},
        {QStringLiteral("tier"), QStringLiteral("layer2")},
        {QStringLiteral("subscriptions"), QStringLiteral("token:So111:trades, token:So111:candles:1m\nblocks")},
    };
}

QVariantMap tweetsFields()
{
    return {
        {QStringLiteral("name"), QStringLiteral("Tweets")},
        {QStringLiteral("kind"), QStringLiteral("tweets")},
        {QStringLiteral("url"), QStringLiteral("wss://tweets.example.org/v1/twitter/stream")},
        {QStringLiteral("auth"), QStringLiteral("x-api-key-lower-header")},
    };
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void savesAndLoadsBack();
    void settingsFileNeverContainsTheKey();
    void validationSaysWhatIsWrong_data();
    void validationSaysWhatIsWrong();
    void editKeepsIdAndEmitsChanged();
    void removePersists();
    void damagedEntriesAreReportedAndKept();
    void demoProfilesAreNeverSaved();
    void exportImportRoundTrip();
    void fileExportImportRoundTrip();
    void malformedImportsAreRejectedWhole_data();
    void malformedImportsAreRejectedWhole();
    void providerKindsAndAuthMethods();

private:
    QString settingsText() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestProfileStore::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profilestore"));
}

void TestProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    m_store = std::make_unique<ProfileStore>(QStringLiteral("test-profiles"), nullptr);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_store.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_store->load());
    QCOMPARE(m_store->rowCount(), 0);
}

void TestProfileStore::cleanup()
{
    m_tester.reset();
    m_store.reset();
    m_dir.reset();
}

QString TestProfileStore::settingsText() const
{
    QFile file(QSettings().fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestProfileStore::savesAndLoadsBack()
{
    QSignalSpy added(m_store.get(), &ProfileStore::profileAdded);
    const QString id = m_store->save(conyrFields());
    QVERIFY2(!id.isEmpty(), qPrintable(m_store->lastError()));
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.at(0).at(0).toString(), id);
    QVERIFY(!m_store->save(tweetsFields()).isEmpty());
    QVERIFY(QSettings().fileName().startsWith(m_dir->path()));
    QVERIFY(settingsText().contains(QLatin1String("Conyr main")));

    ProfileStore other(QStringLiteral("test-profiles"), nullptr);
    QAbstractItemModelTester tester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(other.load());
    QCOMPARE(other.rowCount(), 2);
    const auto p = other.profile(id);
    QVERIFY(p.has_value());
    QCOMPARE(p->name, QStringLiteral("Conyr main"));
    QCOMPARE(p->kind, Provider::Kind::Conyr);
    QCOMPARE(p->url, QUrl(QStringLiteral("wss://api.conyr.ai/ws")));
    QCOMPARE(p->auth, Auth::Method::Bearer);
    QCOMPARE(p->tier, QStringLiteral("layer2"));
    QCOMPARE(p->subscriptions, (QStringList{QStringLiteral("token:So111:trades"), QStringLiteral("token:So111:candles:1m"),
                                            QStringLiteral("blocks")}));
    QCOMPARE(other.profileByName(QStringLiteral("conyr MAIN"))->id, id);
    QCOMPARE(other.profilesOfKind(Provider::Kind::Tweets).size(), 1);
    QVERIFY(other.hasUserProfiles());

    // Model roles
    const QModelIndex first = other.index(0);
    QCOMPARE(first.data(ProfileStore::NameRole).toString(), QStringLiteral("Conyr main"));
    QCOMPARE(first.data(ProfileStore::KindRole).toString(), QStringLiteral("conyr"));
    QCOMPARE(first.data(ProfileStore::AuthRole).toString(), QStringLiteral("bearer"));
    QCOMPARE(first.data(ProfileStore::DemoRole).toBool(), false);
}

void TestProfileStore::settingsFileNeverContainsTheKey()
{
    // Whatever QML hands over, a key never reaches the settings file.
    QVariantMap fields = conyrFields();
    fields.insert(QStringLiteral("key"), Secret);
    fields.insert(QStringLiteral("apiKey"), Secret);
    const QString id = m_store->save(fields);
    QVERIFY(!id.isEmpty());

    // A key pasted into the URL is refused rather than stored.
    QSignalSpy errors(m_store.get(), &ProfileStore::error);
    QVariantMap withKeyInUrl = tweetsFields();
    withKeyInUrl.insert(QStringLiteral("url"), QString(QStringLiteral("wss://tweets.example.org/v1/twitter/stream?api_key=") + Secret));
    QVERIFY(m_store->save(withKeyInUrl).isEmpty());
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("the URL contains a key")));
    withKeyInUrl.insert(QStringLiteral("url"), QString(QStringLiteral("wss://user:") + Secret + QStringLiteral("@tweets.example.org/s")));
    QVERIFY(m_store->save(withKeyInUrl).isEmpty());

    // Nor through an import that carries one.
    QJsonObject imported = Profile().toJson();
    imported.insert(QStringLiteral("name"), QStringLiteral("Imported"));
    imported.insert(QStringLiteral("kind"), QStringLiteral("allium-stream"));
    imported.insert(QStringLiteral("url"), QStringLiteral("wss://api.allium.so/api/v1/developer/ws/stream"));
    imported.insert(QStringLiteral("auth"), QStringLiteral("x-api-key-header"));
    imported.insert(QStringLiteral("key"), Secret);
    QCOMPARE(m_store->importJson(QString::fromUtf8(QJsonDocument(QJsonArray{imported}).toJson())), 1);

    const QString text = settingsText();
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QLatin1String("Imported")));
    QVERIFY2(!text.contains(Secret), "the settings file contains a key");
    QVERIFY(!m_store->exportJson().contains(Secret));
}

void TestProfileStore::validationSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("no name") << "name" << QVariant(QStringLiteral("   ")) << "A profile needs a name.";
    QTest::newRow("http") << "url" << QVariant(QStringLiteral("https://api.conyr.ai/ws"))
                          << "Profile \"Conyr main\": the URL must start with ws:// or wss://.";
    QTest::newRow("garbage url") << "url" << QVariant(QStringLiteral("wss://exa mple"))
                                 << "Profile \"Conyr main\": the URL must start with ws:// or wss://.";
    QTest::newRow("no host") << "url" << QVariant(QStringLiteral("wss:///ws")) << "the URL has no host";
    QTest::newRow("unknown kind") << "kind" << QVariant(QStringLiteral("binance"))
                                  << "Profile \"Conyr main\": unknown provider \"binance\".";
    QTest::newRow("auth not documented") << "auth" << QVariant(QStringLiteral("x-api-key-header"))
                                         << "Profile \"Conyr main\": Conyr does not support";
    QTest::newRow("auth unknown") << "auth" << QVariant(QStringLiteral("carrier-pigeon"))
                                  << "Choose how the key is sent to the server.";
}

void TestProfileStore::validationSaysWhatIsWrong()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    QVariantMap fields = conyrFields();
    fields.insert(field, value);
    QSignalSpy errors(m_store.get(), &ProfileStore::error);
    QCOMPARE(m_store->save(fields), QString());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.at(0).at(0).toString().contains(message), qPrintable(errors.at(0).at(0).toString()));
    QCOMPARE(m_store->lastError(), errors.at(0).at(0).toString());
    QCOMPARE(m_store->rowCount(), 0);
    QVERIFY(!settingsText().contains(QLatin1String("Conyr main")));
}

void TestProfileStore::editKeepsIdAndEmitsChanged()
{
    const QString id = m_store->save(conyrFields());
    QVERIFY(!m_store->save(tweetsFields()).isEmpty());
    QSignalSpy changed(m_store.get(), &ProfileStore::profileChanged);
    QSignalSpy dataChanged(m_store.get(), &QAbstractItemModel::dataChanged);
    QVariantMap edit = m_store->get(id);
    QCOMPARE(edit.value(QStringLiteral("name")).toString(), QStringLiteral("Conyr main"));
    edit.insert(QStringLiteral("name"), QStringLiteral("Conyr backup"));
    edit.insert(QStringLiteral("auth"), QStringLiteral("query"));
    QCOMPARE(m_store->save(edit), id);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), 0);
    QCOMPARE(m_store->rowCount(), 2);
    QCOMPARE(m_store->profile(id)->auth, Auth::Method::QueryParameter);

    // A second profile may not take the same name (the CLI finds profiles by name).
    QSignalSpy errors(m_store.get(), &ProfileStore::error);
    QVariantMap clash = tweetsFields();
    clash.insert(QStringLiteral("name"), QStringLiteral("CONYR backup"));
    QVERIFY(m_store->save(clash).isEmpty());
    QVERIFY(errors.at(0).at(0).toString().contains(QLatin1String("already called")));
}

void TestProfileStore::removePersists()
{
    const QString id = m_store->save(conyrFields());
    QVERIFY(!m_store->save(tweetsFields()).isEmpty());
    QSignalSpy removed(m_store.get(), &ProfileStore::profileRemoved);
    m_store->remove(id);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_store->rowCount(), 1);
    ProfileStore other(QStringLiteral("test-profiles"), nullptr);
    QVERIFY(other.load());
    QCOMPARE(other.rowCount(), 1);
    QVERIFY(!other.profile(id).has_value());
    m_store->remove(QStringLiteral("no-such-id")); // harmless
}

void TestProfileStore::damagedEntriesAreReportedAndKept()
{
    QVERIFY(!m_store->save(conyrFields()).isEmpty());
    {
        // Someone edits the file by hand and breaks an entry.
        QSettings settings;
        settings.beginGroup(QStringLiteral("test-profiles"));
        settings.beginWriteArray(QStringLiteral("list"));
        settings.setArrayIndex(1);
        settings.setValue(QStringLiteral("id"), QStringLiteral("broken-1"));
        settings.setValue(QStringLiteral("name"), QStringLiteral("Hand edited"));
        settings.setValue(QStringLiteral("kind"), QStringLiteral("conyr"));
        settings.setValue(QStringLiteral("url"), QStringLiteral("ftp://nope"));
        settings.endArray();
        settings.endGroup();
    }
    ProfileStore other(QStringLiteral("test-profiles"), nullptr);
    QSignalSpy errors(&other, &ProfileStore::error);
    QVERIFY(!other.load());
    QCOMPARE(errors.size(), 1);
    QVERIFY2(other.lastError().contains(QLatin1String("Hand edited")), qPrintable(other.lastError()));
    QCOMPARE(other.rowCount(), 1);
    // Saving something else does not throw the damaged entry away.
    QVERIFY(!other.save(tweetsFields()).isEmpty());
    QVERIFY(settingsText().contains(QLatin1String("ftp://nope")));
    QCOMPARE(other.rowCount(), 2);
}

void TestProfileStore::demoProfilesAreNeverSaved()
{
    QVERIFY(!m_store->save(conyrFields()).isEmpty());
    QSignalSpy demoMode(m_store.get(), &ProfileStore::demoModeChanged);
    Profile demo;
    demo.id = QStringLiteral("demo-conyr");
    demo.name = QStringLiteral("Demo Conyr");
    demo.kind = Provider::Kind::Conyr;
    demo.url = QUrl(QStringLiteral("ws://127.0.0.1:1234/ws"));
    demo.auth = Auth::Method::Bearer;
    m_store->setDemoProfiles({demo});
    QVERIFY(m_store->demoMode());
    QCOMPARE(demoMode.size(), 1);
    QCOMPARE(m_store->rowCount(), 2);
    QVERIFY(m_store->profile(QStringLiteral("demo-conyr"))->demo);
    QVERIFY(!m_store->save(tweetsFields()).isEmpty()); // persists while a demo profile exists
    QVERIFY(!settingsText().contains(QLatin1String("demo-conyr")));
    QVERIFY(!m_store->exportJson().contains(QLatin1String("demo-conyr")));

    // Demo profiles are not editable from the UI.
    QSignalSpy errors(m_store.get(), &ProfileStore::error);
    QVariantMap edit = m_store->get(QStringLiteral("demo-conyr"));
    QVERIFY(m_store->save(edit).isEmpty());
    QCOMPARE(errors.size(), 1);

    ProfileStore other(QStringLiteral("test-profiles"), nullptr);
    QVERIFY(other.load());
    QCOMPARE(other.rowCount(), 2);
    QVERIFY(!other.demoMode());

    m_store->setDemoProfiles({});
    QVERIFY(!m_store->demoMode());
    QCOMPARE(m_store->rowCount(), 2);
}

void TestProfileStore::exportImportRoundTrip()
{
    QVERIFY(!m_store->save(conyrFields()).isEmpty());
    QVariantMap predikt{
        {QStringLiteral("name"), QStringLiteral("Predikt PRO")}, {QStringLiteral("kind"), QStringLiteral("predikt")},
        {QStringLiteral("url"), QStringLiteral("wss://api.predikt.fun/api/v1/ws")},
        {QStringLiteral("auth"), QStringLiteral("socketio-token")}, {QStringLiteral("tier"), QStringLiteral("PRO")},
        {QStringLiteral("subscriptions"), QStringList{QStringLiteral("BTC"), QStringLiteral("ETH")}},
        {QStringLiteral("options"), QVariantMap{{QStringLiteral("socketIoPath"), QStringLiteral("/socket.io/")}}},
    };
    QVERIFY2(!m_store->save(predikt).isEmpty(), qPrintable(m_store->lastError()));
    const QString json = m_store->exportJson();
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("tidewatch-profiles"));
    QCOMPARE(root.value(QStringLiteral("profiles")).toArray().size(), 2);

    ProfileStore other(QStringLiteral("other-profiles"), nullptr);
    QAbstractItemModelTester tester(&other, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(other.load());
    QSignalSpy added(&other, &ProfileStore::profileAdded);
    QCOMPARE(other.importJson(json), 2);
    QCOMPARE(added.size(), 2);
    for (const Profile &p : m_store->profiles())
        QCOMPARE(other.profile(p.id)->toJson(), p.toJson());

    // Importing the same export again replaces by id instead of duplicating.
    QSignalSpy changed(&other, &ProfileStore::profileChanged);
    QCOMPARE(other.importJson(json), 2);
    QCOMPARE(other.rowCount(), 2);
    QCOMPARE(changed.size(), 2);
}

void TestProfileStore::fileExportImportRoundTrip()
{
    QVERIFY(!m_store->save(conyrFields()).isEmpty());
    const QUrl file = QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("export/profiles.json")));
    QSignalSpy errors(m_store.get(), &ProfileStore::error);
    QVERIFY(!m_store->exportToFile(file)); // the folder does not exist
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.at(0).at(0).toString().startsWith(QLatin1String("The profiles could not be exported")));

    const QUrl ok = QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("profiles.json")));
    QVERIFY(m_store->exportToFile(ok));
    ProfileStore other(QStringLiteral("other-profiles"), nullptr);
    QCOMPARE(other.importFromFile(ok), 1);
    QCOMPARE(other.profiles().constFirst().name, QStringLiteral("Conyr main"));

    QSignalSpy otherErrors(&other, &ProfileStore::error);
    QCOMPARE(other.importFromFile(QUrl::fromLocalFile(m_dir->filePath(QStringLiteral("missing.json")))), 0);
    QCOMPARE(otherErrors.size(), 1);
    QVERIFY(otherErrors.at(0).at(0).toString().contains(QLatin1String("could not be opened")));
}

void TestProfileStore::malformedImportsAreRejectedWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray good = R"({"name":"Good","kind":"conyr","url":"wss://api.conyr.ai/ws","auth":"bearer"})";
    QTest::newRow("not json") << QByteArray("{profiles: [") << "The file is not valid JSON";
    QTest::newRow("empty") << QByteArray("") << "The file is not valid JSON";
    QTest::newRow("wrong format") << QByteArray(R"({"format":"something-else","profiles":[]})")
                                  << "The file is not a Tidewatch profile export.";
    QTest::newRow("no list") << QByteArray(R"({"format":"tidewatch-profiles"})") << "not a Tidewatch profile export";
    QTest::newRow("newer") << QByteArray(R"({"format":"tidewatch-profiles","version":9,"profiles":[)" + good + "]}")
                           << "newer Tidewatch";
    QTest::newRow("no profiles") << QByteArray("[]") << "The file contains no profiles.";
    QTest::newRow("entry not object") << QByteArray("[" + good + ", 42]") << "Entry 2 is not a profile.";
    QTest::newRow("no name") << QByteArray("[" + good + R"(, {"kind":"conyr","url":"wss://a/ws"}])")
                             << "Entry 2: A profile needs a name.";
    QTest::newRow("unknown kind") << QByteArray(R"([{"name":"X","kind":"ftx","url":"wss://a/ws"}])")
                                  << "Entry 1: Profile \"X\": unknown provider \"ftx\".";
    QTest::newRow("http url") << QByteArray(R"([{"name":"X","kind":"conyr","url":"http://a/ws","auth":"bearer"}])")
                              << "the URL must start with ws:// or wss://";
    QTest::newRow("key in url") << QByteArray(R"([{"name":"X","kind":"conyr","url":"wss://a/ws?api_key=abc123456","auth":"bearer"}])")
                                << "the URL contains a key";
    QTest::newRow("auth not documented") << QByteArray(R"([{"name":"X","kind":"allium-api","url":"wss://a/ws","auth":"bearer"}])")
                                         << "does not support";
    QTest::newRow("duplicate") << QByteArray("[" + good + "," + good + "]") << "Entry 2: \"Good\" appears twice.";
    QTest::newRow("clash") << QByteArray(R"([{"name":"existing ONE","kind":"conyr","url":"wss://a/ws","auth":"bearer"}])")
                           << "a profile called \"existing ONE\" already exists";
}

void TestProfileStore::malformedImportsAreRejectedWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QVariantMap existing = conyrFields(QStringLiteral("Existing one"));
    QVERIFY(!m_store->save(existing).isEmpty());
    const QString before = settingsText();
    QSignalSpy errors(m_store.get(), &ProfileStore::error);
    QSignalSpy added(m_store.get(), &ProfileStore::profileAdded);
    QCOMPARE(m_store->importJson(QString::fromUtf8(json)), 0);
    QCOMPARE(errors.size(), 1);
    const QString said = errors.at(0).at(0).toString();
    QVERIFY2(said.contains(message), qPrintable(said));
    QCOMPARE(added.size(), 0);
    QCOMPARE(m_store->rowCount(), 1);
    QCOMPARE(settingsText(), before);
}

void TestProfileStore::providerKindsAndAuthMethods()
{
    const QVariantList kinds = m_store->providerKinds();
    QCOMPARE(kinds.size(), 6);
    bool sawConyr = false;
    for (const QVariant &v : kinds) {
        const QVariantMap k = v.toMap();
        if (k.value(QStringLiteral("id")) == QLatin1String("conyr")) {
            sawConyr = true;
            QCOMPARE(k.value(QStringLiteral("url")).toString(), QStringLiteral("wss://api.conyr.ai/ws"));
            QVERIFY(k.value(QStringLiteral("tiers")).toStringList().contains(QLatin1String("layer1")));
        }
    }
    QVERIFY(sawConyr);
    const QVariantList allium = m_store->authMethods(QStringLiteral("allium-stream"));
    QCOMPARE(allium.size(), 1);
    QCOMPARE(allium.at(0).toMap().value(QStringLiteral("id")).toString(), Auth::toId(Auth::Method::ApiKeyHeader));
    const QVariantMap fresh = m_store->newProfile(QStringLiteral("predikt"));
    QCOMPARE(fresh.value(QStringLiteral("url")).toString(), QStringLiteral("wss://api.predikt.fun/api/v1/ws"));
    QCOMPARE(fresh.value(QStringLiteral("tier")).toString(), QStringLiteral("STANDARD"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
