# src/app: the controller that wires profiles → clients → models → QML: one workspace per
# provider (app/<provider>), the generic one, the profile sessions, the tray icon.
target_sources(tidewatch_core PRIVATE
    app/appcontroller.h app/appcontroller.cpp
    app/genericworkspace.h app/genericworkspace.cpp
    app/perfprobe.h app/perfprobe.cpp
    app/profileeditorform.h app/profileeditorform.cpp
    app/screenshot.h app/screenshot.cpp
    app/workspaces.h app/workspaces.cpp
    # tray icon and close-to-tray
    app/trayicon.h app/trayicon.cpp
    # Allium: the API console and the streams page, and what their checks answer
    app/allium/alliumresults.h
    app/allium/alliumconsole.h app/allium/alliumconsole.cpp
    app/allium/alliumstreams.h app/allium/alliumstreams.cpp
    # Conyr: markets
    app/conyr/conyrcatalogmodel.h app/conyr/conyrcatalogmodel.cpp
    app/conyr/candlechartbinder.h app/conyr/candlechartbinder.cpp
    app/conyr/chartscale.h app/conyr/chartscale.cpp
    app/conyr/chartoptions.h app/conyr/chartoptions.cpp
    app/conyr/conyrsession.h app/conyr/conyrsession.cpp
    app/conyr/conyrworkspace.h app/conyr/conyrworkspace.cpp
    # Predikt: prices and billing
    app/predikt/prediktsession.h app/predikt/prediktsession.cpp
    app/predikt/prediktworkspace.h app/predikt/prediktworkspace.cpp
    # tweets: timeline, and monitors and filter rules (REST): lists, editors, controller
    app/tweets/tweetsworkspace.h app/tweets/tweetsworkspace.cpp
    app/tweets/tweetsubscriptionmodels.h app/tweets/tweetsubscriptionmodels.cpp
    app/tweets/tweetsubscriptioneditors.h app/tweets/tweetsubscriptioneditors.cpp
    app/tweets/tweetssubscriptionscontroller.h app/tweets/tweetssubscriptionscontroller.cpp
    # Subscriptions overview: quota and cost of every live subscription, totals per key
    app/subscriptions/subscriptionledger.h app/subscriptions/subscriptionledger.cpp
    app/subscriptions/subscriptionoverviewmodels.h app/subscriptions/subscriptionoverviewmodels.cpp
    app/subscriptions/subscriptionpreview.h
    app/subscriptions/subscriptionsoverview.h app/subscriptions/subscriptionsoverview.cpp
    app/subscriptions/subscriptionsources.cpp
    app/subscriptions/subscriptionalertaction.h app/subscriptions/subscriptionalertaction.cpp
    # subscription sets: export/import of what a team watches (JSON, no keys)
    app/subscriptions/subscriptionset.h app/subscriptions/subscriptionset.cpp
    app/subscriptions/subscriptionsetsources.cpp
    # relay profiles: NATS → consumer → feed → the provider workspaces above
    app/relay/relaylink.h app/relay/relaylink.cpp
    app/relay/relayworkspace.h app/relay/relayworkspace.cpp
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}
    ${CMAKE_CURRENT_LIST_DIR}/allium
    ${CMAKE_CURRENT_LIST_DIR}/conyr
    ${CMAKE_CURRENT_LIST_DIR}/predikt
    ${CMAKE_CURRENT_LIST_DIR}/tweets
    ${CMAKE_CURRENT_LIST_DIR}/subscriptions
    ${CMAKE_CURRENT_LIST_DIR}/relay)
