# src/providers/predikt: Predikt's codec and client over Socket.IO (the transport is
# src/core/socketio). Its simulator, models, workspace, CLI command and page are listed by
# their own folders.
target_sources(tidewatch_core PRIVATE
    # typed events as observations for alerts and the dashboard
    providers/predikt/prediktobservations.h providers/predikt/prediktobservations.cpp
    # codec and client
    providers/predikt/prediktcodec.h providers/predikt/prediktcodec.cpp
    providers/predikt/prediktclient.h providers/predikt/prediktclient.cpp
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
