import QtQuick
import QtQuick.Controls
import Tidewatch

// A small rounded tag (provider, tier, "demo").
Rectangle {
    id: root
    property string text
    property color tone: Theme.muted

    visible: text.length > 0
    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Qt.rgba(tone.r, tone.g, tone.b, Theme.dark ? 0.25 : 0.12)
    border.color: Qt.rgba(tone.r, tone.g, tone.b, 0.5)
    Label {
        id: label
        anchors.centerIn: parent
        text: root.text
        font.pixelSize: Theme.fontSmall
        color: root.tone
        textFormat: Text.PlainText
    }
}
