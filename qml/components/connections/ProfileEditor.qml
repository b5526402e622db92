pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Adds or edits a profile: name, provider, endpoint (prefilled with the provider's
// documented URL), how the key is sent (only what the provider documents), tier, default
// subscriptions, and optionally the key, which goes straight to the keychain. A relay
// profile (NATS) has its own fields: credentials (the secret goes to the keychain like a
// key), TLS files, the stream and the subjects to follow. The form's state and logic are
// ProfileEditorForm's (C++); this file only binds to it.
Dialog {
    id: editor
    readonly property alias form: form
    readonly property string profileId: form.profileId
    readonly property string error: form.error
    readonly property bool savingKey: form.savingKey
    readonly property var kinds: form.kinds
    readonly property bool relay: form.relay

    /// Opens the editor for a new profile of the kind ("" = the first kind).
    function openForNew(kindId) {
        form.openForNew(kindId !== undefined ? kindId : "")
        keyField.text = ""
        open()
        nameField.forceActiveFocus()
    }
    /// Opens the editor for a stored profile.
    function openForEdit(id) {
        if (!form.openForEdit(id))
            return
        keyField.text = ""
        open()
    }
    /// A new profile of the same kind, tier and subscriptions as a demo profile, pointing at
    /// the provider's real endpoint.
    function openFromDemo(id) {
        if (!form.openFromDemo(id))
            return
        keyField.text = ""
        open()
        nameField.forceActiveFocus()
    }
    /// The provider box's choice: the kind's endpoint, key methods and tiers.
    function kindChosen() {
        form.chooseKind(kindBox.currentIndex)
    }
    function submit() {
        const key = keyField.visible ? keyField.text : ""
        keyField.text = ""
        form.save(key)
    }

    ProfileEditorForm {
        id: form
        profiles: ProfileStore
        keys: KeyStore
        relays: RelayWorkspace
        onSaved: editor.close()
    }

    title: form.profileId.length > 0 ? qsTr("Edit profile") : qsTr("Add a profile")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 640
    standardButtons: Dialog.NoButton

    contentItem: ColumnLayout {
        spacing: Theme.spacing

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.padding
            rowSpacing: Theme.spacing

            Label { text: qsTr("Name") }
            TextField {
                id: nameField
                objectName: "nameField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Conyr production")
                maximumLength: 80
                text: form.name
                onTextChanged: form.name = text
            }

            Label { text: qsTr("Provider") }
            FitComboBox {
                id: kindBox
                objectName: "kindBox"
                Layout.fillWidth: true
                model: form.kinds
                textRole: "label"
                currentIndex: form.kindIndex
                onActivated: editor.kindChosen()
            }

            Label { text: qsTr("Endpoint URL") }
            TextField {
                id: urlField
                objectName: "urlField"
                Layout.fillWidth: true
                font.family: Theme.monoFamily
                placeholderText: form.relay ? "nats://…" : "wss://…"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                text: form.url
                onTextChanged: form.url = text
            }

            Label {
                text: qsTr("Send the key as")
                visible: authBox.visible
            }
            FitComboBox {
                id: authBox
                objectName: "authBox"
                Layout.fillWidth: true
                visible: !form.relay
                model: form.authChoices
                textRole: "label"
                currentIndex: form.authIndex
                onCurrentIndexChanged: form.authIndex = currentIndex
            }

            // Relay (NATS): credentials, TLS and the stream. The secret is the key field below.
            Label {
                text: qsTr("Credentials")
                visible: form.relay
            }
            FitComboBox {
                id: natsAuthBox
                objectName: "natsAuthBox"
                Layout.fillWidth: true
                visible: form.relay
                model: form.natsModes
                textRole: "label"
                currentIndex: form.natsModeIndex
                onCurrentIndexChanged: form.natsModeIndex = currentIndex
            }
            Label {
                text: qsTr("User")
                visible: natsUserField.visible
            }
            TextField {
                id: natsUserField
                objectName: "natsUserField"
                Layout.fillWidth: true
                visible: form.relay && form.natsModeId === "user"
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                text: form.natsUser
                onTextChanged: form.natsUser = text
            }
            Label {
                text: qsTr("Public NKey")
                visible: natsNkeyField.visible
            }
            TextField {
                id: natsNkeyField
                objectName: "natsNkeyField"
                Layout.fillWidth: true
                visible: form.relay && form.natsModeId === "nkey"
                font.family: Theme.monoFamily
                placeholderText: qsTr("U… (the seed goes to the keychain below)")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                text: form.natsNkey
                onTextChanged: form.natsNkey = text
            }
            Label {
                text: qsTr("TLS")
                visible: form.relay
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: form.relay
                spacing: 2
                CheckBox {
                    id: tlsBox
                    objectName: "tlsBox"
                    text: qsTr("Use TLS (also for a tls:// URL)")
                    padding: 0
                    checked: form.tls
                    onCheckedChanged: form.tls = checked
                }
                RowLayout {
                    Layout.fillWidth: true
                    visible: tlsBox.checked || urlField.text.trim().startsWith("tls://")
                    spacing: Theme.spacing
                    TextField {
                        id: tlsCaField
                        objectName: "tlsCaField"
                        Layout.fillWidth: true
                        placeholderText: qsTr("CA file (PEM; empty: the system's)")
                        text: form.tlsCa
                        onTextChanged: form.tlsCa = text
                    }
                    TextField {
                        id: tlsCertField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Client certificate")
                        text: form.tlsCert
                        onTextChanged: form.tlsCert = text
                    }
                    TextField {
                        id: tlsKeyField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Its private key")
                        text: form.tlsKey
                        onTextChanged: form.tlsKey = text
                    }
                }
            }
            Label {
                text: qsTr("Stream")
                visible: form.relay
            }
            TextField {
                id: streamField
                objectName: "streamField"
                Layout.fillWidth: true
                visible: form.relay
                font.family: Theme.monoFamily
                placeholderText: "TIDEWATCH"
                text: form.stream
                onTextChanged: form.stream = text
            }
            Label {
                text: qsTr("Shared rules bucket")
                visible: form.relay
            }
            TextField {
                id: rulesBucketField
                objectName: "rulesBucketField"
                Layout.fillWidth: true
                visible: form.relay
                font.family: Theme.monoFamily
                placeholderText: qsTr("none (only this desktop's rules)")
                text: form.rulesBucket
                onTextChanged: form.rulesBucket = text
                ToolTip.visible: hovered
                ToolTip.text: qsTr("The team's alert rules in this JetStream key-value bucket run here beside your own, listed as shared; the team edits them in the bucket.")
            }

            Label {
                text: qsTr("Tier")
                visible: tierField.visible
            }
            FitComboBox {
                id: tierField
                objectName: "tierField"
                Layout.fillWidth: true
                visible: form.tiers.length > 0
                editable: true
                model: form.tiers
                editText: form.tier
                onEditTextChanged: form.tier = editText
            }

            Label {
                text: form.relay ? qsTr("Subjects") : qsTr("Default subscriptions")
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: Theme.spacing
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.preferredHeight: 84
                TextArea {
                    id: subscriptionsField
                    objectName: "subscriptionsField"
                    font.family: Theme.monoFamily
                    placeholderText: form.relay ? qsTr("One NATS subject pattern per line (empty: tidewatch.>)")
                                                : qsTr("One topic, channel or symbol per line (empty: the page's defaults)")
                    wrapMode: TextArea.NoWrap
                    text: form.subscriptions
                    onTextChanged: form.subscriptions = text
                }
            }

            Label {
                visible: keyField.visible
                text: form.keyLabel
            }
            TextField {
                id: keyField
                objectName: "keyField"
                Layout.fillWidth: true
                // A profile that sends no key has none to enter. The key is never kept in
                // the form: it goes to the keychain when the profile is saved.
                visible: form.keyNeeded
                echoMode: TextInput.Password
                passwordCharacter: "•"
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
                placeholderText: form.keyPlaceholder
            }
        }

        MessageBar {
            Layout.fillWidth: true
            severity: "warning"
            text: KeyStore.plaintextFallback
                  ? qsTr("Plaintext key storage is on: if no keychain service answers, the key is written to %1.").arg(KeyStore.fallbackFile)
                  : ""
        }
        MessageBar {
            objectName: "editorError"
            Layout.fillWidth: true
            severity: "error"
            text: form.error
        }

        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: form.savingKey
                visible: running
                Layout.preferredHeight: 32
                Layout.preferredWidth: 32
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: editor.close()
            }
            Button {
                objectName: "saveButton"
                text: qsTr("Save")
                highlighted: true
                enabled: form.canSave
                onClicked: editor.submit()
            }
        }
    }
}
