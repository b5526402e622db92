pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Tidewatch

// Profiles and their live connections: add, edit and remove profiles, enter or replace
// keys (keychain only), connect and disconnect, import and export profiles as JSON.
Pane {
    id: page
    /// True once the page shows live data.
    property bool live: ConnectionRegistry.openCount > 0
    /// The outcome of the last page-level action (import, export, removal).
    property string notice: ""
    property string noticeSeverity: "info"

    /// Opens the editor for a new profile (the demo banner's "Add a real key…").
    function startAddProfile() {
        editor.openForNew("")
    }
    /// "connections/add" opens the editor for a new profile, "connections/<kind id>" for a
    /// new profile of that kind (--page, for screenshots).
    function showSection(name) {
        editor.openForNew(name === "add" ? "" : name)
    }
    function say(text, severity) {
        notice = text
        noticeSeverity = severity
    }

    padding: Theme.padding

    // What became of a removed relay profile's durable consumer on its server (in the
    // background, after the removal itself).
    Connections {
        target: RelayWorkspace
        function onNotice(message, problem) {
            page.say(message, problem ? "warning" : "info")
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Connections")
            subtitle: qsTr("%n profile(s) · %1 of %2 connections open", "", ProfileStore.count)
                      .arg(ConnectionRegistry.openCount).arg(ConnectionRegistry.count)
            Button {
                objectName: "inspectFramesButton"
                text: qsTr("Frames…")
                enabled: ConnectionRegistry.count > 0
                onClicked: inspector.inspect("")
            }
            Button {
                text: qsTr("Import…")
                onClicked: importDialog.open()
            }
            Button {
                text: qsTr("Export…")
                enabled: ProfileStore.count > 0
                onClicked: exportDialog.open()
            }
            Button {
                objectName: "addProfileButton"
                text: qsTr("Add profile…")
                highlighted: true
                onClicked: page.startAddProfile()
            }
        }

        MessageBar {
            objectName: "plaintextWarning"
            Layout.fillWidth: true
            severity: "warning"
            text: KeyStore.plaintextFallback
                  ? qsTr("Plaintext key storage is on. When no keychain service answers, keys are written to %1, readable only by you but not encrypted.").arg(KeyStore.fallbackFile)
                  : ""
            actionText: qsTr("Settings")
            onActionTriggered: if (page.ApplicationWindow.window !== null) page.ApplicationWindow.window.showPage("settings")
        }
        MessageBar {
            objectName: "keychainError"
            Layout.fillWidth: true
            severity: "error"
            text: KeyStore.lastError
        }
        MessageBar {
            objectName: "notice"
            Layout.fillWidth: true
            severity: page.noticeSeverity
            text: page.notice
            closable: true
            onClosed: page.notice = ""
        }

        ListView {
            id: profiles
            objectName: "profileList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: Theme.spacing
            model: ProfileStore
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}
            delegate: ProfileCard {
                width: profiles.width - (profiles.ScrollBar.vertical.visible ? 12 : 0)
                onEditRequested: (id) => editor.openForEdit(id)
                onKeyRequested: (id, name) => keyDialog.openFor(id, name)
                onRemoveRequested: (id, name) => {
                    removeDialog.profileId = id
                    removeDialog.profileName = name
                    removeDialog.open()
                }
                onAdoptRequested: (id) => editor.openFromDemo(id)
            }

            EmptyState {
                anchors.centerIn: parent
                visible: profiles.count === 0
                title: qsTr("No profiles yet")
                explanation: qsTr("A profile says where to connect (Allium, Conyr, Predikt, a tweet stream, any WebSocket URL or a team relay on NATS) and how to send your API key. The key is kept in your system keychain.")
                actionText: qsTr("Add profile…")
                onActionTriggered: page.startAddProfile()
            }
        }

        // Not a ListView footer: Qt 6.4 cannot create a footer in a Bound component.
        UnassignedConnections {
            id: unassigned
            objectName: "unassigned"
            Layout.fillWidth: true
            Layout.maximumHeight: page.height / 3
            visible: shown > 0
        }
    }

    ProfileEditor {
        id: editor
        objectName: "profileEditor"
    }

    KeyDialog {
        id: keyDialog
        objectName: "keyDialog"
    }

    Dialog {
        id: removeDialog
        objectName: "removeDialog"
        property string profileId
        property string profileName
        title: qsTr("Remove %1?").arg(profileName)
        modal: true
        anchors.centerIn: Overlay.overlay
        width: 460
        standardButtons: Dialog.Cancel | Dialog.Ok
        Label {
            width: parent.width
            text: qsTr("The profile and its connections go away, and its key is deleted from the keychain. Exported files are not affected.")
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
        }
        onAccepted: {
            KeyStore.removeKey(profileId)
            ProfileStore.remove(profileId)
            page.say(qsTr("Removed %1.").arg(profileName), "info")
        }
    }

    FileDialog {
        id: importDialog
        title: qsTr("Import profiles")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Profile exports (*.json)"), qsTr("All files (*)")]
        onAccepted: {
            const n = ProfileStore.importFromFile(selectedFile)
            if (n > 0)
                page.say(qsTr("Imported %n profile(s). Enter a key for each to connect.", "", n), "info")
            else
                page.say(ProfileStore.lastError, "error")
        }
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export profiles")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Profile exports (*.json)")]
        onAccepted: {
            if (ProfileStore.exportToFile(selectedFile))
                page.say(qsTr("Profiles exported (without keys)."), "info")
            else
                page.say(ProfileStore.lastError, "error")
        }
    }

    // Frame inspector, recorder and replay (qml/components/inspector).
    FrameInspector {
        id: inspector
    }
}
