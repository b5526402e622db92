# Predikt and its Socket.IO transport: codec units, the real socket.io peers, the price
# client against the simulator, models and the Prices page.
tw_add_test(tst_socketio_codec SOURCES unit/tst_socketio_codec.cpp LABELS unit socketio)
tw_add_test(tst_socketio_peer SOURCES peers/tst_socketio_peer.cpp peers/nodepeer.h LABELS peers socketio TIMEOUT 180)
tw_add_test(tst_predikt_simpeer SOURCES peers/tst_predikt_simpeer.cpp peers/nodepeer.h LABELS peers predikt TIMEOUT 180)
tw_add_test(tst_predikt_codec SOURCES unit/tst_predikt_codec.cpp LABELS unit predikt)
tw_add_test(tst_predikt_client SOURCES integration/tst_predikt_client.cpp LABELS integration predikt TIMEOUT 180)
tw_add_test(tst_predikt_strict SOURCES integration/tst_predikt_strict.cpp LABELS integration predikt TIMEOUT 180)
tw_add_test(tst_predikt_models SOURCES unit/tst_predikt_models.cpp LABELS unit predikt)
tw_add_test(tst_balanceforecast_shared SOURCES unit/tst_balanceforecast_shared.cpp LABELS unit predikt alerts)
tw_add_test(tst_predikt_qml SOURCES qml/tst_predikt_qml.cpp LABELS qml predikt QML)
tw_add_test(tst_predikt_cli SOURCES cli/tst_predikt_cli.cpp LABELS cli integration predikt)
add_dependencies(tst_predikt_cli tidewatch-cli)
