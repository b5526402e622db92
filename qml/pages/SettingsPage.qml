pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Language, theme, where keys are kept, and the defaults every connection starts from.
Pane {
    id: page
    /// The settings page has no live feed; it is "live" as soon as it shows its settings.
    property bool live: true

    padding: Theme.padding

    function indexOfId(list, id) {
        for (let i = 0; i < list.length; ++i) {
            if (list[i].id === id)
                return i
        }
        return 0
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Settings")
            subtitle: qsTr("Stored in %1").arg(AppSettings.settingsFile)
        }

        Label {
            Layout.fillWidth: true
            visible: AppSettings.saveProblem.length > 0
            text: AppSettings.saveProblem // says what failed (disk full, read-only) and that the last saved version is kept
            color: Theme.warning
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true

            ColumnLayout {
                width: Math.min(scroll.availableWidth, 900)
                spacing: Theme.padding

                SettingsSection {
                    Layout.fillWidth: true
                    title: qsTr("Appearance")

                    Label { text: qsTr("Language") }
                    RowLayout {
                        spacing: Theme.spacing
                        FitComboBox {
                            id: languageBox
                            objectName: "languageBox"
                            Layout.preferredWidth: 240
                            model: AppSettings.languages()
                            textRole: "label"
                            valueRole: "id"
                            currentIndex: page.indexOfId(model, AppSettings.language)
                            onActivated: AppSettings.language = currentValue
                        }
                        Label {
                            visible: AppSettings.restartNeeded
                            text: qsTr("Takes effect the next time Tidewatch starts.")
                            color: Theme.warning
                            textFormat: Text.PlainText
                        }
                    }

                    Label { text: qsTr("Theme") }
                    FitComboBox {
                        id: themeBox
                        objectName: "themeBox"
                        Layout.preferredWidth: 240
                        model: AppSettings.themes()
                        textRole: "label"
                        valueRole: "id"
                        currentIndex: page.indexOfId(model, AppSettings.theme)
                        onActivated: AppSettings.theme = currentValue
                    }
                }

                SettingsSection {
                    Layout.fillWidth: true
                    title: qsTr("API keys")
                    explanation: qsTr("Keys are kept in your system keychain (Secret Service, macOS Keychain or Windows Credential Manager), one entry per profile. They never go into the settings file, logs or exports.")

                    Label { text: qsTr("Keychain") }
                    Label {
                        Layout.fillWidth: true
                        text: !KeyStore.ready ? qsTr("Checking…")
                              : KeyStore.lastError.length > 0 ? KeyStore.lastError
                              : qsTr("Available")
                        color: !KeyStore.ready ? Theme.muted : KeyStore.lastError.length > 0 ? Theme.down : Theme.up
                        wrapMode: Text.WordWrap
                        textFormat: Text.PlainText
                    }

                    Label { text: qsTr("Plaintext fallback") }
                    Switch {
                        id: fallbackSwitch
                        objectName: "fallbackSwitch"
                        text: qsTr("Store keys in a file when no keychain service is available")
                        checked: AppSettings.plaintextFallback
                        onToggled: AppSettings.plaintextFallback = checked
                    }

                    Item { implicitWidth: 1; visible: warning.visible }
                    MessageBar {
                        id: warning
                        objectName: "fallbackWarning"
                        Layout.fillWidth: true
                        severity: "warning"
                        text: AppSettings.plaintextFallback
                              ? qsTr("Keys that cannot go to a keychain are written unencrypted to %1 (readable only by your user account). Anyone with access to your account or a backup of it can read them. Turning this off moves them into the keychain when one is available.").arg(KeyStore.fallbackFile)
                              : ""
                    }
                }

                SettingsSection {
                    Layout.fillWidth: true
                    title: qsTr("Connection defaults")
                    explanation: qsTr("Every connection starts from these. Changes apply to connections opened from now on.")

                    Label { text: qsTr("First reconnect after") }
                    SecondsBox {
                        objectName: "reconnectInitial"
                        ms: AppSettings.reconnectInitialMs
                        minMs: 100
                        maxMs: 600000
                        onCommitted: (value) => AppSettings.reconnectInitialMs = value
                    }

                    Label { text: qsTr("Longest wait between reconnects") }
                    SecondsBox {
                        objectName: "reconnectMax"
                        ms: AppSettings.reconnectMaxMs
                        minMs: 100
                        maxMs: 600000
                        onCommitted: (value) => AppSettings.reconnectMaxMs = value
                    }

                    Label { text: qsTr("Ping every") }
                    RowLayout {
                        SecondsBox {
                            objectName: "pingInterval"
                            enabled: AppSettings.pingIntervalMs > 0
                            ms: AppSettings.pingIntervalMs > 0 ? AppSettings.pingIntervalMs : 15000
                            minMs: 1000
                            maxMs: 300000
                            onCommitted: (value) => AppSettings.pingIntervalMs = value
                        }
                        CheckBox {
                            text: qsTr("Heartbeat on")
                            checked: AppSettings.pingIntervalMs > 0
                            onToggled: AppSettings.pingIntervalMs = checked ? 15000 : 0
                        }
                    }

                    Label { text: qsTr("Reconnect when silent for") }
                    SecondsBox {
                        objectName: "staleTimeout"
                        ms: AppSettings.staleTimeoutMs
                        minMs: 2000
                        maxMs: 900000
                        onCommitted: (value) => AppSettings.staleTimeoutMs = value
                    }

                    Label { text: qsTr("Largest message") }
                    RowLayout {
                        SpinBox {
                            objectName: "maxMessageSize"
                            from: 1
                            to: 256
                            editable: true
                            value: AppSettings.maxMessageSizeMiB
                            onValueModified: AppSettings.maxMessageSizeMiB = value
                        }
                        Label {
                            text: qsTr("MiB")
                            color: Theme.muted
                        }
                    }

                    Item { implicitWidth: 1 }
                    Button {
                        text: qsTr("Restore defaults")
                        flat: true
                        onClicked: AppSettings.resetConnectionDefaults()
                    }
                }

                AlertmanagerSettings {
                    Layout.fillWidth: true
                }

                SettingsSection {
                    Layout.fillWidth: true
                    title: qsTr("Where settings live")

                    Label { text: qsTr("Settings and profiles") }
                    Label {
                        objectName: "settingsPath"
                        Layout.fillWidth: true
                        text: AppSettings.settingsFile
                        font.family: Theme.monoFamily
                        wrapMode: Text.WrapAnywhere
                        textFormat: Text.PlainText
                    }
                    Label { text: qsTr("Keys") }
                    Label {
                        Layout.fillWidth: true
                        text: KeyStore.plaintextFallback
                              ? qsTr("System keychain, or %1 when no keychain answers").arg(KeyStore.fallbackFile)
                              : qsTr("System keychain only (service \"Tidewatch\")")
                        wrapMode: Text.WrapAnywhere
                        textFormat: Text.PlainText
                    }
                    Label { text: qsTr("Version") }
                    Label {
                        text: AppController.version
                        textFormat: Text.PlainText
                    }
                }
            }
        }
    }
}
