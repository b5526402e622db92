#include "core/failure.h"

#include <QTest>

using Failure::Kind;

class TestFailure : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void closeCodes_data();
    void closeCodes();
    void handshake_data();
    void handshake();
    void terminalKinds();
};

void TestFailure::closeCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("4001 bad key") << 4001 << QStringLiteral("Invalid or missing API key") << Kind::Auth;
    QTest::newRow("4003 too many") << 4003 << QStringLiteral("Connection limit exceeded") << Kind::Limit;
    QTest::newRow("4029 rate") << 4029 << QString() << Kind::Limit;
    QTest::newRow("1013 try later") << 1013 << QString() << Kind::Limit;
    QTest::newRow("1008 auth") << 1008 << QStringLiteral("invalid api key") << Kind::Auth;
    QTest::newRow("1008 other") << 1008 << QStringLiteral("bad frame") << Kind::Transient;
    QTest::newRow("1000 normal") << 1000 << QString() << Kind::Transient;
    QTest::newRow("1001 going away") << 1001 << QString() << Kind::Transient;
    QTest::newRow("1006 lost") << 1006 << QString() << Kind::Transient;
    QTest::newRow("1011 server error") << 1011 << QString() << Kind::Transient;
}

void TestFailure::closeCodes()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(Kind, kind);
    const auto verdict = Failure::classifyClose(code, reason);
    QCOMPARE(verdict.kind, kind);
    QVERIFY(!verdict.reason.isEmpty());
    if (!reason.isEmpty())
        QVERIFY2(verdict.reason.contains(reason), "the server's own words must reach the user");
}

void TestFailure::handshake_data()
{
    QTest::addColumn<QString>("error");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("401") << QStringLiteral("QWebSocketPrivate::processHandshake: Unhandled http status code: 401 (Unauthorized).") << Kind::Auth << 401;
    QTest::newRow("403") << QStringLiteral("Unhandled http status code: 403 (Forbidden).") << Kind::Auth << 403;
    QTest::newRow("429") << QStringLiteral("Unhandled http status code: 429 (Too Many Requests).") << Kind::Limit << 429;
    QTest::newRow("402") << QStringLiteral("Unhandled http status code: 402 (Payment Required).") << Kind::Billing << 402;
    QTest::newRow("502") << QStringLiteral("Unhandled http status code: 502 (Bad Gateway).") << Kind::Transient << 502;
    QTest::newRow("refused") << QStringLiteral("Connection refused") << Kind::Transient << 0;
}

void TestFailure::handshake()
{
    QFETCH(QString, error);
    QFETCH(Kind, kind);
    QFETCH(int, status);
    QCOMPARE(Failure::httpStatusFromError(error), status);
    QCOMPARE(Failure::classifyHandshake(error).kind, kind);
}

void TestFailure::terminalKinds()
{
    QVERIFY(Failure::isTerminal(Kind::Auth));
    QVERIFY(Failure::isTerminal(Kind::Billing));
    QVERIFY(Failure::isTerminal(Kind::Final));
    QVERIFY(!Failure::isTerminal(Kind::Limit));
    QVERIFY(!Failure::isTerminal(Kind::Transient));
}

QTEST_GUILESS_MAIN(TestFailure)
#include "tst_failure.moc"
