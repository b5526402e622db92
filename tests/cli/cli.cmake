# tidewatch-cli as a real process: exit codes, NDJSON, keys, output through a pipe.
tw_add_test(tst_cli SOURCES cli/tst_cli.cpp cli/cliprocess.h LABELS cli integration TIMEOUT 300)
add_dependencies(tst_cli tidewatch-cli)
tw_add_test(tst_cli_contract SOURCES cli/tst_cli_contract.cpp cli/cliprocess.h LABELS cli integration TIMEOUT 600)
add_dependencies(tst_cli_contract tidewatch-cli tidewatch)
# alerts --dry-run against a normal run, webhook and Alertmanager posts to a loopback server,
# raw never printing a key.
tw_add_test(tst_alerts_notify SOURCES cli/tst_alerts_notify.cpp cli/cliprocess.h LABELS cli integration alerts TIMEOUT 180)
add_dependencies(tst_alerts_notify tidewatch-cli)
