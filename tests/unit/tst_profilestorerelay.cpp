// Relay (NATS) profiles in the ProfileStore: every option a relay profile carries is checked
// on import and on save (NATS URL, credential kind and the fields it needs, TLS files,
// stream name, where a new consumer starts, subjects), each refusal names the profile and
// the field, and the relay kind is one of the store's kinds.

#include "core/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString Name = QStringLiteral("Team relay");
const QString PublicNkey = QStringLiteral("UDXU4RCSJNZOIQHZNWXHXORDPRTGNJAHAHFRGZNEEJCPQTT2M7NLCNF4");

} // namespace

class TestProfileStoreRelay : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files; // TLS files that exist and can be read
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProfileStore> m_store;

    QString file(const QString &name) const { return m_files.filePath(name); }

    /// A relay profile entry of an export: the URL, then options and subjects on top.
    static QJsonObject relay(const QString &url, const QJsonObject &options = {}, const QJsonArray &subjects = {})
    {
        QJsonObject o{{QStringLiteral("name"), Name},
                      {QStringLiteral("kind"), QStringLiteral("relay")},
                      {QStringLiteral("url"), url},
                      {QStringLiteral("auth"), QStringLiteral("none")},
                      {QStringLiteral("subscriptions"), subjects}};
        if (!options.isEmpty())
            o.insert(QStringLiteral("options"), options);
        return o;
    }
    static QString exportOf(const QJsonArray &entries)
    {
        return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("tidewatch-profiles")},
                                                           {QStringLiteral("version"), 1},
                                                           {QStringLiteral("profiles"), entries}})
                                     .toJson());
    }
    static QJsonObject conyr()
    {
        return {{QStringLiteral("name"), QStringLiteral("Conyr main")}, {QStringLiteral("kind"), QStringLiteral("conyr")},
                {QStringLiteral("url"), QStringLiteral("wss://api.conyr.ai/ws")}, {QStringLiteral("auth"), QStringLiteral("bearer")}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("TidewatchTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_profilestorerelay"));
        for (const char *name : {"ca.pem", "client.pem", "client.key"}) {
            QFile f(file(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("-----BEGIN CERTIFICATE-----\n");
        }
        QFile unreadable(file(QStringLiteral("secret.key")));
        QVERIFY(unreadable.open(QIODevice::WriteOnly));
        unreadable.close();
        unreadable.setPermissions(QFileDevice::Permissions());
    }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir->path());
        m_store = std::make_unique<ProfileStore>(QStringLiteral("test-profiles"), nullptr);
        QVERIFY(m_store->load());
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void aBadRelayProfileIsRefusedNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        QTest::addColumn<QString>("message");
        using O = QJsonObject;
        const QString nats = QStringLiteral("nats://relay.example.org:4222");
        const QString tls = QStringLiteral("tls://relay.example.org:4222");
        QTest::newRow("http URL") << relay(QStringLiteral("http://relay.example.org:4222"))
                                  << "a relay URL must start with nats:// or tls://";
        QTest::newRow("ws URL") << relay(QStringLiteral("ws://relay.example.org:4222"))
                                << "a relay URL must start with nats:// or tls://";
        QTest::newRow("password in the URL") << relay(QStringLiteral("nats://desk:hunter2@relay.example.org:4222"))
                                             << "the URL contains a key or password";
        QTest::newRow("unknown credential kind") << relay(nats, O{{"natsAuth", "kerberos"}})
                                                 << "unknown NATS authentication \"kerberos\"";
        QTest::newRow("credential kind not text") << relay(nats, O{{"natsAuth", 2}}) << "the option \"natsAuth\" must be text";
        QTest::newRow("user without a name") << relay(nats, O{{"natsAuth", "user"}}) << "needs a user name";
        QTest::newRow("user with a blank name") << relay(nats, O{{"natsAuth", "user"}, {"natsUser", "  "}}) << "needs a user name";
        QTest::newRow("nkey without the public key") << relay(nats, O{{"natsAuth", "nkey"}}) << "the user's public NKey";
        QTest::newRow("nkey that is a seed") << relay(nats, O{{"natsAuth", "nkey"}, {"natsNkey", QJsonValue("SU" + PublicNkey.mid(2))}})
                                             << "the user's public NKey";
        QTest::newRow("nkey not base32") << relay(nats, O{{"natsAuth", "nkey"}, {"natsNkey", QJsonValue("U" + QString(55, QLatin1Char('1')))}})
                                         << "the user's public NKey";
        QTest::newRow("tls not a bool") << relay(nats, O{{"tls", "yes"}}) << "the option \"tls\" must be true or false";
        QTest::newRow("insecure without TLS") << relay(nats, O{{"tlsInsecure", true}}) << "needs TLS";
        QTest::newRow("CA file with TLS off") << relay(nats, O{{"tlsCa", "/etc/ssl/ca.pem"}})
                                              << "the TLS CA file is set but TLS is off";
        QTest::newRow("relative CA file") << relay(tls, O{{"tlsCa", "ca.pem"}}) << "the TLS CA file must be an absolute path";
        QTest::newRow("missing CA file") << relay(tls, O{{"tlsCa", "/nonexistent/tidewatch/ca.pem"}})
                                         << "the TLS CA file /nonexistent/tidewatch/ca.pem cannot be read";
        QTest::newRow("CA file is a folder") << relay(tls, O{{"tlsCa", QDir::tempPath()}}) << "cannot be read";
        QTest::newRow("certificate without key") << relay(nats, O{{"tls", true}, {"tlsCert", file("client.pem")}})
                                                 << "a client certificate and its private key go together";
        QTest::newRow("key without certificate") << relay(tls, O{{"tlsKey", file("client.key")}})
                                                 << "a client certificate and its private key go together";
        QTest::newRow("stream with a dot") << relay(nats, O{{"stream", "TEAM.A"}}) << "\"TEAM.A\" is not a JetStream stream name";
        QTest::newRow("stream with a space") << relay(nats, O{{"stream", "TEAM A"}}) << "is not a JetStream stream name";
        QTest::newRow("stream with a wildcard") << relay(nats, O{{"stream", "TEAM*"}}) << "is not a JetStream stream name";
        QTest::newRow("stream with a slash") << relay(nats, O{{"stream", "team/a"}}) << "is not a JetStream stream name";
        QTest::newRow("stream too long") << relay(nats, O{{"stream", QString(256, QLatin1Char('S'))}})
                                         << "is not a JetStream stream name";
        QTest::newRow("deliver") << relay(nats, O{{"deliver", "last"}}) << "(deliver) must be \"all\" or \"new\", not \"last\"";
        QTest::newRow("subject with a space") << relay(nats, {}, {"tidewatch.conyr team.>"}) << "\"tidewatch.conyr team.>\" is not a NATS subject";
        QTest::newRow("subject with a tab") << relay(nats, {}, {"tidewatch.\t.>"}) << "is not a NATS subject";
        QTest::newRow("subject with an empty token") << relay(nats, {}, {"tidewatch..price.>"}) << "is not a NATS subject";
        QTest::newRow("subject ends with a dot") << relay(nats, {}, {"tidewatch."}) << "is not a NATS subject";
        QTest::newRow("> not last") << relay(nats, {}, {"tidewatch.>.price"}) << "\"tidewatch.>.price\" is not a NATS subject";
        QTest::newRow("* inside a token") << relay(nats, {}, {"tidewatch.pre*.price"}) << "is not a NATS subject";
        QTest::newRow("> inside a token") << relay(nats, {}, {"tidewatch.x>"}) << "is not a NATS subject";
        QTest::newRow("second subject bad") << relay(nats, {}, {"tidewatch.conyr.>", "tidewatch..x"}) << "\"tidewatch..x\" is not a NATS subject";
    }

    void aBadRelayProfileIsRefusedNamingTheField()
    {
        QFETCH(QJsonObject, entry);
        QFETCH(QString, message);
        QSignalSpy errors(m_store.get(), &ProfileStore::error);
        QSignalSpy added(m_store.get(), &ProfileStore::profileAdded);
        // Beside a good profile: an import is all or nothing, so the good one is not
        // imported either, and the sentence says which profile and which field.
        QCOMPARE(m_store->importJson(exportOf({conyr(), entry})), 0);
        QCOMPARE(errors.size(), 1);
        const QString said = errors.at(0).at(0).toString();
        QVERIFY2(said.contains(message), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("Entry 2")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("\"Team relay\"")), qPrintable(said));
        QCOMPARE(added.size(), 0);
        QCOMPARE(m_store->rowCount(), 0);

        // Saved through the editor's path the same options are refused with the same sentence.
        QVariantMap fields = entry.toVariantMap();
        fields.insert(QStringLiteral("subscriptions"), entry.value(QStringLiteral("subscriptions")).toVariant().toStringList());
        QVERIFY(m_store->save(fields).isEmpty());
        QVERIFY2(m_store->lastError().contains(message), qPrintable(m_store->lastError()));
    }

    void aGoodRelayProfileIsImported_data()
    {
        QTest::addColumn<QJsonObject>("entry");
        using O = QJsonObject;
        const QString nats = QStringLiteral("nats://relay.example.org:4222");
        const QString tls = QStringLiteral("tls://relay.example.org:4222");
        QTest::newRow("no options") << relay(nats);
        // What the editor saves for a profile without credentials: every field, empty ones too.
        QTest::newRow("editor fields") << relay(nats, O{{"natsAuth", "none"}, {"natsUser", ""}, {"natsNkey", ""}, {"tls", false},
                                                        {"tlsCa", ""}, {"tlsCert", ""}, {"tlsKey", ""}, {"tlsInsecure", false},
                                                        {"stream", "TIDEWATCH"}, {"deliver", "all"}},
                                                 {"tidewatch.>"});
        QTest::newRow("user") << relay(nats, O{{"natsAuth", "user"}, {"natsUser", "desk"}}, {"tidewatch.conyr.*.trade.>", "tidewatch.predikt.>"});
        QTest::newRow("token") << relay(nats, O{{"natsAuth", "token"}, {"deliver", "new"}});
        QTest::newRow("nkey") << relay(nats, O{{"natsAuth", "nkey"}, {"natsNkey", PublicNkey}});
        QTest::newRow("mutual TLS") << relay(tls, O{{"tlsCa", file("ca.pem")}, {"tlsCert", file("client.pem")}, {"tlsKey", file("client.key")}});
        QTest::newRow("TLS on a nats URL") << relay(nats, O{{"tls", true}, {"tlsCa", file("ca.pem")}, {"stream", "TEAM_relay-2"}});
        QTest::newRow("lab") << relay(tls, O{{"tlsInsecure", true}}, {">"});
    }

    void aGoodRelayProfileIsImported()
    {
        QFETCH(QJsonObject, entry);
        QCOMPARE(m_store->importJson(exportOf({conyr(), entry})), 2);
        QVERIFY2(m_store->lastError().isEmpty(), qPrintable(m_store->lastError()));
        const std::optional<Profile> p = m_store->profileByName(Name);
        QVERIFY(p);
        QCOMPARE(p->kind, Provider::Kind::Relay);
        QCOMPARE(p->options, entry.value(QStringLiteral("options")).toObject().toVariantMap());
    }

    void anUnreadableKeyFileIsRefused()
    {
        if (QFileInfo(file(QStringLiteral("secret.key"))).isReadable())
            QSKIP("running as a user who reads every file (root)");
        const QJsonObject entry = relay(QStringLiteral("tls://relay.example.org:4222"),
                                        QJsonObject{{"tlsCert", file("client.pem")}, {"tlsKey", file("secret.key")}});
        QCOMPARE(m_store->importJson(exportOf({entry})), 0);
        QVERIFY2(m_store->lastError().contains(QStringLiteral("the TLS private key")), qPrintable(m_store->lastError()));
        QVERIFY2(m_store->lastError().contains(QStringLiteral("cannot be read")), qPrintable(m_store->lastError()));
    }

    void theEditorsSaveChecksTheOptionsToo()
    {
        // Before, save() set the options after Profile::problem() had run: a bad stream
        // name went through the editor's save unchecked.
        const QVariantMap fields{{QStringLiteral("name"), Name},
                                 {QStringLiteral("kind"), QStringLiteral("relay")},
                                 {QStringLiteral("url"), QStringLiteral("nats://127.0.0.1:4222")},
                                 {QStringLiteral("auth"), QStringLiteral("none")},
                                 {QStringLiteral("options"), QVariantMap{{QStringLiteral("stream"), QStringLiteral("NO.DOTS")}}}};
        QVERIFY(m_store->save(fields).isEmpty());
        QVERIFY2(m_store->lastError().contains(QStringLiteral("is not a JetStream stream name")), qPrintable(m_store->lastError()));
        QCOMPARE(m_store->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfileStoreRelay)
#include "tst_profilestorerelay.moc"
