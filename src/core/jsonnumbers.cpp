#include "jsonnumbers.h"

#include <QCoreApplication>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace JsonNumbers {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonNumbers", text);
}

void setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

QString rangeText(const IntegerRange &range)
{
    return QStringLiteral("%1…%2").arg(range.min).arg(range.max);
}

constexpr qsizetype MaxNumberText = 64;

// An optional sign followed by decimal digits only.
bool isPlainInteger(QStringView s)
{
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+')))
        s = s.mid(1);
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

// Latest time accepted: 9999-12-31T23:59:59.999Z.
constexpr qint64 MaxUnixMs = 253402300799999;

} // namespace

std::optional<qint64> checkedInteger(double d, QString *why, const IntegerRange &range)
{
    if (!std::isfinite(d)) {
        setWhy(why, tr("the number is not finite"));
        return std::nullopt;
    }
    if (!range.allowFraction && std::trunc(d) != d) {
        setWhy(why, tr("%1 is not a whole number").arg(d, 0, 'g', 17));
        return std::nullopt;
    }
    d = std::trunc(d);
    // Compare as doubles before converting: the conversion itself is undefined out of range.
    // Both bounds are within ±2^53 or are exactly representable powers of two at the extremes.
    if (d < double(range.min) || d > double(range.max)) {
        setWhy(why, tr("%1 is out of range (%2)").arg(d, 0, 'g', 17).arg(rangeText(range)));
        return std::nullopt;
    }
    if (d >= 9223372036854775808.0) { // max == INT64_MAX rounds to 2^63 as a double
        setWhy(why, tr("%1 is out of range (%2)").arg(d, 0, 'g', 17).arg(rangeText(range)));
        return std::nullopt;
    }
    return qint64(d);
}

std::optional<qint64> checkedIntegerString(QStringView s, QString *why, const IntegerRange &range)
{
    s = s.trimmed();
    if (s.isEmpty()) {
        setWhy(why, tr("the number is empty"));
        return std::nullopt;
    }
    if (s.size() > MaxNumberText) {
        // (Counted outside the translate() call: lupdate 6.4 hangs on a template argument list there.)
        const int length = int(std::min<qsizetype>(s.size(), std::numeric_limits<int>::max()));
        setWhy(why, QCoreApplication::translate("JsonNumbers", "the number has %n characters, more than 64", nullptr, length));
        return std::nullopt;
    }
    bool ok = false;
    qint64 n = 0;
    if (range.allowHex && (s.startsWith(QLatin1String("0x")) || s.startsWith(QLatin1String("0X")))) {
        const QStringView digits = s.mid(2);
        n = digits.isEmpty() || digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+'))
                ? 0
                : digits.toLongLong(&ok, 16);
    } else {
        n = s.toLongLong(&ok, 10); // fails on overflow, so never wraps
    }
    if (!ok && isPlainInteger(s)) {
        // Digits beyond qint64: rounding them to a double could land back inside the range
        // ("-9223372036854775809" becomes -2^63), so they are out of range as written.
        setWhy(why, tr("%1 is out of range (%2)").arg(s).arg(rangeText(range)));
        return std::nullopt;
    }
    if (!ok) {
        // Not plain digits: "1.5", "1e3" go the double way (and are checked there).
        const double d = s.toDouble(&ok);
        if (!ok) {
            setWhy(why, tr("\"%1\" is not a number").arg(s.left(32)));
            return std::nullopt;
        }
        return checkedInteger(d, why, range);
    }
    if (n < range.min || n > range.max) {
        setWhy(why, tr("%1 is out of range (%2)").arg(n).arg(rangeText(range)));
        return std::nullopt;
    }
    return n;
}

std::optional<qint64> checkedInteger(const QJsonValue &v, QString *why, const IntegerRange &range)
{
    if (v.isDouble())
        return checkedInteger(v.toDouble(), why, range);
    if (v.isString() && range.allowString)
        return checkedIntegerString(v.toString(), why, range);
    if (v.isUndefined() || v.isNull())
        setWhy(why, tr("the number is missing"));
    else
        setWhy(why, tr("the value is not a number"));
    return std::nullopt;
}

std::optional<double> checkedDouble(QStringView text)
{
    constexpr qsizetype MaxDecimalText = 200; // a decimal may carry many fraction digits
    QStringView s = text.trimmed();
    if (s.size() > MaxDecimalText)
        return std::nullopt;
    // What QString::toDouble accepts (C locale: "0.5", "+1", "1e-7", no "0,5"), read with
    // from_chars: a decimal string is read on every trade, and toDouble costs ~10× more.
    if (!s.isEmpty() && s.front() == QLatin1Char('+')) {
        s = s.sliced(1);
        if (!s.isEmpty() && s.front() == QLatin1Char('-'))
            return std::nullopt;
    }
    char ascii[MaxDecimalText];
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        if (c >= 0x80)
            return std::nullopt; // no other digits, no other marks
        ascii[i] = char(c);
    }
    double d = 0;
    const auto result = std::from_chars(ascii, ascii + s.size(), d);
    if (result.ec != std::errc() || result.ptr != ascii + s.size() || !std::isfinite(d))
        return std::nullopt;
    return d;
}

std::optional<double> checkedDouble(const QJsonValue &v)
{
    if (v.isString())
        return checkedDouble(QStringView(v.toString()));
    if (!v.isDouble() || !std::isfinite(v.toDouble()))
        return std::nullopt;
    return v.toDouble();
}

std::optional<qint64> checkedUnixMs(const QJsonValue &v, QString *why)
{
    double d = 0;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString() && v.toString().trimmed().size() <= MaxNumberText) {
        bool ok = false;
        d = v.toString().trimmed().toDouble(&ok);
        if (!ok) {
            setWhy(why, tr("\"%1\" is not a number").arg(v.toString().left(32)));
            return std::nullopt;
        }
    } else {
        setWhy(why, v.isUndefined() || v.isNull() ? tr("the time is missing") : tr("the time is not a number"));
        return std::nullopt;
    }
    if (std::isfinite(d) && std::abs(d) < 1e11)
        d *= 1000.0; // seconds
    IntegerRange range = nonNegative(MaxUnixMs);
    range.allowFraction = true;
    QString reason;
    const std::optional<qint64> ms = checkedInteger(d, &reason, range);
    if (!ms)
        setWhy(why, tr("the time is invalid: %1").arg(reason));
    return ms;
}

QString numberText(double d, int precision)
{
    if (std::isfinite(d) && std::trunc(d) == d && std::abs(d) <= double(MaxExactInteger))
        return QString::number(qint64(d));
    return QString::number(d, 'g', precision);
}

} // namespace JsonNumbers
