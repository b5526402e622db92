pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tidewatch

// One live subscription: what it is (and its state), rate, last message, the quota it uses
// and what it costs.
Rectangle {
    id: root
    required property int index
    required property string what
    required property string label
    required property string kindLabel
    required property string detail
    required property bool active
    required property double rate
    required property double lastMessageAge
    required property string quotaText
    required property bool quotaFull
    required property string costText
    required property string provider
    required property string profileName
    required property bool firstOfProfile
    required property bool optional
    required property string priorityKey

    signal priorityToggled(bool optional)
    property int quotaWidth: 200
    /// The "Last message" column: as wide as its header (German is longer) or 84 px.
    property int ageWidth: 84
    property int costWidth: 200
    /// Quota above cost in one column (narrow windows).
    property bool stacked: false

    function ageText(ms) {
        if (ms < 0) return qsTr("—")
        if (ms < 1000) return qsTr("now")
        if (ms < 60000) return qsTr("%1 s ago").arg(Math.floor(ms / 1000))
        if (ms < 3600000) return qsTr("%1 min ago").arg(Math.floor(ms / 60000))
        return qsTr("%1 h ago").arg(Math.floor(ms / 3600000))
    }

    implicitHeight: 40 + (firstOfProfile ? heading.height : 0)
    color: "transparent"

    // The profile's heading above its first row.
    Label {
        id: heading
        visible: root.firstOfProfile
        width: parent.width
        height: visible ? implicitHeight : 0
        leftPadding: Theme.spacing
        topPadding: 8
        bottomPadding: 2
        text: qsTr("%1 · %2").arg(root.profileName).arg(root.provider)
        font.bold: true
        color: Theme.muted
        textFormat: Text.PlainText
        elide: Text.ElideRight
    }
    Rectangle {
        anchors.fill: line
        color: root.index % 2 === 0 ? "transparent" : Qt.rgba(Theme.border.r, Theme.border.g, Theme.border.b, 0.25)
    }

    RowLayout {
        id: line
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 40
        anchors.leftMargin: Theme.spacing
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        Rectangle {
            width: 8; height: 8; radius: 4
            color: root.active ? Theme.up : Theme.muted
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.minimumWidth: 120
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: root.label
                font.family: root.label === root.what ? Theme.monoFamily : Qt.application.font.family
                font.pixelSize: Theme.fontSmall + 1
                elide: Text.ElideMiddle
                textFormat: Text.PlainText
                ToolTip.visible: whatHover.hovered && (truncated || root.label !== root.what)
                ToolTip.text: root.what
                HoverHandler { id: whatHover }
            }
            Label {
                Layout.fillWidth: true
                text: root.detail.length > 0 ? qsTr("%1 · %2").arg(root.kindLabel).arg(root.detail) : root.kindLabel
                color: Theme.muted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
                textFormat: Text.PlainText
            }
        }
        CheckBox {
            objectName: "priority"
            Layout.preferredWidth: 96
            implicitHeight: 30
            checked: root.optional
            text: qsTr("optional")
            font.pixelSize: Theme.fontSmall
            onToggled: root.priorityToggled(checked)
            ToolTip.visible: hovered
            ToolTip.text: root.optional ? qsTr("Optional: paused by “Pause all optional”. Untick to make it essential.")
                                        : qsTr("Essential: never paused all at once. Tick to make it optional.")
        }
        Label {
            objectName: "rate"
            Layout.preferredWidth: 64
            horizontalAlignment: Text.AlignRight
            text: DashboardFormat.rate(root.rate)
            font.family: Theme.monoFamily
            font.pixelSize: Theme.fontSmall
        }
        Label {
            objectName: "age"
            Layout.preferredWidth: root.ageWidth
            horizontalAlignment: Text.AlignRight
            text: root.ageText(root.lastMessageAge)
            color: root.lastMessageAge > 60000 ? Theme.warning : Theme.muted
            font.pixelSize: Theme.fontSmall
        }
        // Quota and cost side by side, or one above the other in a narrow window.
        GridLayout {
            columns: root.stacked ? 1 : 2
            columnSpacing: Theme.spacing
            rowSpacing: 0
            Label {
                objectName: "quota"
                Layout.preferredWidth: root.quotaWidth
                text: root.quotaText
                color: root.quotaFull ? Theme.warning : Theme.text
                elide: Text.ElideRight
                font.pixelSize: root.stacked ? Theme.fontSmall + 1 : Theme.fontBody
                ToolTip.visible: quotaHover.hovered && truncated
                ToolTip.text: text
                HoverHandler { id: quotaHover }
            }
            Label {
                objectName: "cost"
                Layout.preferredWidth: root.costWidth
                text: root.costText
                elide: Text.ElideRight
                font.pixelSize: root.stacked ? Theme.fontSmall + 1 : Theme.fontBody
                color: root.stacked ? Theme.muted : Theme.text
                ToolTip.visible: costHover.hovered && truncated
                ToolTip.text: text
                HoverHandler { id: costHover }
            }
        }
    }
}
