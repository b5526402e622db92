# Tests of the alert engine, notifications, frame inspector, recorder/replay, CSV export
# and the Alerts/Dashboard pages.
tw_add_test(tst_alertengine SOURCES unit/tst_alertengine.cpp LABELS unit alerts)
tw_add_test(tst_alertoperators SOURCES unit/tst_alertoperators.cpp LABELS unit alerts)
tw_add_test(tst_alertbars SOURCES unit/tst_alertbars.cpp LABELS unit alerts)
tw_add_test(tst_alertcomposite SOURCES unit/tst_alertcomposite.cpp LABELS unit alerts)
tw_add_test(tst_alertblind SOURCES unit/tst_alertblind.cpp LABELS unit alerts)
tw_add_test(tst_alertcontext SOURCES unit/tst_alertcontext.cpp LABELS unit alerts)
tw_add_test(tst_alertstore SOURCES unit/tst_alertstore.cpp LABELS unit alerts)
tw_add_test(tst_alertwebhook SOURCES integration/tst_alertwebhook.cpp LABELS integration alerts)
tw_add_test(tst_webhookpresets SOURCES integration/tst_webhookpresets.cpp LABELS integration alerts keychain)
tw_add_test(tst_alertnotifiers SOURCES unit/tst_alertnotifiers.cpp LABELS unit alerts)
# Against a real Prometheus Alertmanager (scripts/deps.txt installs it; skipped without it).
tw_add_test(tst_alertmanager_peer SOURCES peers/tst_alertmanager_peer.cpp LABELS peers alerts alertmanager TIMEOUT 180)
tw_add_test(tst_csvexport SOURCES unit/tst_csvexport.cpp LABELS unit alerts)
tw_add_test(tst_inspector SOURCES unit/tst_inspector.cpp LABELS unit alerts)
tw_add_test(tst_recordreplay SOURCES integration/tst_recordreplay.cpp LABELS integration alerts)
tw_add_test(tst_alertcompositereplay SOURCES integration/tst_alertcompositereplay.cpp LABELS integration alerts TIMEOUT 120)
tw_add_test(tst_alerts_qml SOURCES qml/tst_alerts_qml.cpp LABELS qml alerts QML)
tw_add_test(tst_alertfeeds SOURCES unit/tst_alertfeeds.cpp LABELS unit alerts)
tw_add_test(tst_alertdashboard SOURCES unit/tst_alertdashboard.cpp LABELS unit alerts)
tw_add_test(tst_alertscli SOURCES cli/tst_alertscli.cpp LABELS integration alerts cli)
add_dependencies(tst_alertscli tidewatch-cli)
# The Alerts page's dry run against the CLI's on the same recording.
tw_add_test(tst_alertdryrun SOURCES cli/tst_alertdryrun.cpp cli/cliprocess.h LABELS integration alerts cli)
add_dependencies(tst_alertdryrun tidewatch-cli)
# tidewatch-cli alerts against a real Prometheus Alertmanager (scripts/deps.txt; skipped without it).
tw_add_test(tst_alerts_alertmanager SOURCES cli/tst_alerts_alertmanager.cpp cli/cliprocess.h LABELS cli integration alerts alertmanager TIMEOUT 120)
add_dependencies(tst_alerts_alertmanager tidewatch-cli)
