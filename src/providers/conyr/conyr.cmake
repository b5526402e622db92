# Conyr: codec and client (src/providers/conyr), simulator (src/sim/conyr), models (src/models/conyr),
# CLI command (src/cli), page (qml/pages).
target_sources(tidewatch_core PRIVATE
    # simulator
    sim/conyr/conyrsim.h sim/conyr/conyrsim.cpp
    # app workspace (profiles → clients → models → QML)
    app/conyr/conyrworkspace.cpp
    # cli
    cli/conyrcommand.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/MarketsPage.qml
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
