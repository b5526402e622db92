// Engine.IO and Socket.IO: one WebSocket frame as an Engine.IO packet (text and binary), an
// OPEN handshake, and a Socket.IO packet; whatever is accepted re-encodes to bytes that
// decode to the same packet.

#include "fuzztarget.h"

#include "core/socketio/engineio.h"
#include "core/socketio/socketiopacket.h"

TW_FUZZ_TARGET(socketio)
{
    const QByteArray bytes = fuzzBytes(data, size);
    for (const bool binary : {false, true}) {
        EngineIo::Packet p;
        if (EngineIo::decode(bytes, binary, p) && !p.binary)
            TW_FUZZ_CHECK(EngineIo::encode(p.type, p.data) == bytes);
    }
    EngineIo::OpenInfo open;
    if (EngineIo::parseOpen(bytes, open)) {
        // Never "no limit": a broken maxPayload keeps the default cap (issue 15).
        TW_FUZZ_CHECK(open.maxPayload > 0);
        TW_FUZZ_CHECK(open.pingIntervalMs > 0 && open.pingTimeoutMs > 0);
    }
    SocketIo::Packet packet;
    if (SocketIo::decode(bytes, packet)) {
        SocketIo::Packet again;
        TW_FUZZ_CHECK(SocketIo::decode(SocketIo::encode(packet), again));
        TW_FUZZ_CHECK(again.type == packet.type && again.nsp == packet.nsp && again.id == packet.id);
    }
    return 0;
}
