# src/sim: the simulator harness (provider handlers are listed by each provider's fragment).
target_sources(tidewatch_core PRIVATE
    sim/simclock.h
    sim/simhandler.h
    sim/simserver.h sim/simserver.cpp
    sim/standardhandlers.cpp
    sim/floodsender.h sim/floodsender.cpp
    sim/demostream.h sim/demostream.cpp
    sim/faultproxy.h sim/faultproxy.cpp
)
