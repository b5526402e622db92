// Predikt: a Socket.IO event array (["message", {…}]) through the full decoder, and the
// differential check the hot path relies on: whenever the fast price_update scanner accepts
// a frame, the full decoder reads the same tick from it.

#include "fuzztarget.h"

#include "providers/predikt/prediktcodec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

TW_FUZZ_TARGET(predikt)
{
    const QByteArray bytes = fuzzBytes(data, size);
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    Predikt::Message full;
    bool decoded = false;
    if (doc.isArray() && doc.array().size() >= 1 && doc.array().at(0).isString()) {
        QJsonArray args = doc.array();
        const QString event = args.takeAt(0).toString();
        decoded = Predikt::decodeEvent(event, args, full);
    } else if (doc.isObject()) {
        Predikt::decodeMessage(doc.object(), full);
    }

    Predikt::PriceTick fast;
    if (Predikt::scanPriceUpdate(bytes, fast)) {
        TW_FUZZ_CHECK(decoded);
        TW_FUZZ_CHECK(full.type == Predikt::MessageType::PriceUpdate);
        TW_FUZZ_CHECK(fast.symbol == full.tick.symbol);
        TW_FUZZ_CHECK(fast.price == full.tick.price || (std::isnan(fast.price) && std::isnan(full.tick.price)));
        TW_FUZZ_CHECK(fast.source == full.tick.source);
        TW_FUZZ_CHECK(fast.timestampMs == full.tick.timestampMs);
    }
    Predikt::parseTimestampMs(QByteArrayView(bytes));
    return 0;
}
