import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Tidewatch

// One statistic: a small caption over a value in the monospace face, so columns line up.
ColumnLayout {
    id: root
    property string caption
    property string value
    property color valueColor: Material.foreground

    // a fixed column: its labels fill the cell, the cell does not take a row's slack
    Layout.fillWidth: false
    spacing: 0
    Label {
        Layout.fillWidth: true
        text: root.caption
        elide: Text.ElideRight
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
        textFormat: Text.PlainText
    }
    Label {
        Layout.fillWidth: true
        text: root.value
        color: root.valueColor
        font.family: Theme.monoFamily
        font.pixelSize: Theme.fontBody
        elide: Text.ElideRight
        textFormat: Text.PlainText
        ToolTip.visible: valueHover.hovered && truncated
        ToolTip.text: root.value
        HoverHandler { id: valueHover }
    }
}
