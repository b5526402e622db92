import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Tidewatch

// Where a tweet came from: a monitor (its name) or a filter rule (its tag), colour-coded.
Rectangle {
    id: root
    /// "monitor", "filter_rule" or "other"
    property string kind
    property string name

    readonly property color tint: kind === "monitor" ? Theme.info
                                : kind === "filter_rule" ? Material.color(Material.Purple, Theme.dark ? Material.Shade200 : Material.Shade700)
                                : Theme.muted

    implicitWidth: Math.min(label.implicitWidth + 14, 220)
    implicitHeight: label.implicitHeight + 4
    radius: height / 2
    color: Qt.rgba(tint.r, tint.g, tint.b, 0.12)
    border.color: Qt.rgba(tint.r, tint.g, tint.b, 0.5)

    Label {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, root.width - 14)
        text: root.kind === "filter_rule" ? "#" + root.name : root.name
        textFormat: Text.PlainText
        elide: Text.ElideRight
        color: root.tint
        font.pixelSize: Theme.fontSmall
        font.bold: true
    }
}
