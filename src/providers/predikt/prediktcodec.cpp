#include "prediktcodec.h"
#include "core/jsonnumbers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <cmath>
#include <type_traits>
#include <utility>

namespace Predikt {

namespace {

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Predikt", text);
}

// Unix ms sent as a number; fractions of a ms are dropped, anything not a time (1e300) is
// absent. Shared by the full decoder and the price_update scanner so that they agree.
qint64 timestampFromNumber(double ms)
{
    JsonNumbers::IntegerRange range = JsonNumbers::nonNegative();
    range.allowFraction = true;
    return JsonNumbers::checkedInteger(ms, nullptr, range).value_or(-1);
}

qint64 timestampOf(const QJsonObject &o)
{
    const QJsonValue ts = o.value(QLatin1String("timestamp"));
    if (ts.isString())
        return parseTimestampMs(ts.toString());
    return ts.isDouble() ? timestampFromNumber(ts.toDouble()) : -1;
}

QStringList symbolsOf(const QJsonValue &value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    out.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (v.isString())
            out << v.toString();
    }
    return out;
}

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = int(y - era * 400);
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

template<typename View>
char16_t charAt(View s, qsizetype i)
{
    if constexpr (std::is_same_v<View, QStringView>)
        return s.at(i).unicode();
    else
        return char16_t(uchar(s.at(i)));
}

template<typename View>
bool digits(View s, qsizetype pos, int count, int &out)
{
    if (pos + count > s.size())
        return false;
    int v = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = charAt(s, pos + i);
        if (c < u'0' || c > u'9')
            return false;
        v = v * 10 + (c - u'0');
    }
    out = v;
    return true;
}

// YYYY-MM-DDTHH:MM:SS[.f+][Z|±HH[:]MM]
template<typename View>
qint64 parseTimestamp(View s)
{
    int y, mo, d, h, mi, sec;
    if (s.size() < 19 || !digits(s, 0, 4, y) || charAt(s, 4) != u'-' || !digits(s, 5, 2, mo) || charAt(s, 7) != u'-'
        || !digits(s, 8, 2, d) || (charAt(s, 10) != u'T' && charAt(s, 10) != u' ') || !digits(s, 11, 2, h)
        || charAt(s, 13) != u':' || !digits(s, 14, 2, mi) || charAt(s, 16) != u':' || !digits(s, 17, 2, sec))
        return -1;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return -1;
    qsizetype i = 19;
    int ms = 0;
    if (i < s.size() && charAt(s, i) == u'.') {
        ++i;
        int scale = 100;
        const qsizetype start = i;
        while (i < s.size() && charAt(s, i) >= u'0' && charAt(s, i) <= u'9') {
            ms += (charAt(s, i) - u'0') * scale;
            scale /= 10;
            ++i;
        }
        if (i == start)
            return -1;
    }
    qint64 offsetMin = 0;
    if (i < s.size()) {
        const char16_t c = charAt(s, i);
        if (c == u'Z' || c == u'z') {
            ++i;
        } else if (c == u'+' || c == u'-') {
            int oh, om;
            if (!digits(s, i + 1, 2, oh))
                return -1;
            qsizetype j = i + 3;
            if (j < s.size() && charAt(s, j) == u':')
                ++j;
            if (!digits(s, j, 2, om) || oh > 23 || om > 59)
                return -1;
            offsetMin = (oh * 60 + om) * (c == u'+' ? 1 : -1);
            i = j + 2;
        } else {
            return -1;
        }
    }
    if (i != s.size())
        return -1;
    const qint64 days = daysFromCivil(y, mo, d);
    return ((days * 24 + h) * 60 + mi - offsetMin) * 60000 + qint64(sec) * 1000 + ms;
}

/// A forward-only reader over JSON text for scanPriceUpdate.
struct Scanner {
    const char *p;
    const char *end;

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
            ++p;
    }
    bool eat(char c)
    {
        ws();
        if (p < end && *p == c) {
            ++p;
            return true;
        }
        return false;
    }
    /// A string without escapes; false on an escape or the end.
    bool string(QByteArrayView &out)
    {
        ws();
        if (p >= end || *p != '"')
            return false;
        const char *start = ++p;
        while (p < end && *p != '"') {
            // Escapes, control characters and anything beyond ASCII (which the full decoder
            // checks as UTF-8 and may refuse) go to the full decoder, so both always agree.
            if (*p == '\\' || uchar(*p) < 0x20 || uchar(*p) >= 0x80)
                return false;
            ++p;
        }
        if (p >= end)
            return false;
        out = QByteArrayView(start, p - start);
        ++p;
        return true;
    }
    /// JSON's number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    static bool isJsonNumber(const char *b, const char *e)
    {
        auto digits = [&b, e] {
            const char *from = b;
            while (b < e && *b >= '0' && *b <= '9')
                ++b;
            return b > from;
        };
        if (b < e && *b == '-')
            ++b;
        if (b < e && *b == '0')
            ++b;
        else if (!digits())
            return false;
        if (b < e && *b == '.') {
            ++b;
            if (!digits())
                return false;
        }
        if (b < e && (*b == 'e' || *b == 'E')) {
            ++b;
            if (b < e && (*b == '+' || *b == '-'))
                ++b;
            if (!digits())
                return false;
        }
        return b == e;
    }
    bool number(double &out)
    {
        ws();
        const char *start = p;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '-' || *p == '+' || *p == '.' || *p == 'e' || *p == 'E'))
            ++p;
        if (p == start || !isJsonNumber(start, p))
            return false; // "00", "+1", ".5", "1.": not JSON, as the full decoder says
        bool ok = false;
        out = QByteArrayView(start, p - start).toDouble(&ok);
        return ok && std::isfinite(out);
    }
};

} // namespace

MessageType messageTypeFromText(QStringView text)
{
    if (text == u"price_update") return MessageType::PriceUpdate;
    if (text == u"connected") return MessageType::Connected;
    if (text == u"subscribed") return MessageType::Subscribed;
    if (text == u"unsubscribed") return MessageType::Unsubscribed;
    if (text == u"billing") return MessageType::Billing;
    if (text == u"pong") return MessageType::Pong;
    if (text == u"error") return MessageType::Error;
    if (text == u"disconnecting") return MessageType::Disconnecting;
    return MessageType::Unknown;
}

ErrorCode errorCodeFromText(QStringView text)
{
    if (text == u"INVALID_API_KEY") return ErrorCode::InvalidApiKey;
    if (text == u"PERMISSION_DENIED") return ErrorCode::PermissionDenied;
    if (text == u"INSUFFICIENT_BALANCE") return ErrorCode::InsufficientBalance;
    if (text == u"RATE_LIMIT_EXCEEDED") return ErrorCode::RateLimitExceeded;
    if (text == u"INVALID_SYMBOL") return ErrorCode::InvalidSymbol;
    if (text == u"ACCOUNT_NOT_FOUND") return ErrorCode::AccountNotFound;
    return ErrorCode::Unknown;
}

QString errorCodeText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidApiKey: return QStringLiteral("INVALID_API_KEY");
    case ErrorCode::PermissionDenied: return QStringLiteral("PERMISSION_DENIED");
    case ErrorCode::InsufficientBalance: return QStringLiteral("INSUFFICIENT_BALANCE");
    case ErrorCode::RateLimitExceeded: return QStringLiteral("RATE_LIMIT_EXCEEDED");
    case ErrorCode::InvalidSymbol: return QStringLiteral("INVALID_SYMBOL");
    case ErrorCode::AccountNotFound: return QStringLiteral("ACCOUNT_NOT_FOUND");
    case ErrorCode::Unknown: break;
    }
    return QStringLiteral("UNKNOWN");
}

Failure::Kind failureKind(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidApiKey:
    case ErrorCode::PermissionDenied:
    case ErrorCode::AccountNotFound: return Failure::Kind::Auth;
    case ErrorCode::InsufficientBalance: return Failure::Kind::Billing;
    case ErrorCode::RateLimitExceeded: return Failure::Kind::Limit;
    case ErrorCode::InvalidSymbol:
    case ErrorCode::Unknown: break;
    }
    return Failure::Kind::None;
}

QString explain(ErrorCode code, const QString &serverMessage)
{
    QString why;
    switch (code) {
    case ErrorCode::InvalidApiKey: why = tr("Predikt rejected the API key (missing or invalid). Check the key in the profile."); break;
    case ErrorCode::PermissionDenied:
        why = tr("This Predikt API key lacks the \"websocket\" permission: new keys get only \"price\" and \"ai\". "
                 "In your Predikt account, edit the key's permissions, add \"websocket\", then reconnect (the key "
                 "itself stays the same).");
        break;
    case ErrorCode::AccountNotFound: why = tr("Predikt does not know the account of this API key."); break;
    case ErrorCode::InsufficientBalance: why = tr("Your Predikt balance is too low for a connection. Top up your balance on the Predikt billing page, then reconnect."); break;
    case ErrorCode::RateLimitExceeded: why = tr("A Predikt connection or symbol limit was reached."); break;
    case ErrorCode::InvalidSymbol: why = tr("Predikt found no valid symbol in the request."); break;
    case ErrorCode::Unknown: why = tr("Predikt reported an error."); break;
    }
    if (!serverMessage.isEmpty())
        why += QLatin1Char(' ') + tr("Server: %1").arg(serverMessage);
    return why;
}

bool parseAmount(const QJsonValue &value, double &out)
{
    const std::optional<double> v = JsonNumbers::checkedDouble(value);
    if (v)
        out = *v;
    return v.has_value();
}

bool parseMoney(const QJsonValue &value, ExactDecimal &out)
{
    const std::optional<ExactDecimal> d = ExactDecimal::fromJson(value);
    if (!d)
        return false;
    out = *d;
    return true;
}

int symbolCapIn(const QString &message)
{
    static const QRegularExpression cap(QStringLiteral("symbols?\\D{0,20}?\\((\\d{1,6})\\)"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = cap.match(message);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

bool namesConnectionLimit(const QString &message)
{
    return message.contains(QLatin1String("connection"), Qt::CaseInsensitive)
           && !message.contains(QLatin1String("symbol"), Qt::CaseInsensitive);
}

bool decodeMessage(const QJsonObject &o, Message &out, QString *error)
{
    Message m;
    m.typeText = o.value(QLatin1String("type")).toString();
    m.type = messageTypeFromText(m.typeText);
    switch (m.type) {
    case MessageType::PriceUpdate: {
        const QJsonValue symbol = o.value(QLatin1String("symbol"));
        const QJsonValue price = o.value(QLatin1String("price"));
        double p = 0;
        if (!symbol.isString() || symbol.toString().isEmpty() || !parseAmount(price, p) || p < 0) {
            m.type = MessageType::Unknown;
            out = m;
            return fail(error, tr("a price_update without a symbol or a valid price"));
        }
        m.tick.symbol = symbol.toString();
        m.tick.price = p;
        m.tick.source = o.value(QLatin1String("source")).toString();
        m.tick.timestampMs = timestampOf(o);
        break;
    }
    case MessageType::Connected:
        m.connected.accountId = o.value(QLatin1String("accountId")).toString();
        m.connected.connectionId = o.value(QLatin1String("connectionId")).toString();
        m.connected.timestampMs = timestampOf(o);
        break;
    case MessageType::Subscribed:
    case MessageType::Unsubscribed:
        m.subscription.channel = o.value(QLatin1String("channel")).toString();
        m.subscription.symbols = symbolsOf(o.value(QLatin1String("symbols")));
        m.subscription.timestampMs = timestampOf(o);
        break;
    case MessageType::Billing:
        if (!parseMoney(o.value(QLatin1String("amountUsd")), m.billing.amountUsd)
            || !parseMoney(o.value(QLatin1String("remainingBalanceUsd")), m.billing.remainingBalanceUsd)) {
            m.type = MessageType::Unknown;
            out = m;
            return fail(error, tr("a billing message without valid amounts"));
        }
        m.billing.message = o.value(QLatin1String("message")).toString();
        m.billing.timestampMs = timestampOf(o);
        break;
    case MessageType::Pong:
        m.pongTimestampMs = timestampOf(o);
        break;
    case MessageType::Error:
        m.error.codeText = o.value(QLatin1String("code")).toString();
        m.error.code = errorCodeFromText(m.error.codeText);
        m.error.message = o.value(QLatin1String("message")).toString();
        m.error.timestampMs = timestampOf(o);
        break;
    case MessageType::Disconnecting: {
        const QString message = o.value(QLatin1String("message")).toString();
        const QString reason = o.value(QLatin1String("reason")).toString();
        m.disconnect.reason = message.isEmpty() ? reason : message;
        m.disconnect.code = o.value(QLatin1String("code")).toString();
        if (m.disconnect.code.isEmpty() && errorCodeFromText(reason) != ErrorCode::Unknown)
            m.disconnect.code = reason;
        m.disconnect.timestampMs = timestampOf(o);
        break;
    }
    case MessageType::Unknown:
        out = m;
        return fail(error, tr("unknown message type \"%1\"").arg(m.typeText.left(64)));
    }
    out = std::move(m);
    return true;
}

bool decodeEvent(const QString &event, const QJsonArray &args, Message &out, QString *error)
{
    const QJsonValue first = args.isEmpty() ? QJsonValue() : args.at(0);
    if (event == QLatin1String("message")) {
        if (!first.isObject())
            return fail(error, tr("a message event without an object"));
        return decodeMessage(first.toObject(), out, error);
    }
    // Also accept events named after the type (emit('price_update', {...})).
    if (messageTypeFromText(event) == MessageType::Unknown)
        return fail(error, tr("unknown event \"%1\"").arg(event.left(64)));
    QJsonObject o = first.toObject();
    if (!o.contains(QLatin1String("type")))
        o.insert(QStringLiteral("type"), event);
    return decodeMessage(o, out, error);
}

Tier tierByName(const QString &name)
{
    const QString upper = name.trimmed().toUpper();
    if (upper == QLatin1String("PRO"))
        return {QStringLiteral("PRO"), 5, 50};
    if (upper == QLatin1String("ENTERPRISE"))
        return {QStringLiteral("ENTERPRISE"), 20, 200};
    return {QStringLiteral("STANDARD"), 2, 10};
}

QStringList tierNames()
{
    return {QStringLiteral("STANDARD"), QStringLiteral("PRO"), QStringLiteral("ENTERPRISE")};
}

QStringList normalizeSymbols(const QStringList &symbols)
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &s : symbols) {
        const QString sym = s.trimmed().toUpper();
        if (sym.isEmpty() || seen.contains(sym))
            continue;
        seen.insert(sym);
        out << sym;
    }
    return out;
}

QJsonObject subscriptionRequest(const QStringList &symbols)
{
    return {{QStringLiteral("channel"), QLatin1String(PriceChannel)},
            {QStringLiteral("symbols"), QJsonArray::fromStringList(symbols)}};
}

QJsonObject messageRequest(const QString &action, const QStringList &symbols)
{
    QJsonObject o = subscriptionRequest(symbols);
    o.insert(QStringLiteral("action"), action);
    return o;
}

qint64 parseTimestampMs(QStringView text)
{
    return parseTimestamp(text);
}

qint64 parseTimestampMs(QByteArrayView text)
{
    return parseTimestamp(text);
}

bool scanPriceUpdate(QByteArrayView json, PriceTick &out)
{
    Scanner sc{json.data(), json.data() + json.size()};
    QByteArrayView text;
    if (!sc.eat('[') || !sc.string(text) || text != QByteArrayView("message") || !sc.eat(',') || !sc.eat('{'))
        return false;
    QByteArrayView type, symbol, source, timestamp;
    qint64 numericTimestampMs = -1;
    double price = -1;
    bool havePrice = false;
    // A repeated key the scan reads goes to the full decoder, where the last one wins (a
    // fuzzer sent "symbol":"OL" and then "symbol":176862…, which the scan took as OL).
    unsigned seen = 0;
    const auto once = [&seen](QByteArrayView key) {
        static constexpr const char *Read[] = {"type", "symbol", "source", "timestamp", "price"};
        for (unsigned i = 0; i < std::size(Read); ++i) {
            if (key == QByteArrayView(Read[i]))
                return !(std::exchange(seen, seen | (1u << i)) & (1u << i));
        }
        return true; // a key the scan does not read may repeat
    };
    if (!sc.eat('}')) {
        do {
            QByteArrayView key;
            if (!sc.string(key) || !sc.eat(':') || !once(key))
                return false;
            sc.ws();
            if (sc.p >= sc.end)
                return false;
            if (*sc.p == '"') {
                QByteArrayView value;
                if (!sc.string(value))
                    return false;
                if (key == QByteArrayView("type"))
                    type = value;
                else if (key == QByteArrayView("symbol"))
                    symbol = value;
                else if (key == QByteArrayView("source"))
                    source = value;
                else if (key == QByteArrayView("timestamp"))
                    timestamp = value;
                else if (key == QByteArrayView("price"))
                    return false; // a price as a string: leave it to the full decoder
            } else {
                double number = 0;
                if (!sc.number(number))
                    return false; // nested, true/false/null: the full decoder handles it
                if (key == QByteArrayView("price")) {
                    price = number;
                    havePrice = true;
                } else if (key == QByteArrayView("timestamp")) {
                    // Unix ms as a number: read as the full decoder reads it (it was ignored).
                    numericTimestampMs = timestampFromNumber(number);
                }
            }
        } while (sc.eat(','));
        if (!sc.eat('}'))
            return false;
    }
    if (!sc.eat(']'))
        return false;
    sc.ws();
    if (sc.p != sc.end || type != QByteArrayView("price_update") || symbol.isEmpty() || !havePrice || price < 0)
        return false;
    out.symbol = QString::fromUtf8(symbol);
    out.price = price;
    out.source = QString::fromUtf8(source);
    out.timestampMs = timestamp.isEmpty() ? numericTimestampMs : parseTimestamp(timestamp);
    return true;
}

QString formatTimestamp(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace Predikt
