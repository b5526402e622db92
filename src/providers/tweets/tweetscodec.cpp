#include "tweetscodec.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QUrl>
#include <cmath>

QString Tweet::link() const
{
    // Usernames are [A-Za-z0-9_]; anything else is percent-encoded so a hostile name cannot
    // change where the link points.
    return QStringLiteral("https://x.com/%1/status/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(author)), tweetId);
}

QString TweetSource::kindId(TweetSourceKind kind)
{
    switch (kind) {
    case TweetSourceKind::Monitor: return QStringLiteral("monitor");
    case TweetSourceKind::FilterRule: return QStringLiteral("filter_rule");
    case TweetSourceKind::Other: break;
    }
    return QStringLiteral("other");
}

namespace TweetsCodec {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TweetsCodec", text);
}

Message malformed(const QString &problem)
{
    Message m;
    m.type = Type::Malformed;
    m.problem = problem;
    return m;
}

bool isDecimalId(QStringView s)
{
    if (s.isEmpty() || s.size() > 20)
        return false;
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

/// A numeric "key": 123… written as a JSON number: the digits exactly as sent, because the
/// parsed double has lost them above 2^53. Only an occurrence whose value matches the
/// parsed number is taken (a nested object could carry the same key).
QString rawDigitsAfterKey(const QByteArray &raw, const QByteArray &quotedKey, double parsed)
{
    qsizetype from = 0;
    while ((from = raw.indexOf(quotedKey, from)) >= 0) {
        qsizetype i = from + quotedKey.size();
        from = i;
        while (i < raw.size() && (raw.at(i) == ' ' || raw.at(i) == '\t' || raw.at(i) == '\n' || raw.at(i) == '\r'))
            ++i;
        if (i >= raw.size() || raw.at(i) != ':')
            continue;
        ++i;
        while (i < raw.size() && (raw.at(i) == ' ' || raw.at(i) == '\t' || raw.at(i) == '\n' || raw.at(i) == '\r'))
            ++i;
        const qsizetype start = i;
        while (i < raw.size() && raw.at(i) >= '0' && raw.at(i) <= '9')
            ++i;
        if (i == start || (i < raw.size() && (raw.at(i) == '.' || raw.at(i) == 'e' || raw.at(i) == 'E')))
            continue;
        const QByteArray digits = raw.mid(start, i - start);
        if (digits.toDouble() == parsed)
            return QString::fromLatin1(digits);
    }
    return {};
}

qint64 toMilliseconds(const QJsonValue &v)
{
    double d = -1;
    if (v.isDouble()) {
        d = v.toDouble();
    } else if (v.isString()) {
        bool ok = false;
        d = v.toString().toDouble(&ok);
        if (!ok)
            return -1;
    } else {
        return -1;
    }
    if (!std::isfinite(d) || d < 0 || d > 1e15)
        return -1;
    return qint64(std::llround(d));
}

Message decodeTweet(const QJsonObject &o, const QByteArray &raw)
{
    Message m;
    m.type = Type::NewTweet;
    Tweet &t = m.tweet;

    const QJsonValue source = o.value(QLatin1String("source"));
    if (!source.isString() || source.toString().isEmpty())
        return malformed(tr("A new_tweet event without a source"));
    t.sourceType = source.toString();
    if (t.sourceType == QLatin1String("monitor")) {
        t.sourceKind = TweetSourceKind::Monitor;
        t.sourceId = o.value(QLatin1String("monitor_id")).toString();
        t.sourceName = o.value(QLatin1String("monitor_name")).toString();
    } else if (t.sourceType == QLatin1String("filter_rule")) {
        t.sourceKind = TweetSourceKind::FilterRule;
        t.sourceId = o.value(QLatin1String("rule_id")).toString();
        t.sourceName = o.value(QLatin1String("rule_tag")).toString();
    } else {
        // A source kind newer than this client: keep the tweet, label it by what is there.
        t.sourceKind = TweetSourceKind::Other;
        t.sourceId = o.value(QLatin1String("source_id")).toString();
        t.sourceName = o.value(QLatin1String("source_name")).toString(t.sourceType);
    }

    const QJsonValue id = o.value(QLatin1String("tweet_id"));
    if (id.isString()) {
        t.tweetId = id.toString();
    } else if (id.isDouble()) {
        t.tweetId = rawDigitsAfterKey(raw, QByteArrayLiteral("\"tweet_id\""), id.toDouble());
    }
    if (!isDecimalId(t.tweetId))
        return malformed(id.isUndefined() ? tr("A new_tweet event without a tweet_id")
                                          : tr("A new_tweet event whose tweet_id is not a decimal id"));

    const QJsonValue author = o.value(QLatin1String("author_username"));
    if (!author.isString() || author.toString().isEmpty())
        return malformed(tr("A new_tweet event without an author_username"));
    t.author = author.toString();
    if (t.author.startsWith(QLatin1Char('@')))
        t.author.remove(0, 1);

    const QJsonValue text = o.value(QLatin1String("tweet_text"));
    if (!text.isString())
        return malformed(tr("A new_tweet event without a tweet_text"));
    t.text = text.toString();

    t.tweetType = o.value(QLatin1String("tweet_type")).toString();
    t.latencyMs = toMilliseconds(o.value(QLatin1String("latency_ms")));
    t.detectedAtText = o.value(QLatin1String("detected_at")).toString();
    t.detectedAtMs = t.detectedAtText.isEmpty() ? -1 : parseIsoTimeMs(t.detectedAtText);
    t.raw = raw;
    return m;
}

int digits(QStringView s, qsizetype at, qsizetype count, bool *ok)
{
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
                const QStringView rest = s.mid(i + 1);
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
                    return -1;
                }
                if (!ok || oh > 23 || om > 59)
                    return -1;
                offsetMinutes = (oh * 60 + om) * (sign == QLatin1Char('-') ? -1 : 1);
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

Message decode(const QByteArray &utf8)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(tr("Not JSON (%1 at byte %2)").arg(parseError.errorString()).arg(parseError.offset));
    if (!doc.isObject())
        return malformed(tr("Not a JSON object"));
    const QJsonObject o = doc.object();
    const QJsonValue type = o.value(QLatin1String("type"));
    if (!type.isString())
        return malformed(tr("An event without a type"));
    const QString name = type.toString();

    if (name == QLatin1String("new_tweet"))
        return decodeTweet(o, utf8);

    Message m;
    m.typeName = name;
    if (name == QLatin1String("connected")) {
        m.type = Type::Connected;
        m.connected.connectionId = o.value(QLatin1String("connection_id")).toString();
        m.connected.apiKeyId = o.value(QLatin1String("api_key_id")).toString();
        return m;
    }
    if (name == QLatin1String("error")) {
        const QJsonValue code = o.value(QLatin1String("code"));
        bool ok = code.isDouble();
        int value = ok ? code.toInt(-1) : -1;
        if (code.isString())
            value = code.toString().toInt(&ok);
        if (!ok || value < 0)
            return malformed(tr("An error event without a numeric code"));
        m.type = Type::Error;
        m.error.code = value;
        m.error.message = o.value(QLatin1String("message")).toString();
        return m;
    }
    m.type = Type::Unknown;
    return m;
}

QByteArray encodeConnected(const Connected &connected)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("connected")},
                  {QStringLiteral("connection_id"), connected.connectionId},
                  {QStringLiteral("api_key_id"), connected.apiKeyId}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeError(int code, const QString &message)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("error")},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encodeTweet(const Tweet &t)
{
    QJsonObject o{{QStringLiteral("type"), QStringLiteral("new_tweet")}, {QStringLiteral("source"), t.sourceType}};
    if (t.sourceKind == TweetSourceKind::Monitor) {
        o.insert(QStringLiteral("monitor_id"), t.sourceId);
        o.insert(QStringLiteral("monitor_name"), t.sourceName);
    } else if (t.sourceKind == TweetSourceKind::FilterRule) {
        o.insert(QStringLiteral("rule_id"), t.sourceId);
        o.insert(QStringLiteral("rule_tag"), t.sourceName);
    }
    o.insert(QStringLiteral("tweet_id"), t.tweetId);
    o.insert(QStringLiteral("author_username"), t.author);
    o.insert(QStringLiteral("tweet_text"), t.text);
    o.insert(QStringLiteral("tweet_type"), t.tweetType);
    if (t.latencyMs >= 0)
        o.insert(QStringLiteral("latency_ms"), t.latencyMs);
    o.insert(QStringLiteral("detected_at"),
             t.detectedAtText.isEmpty() && t.detectedAtMs >= 0 ? formatIsoTime(t.detectedAtMs) : t.detectedAtText);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace TweetsCodec
