// The secret registry and its one masker (src/core/secrets.h): counted uses, a connection
// holding its key while configured, every written form of a key (raw, JSON-escaped once and
// twice, percent-encoded), short keys only as a whole value, the no-secret fast path, and
// the inspector, recording and CSV writers all masking through it.

#include "core/connection.h"
#include "core/logging.h"
#include "core/secrets.h"
#include "models/csv/csvexporter.h"
#include "models/inspector/frameinspectormodel.h"
#include "models/record/framerecording.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTest>
#include <QUrl>
#include <thread>

namespace {

const QByteArray Mask(Secrets::Mask);

/// The key inside a JSON string as QJsonDocument writes it (without the quotes).
QByteArray jsonEscaped(const QString &key)
{
    const QByteArray array = QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact);
    return array.mid(2, array.size() - 4);
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QCOMPARE(Secrets::count(), 0); } // every test leaves the registry empty

    void nothingRegisteredLeavesBytesAlone()
    {
        QVERIFY(!Secrets::any());
        const QByteArray frame = "{\"token\":\"anything-at-all\"}";
        const QByteArray out = Secrets::mask(frame);
        QCOMPARE(out, frame);
        QCOMPARE(out.constData(), frame.constData()); // shared, not copied
    }

    void usesAreCounted()
    {
        const QString key = QStringLiteral("sk_live_4f9a2c7e1b");
        Secrets::add(key);
        Secrets::add(key);
        QVERIFY(Secrets::any());
        QCOMPARE(Secrets::mask(QByteArray("bad key sk_live_4f9a2c7e1b!")), QByteArray("bad key ") + Mask + "!");
        Secrets::remove(key);
        QVERIFY(!Secrets::mask(QByteArray("sk_live_4f9a2c7e1b")).contains("sk_live"));
        Secrets::remove(key);
        QCOMPARE(Secrets::mask(QByteArray("sk_live_4f9a2c7e1b")), QByteArray("sk_live_4f9a2c7e1b"));
        QVERIFY(!Secrets::any());
        Secrets::remove(key); // one too many: ignored
        QCOMPARE(Secrets::count(), 0);
    }

    void unmatchedTextIsNotCopied()
    {
        Secrets::Hold hold(QStringLiteral("not-in-this-frame-123"));
        const QByteArray frame = "{\"type\":\"block\",\"number\":19000000}";
        QCOMPARE(Secrets::mask(frame).constData(), frame.constData());
        const QString text = QString::fromUtf8(frame);
        QCOMPARE(Secrets::mask(text).constData(), text.constData());
    }

    void everyOccurrenceAndEverySecret()
    {
        Secrets::Hold a(QStringLiteral("first-secret-AAAA"));
        Secrets::Hold b(QStringLiteral("secret-AAAA")); // contained in the first one
        Secrets::Hold c(QStringLiteral("third-one-ZZZZ"));
        const QByteArray out =
            Secrets::mask(QByteArray("first-secret-AAAA,secret-AAAA;third-one-ZZZZthird-one-ZZZZ end"));
        QCOMPARE(out, Mask + "," + Mask + ";" + Mask + Mask + " end");
    }

    void writtenForms_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QByteArray>("written");
        const QString key = QStringLiteral("ab/cd\"ef+gh\\ij é=");
        QTest::newRow("raw") << key << key.toUtf8();
        QTest::newRow("json") << key << jsonEscaped(key);
        QTest::newRow("json, twice") << key << jsonEscaped(QString::fromUtf8(jsonEscaped(key)));
        QTest::newRow("json, strict ascii") << key << QByteArray("ab\\/cd\\\"ef+gh\\\\ij \\u00e9=");
        QTest::newRow("json, upper-case escapes") << key << QByteArray("ab\\/cd\\\"ef+gh\\\\ij \\u00E9=");
        QTest::newRow("percent") << key << QUrl::toPercentEncoding(key);
        QTest::newRow("percent, lower-case") << key << QByteArray("ab%2fcd%22ef%2bgh%5cij%20%c3%a9%3d");
    }
    void writtenForms()
    {
        QFETCH(QString, key);
        QFETCH(QByteArray, written);
        Secrets::Hold hold(key);
        const QByteArray frame = "{\"error\":\"rejected " + written + " here\"}";
        const QByteArray out = Secrets::mask(frame);
        QVERIFY2(!out.contains(written), out.constData());
        QCOMPARE(out, QByteArray("{\"error\":\"rejected ") + Mask + " here\"}");
    }

    void otherThreadsSeeChanges()
    {
        // Each thread keeps its own copy of the patterns; a change must reach it.
        const QByteArray frame = "x threaded-key-8080 y";
        auto maskElsewhere = [&frame] {
            QByteArray out;
            std::thread t([&] { out = Secrets::mask(frame); });
            t.join();
            return out;
        };
        QByteArray before;
        std::thread warm([&] { before = Secrets::mask(frame); });
        warm.join();
        QCOMPARE(before, frame);
        auto hold = std::make_unique<Secrets::Hold>(QStringLiteral("threaded-key-8080"));
        QCOMPARE(maskElsewhere(), QByteArray("x ") + Mask + " y");
        QCOMPARE(Secrets::mask(frame), QByteArray("x ") + Mask + " y");
        hold.reset();
        QCOMPARE(maskElsewhere(), frame);
        QCOMPARE(Secrets::mask(frame), frame);
    }

    void shortSecretsOnlyAsAWholeValue()
    {
        Secrets::Hold hold(QStringLiteral("abc"));
        // As a whole JSON string or a whole query value: masked.
        QCOMPARE(Secrets::mask(QByteArray("40/api/v1/ws,{\"token\":\"abc\"}")),
                 QByteArray("40/api/v1/ws,{\"token\":\"") + Mask + "\"}");
        QCOMPARE(Secrets::mask(QByteArray("wss://h/ws?api_key=abc&x=1")), QByteArray("wss://h/ws?api_key=") + Mask + "&x=1");
        QCOMPARE(Secrets::mask(QByteArray("key=abc")), QByteArray("key=") + Mask);
        // Inside other text: left alone, so a three-letter key does not wreck every frame.
        for (const QByteArray &text : {QByteArray("abcdef"), QByteArray("the abc song"), QByteArray("{\"s\":\"abcd\"}"),
                                      QByteArray("{\"s\":\"xabc\"}"), QByteArray("x=abcd"), QByteArray("abc")}) {
            QCOMPARE(Secrets::mask(text), text);
        }
        QCOMPARE(Redact::text(QStringLiteral("a cab, abc.")), QStringLiteral("a cab, abc."));
    }

    void holdSwapsAndLetsGo()
    {
        const QString first = QStringLiteral("hold-first-key-111");
        const QString second = QStringLiteral("hold-second-key-222");
        {
            Secrets::Hold hold(first);
            QVERIFY(Secrets::contains(first));
            hold.set(second);
            QVERIFY(!Secrets::contains(first));
            QVERIFY(Secrets::contains(second));
            hold.set(second); // the same key again: still one use
            QCOMPARE(Secrets::count(), 1);
        }
        QCOMPARE(Secrets::count(), 0);
    }

    void connectionHoldsItsKeyWhileConfigured()
    {
        const QString key = QStringLiteral("conn-key-0123456789");
        const QString changed = QStringLiteral("conn-key-changed-987");
        ConnectionConfig config;
        config.name = QStringLiteral("c");
        config.url = QUrl(QStringLiteral("ws://127.0.0.1:1/"));
        config.auth = Auth::Method::SocketIoToken;
        config.key = key;
        auto connection = std::make_unique<Connection>(config);
        QVERIFY(Secrets::contains(key)); // configured: registered before any frame exists
        {
            Connection sameKey(config); // a second connection with the same key …
            QCOMPARE(Secrets::count(), 1);
        }
        QVERIFY(Secrets::contains(key)); // … going away leaves the first one's use
        connection->setKey(changed);
        QVERIFY(!Secrets::contains(key));
        QVERIFY(Secrets::contains(changed));
        connection.reset();
        QCOMPARE(Secrets::count(), 0);
    }

    void redactTextAndLogsUseTheSameMasker()
    {
        Redact::registerSecret(QStringLiteral("log-and-frame-key"));
        QCOMPARE(Redact::text(QStringLiteral("x log-and-frame-key y")), QStringLiteral("x ") + QString::fromUtf8(Mask) + QStringLiteral(" y"));
        QCOMPARE(Secrets::mask(QByteArray("log-and-frame-key")), Mask);
        Redact::unregisterSecret(QStringLiteral("log-and-frame-key"));
    }

    void inspectorMasksBeforeItTruncates()
    {
        const QString key = QStringLiteral("truncation-edge-key-42");
        Secrets::Hold hold(key);
        FrameInspectorModel model;
        // The key straddles the inspector's per-frame cut: masked first, so no half of it stays.
        QByteArray big(FrameInspectorModel::MaxStoredBytes - 10, 'x');
        big += key.toUtf8();
        big += QByteArray(100, 'y');
        model.addFrame(Connection::Direction::Incoming, big, 1, false);
        model.flush();
        const QString text = model.textAt(0);
        QVERIFY(model.index(0).data(FrameInspectorModel::TruncatedRole).toBool());
        QVERIFY(!text.contains(key.left(8)));
        QVERIFY(text.contains(QString::fromUtf8(Mask)));
    }

    void recordingLinesAreMasked()
    {
        const QString key = QStringLiteral("record-me-not-5551");
        Secrets::Hold hold(key);
        RecordingHeader header;
        header.connection = QStringLiteral("c");
        header.url = QStringLiteral("wss://h/ws?x=") + key;
        QVERIFY(!FrameRecording::headerLine(header).contains(key.toUtf8()));
        const QByteArray line = FrameRecording::frameLine(5, "{\"echo\":\"" + key.toUtf8() + "\"}");
        QVERIFY(!line.contains(key.toUtf8()));
        QVERIFY(line.contains(Mask));
        // A binary frame is written as base64: masked before it is encoded.
        const QByteArray binary = QByteArray("\xff\x00", 2) + key.toUtf8();
        const QByteArray binaryLine = FrameRecording::frameLine(6, binary);
        QVERIFY(binaryLine.contains("b64"));
        const QByteArray written =
            QByteArray::fromBase64(QJsonDocument::fromJson(binaryLine).object().value(QLatin1String("b64")).toString().toLatin1());
        QCOMPARE(written, QByteArray("\xff\x00", 2) + Mask);
    }

    void csvFieldsAreMaskedBeforeQuoting()
    {
        const QString key = QStringLiteral("csv\"key,with-quote");
        Secrets::Hold hold(key);
        QStandardItemModel model(1, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("frame"), QStringLiteral("note")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("{\"token\":\"") + key + QStringLiteral("\"}")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("plain")));
        const QByteArray csv = Csv::fromModel(model);
        // Quoting doubles the quote inside the key: that form must not be in the file either.
        QVERIFY(!csv.contains(key.toUtf8()));
        QVERIFY(!csv.contains(QString(key).replace(QLatin1Char('"'), QStringLiteral("\"\"")).toUtf8()));
        const QList<QStringList> rows = Csv::parse(csv);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(1).at(0), QStringLiteral("{\"token\":\"") + QString::fromUtf8(Mask) + QStringLiteral("\"}"));
        QCOMPARE(rows.at(1).at(1), QStringLiteral("plain"));
    }
};

QTEST_MAIN(TestSecrets)
#include "tst_secrets.moc"
