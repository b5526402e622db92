// Webhooks against a local HTTP server: delivered, 500 then a retry, 4xx not retried,
// unreachable → failed with a visible reason.

#include "alerts/alertrulemodel.h"
#include "alerts/webhooknotifier.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

/// A tiny HTTP server answering each request with the next scripted status.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT
public:
    QList<int> statuses;
    QList<QByteArray> bodies;
    QTcpServer server;

    bool start() { return server.listen(QHostAddress::LocalHost); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(server.serverPort())); }

    ScriptedHttpServer()
    {
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    const int headerEnd = int(buffer->indexOf("\r\n\r\n"));
                    if (headerEnd < 0)
                        return;
                    const QByteArray headers = buffer->left(headerEnd).toLower();
                    const int at = int(headers.indexOf("content-length:"));
                    const int length = at < 0 ? 0 : headers.mid(at + 15, headers.indexOf("\r\n", at) - at - 15).trimmed().toInt();
                    if (buffer->size() < headerEnd + 4 + length)
                        return;
                    bodies << buffer->mid(headerEnd + 4, length);
                    const int status = statuses.isEmpty() ? 200 : statuses.takeFirst();
                    s->write("HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
};

class TestAlertWebhook : public QObject
{
    Q_OBJECT

private:
    Alert alert() const
    {
        Alert a;
        a.id = QStringLiteral("a1");
        a.ruleId = QStringLiteral("r1");
        a.ruleName = QStringLiteral("BTC high");
        a.severity = AlertSeverity::Critical;
        a.subject = QStringLiteral("BTC");
        a.message = QStringLiteral("BTC rose above 70000: 70001 — “quoted”");
        a.timestampMs = 1'700'000'000'000;
        return a;
    }
    WebhookNotifier::Settings fast() const
    {
        WebhookNotifier::Settings s;
        s.maxAttempts = 3;
        s.firstRetryMs = 50;
        s.maxRetryMs = 200;
        s.timeoutMs = 3000;
        return s;
    }

private Q_SLOTS:
    void delivered()
    {
        ScriptedHttpServer http;
        QVERIFY(http.start());
        WebhookNotifier notifier;
        notifier.setSettings(fast());
        QSignalSpy done(&notifier, &WebhookNotifier::delivered);
        QVERIFY(notifier.send(http.url(), alert()));
        QVERIFY(done.wait(5000));
        QCOMPARE(done.constFirst().at(2).toInt(), 1);
        QCOMPARE(notifier.state(QStringLiteral("r1")), WebhookNotifier::State::Delivered);
        const QJsonObject body = QJsonDocument::fromJson(http.bodies.constFirst()).object();
        QCOMPARE(body.value(QLatin1String("text")).toString(), QStringLiteral("[CRITICAL] ") + alert().message);
        QCOMPARE(body.value(QLatin1String("alert")).toObject().value(QLatin1String("subject")).toString(), QStringLiteral("BTC"));
    }

    void serverErrorThenRetrySucceeds()
    {
        ScriptedHttpServer http;
        http.statuses = {500, 503, 200};
        QVERIFY(http.start());
        WebhookNotifier notifier;
        notifier.setSettings(fast());
        QSignalSpy done(&notifier, &WebhookNotifier::delivered);
        QSignalSpy states(&notifier, &WebhookNotifier::stateChanged);
        QVERIFY(notifier.send(http.url(), alert()));
        QVERIFY(done.wait(5000));
        QCOMPARE(done.constFirst().at(2).toInt(), 3);
        QCOMPARE(http.bodies.size(), 3);
        QCOMPARE(notifier.state(QStringLiteral("r1")), WebhookNotifier::State::Delivered);
        QVERIFY(states.count() >= 3); // sending → retrying → delivered
    }

    void clientErrorIsNotRetried()
    {
        ScriptedHttpServer http;
        http.statuses = {404, 200};
        QVERIFY(http.start());
        WebhookNotifier notifier;
        notifier.setSettings(fast());
        QSignalSpy failed(&notifier, &WebhookNotifier::failed);
        notifier.send(http.url(), alert());
        QVERIFY(failed.wait(5000));
        QCOMPARE(http.bodies.size(), 1);
        QVERIFY(notifier.lastError(QStringLiteral("r1")).contains(QStringLiteral("404")));
    }

    void unreachableFailsVisibly()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        WebhookNotifier notifier;
        notifier.setSettings(fast());
        AlertRuleModel rules;
        QAbstractItemModelTester tester(&rules);
        rules.setNotifier(&notifier);
        AlertRule r;
        r.id = QStringLiteral("r1");
        r.name = QStringLiteral("BTC high");
        r.webhookUrl = QStringLiteral("http://127.0.0.1:%1/hook").arg(port);
        rules.setRules({r});
        QSignalSpy failed(&notifier, &WebhookNotifier::failed);
        QSignalSpy changed(&rules, &QAbstractItemModel::dataChanged);
        notifier.send(QUrl(r.webhookUrl), alert());
        QVERIFY(failed.wait(10000));
        QCOMPARE(notifier.state(QStringLiteral("r1")), WebhookNotifier::State::Failed);
        const QModelIndex row = rules.index(0);
        QCOMPARE(row.data(AlertRuleModel::WebhookStateRole).toString(), QStringLiteral("failed"));
        QVERIFY(row.data(AlertRuleModel::WebhookErrorRole).toString().contains(QStringLiteral("gave up after 3")));
        QVERIFY(changed.count() > 0);
    }

    void badUrlIsRefused()
    {
        WebhookNotifier notifier;
        QVERIFY(!notifier.send(QUrl(QStringLiteral("ftp://example.org/x")), alert()));
        QCOMPARE(notifier.state(QStringLiteral("r1")), WebhookNotifier::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestAlertWebhook)
#include "tst_alertwebhook.moc"
