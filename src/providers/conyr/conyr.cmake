# Conyr: codec and client (src/providers/conyr), simulator (src/sim/conyr), models (src/models/conyr),
# CLI command (src/cli), page (qml/pages, qml/components/conyr).
target_sources(tidewatch_core PRIVATE
    # typed events as observations for alerts and the dashboard
    providers/conyr/conyrobservations.h providers/conyr/conyrobservations.cpp
    # codec (pure) and client
    providers/conyr/conyrtypes.h
    providers/conyr/conyrchannelcatalog.h providers/conyr/conyrchannelcatalog.cpp
    providers/conyr/conyrcodec.h providers/conyr/conyrcodec.cpp
    providers/conyr/conyrpayloads.h providers/conyr/conyrpayloads.cpp
    providers/conyr/conyrrest.h providers/conyr/conyrrest.cpp
    providers/conyr/recentids.h
    providers/conyr/candleaggregator.h providers/conyr/candleaggregator.cpp
    providers/conyr/candlerestclient.h providers/conyr/candlerestclient.cpp
    providers/conyr/conyrclient.h providers/conyr/conyrclient.cpp providers/conyr/conyrclientdata.cpp
    # models
    models/conyr/candleseriesmodel.h models/conyr/candleseriesmodel.cpp
    models/conyr/tradetapemodel.h models/conyr/tradetapemodel.cpp
    models/conyr/subscriptionmodel.h models/conyr/subscriptionmodel.cpp
    # simulator
    sim/conyr/conyrmarket.h sim/conyr/conyrmarket.cpp
    sim/conyr/conyrsim.h sim/conyr/conyrsim.cpp
    # app workspace (profiles → clients → models → QML)
    app/conyr/conyrcatalogmodel.h app/conyr/conyrcatalogmodel.cpp
    app/conyr/candlechartbinder.h app/conyr/candlechartbinder.cpp
    app/conyr/conyrsession.h app/conyr/conyrsession.cpp
    app/conyr/conyrworkspace.h app/conyr/conyrworkspace.cpp
    # cli
    cli/conyrcommand.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/MarketsPage.qml
    ${TW_QML_DIR}/components/conyr/CandleChart.qml
    ${TW_QML_DIR}/components/conyr/TradesTape.qml
    ${TW_QML_DIR}/components/conyr/SubscriptionManager.qml
    ${TW_QML_DIR}/components/conyr/ChannelRow.qml
    ${TW_QML_DIR}/components/conyr/ChannelPicker.qml
    ${TW_QML_DIR}/components/conyr/CatalogRow.qml
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/../../models/conyr
    ${CMAKE_CURRENT_LIST_DIR}/../../app/conyr)
