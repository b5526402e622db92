#pragma once
// Conyr's data payloads as pure functions: the trade object, the chart tick and the candle
// (stream and REST forms), their server-side encoders, exact decimals and the tick order key.
// Shapes follow reference/conyr.md §4; where it is silent, every plausible form is accepted.

#include "conyrtypes.h"
#include "core/jsonscan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Conyr {

// ---- exact numbers ------------------------------------------------------------------------

/// A decimal amount or price as text, exactly as sent: a JSON string holding a finite
/// number ("0.00245", "1520.5", "1e-7") is kept as is; a JSON number (a server that sends
/// numbers instead of strings) becomes its shortest plain form. False for anything else.
bool readDecimal(const QJsonValue &value, QString &text, double &number);
/// The canonical digits of a non-negative integer given as text or JSON number ("007" →
/// "7"); false for signs, fractions, exponents or other text. Numbers above 2^53 are only
/// accepted as text (a JSON number would already have lost digits).
bool readOrderKey(const QJsonValue &value, QString &digits);
/// Compares two canonical order keys as big integers: -1, 0 or 1.
int compareOrderKey(QStringView a, QStringView b);

// ---- payloads -----------------------------------------------------------------------------

/// The trade object. Required: trade_id (or signature + event_index to build it),
/// timestamp (ms), usd_price and token_amount; everything else is optional. false with
/// problem (a sentence) otherwise.
bool decodeTrade(const QJsonValue &data, Trade &out, QString *problem = nullptr);
/// The same from a scanned object (the client's hot path): the same reading, the same result.
bool decodeTrade(const JsonScan::ObjectView &data, Trade &out, QString *problem = nullptr);
/// The chart tick {t, m, ts, b, o, p, vu, vt, s, f}; also the market-data page's variant
/// {signature, wallet, direction, token_amount, sol_amount, price, dex_type, timestamp}.
bool decodeTick(const QJsonValue &data, Tick &out, QString *problem = nullptr);
/// A candle: bucket_start_ms (stream) or the REST bucket timestamp under any of its likely
/// names (bucket_start_ms, timestamp, ts, time, t, bucket …; ms, seconds or ISO 8601),
/// open/high/low/close required, the rest optional; numbers may be strings. Rejects bars
/// whose high and low do not contain open and close.
bool decodeCandle(const QJsonValue &data, Candle &out, QString *problem = nullptr);

/// The shortest plain decimal text of a number ("0.00245", never "2.45e-3").
QString decimalText(double value);
Side sideFromString(QStringView direction);
/// "buy", "sell", "swap", "flash_swap" or "unknown".
QString sideToString(Side side);

// ---- server-side encoders (the simulator, tests and the benchmark speak these bytes) ------

/// How the simulator writes payloads: as documented, or a variant a test asks for.
struct PayloadStyle {
    bool numbersAsStrings = true;     ///< trade amounts/prices as strings (documented)
    bool candleNumbersAsStrings = false; ///< candle values as strings (not documented; tests)
    bool omitOptional = false;        ///< leave out every optional field
};

/// The trade object's fields in key order (as QJsonObject keeps them), handed to a sink
/// with text(key, QString), number(key, double) and strings(key, QStringList): tradeToJson
/// is this with a QJsonObject; tidewatch-cli writes the same fields straight to its output.
template <typename Sink>
void writeTrade(Sink &w, const Trade &t)
{
    if (!t.baseAmountText.isEmpty())
        w.text("base_amount", t.baseAmountText);
    if (!t.baseMint.isEmpty())
        w.text("base_mint", t.baseMint);
    w.text("bundle_id", t.bundleId);
    if (!t.dex.isEmpty())
        w.text("dex_name", t.dex);
    w.text("direction", t.direction.isEmpty() ? sideToString(t.side) : t.direction);
    if (t.eventIndex >= 0)
        w.number("event_index", double(t.eventIndex));
    w.number("is_arbitrage", t.arbitrage ? 1 : 0);
    w.strings("labels", t.labels);
    if (!t.pool.isEmpty())
        w.text("pool_address", t.pool);
    if (!t.signature.isEmpty())
        w.text("signature", t.signature);
    if (t.slot >= 0)
        w.number("slot", double(t.slot));
    w.number("timestamp", double(t.ts));
    w.text("token_amount", t.sizeText.isEmpty() ? decimalText(t.size) : t.sizeText);
    if (t.tokenDecimals >= 0)
        w.number("token_decimals", t.tokenDecimals);
    if (!t.mint.isEmpty())
        w.text("token_mint", t.mint);
    w.text("trade_id", t.id);
    if (!t.valueUsdText.isEmpty() || t.valueUsd > 0)
        w.text("usd_notional", t.valueUsdText.isEmpty() ? decimalText(t.valueUsd) : t.valueUsdText);
    w.text("usd_price", t.priceText.isEmpty() ? decimalText(t.price) : t.priceText);
    if (!t.trader.isEmpty())
        w.text("wallet_address", t.trader);
}
QJsonObject tradeToJson(const Trade &trade);
QJsonObject tickToJson(const Tick &tick);
/// Stream form (with is_final); rest = true gives the REST form (volume_base, no is_final).
QJsonObject candleToJson(const Candle &candle, bool rest = false);
QByteArray encodeTradeEvent(const QString &channel, const Trade &trade, const PayloadStyle &style = {});
QByteArray encodeTickEvent(const QString &channel, const Tick &tick, const PayloadStyle &style = {});
QByteArray encodeCandleEvent(const QString &channel, const Candle &candle, const PayloadStyle &style = {});
/// The trade's tick (same id, ts, price, volumes, side, organic flag).
Tick tickFromTrade(const Trade &trade, qint64 bucketTs, const QString &orderKey);
/// The trade fields a tick carries (id, time, price, token and USD volume, side, organic):
/// enough to build candles locally from ticks.
Trade tradeFromTick(const Tick &tick);

} // namespace Conyr
