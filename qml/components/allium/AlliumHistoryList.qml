pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// The API Console's request history: method, path, outcome, round-trip; click to show the
// reply, ↻ to send it again.
ListView {
    id: root
    property string shownId: ""
    signal show(int row)
    signal resend(int row)

    clip: true
    ScrollBar.vertical: ScrollBar { }

    delegate: ItemDelegate {
        id: entry
        required property int index
        required property string requestId
        required property string method
        required property string path
        required property string state
        required property string statusText
        required property var roundTripMs
        required property string sentAt
        required property string note

        width: root.width
        height: note.length > 0 ? 44 : 30
        highlighted: requestId === root.shownId
        onClicked: root.show(index)

        contentItem: ColumnLayout {
            spacing: 0
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label { text: entry.sentAt; color: Theme.muted; font.family: Theme.monoFamily; font.pixelSize: Theme.fontSmall }
                Label { text: entry.method; font.bold: true; Layout.preferredWidth: 48; font.pixelSize: Theme.fontSmall + 1 }
                Label {
                    Layout.fillWidth: true
                    text: entry.path
                    font.family: Theme.monoFamily
                    font.pixelSize: Theme.fontSmall + 1
                    elide: Text.ElideMiddle
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.maximumWidth: 260
                    text: entry.statusText
                    elide: Text.ElideRight
                    font.pixelSize: Theme.fontSmall
                    color: entry.state === "success" ? Theme.up : (entry.state === "pending" ? Theme.muted : Theme.down)
                    textFormat: Text.PlainText
                }
                Label {
                    Layout.preferredWidth: 52
                    horizontalAlignment: Text.AlignRight
                    text: entry.roundTripMs >= 0 ? qsTr("%1 ms").arg(entry.roundTripMs) : ""
                    color: Theme.muted
                    font.pixelSize: Theme.fontSmall
                }
                ToolButton {
                    text: "↻"
                    implicitHeight: 26
                    onClicked: root.resend(entry.index)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Send again")
                }
            }
            Label {
                visible: entry.note.length > 0
                Layout.fillWidth: true
                text: entry.note
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: root.count === 0
        text: qsTr("Requests you send appear here.")
        color: Theme.muted
    }
}
