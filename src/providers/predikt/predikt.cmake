# Predikt: codec and client (src/providers/predikt), simulator (src/sim/predikt), models (src/models/predikt),
# CLI command (src/cli), page (qml/pages). The Socket.IO transport is src/core/socketio.
target_sources(tidewatch_core PRIVATE
    # typed events as observations for alerts and the dashboard
    providers/predikt/prediktobservations.h providers/predikt/prediktobservations.cpp
    # codec and client
    providers/predikt/prediktcodec.h providers/predikt/prediktcodec.cpp
    providers/predikt/prediktclient.h providers/predikt/prediktclient.cpp
    # models
    models/predikt/priceboardmodel.h models/predikt/priceboardmodel.cpp
    models/predikt/balanceforecast.h models/predikt/balanceforecast.cpp
    models/predikt/billingledgermodel.h models/predikt/billingledgermodel.cpp
    # simulator
    sim/predikt/prediktsim.h sim/predikt/prediktsim.cpp
    sim/predikt/prediktsimhandler.h sim/predikt/prediktsimhandler.cpp
    sim/predikt/prediktmarket.h sim/predikt/prediktmarket.cpp
    sim/predikt/socketioserversession.h sim/predikt/socketioserversession.cpp
    # app workspace (profiles → clients → models → QML)
    app/predikt/prediktsession.h app/predikt/prediktsession.cpp
    app/predikt/prediktworkspace.h app/predikt/prediktworkspace.cpp
    # cli
    cli/prediktcommand.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/PricesPage.qml
    ${TW_QML_DIR}/components/predikt/PriceFormat.qml
    ${TW_QML_DIR}/components/predikt/Sparkline.qml
    ${TW_QML_DIR}/components/predikt/PriceBoardHeader.qml
    ${TW_QML_DIR}/components/predikt/PriceRow.qml
    ${TW_QML_DIR}/components/predikt/BillingPanel.qml
)
list(APPEND TW_QML_SINGLETONS ${TW_QML_DIR}/components/predikt/PriceFormat.qml)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/../../models/predikt
    ${CMAKE_CURRENT_LIST_DIR}/../../app/predikt)
