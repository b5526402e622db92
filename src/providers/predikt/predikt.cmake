# Predikt: codec and client (src/providers/predikt), simulator (src/sim/predikt), models (src/models/predikt),
# CLI command (src/cli), page (qml/pages).
target_sources(tidewatch_core PRIVATE
    # simulator
    sim/predikt/prediktsim.h sim/predikt/prediktsim.cpp
    # app workspace (profiles → clients → models → QML)
    app/predikt/prediktworkspace.cpp
    # cli
    cli/prediktcommand.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/PricesPage.qml
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
