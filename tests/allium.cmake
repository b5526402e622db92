# Allium: codec and filter units, clients against the simulator, models, pages.
tw_add_test(tst_allium_codec SOURCES unit/tst_allium_codec.cpp LABELS unit allium)
tw_add_test(tst_allium_api SOURCES integration/tst_allium_api.cpp LABELS integration allium)
tw_add_test(tst_allium_stream SOURCES integration/tst_allium_stream.cpp LABELS integration allium)
tw_add_test(tst_allium_models SOURCES unit/tst_allium_models.cpp LABELS unit allium)
tw_add_test(tst_allium_qml SOURCES qml/tst_allium_qml.cpp LABELS qml allium QML)
tw_add_test(tst_allium_reference SOURCES unit/tst_allium_reference.cpp LABELS unit allium)
tw_add_test(tst_alliumpause_alerts SOURCES integration/tst_alliumpause_alerts.cpp LABELS integration allium alerts)
