#include "conyrrest.h"

#include "conyrpayloads.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>
#include <algorithm>

namespace Conyr {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Conyr", text);
}
} // namespace

RestPaths restPathsFromString(const QString &id)
{
    if (id.compare(QLatin1String("current"), Qt::CaseInsensitive) == 0)
        return RestPaths::Current;
    if (id.compare(QLatin1String("legacy"), Qt::CaseInsensitive) == 0)
        return RestPaths::Legacy;
    return RestPaths::Auto;
}

QUrl restBaseFromWs(const QUrl &wsUrl)
{
    QUrl base = wsUrl;
    const QString scheme = wsUrl.scheme().toLower();
    base.setScheme(scheme == QLatin1String("wss") ? QStringLiteral("https")
                   : scheme == QLatin1String("ws") ? QStringLiteral("http")
                                                   : scheme);
    QString path = wsUrl.path();
    if (path.endsWith(QLatin1String("/ws")))
        path.chop(3);
    base.setPath(path);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

QUrl candleRequestUrl(const QUrl &restBase, const QString &mint, const QString &view, const QString &timeframe,
                      qint64 fromMs, qint64 toMs, int limit, bool legacy)
{
    QUrl url = restBase;
    QString path = restBase.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    path += QLatin1String(legacy ? RestLegacyPrefix : RestCurrentPrefix) + mint + QLatin1String("/ohlcv");
    url.setPath(path);
    QUrlQuery query(restBase);
    query.addQueryItem(QStringLiteral("timeframe"), timeframe);
    query.addQueryItem(QStringLiteral("view"), view);
    if (fromMs > 0)
        query.addQueryItem(QStringLiteral("from"), QString::number(fromMs));
    if (toMs > 0)
        query.addQueryItem(QStringLiteral("to"), QString::number(toMs));
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(std::min(limit, MaxRestLimit)));
    url.setQuery(query);
    return url;
}

bool decodeCandleResponse(const QByteArray &body, QList<Candle> &out, QString *problem, int *skipped)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        if (problem)
            *problem = tr("The candle response is not JSON: %1").arg(error.errorString());
        return false;
    }
    QJsonArray candles;
    bool found = doc.isArray();
    if (found) {
        candles = doc.array();
    } else if (doc.isObject()) {
        static const char *const envelopes[] = {"candles", "data", "ohlcv", "bars", "items", "results"};
        const QJsonObject o = doc.object();
        for (const char *name : envelopes) {
            const QJsonValue v = o.value(QLatin1String(name));
            if (v.isArray()) {
                candles = v.toArray();
                found = true;
                break;
            }
            // {"data":{"candles":[…]}}
            if (v.isObject() && v.toObject().value(QLatin1String("candles")).isArray()) {
                candles = v.toObject().value(QLatin1String("candles")).toArray();
                found = true;
                break;
            }
        }
    }
    if (!found) {
        if (problem)
            *problem = tr("The candle response has no candles array");
        return false;
    }
    out.clear();
    out.reserve(candles.size());
    int bad = 0;
    for (const QJsonValue &v : std::as_const(candles)) {
        Candle c;
        if (decodeCandle(v, c))
            out.append(c);
        else
            ++bad;
    }
    std::stable_sort(out.begin(), out.end(), [](const Candle &a, const Candle &b) { return a.ts < b.ts; });
    // One bar per bucket: a later copy of the same bucket replaces the earlier one.
    QList<Candle> unique;
    unique.reserve(out.size());
    for (const Candle &c : std::as_const(out)) {
        if (!unique.isEmpty() && unique.constLast().ts == c.ts)
            unique.last() = c;
        else
            unique.append(c);
    }
    out = std::move(unique);
    if (skipped)
        *skipped = bad;
    return true;
}

QByteArray encodeCandleResponse(const QString &mint, const QString &view, const QString &timeframe,
                                const QList<Candle> &candles)
{
    QJsonArray array;
    for (const Candle &c : candles)
        array.append(candleToJson(c, true));
    return QJsonDocument(QJsonObject{{QStringLiteral("token_mint"), mint},
                                     {QStringLiteral("view"), view},
                                     {QStringLiteral("timeframe"), timeframe},
                                     {QStringLiteral("candles"), array}})
        .toJson(QJsonDocument::Compact);
}

QString restErrorSentence(int httpStatus, const QByteArray &body)
{
    QString message;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonValue error = doc.object().value(QLatin1String("error"));
        if (error.isString())
            message = error.toString().trimmed().left(300);
        else if (error.isObject() && error.toObject().value(QLatin1String("message")).isString())
            message = error.toObject().value(QLatin1String("message")).toString().trimmed().left(300);
    }
    QString meaning;
    switch (httpStatus) {
    case 400: meaning = tr("the request was not accepted"); break;
    case 401: meaning = tr("the key was rejected"); break;
    case 403: meaning = tr("the key's tier does not include this"); break;
    case 404: meaning = tr("not found"); break;
    case 429: meaning = tr("too many requests for this key's tier; back off"); break;
    case 500: meaning = tr("the server failed"); break;
    case 503: meaning = tr("the service is unavailable"); break;
    default: meaning = tr("unexpected answer"); break;
    }
    if (message.isEmpty())
        return tr("Conyr answered HTTP %1: %2.").arg(httpStatus).arg(meaning);
    if (!message.endsWith(QLatin1Char('.')))
        message += QLatin1Char('.');
    return tr("Conyr answered HTTP %1 (%2): %3").arg(httpStatus).arg(meaning, message);
}

QByteArray encodeRestError(int httpStatus, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), message}, {QStringLiteral("code"), httpStatus}})
        .toJson(QJsonDocument::Compact);
}

} // namespace Conyr
