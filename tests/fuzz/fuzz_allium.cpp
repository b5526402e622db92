// Allium: a stream frame through the scanner (every topic kind), the same bytes as an API
// response, and as a filter: parsed, serialised, re-parsed, and evaluated on a record.

#include "fuzztarget.h"

#include "providers/allium/alliumcodec.h"
#include "providers/allium/alliumdecimal.h"
#include "providers/allium/alliumfilter.h"

#include <QJsonDocument>

TW_FUZZ_TARGET(allium)
{
    const QByteArray bytes = fuzzBytes(data, size);
    for (const AlliumTopic::Kind kind : {AlliumTopic::Kind::Blocks, AlliumTopic::Kind::Transactions,
                                         AlliumTopic::Kind::Fills, AlliumTopic::Kind::Other}) {
        const AlliumCodec::StreamFrame frame = AlliumCodec::decodeStreamFrame(bytes, kind);
        for (const AlliumRecord &r : frame.records) {
            TW_FUZZ_CHECK(r.blockNumber >= -1);
            TW_FUZZ_CHECK(r.timestampMs >= -1);
            r.object(); // the lazily parsed object must match what the scanner accepted
        }
    }
    AlliumCodec::decodeControl(bytes, nullptr);

    const AlliumFilter::Parsed parsed = AlliumFilter::parseText(bytes);
    if (parsed.filter) {
        // What we send is what we parsed: serialising and parsing again gives the same filter.
        const QJsonObject json = parsed.filter->toJson();
        const AlliumFilter::Parsed again = AlliumFilter::parse(json);
        TW_FUZZ_CHECK(again.filter && again.filter->toJson() == json);
        const QJsonObject record = QJsonDocument::fromJson(bytes).object();
        parsed.filter->matches(record);
        parsed.filter->matches(record, AlliumFilter::Paths::Documented);
    }
    if (const auto d = AlliumDecimal::parse(QByteArrayView(bytes.left(200)))) {
        const auto same = AlliumDecimal::parse(QByteArrayView(bytes.left(200)));
        TW_FUZZ_CHECK(same && AlliumDecimal::compare(*d, *same) == 0);
    }
    return 0;
}
