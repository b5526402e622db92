# The app under Xvfb: starts in demo mode, screenshots of its pages are not blank.
tw_add_test(tst_gui_smoke SOURCES gui/tst_gui_smoke.cpp LABELS gui TIMEOUT 300)
add_dependencies(tst_gui_smoke tidewatch)
# xvfb-run -a picks a display number racily: one Xvfb user at a time.
set_tests_properties(tst_gui_smoke PROPERTIES RESOURCE_LOCK xvfb)
