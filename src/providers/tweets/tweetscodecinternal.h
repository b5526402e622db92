#pragma once
// Helpers shared by the tweet stream codec's translation units (not a public API).

#include "tweetscodec.h"

#include "core/jsonscan.h"

#include <QJsonObject>
#include <QJsonValue>

namespace TweetsCodec::Internal {

/// The codec's sentences, translated in the "TweetsCodec" context.
QString tr(const char *text);
/// A Malformed message with the given reason.
Message malformed(const QString &problem);
/// 1–20 ASCII digits: a tweet id.
bool isDecimalId(QStringView s);
/// A numeric "key": 123… written as a JSON number: the digits exactly as sent, because the
/// parsed double has lost them above 2^53. Only an occurrence whose value matches the
/// parsed number is taken (a nested object could carry the same key).
QString rawDigitsAfterKey(const QByteArray &raw, const QByteArray &quotedKey, double parsed);
/// A tweet id sent as a string or as a JSON number; empty when it is neither.
QString idValue(const QJsonValue &v, const QByteArray &raw, const QByteArray &quotedKey);
/// A non-negative whole count (number or numeric string, rounded), -1 when absent or invalid.
qint64 nonNegative(const QJsonValue &v);

/// A string field's text; empty when absent or not a string. The ObjectView form reads the
/// scanned bytes without a QJsonValue (each string one costs an allocation).
QString stringField(const QJsonObject &o, QLatin1String key);
QString stringField(const JsonScan::ObjectView &o, QLatin1String key);
/// A field's JSON kind as JsonScan names them ('s', 'n', 'b', 'z', 'o', 'a'); 0 when absent.
char kindOf(const QJsonObject &o, QLatin1String key);
char kindOf(const JsonScan::ObjectView &o, QLatin1String key);
/// decode() the slow way only, through QJsonDocument: what decode() falls back to, and what
/// the differential fuzz target and the tests compare its fast path with.
Message decodeFull(const QByteArray &utf8);
/// Decodes a tweet event of the given shape (reference/tweets.md §2, variants A, B, C) from
/// a QJsonObject or a JsonScan::ObjectView (the same reading; instantiated for both).
template <typename Object>
Message decodeTweetEvent(const Object &o, const QByteArray &raw, TweetShape shape);

} // namespace TweetsCodec::Internal
