import QtQuick
import QtQuick.Controls
import Tidewatch

// A compact on/off button for the chart's header strip (scale, overlays), readable in both
// themes: a tinted, outlined chip when on, plain text when off.
Button {
    id: control
    checkable: true
    implicitHeight: 26
    topInset: 0
    bottomInset: 0
    leftPadding: 8
    rightPadding: 8
    implicitWidth: Math.max(36, label.implicitWidth + leftPadding + rightPadding)
    contentItem: Label {
        id: label
        text: control.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: control.checked ? Theme.info : Theme.muted
        font.pixelSize: Theme.fontSmall
        font.bold: control.checked
        textFormat: Text.PlainText
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.checked ? Qt.rgba(Theme.info.r, Theme.info.g, Theme.info.b, 0.14)
             : control.hovered ? Qt.rgba(Theme.muted.r, Theme.muted.g, Theme.muted.b, 0.12) : "transparent"
        border.color: control.checked ? Theme.info : Theme.border
        border.width: 1
    }
}
