# src/providers/generic: any WebSocket endpoint whose frames are JSON objects.
target_sources(tidewatch_core PRIVATE
    providers/generic/genericclient.h providers/generic/genericclient.cpp
    providers/generic/genericobservations.h providers/generic/genericobservations.cpp
)
