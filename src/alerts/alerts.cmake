# src/alerts: rule engine and notifier.
target_sources(tidewatch_core PRIVATE
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/DashboardPage.qml
    ${TW_QML_DIR}/pages/AlertsPage.qml
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR})
