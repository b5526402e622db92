# src/core: transport and infrastructure, no UI.
target_sources(tidewatch_core PRIVATE
    # logging and secrets
    core/logging.h core/logging.cpp
    core/secrets.h core/secrets.cpp
    # connection
    core/auth.h core/auth.cpp
    core/failure.h core/failure.cpp
    core/reconnectpolicy.h core/reconnectpolicy.cpp
    core/connectionstats.h
    core/connection.h core/connection.cpp
    # what provider clients report to alerts and the dashboard
    core/observation.h core/fieldvalue.h
    # the one checked conversion of numbers read from the wire or a file
    core/jsonnumbers.h core/jsonnumbers.cpp
    # a validating one-pass JSON scanner for hot paths (fields without a QJsonObject)
    core/jsonscan.h core/jsonscan.cpp
    # exact decimal amounts (money)
    core/exactdecimal.h core/exactdecimal.cpp
    # profiles
    core/profile.h core/profile.cpp
    core/profilestore.h core/profilestore.cpp core/profilestoreexchange.cpp
    core/profileimport.h core/profileimport.cpp
    # keys and settings
    core/keystore.h core/keystore.cpp
    # profile → key → connection, once for every workspace, the REST controllers and the CLI
    core/profilesessions.h core/profilesessions.cpp
    core/appsettings.h core/appsettings.cpp
    core/settingsvalues.h core/settingsvalues.cpp
    # why a save failed (disk full, read-only), for every file the app writes
    core/storagefault.h core/storagefault.cpp
    # the UI language
    core/uitranslation.h core/uitranslation.cpp
)
target_sources(tidewatch_core PRIVATE
    core/connectionregistry.h core/connectionregistry.cpp
    core/connectionstates.h core/connectionstates.cpp
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
