# src/app: the controller that wires profiles → clients → models → QML, and the shell's QML
# (Main.qml, theme, shared components, the Connections and Settings pages).
target_sources(tidewatch_core PRIVATE
    app/appcontroller.h app/appcontroller.cpp
    app/genericworkspace.h app/genericworkspace.cpp
    app/perfprobe.h app/perfprobe.cpp
    app/profilesessions.h app/profilesessions.cpp
    app/screenshot.h app/screenshot.cpp
    app/workspaces.h app/workspaces.cpp
    # Subscriptions overview: quota and cost of every live subscription, totals per key
    app/subscriptions/subscriptionledger.h app/subscriptions/subscriptionledger.cpp
    app/subscriptions/subscriptionoverviewmodels.h app/subscriptions/subscriptionoverviewmodels.cpp
    app/subscriptions/subscriptionsoverview.h app/subscriptions/subscriptionsoverview.cpp
    app/subscriptions/subscriptionsources.cpp
)
list(APPEND TW_QML_FILES
    ${TW_QML_DIR}/Main.qml
    ${TW_QML_DIR}/theme/Theme.qml
    ${TW_QML_DIR}/components/EmptyState.qml
    ${TW_QML_DIR}/components/PageHeader.qml
    ${TW_QML_DIR}/components/NavButton.qml
    ${TW_QML_DIR}/pages/ConnectionsPage.qml
    ${TW_QML_DIR}/pages/SettingsPage.qml
    ${TW_QML_DIR}/pages/SubscriptionsPage.qml
    # Subscriptions page
    ${TW_QML_DIR}/components/subscriptions/KeyTotalRow.qml
    ${TW_QML_DIR}/components/subscriptions/SubscriptionRow.qml
    # Connections page
    ${TW_QML_DIR}/components/connections/Chip.qml
    ${TW_QML_DIR}/components/connections/ConnectionRow.qml
    ${TW_QML_DIR}/components/connections/KeyDialog.qml
    ${TW_QML_DIR}/components/connections/MessageBar.qml
    ${TW_QML_DIR}/components/connections/ProfileCard.qml
    ${TW_QML_DIR}/components/connections/ProfileEditor.qml
    ${TW_QML_DIR}/components/connections/StatCell.qml
    ${TW_QML_DIR}/components/connections/UnassignedConnections.qml
    # Settings page
    ${TW_QML_DIR}/components/settings/SecondsBox.qml
    ${TW_QML_DIR}/components/settings/SettingsSection.qml
)
list(APPEND TW_QML_SINGLETONS ${TW_QML_DIR}/theme/Theme.qml)
list(APPEND TW_QML_RESOURCES
    ${PROJECT_SOURCE_DIR}/resources/icons/tidewatch.svg
)
# Headers with QML types are included by file name from the generated type registrations.
target_include_directories(tidewatch_core PRIVATE ${CMAKE_CURRENT_LIST_DIR} ${CMAKE_CURRENT_LIST_DIR}/subscriptions)
