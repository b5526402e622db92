# src/models: list and table models shared across providers (provider models are listed
# by each provider's fragment).
target_sources(tidewatch_core PRIVATE
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
