#include "core/auth.h"
#include "core/logging.h"

#include <QTest>

class TestRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void queryKeysAreMasked();
    void otherQueryItemsSurvive();
    void headersAreMasked();
    void registeredSecretsAreMaskedEverywhere();
    void logHandlerMasksSecrets();
};

void TestRedact::queryKeysAreMasked()
{
    const QUrl url(QStringLiteral("wss://api.conyr.ai/ws?api_key=fake-test-key-abcdef&token=zzz999zzz"));
    const QString shown = Redact::url(url);
    QVERIFY(!shown.contains(QLatin1String("fake-test-key-abcdef")));
    QVERIFY(!shown.contains(QLatin1String("zzz999zzz")));
    QVERIFY(shown.startsWith(QLatin1String("wss://api.conyr.ai/ws?")));
}

void TestRedact::otherQueryItemsSurvive()
{
    const QUrl url(QStringLiteral("wss://api.allium.so/api/v1/developer/ws/stream?topic=ethereum.blocks&api_key=secret-value-1"));
    const QString shown = Redact::url(url);
    QVERIFY(shown.contains(QLatin1String("topic=ethereum.blocks")));
    QVERIFY(!shown.contains(QLatin1String("secret-value-1")));
}

void TestRedact::headersAreMasked()
{
    for (Auth::Method m : {Auth::Method::ApiKeyHeader, Auth::Method::LowerApiKeyHeader, Auth::Method::Bearer}) {
        QNetworkRequest request(QUrl(QStringLiteral("wss://example.org/")));
        Auth::apply(m, QStringLiteral("hunter2-secret"), request);
        request.setRawHeader("User-Agent", "Tidewatch");
        const QString shown = Redact::headers(request);
        QVERIFY2(!shown.contains(QLatin1String("hunter2-secret")), qPrintable(shown));
        QVERIFY(shown.contains(QLatin1String("User-Agent: Tidewatch")));
    }
}

void TestRedact::registeredSecretsAreMaskedEverywhere()
{
    Redact::registerSecret(QStringLiteral("k3y-in-some-text"));
    const QString out = Redact::text(QStringLiteral("server said: bad key k3y-in-some-text, bye"));
    QVERIFY(!out.contains(QLatin1String("k3y-in-some-text")));
    QVERIFY(out.contains(QLatin1String("server said")));
    Redact::unregisterSecret(QStringLiteral("k3y-in-some-text"));
    QCOMPARE(Redact::text(QStringLiteral("k3y-in-some-text")), QStringLiteral("k3y-in-some-text"));
    // Too short to mask without wrecking ordinary text.
    Redact::registerSecret(QStringLiteral("a"));
    QCOMPARE(Redact::text(QStringLiteral("a cat")), QStringLiteral("a cat"));
}

namespace {
QStringList captured;
void captureHandler(QtMsgType, const QMessageLogContext &, const QString &message)
{
    captured << message;
}
} // namespace

void TestRedact::logHandlerMasksSecrets()
{
    qInstallMessageHandler(captureHandler);
    Redact::installLogFilter();
    Redact::registerSecret(QStringLiteral("log-secret-42"));
    qWarning("connecting with log-secret-42 now");
    QCOMPARE(captured.size(), 1);
    QVERIFY(!captured.constFirst().contains(QLatin1String("log-secret-42")));
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
