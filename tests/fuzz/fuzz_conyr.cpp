// Conyr: one server frame through the envelope decoder, then its payload through the trade,
// tick and candle decoders (the client tries the one its channel names). Differential: the
// client's fast path (JsonScan's one-pass envelope and payload, decodeTrade on the scanned
// object) must accept only what the full decoder accepts, and read it the same.

#include "fuzztarget.h"

#include "core/jsonscan.h"
#include "providers/conyr/conyrcodec.h"
#include "providers/conyr/conyrpayloads.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QByteArray canonical(const QJsonValue &v)
{
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}

void checkFastPath(const QByteArray &bytes, const Conyr::ServerMessage &m)
{
    JsonScan::ObjectView frame;
    JsonScan::ObjectView payload;
    if (!frame.scan(bytes, QLatin1String("data"), payload))
        return;
    // JsonScan accepts ⇒ QJsonDocument accepts, and every top-level value reads the same.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    TW_FUZZ_CHECK(doc.isObject());
    const QJsonObject object = doc.object();
    for (const JsonScan::Field &f : frame.fields()) {
        const QLatin1String key(f.key.data(), f.key.size());
        TW_FUZZ_CHECK(canonical(frame.value(key)) == canonical(object.value(QString::fromUtf8(f.key))));
    }
    const JsonScan::Field *data = frame.findLast(QLatin1String("data"));
    if (!data || data->type != 'o' || m.type != Conyr::ServerMessage::Type::Data)
        return;
    Conyr::Trade fast;
    Conyr::Trade full;
    QString fastProblem;
    QString fullProblem;
    const bool fastOk = Conyr::decodeTrade(payload, fast, &fastProblem);
    const bool fullOk = Conyr::decodeTrade(m.data, full, &fullProblem);
    TW_FUZZ_CHECK(fastOk == fullOk);
    TW_FUZZ_CHECK(fastProblem == fullProblem);
    if (fastOk)
        TW_FUZZ_CHECK(Conyr::tradeToJson(fast) == Conyr::tradeToJson(full));
}

} // namespace

TW_FUZZ_TARGET(conyr)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const Conyr::ServerMessage m = Conyr::decodeServerMessage(bytes);
    TW_FUZZ_CHECK(m.type != Conyr::ServerMessage::Type::Invalid || !m.problem.isEmpty());
    if (m.type == Conyr::ServerMessage::Type::Data) {
        Conyr::Trade trade;
        Conyr::Tick tick;
        Conyr::Candle candle;
        Conyr::decodeTrade(m.data, trade);
        Conyr::decodeTick(m.data, tick);
        Conyr::decodeCandle(m.data, candle);
    }
    checkFastPath(bytes, m);
    return 0;
}
