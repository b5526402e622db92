pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Tidewatch

// A horizontal strip over a recording's span with one mark per firing of a dry run. Hovering
// a mark shows its time, value and message; clicking it selects it (markClicked).
Item {
    id: root
    /// AlertDryRun.firings: [{offsetMs, offsetText, timeText, valueText, message, …}]
    property var firings: []
    property real spanMs: 0
    property int currentIndex: -1
    signal markClicked(int index)

    implicitHeight: 64

    Rectangle {
        id: strip
        objectName: "dryRunStrip"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        height: 36
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border

        Repeater {
            id: marks
            model: root.firings
            delegate: Rectangle {
                id: mark
                required property var modelData
                required property int index
                readonly property bool current: index === root.currentIndex
                objectName: "dryRunMark" + index
                // a recording of one instant puts its marks at the start
                x: Math.round((root.spanMs > 0 ? modelData.offsetMs / root.spanMs : 0) * (strip.width - 12)) + 6 - width / 2
                y: 4
                width: current || markArea.containsMouse ? 5 : 3
                height: strip.height - 8
                radius: 1
                color: current ? Theme.info : Theme.warning
                MouseArea {
                    id: markArea
                    anchors.fill: parent
                    anchors.margins: -3
                    hoverEnabled: true
                    cursorShape: Qt.PointingHandCursor
                    onClicked: root.markClicked(mark.index)
                }
                ToolTip.visible: markArea.containsMouse
                ToolTip.text: qsTr("%1 (%2): %3\n%4").arg(modelData.timeText).arg(modelData.offsetText).arg(modelData.valueText).arg(modelData.message)
            }
        }
    }
    Label {
        anchors.left: parent.left
        anchors.top: strip.bottom
        anchors.topMargin: 2
        text: "+00:00"
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
    }
    Label {
        objectName: "dryRunSpanEnd"
        anchors.right: parent.right
        anchors.top: strip.bottom
        anchors.topMargin: 2
        text: {
            const s = Math.floor(root.spanMs / 1000)
            const two = n => String(n).padStart(2, "0")
            return s >= 3600 ? "+" + Math.floor(s / 3600) + ":" + two(Math.floor(s / 60) % 60) + ":" + two(s % 60)
                             : "+" + two(Math.floor(s / 60)) + ":" + two(s % 60)
        }
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
    }
}
