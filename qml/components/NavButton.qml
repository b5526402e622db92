import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Tidewatch

// One entry of the navigation rail.
ItemDelegate {
    id: root
    property bool current: false
    property int badge: 0

    highlighted: current
    font.bold: current
    contentItem: Row {
        spacing: Theme.spacing
        Label {
            anchors.verticalCenter: parent.verticalCenter
            text: root.text
            font: root.font
            color: root.current ? Material.accent : Material.foreground
        }
        Rectangle {
            visible: root.badge > 0
            anchors.verticalCenter: parent.verticalCenter
            radius: height / 2
            height: 18
            width: Math.max(18, badgeLabel.implicitWidth + 8)
            color: Theme.down
            Label {
                id: badgeLabel
                anchors.centerIn: parent
                text: root.badge
                color: "white"
                font.pixelSize: Theme.fontSmall
            }
        }
    }
}
