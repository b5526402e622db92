#pragma once
// Exact comparison of decimal numbers of any length (wei values, block numbers), without
// converting to double.

#include <QByteArray>
#include <QJsonValue>
#include <QStringView>
#include <optional>

/// A decimal number held as its digits: sign, integer digits (no leading zeros) and
/// fraction digits (no trailing zeros). Accepts "123", "-42", "+7", "0.50", "1e3" is NOT
/// accepted (Allium sends plain decimal strings). Zero is never negative.
class AlliumDecimal
{
public:
    /// Parses a plain decimal string; nullopt when it is not one (empty, hex, spaces, "1e3").
    static std::optional<AlliumDecimal> parse(QByteArrayView text);
    /// The same for text: what cannot be a decimal (hex, words) is refused before any
    /// conversion, so testing a record's strings costs no allocation.
    static std::optional<AlliumDecimal> parse(QStringView text);
    /// A JSON number or a numeric string; nullopt for anything else (bool, null, "0xab").
    static std::optional<AlliumDecimal> fromJson(const QJsonValue &value);
    /// An exact decimal for a double (integral doubles keep every digit).
    static std::optional<AlliumDecimal> fromDouble(double value);

    /// -1, 0 or 1.
    static int compare(const AlliumDecimal &a, const AlliumDecimal &b);

    bool isNegative() const { return m_negative; }
    /// The canonical text ("-12.5", "0").
    QByteArray toText() const;

private:
    bool m_negative = false;
    QByteArray m_integer;   ///< no leading zeros; empty for zero
    QByteArray m_fraction;  ///< no trailing zeros
};
