# Tests of the alert engine, notifications, frame inspector, recorder/replay, CSV export
# and the Alerts/Dashboard pages.
tw_add_test(tst_alertengine SOURCES unit/tst_alertengine.cpp LABELS unit alerts)
