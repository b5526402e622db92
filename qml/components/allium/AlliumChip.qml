import QtQuick
import QtQuick.Controls
import Tidewatch

// A small coloured label: a status, a count, a marker.
Rectangle {
    id: root
    property alias text: label.text
    property color tint: Theme.info

    implicitWidth: label.implicitWidth + 14
    implicitHeight: 22
    radius: 11
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.15)
    border.color: Qt.rgba(tint.r, tint.g, tint.b, 0.5)

    Label {
        id: label
        anchors.centerIn: parent
        color: root.tint
        font.pixelSize: Theme.fontSmall
        font.bold: true
        textFormat: Text.PlainText
    }
}
