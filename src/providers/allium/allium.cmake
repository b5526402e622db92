# Allium: codec and client (src/providers/allium), simulator (src/sim/allium), models (src/models/allium),
# workspace (src/app/allium), CLI command (src/cli), pages (qml/pages, qml/components/allium).
target_sources(tidewatch_core PRIVATE
    # typed events as observations for alerts and the dashboard
    providers/allium/alliumobservations.h providers/allium/alliumobservations.cpp
    # codec and clients
    providers/allium/alliumdecimal.h providers/allium/alliumdecimal.cpp
    providers/allium/alliumfilter.h providers/allium/alliumfilter.cpp
    providers/allium/alliumjsonscan.h providers/allium/alliumjsonscan.cpp
    providers/allium/alliumcodec.h providers/allium/alliumcodec.cpp
    providers/allium/alliumclose.h providers/allium/alliumclose.cpp
    providers/allium/alliumapiclient.h providers/allium/alliumapiclient.cpp
    providers/allium/alliumstreamclient.h providers/allium/alliumstreamclient.cpp
    # models
    models/allium/alliumrecordformat.h models/allium/alliumrecordformat.cpp
    models/allium/alliumstreammodel.h models/allium/alliumstreammodel.cpp
    models/allium/alliumapihistorymodel.h models/allium/alliumapihistorymodel.cpp
    models/allium/alliumsavedrequestsmodel.h models/allium/alliumsavedrequestsmodel.cpp
    models/allium/jsontreemodel.h models/allium/jsontreemodel.cpp
    # simulator
    sim/allium/alliumsim.h sim/allium/alliumsim.cpp
    sim/allium/alliumrecordgen.h sim/allium/alliumrecordgen.cpp
    sim/allium/alliumapisim.h sim/allium/alliumapisim.cpp
    sim/allium/alliumstreamsim.h sim/allium/alliumstreamsim.cpp
    # app workspace (profiles → clients → models → QML)
    app/allium/alliumworkspace.h app/allium/alliumworkspace.cpp app/allium/alliumworkspacestreams.cpp
    # cli
    cli/alliumcommand.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/ApiConsolePage.qml
    ${TW_QML_DIR}/pages/StreamsPage.qml
    ${TW_QML_DIR}/components/allium/AlliumChip.qml
    ${TW_QML_DIR}/components/allium/AlliumRecordTable.qml
    ${TW_QML_DIR}/components/allium/AlliumFilterBuilder.qml
    ${TW_QML_DIR}/components/allium/AlliumJsonTree.qml
    ${TW_QML_DIR}/components/allium/AlliumHistoryList.qml
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/../../models/allium
    ${CMAKE_CURRENT_LIST_DIR}/../../app/allium)
