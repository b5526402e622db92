pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// One key's totals: provider, profile and tier, connections and subscriptions against their
// caps (warning colour when full), and what the key costs.
Rectangle {
    id: root
    required property int index
    required property string provider
    required property string profileName
    required property string tierLabel
    required property string connectionsText
    required property bool connectionsFull
    required property string subscriptionsText
    required property bool subscriptionsFull
    required property string costText
    /// Widths of the figure columns, shared with the header.
    property int figureWidth: 200

    implicitHeight: 32
    color: index % 2 === 0 ? "transparent" : Qt.rgba(Theme.border.r, Theme.border.g, Theme.border.b, 0.25)

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Label {
            Layout.preferredWidth: 64
            text: root.provider
            color: Theme.muted
            font.pixelSize: Theme.fontSmall
        }
        Label {
            Layout.fillWidth: true
            Layout.minimumWidth: 80
            text: root.tierLabel.length > 0 ? qsTr("%1 · %2").arg(root.profileName).arg(root.tierLabel) : root.profileName
            font.bold: true
            elide: Text.ElideRight
            textFormat: Text.PlainText
            ToolTip.visible: nameHover.hovered && truncated
            ToolTip.text: text
            HoverHandler { id: nameHover }
        }
        Label {
            objectName: "connections"
            Layout.preferredWidth: root.figureWidth
            text: root.connectionsText
            color: root.connectionsFull ? Theme.warning : Theme.text
            elide: Text.ElideRight
            ToolTip.visible: connectionsHover.hovered && truncated
            ToolTip.text: text
            HoverHandler { id: connectionsHover }
        }
        Label {
            objectName: "subscriptions"
            Layout.preferredWidth: root.figureWidth
            text: root.subscriptionsText
            color: root.subscriptionsFull ? Theme.warning : Theme.text
            elide: Text.ElideRight
            ToolTip.visible: subscriptionsHover.hovered && truncated
            ToolTip.text: text
            HoverHandler { id: subscriptionsHover }
        }
        Label {
            objectName: "cost"
            Layout.preferredWidth: root.figureWidth
            text: root.costText
            elide: Text.ElideRight
            ToolTip.visible: costHover.hovered && truncated
            ToolTip.text: text
            HoverHandler { id: costHover }
        }
    }
}
