// Webhook presets against a local HTTP server: the body each chat service takes (Slack
// "text", Discord "content", Telegram chat_id + text to /bot<token>/sendMessage) beside the
// generic JSON; the Telegram bot token comes from the key store (a real Secret Service under
// scripts/test), never from the rule, and is masked; a missing token fails visibly.

#include "alerts/notifiers/alertnotifiers.h"
#include "alerts/notifiers/webhookpresets.h"
#include "alerts/webhooknotifier.h"
#include "core/keystore.h"
#include "core/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>
#include <memory>
#include <optional>

/// Records each request's line ("POST /path") and body; answers 200.
class RecordingHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Request {
        QByteArray line;
        QByteArray headers;
        QByteArray body;
    };
    QList<Request> requests;
    QTcpServer server;

    bool start() { return server.listen(QHostAddress::LocalHost); }
    QUrl url(const QString &path = QStringLiteral("/hook")) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(server.serverPort()).arg(path));
    }

    RecordingHttpServer()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const int headerEnd = int(buffer->indexOf("\r\n\r\n"));
                    if (headerEnd < 0)
                        return;
                    const QByteArray headers = buffer->left(headerEnd);
                    const QByteArray lower = headers.toLower();
                    const int at = int(lower.indexOf("content-length:"));
                    const int length = at < 0 ? 0 : lower.mid(at + 15, lower.indexOf("\r\n", at) - at - 15).trimmed().toInt();
                    if (buffer->size() < headerEnd + 4 + length)
                        return;
                    const QByteArray line = headers.left(headers.indexOf("\r\n"));
                    requests << Request{line.left(line.lastIndexOf(' ')), headers, buffer->mid(headerEnd + 4, length)};
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
};

class TestWebhookPresets : public QObject
{
    Q_OBJECT

    std::unique_ptr<RecordingHttpServer> m_server;
    std::unique_ptr<WebhookNotifier> m_webhooks;
    std::unique_ptr<KeyStore> m_keys;
    std::unique_ptr<AlertNotifiers> m_notifiers;

    static Alert alert()
    {
        Alert a;
        a.id = QStringLiteral("a1");
        a.ruleId = QStringLiteral("r1");
        a.ruleName = QStringLiteral("BTC high");
        a.severity = AlertSeverity::Critical;
        a.provider = QStringLiteral("predikt");
        a.subject = QStringLiteral("BTC-USD");
        a.message = QStringLiteral("BTC-USD rose above 70000: 70001 — “quoted”");
        a.timestampMs = 1'700'000'000'000;
        return a;
    }
    AlertRule rule(const QString &preset) const
    {
        AlertRule r;
        r.id = QStringLiteral("r1");
        r.name = QStringLiteral("BTC high");
        r.webhookPreset = preset;
        r.webhookUrl = m_server->url().toString();
        return r;
    }
    QJsonObject sendAndReceive(const AlertRule &r)
    {
        const int before = int(m_server->requests.size());
        m_notifiers->alertRaised(alert(), r);
        if (!QTest::qWaitFor([&] { return m_server->requests.size() > before; }, 10000))
            return {};
        return QJsonDocument::fromJson(m_server->requests.last().body).object();
    }
    static KeyStore::Result wait(const std::function<void(KeyStore::Callback)> &call)
    {
        std::optional<KeyStore::Result> result;
        call([&result](const KeyStore::Result &r) { result = r; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 10000))
            return {KeyStore::Error::Other, {}, QStringLiteral("timed out waiting for the keychain")};
        return *result;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<RecordingHttpServer>();
        QVERIFY(m_server->start());
        m_webhooks = std::make_unique<WebhookNotifier>();
        m_keys = std::make_unique<KeyStore>(QStringLiteral("tidewatch-test-") + QUuid::createUuid().toString(QUuid::Id128), nullptr);
        m_notifiers = std::make_unique<AlertNotifiers>(false, nullptr);
        m_notifiers->setWebhooks(m_webhooks.get());
        m_notifiers->setKeyStore(m_keys.get());
    }
    void cleanup()
    {
        m_notifiers.reset();
        m_keys.reset();
        m_webhooks.reset();
        m_server.reset();
    }

    void genericBody()
    {
        const QJsonObject body = sendAndReceive(rule(QStringLiteral("generic")));
        QCOMPARE(m_server->requests.last().line, QByteArray("POST /hook"));
        QCOMPARE(body.value(QLatin1String("text")).toString(), QStringLiteral("[CRITICAL] BTC-USD rose above 70000: 70001 — “quoted”"));
        QCOMPARE(body.value(QLatin1String("alert")).toObject().value(QLatin1String("ruleId")).toString(), QStringLiteral("r1"));
    }

    void slackBody()
    {
        const QJsonObject body = sendAndReceive(rule(QStringLiteral("slack")));
        QCOMPARE(body.keys(), QStringList{QStringLiteral("text")});
        QCOMPARE(body.value(QLatin1String("text")).toString(),
                 QStringLiteral("[CRITICAL] BTC high: BTC-USD rose above 70000: 70001 — “quoted”"));
        QVERIFY(m_server->requests.last().headers.toLower().contains("content-type: application/json"));
    }

    void discordBody()
    {
        const QJsonObject body = sendAndReceive(rule(QStringLiteral("discord")));
        QCOMPARE(body.keys(), QStringList{QStringLiteral("content")});
        QVERIFY(body.value(QLatin1String("content")).toString().contains(QStringLiteral("“quoted”")));
        // Discord takes at most 2000 characters.
        Alert longAlert = alert();
        longAlert.message = QString(5000, QLatin1Char('x'));
        const QJsonObject clipped = QJsonDocument::fromJson(
            WebhookPresets::bodyFor(WebhookPresets::Preset::Discord, longAlert)).object();
        QCOMPARE(clipped.value(QLatin1String("content")).toString().size(), 2000);
    }

    void telegramWithTokenFromTheKeyStore()
    {
        const QString token = QStringLiteral("123456789:AAFake-Token_for_tests");
        AlertRule r = rule(QStringLiteral("telegram"));
        r.webhookUrl = m_server->url(QString()).toString(); // the API base (https://api.telegram.org by default)
        r.telegramChatId = QStringLiteral("-1001234567890");
        QVERIFY(r.validate().isEmpty());
        QVERIFY2(!QJsonDocument(r.toJson()).toJson().contains(token.toUtf8()), "the token is never part of the rule");

        // No token stored yet: a visible failure, nothing sent.
        QSignalSpy failed(m_webhooks.get(), &WebhookNotifier::failed);
        m_notifiers->alertRaised(alert(), r);
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.last().at(2).toString().contains(QLatin1String("token")), qPrintable(failed.last().at(2).toString()));
        QCOMPARE(m_webhooks->state(QStringLiteral("r1")), WebhookNotifier::State::Failed);
        QVERIFY(m_server->requests.isEmpty());

        QSignalSpy stored(m_notifiers.get(), &AlertNotifiers::webhookTokenStored);
        m_notifiers->storeWebhookToken(QStringLiteral("r1"), token);
        QVERIFY(stored.wait(10000));
        QVERIFY2(stored.last().at(1).toString().isEmpty(), qPrintable(stored.last().at(1).toString()));
        QSignalSpy presence(m_notifiers.get(), &AlertNotifiers::webhookTokenPresence);
        m_notifiers->checkWebhookToken(QStringLiteral("r1"));
        QVERIFY(presence.wait(10000));
        QCOMPARE(presence.last().at(1).toBool(), true);

        const QJsonObject body = sendAndReceive(r);
        QCOMPARE(m_server->requests.last().line, QByteArray("POST /bot" + token.toUtf8() + "/sendMessage"));
        QCOMPARE(body.value(QLatin1String("chat_id")).toString(), QStringLiteral("-1001234567890"));
        QCOMPARE(body.value(QLatin1String("text")).toString(),
                 QStringLiteral("[CRITICAL] BTC high: BTC-USD rose above 70000: 70001 — “quoted”"));
        QCOMPARE(body.keys(), (QStringList{QStringLiteral("chat_id"), QStringLiteral("text")}));
        // Whatever shows the URL masks the token.
        const QUrl sent = WebhookPresets::urlFor(WebhookPresets::Preset::Telegram, QUrl(r.webhookUrl), token);
        QVERIFY(!Redact::text(sent.toString()).contains(token));
        QVERIFY(!WebhookPresets::displayUrl(WebhookPresets::Preset::Telegram, QUrl(r.webhookUrl)).contains(token));

        // Removing the rule removes its token.
        m_notifiers->setRules({r});
        m_notifiers->setRules({});
        QTRY_VERIFY_WITH_TIMEOUT(wait([&](auto cb) { m_keys->readKey(WebhookPresets::tokenKeyId(QStringLiteral("r1")), cb); }).error
                                     == KeyStore::Error::NotFound,
                                 10000);
    }

    void aRunnerThatDoesNotOwnTheRulesKeepsTheirTokens()
    {
        // `tidewatch-cli alerts` reads the app's tokens: a rule leaving its list (a rules
        // bucket edit) must not delete the token the app still needs.
        AlertRule r = rule(QStringLiteral("telegram"));
        r.webhookUrl = m_server->url(QString()).toString();
        r.telegramChatId = QStringLiteral("42");
        QSignalSpy stored(m_notifiers.get(), &AlertNotifiers::webhookTokenStored);
        m_notifiers->storeWebhookToken(QStringLiteral("r1"), QStringLiteral("987:kept-token"));
        QVERIFY(stored.wait(10000));
        m_notifiers->setOwnsRuleTokens(false);
        m_notifiers->setRules({r});
        m_notifiers->setRules({});
        QTest::qWait(200); // a delete would have been requested synchronously and answered by now
        const KeyStore::Result kept = wait([&](auto cb) { m_keys->readKey(WebhookPresets::tokenKeyId(QStringLiteral("r1")), cb); });
        QVERIFY2(kept.ok(), qPrintable(kept.message));
        QCOMPARE(kept.key, QStringLiteral("987:kept-token"));
    }

    void telegramDefaultsAndValidation()
    {
        QCOMPARE(WebhookPresets::urlFor(WebhookPresets::Preset::Telegram, QUrl(), QStringLiteral("T0KEN")).toString(),
                 QStringLiteral("https://api.telegram.org/botT0KEN/sendMessage"));
        AlertRule r;
        r.name = QStringLiteral("x");
        r.webhookPreset = QStringLiteral("telegram");
        QVERIFY(r.sendsWebhook()); // the default API, no URL needed
        QVERIFY2(r.validate().contains(QLatin1String("chat id")), qPrintable(r.validate()));
        r.webhookPreset = QStringLiteral("teams");
        QVERIFY(!r.validate().isEmpty());
        r.webhookPreset = QStringLiteral("slack");
        QVERIFY(!r.sendsWebhook()); // Slack needs its URL

        QJsonObject json{{QStringLiteral("kind"), QStringLiteral("price-above")}, {QStringLiteral("name"), QStringLiteral("x")},
                         {QStringLiteral("webhookPreset"), QStringLiteral("Discord")},
                         {QStringLiteral("webhookUrl"), QStringLiteral("https://discord.com/api/webhooks/1/abc")}};
        AlertRule back;
        QVERIFY(AlertRule::fromJson(json, back));
        QCOMPARE(back.webhookPreset, QStringLiteral("discord"));
        QCOMPARE(back.toJson().value(QLatin1String("webhookPreset")).toString(), QStringLiteral("discord"));
    }
};

QTEST_GUILESS_MAIN(TestWebhookPresets)
#include "tst_webhookpresets.moc"
