#include "exactdecimal.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace {

using Wide = __int128;

constexpr qint64 MaxSignificant = 999999999999999999LL; // 18 digits

Wide pow10(int n)
{
    Wide v = 1;
    for (int i = 0; i < n; ++i)
        v *= 10;
    return v;
}

bool fits(Wide v)
{
    return v >= Wide(std::numeric_limits<qint64>::min()) && v <= Wide(std::numeric_limits<qint64>::max());
}

// Divides with rounding half away from zero.
Wide divideRounded(Wide value, Wide divisor)
{
    const bool negative = value < 0;
    const Wide magnitude = negative ? -value : value;
    Wide q = magnitude / divisor;
    if ((magnitude % divisor) * 2 >= divisor)
        ++q;
    return negative ? -q : q;
}

QString digitsText(Wide value, int scale)
{
    const bool negative = value < 0;
    Wide magnitude = negative ? -value : value;
    QString digits;
    do {
        digits.prepend(QChar(u'0' + int(magnitude % 10)));
        magnitude /= 10;
    } while (magnitude > 0);
    if (scale > 0) {
        while (digits.size() <= scale)
            digits.prepend(QLatin1Char('0'));
        digits.insert(digits.size() - scale, QLatin1Char('.'));
    }
    if (negative)
        digits.prepend(QLatin1Char('-'));
    return digits;
}

} // namespace

ExactDecimal ExactDecimal::invalid()
{
    ExactDecimal d;
    d.m_valid = false;
    return d;
}

ExactDecimal ExactDecimal::fromUnits(qint64 units, int scale)
{
    ExactDecimal d;
    d.m_units = units;
    d.m_scale = std::clamp(scale, 0, MaxScale);
    return d;
}

std::optional<ExactDecimal> ExactDecimal::parse(QStringView text)
{
    text = text.trimmed();
    qsizetype i = 0;
    const qsizetype n = text.size();
    bool negative = false;
    if (i < n && (text[i] == u'-' || text[i] == u'+')) {
        negative = text[i] == u'-';
        ++i;
    }
    Wide mantissa = 0;
    int significant = 0;
    int fractionDigits = 0;
    int digitCount = 0;
    auto digit = [&](char16_t c) {
        const int d = c - u'0';
        if (significant > 0 || d != 0)
            ++significant;
        // Beyond 18 significant digits the text is refused below; reading on would overflow
        // even 128 bits (a fuzzer sent a balance with 200 eights).
        if (significant <= 18)
            mantissa = mantissa * 10 + d;
        ++digitCount;
    };
    while (i < n && text[i] >= u'0' && text[i] <= u'9')
        digit(text[i++].unicode());
    if (i < n && text[i] == u'.') {
        ++i;
        while (i < n && text[i] >= u'0' && text[i] <= u'9') {
            digit(text[i++].unicode());
            ++fractionDigits;
        }
    }
    if (digitCount == 0 || significant > 18)
        return std::nullopt;
    int exponent = 0;
    if (i < n && (text[i] == u'e' || text[i] == u'E')) {
        ++i;
        bool expNegative = false;
        if (i < n && (text[i] == u'-' || text[i] == u'+')) {
            expNegative = text[i] == u'-';
            ++i;
        }
        const qsizetype start = i;
        while (i < n && text[i] >= u'0' && text[i] <= u'9' && i - start < 4)
            exponent = exponent * 10 + (text[i++].unicode() - u'0');
        if (i == start)
            return std::nullopt;
        if (expNegative)
            exponent = -exponent;
    }
    if (i != n)
        return std::nullopt;
    if (mantissa == 0)
        return fromUnits(0, std::min(fractionDigits, MaxScale));
    int scale = fractionDigits - exponent;
    if (scale < 0) {
        if (significant - scale > 18)
            return std::nullopt;
        mantissa *= pow10(-scale);
        scale = 0;
    }
    while (scale > MaxScale && mantissa % 10 == 0) {
        mantissa /= 10;
        --scale;
    }
    if (scale > MaxScale || mantissa > MaxSignificant)
        return std::nullopt;
    return fromUnits(qint64(negative ? -mantissa : mantissa), scale);
}

std::optional<ExactDecimal> ExactDecimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    return parse(QString::number(value, 'g', QLocale::FloatingPointShortest));
}

std::optional<ExactDecimal> ExactDecimal::fromJson(const QJsonValue &value)
{
    if (value.isString())
        return parse(value.toString());
    if (value.isDouble())
        return fromDouble(value.toDouble());
    return std::nullopt;
}

QString ExactDecimal::toString() const
{
    if (!m_valid)
        return QStringLiteral("NaN");
    return digitsText(m_units, m_scale);
}

std::optional<qint64> ExactDecimal::roundedUnits(int decimals) const
{
    if (!m_valid)
        return std::nullopt;
    decimals = std::clamp(decimals, 0, MaxScale);
    Wide v = m_units;
    if (decimals >= m_scale)
        v *= pow10(decimals - m_scale);
    else
        v = divideRounded(v, pow10(m_scale - decimals));
    if (!fits(v))
        return std::nullopt;
    return qint64(v);
}

QString ExactDecimal::toFixed(int decimals) const
{
    const std::optional<qint64> units = roundedUnits(decimals);
    if (!units)
        return QStringLiteral("NaN");
    return digitsText(*units, std::clamp(decimals, 0, MaxScale));
}

double ExactDecimal::toDouble() const
{
    if (!m_valid)
        return std::numeric_limits<double>::quiet_NaN();
    return toString().toDouble(); // correctly rounded, unlike units / 10^scale
}

ExactDecimal ExactDecimal::rescaled(int scale) const
{
    if (!m_valid || scale <= m_scale)
        return *this;
    if (scale > MaxScale)
        return invalid();
    const Wide v = Wide(m_units) * pow10(scale - m_scale);
    return fits(v) ? fromUnits(qint64(v), scale) : invalid();
}

ExactDecimal operator+(const ExactDecimal &a, const ExactDecimal &b)
{
    if (!a.m_valid || !b.m_valid)
        return ExactDecimal::invalid();
    const int scale = std::max(a.m_scale, b.m_scale);
    const Wide v = Wide(a.m_units) * pow10(scale - a.m_scale) + Wide(b.m_units) * pow10(scale - b.m_scale);
    return fits(v) ? ExactDecimal::fromUnits(qint64(v), scale) : ExactDecimal::invalid();
}

ExactDecimal ExactDecimal::operator-() const
{
    if (!m_valid || m_units == std::numeric_limits<qint64>::min())
        return invalid();
    return fromUnits(-m_units, m_scale);
}

ExactDecimal operator-(const ExactDecimal &a, const ExactDecimal &b)
{
    return a + (-b);
}

int ExactDecimal::compare(const ExactDecimal &a, const ExactDecimal &b)
{
    if (!a.m_valid || !b.m_valid)
        return a.m_valid == b.m_valid ? 0 : (a.m_valid ? 1 : -1);
    const int scale = std::max(a.m_scale, b.m_scale);
    const Wide x = Wide(a.m_units) * pow10(scale - a.m_scale);
    const Wide y = Wide(b.m_units) * pow10(scale - b.m_scale);
    return x < y ? -1 : (x > y ? 1 : 0);
}
