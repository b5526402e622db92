#include "alliumdecimal.h"

#include <QLocale>
#include <cmath>

std::optional<AlliumDecimal> AlliumDecimal::parse(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 4096)
        return std::nullopt;
    AlliumDecimal d;
    qsizetype i = 0;
    if (text.at(0) == '-' || text.at(0) == '+') {
        d.m_negative = text.at(0) == '-';
        ++i;
    }
    const qsizetype intStart = i;
    while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9')
        ++i;
    const qsizetype intEnd = i;
    qsizetype fracStart = i, fracEnd = i;
    if (i < text.size() && text.at(i) == '.') {
        ++i;
        fracStart = i;
        while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9')
            ++i;
        fracEnd = i;
        if (fracEnd == fracStart)
            return std::nullopt; // "1." is not a number
    }
    if (i != text.size() || (intEnd == intStart && fracEnd == fracStart))
        return std::nullopt;
    qsizetype a = intStart;
    while (a < intEnd && text.at(a) == '0')
        ++a;
    d.m_integer = text.sliced(a, intEnd - a).toByteArray();
    qsizetype b = fracEnd;
    while (b > fracStart && text.at(b - 1) == '0')
        --b;
    d.m_fraction = text.sliced(fracStart, b - fracStart).toByteArray();
    if (d.m_integer.isEmpty() && d.m_fraction.isEmpty())
        d.m_negative = false;
    return d;
}

std::optional<AlliumDecimal> AlliumDecimal::parse(QStringView text)
{
    if (text.isEmpty() || text.size() > 4096)
        return std::nullopt;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= '0' && u <= '9') || u == '.' || u == '-' || u == '+'))
            return std::nullopt;
    }
    return parse(QByteArrayView(text.toLatin1())); // only the characters of a decimal are left
}

std::optional<AlliumDecimal> AlliumDecimal::fromDouble(double value)
{
    if (!std::isfinite(value))
        return std::nullopt;
    // 'f' with the shortest round-trip precision never uses an exponent.
    return parse(QByteArray::number(value, 'f', QLocale::FloatingPointShortest));
}

std::optional<AlliumDecimal> AlliumDecimal::fromJson(const QJsonValue &value)
{
    if (value.isDouble())
        return fromDouble(value.toDouble());
    if (value.isString())
        return parse(QStringView(value.toString()));
    return std::nullopt;
}

int AlliumDecimal::compare(const AlliumDecimal &a, const AlliumDecimal &b)
{
    if (a.m_negative != b.m_negative)
        return a.m_negative ? -1 : 1;
    // Compare magnitudes, then flip for negatives.
    int mag = 0;
    if (a.m_integer.size() != b.m_integer.size()) {
        mag = a.m_integer.size() < b.m_integer.size() ? -1 : 1;
    } else {
        const int c = a.m_integer.compare(b.m_integer);
        if (c != 0) {
            mag = c < 0 ? -1 : 1;
        } else {
            const qsizetype n = std::max(a.m_fraction.size(), b.m_fraction.size());
            for (qsizetype i = 0; i < n && mag == 0; ++i) {
                const char da = i < a.m_fraction.size() ? a.m_fraction.at(i) : '0';
                const char db = i < b.m_fraction.size() ? b.m_fraction.at(i) : '0';
                if (da != db)
                    mag = da < db ? -1 : 1;
            }
        }
    }
    return a.m_negative ? -mag : mag;
}

QByteArray AlliumDecimal::toText() const
{
    QByteArray out;
    if (m_negative)
        out += '-';
    out += m_integer.isEmpty() ? QByteArray("0") : m_integer;
    if (!m_fraction.isEmpty())
        out += '.' + m_fraction;
    return out;
}
