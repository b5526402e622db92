# src/models: the list and table models QML shows, one folder per provider, plus the frame
# inspector, recording/replay and CSV export that serve every provider.
target_sources(tidewatch_core PRIVATE
    # Allium: streams table, API history, saved requests, JSON tree
    models/allium/alliumrecordformat.h models/allium/alliumrecordformat.cpp
    models/allium/alliumstreammodel.h models/allium/alliumstreammodel.cpp
    models/allium/alliumapihistorymodel.h models/allium/alliumapihistorymodel.cpp
    models/allium/alliumsavedrequestsmodel.h models/allium/alliumsavedrequestsmodel.cpp
    models/allium/jsontreemodel.h models/allium/jsontreemodel.cpp
    # Conyr: candles, trades tape, channels
    models/conyr/candleseriesmodel.h models/conyr/candleseriesmodel.cpp
    models/conyr/tradetapemodel.h models/conyr/tradetapemodel.cpp
    models/conyr/subscriptionmodel.h models/conyr/subscriptionmodel.cpp
    # Predikt: price board, billing ledger and its forecast
    models/predikt/priceboardmodel.h models/predikt/priceboardmodel.cpp
    models/predikt/balanceforecast.h models/predikt/balanceforecast.cpp
    models/predikt/billingledgermodel.h models/predikt/billingledgermodel.cpp
    # tweets: timeline, filter, per-source statistics, latency
    models/tweets/tweettimelinemodel.h models/tweets/tweettimelinemodel.cpp
    models/tweets/tweetfiltermodel.h models/tweets/tweetfiltermodel.cpp
    models/tweets/tweetsourcestatsmodel.h models/tweets/tweetsourcestatsmodel.cpp
    models/tweets/tweetlatencymodel.h models/tweets/tweetlatencymodel.cpp
    # frame inspector
    models/inspector/frametap.h models/inspector/frametap.cpp
    models/inspector/frameinspectormodel.h models/inspector/frameinspectormodel.cpp
    models/inspector/framefiltermodel.h models/inspector/framefiltermodel.cpp
    # record and replay
    models/record/framerecording.h models/record/framerecording.cpp
    models/record/framerecorder.h models/record/framerecorder.cpp
    models/record/framereplayer.h models/record/framereplayer.cpp
    models/record/replayreader.h models/record/replayreader.cpp
    models/record/recordingcontroller.h models/record/recordingcontroller.cpp
    # CSV export
    models/csv/csvexporter.h models/csv/csvexporter.cpp
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/allium
    ${CMAKE_CURRENT_LIST_DIR}/conyr
    ${CMAKE_CURRENT_LIST_DIR}/predikt
    ${CMAKE_CURRENT_LIST_DIR}/tweets
    ${CMAKE_CURRENT_LIST_DIR}/inspector
    ${CMAKE_CURRENT_LIST_DIR}/record
    ${CMAKE_CURRENT_LIST_DIR}/csv)
