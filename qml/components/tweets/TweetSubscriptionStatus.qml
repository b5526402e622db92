import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A monitor's or rule's status: a coloured dot, the status and, when there is one, its reason
// ("Suspended · insufficient credits — top up to resume").
RowLayout {
    id: root
    /// Wire status ("active", "paused", "suspended", "error", …).
    property string status
    property string label
    property string reason

    spacing: 6
    readonly property color tone: root.status === "active" ? Theme.up
                                  : root.status === "paused" ? Theme.muted
                                  : root.status === "suspended" || root.status === "error" ? Theme.down
                                  : Theme.warning

    Rectangle {
        Layout.alignment: Qt.AlignVCenter
        width: 9; height: 9; radius: 4.5
        color: root.tone
    }
    Label {
        objectName: "statusLabel"
        Layout.fillWidth: true
        text: root.reason.length > 0 ? qsTr("%1 · %2").arg(root.label).arg(root.reason) : root.label
        textFormat: Text.PlainText
        color: root.status === "active" ? Theme.muted : root.tone
        font.pixelSize: Theme.fontSmall
        elide: Text.ElideRight
    }
}
