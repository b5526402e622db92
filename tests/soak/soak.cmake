# tests/soak: the fault soak (issue 15). tidewatch-soak is built with the tests, but only its
# short run is part of the suite (soak_short: 10 faults per provider, about a minute); the
# full run is `build/bin/tidewatch-soak` (100 faults per provider, see README "Fault soak").
qt_add_executable(tidewatch-soak
    soak/main.cpp
    soak/soakharness.h soak/soakharness.cpp
    soak/soakscenarios.h soak/soakscenarios.cpp
    soak/soakallium.cpp
    soak/soakconyr.cpp
    soak/soakpredikt.cpp
    soak/soaktweets.cpp
)
target_link_libraries(tidewatch-soak PRIVATE tidewatch_core)
add_test(NAME soak_short COMMAND tidewatch-soak --faults 10 --seed 15 --max-gap 200)
set_tests_properties(soak_short PROPERTIES
    TIMEOUT 240
    LABELS "soak;integration"
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
