# Allium: codec and client (src/providers/allium), simulator (src/sim/allium), models (src/models/allium),
# CLI command (src/cli), page (qml/pages).
target_sources(tidewatch_core PRIVATE
    # simulator
    sim/allium/alliumsim.h sim/allium/alliumsim.cpp
    # app workspace (profiles → clients → models → QML)
    app/allium/alliumworkspace.cpp
    # cli
    cli/alliumcommand.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/ApiConsolePage.qml
    ${TW_QML_DIR}/pages/StreamsPage.qml
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
