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

    spacing: 0
    Label {
        text: root.caption
        color: Theme.muted
        font.pixelSize: Theme.fontSmall
        textFormat: Text.PlainText
    }
    Label {
        text: root.value
        color: root.valueColor
        font.family: Theme.monoFamily
        font.pixelSize: Theme.fontBody
        textFormat: Text.PlainText
    }
}
