# tidewatch-cli as a real process: exit codes, NDJSON, keys.
tw_add_test(tst_cli SOURCES cli/tst_cli.cpp LABELS cli integration TIMEOUT 300)
add_dependencies(tst_cli tidewatch-cli)
