pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Adds or edits a profile: name, provider, endpoint (prefilled with the provider's
// documented URL), how the key is sent (only what the provider documents), tier, default
// subscriptions, and optionally the key, which goes straight to the keychain.
Dialog {
    id: editor
    property string profileId: ""
    property string error: ""
    property bool savingKey: false
    readonly property var kinds: ProfileStore.providerKinds()
    readonly property var currentKind: kinds[kindBox.currentIndex] !== undefined ? kinds[kindBox.currentIndex] : null
    property var authChoices: []

    /// Opens the editor for a new profile of the kind ("" = the first kind).
    function openForNew(kindId) {
        profileId = ""
        const fields = ProfileStore.newProfile(kindId !== undefined && kindId.length > 0 ? kindId : kinds[0].id)
        fields.name = ""
        fill(fields)
        open()
        nameField.forceActiveFocus()
    }
    /// Opens the editor for a stored profile.
    function openForEdit(id) {
        const fields = ProfileStore.get(id)
        if (fields.id === undefined)
            return
        profileId = id
        fill(fields)
        open()
    }
    /// A new profile of the same kind, tier and subscriptions as a demo profile, pointing at
    /// the provider's real endpoint.
    function openFromDemo(id) {
        const demo = ProfileStore.get(id)
        openForNew(demo.kind)
        tierField.editText = demo.tier
        subscriptionsField.text = demo.subscriptions.join("\n")
    }
    function fill(fields) {
        error = ""
        savingKey = false
        nameField.text = fields.name
        let k = 0
        for (let i = 0; i < kinds.length; ++i) {
            if (kinds[i].id === fields.kind)
                k = i
        }
        kindBox.currentIndex = k
        updateAuthChoices(fields.auth)
        urlField.text = fields.url
        tierField.editText = fields.tier
        subscriptionsField.text = fields.subscriptions.join("\n")
        keyField.text = ""
    }
    function updateAuthChoices(preferred) {
        if (currentKind === null)
            return
        authChoices = ProfileStore.authMethods(currentKind.id)
        let a = 0
        for (let i = 0; i < authChoices.length; ++i) {
            if (authChoices[i].id === preferred)
                a = i
        }
        authBox.currentIndex = a
    }
    function kindChosen() {
        if (currentKind === null)
            return
        // Prefill the documented endpoint unless the user typed one of their own.
        let typed = urlField.text.trim().length > 0
        for (let i = 0; i < kinds.length; ++i) {
            if (kinds[i].url === urlField.text.trim())
                typed = false
        }
        if (!typed)
            urlField.text = currentKind.url
        updateAuthChoices(currentKind.auth)
        if (currentKind.tiers.indexOf(tierField.editText) < 0)
            tierField.editText = currentKind.tiers.length > 0 ? currentKind.tiers[0] : ""
    }
    function submit() {
        error = ""
        const id = ProfileStore.save({
            "id": profileId,
            "name": nameField.text,
            "kind": currentKind !== null ? currentKind.id : "",
            "url": urlField.text,
            "auth": authChoices.length > authBox.currentIndex ? authChoices[authBox.currentIndex].id : "",
            "tier": tierField.editText,
            "subscriptions": subscriptionsField.text
        })
        if (id.length === 0) {
            error = ProfileStore.lastError
            return
        }
        profileId = id
        if (keyField.visible && keyField.text.trim().length > 0) {
            savingKey = true
            KeyStore.storeKey(id, keyField.text)
            keyField.text = ""
        } else {
            close()
        }
    }

    title: profileId.length > 0 ? qsTr("Edit profile") : qsTr("Add a profile")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 640
    standardButtons: Dialog.NoButton

    Connections {
        target: KeyStore
        function onKeyWritten(id) {
            if (editor.savingKey && id === editor.profileId) {
                editor.savingKey = false
                editor.close()
            }
        }
        function onKeyError(id, message) {
            if (editor.savingKey && id === editor.profileId) {
                editor.savingKey = false
                editor.error = qsTr("The profile was saved, but the key was not: %1").arg(message)
            }
        }
    }

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
            }

            Label { text: qsTr("Provider") }
            ComboBox {
                id: kindBox
                objectName: "kindBox"
                Layout.fillWidth: true
                model: editor.kinds
                textRole: "label"
                onActivated: editor.kindChosen()
            }

            Label { text: qsTr("Endpoint URL") }
            TextField {
                id: urlField
                objectName: "urlField"
                Layout.fillWidth: true
                font.family: Theme.monoFamily
                placeholderText: "wss://…"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            }

            Label { text: qsTr("Send the key as") }
            ComboBox {
                id: authBox
                objectName: "authBox"
                Layout.fillWidth: true
                model: editor.authChoices
                textRole: "label"
            }

            Label {
                text: qsTr("Tier")
                visible: tierField.visible
            }
            ComboBox {
                id: tierField
                objectName: "tierField"
                Layout.fillWidth: true
                visible: editor.currentKind !== null && editor.currentKind.tiers.length > 0
                editable: true
                model: editor.currentKind !== null ? editor.currentKind.tiers : []
            }

            Label {
                text: qsTr("Default subscriptions")
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
                    placeholderText: qsTr("One topic, channel or symbol per line (empty: the page's defaults)")
                    wrapMode: TextArea.NoWrap
                }
            }

            Label {
                visible: keyField.visible
                text: editor.profileId.length > 0 ? qsTr("Replace key") : qsTr("API key")
            }
            TextField {
                id: keyField
                objectName: "keyField"
                Layout.fillWidth: true
                // A profile that sends no key has none to enter.
                visible: editor.authChoices.length > authBox.currentIndex && authBox.currentIndex >= 0
                         && editor.authChoices[authBox.currentIndex].id !== "none"
                echoMode: TextInput.Password
                passwordCharacter: "•"
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText
                placeholderText: editor.profileId.length > 0 ? qsTr("Leave empty to keep the stored key")
                                                              : qsTr("Stored in your system keychain, never shown again")
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
            text: editor.error
        }

        RowLayout {
            Layout.fillWidth: true
            Item { Layout.fillWidth: true }
            BusyIndicator {
                running: editor.savingKey
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
                enabled: !editor.savingKey && nameField.text.trim().length > 0 && urlField.text.trim().length > 0
                onClicked: editor.submit()
            }
        }
    }
}
