// JsonNumbers: the one checked conversion of untrusted numbers (issue 15). Values a fuzzer
// fed the old casts (1e19, 1e300, NaN, digits beyond qint64) are rejected with a reason, the
// boundaries of each range are exact, and numeric text longer than 64 characters is refused
// before it is parsed.

#include "core/jsonnumbers.h"

#include <QJsonValue>
#include <QTest>

#include <cmath>
#include <limits>

using namespace JsonNumbers;

Q_DECLARE_METATYPE(std::optional<qint64>)

namespace {

constexpr qint64 P53 = qint64(1) << 53;

JsonNumbers::IntegerRange fullRange()
{
    JsonNumbers::IntegerRange r;
    r.min = std::numeric_limits<qint64>::min();
    r.max = std::numeric_limits<qint64>::max();
    return r;
}

} // namespace

class TestJsonNumbers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void doubles_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expected");
        QTest::addColumn<QString>("reason"); // a part of the reason when rejected
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("zero") << 0.0 << true << qint64(0) << QString();
        QTest::newRow("negative") << -42.0 << true << qint64(-42) << QString();
        QTest::newRow("2^53") << double(P53) << true << P53 << QString();
        QTest::newRow("-2^53") << -double(P53) << true << -P53 << QString();
        QTest::newRow("2^53-1") << double(P53 - 1) << true << P53 - 1 << QString();
        // 2^53+1 has no double; the next one up is 2^53+2, which is out of range.
        QTest::newRow("2^53+2") << double(P53 + 2) << false << qint64(0) << QStringLiteral("out of range");
        QTest::newRow("-2^53-2") << -double(P53 + 2) << false << qint64(0) << QStringLiteral("out of range");
        QTest::newRow("1e19") << 1e19 << false << qint64(0) << QStringLiteral("out of range");
        QTest::newRow("-1e19") << -1e19 << false << qint64(0) << QStringLiteral("out of range");
        QTest::newRow("1e300") << 1e300 << false << qint64(0) << QStringLiteral("out of range");
        QTest::newRow("-1e300") << -1e300 << false << qint64(0) << QStringLiteral("out of range");
        QTest::newRow("nan") << std::nan("") << false << qint64(0) << QStringLiteral("not finite");
        QTest::newRow("inf") << inf << false << qint64(0) << QStringLiteral("not finite");
        QTest::newRow("-inf") << -inf << false << qint64(0) << QStringLiteral("not finite");
        QTest::newRow("fraction") << 1.5 << false << qint64(0) << QStringLiteral("not a whole number");
        QTest::newRow("tiny fraction") << 1e-300 << false << qint64(0) << QStringLiteral("not a whole number");
    }
    void doubles()
    {
        QFETCH(double, value);
        QFETCH(bool, valid);
        QFETCH(qint64, expected);
        QFETCH(QString, reason);
        QString why;
        const std::optional<qint64> n = checkedInteger(value, &why);
        QCOMPARE(n.has_value(), valid);
        if (valid) {
            QCOMPARE(*n, expected);
            QVERIFY(why.isEmpty());
        } else {
            QVERIFY2(why.contains(reason), qPrintable(why));
        }
        // The same through a QJsonValue.
        const std::optional<qint64> viaJson = checkedInteger(QJsonValue(value));
        QCOMPARE(viaJson.has_value(), valid);
        if (valid)
            QCOMPARE(*viaJson, expected);
    }

    void fractionsWhenAllowedTruncateTowardsZero()
    {
        IntegerRange r;
        r.allowFraction = true;
        QCOMPARE(checkedInteger(1.9, nullptr, r), std::optional<qint64>(1));
        QCOMPARE(checkedInteger(-1.9, nullptr, r), std::optional<qint64>(-1));
        QCOMPARE(checkedInteger(1e300, nullptr, r), std::nullopt);
        // Truncation happens before the range check: 0.5 is 0, below a minimum of 1.
        r.min = 1;
        QCOMPARE(checkedInteger(0.5, nullptr, r), std::nullopt);
    }

    void exactRangeBoundaries()
    {
        const IntegerRange r = nonNegative(1000);
        QCOMPARE(checkedInteger(1000.0, nullptr, r), std::optional<qint64>(1000));
        QCOMPARE(checkedInteger(1001.0, nullptr, r), std::nullopt);
        QCOMPARE(checkedInteger(0.0, nullptr, r), std::optional<qint64>(0));
        QString why;
        QCOMPARE(checkedInteger(-1.0, &why, r), std::nullopt);
        QVERIFY2(why.contains(QStringLiteral("0…1000")), qPrintable(why));
        QCOMPARE(checkedIntegerString(u"1000", nullptr, r), std::optional<qint64>(1000));
        QCOMPARE(checkedIntegerString(u"1001", nullptr, r), std::nullopt);
        QCOMPARE(checkedIntegerString(u"-1", nullptr, r), std::nullopt);
    }

    void theWholeQint64Range()
    {
        const IntegerRange r = fullRange();
        constexpr qint64 max = std::numeric_limits<qint64>::max();
        constexpr qint64 min = std::numeric_limits<qint64>::min();
        // As text every qint64 is exact, and one beyond is refused rather than rounded.
        QCOMPARE(checkedIntegerString(u"9223372036854775807", nullptr, r), std::optional<qint64>(max));
        QCOMPARE(checkedIntegerString(u"-9223372036854775808", nullptr, r), std::optional<qint64>(min));
        QString why;
        QCOMPARE(checkedIntegerString(u"9223372036854775808", &why, r), std::nullopt);
        QVERIFY2(why.contains(QStringLiteral("out of range")), qPrintable(why));
        // Rounded to a double this would be -2^63 == min, inside the range: it must not be.
        QCOMPARE(checkedIntegerString(u"-9223372036854775809", nullptr, r), std::nullopt);
        QCOMPARE(checkedIntegerString(u"99999999999999999999", nullptr, r), std::nullopt);
        // As a double, INT64_MAX rounds up to 2^63, which no qint64 holds; -2^63 is exact.
        QCOMPARE(checkedInteger(9223372036854775807.0, nullptr, r), std::nullopt);
        QCOMPARE(checkedInteger(-9223372036854775808.0, nullptr, r), std::optional<qint64>(min));
        QCOMPARE(checkedInteger(9223372036854774784.0, nullptr, r), std::optional<qint64>(9223372036854774784));
    }

    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("digits") << "123" << std::optional<qint64>(123);
        QTest::newRow("spaces") << " 42 " << std::optional<qint64>(42);
        QTest::newRow("negative") << "-7" << std::optional<qint64>(-7);
        QTest::newRow("plus") << "+7" << std::optional<qint64>(7);
        QTest::newRow("exponent") << "1e3" << std::optional<qint64>(1000);
        QTest::newRow("2^53") << "9007199254740992" << std::optional<qint64>(P53);
        QTest::newRow("2^53+1") << "9007199254740993" << std::optional<qint64>();
        QTest::newRow("-2^53-1") << "-9007199254740993" << std::optional<qint64>();
        QTest::newRow("int64 max+1") << "9223372036854775808" << std::optional<qint64>();
        QTest::newRow("1e19") << "1e19" << std::optional<qint64>();
        QTest::newRow("-1e19") << "-1e19" << std::optional<qint64>();
        QTest::newRow("1e300") << "1e300" << std::optional<qint64>();
        QTest::newRow("1e999") << "1e999" << std::optional<qint64>();
        QTest::newRow("fraction") << "1.5" << std::optional<qint64>();
        QTest::newRow("NaN") << "NaN" << std::optional<qint64>();
        QTest::newRow("nan") << "nan" << std::optional<qint64>();
        QTest::newRow("inf") << "inf" << std::optional<qint64>();
        QTest::newRow("-Infinity") << "-Infinity" << std::optional<qint64>();
        QTest::newRow("empty") << "" << std::optional<qint64>();
        QTest::newRow("blank") << "   " << std::optional<qint64>();
        QTest::newRow("word") << "twelve" << std::optional<qint64>();
        QTest::newRow("comma") << "1,5" << std::optional<qint64>();
        QTest::newRow("trailing junk") << "12abc" << std::optional<qint64>();
        QTest::newRow("hex without allowHex") << "0x1f" << std::optional<qint64>();
        QTest::newRow("64 characters") << (QString(63, QLatin1Char('0')) + QLatin1Char('7')) << std::optional<qint64>(7);
        QTest::newRow("65 characters") << (QString(64, QLatin1Char('0')) + QLatin1Char('7')) << std::optional<qint64>();
        QTest::newRow("a million digits") << QString(1000000, QLatin1Char('9')) << std::optional<qint64>();
    }
    void strings()
    {
        QFETCH(QString, text);
        QFETCH(std::optional<qint64>, expected);
        QString why;
        const std::optional<qint64> n = checkedIntegerString(text, &why);
        QCOMPARE(n, expected);
        QCOMPARE(why.isEmpty(), expected.has_value()); // a reason exactly when rejected
        // Strings through a QJsonValue behave the same, and not at all when strings are off.
        QCOMPARE(checkedInteger(QJsonValue(text)), expected);
        IntegerRange noStrings;
        noStrings.allowString = false;
        QCOMPARE(checkedInteger(QJsonValue(text), nullptr, noStrings), std::nullopt);
    }

    void longTextIsRefusedWithItsLength()
    {
        QString why;
        QCOMPARE(checkedIntegerString(QString(65, QLatin1Char('1')), &why), std::nullopt);
        QVERIFY2(why.contains(QStringLiteral("65")), qPrintable(why));
    }

    void hex()
    {
        IntegerRange r = nonNegative();
        r.allowHex = true;
        QCOMPARE(checkedIntegerString(u"0x1f", nullptr, r), std::optional<qint64>(31));
        QCOMPARE(checkedIntegerString(u"0X10", nullptr, r), std::optional<qint64>(16));
        QCOMPARE(checkedIntegerString(u"0x20000000000000", nullptr, r), std::optional<qint64>(P53));
        QCOMPARE(checkedIntegerString(u"0x20000000000001", nullptr, r), std::nullopt);
        QCOMPARE(checkedIntegerString(u"0x", nullptr, r), std::nullopt);
        QCOMPARE(checkedIntegerString(u"0x-1", nullptr, r), std::nullopt);
        QCOMPARE(checkedIntegerString(u"0xffffffffffffffffff", nullptr, r), std::nullopt);
        QCOMPARE(checkedIntegerString(u"0xzz", nullptr, r), std::nullopt);
    }

    void missingAndWrongTypes()
    {
        QString why;
        QCOMPARE(checkedInteger(QJsonValue(QJsonValue::Undefined), &why), std::nullopt);
        QVERIFY2(why.contains(QStringLiteral("missing")), qPrintable(why));
        QCOMPARE(checkedInteger(QJsonValue(QJsonValue::Null), &why), std::nullopt);
        QVERIFY2(why.contains(QStringLiteral("missing")), qPrintable(why));
        QCOMPARE(checkedInteger(QJsonValue(true), &why), std::nullopt);
        QVERIFY2(why.contains(QStringLiteral("not a number")), qPrintable(why));
        QCOMPARE(checkedInteger(QJsonValue(QJsonValue::Array), &why), std::nullopt);
    }

    void unixMs_data()
    {
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("ms") << QJsonValue(1700000000123.0) << std::optional<qint64>(1700000000123);
        QTest::newRow("seconds") << QJsonValue(1700000000.0) << std::optional<qint64>(1700000000000);
        QTest::newRow("fractional seconds") << QJsonValue(1700000000.5) << std::optional<qint64>(1700000000500);
        QTest::newRow("seconds as text") << QJsonValue(QStringLiteral("1700000000")) << std::optional<qint64>(1700000000000);
        QTest::newRow("epoch") << QJsonValue(0.0) << std::optional<qint64>(0);
        QTest::newRow("last ms of 9999") << QJsonValue(253402300799999.0) << std::optional<qint64>(253402300799999);
        QTest::newRow("year 10000") << QJsonValue(253402300800000.0) << std::optional<qint64>();
        QTest::newRow("before 1970") << QJsonValue(-1.0) << std::optional<qint64>();
        QTest::newRow("1e19") << QJsonValue(1e19) << std::optional<qint64>();
        QTest::newRow("1e300") << QJsonValue(1e300) << std::optional<qint64>();
        QTest::newRow("1e300 as text") << QJsonValue(QStringLiteral("1e300")) << std::optional<qint64>();
        QTest::newRow("NaN as text") << QJsonValue(QStringLiteral("NaN")) << std::optional<qint64>();
        QTest::newRow("word") << QJsonValue(QStringLiteral("soon")) << std::optional<qint64>();
        QTest::newRow("65 characters") << QJsonValue(QString(65, QLatin1Char('1'))) << std::optional<qint64>();
        QTest::newRow("missing") << QJsonValue(QJsonValue::Undefined) << std::optional<qint64>();
        QTest::newRow("bool") << QJsonValue(true) << std::optional<qint64>();
    }
    void unixMs()
    {
        QFETCH(QJsonValue, value);
        QFETCH(std::optional<qint64>, expected);
        QString why;
        QCOMPARE(checkedUnixMs(value, &why), expected);
        QCOMPARE(why.isEmpty(), expected.has_value());
    }

    void numberText_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << 42.0 << "42";
        QTest::newRow("negative") << -7.0 << "-7";
        QTest::newRow("2^53") << double(P53) << "9007199254740992";
        QTest::newRow("fraction") << 1.5 << "1.5";
        QTest::newRow("1e19") << 1e19 << "1e+19";
        QTest::newRow("-1e300") << -1e300 << "-1e+300";
        QTest::newRow("nan") << std::nan("") << "nan";
        QTest::newRow("inf") << std::numeric_limits<double>::infinity() << "inf";
    }
    void numberText()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(JsonNumbers::numberText(value), text);
    }
};

QTEST_GUILESS_MAIN(TestJsonNumbers)
#include "tst_jsonnumbers.moc"
