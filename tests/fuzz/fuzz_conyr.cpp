// Conyr: one server frame through the envelope decoder, then its payload through the trade,
// tick and candle decoders (the client tries the one its channel names).

#include "fuzztarget.h"

#include "providers/conyr/conyrcodec.h"
#include "providers/conyr/conyrpayloads.h"

TW_FUZZ_TARGET(conyr)
{
    const Conyr::ServerMessage m = Conyr::decodeServerMessage(fuzzBytes(data, size));
    TW_FUZZ_CHECK(m.type != Conyr::ServerMessage::Type::Invalid || !m.problem.isEmpty());
    if (m.type == Conyr::ServerMessage::Type::Data) {
        Conyr::Trade trade;
        Conyr::Tick tick;
        Conyr::Candle candle;
        Conyr::decodeTrade(m.data, trade);
        Conyr::decodeTick(m.data, tick);
        Conyr::decodeCandle(m.data, candle);
    }
    return 0;
}
