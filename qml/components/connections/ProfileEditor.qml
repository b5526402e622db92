pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Adds or edits a profile: name, provider, endpoint (prefilled with the provider's
// documented URL), how the key is sent (only what the provider documents), tier, default
// subscriptions, and optionally the key, which goes straight to the keychain. A relay
// profile (NATS) has its own fields: credentials (the secret goes to the keychain like a
// key), TLS files, the stream and the subjects to follow.
Dialog {
    id: editor
    property string profileId: ""
    property string error: ""
    property bool savingKey: false
    readonly property var kinds: ProfileStore.providerKinds().concat([RelayWorkspace.profileKind()])
    readonly property var currentKind: kinds[kindBox.currentIndex] !== undefined ? kinds[kindBox.currentIndex] : null
    property var authChoices: []
    readonly property bool relay: currentKind !== null && currentKind.id === "relay"
    readonly property var natsModes: RelayWorkspace.authModes()
    readonly property var natsMode: natsModes[natsAuthBox.currentIndex] !== undefined ? natsModes[natsAuthBox.currentIndex] : natsModes[0]

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
        fillRelay(RelayWorkspace.profileFields(fields.id !== undefined ? fields.id : ""))
    }
    function fillRelay(relayFields) {
        let m = 0
        for (let i = 0; i < natsModes.length; ++i) {
            if (natsModes[i].id === relayFields.natsAuth)
                m = i
        }
        natsAuthBox.currentIndex = m
        natsUserField.text = relayFields.natsUser
        natsNkeyField.text = relayFields.natsNkey
        tlsBox.checked = relayFields.tls
        tlsCaField.text = relayFields.tlsCa
        tlsCertField.text = relayFields.tlsCert
        tlsKeyField.text = relayFields.tlsKey
        streamField.text = relayFields.stream
        relayInsecure = relayFields.tlsInsecure
        relayDeliver = relayFields.deliver
    }
    // Kept as they were: no field of their own in the editor (labs and first runs only).
    property bool relayInsecure: false
    property string relayDeliver: "all"
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
        let fields = {
            "id": profileId,
            "name": nameField.text,
            "kind": currentKind !== null ? currentKind.id : "",
            "url": urlField.text,
            "auth": authChoices.length > authBox.currentIndex ? authChoices[authBox.currentIndex].id : "",
            "tier": tierField.editText,
            "subscriptions": subscriptionsField.text
        }
        if (relay) {
            fields.tier = ""
            fields.options = {
                "natsAuth": natsMode.id,
                "natsUser": natsMode.id === "user" ? natsUserField.text.trim() : "",
                "natsNkey": natsMode.id === "nkey" ? natsNkeyField.text.trim() : "",
                "tls": tlsBox.checked,
                "tlsCa": tlsCaField.text.trim(),
                "tlsCert": tlsCertField.text.trim(),
                "tlsKey": tlsKeyField.text.trim(),
                "tlsInsecure": relayInsecure,
                "stream": streamField.text.trim().length > 0 ? streamField.text.trim() : "TIDEWATCH",
                "deliver": relayDeliver
            }
        }
        if (relay) {
            const why = RelayWorkspace.problemOf(fields)
            if (why.length > 0) {
                error = why
                return
            }
        }
        const id = ProfileStore.save(fields)
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
                placeholderText: editor.relay ? "nats://…" : "wss://…"
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            }

            Label {
                text: qsTr("Send the key as")
                visible: authBox.visible
            }
            ComboBox {
                id: authBox
                objectName: "authBox"
                Layout.fillWidth: true
                visible: !editor.relay
                model: editor.authChoices
                textRole: "label"
            }

            // Relay (NATS): credentials, TLS and the stream. The secret is the key field below.
            Label {
                text: qsTr("Credentials")
                visible: editor.relay
            }
            ComboBox {
                id: natsAuthBox
                objectName: "natsAuthBox"
                Layout.fillWidth: true
                visible: editor.relay
                model: editor.natsModes
                textRole: "label"
            }
            Label {
                text: qsTr("User")
                visible: natsUserField.visible
            }
            TextField {
                id: natsUserField
                objectName: "natsUserField"
                Layout.fillWidth: true
                visible: editor.relay && editor.natsMode.id === "user"
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            Label {
                text: qsTr("Public NKey")
                visible: natsNkeyField.visible
            }
            TextField {
                id: natsNkeyField
                objectName: "natsNkeyField"
                Layout.fillWidth: true
                visible: editor.relay && editor.natsMode.id === "nkey"
                font.family: Theme.monoFamily
                placeholderText: qsTr("U… (the seed goes to the keychain below)")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            }
            Label {
                text: qsTr("TLS")
                visible: editor.relay
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: editor.relay
                spacing: 2
                CheckBox {
                    id: tlsBox
                    objectName: "tlsBox"
                    text: qsTr("Use TLS (also for a tls:// URL)")
                    padding: 0
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
                    }
                    TextField {
                        id: tlsCertField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Client certificate")
                    }
                    TextField {
                        id: tlsKeyField
                        Layout.fillWidth: true
                        placeholderText: qsTr("Its private key")
                    }
                }
            }
            Label {
                text: qsTr("Stream")
                visible: editor.relay
            }
            TextField {
                id: streamField
                objectName: "streamField"
                Layout.fillWidth: true
                visible: editor.relay
                font.family: Theme.monoFamily
                placeholderText: "TIDEWATCH"
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
                text: editor.relay ? qsTr("Subjects") : qsTr("Default subscriptions")
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
                    placeholderText: editor.relay ? qsTr("One NATS subject pattern per line (empty: tidewatch.>)")
                                                  : qsTr("One topic, channel or symbol per line (empty: the page's defaults)")
                    wrapMode: TextArea.NoWrap
                }
            }

            Label {
                visible: keyField.visible
                text: editor.relay ? editor.natsMode.secretLabel
                                   : editor.profileId.length > 0 ? qsTr("Replace key") : qsTr("API key")
            }
            TextField {
                id: keyField
                objectName: "keyField"
                Layout.fillWidth: true
                // A profile that sends no key has none to enter.
                visible: editor.relay ? editor.natsMode.id !== "none"
                                      : editor.authChoices.length > authBox.currentIndex && authBox.currentIndex >= 0
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
