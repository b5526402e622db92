#pragma once
// An exact decimal number for money: amounts travel as decimal strings ("0.10") and must
// stay exact through parsing, sums, comparisons, display and forecasts — never a double.

#include <QJsonValue>
#include <QMetaType>
#include <QString>
#include <optional>

/// A count of 10^-scale units held in 64 bits: "0.10" is 10 units at scale 2 and prints as
/// "0.10" again (the scale it was given is kept). Up to 18 significant digits and 18
/// fraction digits. Sums and differences are exact; when a result does not fit, the value
/// becomes invalid (isValid() false, like a NaN) instead of wrapping. A default value is a
/// valid zero.
class ExactDecimal
{
public:
    static constexpr int MaxScale = 18;

    ExactDecimal() = default;
    /// units × 10^-scale; scale is clamped to 0…MaxScale.
    static ExactDecimal fromUnits(qint64 units, int scale);
    /// A plain decimal text: optional sign, digits, optional fraction, optional exponent
    /// ("12", "-0.5", "45.90", "1e-3"); surrounding spaces are allowed. nullopt for anything
    /// else (empty, "abc", "0x1f", "1.2.3", "inf") or more digits than fit.
    static std::optional<ExactDecimal> parse(QStringView text);
    /// A JSON string holding a decimal, or a JSON number (taken at its shortest exact
    /// decimal form, e.g. 0.1 → "0.1"); nullopt for anything else.
    static std::optional<ExactDecimal> fromJson(const QJsonValue &value);
    /// The shortest decimal that reads back as the double; nullopt for NaN/inf or values
    /// out of range.
    static std::optional<ExactDecimal> fromDouble(double value);

    bool isValid() const { return m_valid; }
    bool isZero() const { return m_valid && m_units == 0; }
    bool isNegative() const { return m_valid && m_units < 0; }
    qint64 units() const { return m_units; }
    int scale() const { return m_scale; }

    /// The exact text at its own scale ("0.10", "-3", "45.90"); "NaN" when invalid.
    QString toString() const;
    /// Rounded half away from zero to `decimals` fraction digits ("0.10" → "0.1" at 1,
    /// "0.125" → "0.13" at 2). Exact: no binary rounding on the way.
    QString toFixed(int decimals) const;
    /// The value rounded (half away from zero) to a whole number of 10^-decimals units,
    /// e.g. cents for decimals = 2. nullopt when invalid or out of range.
    std::optional<qint64> roundedUnits(int decimals) const;
    /// For charts and alert metrics only: never feed the result back into money arithmetic.
    double toDouble() const;

    /// The same value at a larger scale (exact); invalid when it does not fit.
    ExactDecimal rescaled(int scale) const;

    friend ExactDecimal operator+(const ExactDecimal &a, const ExactDecimal &b);
    friend ExactDecimal operator-(const ExactDecimal &a, const ExactDecimal &b);
    ExactDecimal operator-() const;
    ExactDecimal &operator+=(const ExactDecimal &b) { return *this = *this + b; }
    ExactDecimal &operator-=(const ExactDecimal &b) { return *this = *this - b; }

    /// -1, 0 or 1 by value ("0.1" == "0.10"); invalid values compare below every valid one
    /// and equal to each other.
    static int compare(const ExactDecimal &a, const ExactDecimal &b);
    friend bool operator==(const ExactDecimal &a, const ExactDecimal &b) { return compare(a, b) == 0; }
    friend bool operator!=(const ExactDecimal &a, const ExactDecimal &b) { return compare(a, b) != 0; }
    friend bool operator<(const ExactDecimal &a, const ExactDecimal &b) { return compare(a, b) < 0; }
    friend bool operator<=(const ExactDecimal &a, const ExactDecimal &b) { return compare(a, b) <= 0; }
    friend bool operator>(const ExactDecimal &a, const ExactDecimal &b) { return compare(a, b) > 0; }
    friend bool operator>=(const ExactDecimal &a, const ExactDecimal &b) { return compare(a, b) >= 0; }

private:
    static ExactDecimal invalid();

    qint64 m_units = 0;
    int m_scale = 0;
    bool m_valid = true;
};

Q_DECLARE_METATYPE(ExactDecimal)
