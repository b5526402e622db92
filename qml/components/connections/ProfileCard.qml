pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// One profile (a row of ProfileStore) with its connections from ConnectionRegistry, whether
// a key is stored, and its actions. The key itself is never shown or read here.
Rectangle {
    id: card
    required property int index
    required property string profileId
    required property string name
    required property string kind
    required property string kindLabel
    required property string url
    required property string auth
    required property string authLabel
    required property string tier
    required property var subscriptions
    required property bool demo

    signal editRequested(string profileId)
    signal keyRequested(string profileId, string name)
    signal removeRequested(string profileId, string name)
    signal adoptRequested(string profileId)

    /// A relay profile (NATS): its secret is optional (credentials "none").
    readonly property bool relay: kind === "relay"
    /// "checking", "stored", "missing" or "error"
    property string keyState: relay ? (RelayWorkspace.needsSecret(profileId) ? "checking" : "none")
                                    : auth === "none" ? "none" : demo ? "demo" : "checking"
    property string keyMessage
    property int connectionCount: 0
    /// Too narrow for the actions beside the name. Set after the layout pass that changed the
    /// width (Qt 6.4 drops a re-layout requested inside it), not bound to the width.
    property bool narrow: false
    function updateNarrow() {
        narrow = width - 2 * Theme.padding < headRow.implicitWidth + actionRow.implicitWidth + Theme.spacing
    }
    onWidthChanged: narrowCheck.restart()
    // A Timer, not Qt.callLater: a delegate can be destroyed before a queued call runs, and
    // the call then crashes in Qt 6.4; the Timer goes with its item.
    Timer { id: narrowCheck; interval: 0; onTriggered: card.updateNarrow() }
    /// How many of the profile's connections are up or on their way up.
    readonly property int activeConnectionCount: {
        // connectionCount follows the repeater's items (recount), so this re-reads them too.
        if (connectionCount === 0)
            return 0
        let n = 0
        for (let i = 0; i < connections.count; ++i) {
            const item = connections.itemAt(i)
            if (item !== null && item.mine && item.active)
                ++n
        }
        return n
    }

    function relayAuthLabel() {
        const fields = RelayWorkspace.profileFields(profileId)
        const modes = RelayWorkspace.authModes()
        for (let i = 0; i < modes.length; ++i) {
            if (modes[i].id === fields.natsAuth)
                return fields.natsAuth === "user" ? qsTr("%1 (%2)").arg(modes[i].label).arg(fields.natsUser) : modes[i].label
        }
        return ""
    }

    function recount() {
        let n = 0
        for (let i = 0; i < connections.count; ++i) {
            const item = connections.itemAt(i)
            if (item !== null && item.mine)
                ++n
        }
        connectionCount = n
    }

    implicitHeight: layout.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: Theme.surfaceRaised
    border.color: Theme.border

    Component.onCompleted: if (keyState === "checking") KeyStore.checkKey(profileId)

    Connections {
        target: KeyStore
        function onKeyPresence(id, present) {
            if (id !== card.profileId || card.keyState === "none" || card.keyState === "demo")
                return
            card.keyState = present ? "stored" : "missing"
            card.keyMessage = ""
        }
        function onKeyError(id, message) {
            if (id !== card.profileId)
                return
            card.keyState = "error"
            card.keyMessage = message
        }
    }

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        // The name, chips and key state, then the actions: side by side on a wide card, the
        // actions on a line of their own on a narrow one (a small window, German texts).
        GridLayout {
            Layout.fillWidth: true
            columns: card.narrow ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: 2
            RowLayout {
                id: headRow
                Layout.fillWidth: true
                spacing: Theme.spacing
                onImplicitWidthChanged: narrowCheck.restart()
                Label {
                    objectName: "profileName"
                    text: card.name
                    font.bold: true
                    font.pixelSize: Theme.fontBody + 2
                    textFormat: Text.PlainText
                    elide: Text.ElideRight
                    // narrower in a small window, so that the buttons stay inside the card
                    Layout.maximumWidth: card.width < 1100 ? 220 : 360
                }
                Chip { text: card.kindLabel; tone: Theme.info }
                Chip { text: card.tier; tone: Theme.muted }
                Chip { text: card.demo ? qsTr("demo") : ""; tone: Theme.warning }
                Label {
                    objectName: "keyStatus"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignRight
                    elide: Text.ElideRight
                    ToolTip.visible: keyStatusHover.hovered && truncated
                    ToolTip.text: text
                    HoverHandler { id: keyStatusHover }
                    text: {
                        switch (card.keyState) {
                        case "none": return qsTr("No key needed")
                        case "demo": return qsTr("Simulator key (not secret)")
                        case "stored": return qsTr("✓ Key stored in the keychain")
                        case "missing": return qsTr("No key")
                        case "error": return qsTr("Key unavailable")
                        default: return qsTr("Checking the keychain…")
                        }
                    }
                    color: card.keyState === "stored" ? Theme.up
                           : card.keyState === "missing" || card.keyState === "error" ? Theme.warning : Theme.muted
                    textFormat: Text.PlainText
                }
            }
            RowLayout {
                id: actionRow
                Layout.alignment: Qt.AlignRight
                spacing: Theme.spacing
                onImplicitWidthChanged: narrowCheck.restart()
                Button {
                    objectName: "connectButton"
                    text: qsTr("Connect")
                    enabled: card.connectionCount > card.activeConnectionCount
                    onClicked: ConnectionRegistry.connectProfile(card.profileId)
                }
                Button {
                    objectName: "disconnectButton"
                    text: qsTr("Disconnect")
                    enabled: card.activeConnectionCount > 0
                    onClicked: ConnectionRegistry.disconnectProfile(card.profileId)
                }
                Button {
                    objectName: "keyButton"
                    // Hidden when the profile needs no secret (no key, a relay without
                    // credentials); a relay names its own secret (password, token, seed).
                    visible: !card.demo && card.keyState !== "none"
                    readonly property var relayWords: card.relay ? RelayWorkspace.keyDialogText(card.profileId, card.name) : ({})
                    text: card.relay ? (card.keyState === "stored" ? relayWords.replace : relayWords.enter)
                                     : card.keyState === "stored" ? qsTr("Replace key…") : qsTr("Enter key…")
                    highlighted: card.keyState === "missing"
                    onClicked: card.keyRequested(card.profileId, card.name)
                }
                Button {
                    visible: !card.demo
                    text: qsTr("Edit…")
                    onClicked: card.editRequested(card.profileId)
                }
                Button {
                    visible: !card.demo
                    text: qsTr("Remove…")
                    onClicked: card.removeRequested(card.profileId, card.name)
                }
                Button {
                    visible: card.demo
                    text: qsTr("Use my own key…")
                    highlighted: true
                    onClicked: card.adoptRequested(card.profileId)
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: {
                let parts = [card.url, card.relay ? card.relayAuthLabel() : card.authLabel]
                if (card.subscriptions.length > 0)
                    parts.push((card.relay ? qsTr("subjects: %1") : qsTr("subscriptions: %1")).arg(card.subscriptions.join(", ")))
                return parts.join("  ·  ")
            }
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }

        MessageBar {
            Layout.fillWidth: true
            severity: "error"
            text: card.keyState === "error" ? card.keyMessage : ""
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2
            Repeater {
                id: connections
                model: ConnectionRegistry
                onItemAdded: Qt.callLater(card.recount)
                onItemRemoved: Qt.callLater(card.recount)
                delegate: ConnectionRow {
                    readonly property bool mine: profileId === card.profileId
                    visible: mine
                    Layout.fillWidth: true
                }
            }
            Label {
                visible: card.connectionCount === 0
                text: card.keyState === "missing"
                      ? (card.relay ? qsTr("Not connected: enter the NATS credential and the relay connects.")
                                    : qsTr("Not connected: enter a key and the provider's workspace connects this profile."))
                      : qsTr("No connection is open for this profile yet.")
                color: Theme.muted
                textFormat: Text.PlainText
            }
        }
    }
}
