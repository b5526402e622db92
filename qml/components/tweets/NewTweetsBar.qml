import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// Shown while the timeline is paused: how many tweets arrived meanwhile, and a way back.
Rectangle {
    id: root
    property bool paused: false
    property int pendingCount: 0
    signal resumeRequested()

    implicitHeight: row.implicitHeight + Theme.spacing
    radius: Theme.radius
    color: Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.14)
    border.color: Theme.info

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Label {
            objectName: "pendingLabel"
            Layout.fillWidth: true
            text: root.pendingCount > 0
                  ? qsTr("Paused — new tweets waiting: %1").arg(root.pendingCount)
                  : qsTr("Paused — new tweets are held until you resume")
            color: Theme.info
            font.bold: true
        }
        Button {
            text: root.pendingCount > 0 ? qsTr("Show %1 new").arg(root.pendingCount) : qsTr("Resume")
            highlighted: true
            onClicked: root.resumeRequested()
        }
    }
}
