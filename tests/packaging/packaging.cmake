# Packaging: the desktop metadata validates, and the .deb installs, starts and uninstalls.

# The .desktop file and the AppStream metainfo, checked by the freedesktop validators.
add_test(NAME tst_desktop_metadata
    COMMAND sh -c "desktop-file-validate '${PROJECT_SOURCE_DIR}/packaging/linux/org.example.tidewatch.desktop' && appstreamcli validate --no-net '${PROJECT_SOURCE_DIR}/packaging/linux/org.example.tidewatch.metainfo.xml'")
set_tests_properties(tst_desktop_metadata PROPERTIES LABELS "packaging" TIMEOUT 60)

# cpack -G DEB, dpkg -i, run, dpkg -r. Root only (exit 77 = skipped otherwise). It changes
# the system, so it runs alone.
add_test(NAME tst_deb_install
    COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/deb_install_test.sh ${PROJECT_BINARY_DIR})
set_tests_properties(tst_deb_install PROPERTIES
    LABELS "packaging"
    TIMEOUT 900
    SKIP_RETURN_CODE 77
    RUN_SERIAL TRUE)
