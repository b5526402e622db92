# src/core/socketio: Engine.IO v4 + Socket.IO v5 over Connection's WebSocket transport.
# Pure codecs (engineio, socketiopacket) and the client that joins one namespace.
target_sources(tidewatch_core PRIVATE
    core/socketio/engineio.h core/socketio/engineio.cpp
    core/socketio/socketiopacket.h core/socketio/socketiopacket.cpp
    core/socketio/socketioclient.h core/socketio/socketioclient.cpp
)
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
