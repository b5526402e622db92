# src/providers/conyr: Conyr's codec (pure), REST backfill and the channel client.
# Its simulator, models, workspace, CLI command and page are listed by their own folders.
target_sources(tidewatch_core PRIVATE
    # typed events as observations for alerts and the dashboard
    providers/conyr/conyrobservations.h providers/conyr/conyrobservations.cpp
    # codec (pure) and client
    providers/conyr/conyrtypes.h
    providers/conyr/conyrtokens.h providers/conyr/conyrtokens.cpp
    providers/conyr/conyrchannelcatalog.h providers/conyr/conyrchannelcatalog.cpp
    providers/conyr/conyrcodec.h providers/conyr/conyrcodec.cpp
    providers/conyr/conyrpayloads.h providers/conyr/conyrpayloads.cpp
    providers/conyr/conyrrest.h providers/conyr/conyrrest.cpp
    providers/conyr/recentids.h
    providers/conyr/candleaggregator.h providers/conyr/candleaggregator.cpp
    # chart indicators (VWAP, EMA) over a candle series
    providers/conyr/candleindicators.h providers/conyr/candleindicators.cpp
    providers/conyr/candlerestclient.h providers/conyr/candlerestclient.cpp
    providers/conyr/conyrclient.h providers/conyr/conyrclient.cpp providers/conyr/conyrclientdata.cpp
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
