# src/providers/allium: Allium's codec and clients (APIs over one socket, topic streams).
# Its simulator, models, workspace, CLI command and pages are listed by their own folders.
target_sources(tidewatch_core PRIVATE
    # typed events as observations for alerts and the dashboard
    providers/allium/alliumobservations.h providers/allium/alliumobservations.cpp
    # codec and clients
    providers/allium/alliumdecimal.h providers/allium/alliumdecimal.cpp
    providers/allium/alliumfilter.h providers/allium/alliumfilter.cpp
    providers/allium/alliumcodec.h providers/allium/alliumcodec.cpp
    providers/allium/alliumclose.h providers/allium/alliumclose.cpp
    providers/allium/alliumapiclient.h providers/allium/alliumapiclient.cpp
    providers/allium/alliumstreamclient.h providers/allium/alliumstreamclient.cpp
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
