// Times on the tweet stream: ISO 8601 (detected_at, tweet_published_at) and Twitter's own
// created_at format in the nested tweet object.

#include "tweetscodec.h"

#include <QDateTime>

namespace TweetsCodec {

namespace {

int digits(QStringView s, qsizetype at, qsizetype count, bool *ok)
{
    if (at < 0 || at + count > s.size()) {
        *ok = false;
        return 0;
    }
    int v = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const QChar c = s.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            *ok = false;
            return 0;
        }
        v = v * 10 + (c.unicode() - '0');
    }
    return v;
}

qint64 daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil: proleptic Gregorian, exact for every year.
    y -= m <= 2 ? 1 : 0;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return qint64(era) * 146097 + doe - 719468;
}

int daysInMonth(int y, int m)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 && leap ? 29 : days[m - 1];
}

/// Parses a "+hh:mm", "+hhmm" or "+hh" offset into minutes; false when it is none of them.
bool parseOffset(QStringView rest, QChar sign, int *minutes)
{
    bool ok = true;
    int oh = 0;
    int om = 0;
    if (rest.size() == 5 && rest.at(2) == QLatin1Char(':')) {
        oh = digits(rest, 0, 2, &ok);
        om = digits(rest, 3, 2, &ok);
    } else if (rest.size() == 4) {
        oh = digits(rest, 0, 2, &ok);
        om = digits(rest, 2, 2, &ok);
    } else if (rest.size() == 2) {
        oh = digits(rest, 0, 2, &ok);
    } else {
        return false;
    }
    if (!ok || oh > 23 || om > 59)
        return false;
    *minutes = (oh * 60 + om) * (sign == QLatin1Char('-') ? -1 : 1);
    return true;
}

const char *const MonthNames[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char *const DayNames[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

} // namespace

qint64 parseIsoTimeMs(QStringView s)
{
    // The common shape by hand (this runs for every tweet); anything else via QDateTime.
    if (s.size() >= 19 && s.at(4) == QLatin1Char('-') && s.at(7) == QLatin1Char('-')
        && (s.at(10) == QLatin1Char('T') || s.at(10) == QLatin1Char(' ')) && s.at(13) == QLatin1Char(':')
        && s.at(16) == QLatin1Char(':')) {
        bool ok = true;
        const int year = digits(s, 0, 4, &ok);
        const int month = digits(s, 5, 2, &ok);
        const int day = digits(s, 8, 2, &ok);
        const int hour = digits(s, 11, 2, &ok);
        const int minute = digits(s, 14, 2, &ok);
        const int second = digits(s, 17, 2, &ok);
        if (!ok || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23
            || minute > 59 || second > 60)
            return -1;
        qsizetype i = 19;
        int millis = 0;
        if (i < s.size() && (s.at(i) == QLatin1Char('.') || s.at(i) == QLatin1Char(','))) {
            ++i;
            int scale = 100;
            const qsizetype start = i;
            while (i < s.size() && s.at(i) >= QLatin1Char('0') && s.at(i) <= QLatin1Char('9')) {
                millis += (s.at(i).unicode() - '0') * scale;
                scale /= 10;
                ++i;
            }
            if (i == start)
                return -1;
        }
        int offsetMinutes = 0;
        if (i < s.size()) {
            const QChar sign = s.at(i);
            if (sign == QLatin1Char('Z') || sign == QLatin1Char('z')) {
                ++i;
            } else if (sign == QLatin1Char('+') || sign == QLatin1Char('-')) {
                if (!parseOffset(s.mid(i + 1), sign, &offsetMinutes))
                    return -1;
                i = s.size();
            } else {
                return -1;
            }
        }
        if (i != s.size())
            return -1;
        const qint64 days = daysFromCivil(year, month, day);
        const qint64 secs = days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
        return secs * 1000 + millis;
    }
    const QDateTime dt = QDateTime::fromString(s.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : -1;
}

QString formatIsoTime(qint64 ms)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    return dt.toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

qint64 parseTwitterTimeMs(QStringView s)
{
    // "Mon Mar 03 09:59:57 +0000 2026": fixed columns, English names whatever the locale.
    if (s.size() != 30 || s.at(3) != QLatin1Char(' ') || s.at(7) != QLatin1Char(' ') || s.at(10) != QLatin1Char(' ')
        || s.at(13) != QLatin1Char(':') || s.at(16) != QLatin1Char(':') || s.at(19) != QLatin1Char(' ')
        || s.at(25) != QLatin1Char(' '))
        return -1;
    int month = 0;
    for (int m = 0; m < 12; ++m) {
        if (s.mid(4, 3) == QLatin1String(MonthNames[m]))
            month = m + 1;
    }
    bool ok = month > 0;
    const int day = digits(s, 8, 2, &ok);
    const int hour = digits(s, 11, 2, &ok);
    const int minute = digits(s, 14, 2, &ok);
    const int second = digits(s, 17, 2, &ok);
    const int year = digits(s, 26, 4, &ok);
    int offsetMinutes = 0;
    const QChar sign = s.at(20);
    if (!ok || (sign != QLatin1Char('+') && sign != QLatin1Char('-')) || !parseOffset(s.mid(21, 4), sign, &offsetMinutes))
        return -1;
    if (day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        return -1;
    const qint64 secs = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60;
    return secs * 1000;
}

QString formatTwitterTime(qint64 ms)
{
    const QDateTime dt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDate d = dt.date();
    const QTime t = dt.time();
    return QStringLiteral("%1 %2 %3 %4 +0000 %5")
        .arg(QLatin1String(DayNames[d.dayOfWeek() - 1]), QLatin1String(MonthNames[d.month() - 1]))
        .arg(d.day(), 2, 10, QLatin1Char('0'))
        .arg(t.toString(QStringLiteral("HH:mm:ss")))
        .arg(d.year(), 4, 10, QLatin1Char('0'));
}

} // namespace TweetsCodec
