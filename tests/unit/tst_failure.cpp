#include "core/failure.h"

#include <QTest>
#include <QUrl>

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
    void socketErrors_data();
    void socketErrors();
    void upgradeStatusWinsOverTheSocketError();
    void restAndSocketSayTheSame_data();
    void restAndSocketSayTheSame();
    void nonTransportReplyErrorsAreLeftToTheCaller();
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

void TestFailure::socketErrors_data()
{
    using E = QAbstractSocket::SocketError;
    QTest::addColumn<E>("error");
    QTest::addColumn<QString>("errorString");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<Kind>("kind");
    QTest::newRow("dns") << E::HostNotFoundError << QStringLiteral("Host not found") << QStringLiteral("wss://api.conyr.ai/ws")
                         << QStringLiteral("Host api.conyr.ai not found: check the address and the network connection") << Kind::Transient;
    QTest::newRow("refused") << E::ConnectionRefusedError << QStringLiteral("Connection refused") << QStringLiteral("ws://127.0.0.1:9/")
                             << QStringLiteral("127.0.0.1:9 refused the connection: nothing accepts connections on that port") << Kind::Transient;
    QTest::newRow("refused default port") << E::ConnectionRefusedError << QStringLiteral("Connection refused") << QStringLiteral("wss://example.org/")
                                          << QStringLiteral("example.org:443 refused the connection: nothing accepts connections on that port") << Kind::Transient;
    QTest::newRow("timeout") << E::SocketTimeoutError << QStringLiteral("Socket operation timed out") << QStringLiteral("ws://h.example/")
                             << QStringLiteral("h.example did not answer in time") << Kind::Transient;
    QTest::newRow("network") << E::NetworkError << QStringLiteral("Network unreachable") << QStringLiteral("ws://h.example/")
                             << QStringLiteral("The network connection to h.example failed: check that this computer is online") << Kind::Transient;
    QTest::newRow("closed") << E::RemoteHostClosedError << QStringLiteral("The remote host closed the connection") << QStringLiteral("ws://h.example/")
                            << QStringLiteral("h.example closed the connection unexpectedly") << Kind::Transient;
    QTest::newRow("not tls") << E::SslHandshakeFailedError
                             << QStringLiteral("Error during SSL handshake: error:0A00010B:SSL routines::wrong version number")
                             << QStringLiteral("wss://h.example/")
                             << QStringLiteral("The secure connection (TLS) to h.example failed: the server does not speak TLS on this port (try ws:// instead of wss://)")
                             << Kind::Transient;
    QTest::newRow("bad certificate") << E::SslHandshakeFailedError
                                     << QStringLiteral("Error during SSL handshake: The certificate is self-signed, and untrusted.")
                                     << QStringLiteral("wss://h.example/")
                                     << QStringLiteral("The secure connection (TLS) to h.example failed: The certificate is self-signed, and untrusted")
                                     << Kind::Transient;
    QTest::newRow("scheme") << E::UnsupportedSocketOperationError << QStringLiteral("Unsupported WebSocket scheme: https")
                            << QStringLiteral("https://h.example/") << QStringLiteral("The address must start with ws:// or wss://") << Kind::Final;
    QTest::newRow("unknown") << E::UnknownSocketError << QStringLiteral("Unknown error") << QStringLiteral("ws://h.example/")
                             << QStringLiteral("The connection to h.example could not be opened") << Kind::Transient;
    QTest::newRow("other") << E::AddressInUseError << QStringLiteral("Address in use") << QStringLiteral("ws://h.example/")
                           << QStringLiteral("The connection to h.example failed: Address in use") << Kind::Transient;
}

void TestFailure::socketErrors()
{
    QFETCH(QAbstractSocket::SocketError, error);
    QFETCH(QString, errorString);
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QFETCH(Kind, kind);
    const Failure::Verdict verdict = Failure::describeSocketError(error, errorString, QUrl(url));
    QCOMPARE(verdict.reason, expected);
    QCOMPARE(verdict.kind, kind);
}

void TestFailure::upgradeStatusWinsOverTheSocketError()
{
    // Qt reports a refused upgrade as ConnectionRefusedError with the status in its text.
    const QString text = QStringLiteral("QWebSocketPrivate::processHandshake: Unhandled http status code: 401 (Unauthorized).");
    const Failure::Verdict auth = Failure::describeSocketError(QAbstractSocket::ConnectionRefusedError, text, QUrl(QStringLiteral("wss://h.example/")));
    QCOMPARE(auth.kind, Kind::Auth);
    QCOMPARE(auth.reason, QStringLiteral("The server rejected the API key (HTTP 401 Unauthorized)"));
    const Failure::Verdict notFound = Failure::describeSocketError(
        QAbstractSocket::RemoteHostClosedError, QStringLiteral("Unhandled http status code: 404 (Not Found)."), QUrl(QStringLiteral("ws://h.example/x")));
    QCOMPARE(notFound.reason, QStringLiteral("The server has no WebSocket endpoint at this path (HTTP 404 Not Found)"));
    const Failure::Verdict page = Failure::describeSocketError(
        QAbstractSocket::ConnectionRefusedError, QStringLiteral("Unhandled http status code: 200 (OK)."), QUrl(QStringLiteral("ws://h.example/")));
    QVERIFY2(page.reason.contains(QLatin1String("web page")), qPrintable(page.reason));
    QCOMPARE(Failure::classifyHandshake(QStringLiteral("Unhandled http status code: 500 (Internal Server Error).")).reason,
             QStringLiteral("The server failed while upgrading to a WebSocket (HTTP 500)"));
}

void TestFailure::restAndSocketSayTheSame_data()
{
    QTest::addColumn<QAbstractSocket::SocketError>("socketError");
    QTest::addColumn<QNetworkReply::NetworkError>("replyError");
    QTest::newRow("dns") << QAbstractSocket::HostNotFoundError << QNetworkReply::HostNotFoundError;
    QTest::newRow("refused") << QAbstractSocket::ConnectionRefusedError << QNetworkReply::ConnectionRefusedError;
    QTest::newRow("timeout") << QAbstractSocket::SocketTimeoutError << QNetworkReply::TimeoutError;
    QTest::newRow("closed") << QAbstractSocket::RemoteHostClosedError << QNetworkReply::RemoteHostClosedError;
    QTest::newRow("tls") << QAbstractSocket::SslHandshakeFailedError << QNetworkReply::SslHandshakeFailedError;
}

void TestFailure::restAndSocketSayTheSame()
{
    // The Markets page's candle backfill (REST) and the Connections page's socket name one
    // unreachable host in the same words.
    QFETCH(QAbstractSocket::SocketError, socketError);
    QFETCH(QNetworkReply::NetworkError, replyError);
    const QString detail = QStringLiteral("Error during SSL handshake: certificate expired");
    const QString socket = Failure::describeSocketError(socketError, detail, QUrl(QStringLiteral("wss://api.conyr.ai/ws"))).reason;
    const QString rest = Failure::describeReplyError(replyError, detail, QUrl(QStringLiteral("https://api.conyr.ai/v1/candles")));
    QCOMPARE(rest, socket);
    QVERIFY2(socket.contains(QLatin1String("api.conyr.ai")), qPrintable(socket));
}

void TestFailure::nonTransportReplyErrorsAreLeftToTheCaller()
{
    // HTTP statuses are the caller's to explain (with the server's body).
    QVERIFY(Failure::describeReplyError(QNetworkReply::ContentNotFoundError, QStringLiteral("Not Found"), QUrl(QStringLiteral("https://h/"))).isEmpty());
    QVERIFY(Failure::describeReplyError(QNetworkReply::AuthenticationRequiredError, QStringLiteral("x"), QUrl(QStringLiteral("https://h/"))).isEmpty());
    QVERIFY(Failure::describeReplyError(QNetworkReply::OperationCanceledError, QStringLiteral("x"), QUrl(QStringLiteral("https://h/"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestFailure)
#include "tst_failure.moc"
