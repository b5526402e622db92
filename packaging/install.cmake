# Install rules and platform integration for the three executables. Included from
# src/CMakeLists.txt (where the targets are defined); CPack is set up in packaging/CMakeLists.txt.
#
#   Linux:   bin/tidewatch, bin/tidewatch-cli, bin/tidewatch-sim, the .desktop file, AppStream
#            metainfo and the scalable icon, against the distribution's Qt (see the .deb).
#   Windows: bin/ with the executables, the icon compiled in, Qt and QtKeychain deployed next
#            to them (windeployqt through Qt's deploy script), packed by NSIS.
#   macOS:   tidewatch.app with Info.plist and icon, the CLI and simulator inside the bundle,
#            Qt deployed into it (macdeployqt through Qt's deploy script), packed as a .dmg.

include(GNUInstallDirs)
set(TW_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging)
set(TW_APP_ID org.example.tidewatch)

# Platform integration
if(WIN32)
    # Qt: "Setting the Application Icon on Windows": a resource file naming the .ico.
    target_sources(tidewatch PRIVATE ${TW_PACKAGING_DIR}/windows/tidewatch.rc)
elseif(APPLE)
    # Qt: "Setting the Application Icon on macOS": the .icns in the bundle's Resources.
    set(TW_ICNS ${TW_PACKAGING_DIR}/macos/tidewatch.icns)
    set_source_files_properties(${TW_ICNS} PROPERTIES MACOSX_PACKAGE_LOCATION "Resources")
    target_sources(tidewatch PRIVATE ${TW_ICNS})
    if(NOT CMAKE_OSX_DEPLOYMENT_TARGET)
        set(CMAKE_OSX_DEPLOYMENT_TARGET 11.0)
    endif()
    set_target_properties(tidewatch PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST ${TW_PACKAGING_DIR}/macos/Info.plist.in
        MACOSX_BUNDLE_BUNDLE_NAME Tidewatch
        MACOSX_BUNDLE_GUI_IDENTIFIER ${TW_APP_ID}
        MACOSX_BUNDLE_ICON_FILE tidewatch.icns
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "The Tidewatch developers")
endif()

# Executables
if(APPLE)
    # The command-line tools live inside the bundle so that they share its deployed Qt.
    install(TARGETS tidewatch BUNDLE DESTINATION . COMPONENT app)
    install(TARGETS tidewatch-cli tidewatch-sim
        RUNTIME DESTINATION tidewatch.app/Contents/MacOS COMPONENT app)
else()
    install(TARGETS tidewatch tidewatch-cli tidewatch-sim
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
endif()

if(UNIX AND NOT APPLE)
    install(FILES ${TW_PACKAGING_DIR}/linux/${TW_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications COMPONENT app)
    install(FILES ${TW_PACKAGING_DIR}/linux/${TW_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo COMPONENT app)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/tidewatch.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps COMPONENT app)
    # The team relay and the headless alert runner as systemd services, with example
    # environment files (README: "Running a relay for a team").
    install(FILES ${TW_PACKAGING_DIR}/linux/systemd/tidewatch-relay@.service
                  ${TW_PACKAGING_DIR}/linux/systemd/tidewatch-alerts@.service
        DESTINATION lib/systemd/system COMPONENT app)
    install(FILES ${TW_PACKAGING_DIR}/linux/systemd/relay.env ${TW_PACKAGING_DIR}/linux/systemd/alerts.env
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tidewatch/examples COMPONENT app)
endif()

# Qt deployment on Windows and macOS. Qt 6.4 has qt_generate_deploy_qml_app_script as a
# technical preview with FILENAME_VARIABLE; 6.5 renamed it to OUTPUT_SCRIPT. On Linux the
# .deb depends on the distribution's Qt packages instead.
if(WIN32 OR APPLE)
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_qml_app_script(TARGET tidewatch OUTPUT_SCRIPT tw_deploy_script)
    elseif(COMMAND qt_generate_deploy_qml_app_script)
        qt_generate_deploy_qml_app_script(TARGET tidewatch FILENAME_VARIABLE tw_deploy_script)
    endif()
    if(tw_deploy_script)
        install(SCRIPT ${tw_deploy_script} COMPONENT app)
    else()
        message(WARNING "Qt ${Qt6_VERSION} has no deploy script: run windeployqt/macdeployqt "
                        "by hand (see README.md, 'Building on Windows and macOS').")
    endif()
    if(WIN32)
        # windeployqt copies Qt only; QtKeychain's DLL goes next to the executables.
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app
            LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT app)
    endif()
endif()
