pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// A JsonTreeModel as an indented, collapsible list. Values are plain text.
ListView {
    id: root
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar { }

    function colorFor(type) {
        switch (type) {
        case "string": return Theme.up
        case "number": return Theme.info
        case "bool": case "null": return Theme.warning
        default: return Theme.muted
        }
    }

    delegate: ItemDelegate {
        id: node
        required property int index
        required property string key
        required property string valueText
        required property string type
        required property int depth
        required property bool expandable
        required property bool expanded

        width: root.width
        height: 24
        padding: 0
        onClicked: if (expandable) root.model.toggle(index)

        contentItem: Row {
            leftPadding: 6 + Math.max(0, node.depth) * 16
            spacing: 4
            Label {
                width: 12
                anchors.verticalCenter: parent.verticalCenter
                text: node.expandable ? (node.expanded ? "▾" : "▸") : ""
                color: Theme.muted
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                visible: node.key.length > 0
                text: node.key + ":"
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontSmall + 1
                font.bold: true
                textFormat: Text.PlainText
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                width: root.width - x - 12
                text: node.valueText
                color: root.colorFor(node.type)
                font.family: Theme.monoFamily
                font.pixelSize: Theme.fontSmall + 1
                font.italic: node.type === "object" || node.type === "array" || node.type === "more"
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
    }
}
