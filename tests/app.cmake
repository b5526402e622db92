# Tests of the key store, profiles, app settings and the Connections page.
tw_add_test(tst_keystore SOURCES unit/tst_keystore.cpp LABELS unit keychain)
tw_add_test(tst_profilestore SOURCES unit/tst_profilestore.cpp LABELS unit core)
tw_add_test(tst_profilestorerelay SOURCES unit/tst_profilestorerelay.cpp LABELS unit core relay)
tw_add_test(tst_appsettings SOURCES unit/tst_appsettings.cpp LABELS unit core)
tw_add_test(tst_connections_qml SOURCES qml/tst_connections_qml.cpp LABELS qml QML)
tw_add_test(tst_cliprofile SOURCES integration/tst_cliprofile.cpp LABELS integration keychain)
add_dependencies(tst_cliprofile tidewatch-cli)
tw_add_test(tst_appcontroller SOURCES integration/tst_appcontroller.cpp LABELS integration app)
tw_add_test(tst_profile_sessions SOURCES integration/tst_profile_sessions.cpp LABELS integration keychain app)
target_include_directories(tst_profile_sessions PRIVATE ${PROJECT_SOURCE_DIR}/src/models/conyr ${PROJECT_SOURCE_DIR}/src/app/conyr)
# The Subscriptions overview: figures, totals per key and what-if (unit), the page (QML).
tw_add_test(tst_subscriptionledger SOURCES unit/tst_subscriptionledger.cpp LABELS unit app)
tw_add_test(tst_subscriptions_qml SOURCES qml/tst_subscriptions_qml.cpp LABELS qml app QML)
