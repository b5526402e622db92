# src/alerts: the rule engine, its persistence and models, the notifiers and the dashboard.
target_sources(tidewatch_core PRIVATE
    # engine
    alerts/alertrule.h alerts/alertrule.cpp
    alerts/alert.h alerts/alert.cpp
    alerts/blindtracker.h alerts/blindtracker.cpp
    alerts/ruleevaluator.h alerts/ruleevaluator.cpp
    alerts/compositeevaluator.h alerts/compositeevaluator.cpp
    alerts/alertcontext.h alerts/alertcontext.cpp
    alerts/alertengine.h alerts/alertengine.cpp
    alerts/alertfeeds.h alerts/alertfeeds.cpp
    alerts/alertreplay.h alerts/alertreplay.cpp
    alerts/alertdryrun.h alerts/alertdryrun.cpp
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
    alerts/dashboard/dashboardtiles.h alerts/dashboard/dashboardtiles.cpp
    alerts/dashboard/dashboardfeed.h alerts/dashboard/dashboardfeed.cpp
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/dashboard
    ${CMAKE_CURRENT_LIST_DIR}/notifiers)
