// ProfileEditorForm, the profile editor's C++ backend: defaults per kind (endpoint, key
// methods, tiers, the relay's NATS fields), validation sentences, saving the profile and
// then its key (the key never in the Profile or the settings), editing keeps the id.

#include "app/profileeditorform.h"
#include "app/relay/relayworkspace.h"
#include "core/keystore.h"
#include "core/profilestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <memory>
#include <optional>

namespace {

const QString Key = QStringLiteral("sk_editor_DO_NOT_PERSIST_8e2b51");
const QString Secret = QStringLiteral("nats-editor-secret-DO_NOT_PERSIST_3c9d");

KeyStore::Result waitFor(const std::function<void(KeyStore::Callback)> &job)
{
    auto result = std::make_shared<std::optional<KeyStore::Result>>();
    job([result](const KeyStore::Result &r) { *result = r; });
    (void)QTest::qWaitFor([result] { return result->has_value(); }, 10000);
    return result->value_or(KeyStore::Result{KeyStore::Error::Other, {}, QStringLiteral("the keychain did not answer")});
}

QString idOf(const QVariant &v)
{
    return v.toMap().value(QStringLiteral("id")).toString();
}

} // namespace

class TestProfileEditorForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsPerKind();
    void aTypedEndpointIsKept();
    void theKindIsAnnouncedBeforeTheTier();
    void validationSaysWhatIsWrong();
    void saveWritesTheProfileThenItsKey();
    void editKeepsTheId();
    void relayFieldsRoundTrip();
    void fromADemoProfile();

private:
    int kindIndex(const QString &kindId) const;
    QString settingsText() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    ProfileStore *m_profiles = nullptr;
    KeyStore *m_keys = nullptr;
    RelayWorkspace *m_relays = nullptr;
    ProfileEditorForm *m_form = nullptr;
};

void TestProfileEditorForm::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_profileeditorform"));
}

void TestProfileEditorForm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir->path());
    m_profiles = new ProfileStore(QStringLiteral("tst-editor-profiles"), this);
    QVERIFY(m_profiles->load());
    m_keys = new KeyStore(QStringLiteral("tidewatch-tst-editor"), this);
    m_relays = new RelayWorkspace(m_profiles, m_keys, RelayTargets{}, this);
    m_form = new ProfileEditorForm(m_profiles, m_keys, m_relays, this);
}

void TestProfileEditorForm::cleanup()
{
    for (const Profile &p : m_profiles->profiles())
        waitFor([this, &p](KeyStore::Callback done) { m_keys->deleteKey(p.id, std::move(done)); });
    delete m_form;
    delete m_relays;
    delete m_keys;
    delete m_profiles;
    m_dir.reset();
}

int TestProfileEditorForm::kindIndex(const QString &kindId) const
{
    const QVariantList kinds = m_form->kinds();
    for (int i = 0; i < kinds.size(); ++i) {
        if (idOf(kinds.at(i)) == kindId)
            return i;
    }
    return -1;
}

QString TestProfileEditorForm::settingsText() const
{
    QFile file(QSettings().fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestProfileEditorForm::defaultsPerKind()
{
    const QVariantList kinds = m_form->kinds();
    QCOMPARE(kinds.size(), m_profiles->providerKinds().size() + 1); // the providers and the relay
    QCOMPARE(idOf(kinds.last()), QStringLiteral("relay"));
    m_form->openForNew();
    QCOMPARE(m_form->kindId(), idOf(kinds.first()));
    for (int i = 0; i < kinds.size(); ++i) {
        const QVariantMap kind = kinds.at(i).toMap();
        const QString id = kind.value(QStringLiteral("id")).toString();
        m_form->chooseKind(i);
        QCOMPARE(m_form->kindIndex(), i);
        QCOMPARE(m_form->kindId(), id);
        QCOMPARE(m_form->url(), kind.value(QStringLiteral("url")).toString());
        QCOMPARE(m_form->authChoices(), m_profiles->authMethods(id));
        QCOMPARE(idOf(m_form->authChoices().value(m_form->authIndex())), kind.value(QStringLiteral("auth")).toString());
        const QStringList tiers = kind.value(QStringLiteral("tiers")).toStringList();
        QCOMPARE(m_form->tiers(), tiers);
        QCOMPARE(m_form->tier(), tiers.value(0));
        QCOMPARE(m_form->relay(), id == QLatin1String("relay"));
        // A key is asked for exactly when the kind's key method sends one.
        const bool sendsKey = m_form->fields().value(QStringLiteral("auth")).toString() != QLatin1String("none");
        if (!m_form->relay())
            QCOMPARE(m_form->keyNeeded(), sendsKey);
    }
    // Conyr documents tiers; the relay's credential choice decides whether a secret is asked for.
    m_form->chooseKind(kindIndex(QStringLiteral("conyr")));
    QVERIFY(!m_form->tiers().isEmpty());
    QVERIFY(m_form->keyNeeded());
    m_form->chooseKind(kindIndex(QStringLiteral("relay")));
    QCOMPARE(m_form->url(), QStringLiteral("nats://127.0.0.1:4222"));
    QVERIFY(m_form->tiers().isEmpty());
    QCOMPARE(m_form->natsModeId(), QStringLiteral("none"));
    QVERIFY(!m_form->keyNeeded());
    m_form->setNatsModeIndex(1);
    QCOMPARE(m_form->natsModeId(), QStringLiteral("user"));
    QVERIFY(m_form->keyNeeded());
    QCOMPARE(m_form->keyLabel(), m_relays->authModes().at(1).toMap().value(QStringLiteral("secretLabel")).toString());
}

void TestProfileEditorForm::aTypedEndpointIsKept()
{
    m_form->openForNew(QStringLiteral("conyr"));
    m_form->setUrl(QStringLiteral("wss://my-own.example.org/ws"));
    m_form->chooseKind(kindIndex(QStringLiteral("generic")));
    QCOMPARE(m_form->url(), QStringLiteral("wss://my-own.example.org/ws"));
    // A tier the new kind has is kept, one it does not have is replaced.
    m_form->chooseKind(kindIndex(QStringLiteral("conyr")));
    m_form->setTier(m_form->tiers().last());
    const QString tier = m_form->tier();
    m_form->chooseKind(kindIndex(QStringLiteral("conyr")));
    QCOMPARE(m_form->tier(), tier);
    m_form->chooseKind(kindIndex(QStringLiteral("tweets")));
    QCOMPARE(m_form->tier(), m_form->tiers().value(0));
}

void TestProfileEditorForm::theKindIsAnnouncedBeforeTheTier()
{
    // The tier box takes the kind's tiers as its model first and shows its first row; the
    // tier the form holds must come after, or the box would show the wrong one.
    QStringList order;
    connect(m_form, &ProfileEditorForm::kindChanged, this, [&order] { order << QStringLiteral("kind"); });
    connect(m_form, &ProfileEditorForm::tierChanged, this, [&order] { order << QStringLiteral("tier"); });
    m_form->openForNew(QStringLiteral("conyr"));
    QVERIFY(order.contains(QStringLiteral("kind")) && order.contains(QStringLiteral("tier")));
    QVERIFY(order.indexOf(QStringLiteral("kind")) < order.indexOf(QStringLiteral("tier")));
    order.clear();
    m_form->chooseKind(kindIndex(QStringLiteral("predikt")));
    QVERIFY(order.indexOf(QStringLiteral("kind")) >= 0);
    QVERIFY(order.indexOf(QStringLiteral("kind")) < order.indexOf(QStringLiteral("tier")));
    // What a box writes back while the form announces a kind is not taken as the user's.
    const QString tier = m_form->tier();
    connect(m_form, &ProfileEditorForm::kindChanged, this, [this] { m_form->setTier(QStringLiteral("box reset")); });
    m_form->chooseKind(kindIndex(QStringLiteral("predikt")));
    QCOMPARE(m_form->tier(), tier);
}

void TestProfileEditorForm::validationSaysWhatIsWrong()
{
    QSignalSpy saved(m_form, &ProfileEditorForm::saved);
    m_form->openForNew(QStringLiteral("conyr"));
    QVERIFY(!m_form->canSave());
    QVERIFY(!m_form->save(Key));
    QVERIFY2(m_form->error().contains(QStringLiteral("name")), qPrintable(m_form->error()));

    m_form->setName(QStringLiteral("Bad URL"));
    QVERIFY(m_form->canSave());
    m_form->setUrl(QStringLiteral("https://not-a-websocket.example.org"));
    QVERIFY(!m_form->save(Key));
    QVERIFY2(m_form->error().contains(QStringLiteral("ws://")), qPrintable(m_form->error()));

    m_form->setUrl(QString());
    QVERIFY(!m_form->canSave());
    QVERIFY(!m_form->save(Key));
    QVERIFY2(m_form->error().contains(QStringLiteral("URL")), qPrintable(m_form->error()));

    // A relay user and password without the user's name.
    m_form->chooseKind(kindIndex(QStringLiteral("relay")));
    m_form->setNatsModeIndex(1);
    QVERIFY(!m_form->save(Secret));
    QVERIFY(!m_form->error().isEmpty());

    // Two profiles with one name.
    QVERIFY(!m_profiles->save({{QStringLiteral("name"), QStringLiteral("Taken")}, {QStringLiteral("kind"), QStringLiteral("generic")},
                               {QStringLiteral("url"), QStringLiteral("wss://a.example.org")}, {QStringLiteral("auth"), QStringLiteral("none")}})
                 .isEmpty());
    m_form->openForNew(QStringLiteral("generic"));
    m_form->setName(QStringLiteral("taken"));
    m_form->setUrl(QStringLiteral("wss://b.example.org"));
    QVERIFY(!m_form->save(QString()));
    QVERIFY2(m_form->error().contains(QStringLiteral("already called")), qPrintable(m_form->error()));

    QCOMPARE(m_profiles->rowCount(), 1);
    QCOMPARE(saved.count(), 0);
    QVERIFY(!m_form->savingKey());
}

void TestProfileEditorForm::saveWritesTheProfileThenItsKey()
{
    QSignalSpy saved(m_form, &ProfileEditorForm::saved);
    QStringList order;
    connect(m_profiles, &ProfileStore::profileAdded, this, [&order] { order << QStringLiteral("profile"); });
    connect(m_keys, &KeyStore::keyWritten, this, [&order] { order << QStringLiteral("key"); });
    m_form->openForNew(QStringLiteral("conyr"));
    m_form->setName(QStringLiteral("Conyr desk"));
    m_form->setSubscriptions(QStringLiteral("blocks\ntoken:So111:trades"));
    QVERIFY2(m_form->save(Key), qPrintable(m_form->error()));
    QVERIFY(m_form->savingKey());
    QVERIFY(!m_form->canSave());
    QVERIFY(saved.wait(10000));
    QVERIFY(!m_form->savingKey());
    QCOMPARE(m_form->error(), QString());
    const QString id = saved.first().first().toString();
    QCOMPARE(m_form->profileId(), id);
    QCOMPARE(order, (QStringList{QStringLiteral("profile"), QStringLiteral("key")}));

    const std::optional<Profile> p = m_profiles->profile(id);
    QVERIFY(p);
    QCOMPARE(p->name, QStringLiteral("Conyr desk"));
    QCOMPARE(p->kind, Provider::Kind::Conyr);
    QCOMPARE(p->url, Provider::defaultUrl(Provider::Kind::Conyr));
    QCOMPARE(p->subscriptions, (QStringList{QStringLiteral("blocks"), QStringLiteral("token:So111:trades")}));
    const KeyStore::Result read = waitFor([&](KeyStore::Callback done) { m_keys->readKey(id, std::move(done)); });
    QVERIFY2(read.ok(), qPrintable(read.message));
    QCOMPARE(read.key, Key);

    // The key is in the keychain only: not in the profile, its options, the export or the settings.
    QVERIFY(!QJsonDocument::fromVariant(m_profiles->get(id)).toJson().contains(Key.toUtf8()));
    QVERIFY(!p->options.values().contains(Key));
    QVERIFY(!m_profiles->exportJson().contains(Key));
    const QString settings = settingsText();
    QVERIFY(settings.contains(QStringLiteral("Conyr desk")));
    QVERIFY(!settings.contains(Key));
    QVERIFY(!QJsonDocument::fromVariant(m_form->fields()).toJson().contains(Key.toUtf8()));
}

void TestProfileEditorForm::editKeepsTheId()
{
    const QString id = m_profiles->save({{QStringLiteral("name"), QStringLiteral("Tweets")}, {QStringLiteral("kind"), QStringLiteral("tweets")},
                                         {QStringLiteral("url"), QStringLiteral("wss://tweets.example.org/v1/twitter/stream")},
                                         {QStringLiteral("auth"), QStringLiteral("x-api-key-lower-header")},
                                         {QStringLiteral("subscriptions"), QStringLiteral("rule-1")}});
    QVERIFY2(!id.isEmpty(), qPrintable(m_profiles->lastError()));
    QVERIFY(!m_form->openForEdit(QStringLiteral("no-such-profile")));
    QVERIFY(m_form->openForEdit(id));
    QCOMPARE(m_form->profileId(), id);
    QCOMPARE(m_form->name(), QStringLiteral("Tweets"));
    QCOMPARE(m_form->kindId(), QStringLiteral("tweets"));
    QCOMPARE(m_form->url(), QStringLiteral("wss://tweets.example.org/v1/twitter/stream"));
    QCOMPARE(idOf(m_form->authChoices().value(m_form->authIndex())), QStringLiteral("x-api-key-lower-header"));
    QCOMPARE(m_form->subscriptions(), QStringLiteral("rule-1"));
    QCOMPARE(m_form->keyLabel(), ProfileEditorForm::tr("Replace key"));

    // No key typed: saved at once, the stored key (none here) untouched.
    QSignalSpy saved(m_form, &ProfileEditorForm::saved);
    QSignalSpy written(m_keys, &KeyStore::keyWritten);
    m_form->setName(QStringLiteral("Tweets renamed"));
    m_form->setSubscriptions(QStringLiteral("rule-1\nrule-2"));
    QVERIFY2(m_form->save(QString()), qPrintable(m_form->error()));
    QCOMPARE(saved.count(), 1);
    QCOMPARE(saved.first().first().toString(), id);
    QCOMPARE(written.count(), 0);
    QCOMPARE(m_profiles->rowCount(), 1);
    QCOMPARE(m_profiles->profile(id)->name, QStringLiteral("Tweets renamed"));
    QCOMPARE(m_profiles->profile(id)->subscriptions.size(), 2);
}

void TestProfileEditorForm::relayFieldsRoundTrip()
{
    QSignalSpy saved(m_form, &ProfileEditorForm::saved);
    m_form->openForNew(QStringLiteral("relay"));
    QVERIFY(m_form->relay());
    m_form->setName(QStringLiteral("Desk relay"));
    m_form->setUrl(QStringLiteral("nats://relay.example.org:4222"));
    m_form->setNatsModeIndex(1);
    m_form->setNatsUser(QStringLiteral(" alice "));
    m_form->setStream(QStringLiteral("TEAM"));
    m_form->setSubscriptions(QStringLiteral("tidewatch.conyr.team.>"));
    QVERIFY2(m_form->save(Secret), qPrintable(m_form->error()));
    QVERIFY(saved.wait(10000));
    const QString id = m_form->profileId();
    const QVariantMap fields = m_relays->profileFields(id);
    QCOMPARE(fields.value(QStringLiteral("natsAuth")).toString(), QStringLiteral("user"));
    QCOMPARE(fields.value(QStringLiteral("natsUser")).toString(), QStringLiteral("alice"));
    QCOMPARE(fields.value(QStringLiteral("stream")).toString(), QStringLiteral("TEAM"));
    QCOMPARE(m_profiles->profile(id)->tier, QString());
    QVERIFY(!settingsText().contains(Secret));
    QVERIFY(!QJsonDocument::fromVariant(m_profiles->profile(id)->options).toJson().contains(Secret.toUtf8()));
    const KeyStore::Result read = waitFor([&](KeyStore::Callback done) { m_keys->readKey(id, std::move(done)); });
    QCOMPARE(read.key, Secret);

    m_form->openForNew(); // something else in between
    QVERIFY(m_form->openForEdit(id));
    QVERIFY(m_form->relay());
    QCOMPARE(m_form->natsModeId(), QStringLiteral("user"));
    QCOMPARE(m_form->natsUser(), QStringLiteral("alice"));
    QCOMPARE(m_form->stream(), QStringLiteral("TEAM"));
}

void TestProfileEditorForm::fromADemoProfile()
{
    Profile demo;
    demo.id = QStringLiteral("demo-predikt");
    demo.name = QStringLiteral("Demo Predikt");
    demo.kind = Provider::Kind::Predikt;
    demo.url = QUrl(QStringLiteral("ws://127.0.0.1:1/api/v1/ws"));
    demo.auth = Auth::Method::SocketIoToken;
    demo.tier = QStringLiteral("PRO");
    demo.subscriptions = {QStringLiteral("SOL"), QStringLiteral("ETH")};
    demo.demo = true;
    m_profiles->setDemoProfiles({demo});
    QVERIFY(m_form->openFromDemo(demo.id));
    QCOMPARE(m_form->profileId(), QString()); // a new profile
    QCOMPARE(m_form->name(), QString());
    QCOMPARE(m_form->kindId(), QStringLiteral("predikt"));
    QCOMPARE(m_form->url(), Provider::defaultUrl(Provider::Kind::Predikt).toString()); // the real endpoint
    QCOMPARE(m_form->tier(), QStringLiteral("PRO"));
    QCOMPARE(m_form->subscriptions(), QStringLiteral("SOL\nETH"));
}

QTEST_MAIN(TestProfileEditorForm)
#include "tst_profileeditorform.moc"
