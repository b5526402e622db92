# Tests of the Conyr provider: codec, candles and models, client against the simulator,
# the chart in QML.
tw_add_test(tst_conyr_codec SOURCES unit/tst_conyr_codec.cpp LABELS unit conyr)
tw_add_test(tst_conyr_candles SOURCES unit/tst_conyr_candles.cpp LABELS unit conyr)
target_include_directories(tst_conyr_candles PRIVATE ${PROJECT_SOURCE_DIR}/src/models/conyr)
tw_add_test(tst_conyr_client SOURCES integration/tst_conyr_client.cpp LABELS integration conyr)
tw_add_test(tst_conyr_strict SOURCES integration/tst_conyr_strict.cpp LABELS integration conyr)
tw_add_test(tst_conyr_qml SOURCES qml/tst_conyr_qml.cpp LABELS qml conyr QML)
tw_add_test(tst_conyr_workspace SOURCES integration/tst_conyr_workspace.cpp LABELS integration conyr)
target_include_directories(tst_conyr_workspace PRIVATE ${PROJECT_SOURCE_DIR}/src/models/conyr ${PROJECT_SOURCE_DIR}/src/app/conyr)
tw_add_test(tst_conyr_catalog SOURCES unit/tst_conyr_catalog.cpp LABELS unit conyr)
tw_add_test(tst_conyr_cli SOURCES cli/tst_conyr_cli.cpp cli/cliprocess.h LABELS cli integration conyr)
add_dependencies(tst_conyr_cli tidewatch-cli)
