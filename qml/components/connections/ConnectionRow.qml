pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Tidewatch

// One live connection (a row of ConnectionRegistry): state, the reason of the last failure
// and its traffic statistics, updating as the registry publishes them (about once a second).
// A relay profile's row (provider "relay") shows the relay's own state from RelayWorkspace:
// NATS and the consumer, the stream position, the lag (pending messages) and what it skipped.
Rectangle {
    id: row
    required property int index
    required property string name
    required property string profileId
    required property string url
    required property int connectionState
    required property string stateName
    required property string reason
    required property real messagesIn
    required property real messagesOut
    required property real bytesIn
    required property real bytesOut
    required property real rate
    required property real lastMessageAgeMs
    required property int roundTripMs
    required property int reconnects
    required property string sessionDetails
    required property string provider

    /// A relay profile's RelayLink, undefined for every other row: RelayWorkspace.links
    /// changes only when a link starts or goes, and the row then reads its own link's status
    /// (not the whole status map, which changes with every link).
    readonly property var relayLink: provider === "relay" ? RelayWorkspace.links[profileId] : undefined
    /// The link's status, undefined for every other row.
    readonly property var relayStatus: relayLink ? relayLink.status : undefined
    readonly property bool viaRelay: relayStatus !== undefined
    readonly property int shownState: viaRelay ? relayStatus.connectionState : connectionState
    readonly property string shownReason: viaRelay ? relayStatus.reason : reason

    /// True while the connection is up or on its way up.
    readonly property bool active: viaRelay ? relayStatus.active
                                            : connectionState === Connection.Connecting || connectionState === Connection.Open
                                              || connectionState === Connection.Reconnecting

    function count(n) {
        return NumberFormat.count(n)
    }
    function bytes(n) {
        if (n < 1024)
            return qsTr("%1 B").arg(n)
        if (n < 1024 * 1024)
            return qsTr("%1 KiB").arg((n / 1024).toFixed(1))
        if (n < 1024 * 1024 * 1024)
            return qsTr("%1 MiB").arg((n / 1048576).toFixed(1))
        return qsTr("%1 GiB").arg((n / 1073741824).toFixed(2))
    }
    function age(ms) {
        if (ms < 0)
            return qsTr("none yet")
        if (ms < 10000)
            return qsTr("%1 s ago").arg((ms / 1000).toFixed(1))
        if (ms < 120000)
            return qsTr("%1 s ago").arg(Math.round(ms / 1000))
        if (ms < 7200000)
            return qsTr("%1 min ago").arg(Math.round(ms / 60000))
        return qsTr("%1 h ago").arg(Math.round(ms / 3600000))
    }

    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.border

    // Two lines: the name, state and button, then the statistics below the name. Every
    // column but the name's has a fixed width from Theme.connectionColumns, so that the
    // columns start at the same x on every card, whatever the name or URL.
    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing
        anchors.leftMargin: Theme.padding
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.padding
            Rectangle {
                Layout.alignment: Qt.AlignVCenter
                width: 10; height: 10; radius: 5
                color: Theme.stateColor(row.shownState)
                objectName: "stateDot"
            }
            ColumnLayout {
                // only what the fixed columns leave over, however long the URL (which elides):
                // its own width as preferred would squeeze the state column on some cards
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                Layout.minimumWidth: 120
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: row.name
                    font.bold: true
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.fillWidth: true
                    text: row.url
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                    font.family: Theme.monoFamily
                    elide: Text.ElideMiddle
                    textFormat: Text.PlainText
                }
                Label {
                    objectName: "sessionDetails"
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: row.viaRelay ? qsTr("Consumer %1 · subjects %2").arg(row.relayStatus.durable).arg(row.relayStatus.subjects.join(", "))
                                         + (row.relayStatus.rulesBucket.length > 0
                                            ? " · " + qsTr("%n shared rule(s) from bucket %1", "", row.relayStatus.sharedRules).arg(row.relayStatus.rulesBucket)
                                            : "")
                                       : row.sessionDetails
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                    ToolTip.visible: hovered && truncated
                    ToolTip.text: text
                    HoverHandler { id: detailsHover }
                    readonly property bool hovered: detailsHover.hovered
                }
            }
            ColumnLayout {
                Layout.preferredWidth: Theme.connectionColumns.state
                Layout.minimumWidth: Theme.connectionColumns.state
                Layout.maximumWidth: Theme.connectionColumns.state
                spacing: 0
                Label {
                    objectName: "stateName"
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                    text: row.viaRelay ? row.relayStatus.stateName : row.stateName
                    color: Theme.stateColor(row.shownState)
                    font.bold: true
                    textFormat: Text.PlainText
                }
                Label {
                    objectName: "reason"
                    Layout.fillWidth: true
                    visible: row.shownReason.length > 0
                    text: row.shownReason
                    color: row.shownState === Connection.Failed ? Theme.down : Theme.muted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    textFormat: Text.PlainText
                }
            }
            Button {
                objectName: "toggleButton"
                Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
                Layout.preferredWidth: Theme.connectionColumns.button
                Layout.minimumWidth: Theme.connectionColumns.button
                text: row.active ? qsTr("Disconnect") : qsTr("Connect")
                onClicked: {
                    if (row.viaRelay)
                        row.active ? RelayWorkspace.disconnectProfile(row.profileId) : RelayWorkspace.connectProfile(row.profileId)
                    else
                        row.active ? ConnectionRegistry.disconnectRow(row.index) : ConnectionRegistry.connectRow(row.index)
                }
            }
        }
        // Fixed column widths, so that the statistics of every row start at the same x.
        RowLayout {
            // below the name (past the state dot)
            Layout.leftMargin: 10 + Theme.padding
            Layout.fillWidth: false
            visible: !row.viaRelay
            spacing: Theme.padding
            StatCell {
                objectName: "inStat"
                Layout.preferredWidth: Theme.connectionColumns.traffic
                caption: qsTr("In")
                value: qsTr("%1 · %2").arg(row.count(row.messagesIn)).arg(row.bytes(row.bytesIn))
            }
            StatCell {
                Layout.preferredWidth: Theme.connectionColumns.traffic
                caption: qsTr("Out")
                value: qsTr("%1 · %2").arg(row.count(row.messagesOut)).arg(row.bytes(row.bytesOut))
            }
            StatCell {
                objectName: "rateStat"
                Layout.preferredWidth: Theme.connectionColumns.rate
                caption: qsTr("msgs/s")
                value: row.rate.toFixed(row.rate < 10 ? 1 : 0)
            }
            StatCell {
                Layout.preferredWidth: Theme.connectionColumns.age
                caption: qsTr("Last message")
                value: row.age(row.lastMessageAgeMs)
            }
            StatCell {
                Layout.preferredWidth: Theme.connectionColumns.ping
                caption: qsTr("Ping")
                value: row.roundTripMs < 0 ? "—" : qsTr("%1 ms").arg(row.roundTripMs)
            }
            StatCell {
                Layout.preferredWidth: Theme.connectionColumns.reconnects
                caption: qsTr("Reconnects")
                value: row.count(row.reconnects)
                valueColor: row.reconnects > 0 ? Theme.warning : Material.foreground
            }
        }
        // A relay: where it is in the stream and how far behind, instead of socket traffic.
        RowLayout {
            // below the name (past the state dot)
            Layout.leftMargin: 10 + Theme.padding
            Layout.fillWidth: false
            visible: row.viaRelay
            spacing: Theme.padding
            StatCell {
                objectName: "positionStat"
                Layout.preferredWidth: Theme.connectionColumns.relayCount
                caption: qsTr("Position")
                value: row.viaRelay ? row.count(row.relayStatus.position) : ""
            }
            StatCell {
                objectName: "lagStat"
                Layout.preferredWidth: Theme.connectionColumns.relayCount
                caption: qsTr("Lag (pending)")
                value: row.viaRelay ? row.count(row.relayStatus.pending) : ""
                valueColor: row.viaRelay && row.relayStatus.pending > 1000 ? Theme.warning : Material.foreground
            }
            StatCell {
                Layout.preferredWidth: Theme.connectionColumns.relayCount
                caption: qsTr("Received")
                value: row.viaRelay ? row.count(row.relayStatus.received) : ""
            }
            StatCell {
                objectName: "malformedStat"
                Layout.preferredWidth: 90
                caption: qsTr("Skipped")
                value: row.viaRelay ? row.count(row.relayStatus.malformed) : ""
                valueColor: row.viaRelay && row.relayStatus.malformed > 0 ? Theme.warning : Material.foreground
            }
            StatCell {
                Layout.preferredWidth: 64
                caption: qsTr("Gaps")
                value: row.viaRelay ? row.count(row.relayStatus.gaps) : ""
                valueColor: row.viaRelay && row.relayStatus.gaps > 0 ? Theme.warning : Material.foreground
            }
            StatCell {
                Layout.preferredWidth: Theme.connectionColumns.reconnects
                caption: qsTr("Reconnects")
                value: row.viaRelay ? row.count(row.relayStatus.reconnects) : ""
                valueColor: row.viaRelay && row.relayStatus.reconnects > 0 ? Theme.warning : Material.foreground
            }
        }
    }
}
