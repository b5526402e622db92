#pragma once
// Conyr's REST candle backfill as pure functions: the request URL (current and legacy
// paths, documented parameters), the response (any envelope) and the error body.

#include "conyrtypes.h"

#include <QByteArray>
#include <QList>
#include <QUrl>

namespace Conyr {

/// Which OHLCV route a request uses. The current docs say /v1/token/{mint}/ohlcv, the
/// legacy page /v1/tokens/{mint}/ohlcv; Auto asks the current one and, on 404, the legacy.
enum class RestPaths { Auto, Current, Legacy };
/// "auto", "current", "legacy" (anything else: Auto).
RestPaths restPathsFromString(const QString &id);

/// The documented cap of `limit` on the OHLCV route.
inline constexpr int MaxRestLimit = 2000;
/// The prefixes of both routes.
inline constexpr char RestCurrentPrefix[] = "/v1/token/";
inline constexpr char RestLegacyPrefix[] = "/v1/tokens/";

/// The REST base for a WebSocket endpoint: wss://api.conyr.ai/ws → https://api.conyr.ai.
QUrl restBaseFromWs(const QUrl &wsUrl);
/// GET <base>/v1/token(s)/<mint>/ohlcv?timeframe=…&view=…[&from=<ms>][&to=<ms>][&limit=<n>]
/// (from/to/limit left out when <= 0; limit clamped to MaxRestLimit). legacy picks the
/// /v1/tokens/ route.
QUrl candleRequestUrl(const QUrl &restBase, const QString &mint, const QString &view, const QString &timeframe,
                      qint64 fromMs, qint64 toMs, int limit = 0, bool legacy = false);
/// The candles of a response: a bare array, or an object holding the array under
/// candles / data / ohlcv / bars / items / results (the envelope is not documented).
/// Sorted by bucket start, one per bucket; bad bars skipped and counted in skipped. false
/// with problem when the document itself is unusable.
bool decodeCandleResponse(const QByteArray &body, QList<Candle> &out, QString *problem = nullptr,
                          int *skipped = nullptr);
/// The simulator's response (an object with a candles array, REST candle form).
QByteArray encodeCandleResponse(const QString &mint, const QString &view, const QString &timeframe,
                                const QList<Candle> &candles);

/// A REST error as a sentence: the documented {"error":"…","code":n} body when there is
/// one, else what the status means.
QString restErrorSentence(int httpStatus, const QByteArray &body);
/// The documented error body.
QByteArray encodeRestError(int httpStatus, const QString &message);

} // namespace Conyr
