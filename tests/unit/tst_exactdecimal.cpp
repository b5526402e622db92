// ExactDecimal: money as exact decimals — parsing every form the wire may use, keeping the
// written scale, exact sums, rounding to cents, ordering, and overflow that never wraps.

#include "core/exactdecimal.h"

#include <QJsonValue>
#include <QTest>

namespace {
ExactDecimal d(const char *text)
{
    const std::optional<ExactDecimal> v = ExactDecimal::parse(QString::fromLatin1(text));
    if (!v)
        qFatal("not a decimal: %s", text);
    return *v;
}
} // namespace

class TestExactDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAndKeepsTheWrittenForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("cents") << "0.10" << "0.10";
        QTest::newRow("balance") << "45.90" << "45.90";
        QTest::newRow("integer") << "12" << "12";
        QTest::newRow("negative") << "-3.5" << "-3.5";
        QTest::newRow("plus") << "+7" << "7";
        QTest::newRow("spaces") << " 1.25 " << "1.25";
        QTest::newRow("leading dot") << ".5" << "0.5";
        QTest::newRow("trailing dot") << "5." << "5";
        QTest::newRow("exponent") << "1e-3" << "0.001";
        QTest::newRow("big exponent") << "1.5e2" << "150";
        QTest::newRow("zero") << "0.00" << "0.00";
        QTest::newRow("18 digits") << "999999999999999999" << "999999999999999999";
    }
    void parsesAndKeepsTheWrittenForm()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const std::optional<ExactDecimal> v = ExactDecimal::parse(text);
        QVERIFY(v.has_value());
        QCOMPARE(v->toString(), canonical);
    }

    void refusesWhatIsNotADecimal_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", " ", "-", ".", "abc", "0x1f", "1.2.3", "1,5", "inf", "NaN", "1e", "1e400",
                                "9999999999999999999", "0.0000000000000000000001", "--1", "1 2"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
        // Found by fuzz_predikt: 200 fraction digits overflowed the 128-bit mantissa while
        // being read (undefined behaviour) before the length check refused them.
        QTest::newRow("200 fraction digits") << QStringLiteral("45.") + QString(200, u'8');
        QTest::newRow("60 integer digits") << QString(60, u'9');
    }
    void refusesWhatIsNotADecimal()
    {
        QFETCH(QString, text);
        QVERIFY(!ExactDecimal::parse(text).has_value());
    }

    void fromJsonAndDouble()
    {
        QCOMPARE(ExactDecimal::fromJson(QJsonValue(QStringLiteral("0.10")))->toString(), QStringLiteral("0.10"));
        QCOMPARE(ExactDecimal::fromJson(QJsonValue(0.1))->toString(), QStringLiteral("0.1"));
        QCOMPARE(ExactDecimal::fromJson(QJsonValue(185.42))->toString(), QStringLiteral("185.42"));
        QVERIFY(!ExactDecimal::fromJson(QJsonValue(true)).has_value());
        QVERIFY(!ExactDecimal::fromJson(QJsonValue()).has_value());
        QVERIFY(!ExactDecimal::fromDouble(qInf()).has_value());
        QVERIFY(!ExactDecimal::fromDouble(qQNaN()).has_value());
    }

    void sumsAreExact()
    {
        ExactDecimal total;
        for (int i = 0; i < 459; ++i)
            total += d("0.10");
        QCOMPARE(total.toString(), QStringLiteral("45.90"));
        QCOMPARE(d("45.90") - d("0.1"), d("45.8"));
        QCOMPARE((d("45.90") - d("0.1")).toString(), QStringLiteral("45.80")); // the larger scale
        QCOMPARE((d("0.05") - d("0.10")).toString(), QStringLiteral("-0.05"));
        QCOMPARE((-d("2.5")).toString(), QStringLiteral("-2.5"));
    }

    void roundsToCents()
    {
        QCOMPARE(d("0.125").toFixed(2), QStringLiteral("0.13"));
        QCOMPARE(d("-0.125").toFixed(2), QStringLiteral("-0.13"));
        QCOMPARE(d("0.124999").toFixed(2), QStringLiteral("0.12"));
        QCOMPARE(d("45.9").toFixed(2), QStringLiteral("45.90"));
        QCOMPARE(d("3").toFixed(2), QStringLiteral("3.00"));
        QCOMPARE(d("0.005").toFixed(2), QStringLiteral("0.01"));
        QCOMPARE(d("45.90").roundedUnits(2), std::optional<qint64>(4590));
        QCOMPARE(d("0.004").toFixed(2), QStringLiteral("0.00"));
    }

    void comparesByValue()
    {
        QVERIFY(d("0.1") == d("0.10"));
        QVERIFY(d("0.09") < d("0.1"));
        QVERIFY(d("-1") < d("0"));
        QVERIFY(d("100") > d("99.999999"));
        QCOMPARE(d("0.10").toDouble(), 0.1);
        QVERIFY(d("0.00").isZero());
        QVERIFY(d("-0.01").isNegative());
    }

    void overflowBecomesInvalidNotWrapped()
    {
        const ExactDecimal big = d("999999999999999999");
        ExactDecimal sum = big;
        for (int i = 0; i < 20; ++i)
            sum += big;
        QVERIFY(!sum.isValid());
        QCOMPARE(sum.toString(), QStringLiteral("NaN"));
        QVERIFY(!(sum + d("1")).isValid());
        // scales that do not fit together: invalid as well
        QVERIFY(!(big + d("0.000000000000000001")).isValid());
        QVERIFY(d("1") > sum); // invalid sorts below every valid value
    }
};

QTEST_GUILESS_MAIN(TestExactDecimal)
#include "tst_exactdecimal.moc"
