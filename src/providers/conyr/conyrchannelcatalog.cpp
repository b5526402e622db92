#include "conyrchannelcatalog.h"

#include "conyrcodec.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Conyr {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Conyr", text);
}

CatalogEntry make(const char *id, const char *group, const char *subject, const char *suffix, const char *tier,
                  bool planned = false, bool optIn = false, bool candles = false)
{
    CatalogEntry e;
    e.id = QLatin1String(id);
    e.group = QLatin1String(group);
    e.subject = QLatin1String(subject);
    e.suffix = QLatin1String(suffix);
    e.minTier = QLatin1String(tier);
    e.planned = planned;
    e.optIn = optIn;
    e.candles = candles;
    return e;
}

QString tierName(int rank)
{
    switch (rank) {
    case 0: return tr("Free");
    case 1: return tr("Layer 1");
    case 2: return tr("Layer 2");
    case 3: return tr("Layer 3");
    default: break;
    }
    return tr("Enterprise");
}

QString shorten(const QString &text, int max)
{
    return text.size() > max ? text.left(max - 1) + QChar(0x2026) : text;
}

QString compactValue(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return shorten(v.toString(), 24);
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 10);
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null: return QStringLiteral("null");
    // The JSON tree's own counts (one plural each, already translated there).
    case QJsonValue::Array: return QCoreApplication::translate("JsonTreeModel", "[%n item(s)]", nullptr, int(v.toArray().size()));
    case QJsonValue::Object: return QCoreApplication::translate("JsonTreeModel", "{%n key(s)}", nullptr, int(v.toObject().size()));
    case QJsonValue::Undefined: break;
    }
    return QString();
}

} // namespace

QString CatalogEntry::pattern() const
{
    const QString placeholder = subject == QLatin1String("wallet") ? QStringLiteral("{address}") : QStringLiteral("{mint}");
    if (candles)
        return QStringLiteral("token:{mint}:ohlcv:{view}:{tf}");
    return subject + QLatin1Char(':') + placeholder + QLatin1Char(':') + suffix;
}

QString CatalogEntry::title() const
{
    static const QHash<QString, const char *> titles{
        {QStringLiteral("trades"), QT_TRANSLATE_NOOP("Conyr", "Trades")},
        {QStringLiteral("ticks"), QT_TRANSLATE_NOOP("Conyr", "Chart ticks")},
        {QStringLiteral("ohlcv"), QT_TRANSLATE_NOOP("Conyr", "Candles")},
        {QStringLiteral("wallet-pnl"), QT_TRANSLATE_NOOP("Conyr", "Wallet PnL")},
        {QStringLiteral("wallet-positions"), QT_TRANSLATE_NOOP("Conyr", "Wallet positions")},
        {QStringLiteral("wallet-labels"), QT_TRANSLATE_NOOP("Conyr", "Wallet labels")},
        {QStringLiteral("token-security"), QT_TRANSLATE_NOOP("Conyr", "Token security")},
        {QStringLiteral("wallet-security"), QT_TRANSLATE_NOOP("Conyr", "Wallet security")},
        {QStringLiteral("wallet-follow"), QT_TRANSLATE_NOOP("Conyr", "Wallet follow")},
        {QStringLiteral("wallet-entity"), QT_TRANSLATE_NOOP("Conyr", "Wallet entity")},
        {QStringLiteral("token-campaign"), QT_TRANSLATE_NOOP("Conyr", "Token campaign")},
        {QStringLiteral("wallet-unrealized-pnl"), QT_TRANSLATE_NOOP("Conyr", "Unrealized PnL")},
        {QStringLiteral("wallet-bundles"), QT_TRANSLATE_NOOP("Conyr", "Wallet bundles")},
        {QStringLiteral("wallet-taxonomy"), QT_TRANSLATE_NOOP("Conyr", "Wallet taxonomy")},
        {QStringLiteral("token-holders"), QT_TRANSLATE_NOOP("Conyr", "Holders")},
        {QStringLiteral("token-holders-summary"), QT_TRANSLATE_NOOP("Conyr", "Holders summary")},
        {QStringLiteral("token-score"), QT_TRANSLATE_NOOP("Conyr", "Token score")},
    };
    const char *t = titles.value(id, nullptr);
    return t ? tr(t) : id;
}

QString CatalogEntry::description() const
{
    static const QHash<QString, const char *> texts{
        {QStringLiteral("trades"), QT_TRANSLATE_NOOP("Conyr", "Every swap of the token, the full trade object.")},
        {QStringLiteral("ticks"), QT_TRANSLATE_NOOP("Conyr", "A compact tick per trade with a strict order key.")},
        {QStringLiteral("ohlcv"), QT_TRANSLATE_NOOP("Conyr", "Live candles, full or filtered view, 1s to 1h.")},
        {QStringLiteral("wallet-pnl"), QT_TRANSLATE_NOOP("Conyr", "Realized PnL per sell of the wallet.")},
        {QStringLiteral("wallet-positions"), QT_TRANSLATE_NOOP("Conyr", "Position changes of the wallet.")},
        {QStringLiteral("wallet-labels"), QT_TRANSLATE_NOOP("Conyr", "Label changes of the wallet.")},
        {QStringLiteral("token-security"), QT_TRANSLATE_NOOP("Conyr", "Security events of the token (severity, evidence).")},
        {QStringLiteral("wallet-security"), QT_TRANSLATE_NOOP("Conyr", "Security events of the wallet (severity, evidence).")},
        {QStringLiteral("wallet-follow"), QT_TRANSLATE_NOOP("Conyr", "Coordination: wallets following this one.")},
        {QStringLiteral("wallet-entity"), QT_TRANSLATE_NOOP("Conyr", "Coordination: the entity the wallet belongs to.")},
        {QStringLiteral("token-campaign"), QT_TRANSLATE_NOOP("Conyr", "Coordination: campaigns around the token.")},
        {QStringLiteral("wallet-unrealized-pnl"), QT_TRANSLATE_NOOP("Conyr", "Unrealized PnL; listed only on the agent pages.")},
        {QStringLiteral("wallet-bundles"), QT_TRANSLATE_NOOP("Conyr", "Bundles of the wallet; listed only on the agent pages.")},
        {QStringLiteral("wallet-taxonomy"), QT_TRANSLATE_NOOP("Conyr", "Wallet taxonomy; listed only on the agent pages.")},
        {QStringLiteral("token-holders"), QT_TRANSLATE_NOOP("Conyr", "Holder changes of the token.")},
        {QStringLiteral("token-holders-summary"), QT_TRANSLATE_NOOP("Conyr", "A summary of the token's holders.")},
        {QStringLiteral("token-score"), QT_TRANSLATE_NOOP("Conyr", "The token's score.")},
    };
    const char *t = texts.value(id, nullptr);
    return t ? tr(t) : QString();
}

const QList<CatalogEntry> &channelCatalog()
{
    // reference/conyr.md §3 (from [chan], agent-page channels from [agws][agep]); the tiers are
    // §3's Tier column, consistent with §7's "Adds" column.
    static const QList<CatalogEntry> catalog{
        make("trades", "market", "token", "trades", "layer1"),
        make("ticks", "market", "token", "ticks", "layer1"),
        make("ohlcv", "market", "token", "ohlcv", "layer1", false, false, true),
        make("wallet-pnl", "wallet", "wallet", "pnl", "layer2"),
        make("wallet-positions", "wallet", "wallet", "positions", "layer2"),
        make("wallet-labels", "wallet", "wallet", "labels", "layer2"),
        make("token-security", "security", "token", "security", "layer3"),
        make("wallet-security", "security", "wallet", "security", "layer3"),
        make("wallet-follow", "coordination", "wallet", "follow", "layer3", false, true),
        make("wallet-entity", "coordination", "wallet", "entity", "layer3", false, true),
        make("token-campaign", "coordination", "token", "campaign", "layer3", false, true),
        // Listed only on the agent pages, with no tier: the server decides.
        make("wallet-unrealized-pnl", "agent", "wallet", "unrealized-pnl", ""),
        make("wallet-bundles", "agent", "wallet", "bundles", ""),
        make("wallet-taxonomy", "agent", "wallet", "taxonomy", ""),
        // Planned, not live.
        make("token-holders", "planned", "token", "holders", "", true),
        make("token-holders-summary", "planned", "token", "holders:summary", "", true),
        make("token-score", "planned", "token", "score", "", true),
    };
    return catalog;
}

const CatalogEntry *catalogEntry(const QString &id)
{
    for (const CatalogEntry &e : channelCatalog()) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

const CatalogEntry *catalogEntryForChannel(const QString &name)
{
    const ChannelDescriptor d = parseChannel(name);
    if (d.kind == ChannelKind::Trades)
        return catalogEntry(QStringLiteral("trades"));
    if (d.kind == ChannelKind::Ticks)
        return catalogEntry(QStringLiteral("ticks"));
    if (d.kind == ChannelKind::Ohlcv)
        return catalogEntry(QStringLiteral("ohlcv"));
    // subject:<id>:<suffix…>
    const int first = name.indexOf(QLatin1Char(':'));
    const int second = first < 0 ? -1 : name.indexOf(QLatin1Char(':'), first + 1);
    if (second < 0 || second == first + 1)
        return nullptr;
    const QString subject = name.left(first);
    const QString suffix = name.mid(second + 1);
    for (const CatalogEntry &e : channelCatalog()) {
        if (!e.candles && e.subject == subject && e.suffix == suffix)
            return &e;
    }
    return nullptr;
}

int tierRank(const QString &tier)
{
    const QString id = tierLimits(tier).id;
    if (id == QLatin1String("free"))
        return 0;
    if (id == QLatin1String("layer2"))
        return 2;
    if (id == QLatin1String("layer3"))
        return 3;
    if (id == QLatin1String("enterprise"))
        return 4;
    return 1;
}

double tierPriceUsdPerMonth(const QString &tier, bool *fromPrice)
{
    // reference/conyr.md §7, "Tiers & limits" ([tiers]).
    static constexpr double Prices[] = {0, 79, 249, 599, 999};
    const int rank = tierRank(tier);
    if (fromPrice)
        *fromPrice = rank == 4;
    return Prices[rank];
}

ChannelAvailability availability(const CatalogEntry &entry, const QString &tier)
{
    ChannelAvailability a;
    const int rank = tierRank(tier);
    if (entry.planned) {
        a.reason = tr("Planned by Conyr, not live yet.");
        return a;
    }
    // reference/conyr.md §7: the Free tier has 0 WebSocket connections.
    if (rank == 0) {
        a.reason = tr("The Free tier has no WebSocket connections; streaming needs Layer 1 or higher.");
        return a;
    }
    if (entry.minTier.isEmpty()) {
        a.allowed = true;
        a.note = tr("Listed only on Conyr's agent pages, without a tier: the server decides.");
        return a;
    }
    const int needs = tierRank(entry.minTier);
    if (rank < needs) {
        a.reason = tr("Needs %1; this profile's tier is %2.").arg(tierName(needs), tierName(rank));
        return a;
    }
    a.allowed = true;
    if (entry.optIn)
        a.note = tr("Opt-in backend: the channel may stay silent.");
    return a;
}

ChannelAvailability channelAvailability(const QString &name, const QString &tier)
{
    if (const CatalogEntry *e = catalogEntryForChannel(name))
        return availability(*e, tier);
    ChannelAvailability a;
    if (tierRank(tier) == 0) {
        a.reason = tr("The Free tier has no WebSocket connections; streaming needs Layer 1 or higher.");
        return a;
    }
    a.allowed = true;
    a.note = tr("Not in Conyr's catalog: its data is shown as sent.");
    return a;
}

QString catalogChannelName(const CatalogEntry &entry, const QString &subject, const QString &view,
                           const QString &interval, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    const QString s = subject.trimmed();
    if (!isPlausibleMint(s)) {
        return fail(entry.subject == QLatin1String("wallet")
                        ? tr("Enter a wallet address (base58, 32 to 44 characters).")
                        : tr("Enter a token mint address (base58, 32 to 44 characters)."));
    }
    if (entry.candles) {
        if (!candleVariants().contains(view))
            return fail(tr("Pick a candle view: %1.").arg(candleVariants().join(QLatin1String(", "))));
        if (!streamedIntervals().contains(interval))
            return fail(tr("Conyr streams candles for %1 only.").arg(streamedIntervals().join(QLatin1String(", "))));
        return ohlcvChannel(s, view, interval);
    }
    return entry.subject + QLatin1Char(':') + s + QLatin1Char(':') + entry.suffix;
}

QString readablePayload(const QString &json, int maxFields)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || doc.isNull())
        return json;
    if (doc.isArray())
        return QCoreApplication::translate("JsonTreeModel", "[%n item(s)]", nullptr, int(doc.array().size()));
    const QJsonObject o = doc.object();
    QStringList parts;
    for (auto it = o.begin(); it != o.end() && parts.size() < maxFields; ++it)
        parts.append(it.key() + QLatin1Char(' ') + compactValue(it.value()));
    if (o.size() > maxFields)
        parts.append(tr("+%1 more").arg(o.size() - maxFields));
    return parts.join(QStringLiteral(" · "));
}

} // namespace Conyr
