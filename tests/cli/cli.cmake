# tidewatch-cli as a real process: exit codes, NDJSON, keys, output through a pipe.
tw_add_test(tst_cli SOURCES cli/tst_cli.cpp cli/cliprocess.h LABELS cli integration TIMEOUT 300)
add_dependencies(tst_cli tidewatch-cli)
tw_add_test(tst_cli_contract SOURCES cli/tst_cli_contract.cpp cli/cliprocess.h LABELS cli integration TIMEOUT 600)
add_dependencies(tst_cli_contract tidewatch-cli tidewatch)
