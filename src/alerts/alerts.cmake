# src/alerts: rule engine and notifier; also the frame inspector, recorder/replay and CSV
# export (src/models/{inspector,record,csv}), the tray icon and the alerts CLI command.
target_sources(tidewatch_core PRIVATE
    # engine
    alerts/alertrule.h alerts/alertrule.cpp
    alerts/alert.h alerts/alert.cpp
    alerts/ruleevaluator.h alerts/ruleevaluator.cpp
    alerts/alertengine.h alerts/alertengine.cpp
    alerts/alertfeeds.h alerts/alertfeeds.cpp
    alerts/recordfilter.h alerts/recordfilter.cpp
    # persistence, models, notification
    alerts/atomicfile.h alerts/atomicfile.cpp
    alerts/alertstore.h alerts/alertstore.cpp
    alerts/alerthistorymodel.h alerts/alerthistorymodel.cpp
    alerts/alertrulemodel.h alerts/alertrulemodel.cpp
    alerts/webhooknotifier.h alerts/webhooknotifier.cpp
    alerts/notifiers/alertrecovery.h alerts/notifiers/alertrecovery.cpp
    alerts/notifiers/alertmanagernotifier.h alerts/notifiers/alertmanagernotifier.cpp
    alerts/notifiers/alertnotifiers.h alerts/notifiers/alertnotifiers.cpp
    alerts/notifiers/webhookpresets.h alerts/notifiers/webhookpresets.cpp
    alerts/notifiers/alertsound.h alerts/notifiers/alertsound.cpp
    alerts/alertcenter.h alerts/alertcenter.cpp
    # dashboard
    alerts/dashboard/dashboardlayout.h alerts/dashboard/dashboardlayout.cpp
    alerts/dashboard/dashboardfeed.h alerts/dashboard/dashboardfeed.cpp
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
    # tray icon and close-to-tray (the app's shell uses it)
    app/trayicon.h app/trayicon.cpp
    # tidewatch-cli alerts
    cli/alertscommand.cpp
    # CSV export
    models/csv/csvexporter.h models/csv/csvexporter.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/pages/DashboardPage.qml
    ${TW_QML_DIR}/pages/AlertsPage.qml
    ${TW_QML_DIR}/components/alerts/AlertSeverityBadge.qml
    ${TW_QML_DIR}/components/alerts/AlertRuleList.qml
    ${TW_QML_DIR}/components/alerts/AlertHistoryList.qml
    ${TW_QML_DIR}/components/alerts/AlertRuleEditor.qml
    ${TW_QML_DIR}/components/alerts/AlertRuleNotifyFields.qml
    ${TW_QML_DIR}/components/alerts/AlertmanagerSettings.qml
    ${TW_QML_DIR}/components/dashboard/DashboardTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardFormat.qml
    ${TW_QML_DIR}/components/dashboard/DashboardWaiting.qml
    ${TW_QML_DIR}/components/dashboard/DashboardSparkline.qml
    ${TW_QML_DIR}/components/dashboard/DashboardPriceTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardCandleTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardBlocksTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardTweetsTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardBalanceTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardHealthTile.qml
    ${TW_QML_DIR}/components/dashboard/DashboardAlertsTile.qml
    ${TW_QML_DIR}/components/inspector/FrameInspector.qml
)
list(APPEND TW_QML_SINGLETONS ${TW_QML_DIR}/components/dashboard/DashboardFormat.qml)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/dashboard
    ${CMAKE_CURRENT_LIST_DIR}/notifiers
    ${CMAKE_CURRENT_LIST_DIR}/../models/inspector
    ${CMAKE_CURRENT_LIST_DIR}/../models/record
    ${CMAKE_CURRENT_LIST_DIR}/../models/csv)
