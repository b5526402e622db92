pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Every connection's state, traffic and age of the last message.
Item {
    id: root
    readonly property string shownSubject: qsTr("%1 of %2 open").arg(ConnectionRegistry.openCount).arg(ConnectionRegistry.count)

    DashboardWaiting {
        visible: ConnectionRegistry.count === 0
        what: qsTr("connections (add a profile on the Connections page)")
    }
    GridView {
        id: grid
        anchors.fill: parent
        clip: true
        visible: ConnectionRegistry.count > 0
        cellWidth: width / Math.max(1, Math.floor(width / 260))
        cellHeight: 44
        model: ConnectionRegistry
        delegate: Item {
            id: cell
            required property string name
            required property int connectionState
            required property string stateName
            required property double rate
            required property double lastMessageAgeMs
            required property string reason
            width: grid.cellWidth
            height: grid.cellHeight
            RowLayout {
                anchors.fill: parent
                anchors.rightMargin: Theme.spacing
                spacing: Theme.spacing
                Rectangle {
                    width: 10; height: 10; radius: 5
                    color: Theme.stateColor(cell.connectionState)
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label { Layout.fillWidth: true; text: cell.name; elide: Text.ElideRight; textFormat: Text.PlainText }
                    Label {
                        Layout.fillWidth: true
                        text: cell.connectionState === Connection.Open
                              ? (cell.lastMessageAgeMs < 0
                                 ? qsTr("open · no message yet")
                                 : qsTr("%1 · last %2 s ago").arg(DashboardFormat.rate(cell.rate)).arg((cell.lastMessageAgeMs / 1000).toFixed(0)))
                              : cell.stateName + (cell.reason.length > 0 ? " — " + cell.reason : "")
                        color: cell.connectionState === Connection.Open ? Theme.muted : Theme.stateColor(cell.connectionState)
                        font.pixelSize: Theme.fontSmall
                        elide: Text.ElideRight
                        textFormat: Text.PlainText
                        ToolTip.visible: hovered.containsMouse && truncated
                        ToolTip.text: text
                        MouseArea { id: hovered; anchors.fill: parent; hoverEnabled: true; acceptedButtons: Qt.NoButton }
                    }
                }
            }
        }
    }
}
