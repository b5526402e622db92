import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Enters, replaces or removes the key of one profile. The key goes to the keychain and is
// never read back into the UI. A relay profile's secret is named for its credential kind
// (NATS password, NATS token, NKey seed: RelayWorkspace.keyDialogText), not an API key.
Dialog {
    id: dialog
    property string profileId
    property string profileName
    property string error
    property bool busy: false
    /// A relay profile's words ({title, explanation, placeholder, save, remove}), else {}.
    property var relayText: ({})
    readonly property bool relaySecret: relayText.title !== undefined

    function openFor(id, name) {
        profileId = id
        profileName = name
        relayText = RelayWorkspace.keyDialogText(id, name)
        error = ""
        busy = false
        keyField.text = ""
        open()
        keyField.forceActiveFocus()
    }

    title: relaySecret ? relayText.title : qsTr("Key for %1").arg(profileName)
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 520
    standardButtons: Dialog.NoButton

    Connections {
        target: KeyStore
        function onKeyWritten(id) {
            if (dialog.busy && id === dialog.profileId) {
                dialog.busy = false
                dialog.close()
            }
        }
        function onKeyRemoved(id) {
            if (dialog.busy && id === dialog.profileId) {
                dialog.busy = false
                dialog.close()
            }
        }
        function onKeyError(id, message) {
            if (dialog.busy && id === dialog.profileId) {
                dialog.busy = false
                dialog.error = message
            }
        }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label {
            objectName: "keyDialogExplanation"
            Layout.fillWidth: true
            text: dialog.relaySecret ? dialog.relayText.explanation
                                     : qsTr("The key is stored in your system keychain under this profile and is never shown again. Entering a new one replaces it.")
            wrapMode: Text.WordWrap
            color: Theme.muted
            textFormat: Text.PlainText
        }
        TextField {
            id: keyField
            objectName: "keyDialogField"
            Layout.fillWidth: true
            echoMode: TextInput.Password
            passwordCharacter: "•"
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
            placeholderText: dialog.relaySecret ? dialog.relayText.placeholder : qsTr("Paste the API key")
            onAccepted: saveButton.clicked()
        }
        MessageBar {
            Layout.fillWidth: true
            severity: "warning"
            text: KeyStore.plaintextFallback
                  ? qsTr("Plaintext key storage is on: if no keychain service answers, the key is written to %1.").arg(KeyStore.fallbackFile)
                  : ""
        }
        MessageBar {
            Layout.fillWidth: true
            severity: "error"
            text: dialog.error
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                objectName: "keyDialogRemove"
                text: dialog.relaySecret ? dialog.relayText.remove : qsTr("Remove key")
                flat: true
                enabled: !dialog.busy
                onClicked: {
                    dialog.error = ""
                    dialog.busy = true
                    KeyStore.removeKey(dialog.profileId)
                }
            }
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: dialog.busy
                visible: running
                Layout.preferredHeight: 32
                Layout.preferredWidth: 32
            }
            Button {
                text: qsTr("Cancel")
                flat: true
                onClicked: dialog.close()
            }
            Button {
                id: saveButton
                objectName: "keyDialogSave"
                text: dialog.relaySecret ? dialog.relayText.save : qsTr("Save key")
                highlighted: true
                enabled: !dialog.busy && keyField.text.trim().length > 0
                onClicked: {
                    dialog.error = ""
                    dialog.busy = true
                    KeyStore.storeKey(dialog.profileId, keyField.text)
                    keyField.text = ""
                }
            }
        }
    }
}
