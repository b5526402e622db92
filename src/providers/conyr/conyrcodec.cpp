#include "conyrcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cmath>

namespace Conyr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Conyr", text);
}

QStringList readChannels(const QJsonObject &o)
{
    QStringList out;
    const QJsonValue v = o.value(QLatin1String("channels"));
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (const QJsonValue &c : array) {
            if (c.isString())
                out.append(c.toString());
        }
    } else if (v.isString()) {
        out.append(v.toString());
    }
    return out;
}

} // namespace

// ---- channel names ---------------------------------------------------------------------

ChannelDescriptor parseChannel(const QString &name)
{
    // Only the documented shapes are typed; anything else flows on as generic data.
    ChannelDescriptor d;
    d.name = name;
    const QStringList parts = name.split(QLatin1Char(':'));
    if (parts.size() < 3 || parts.at(0) != QLatin1String("token") || parts.at(1).isEmpty())
        return d;
    if (parts.size() == 3 && parts.at(2) == QLatin1String("trades")) {
        d.kind = ChannelKind::Trades;
        d.mint = parts.at(1);
        return d;
    }
    if (parts.size() == 3 && parts.at(2) == QLatin1String("ticks")) {
        d.kind = ChannelKind::Ticks;
        d.mint = parts.at(1);
        return d;
    }
    if (parts.size() == 5 && parts.at(2) == QLatin1String("ohlcv") && candleVariants().contains(parts.at(3))
        && streamedIntervals().contains(parts.at(4))) {
        d.kind = ChannelKind::Ohlcv;
        d.mint = parts.at(1);
        d.variant = parts.at(3);
        d.interval = parts.at(4);
        d.intervalMs = intervalMs(parts.at(4));
    }
    return d;
}

QString tradesChannel(const QString &mint)
{
    return QStringLiteral("token:%1:trades").arg(mint);
}

QString ticksChannel(const QString &mint)
{
    return QStringLiteral("token:%1:ticks").arg(mint);
}

QString ohlcvChannel(const QString &mint, const QString &variant, const QString &interval)
{
    return QStringLiteral("token:%1:ohlcv:%2:%3").arg(mint, variant, interval);
}

qint64 intervalMs(QStringView interval)
{
    if (interval.size() < 2 || interval.size() > 6)
        return 0;
    const QChar unit = interval.back();
    bool ok = false;
    const qint64 n = interval.chopped(1).toLongLong(&ok);
    if (!ok || n <= 0 || n > 100000 || !interval.front().isDigit())
        return 0;
    switch (unit.unicode()) {
    case 's': return n * 1000;
    case 'm': return n * 60 * 1000;
    case 'h': return n * 3600 * 1000;
    case 'd': return n * 86400 * 1000;
    default: return 0;
    }
}

QString intervalName(qint64 ms)
{
    if (ms <= 0)
        return {};
    if (ms % 86400000 == 0)
        return QString::number(ms / 86400000) + QLatin1Char('d');
    if (ms % 3600000 == 0)
        return QString::number(ms / 3600000) + QLatin1Char('h');
    if (ms % 60000 == 0)
        return QString::number(ms / 60000) + QLatin1Char('m');
    if (ms % 1000 == 0)
        return QString::number(ms / 1000) + QLatin1Char('s');
    return {};
}

const QStringList &streamedIntervals()
{
    static const QStringList intervals = {QStringLiteral("1s"), QStringLiteral("1m"), QStringLiteral("5m"),
                                          QStringLiteral("15m"), QStringLiteral("1h")};
    return intervals;
}

const QStringList &candleVariants()
{
    static const QStringList variants = {QStringLiteral("full"), QStringLiteral("filtered")};
    return variants;
}

bool isPlausibleMint(QStringView mint)
{
    if (mint.size() < 32 || mint.size() > 44)
        return false;
    static const QString alphabet = QStringLiteral("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    return std::all_of(mint.begin(), mint.end(), [](QChar c) { return alphabet.contains(c); });
}

// ---- client → server ---------------------------------------------------------------------

QByteArray encodeSubscribe(const QStringList &channels)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("subscribe")},
                                     {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodeUnsubscribe(const QStringList &channels)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("unsubscribe")},
                                     {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodePing()
{
    return QByteArrayLiteral(R"({"op":"ping"})");
}

// ---- server → client ---------------------------------------------------------------------

ServerMessage decodeServerMessage(const QByteArray &utf8)
{
    ServerMessage m;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        m.problem = tr("Not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset);
        return m;
    }
    if (!doc.isObject()) {
        m.problem = tr("Not a JSON object");
        return m;
    }
    const QJsonObject o = doc.object();
    const QJsonValue channel = o.value(QLatin1String("channel"));
    if (!channel.isUndefined()) {
        if (!channel.isString() || channel.toString().isEmpty()) {
            m.problem = tr("The channel of a data event is not a string");
            return m;
        }
        m.type = ServerMessage::Type::Data;
        m.channel = channel.toString();
        m.data = o.value(QLatin1String("data"));
        return m;
    }
    const QJsonValue op = o.value(QLatin1String("op"));
    if (!op.isString()) {
        m.problem = tr("A message with neither channel nor op");
        return m;
    }
    m.op = op.toString();
    if (m.op == QLatin1String("subscribed")) {
        m.type = ServerMessage::Type::Subscribed;
        m.channels = readChannels(o);
    } else if (m.op == QLatin1String("unsubscribed")) {
        m.type = ServerMessage::Type::Unsubscribed;
        m.channels = readChannels(o);
    } else if (m.op == QLatin1String("pong")) {
        m.type = ServerMessage::Type::Pong;
    } else if (m.op == QLatin1String("error")) {
        m.type = ServerMessage::Type::Error;
        const QJsonValue message = o.value(QLatin1String("message"));
        m.message = message.isString() ? message.toString() : tr("The server reported an error without a message");
        m.channels = readChannels(o);
    } else {
        m.type = ServerMessage::Type::UnknownOp;
    }
    return m;
}

QByteArray encodeAck(const QString &op, const QStringList &channels)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("op"), op},
                                     {QStringLiteral("channels"), QJsonArray::fromStringList(channels)}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodeError(const QString &message)
{
    // The documented shape: no channel list.
    return QJsonDocument(QJsonObject{{QStringLiteral("op"), QStringLiteral("error")}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

QByteArray encodePong()
{
    return QByteArrayLiteral(R"({"op":"pong"})");
}


// ---- tiers --------------------------------------------------------------------------------

TierLimits tierLimits(const QString &tier)
{
    const QString id = tier.toLower().remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    // reference §7; only Layer 1's OHLCV history depth (7 days) is documented.
    if (id == QLatin1String("free"))
        return {QStringLiteral("free"), 0, 0, 0};
    if (id == QLatin1String("layer2"))
        return {QStringLiteral("layer2"), 20, 50, -1};
    if (id == QLatin1String("layer3"))
        return {QStringLiteral("layer3"), 50, 50, -1};
    if (id == QLatin1String("enterprise"))
        return {QStringLiteral("enterprise"), -1, -1, -1};
    return {QStringLiteral("layer1"), 5, 50, 7LL * 24 * 3600 * 1000};
}

QStringList tierIds()
{
    return {QStringLiteral("free"), QStringLiteral("layer1"), QStringLiteral("layer2"), QStringLiteral("layer3"),
            QStringLiteral("enterprise")};
}

QString tierLabel(const QString &tier)
{
    const QString id = tierLimits(tier).id;
    if (id == QLatin1String("free"))
        return tr("Free");
    if (id == QLatin1String("layer2"))
        return tr("Layer 2");
    if (id == QLatin1String("layer3"))
        return tr("Layer 3");
    if (id == QLatin1String("enterprise"))
        return tr("Enterprise");
    return tr("Layer 1");
}

QString subscriptionCapMessage(const TierLimits &limits)
{
    // The documented example: "Subscription limit reached (max 50)".
    return QStringLiteral("Subscription limit reached (max %1)").arg(limits.maxSubscriptions);
}

} // namespace Conyr
