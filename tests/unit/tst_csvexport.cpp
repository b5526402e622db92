// CSV export round-trips: quotes, commas, newlines, unicode, empty fields; list models by
// role, table models by column; formula-looking text neutralised; written atomically.

#include "models/csv/csvexporter.h"

#include <QFile>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

class TestCsvExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldQuoting_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "abc" << "abc";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
        QTest::newRow("crlf") << "a\r\nb" << "\"a\r\nb\"";
        QTest::newRow("spaces") << " padded " << "\" padded \"";
        QTest::newRow("unicode") << "Zürich 東京 🚀" << "Zürich 東京 🚀";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("formula") << "=HYPERLINK(\"x\")" << "\"'=HYPERLINK(\"\"x\"\")\"";
        QTest::newRow("negative number stays") << "-12.5" << "-12.5";
    }
    void fieldQuoting()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Csv::field(input), expected);
    }

    void tableRoundTrip()
    {
        const QList<QStringList> cells = {
            {QStringLiteral("plain"), QStringLiteral("a,b,c"), QStringLiteral("multi\nline\r\ntext")},
            {QStringLiteral("\"quoted\""), QStringLiteral("Grüße, 世界 🌊"), QString()},
            {QStringLiteral(" lead"), QStringLiteral("trail "), QStringLiteral("\"\"")},
        };
        QStandardItemModel model(3, 3);
        model.setHorizontalHeaderLabels({QStringLiteral("One"), QStringLiteral("Two, too"), QStringLiteral("Three")});
        for (int r = 0; r < 3; ++r)
            for (int c = 0; c < 3; ++c)
                model.setItem(r, c, new QStandardItem(cells[r][c]));
        const QByteArray csv = Csv::fromModel(model);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> parsed = Csv::parse(csv);
        QCOMPARE(parsed.size(), 4);
        QCOMPARE(parsed.at(0), (QStringList{QStringLiteral("One"), QStringLiteral("Two, too"), QStringLiteral("Three")}));
        for (int r = 0; r < 3; ++r)
            QCOMPARE(parsed.at(r + 1), cells.at(r));
    }

    void listModelByRoles()
    {
        QStandardItemModel model;
        model.setItemRoleNames({{Qt::UserRole + 1, "symbol"}, {Qt::UserRole + 2, "price"}, {Qt::UserRole + 3, "when"}});
        auto add = [&model](const QString &symbol, double price, const QDateTime &when) {
            auto *item = new QStandardItem;
            item->setData(symbol, Qt::UserRole + 1);
            item->setData(price, Qt::UserRole + 2);
            item->setData(when, Qt::UserRole + 3);
            model.appendRow(item);
        };
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1'700'000'000'123, Qt::UTC);
        add(QStringLiteral("BTC-USD"), 70123.456789012, when);
        add(QStringLiteral("ETH,USD"), 0.1, when);
        QList<QStringList> parsed = Csv::parse(Csv::fromModel(model, {QStringLiteral("price"), QStringLiteral("symbol")}));
        QCOMPARE(parsed.size(), 3);
        QCOMPARE(parsed.at(0), (QStringList{QStringLiteral("price"), QStringLiteral("symbol")}));
        QCOMPARE(parsed.at(1), (QStringList{QStringLiteral("70123.456789012"), QStringLiteral("BTC-USD")}));
        QCOMPARE(parsed.at(2).at(1), QStringLiteral("ETH,USD"));
        // Every role when none are named, with custom headers.
        parsed = Csv::parse(Csv::fromModel(model, {}, {QStringLiteral("S"), QStringLiteral("P"), QStringLiteral("T")}));
        QCOMPARE(parsed.at(0), (QStringList{QStringLiteral("S"), QStringLiteral("P"), QStringLiteral("T")}));
        QCOMPARE(parsed.at(1).at(2), QStringLiteral("2023-11-14T22:13:20.123Z"));
        QString error;
        QVERIFY(Csv::fromModel(model, {QStringLiteral("nope")}, {}, &error).isEmpty());
        QVERIFY(error.contains(QStringLiteral("nope")));
    }

    void exportsToAFile()
    {
        QTemporaryDir dir;
        QStandardItemModel model(1, 1);
        model.setItem(0, 0, new QStandardItem(QStringLiteral("x")));
        CsvExport exporter(nullptr);
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(exporter.exportModel(&model, QUrl::fromLocalFile(path)));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(Csv::parse(f.readAll()).size(), 2);
        QVERIFY(!exporter.exportModel(&model, QUrl::fromLocalFile(QStringLiteral("/proc/nope/out.csv"))));
        QVERIFY(!exporter.lastError().isEmpty());
        QVERIFY(!exporter.exportModel(nullptr, QUrl::fromLocalFile(path)));
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
