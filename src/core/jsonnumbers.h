#pragma once

#include <QJsonValue>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <limits>
#include <optional>

/// The one checked conversion of a number read from the wire or from a file into an integer.
///
/// Converting a double outside qint64's range to qint64 is undefined behaviour, and a fuzzer
/// found nine such places fed by server frames and files (issue 15). Every integer taken from
/// untrusted JSON or text goes through here: non-finite values, fractions (unless allowed) and
/// values outside [min, max] are rejected, with a reason a person can read in \a why.
namespace JsonNumbers {

/// ±2^53: beyond it a JSON number (a double) no longer holds every whole number exactly.
inline constexpr qint64 MaxExactInteger = qint64(1) << 53;

struct IntegerRange
{
    qint64 min = -MaxExactInteger;
    qint64 max = MaxExactInteger;
    /// Truncate fractions towards zero instead of rejecting them.
    bool allowFraction = false;
    /// Accept numeric text ("123", and "0x7b" when hex is set) as well as JSON numbers.
    bool allowString = true;
    bool allowHex = false;
};

/// A range of non-negative integers up to \a max.
constexpr IntegerRange nonNegative(qint64 max = MaxExactInteger)
{
    IntegerRange r;
    r.min = 0;
    r.max = max;
    return r;
}

/// A whole number from a double; std::nullopt with a reason when it is not finite, has a
/// fraction (unless allowed) or lies outside the range.
std::optional<qint64> checkedInteger(double d, QString *why = nullptr, const IntegerRange &range = {});

/// A whole number from a JSON number or (when allowed) numeric text; undefined and null are
/// rejected with "missing".
std::optional<qint64> checkedInteger(const QJsonValue &v, QString *why = nullptr, const IntegerRange &range = {});

/// A whole number from text: decimal digits with an optional sign, "0x…" when hex is allowed,
/// or (when fractions are allowed) a decimal or exponent form. Text of more than 64 characters
/// is rejected before it is parsed (a billion-digit string costs nothing).
std::optional<qint64> checkedIntegerString(QStringView s, QString *why = nullptr, const IntegerRange &range = {});

/// A finite number from a JSON number or numeric text (" 0.5", "1e-7"; the C locale, blanks
/// around it ignored); std::nullopt for anything else. Text of more than 200 characters is
/// refused before it is converted: QString::toDouble takes about 20 s on 10^8 digits.
std::optional<double> checkedDouble(const QJsonValue &v);
/// The same for text (a JSON string's content): what QString::toDouble reads in the C locale.
std::optional<double> checkedDouble(QStringView text);

/// A Unix time in milliseconds from a number of ms, or of seconds when smaller than 1e11
/// (the convention of the providers that send either), as a JSON number or numeric text;
/// limited to the years 1970–9999.
std::optional<qint64> checkedUnixMs(const QJsonValue &v, QString *why = nullptr);

/// The text of a JSON number for display: whole numbers within ±2^53 without exponent,
/// anything else with \a precision significant digits (by default the fewest that read back
/// as the same double: 1e300, not 1.0000000000000001e+300). Never converts out of range.
QString numberText(double d, int precision = QLocale::FloatingPointShortest);

} // namespace JsonNumbers
