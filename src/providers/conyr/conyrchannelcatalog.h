#pragma once
// Conyr's channel catalog as data: every channel family the reference lists (reference/conyr.md
// §3, "Channel catalog"), the tier each one needs (§3 and §7), and the rules that decide
// whether a profile's tier may subscribe to it. Pure functions, no sockets: the Markets page's
// picker, the workspace's local check before a subscribe and the tests share them.

#include <QList>
#include <QString>
#include <QStringList>

namespace Conyr {

/// One channel family of the catalog, e.g. `token:{mint}:ohlcv:{view}:{tf}`.
struct CatalogEntry {
    QString id;             ///< stable id: "trades", "ohlcv", "wallet-pnl", "token-security" …
    QString group;          ///< "market", "wallet", "security", "coordination", "agent", "planned"
    QString subject;        ///< "token" (takes a mint) or "wallet" (takes an address)
    QString suffix;         ///< the name after the subject: "trades", "ohlcv", "pnl", "holders:summary" …
    QString minTier;        ///< tier id it needs ("layer1", "layer2", "layer3"); empty: not documented
    bool planned = false;   ///< listed as planned, not live: cannot be subscribed
    bool optIn = false;     ///< coordination channels: opt-in backend, may stay silent
    bool candles = false;   ///< takes a view (full|filtered) and a timeframe (1s…1h)

    /// "token:{mint}:trades", as the catalog writes it.
    QString pattern() const;
    /// Translated short title ("Trades", "Wallet PnL" …) and one sentence on what it carries.
    QString title() const;
    QString description() const;
};

/// The catalog, in the order the picker shows it.
const QList<CatalogEntry> &channelCatalog();
/// The entry with this id, or nullptr.
const CatalogEntry *catalogEntry(const QString &id);
/// The entry a channel name belongs to (`wallet:7xKX…:pnl` → "wallet-pnl"), or nullptr for
/// names outside the catalog (shown generically).
const CatalogEntry *catalogEntryForChannel(const QString &name);

/// 0 free, 1 Layer 1, 2 Layer 2, 3 Layer 3, 4 Enterprise (aliases as tierLimits() accepts).
int tierRank(const QString &tier);

/// A tier's list price in USD per month (reference/conyr.md §7: Free $0, Layer 1 $79, Layer 2
/// $249, Layer 3 $599, Enterprise "from $999"); fromPrice is set for Enterprise's lower bound.
double tierPriceUsdPerMonth(const QString &tier, bool *fromPrice = nullptr);

/// Whether a tier may subscribe to an entry, and if not, why (a sentence for the picker).
struct ChannelAvailability {
    bool allowed = false;
    QString reason;         ///< empty when allowed without remark
    QString note;           ///< a remark when allowed (tier not documented, may be silent)
};
ChannelAvailability availability(const CatalogEntry &entry, const QString &tier);
/// The same for a channel name; names outside the catalog are allowed (the server decides).
ChannelAvailability channelAvailability(const QString &name, const QString &tier);

/// Builds the channel name for an entry: subject is the mint or wallet address; view and
/// interval are used by candle entries only. Empty, with error set, when an input is not
/// plausible (a subject that is not base58, an unknown view or timeframe).
QString catalogChannelName(const CatalogEntry &entry, const QString &subject, const QString &view,
                           const QString &interval, QString *error = nullptr);

/// A generic payload as readable text: the top-level fields of a JSON object as
/// "field value · field value" (at most maxFields, long values shortened); other JSON as compact
/// text; not-JSON as given. For channels the client does not type (wallet, security …).
QString readablePayload(const QString &json, int maxFields = 6);

} // namespace Conyr
