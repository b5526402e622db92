# Tests of src/core and the simulator harness.
tw_add_test(tst_reconnectpolicy SOURCES unit/tst_reconnectpolicy.cpp LABELS unit core)
tw_add_test(tst_failure SOURCES unit/tst_failure.cpp LABELS unit core)
tw_add_test(tst_redact SOURCES unit/tst_redact.cpp LABELS unit core)
tw_add_test(tst_secrets SOURCES unit/tst_secrets.cpp LABELS unit core)
tw_add_test(tst_exactdecimal SOURCES unit/tst_exactdecimal.cpp LABELS unit core)
tw_add_test(tst_jsonnumbers SOURCES unit/tst_jsonnumbers.cpp LABELS unit core)
tw_add_test(tst_jsonscan SOURCES unit/tst_jsonscan.cpp LABELS unit core conyr)
tw_add_test(tst_translations SOURCES unit/tst_translations.cpp LABELS unit core)
tw_add_test(tst_connectionstates SOURCES unit/tst_connectionstates.cpp LABELS unit core)
tw_add_test(tst_externalconnection SOURCES unit/tst_externalconnection.cpp LABELS unit core)
tw_add_test(tst_connection SOURCES integration/tst_connection.cpp LABELS integration core)
# Bad input outside the codecs: a UTF-8 character split across frames, hostile sizes, disk faults.
tw_add_test(tst_utf8frames SOURCES integration/tst_utf8frames.cpp LABELS integration core)
tw_add_test(tst_diskfaults SOURCES unit/tst_diskfaults.cpp LABELS unit core alerts)
tw_add_test(tst_hostile_sizes SOURCES unit/tst_hostile_sizes.cpp LABELS unit core TIMEOUT 300)
tw_add_test(tst_democoherence SOURCES unit/tst_democoherence.cpp LABELS unit sim)
tw_add_test(tst_faultproxy SOURCES integration/tst_faultproxy.cpp LABELS integration core sim)
# Secrets in frames: every provider and auth method, inspector, recording and CSV.
tw_add_test(tst_framesecrets SOURCES integration/tst_framesecrets.cpp LABELS integration core TIMEOUT 180)
tw_add_test(tst_shell_qml SOURCES qml/tst_shell_qml.cpp LABELS qml QML)

# Whole programs: the CLI, the GUI under Xvfb, packaging.
include(cli/cli.cmake)
include(gui/gui.cmake)
include(packaging/packaging.cmake)

# Structure: each build fragment lists only its own folder's files (a script, no build).
add_test(NAME tst_build_fragments
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/structure/check_fragments.sh ${PROJECT_SOURCE_DIR})
set_tests_properties(tst_build_fragments PROPERTIES LABELS "unit structure" TIMEOUT 60)
