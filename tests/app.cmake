# Tests of the key store, profiles, app settings and the Connections page.
tw_add_test(tst_keystore SOURCES unit/tst_keystore.cpp LABELS unit keychain)
tw_add_test(tst_profilestore SOURCES unit/tst_profilestore.cpp LABELS unit core)
tw_add_test(tst_appsettings SOURCES unit/tst_appsettings.cpp LABELS unit core)
tw_add_test(tst_connections_qml SOURCES qml/tst_connections_qml.cpp LABELS qml QML)
tw_add_test(tst_cliprofile SOURCES integration/tst_cliprofile.cpp LABELS integration keychain)
add_dependencies(tst_cliprofile tidewatch-cli)
tw_add_test(tst_appcontroller SOURCES integration/tst_appcontroller.cpp LABELS integration app)
