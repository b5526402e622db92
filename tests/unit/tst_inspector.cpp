// The frame inspector: batches, caps (count and bytes), pause, filters by direction and
// text, ping/pong hiding, copy; and the shared frame tap.

#include "models/inspector/framefiltermodel.h"
#include "models/inspector/frameinspectormodel.h"
#include "models/inspector/frametap.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesAndCaps()
    {
        FrameInspectorModel model;
        QAbstractItemModelTester tester(&model);
        model.setCap(100);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 250; ++i)
            model.addFrame(Connection::Direction::Incoming, QByteArray("frame ") + QByteArray::number(i), 1000 + i, false);
        model.flush();
        QCOMPARE(inserts.count(), 1);        // one insert per batch
        QCOMPARE(model.rowCount(), 100);     // capped
        QCOMPARE(model.index(0).data(FrameInspectorModel::TextRole).toString(), QStringLiteral("frame 150"));
        QCOMPARE(model.index(99).data(FrameInspectorModel::TextRole).toString(), QStringLiteral("frame 249"));
        QCOMPARE(model.trimmed(), 150);
        for (int i = 0; i < 10; ++i)
            model.addFrame(Connection::Direction::Outgoing, "more", 2000, false);
        QTRY_COMPARE(model.index(99).data(FrameInspectorModel::TextRole).toString(), QStringLiteral("more"));
        QCOMPARE(model.rowCount(), 100);
        model.setCap(10);
        QCOMPARE(model.rowCount(), 10);
    }

    void bigFramesAreTruncatedAndBytesCapped()
    {
        FrameInspectorModel model;
        QAbstractItemModelTester tester(&model);
        const QByteArray big(1024 * 1024, 'x');
        for (int i = 0; i < 40; ++i)
            model.addFrame(Connection::Direction::Incoming, big, i, false);
        model.flush();
        const QModelIndex first = model.index(0);
        QVERIFY(first.data(FrameInspectorModel::TruncatedRole).toBool());
        QCOMPARE(first.data(FrameInspectorModel::SizeRole).toInt(), big.size());
        QCOMPARE(first.data(FrameInspectorModel::TextRole).toString().size(), FrameInspectorModel::MaxStoredBytes);
        QCOMPARE(first.data(FrameInspectorModel::PreviewRole).toString().size(), 300);
        QCOMPARE(model.rowCount(), 40); // 40 × 64 KiB stays under the byte cap
    }

    void pauseCountsMissedFrames()
    {
        FrameInspectorModel model;
        model.addFrame(Connection::Direction::Incoming, "a", 1, false);
        model.setPaused(true);
        model.addFrame(Connection::Direction::Incoming, "b", 2, false);
        model.addFrame(Connection::Direction::Incoming, "c", 3, false);
        model.setPaused(false);
        model.flush();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.missed(), 2);
    }

    void filters()
    {
        FrameInspectorModel model;
        FrameFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter);
        model.addFrame(Connection::Direction::Outgoing, R"({"op":"subscribe","channels":["trades:BTC"]})", 1, false);
        model.addFrame(Connection::Direction::Incoming, R"({"channel":"trades:BTC","data":{"p":1}})", 2, false);
        model.addFrame(Connection::Direction::Outgoing, "ping", 3, true);
        model.addFrame(Connection::Direction::Incoming, "pong", 4, true);
        model.addFrame(Connection::Direction::Incoming, "2", 5, false);
        model.addFrame(Connection::Direction::Outgoing, R"({"op": "pong"})", 6, false);
        model.addFrame(Connection::Direction::Incoming, R"({"channel":"candles:ETH","data":{}})", 7, false);
        model.flush();
        QCOMPARE(filter.rowCount(), 3); // heartbeats hidden by default
        filter.setHidePingPong(false);
        QCOMPARE(filter.rowCount(), 7);
        filter.setHidePingPong(true);
        filter.setDirection(QStringLiteral("in"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setText(QStringLiteral("eth"));
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(FrameInspectorModel::DirectionRole).toString(), QStringLiteral("in"));
        filter.setDirection(QStringLiteral("all"));
        filter.setText(QStringLiteral("BTC"));
        QCOMPARE(filter.rowCount(), 2);
        QVERIFY(filter.visibleText().contains(QStringLiteral("→ {\"op\":\"subscribe\"")));
        QCOMPARE(filter.copyVisible(), 2);
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("trades:BTC")));
        model.copyRow(filter.sourceRow(1));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral(R"({"channel":"trades:BTC","data":{"p":1}})"));
    }

    void sharedTapAndLiveConnection()
    {
        ConnectionConfig config;
        config.name = QStringLiteral("test");
        config.url = QUrl(QStringLiteral("ws://127.0.0.1:1"));
        Connection connection(config);
        {
            FrameInspectorModel a;
            a.setConnection(&connection);
            QVERIFY(connection.frameTapEnabled());
            {
                FrameInspectorModel b;
                b.setConnection(&connection);
                QCOMPARE(FrameTap::users(&connection), 2);
            }
            QVERIFY(connection.frameTapEnabled()); // a still needs it
            connection.deliverForReplay("replayed frame");
            QTRY_COMPARE(a.rowCount(), 1);
            QCOMPARE(a.index(0).data(FrameInspectorModel::DirectionRole).toString(), QStringLiteral("in"));
        }
        QVERIFY(!connection.frameTapEnabled());
        QCOMPARE(connection.stats().messagesIn, 1);
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
